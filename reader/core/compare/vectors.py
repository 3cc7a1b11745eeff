"""TF-IDF over character n-grams, written out so a desktop install needs no scikit-learn.

The weighting is scikit-learn's `TfidfVectorizer(analyzer="char", ngram_range=NGRAM_RANGE,
sublinear_tf=True, norm="l2")` (smooth idf: ln((1 + n) / (1 + df)) + 1), fitted on the passages
of the two articles being compared; tests/unit/compare/test_vectors.py checks the weights and
cosines against it. Chinese has no spaces to cut words at, and two translations of one sentence
share characters and short runs of them far more often than whole words, hence characters.

With `LATIN_WORDS`, a run of Latin letters (karpathy, lora) is one token instead of its letters
and letter pairs: cut into characters, an eight-letter name makes fifteen features against a
Chinese word's three, and a passage that shares only the name can outweigh one that shares what
was said. Measured on the four labelled splits it is even (dev −1, test +2, fresh −1, holdout −1
pairs, with precision lower on three), so it is off; tests/benchmarks/align_quality.py keeps the row.

N-grams found in more than `MAX_DF` passages of the two articles (的, 是, 我们) are left out, as
TfidfVectorizer's max_df leaves out corpus-specific stop words: they say nothing of which
passage matches which. Cosines then come from an inverted index: a passage meets only the
passages it shares a remaining n-gram with, at most MAX_DF² meetings per n-gram, so the work
grows with the text, not with the square of the passage count.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

NGRAM_RANGE = (1, 2)
MAX_DF = 128
LATIN_WORDS = False  # a run of Latin letters as one token: measured even (quality report), so off
_WHITE_RE = re.compile(r"\s\s+")
_LATIN_RE = re.compile(r"([a-z]+)")


def char_ngrams(text: str, ngram_range: tuple[int, int] = NGRAM_RANGE) -> list[str]:
    """The n-grams of `text` exactly as scikit-learn's analyzer="char" cuts them."""
    text = _WHITE_RE.sub(" ", text)
    lo, hi = ngram_range
    size = len(text)
    return [text[i:i + n] for n in range(lo, min(hi, size) + 1) for i in range(size - n + 1)]


def tokens(text: str, ngram_range: tuple[int, int] = NGRAM_RANGE) -> list[str]:
    """What a passage is counted in: with `LATIN_WORDS`, each run of Latin letters as one token
    (" lora ", spaces around so it never equals a letter pair) and the character n-grams of the
    text between the runs; without, the character n-grams of the whole text."""
    if not LATIN_WORDS:
        return char_ngrams(text, ngram_range)
    out: list[str] = []
    for k, piece in enumerate(_LATIN_RE.split(_WHITE_RE.sub(" ", text))):
        if k % 2:
            out.append(f" {piece} ")
        elif piece:
            out += char_ngrams(piece, ngram_range)
    return out


_SUBLINEAR = [0.0] + [1.0 + math.log(c) for c in range(1, 64)]


def log_counts(text: str, ngram_range: tuple[int, int] = NGRAM_RANGE) -> dict[str, float]:
    """token → 1 + ln(count): the sublinear term frequency, which does not depend on the fit."""
    table = _SUBLINEAR
    return {g: table[c] if c < 64 else 1.0 + math.log(c) for g, c in Counter(tokens(text, ngram_range)).items()}


def document_frequency(docs: Sequence[dict[str, float]]) -> Counter:
    df: Counter = Counter()
    for d in docs:
        df.update(d.keys())
    return df


def idf_table(df: Counter, n_docs: int, df_other: Counter | None = None,
              max_df: int | None = None) -> dict[str, float]:
    """Smoothed inverse document frequency, as scikit-learn's smooth_idf=True, of the n-grams in
    at most `max_df` documents; with `df_other`, of the two collections together."""
    top = math.log(1 + n_docs) + 1.0
    limit = n_docs if max_df is None else min(max_df, n_docs)
    by_count = [top - math.log(1 + n) for n in range(limit + 1)]
    other = df_other or {}
    out = {}
    for g, n in df.items():
        n += other.get(g, 0)
        if n <= limit:
            out[g] = by_count[n]
    for g, n in other.items():
        if n <= limit and g not in df:
            out[g] = by_count[n]
    return out


def weigh(doc: dict[str, float], idf: dict[str, float]) -> dict[str, float]:
    """The l2-normalised TF-IDF vector of one document; n-grams missing from `idf` (pruned as
    too common) are left out, as scikit-learn leaves out what max_df removed."""
    v = {g: tf * w for g, tf in doc.items() if (w := idf.get(g)) is not None}
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


def cosines(left: Sequence[dict[str, float]], right: Sequence[dict[str, float]]) -> list[dict[int, float]]:
    """For each vector of `left`, {index in `right`: cosine} for the pairs that share an n-gram
    (the others are 0), through an inverted index of `right`."""
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for j, v in enumerate(right):
        for g, w in v.items():
            postings[g].append((j, w))
    out: list[dict[int, float]] = []
    for u in left:
        acc: dict[int, float] = defaultdict(float)
        for g, w in u.items():
            for j, x in postings.get(g, ()):
                acc[j] += w * x
        out.append(dict(acc))
    return out


def top_cosines(left: Sequence[dict[str, float]], right: Sequence[dict[str, float]],
                k: int) -> tuple[list[dict[int, float]], list[dict[int, float]]]:
    """The `k` best cosines of each vector of `left` among `right` (rows) and of each of `right`
    among `left` (columns), in one pass over the inverted index: what is kept stays small however
    many pairs share an n-gram. Ties go to the earlier passage."""
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for j, v in enumerate(right):
        for g, w in v.items():
            postings[g].append((j, w))
    rows: list[dict[int, float]] = []
    heaps: list[list[tuple[float, int]]] = [[] for _ in right]
    push, replace = heapq.heappush, heapq.heapreplace
    for i, u in enumerate(left):
        acc: dict[int, float] = defaultdict(float)
        for g, w in u.items():
            for j, x in postings.get(g, ()):
                acc[j] += w * x
        best = heapq.nlargest(k, acc.items(), key=lambda item: (item[1], -item[0]))
        rows.append(dict(best))
        entry_i = -i
        for j, s in acc.items():
            heap = heaps[j]
            if len(heap) < k:
                push(heap, (s, entry_i))
            elif (s, entry_i) > heap[0]:
                replace(heap, (s, entry_i))
    cols = [{-neg_i: s for s, neg_i in heap} for heap in heaps]
    return rows, cols
