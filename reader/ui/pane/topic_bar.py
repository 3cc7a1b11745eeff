"""A pane's topic hints: the topics of the passage under the pointer as a tooltip, and (View ▸
Topic Bar) a thin bar in the left margin, coloured beside each tagged passage.

The bar lies over the text's left margin as a child of the pane, not of the viewport (whose
children scroll with the text), so it keeps the passages' extents in document pixels, measured
once per layout, and a scroll only repaints the few that are in view.
"""

from __future__ import annotations

import bisect
from html import escape

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

BAR_WIDTH = 4  # the coloured bar
HOVER_WIDTH = 10  # the widget around it, so the pointer can rest on it
GAP = 6  # between the bar and the text column
STRONG = 0.75  # a tag's strength from which it reads "strong" (score 3 of the core's 4)


class TopicBar(QWidget):
    """The tagged passages of the article a pane shows, with their topics' colours and names."""

    def __init__(self, pane):
        super().__init__(pane)
        self.setObjectName("topicBar")
        self.pane = pane
        self.topics = None  # the TopicList the tags were made with
        self.ui_script = "en"  # the script the topics' names are shown in (hans, tw, hk, en)
        self._tags: dict[str, tuple] = {}  # block id → its Tags, strongest first (tagged blocks only)
        self._runs: list[tuple[int, int, str]] = []  # (top, bottom, block id) in document pixels, by top
        self._bottoms: list[int] = []  # the runs' bottoms, running maximum (for the first run in view)
        self.on = False  # the user turned the bar on (View ▸ Topic Bar)
        pane.browser.topics_for = self.tooltip_at_point  # the text's hover asks here
        pane.laidOut.connect(self.relayout)
        pane.browser.verticalScrollBar().valueChanged.connect(self.update)
        pane.browser.viewport().installEventFilter(self)
        self.hide()

    # -- what is shown ---------------------------------------------------------------------------
    def set_tags(self, passages, topics) -> None:
        """The article's tagged passages (core TaggedPassage objects) under `topics`."""
        self.topics = topics
        self._tags = {p.block_id: p.tags for p in passages if p.tags}
        self.relayout()

    def clear(self) -> None:
        self.set_tags([], None)

    def set_ui_script(self, script: str) -> None:
        self.ui_script = script

    def set_on(self, on: bool) -> None:
        self.on = bool(on)
        self.relayout()

    def colors_of(self, block_id: str) -> list[str]:
        """The colours the bar paints beside a block, top to bottom."""
        topics = self.topics
        out = []
        for tag in self._tags.get(block_id, ()):
            topic = topics.get(tag.topic) if topics is not None else None
            if topic is not None:
                out.append(topic.color)
        return out

    # -- geometry ---------------------------------------------------------------------------------
    def relayout(self) -> None:
        """Measure the tagged passages again (after a rendering, a zoom, a re-wrap). Only while
        the bar is on: measuring lays the whole text out at once, which Qt otherwise does lazily."""
        runs = []
        for block_id in self._tags if self.on else ():
            extent = self.pane.block_extent(block_id)
            if extent is not None:
                runs.append((extent[0], extent[1], block_id))
        runs.sort()
        self._runs = runs
        bottoms, lowest = [], -1
        for _top, bottom, _block in runs:
            lowest = max(lowest, bottom)
            bottoms.append(lowest)
        self._bottoms = bottoms
        self._place()

    def _place(self) -> None:
        """Over the left margin of the text, beside the text column, as tall as the viewport."""
        visible = self.on and bool(self._runs)
        self.setVisible(visible)
        if not visible:
            return
        viewport = self.pane.browser.viewport()
        margin = int(self.pane.browser.document().rootFrame().frameFormat().leftMargin())
        corner = viewport.mapTo(self.pane, QPoint(0, 0))
        x = corner.x() + max(0, margin - GAP - (HOVER_WIDTH + BAR_WIDTH) // 2)
        self.setGeometry(x, corner.y(), HOVER_WIDTH, viewport.height())
        self.raise_()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(HOVER_WIDTH, 100)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and self.on:
            self._place()
        return False

    def _in_view(self) -> list[tuple[int, int, str]]:
        top = self.pane.browser.verticalScrollBar().value()
        first = bisect.bisect_left(self._bottoms, top)
        last = bisect.bisect_right(self._runs, (top + self.height(), 1 << 30, ""))
        return self._runs[first:last]

    def _run_at(self, y: int) -> tuple[int, int, str] | None:
        """The tagged passage beside height `y` of the bar (in its own coordinates)."""
        at = y + self.pane.browser.verticalScrollBar().value()
        return next((run for run in self._in_view() if run[0] <= at < run[1]), None)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        scroll = self.pane.browser.verticalScrollBar().value()
        x = (HOVER_WIDTH - BAR_WIDTH) // 2
        for top, bottom, block_id in self._in_view():
            colors = self.colors_of(block_id)
            if not colors:
                continue
            step = (bottom - top) / len(colors)  # several topics share the passage's height
            for i, color in enumerate(colors):
                y0, y1 = round(top + i * step) - scroll, round(top + (i + 1) * step) - scroll
                painter.fillRect(QRect(x, y0, BAR_WIDTH, max(1, y1 - y0)), QColor(color))
        painter.end()

    # -- tooltips --------------------------------------------------------------------------------
    def tooltip(self, block_id: str) -> str:
        """The topics of a block, one line each ("" for an untagged one): rich text."""
        tags = self._tags.get(block_id, ())
        topics = self.topics
        lines = []
        for tag in tags:
            topic = topics.get(tag.topic) if topics is not None else None
            if topic is None:
                continue
            strength = self.tr("strong") if tag.strength >= STRONG else self.tr("some")
            lines.append(f'<span style="color:{topic.color}">●</span>&nbsp;{escape(topic.name(self.ui_script))}'
                         f'&nbsp;<span style="color:gray">· {escape(strength)}</span>')
        return "<br>".join(lines)

    def tooltip_at_point(self, point: QPoint) -> tuple[str, QRect] | None:
        """For a viewport point of the text: the topics of the passage there and its rectangle
        in the viewport (the tooltip goes once the pointer leaves it); None off tagged text."""
        if not self._tags:
            return None
        browser = self.pane.browser
        doc_margin = browser.document().rootFrame().frameFormat()
        left, right = int(doc_margin.leftMargin()), browser.viewport().width() - int(doc_margin.rightMargin())
        if not left <= point.x() <= right:
            return None
        block = self.pane.block_at_point(point)
        extent = self.pane.block_extent(block) if block in self._tags else None
        scroll = browser.verticalScrollBar().value()
        if extent is None or not extent[0] <= point.y() + scroll < extent[1]:
            return None
        text = self.tooltip(block)
        return (text, QRect(left, extent[0] - scroll, right - left, extent[1] - extent[0])) if text else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            run = self._run_at(event.pos().y())
            text = self.tooltip(run[2]) if run is not None else ""
            if text:
                scroll = self.pane.browser.verticalScrollBar().value()
                QToolTip.showText(event.globalPos(), text, self, QRect(0, run[0] - scroll, self.width(), run[1] - run[0]))
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt API
        """The wheel over the bar scrolls the text, as it does a pixel further right."""
        QApplication.sendEvent(self.pane.browser.viewport(), event)
