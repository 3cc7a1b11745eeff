"""Chinese script: detection, the five reading modes, OpenCC conversion, canonical text.

Detection looks at each distinct Han character once: it is Traditional evidence when `t2s`
changes it and it is itself a Traditional form, Simplified evidence when `s2t` changes it and
it is no regional Traditional form either (台 is 臺 in OpenCC's standard but 台 in Taiwan and
Hong Kong, so it proves nothing). Latin, digits and punctuation never count, and quotes from
the other script only count as much as their characters, so mixed text does not confuse it.

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

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property, lru_cache

_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=None)
def converter(config: str):
    """One OpenCC converter per configuration, created on first use and reused."""
    import opencc

    return opencc.OpenCC(config)


# -- detection -----------------------------------------------------------------------------

_EVIDENCE: dict[str, int] = {}  # Han character → +1 Traditional, -1 Simplified, 0 either


def _learn_evidence(chars: list[str]) -> None:
    """Classify characters not seen before, with one OpenCC call per configuration."""
    joined = "\n".join(chars)
    simplified = converter("t2s").convert(joined).split("\n")
    traditional = converter("s2t").convert(joined).split("\n")
    trad_joined = "\n".join(traditional)
    taiwan = converter("t2tw").convert(trad_joined).split("\n")
    hong_kong = converter("t2hk").convert(trad_joined).split("\n")
    if not len(chars) == len(simplified) == len(traditional) == len(taiwan) == len(hong_kong):
        for ch in chars:  # a character converted to a line break: classify one by one
            if ch not in _EVIDENCE:
                _learn_evidence_one(ch)
        return
    for ch, simp, trad, tw, hk in zip(chars, simplified, traditional, taiwan, hong_kong):
        _EVIDENCE[ch] = _classify(ch, simp, trad, tw, hk)


def _learn_evidence_one(ch: str) -> None:
    trad = converter("s2t").convert(ch)
    _EVIDENCE[ch] = _classify(ch, converter("t2s").convert(ch), trad,
                              converter("t2tw").convert(trad), converter("t2hk").convert(trad))


def _classify(ch: str, simp: str, trad: str, tw: str, hk: str) -> int:
    regional = ch in (trad, tw, hk)
    if simp != ch and regional:
        return 1
    if simp == ch and not regional:
        return -1
    return 0


def script_evidence(text: str, sample: int = 20000) -> tuple[int, int]:
    """(Traditional, Simplified) evidence: how many Han characters of the first `sample`
    are written only in that script."""
    han = _HAN_RE.findall(text[: sample * 2])[:sample]
    new = [ch for ch in set(han) if ch not in _EVIDENCE]
    if new:
        _learn_evidence(sorted(new))
    evidence = _EVIDENCE
    traditional = simplified = 0
    for ch in han:
        e = evidence[ch]
        if e > 0:
            traditional += 1
        elif e < 0:
            simplified += 1
    return traditional, simplified


def detect_script(text: str, sample: int = 20000) -> str:
    """'hans' or 'hant' ('' when the text has no Han characters; 'hans' on a tie)."""
    if not _HAN_RE.search(text[: sample * 2]):
        return ""
    traditional, simplified = script_evidence(text, sample)
    return "hant" if traditional > simplified else "hans"


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


def parse_mode(word: str) -> ScriptMode:
    """The mode named `word` ('original', 'hans', 'hant', 'tw', 'hk'); ValueError otherwise."""
    try:
        return ScriptMode(word.strip().lower())
    except ValueError:
        names = ", ".join(m.value for m in ScriptMode)
        raise ValueError(f"unknown script mode {word!r} (choose one of {names})") from None


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


# -- what a conversion changed -------------------------------------------------------------
#
# OpenCC leaves every character that no dictionary mentions as it is, and its dictionaries
# hold only Han characters, 〇, ·, '-' and ASCII letters. So the text splits into *units*
# (runs of those) and *gaps* (everything else), a conversion keeps every gap, and the units
# of the output correspond one to one with those of the input. A unit of unchanged length is
# compared character by character; a unit whose length changed (程式設計 → 编程) is cut where
# converting the two sides apart gives the same result as converting it whole, so each change
# reports the smallest phrase that explains it.

_UNIT_RE = re.compile(r"[\u3007\u00b7A-Za-z\-\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")


@dataclass(frozen=True)
class Change:
    """Converted text [start, end) came from `original`."""

    start: int
    end: int
    original: str


@dataclass(frozen=True)
class Conversion:
    """A text, its conversion, and every changed span of the conversion."""

    original: str
    text: str
    changes: tuple[Change, ...] = ()

    def original_offset(self, pos: int) -> int:
        """Where converted offset `pos` falls in the original. Inside a phrase whose length
        changed it is the phrase's start; elsewhere it moves character for character."""
        cstarts, ostarts = self._starts
        i = bisect_right(cstarts, pos) - 1
        if i < 0:
            return pos
        c, ostart = self.changes[i], ostarts[i]
        if pos < c.end:
            return ostart + (pos - c.start if c.end - c.start == len(c.original) else 0)
        return ostart + len(c.original) + (pos - c.end)

    def converted_offset(self, pos: int) -> int:
        """Where original offset `pos` falls in the conversion (the inverse of original_offset)."""
        _, ostarts = self._starts
        i = bisect_right(ostarts, pos) - 1
        if i < 0:
            return pos
        c, ostart = self.changes[i], ostarts[i]
        if pos < ostart + len(c.original):
            return c.start + (pos - ostart if c.end - c.start == len(c.original) else 0)
        return c.end + (pos - ostart - len(c.original))

    @cached_property
    def _starts(self) -> tuple[list[int], list[int]]:
        """Each change's start in the conversion and in the original."""
        cstarts, ostarts, shift = [], [], 0
        for c in self.changes:
            cstarts.append(c.start)
            ostarts.append(c.start - shift)
            shift += (c.end - c.start) - len(c.original)
        return cstarts, ostarts


def convert_with_changes(text: str, mode: ScriptMode | str, vocabulary: bool = False,
                         source: str | None = None) -> Conversion:
    """`convert_text` plus the changed spans, so a reader can see each original under its
    conversion. Putting each change's `original` back in place gives `text` again."""
    if ScriptMode(mode) is ScriptMode.ORIGINAL:
        return Conversion(text, text)
    if source is None:
        source = detect_script(text)
    config = config_for(source, mode, vocabulary)
    if config is None:
        return Conversion(text, text)
    return changes_between(text, converter(config).convert(text), config)


def changes_between(original: str, converted: str, config: str) -> Conversion:
    """Align `converted` (OpenCC `config` applied to `original`) with `original`."""
    if converted == original:
        return Conversion(original, converted)
    units_o = [m.span() for m in _UNIT_RE.finditer(original)]
    units_c = [m.span() for m in _UNIT_RE.finditer(converted)]
    if units_o == units_c and len(original) == len(converted):
        return Conversion(original, converted, tuple(_char_changes(original, converted, 0)))
    if _UNIT_RE.split(original) != _UNIT_RE.split(converted):
        converted, units_c = _convert_units(original, units_o, config)
    changes: list[Change] = []
    for (os_, oe), (cs, ce) in zip(units_o, units_c):
        if oe - os_ == ce - cs:
            changes.extend(_char_changes(original[os_:oe], converted[cs:ce], cs))
        else:
            changes.extend(_phrase_changes(original[os_:oe], converted[cs:ce], cs, config))
    return Conversion(original, converted, tuple(changes))


def _convert_units(original: str, units: list[tuple[int, int]], config: str) -> tuple[str, list[tuple[int, int]]]:
    """Convert unit by unit (for when a dictionary value brought a gap character in): the
    conversion and where each unit's conversion stands in it."""
    convert = converter(config).convert
    pieces, spans, at, last = [], [], 0, 0
    for start, end in units:
        out = convert(original[start:end])
        at += start - last
        pieces += [original[last:start], out]
        spans.append((at, at + len(out)))
        at, last = at + len(out), end
    pieces.append(original[last:])
    return "".join(pieces), spans


def _char_changes(original: str, converted: str, at: int) -> list[Change]:
    """Changes between two strings of one length; `converted` starts at offset `at`."""
    return [Change(at + k, at + k + 1, a) for k, (a, b) in enumerate(zip(original, converted)) if a != b]


def _phrase_changes(unit: str, out: str, cstart: int, config: str) -> list[Change]:
    """Changes inside one unit whose conversion changed its length."""
    convert = converter(config).convert
    changes: list[Change] = []
    while unit:
        for cut in range(1, len(unit)):
            head = convert(unit[:cut])
            if out.startswith(head) and convert(unit[cut:]) == out[len(head):]:
                break
        else:
            head, cut = out, len(unit)
        if len(head) == cut:
            changes.extend(_char_changes(unit[:cut], head, cstart))
        elif head != unit[:cut]:
            changes.append(Change(cstart, cstart + len(head), unit[:cut]))
        unit, out, cstart = unit[cut:], out[len(head):], cstart + len(head)
    return changes


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


def simplified_aligned(text: str) -> str:
    """`text` with its Han characters in Simplified form, character for character (the same
    length, so offsets carry over)."""
    return _HAN_RUN_RE.sub(_t2s_run, text)


def han_runs(text: str):
    """The runs of Han characters in `text`, as re.Match objects."""
    return _HAN_RUN_RE.finditer(text)


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
