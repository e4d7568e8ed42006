#!/bin/bash
# The re3d-style graph measure, leave one corpus out: for each corpus, a tagger trained on all
# the others (`dramatis-dev train ner --corpora ...`), then `dramatis-dev eval graph` on the
# corpus left out with DRAMATIS_NER_MODEL pointing at that model — the whole pipeline (rules,
# gazetteer, linking) on documents from a source its tagger never saw.
# Usage (from the repository root, ../shared beside it): scripts/graph_leave_one_out.sh [dev|test] [work folder]
set -euo pipefail
split=${1:-dev}
work=${2:-target/graph-loo}
all="gmb btc wnut17 crossner-politics redocred gum litbank re3d"
mkdir -p "$work"
cargo build --release -q -p dramatis-devtools
dev=target/release/dramatis-dev
for corpus in $all; do
  others=$(echo $all | tr ' ' '\n' | grep -vx "$corpus" | paste -sd,)
  [ -s "$work/$corpus.bin" ] || "$dev" train ner --corpora "$others" -o "$work/$corpus.bin" > "$work/$corpus.log" 2>&1
done
"$dev" eval graph --split "$split" --corpora "" 2>/dev/null | sed -n 1,2p
for corpus in $all; do
  DRAMATIS_NER_MODEL="$work/$corpus.bin" "$dev" eval graph --split "$split" --corpora "$corpus" 2>/dev/null | sed -n 3p
done
