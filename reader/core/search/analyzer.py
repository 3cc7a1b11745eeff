"""The Chinese analyzer for Whoosh, read like Whoosh's own StandardAnalyzer.

`ChineseAnalyzer()` is a tokenizer that canonicalises (t2s, NFKC, casefold) and splits the text
into CJK runs and Latin/digit words, piped into a filter that turns each CJK run into
overlapping bigrams (a lone character stays a unigram): the analysis of `analysis.py`.

Bigrams only select candidates; whether a query really occurs is decided by
`analysis.find_all` on the canonical text, which is what makes results equal a substring scan.
"""

from __future__ import annotations

from whoosh.analysis import Filter, Token, Tokenizer

from ..text.canonical import canonical, canonical_with_map
from .analysis import segments


class CanonicalTokenizer(Tokenizer):
    """Canonicalises the text, then yields each CJK run and each Latin/digit word as a token.

    Character offsets (`chars=True`) point into the original text, not the canonical one.
    """

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        assert isinstance(value, str), f"{value!r} is not unicode"
        if chars:
            canon, offsets = canonical_with_map(value)
        else:
            canon, offsets = canonical(value), None
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pos = start_pos
        for is_cjk, start, end in segments(canon):
            t.text = canon[start:end]
            t.cjk = is_cjk
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = t.text
            if positions:
                t.pos = pos
            if chars:
                t.startchar = start_char + offsets[start]
                t.endchar = start_char + offsets[end - 1] + 1
            yield t
            pos += 1


class CjkBigramFilter(Filter):
    """Splits CJK-run tokens into overlapping bigrams; other tokens pass through unchanged."""

    def __call__(self, tokens):
        for t in tokens:
            if not getattr(t, "cjk", False) or len(t.text) < 2:
                yield t
                continue
            run = t.text
            startchar = getattr(t, "startchar", None)
            for i in range(len(run) - 1):
                t.text = run[i : i + 2]
                if startchar is not None:
                    t.startchar = startchar + i
                    t.endchar = startchar + i + 2  # exact only when the run kept its length
                yield t
                if t.positions:
                    t.pos += 1


def ChineseAnalyzer():
    """Canonicalise, split into CJK runs and words, bigram the CJK runs."""
    return CanonicalTokenizer() | CjkBigramFilter()
