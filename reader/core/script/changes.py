"""What a conversion changed: each changed span of a converted text and the original under it."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from ..text.canonical import converter
from ..text.ranges import HAN
from .detection import detect_script
from .modes import ScriptMode, config_for

# -- what a conversion changed -------------------------------------------------------------
#
# OpenCC leaves every character that no dictionary mentions as it is, and its dictionaries
# hold only Han characters, 〇, ·, '-' and ASCII letters. So the text splits into *units*
# (runs of those) and *gaps* (everything else), a conversion keeps every gap, and the units
# of the output correspond one to one with those of the input. A unit of unchanged length is
# compared character by character; a unit whose length changed (程式設計 → 编程) is cut where
# converting the two sides apart gives the same result as converting it whole, so each change
# reports the smallest phrase that explains it.

_UNIT_RE = re.compile(f"[\u3007\u00b7A-Za-z\\-{HAN}]+")


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
