"""TF-IDF over character n-grams, written out so a desktop install needs no scikit-learn.

The weighting is scikit-learn's `TfidfVectorizer(analyzer="char", ngram_range=NGRAM_RANGE,
sublinear_tf=True, norm="l2")` (smooth idf: ln((1 + n) / (1 + df)) + 1), fitted on the passages
of the two articles being compared; tests/unit/compare/test_vectors.py checks the weights and
cosines against it. Chinese has no spaces to cut words at, and two translations of one sentence
share characters and short runs of them far more often than whole words, hence characters.

Cosines come from an inverted index: a passage meets only the passages it shares an n-gram
with, and the few n-grams in a large share of all passages (的, 是, 我们) are left out of
meeting, so the work grows with the text, not with the square of the passage count (`cap`).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

NGRAM_RANGE = (1, 3)
_WHITE_RE = re.compile(r"\s\s+")


def char_ngrams(text: str, ngram_range: tuple[int, int] = NGRAM_RANGE) -> list[str]:
    """The n-grams of `text` exactly as scikit-learn's analyzer="char" cuts them."""
    text = _WHITE_RE.sub(" ", text)
    lo, hi = ngram_range
    size = len(text)
    return [text[i:i + n] for n in range(lo, min(hi, size) + 1) for i in range(size - n + 1)]


def log_counts(text: str, ngram_range: tuple[int, int] = NGRAM_RANGE) -> dict[str, float]:
    """n-gram → 1 + ln(count): the sublinear term frequency, which does not depend on the fit."""
    return {g: 1.0 + math.log(c) for g, c in Counter(char_ngrams(text, ngram_range)).items()}


def document_frequency(docs: Sequence[dict[str, float]]) -> Counter:
    df: Counter = Counter()
    for d in docs:
        df.update(d.keys())
    return df


def idf_table(df: Counter, n_docs: int) -> dict[str, float]:
    """Smoothed inverse document frequency, as scikit-learn's smooth_idf=True."""
    top = math.log(1 + n_docs)
    return {g: top - math.log(1 + n) + 1.0 for g, n in df.items()}


def weigh(doc: dict[str, float], idf: dict[str, float]) -> dict[str, float]:
    """The l2-normalised TF-IDF vector of one document."""
    v = {g: tf * idf[g] for g, tf in doc.items()}
    norm = math.sqrt(sum(x * x for x in v.values()))
    if norm:
        inv = 1.0 / norm
        v = {g: x * inv for g, x in v.items()}
    return v


def cosine(u: dict[str, float], v: dict[str, float]) -> float:
    """The dot product of two normalised vectors (what the brute-force reference computes)."""
    if len(u) > len(v):
        u, v = v, u
    get = v.get
    return sum(x * get(g, 0.0) for g, x in u.items())


def cosines(left: Sequence[dict[str, float]], right: Sequence[dict[str, float]],
            cap: int | None = None) -> list[dict[int, float]]:
    """For each vector of `left`, {index in `right`: cosine} over the pairs that share an
    n-gram met in at most `cap` passages of each side (None: every n-gram, the exact cosine)."""
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for j, v in enumerate(right):
        for g, w in v.items():
            postings[g].append((j, w))
    if cap is not None:
        left_df = document_frequency(left)
        postings = {g: p for g, p in postings.items() if len(p) <= cap and left_df.get(g, 0) <= cap}
    out: list[dict[int, float]] = []
    for u in left:
        acc: dict[int, float] = defaultdict(float)
        for g, w in u.items():
            for j, x in postings.get(g, ()):
                acc[j] += w * x
        out.append(dict(acc))
    return out
