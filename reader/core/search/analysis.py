"""Text analysis for search: canonical text → CJK bigrams and whole Latin words.

Canonical text (t2s, NFKC, casefold) splits into CJK runs and Latin/digit words; each CJK run
becomes overlapping bigrams (a lone character stays a unigram). Latin is never cut into
bigrams, so "nanochat" can only match the word nanochat. The same analysis as a Whoosh
analyzer is in `analyzer.py` (kept apart so that matching text never imports Whoosh).

Bigrams only select candidates; whether a query really occurs is decided by `find_all` on the
canonical text, which is what makes results equal a substring scan.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..text.ranges import CJK

# a CJK run, or a word: letters and digits that are not CJK (`[^\W_…]` = word characters minus those)
_SEGMENT_RE = re.compile(f"(?P<cjk>[{CJK}]+)|(?P<word>[^\\W_{CJK}]+)")
_WORD_CHAR_RE = re.compile(f"[^\\W_{CJK}]")


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
