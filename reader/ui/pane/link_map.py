"""Between two panes in compare mode: bands that join the passages that say the same thing (as
Meld's link map joins the chunks of a diff), so the eye can follow a quote across columns."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QSplitter, QSplitterHandle

LINK_MAP_WIDTH = 36  # the handle's width in compare mode (6 otherwise)


class LinkMapHandle(QSplitterHandle):
    """A splitter handle that paints the bands between the panes on its two sides."""

    def __init__(self, orientation, splitter: PaneSplitter):
        super().__init__(orientation, splitter)
        self.setObjectName("linkMap")

    def sides(self):
        """The panes left and right of this handle (None before there are two)."""
        splitter = self.splitter()
        i = splitter.indexOf(self)
        if i <= 0 or i >= splitter.count():
            return None, None
        return splitter.widget(i - 1), splitter.widget(i)

    def bands(self) -> list[tuple[float, float, float, float, float]]:
        """(left top, left bottom, right top, right bottom, score) in this handle's coordinates."""
        splitter = self.splitter()
        left, right = self.sides()
        if left is None or splitter.bands_for is None:
            return []
        out = []
        lo = left.browser.viewport().mapTo(splitter, left.browser.viewport().rect().topLeft()).y()
        ro = right.browser.viewport().mapTo(splitter, right.browser.viewport().rect().topLeft()).y()
        me = self.mapTo(splitter, self.rect().topLeft()).y()
        for a0, a1, b0, b1, score in splitter.bands_for(left, right):
            out.append((a0 + lo - me, a1 + lo - me, b0 + ro - me, b1 + ro - me, score))
        return out

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        bands = self.bands()
        if not bands:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = float(self.width())
        base = QColor(self.splitter().band_color)
        for a0, a1, b0, b1, score in bands:
            path = QPainterPath(QPointF(0, a0))
            path.cubicTo(QPointF(w / 2, a0), QPointF(w / 2, b0), QPointF(w, b0))
            path.lineTo(QPointF(w, b1))
            path.cubicTo(QPointF(w / 2, b1), QPointF(w / 2, a1), QPointF(0, a1))
            path.closeSubpath()
            color = QColor(base)
            color.setAlphaF(0.15 + 0.35 * max(0.0, min(1.0, score)))
            painter.fillPath(path, color)
        painter.end()


class PaneSplitter(QSplitter):
    """The workspace's splitter: its handles are link maps (painting only in compare mode)."""

    def __init__(self, orientation, parent=None):
        super().__init__(orientation, parent)
        self.bands_for: Callable | None = None  # (left pane, right pane) → bands in viewport pixels
        self.band_color = "#7fa86b"

    def createHandle(self) -> QSplitterHandle:  # noqa: N802 - Qt API
        return LinkMapHandle(self.orientation(), self)

    def link_maps(self) -> list[LinkMapHandle]:
        return [self.handle(i) for i in range(1, self.count())]

    def repaint_links(self) -> None:
        for handle in self.link_maps():
            handle.update()


def set_link_maps(splitter: PaneSplitter, bands_for: Callable | None, color: str) -> None:
    """Turn the bands on (a function giving them) or off (None), with the handle wide enough."""
    splitter.bands_for = bands_for
    splitter.band_color = color
    splitter.setHandleWidth(LINK_MAP_WIDTH if bands_for is not None else 6)
    splitter.repaint_links()
