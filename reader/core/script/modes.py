"""The five reading modes and OpenCC conversion of text into one of them.

A `ScriptMode` is what a pane shows. The OpenCC configuration depends on the article's own
script (the *source*) and on `vocabulary` (regional phrases: 软件 ↔ 軟體, 程式設計 → 编程):

    source  mode      vocabulary=False   vocabulary=True
    hans    hans      —                  —
    hans    hant      s2t                s2t    (OpenCC has no phrase table for its standard)
    hans    tw        s2tw               s2twp
    hans    hk        s2hk               s2hkp  (s2hk with OpenCC builds that lack it)
    hant    hans      t2s                tw2sp
    hant    hant      —                  —
    hant    tw        t2tw               t2tw   (OpenCC has no Traditional → Taiwan phrases)
    hant    hk        t2hk               t2hk
    any     original  —                  —

"—" is a no-op: the text comes back as the very same string and no converter is created. A
text without Han characters (source "") is never converted either.
"""


from __future__ import annotations

from enum import StrEnum
from functools import lru_cache

from ..text.canonical import canonical, converter
from .detection import detect_script

# -- reading modes and conversion ----------------------------------------------------------


class ScriptMode(StrEnum):
    """What a pane shows; the values are the CLI's `--to` / `--script` words."""

    ORIGINAL = "original"  # as written
    HANS = "hans"  # Simplified
    HANT = "hant"  # Traditional, OpenCC standard
    TW = "tw"  # Traditional, Taiwan standard (with vocabulary: Taiwan phrases too)
    HK = "hk"  # Traditional, Hong Kong standard

    @property
    def script(self) -> str:
        """The script the mode shows: 'hans', 'hant', or '' for ORIGINAL."""
        return "" if self is ScriptMode.ORIGINAL else "hans" if self is ScriptMode.HANS else "hant"

    @property
    def label(self) -> str:
        """The mode's name written in the script it shows (简体, 繁體, 臺灣正體, 香港繁體; 原文)."""
        return MODE_LABELS[self]["hans" if self is ScriptMode.HANS else "hant"]


# each mode's name in Simplified and in Traditional, for a UI shown in either script
MODE_LABELS: dict[ScriptMode, dict[str, str]] = {
    ScriptMode.ORIGINAL: {"hans": "原文", "hant": "原文"},
    ScriptMode.HANS: {"hans": "简体", "hant": "簡體"},
    ScriptMode.HANT: {"hans": "繁体", "hant": "繁體"},
    ScriptMode.TW: {"hans": "台湾正体", "hant": "臺灣正體"},
    ScriptMode.HK: {"hans": "香港繁体", "hant": "香港繁體"},
}

_CONFIGS: dict[tuple[str, ScriptMode], tuple[str, str]] = {  # (plain, with vocabulary)
    ("hans", ScriptMode.HANT): ("s2t", "s2t"),
    ("hans", ScriptMode.TW): ("s2tw", "s2twp"),
    ("hans", ScriptMode.HK): ("s2hk", "s2hkp"),
    ("hant", ScriptMode.HANS): ("t2s", "tw2sp"),
    ("hant", ScriptMode.TW): ("t2tw", "t2tw"),
    ("hant", ScriptMode.HK): ("t2hk", "t2hk"),
}


def config_for(source: str, mode: ScriptMode | str, vocabulary: bool = False) -> str | None:
    """The OpenCC configuration that shows text of script `source` in `mode`; None = no-op."""
    configs = _CONFIGS.get((source, ScriptMode(mode)))
    if configs is None:
        return None
    config = configs[bool(vocabulary)]
    return config if _available(config) else configs[0]


@lru_cache(maxsize=None)
def _available(config: str) -> bool:
    """Whether this OpenCC build has `config` (s2hkp is recent)."""
    try:
        converter(config)
    except (RuntimeError, OSError, ValueError):
        return False
    return True


def convert_text(text: str, mode: ScriptMode | str, vocabulary: bool = False, source: str | None = None) -> str:
    """`text` shown in `mode`; `source` is its script (detected when None). A no-op returns
    `text` itself."""
    if ScriptMode(mode) is ScriptMode.ORIGINAL:
        return text
    if source is None:
        source = detect_script(text)
    config = config_for(source, mode, vocabulary)
    if config is None:
        return text
    return converter(config).convert(text)


def needle_as_shown(needle: str, source: str, mode: ScriptMode | str, vocabulary: bool = False) -> str:
    """A canonical search needle as a pane showing text of script `source` in `mode` writes it,
    canonical again: 软件 in a Simplified text shown as 臺灣正體 is 軟體, so 软体."""
    written = convert_text(needle, ScriptMode.HANT, source="hans") if source == "hant" else needle
    return canonical(convert_text(written, mode, vocabulary, source=source))
