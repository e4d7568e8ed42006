#!/usr/bin/env bash
# Layout time and quality against igraph's Fruchterman–Reingold (C core) on the same graph in one
# run: both totals, both quality figures (scored by the same Python code on igraph's Louvain
# communities). Installs igraph into a venv under target/ on first use.
# Usage: devtools/benches/peer/igraph_vs_dramatis.sh [--articles PATH... | --graph FILE | --nodes N --edges M]
#   (default: the 100k-node / 300k-edge synthetic graph)
#   MORE_LAYOUTS=1 also scores igraph's DrL, graphopt and Kamada-Kawai and the path-length floor.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
venv="$root/target/peer-venv"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet igraph
fi
cargo build --release --quiet --manifest-path "$root/Cargo.toml" -p dramatis-devtools
(cd "$root" && target/release/dramatis-dev bench layout --converge "$@" \
  --graph-out "$work/graph.json" --positions-out "$work/positions.json") | tee "$work/dramatis.txt"
"$venv/bin/python" "$root/devtools/benches/peer/layout_quality.py" "$work/graph.json" "$work/positions.json" \
  ${MORE_LAYOUTS:+--more} \
  | tee "$work/igraph.txt"
ours=$(grep -oP 'total with setup \K[0-9.]+' "$work/dramatis.txt")
theirs=$(grep -oP 'fruchterman_reingold: \K[0-9.]+' "$work/igraph.txt")
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "time: dramatis %.0f ms, igraph FR %.0f ms, ratio (dramatis / igraph) %.2f\n", a, b, a / b }'
