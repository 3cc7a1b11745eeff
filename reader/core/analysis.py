"""Text analysis for search: canonical text → CJK bigrams and whole Latin words.

Read it like Whoosh's own StandardAnalyzer: `ChineseAnalyzer()` is a tokenizer that canonicalises
(t2s, NFKC, casefold) and splits the text into CJK runs and Latin/digit words, piped into a
filter that turns each CJK run into overlapping bigrams (a lone character stays a unigram).
Latin is never cut into bigrams, so "nanochat" can only match the word nanochat.

Bigrams only select candidates; whether a query really occurs is decided by `find_all` on the
canonical text, which is what makes results equal a substring scan.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from whoosh.analysis import Filter, Token, Tokenizer

from .script import canonical, canonical_with_map

_CJK = (
    "\u3040-\u30ff"  # kana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han
    "\uac00-\ud7af"  # Hangul syllables
    "\U00020000-\U0003ffff"  # Han extensions B–H
)
CJK_RE = re.compile(f"[{_CJK}]")
# a CJK run, or a word: letters and digits that are not CJK (`[^\W_…]` = word characters minus those)
_SEGMENT_RE = re.compile(f"(?P<cjk>[{_CJK}]+)|(?P<word>[^\\W_{_CJK}]+)")
_WORD_CHAR_RE = re.compile(f"[^\\W_{_CJK}]")


def segments(canon: str) -> Iterator[tuple[bool, int, int]]:
    """(is_cjk, start, end) of every CJK run and Latin/digit word of canonical text."""
    for m in _SEGMENT_RE.finditer(canon):
        yield m.lastgroup == "cjk", m.start(), m.end()


def grams(run: str) -> list[str]:
    """Overlapping bigrams of a CJK run; a lone character is its own unigram."""
    if len(run) < 2:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def term_counts(canon: str) -> Counter:
    """What `ChineseAnalyzer` yields for canonical text, counted — the fast path the indexer uses."""
    counts: Counter = Counter()
    for m in _SEGMENT_RE.finditer(canon):
        text = m.group()
        if m.lastgroup == "cjk" and len(text) > 1:
            counts.update(text[i : i + 2] for i in range(len(text) - 1))
        else:
            counts[text] += 1
    return counts


def cjk_chars(canon: str) -> set[str]:
    """Every distinct CJK character: what answers a one-character query exactly."""
    return set(CJK_RE.findall(canon))


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


# -- exact matching on canonical text -------------------------------------------------------

def needle_terms(needle: str) -> tuple[list[str], list[str]]:
    """(body terms, single characters) that every text containing `needle` must have indexed."""
    terms: list[str] = []
    chars: list[str] = []
    for is_cjk, start, end in segments(needle):
        piece = needle[start:end]
        if is_cjk and len(piece) == 1:
            chars.append(piece)
        elif is_cjk:
            terms.extend(grams(piece))
        else:
            terms.append(piece)
    return list(dict.fromkeys(terms)), list(dict.fromkeys(chars))


def find_all(needle: str, text: str) -> list[int]:
    """Start of every occurrence of canonical `needle` in canonical `text`.

    CJK matches anywhere; a needle that begins or ends with a Latin letter or digit must
    begin or end a word there too, as the index only knows whole Latin words.
    """
    if not needle:
        return []
    check_left = bool(_WORD_CHAR_RE.match(needle[0]))
    check_right = bool(_WORD_CHAR_RE.match(needle[-1]))
    found = []
    n = len(needle)
    i = text.find(needle)
    while i >= 0:
        ok = not (check_left and i > 0 and _WORD_CHAR_RE.match(text[i - 1]))
        if ok and check_right and i + n < len(text) and _WORD_CHAR_RE.match(text[i + n]):
            ok = False
        if ok:
            found.append(i)
        i = text.find(needle, i + 1)
    return found


def contains(needle: str, text: str) -> bool:
    if not (_WORD_CHAR_RE.match(needle[:1]) or _WORD_CHAR_RE.match(needle[-1:])):
        return needle in text
    return bool(find_all(needle, text))


def has_terms(text: str) -> bool:
    """Whether canonical text has anything searchable (a CJK character, a letter, a digit)."""
    return _SEGMENT_RE.search(text) is not None
