"""Canonical text: what search and highlights compare (t2s, NFKC, casefold), with exact offsets.

It lives below `script/` because canonical text needs OpenCC's t2s too: `converter` is the one
cache of OpenCC converters that script conversion and detection also use.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .ranges import HAN_RUN_RE


@lru_cache(maxsize=None)
def converter(config: str):
    """One OpenCC converter per configuration, created on first use and reused."""
    import opencc

    return opencc.OpenCC(config)


# -- canonical text: what search (and later highlights) compare ----------------------------
#
# canonical(text) = OpenCC t2s, then NFKC, then casefold. Two details make offsets exact:
# t2s runs on each run of Han characters on its own (a phrase never spans punctuation, so a
# query converts the same way as the text that contains it), and NFKC + casefold apply one
# character at a time through a cached table. A phrase whose conversion changes length is
# converted character by character instead, so every canonical character comes from exactly
# one original character and `canonical_with_map` can point back into the original string.

class _FoldTable(dict):
    """str.translate table: character → casefold(NFKC(character)), filled on first use."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = unicodedata.normalize("NFKC", ch).casefold()
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def _t2s_run(match: re.Match) -> str:
    run = match.group()
    out = converter("t2s").convert(run)
    if len(out) == len(run):
        return out
    convert = converter("t2s").convert
    return "".join(c if len(c := convert(ch)) == 1 else ch for ch in run)


def simplified_aligned(text: str) -> str:
    """`text` with its Han characters in Simplified form, character for character (the same
    length, so offsets carry over)."""
    return HAN_RUN_RE.sub(_t2s_run, text)


def han_runs(text: str):
    """The runs of Han characters in `text`, as re.Match objects."""
    return HAN_RUN_RE.finditer(text)


def canonical(text: str) -> str:
    """The form search compares: t2s, NFKC (full-width → half-width), case folded."""
    return simplified_aligned(text).translate(_FOLD)


def canonical_with_map(text: str) -> tuple[str, list[int]]:
    """`canonical(text)` plus, for each of its characters, the index of the original
    character it came from (one extra entry, `len(text)`, closes the last span)."""
    simplified = simplified_aligned(text)
    folded = simplified.translate(_FOLD)
    if len(folded) == len(text):
        return folded, list(range(len(text) + 1))
    fold = _FOLD
    offsets = [i for i, ch in enumerate(simplified) for _ in range(len(fold[ord(ch)]))]
    offsets.append(len(text))
    return folded, offsets


def original_span(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """The original-text span of canonical characters [start, end)."""
    if end <= start:
        return offsets[start], offsets[start]
    return offsets[start], offsets[end - 1] + 1
