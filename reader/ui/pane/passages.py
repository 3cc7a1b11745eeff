"""Passages of a reading pane as the comparison sees them: where each block lies on the page,
which block a click chose, the passage chosen and its counterparts marked, and a one-line
notice ("not in 新智元") over the text."""

from __future__ import annotations

import bisect

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from ..themes import LIGHT

CHOSEN, COUNTERPART, NEAREST = "chosen", "counterpart", "nearest"


class PanePassages:
    """The part of ReadingPane that compare mode drives."""

    def block_span(self, block_id: str) -> tuple[int, int] | None:
        """Document positions [start, end) of a block (up to the next block's anchor)."""
        pos = self._anchor_pos.get(block_id)
        if pos is None:
            return None
        i = bisect.bisect_right(self._anchor_order, (pos, block_id))
        end = self._anchor_order[i][0] if i < len(self._anchor_order) else self.browser.document().characterCount() - 1
        return pos, max(pos + 1, end)

    def block_extent(self, block_id: str) -> tuple[int, int] | None:
        """Top and bottom of a block in document pixels (what the scroll bar's value counts)."""
        span = self.block_span(block_id)
        if span is None:
            return None
        doc = self.browser.document()
        layout = doc.documentLayout()
        top = layout.blockBoundingRect(doc.findBlock(span[0])).top()
        last = doc.findBlock(max(span[0], span[1] - 1))
        bottom = layout.blockBoundingRect(last).bottom()
        return int(top), int(max(bottom, top + 1))

    def block_at_point(self, point: QPoint) -> str | None:
        """The block under a viewport point (None in the margin above the first block)."""
        if not self._anchor_order:
            return None
        pos = self.browser.cursorForPosition(point).position()
        i = bisect.bisect_right(self._anchor_order, (pos, "\uffff")) - 1
        return self._anchor_order[i][1] if i >= 0 else None

    def block_viewport_top(self, block_id: str) -> int | None:
        """Where a block's top is in the viewport now (negative: scrolled past)."""
        extent = self.block_extent(block_id)
        return None if extent is None else extent[0] - self.browser.verticalScrollBar().value()

    def bring_block_to(self, block_id: str, viewport_y: int) -> bool:
        """Scroll so that the block's top stands `viewport_y` pixels below the viewport's top."""
        extent = self.block_extent(block_id)
        if extent is None:
            return False
        self.browser.verticalScrollBar().setValue(extent[0] - viewport_y)
        return True

    # -- marks ------------------------------------------------------------------------------------
    def set_passage_marks(self, chosen: list[str], counterparts: list[str], nearest: list[str] = ()) -> None:
        """Tint the passage the user chose and, in the other panes, what says the same thing; the
        nearest passage shown on request (below the threshold) is tinted the same and underlined
        with dashes, so a guess never looks like a match."""
        self._passage_marks = ([(b, CHOSEN) for b in chosen] + [(b, COUNTERPART) for b in counterparts]
                               + [(b, NEAREST) for b in nearest])
        self._paint_marks(announce=False)

    def passage_marks(self) -> list[tuple[str, str]]:
        """(block id, "chosen", "counterpart" or "nearest") of every passage marked."""
        return list(self._passage_marks)

    def clear_passage_marks(self) -> None:
        if self._passage_marks:
            self.set_passage_marks([], [])

    def _passage_selections(self) -> list[QTextEdit.ExtraSelection]:
        """The passage tints, painted under highlights and hits."""
        if not self._passage_marks:
            return []
        theme = self._theme or LIGHT
        formats = {}
        for role, color in ((CHOSEN, theme.passage_chosen), (COUNTERPART, theme.passage_match),
                            (NEAREST, theme.passage_match)):
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(color))
            if role == NEAREST:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                fmt.setUnderlineColor(QColor(theme.band))
            formats[role] = fmt
        out = []
        for block_id, role in self._passage_marks:
            span = self.block_span(block_id)
            if span is None:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.browser.document())
            cursor.setPosition(span[0])
            cursor.setPosition(span[1] - 1, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = formats[role]
            out.append(selection)
        return out

    # -- the notice -------------------------------------------------------------------------------
    def show_notice(self, text: str) -> None:
        """One line over the text: what the comparison found (or did not) for the chosen passage."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        if text:
            self._place_notice()

    def _place_notice(self) -> None:
        viewport = self.browser.viewport()
        width = min(viewport.width() - 16, max(200, viewport.width() * 2 // 3))
        self.notice.setFixedWidth(max(80, width))
        self.notice.adjustSize()
        corner = viewport.mapTo(self, viewport.rect().bottomRight())
        self.notice.move(corner.x() - self.notice.width() - 8, corner.y() - self.notice.height() - 8)
        self.notice.raise_()

    def notice_text(self) -> str:
        return self.notice.text() if self.notice.isVisible() else ""
