"""Chinese script: detection now; OpenCC modes and the conversion cache grow here.

Detection counts, over the Han characters only, how many `t2s` would change (the text has
Traditional forms) against how many `s2t` would change (it has Simplified forms). Latin,
digits and punctuation never count, so mixed text does not confuse it.
"""

from __future__ import annotations

import re
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
