"""Where each passage's text sits in a rendered QTextDocument.

A pane addresses text the way the core does — a block id and offsets into the block's text as
shown — while Qt addresses document positions. The document holds more than the blocks' text
(separators, frame marks, list bullets) and counts UTF-16 units, so the two are aligned here
once per rendering, block by block, as they are needed.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from itertools import accumulate

from ...core.content.blocks import Block
from ...core.content.blocks import text_positions as align


def document_text(doc) -> tuple[str, Callable[[int], int]]:
    """The document's text with, for an index into it, the document position.

    Raw text keeps frames and paragraph breaks, so it lines up with positions, except that Qt
    counts UTF-16 units: a character outside the BMP (an emoji such as 👇) takes two.
    """
    raw = doc.toRawText()
    if len(raw.encode("utf-16-le")) == 2 * len(raw):
        return raw, int
    offsets = list(accumulate((2 if ord(c) > 0xFFFF else 1 for c in raw), initial=0))
    return raw, offsets.__getitem__


def fragments(doc) -> Iterator:
    """Every QTextFragment of the document (runs of one character format), in order."""
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()


class TextMap:
    """Block anchors and character positions of one rendered document."""

    def __init__(self, doc, blocks: list[Block]):
        self.doc = doc
        self.texts = {b.id: b.text for b in blocks}
        self.anchor_pos: dict[str, int] = {}  # block id → document position of its anchor
        for frag in fragments(doc):
            for name in frag.charFormat().anchorNames():
                self.anchor_pos.setdefault(name, frag.position())
        self.anchor_order = sorted((pos, name) for name, pos in self.anchor_pos.items())
        self._raw: tuple[str, Callable[[int], int], list[int] | None] | None = None
        self._maps: dict[str, list[int]] = {}

    def raw(self) -> str:
        return self._raw_text()[0]

    def to_qt(self, index: int) -> int:
        """Raw-text index → document position."""
        return self._raw_text()[1](index)

    def from_qt(self, pos: int) -> int:
        """Document position → raw-text index."""
        offsets = self._raw_text()[2]
        return pos if offsets is None else bisect.bisect_left(offsets, pos)

    def _raw_text(self) -> tuple[str, Callable[[int], int], list[int] | None]:
        if self._raw is None:
            raw, to_qt = document_text(self.doc)
            offsets = None if to_qt is int else [to_qt(i) for i in range(len(raw) + 1)]
            self._raw = (raw, to_qt, offsets)
        return self._raw

    def block_at(self, pos: int) -> str | None:
        """The block whose anchor is the last one at or before document position `pos`."""
        i = bisect.bisect_right(self.anchor_order, (pos, "\uffff")) - 1
        return self.anchor_order[i][1] if i >= 0 else None

    def block_map(self, block_id: str) -> list[int]:
        """Raw-text index of each character of the block's text as shown, plus its end."""
        positions = self._maps.get(block_id)
        if positions is None:
            pos = self.anchor_pos[block_id]
            i = bisect.bisect_right(self.anchor_order, (pos, block_id))
            end = self.from_qt(self.anchor_order[i][0]) if i < len(self.anchor_order) else len(self.raw())
            positions = self._maps[block_id] = align(self.texts.get(block_id, ""), self.raw(), self.from_qt(pos), end)
        return positions

    def span(self, block_id: str, start: int, end: int) -> tuple[int, int] | None:
        """Characters [start, end) of a block's text as shown → document positions [start, end)."""
        if block_id not in self.anchor_pos or end <= start:
            return None
        positions = self.block_map(block_id)
        last = len(positions) - 1
        qs, qe = self.to_qt(positions[min(start, last)]), self.to_qt(positions[min(end - 1, last)] + 1)
        return (qs, qe) if qe > qs else None

    def offsets(self, block_id: str, qt_start: int, qt_end: int) -> tuple[int, int]:
        """Document positions → offsets [start, end) in the block's text as shown (clipped to it)."""
        positions = self.block_map(block_id)
        last = len(positions) - 1
        a, b = self.from_qt(qt_start), self.from_qt(qt_end)
        start = bisect.bisect_left(positions, a, 0, last)
        end = bisect.bisect_left(positions, b, 0, last)
        return start, min(end, len(self.texts.get(block_id, "")))
