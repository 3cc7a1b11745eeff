"""The one table of Han and CJK code points: every "is this Han?" in the core asks it here.

Han includes the extensions beyond the Basic Multilingual Plane (U+20000 and above): rare
characters, names and dialect words are written with them, and matching must treat them as
Han wherever detection, decoding or segmentation does.
"""

from __future__ import annotations

import re

HAN = (
    "\u3400-\u4dbf"  # extension A
    "\u4e00-\u9fff"  # unified ideographs
    "\uf900-\ufaff"  # compatibility ideographs
    "\U00020000-\U0003ffff"  # extensions B–H (planes 2 and 3)
)
KANA = "\u3040-\u30ff"
HANGUL = "\uac00-\ud7af"  # syllables
CJK = KANA + HAN + HANGUL  # what search cuts into bigrams



class _Pattern:
    """A regular expression compiled when first used: these character classes take ~9 ms to
    compile, which start-up does not need to pay before the window shows."""

    def __init__(self, source: str):
        self._source = source
        self._compiled: re.Pattern | None = None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = re.compile(self._source)
        return getattr(self._compiled, name)


HAN_RE = _Pattern(f"[{HAN}]")
HAN_RUN_RE = _Pattern(f"[{HAN}]+")
CJK_RE = _Pattern(f"[{CJK}]")
