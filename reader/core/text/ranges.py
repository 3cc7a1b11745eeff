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

HAN_RE = re.compile(f"[{HAN}]")
HAN_RUN_RE = re.compile(f"[{HAN}]+")
CJK_RE = re.compile(f"[{CJK}]")
