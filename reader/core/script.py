"""Chinese script: detection now; OpenCC modes and the conversion cache grow here.

Detection counts, over the Han characters only, how many `t2s` would change (the text has
Traditional forms) against how many `s2t` would change (it has Simplified forms). Latin,
digits and punctuation never count, so mixed text does not confuse it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=None)
def converter(config: str):
    """One OpenCC converter per configuration, created on first use and reused."""
    import opencc

    return opencc.OpenCC(config)


def _changed(config: str, han: str) -> int:
    out = converter(config).convert(han)
    if len(out) != len(han):  # phrase tables can change length; compare as multisets then
        return sum(1 for a, b in zip(out, han) if a != b) + abs(len(out) - len(han))
    return sum(1 for a, b in zip(out, han) if a != b)


def detect_script(text: str, sample: int = 20000) -> str:
    """'hans' or 'hant' ('' when the text has no Han characters)."""
    han = "".join(_HAN_RE.findall(text[: sample * 2]))[:sample]
    if not han:
        return ""
    traditional = _changed("t2s", han)
    simplified = _changed("s2t", han)
    return "hant" if traditional > simplified else "hans"


# -- canonical text: what search (and later highlights) compare ----------------------------
#
# canonical(text) = OpenCC t2s, then NFKC, then casefold. Two details make offsets exact:
# t2s runs on each run of Han characters on its own (a phrase never spans punctuation, so a
# query converts the same way as the text that contains it), and NFKC + casefold apply one
# character at a time through a cached table. A phrase whose conversion changes length is
# converted character by character instead, so every canonical character comes from exactly
# one original character and `canonical_with_map` can point back into the original string.

_HAN_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")


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


def canonical(text: str) -> str:
    """The form search compares: t2s, NFKC (full-width → half-width), case folded."""
    return _HAN_RUN_RE.sub(_t2s_run, text).translate(_FOLD)


def canonical_with_map(text: str) -> tuple[str, list[int]]:
    """`canonical(text)` plus, for each of its characters, the index of the original
    character it came from (one extra entry, `len(text)`, closes the last span)."""
    simplified = _HAN_RUN_RE.sub(_t2s_run, text)  # same length as text, character for character
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
