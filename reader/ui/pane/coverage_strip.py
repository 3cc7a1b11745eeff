"""Beside a pane's scroll bar in compare mode: the reference article from top to bottom, each of
its passages as a mark — filled where this article reports it, faint where it leaves it out; in
the reference's own pane, darker the more of the other articles report it. A click jumps there."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

STRIP_WIDTH = 12


class CoverageStrip(QWidget):
    """Marks (reference block id, length, count) stacked in proportion to their lengths."""

    markClicked = Signal(str)  # the reference block id of the mark clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("coverageStrip")
        self.setFixedWidth(STRIP_WIDTH)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._marks: list[tuple[str, int, int]] = []
        self.reference = False  # the reference's own pane: counts of outlets, not covered/left out
        self.outlets = 1  # how many other articles there are (the darkest count)
        self.colors = ("#6f9a5c", "#d9d1c1")  # covered, left out
        self.hide()

    def set_marks(self, marks: list[tuple[str, int, int]], reference: bool, outlets: int) -> None:
        self._marks, self.reference, self.outlets = list(marks), reference, max(1, outlets)
        self.setVisible(bool(marks))
        self.setToolTip(self.tr("How many of the other articles report each passage of this one") if reference
                        else self.tr("The reference article from top to bottom: filled where this article "
                                     "reports a passage, faint where it leaves it out"))
        self.update()

    def marks(self) -> list[tuple[str, int, int]]:
        """(reference block id, length, count) of every mark, top to bottom."""
        return list(self._marks)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(STRIP_WIDTH, 100)

    def _rects(self) -> list[tuple[QRectF, str, int]]:
        total = sum(max(1, w) for _b, w, _c in self._marks) or 1
        y, h, out = 0.0, float(self.height()), []
        for block, weight, count in self._marks:
            step = h * max(1, weight) / total
            out.append((QRectF(1, y, self.width() - 2, max(step, 1.0)), block, count))
            y += step
        return out

    def mark_at(self, y: float) -> str | None:
        """The reference block of the mark at height `y` (the last one below the bottom)."""
        rects = self._rects()
        for rect, block, _count in rects:
            if y < rect.bottom():
                return block
        return rects[-1][1] if rects else None

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        covered, left_out = QColor(self.colors[0]), QColor(self.colors[1])
        for rect, _block, count in self._rects():
            if count <= 0:
                painter.fillRect(rect, left_out)
                continue
            color = QColor(covered)
            if self.reference:
                color.setAlphaF(0.3 + 0.7 * min(1.0, count / self.outlets))
            painter.fillRect(rect, color)
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        block = self.mark_at(event.position().y())
        if block is not None:
            self.markClicked.emit(block)
