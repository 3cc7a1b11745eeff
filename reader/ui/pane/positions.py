"""Positions in a reading pane: where a block is, what is at the top, the reading position as
`block-id:lines` (robust to zoom, reflow and a script switch)."""

from __future__ import annotations

import bisect

from PySide6.QtCore import QPoint


class PanePositions:
    """The part of ReadingPane that maps blocks to scroll positions and back."""

    def block_top(self, block_id: str) -> int | None:
        pos = self._anchor_pos.get(block_id)
        if pos is None:
            return None
        doc = self.browser.document()
        rect = doc.documentLayout().blockBoundingRect(doc.findBlock(pos))
        return int(rect.top())

    def scroll_to_block(self, block_id: str, delta: int = 0) -> bool:
        """Jump to a block (a heading, a link): the place left goes into the history."""
        if block_id in self._anchor_pos:
            self.note_jump()
        return self._scroll_to_block(block_id, delta)

    def _scroll_to_block(self, block_id: str, delta: int = 0) -> bool:
        top = self.block_top(block_id)
        if top is None:
            return False
        self.browser.verticalScrollBar().setValue(top + delta)
        return True

    def _top_position(self) -> int:
        """The document position at the top left of the text column (not in the margin: a hit
        test there can answer with any position)."""
        margin = int(self.browser.document().rootFrame().frameFormat().leftMargin())
        return self.browser.cursorForPosition(QPoint(margin + 2, 2)).position()

    def top_block(self) -> str | None:
        """The block whose anchor is the last one at or above the top of the viewport."""
        if not self._anchor_order:
            return None
        pos = self._top_position()
        i = bisect.bisect_right(self._anchor_order, (pos, "\uffff")) - 1
        return self._anchor_order[max(i, 0)][1]

    def passed(self, block_ids: list[str]) -> list[str]:
        """Those of `block_ids` that start at or above the top of the viewport, in order."""
        top = self._top_position()
        return [b for b in block_ids if self._anchor_pos.get(b, top + 1) <= top]

    def progress(self) -> float:
        """How far through the article the reader is (0–1). With nothing to scroll, 1 only when the
        whole article is laid out in view: before its first layout the scroll bar has no range yet."""
        bar = self.browser.verticalScrollBar()
        if bar.maximum() > 0:
            return bar.value() / bar.maximum()
        doc = self.browser.document()
        fits = self.browser.isVisible() and 0 < doc.size().height() <= self.browser.viewport().height()
        return 1.0 if fits else 0.0

    def position(self) -> str:
        """The reading position as `block-id:lines` ("" at the very top), robust to zoom and reflow."""
        block = self.top_block()
        if not block or self.browser.verticalScrollBar().value() == 0:
            return ""  # the very top
        top = self.block_top(block) or 0
        delta = self.browser.verticalScrollBar().value() - top
        em = max(1, self.browser.fontMetrics().height())
        # the offset is kept in line heights so it survives a zoom change
        return f"{block}:{delta / em:.3f}"

    def restore_position(self, position: str) -> bool:
        """Scroll to a saved `position()`; a pane not shown yet applies it again once sized."""
        if not self.browser.isVisible():
            self._reflow_position = position
        return self.scroll_to_position(position)

    def scroll_to_position(self, position: str) -> bool:
        block, _, lines = (position or "").partition(":")
        try:
            em = self.browser.fontMetrics().height()
            delta = round(float(lines or 0) * em)
        except ValueError:
            delta = 0
        return bool(block) and self._scroll_to_block(block, delta)

    def visible_text(self) -> str:
        """The text a user sees in the viewport (for tests and the status bar)."""
        view = self.browser.viewport().rect()
        margin = int(self.browser.document().rootFrame().frameFormat().leftMargin())
        start = self._top_position()
        end = self.browser.cursorForPosition(QPoint(view.width() - margin - 2, view.height() - 2)).position()
        cursor = self.browser.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        return cursor.selectedText()
