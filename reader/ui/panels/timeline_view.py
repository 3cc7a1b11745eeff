"""The painted timeline: rows of topics (by date) or strips of articles (by position), a mark per
(article, topic) pair. The geometry is computed when the data or the width change
(timeline_layout); a paint draws only the rows in the exposed rectangle.

Hover shows what a mark stands for; a click or Enter on the focused mark asks to open it; the
arrow keys move the focus between marks, and the focused mark's text is its accessible
description. The same paint writes PNG and SVG files.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...core.topics import ArticleTimeline, Topic
from . import timeline_layout as tl
from .timeline_layout import BY_DATE, BY_POSITION, Layout


class TimelineView(QWidget):
    markActivated = Signal(str, str)  # article id, topic id of the mark clicked (or Enter on the focused one)
    passageActivated = Signal(str, str, int)  # by position: article id, topic id, which of its passages
    stripClicked = Signal(str, float)  # by position: article id, 0–1 position within it clicked off the marks
    rowActivated = Signal(str)  # by position: the article id of the row label clicked
    focusMoved = Signal(str)  # the focused mark's description (what a screen reader says)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.kind = BY_DATE
        self.script = "hans"
        self.articles: list[ArticleTimeline] = []
        self.topics: list[Topic] = []
        self.event_date = ""
        self.event_label = ""
        self.article_label: Callable[[ArticleTimeline], str] = lambda a: f"{a.outlet} · {(a.date or '')[:10]}"
        self.describe: Callable[[str, str], str] = lambda a, t: f"{a} · {t}"  # the tooltip of a mark
        self.layout_: Layout | None = None
        self.focus_mark = -1
        self.hover_mark = -1
        self.selected_row = -1
        self.painted_labels: list[str] = []  # the row labels drawn by the last paint of every row
        self._colors: dict[str, QColor] = {}
        self._topic_colors: dict[str, QColor] = {}
        self._sprites: dict[tuple, QPixmap] = {}  # (colour, diameter, pixel ratio) → a circle drawn once
        self._sprite_at: list[tuple[QPointF, QPixmap]] = []  # by date: where each mark's circle goes
        self._read_palette()

    # -- data -------------------------------------------------------------------------------------
    def set_data(self, articles: Sequence[ArticleTimeline], topics: Sequence[Topic], event_date: str = "") -> None:
        keep = self._focused_key()
        self.articles, self.topics, self.event_date = list(articles), list(topics), event_date
        self._topic_colors = {t.id: QColor(t.color) for t in topics}
        self._sprites.clear()
        self.relayout(keep)

    def set_kind(self, kind: str) -> None:
        if kind in (BY_DATE, BY_POSITION) and kind != self.kind:
            self.kind = kind
            self.relayout(self._focused_key())

    def set_script(self, script: str, event_label: str = "") -> None:
        self.script, self.event_label = script, event_label
        self.relayout(self._focused_key())

    def relayout(self, keep: tuple[str, str] | None = None) -> None:
        """The geometry anew (data, layout, script or width changed): never in a paint."""
        metrics = QFontMetricsF(self.font())
        width = max(320, self.width())
        if self.kind == BY_DATE:
            self.layout_ = tl.by_date(self.articles, self.topics, self.script, width, metrics.horizontalAdvance,
                                      self.event_date, self.event_label)
        else:
            self.layout_ = tl.by_position(self.articles, self.topics, width, metrics.horizontalAdvance,
                                          self.article_label)
        self.focus_mark = self.index_of(*keep) if keep else -1
        self.hover_mark = -1
        self.selected_row = min(self.selected_row, len(self.layout_.rows) - 1)
        self.setFixedHeight(int(self.layout_.height))
        self._place_sprites()
        self.setAccessibleDescription(self.describe_mark(self.focus_mark))
        self.update()

    def _place_sprites(self) -> None:
        """By date, each circle is a pixmap drawn once per colour and size: blitting thousands
        costs a tenth of painting them antialiased one by one."""
        self._sprite_at = []
        if self.layout_.kind != BY_DATE:
            return
        ratio = self.devicePixelRatioF() or 1.0
        for mark in self.layout_.marks:
            diameter = round(mark.radius * 4) / 2
            key = (mark.topic_id, diameter, ratio)
            sprite = self._sprites.get(key)
            size = math.ceil(diameter) + 2
            if sprite is None:
                sprite = QPixmap(round(size * ratio), round(size * ratio))
                sprite.setDevicePixelRatio(ratio)
                sprite.fill(Qt.GlobalColor.transparent)
                painter = QPainter(sprite)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self._topic_colors[mark.topic_id])
                painter.drawEllipse(QPointF(size / 2, size / 2), diameter / 2, diameter / 2)
                painter.end()
                self._sprites[key] = sprite
            self._sprite_at.append((QPointF(mark.center.x() - size / 2, mark.center.y() - size / 2), sprite))

    def marks(self) -> list[tl.Mark]:
        return list(self.layout_.marks) if self.layout_ else []

    def index_of(self, article_id: str, topic_id: str) -> int:
        for i, m in enumerate(self.marks()):
            if m.article_id == article_id and m.topic_id == topic_id:
                return i
        return -1

    def _focused_key(self) -> tuple[str, str] | None:
        marks = self.marks()
        if 0 <= self.focus_mark < len(marks):
            return marks[self.focus_mark].article_id, marks[self.focus_mark].topic_id
        return None

    def describe_mark(self, index: int) -> str:
        marks = self.marks()
        if not 0 <= index < len(marks):
            return ""
        return self.describe(marks[index].article_id, marks[index].topic_id)

    # -- Qt ---------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(900, int(self.layout_.height) if self.layout_ else 200)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.oldSize().width() != event.size().width():
            self.relayout(self._focused_key())
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() in (event.Type.PaletteChange, event.Type.ApplicationPaletteChange):
            self._read_palette()
            self.update()
        elif event.type() == event.Type.FontChange:
            self.relayout(self._focused_key())
        super().changeEvent(event)

    def _read_palette(self) -> None:
        pal = self.palette()
        role = QPalette.ColorRole
        text = pal.color(role.Text)
        faint = QColor(text)
        faint.setAlpha(40)
        muted = QColor(text)
        muted.setAlpha(150)
        self._colors = {"base": pal.color(role.Base), "text": text, "faint": faint, "muted": muted,
                        "strip": pal.color(role.AlternateBase), "accent": pal.color(role.Highlight)}

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        try:
            self.paint(painter, QRectF(event.rect()), focus=self.hasFocus())
        finally:
            painter.end()

    # -- painting -----------------------------------------------------------------------------------
    def paint(self, painter: QPainter, clip: QRectF, focus: bool = False, vector: bool = False) -> None:
        """Draw what of the layout meets `clip` (the exposed rectangle; the whole view for export,
        `vector`: circles as shapes, not pixmaps, for SVG and a sharp PNG)."""
        c = self._colors
        lay = self.layout_
        painter.fillRect(clip, c["base"])
        if lay is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rows = lay.row_range(clip.top(), clip.bottom())
        for i in rows:
            row = lay.rows[i]
            if i % 2:
                painter.fillRect(row.rect.intersected(clip), c["faint"] if lay.kind == BY_DATE else c["base"])
            if i == self.selected_row and lay.kind == BY_POSITION:
                painter.fillRect(row.rect.intersected(clip), c["faint"])
        self._paint_axis(painter, lay, clip)
        painter.setPen(c["text"])
        drawn = []
        for i in rows:
            row = lay.rows[i]
            drawn.append(row.label)
            box = QRectF(tl.MARGIN, row.rect.top(), lay.label_width - tl.MARGIN, row.rect.height())
            if row.color and lay.kind == BY_DATE:
                painter.fillRect(QRectF(4, row.rect.top() + 6, 5, row.rect.height() - 12), self._topic_colors[row.key])
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             QFontMetricsF(painter.font()).elidedText(row.label, Qt.TextElideMode.ElideRight, box.width()))
        if len(rows) == len(lay.rows):
            self.painted_labels = drawn
        if lay.kind == BY_DATE:
            self._paint_circles(painter, lay, rows, clip, vector)
        else:
            self._paint_strips(painter, lay, rows, clip)
        for index, pen in ((self.hover_mark, QPen(c["text"], 1.0)),
                           (self.focus_mark, QPen(c["accent"], 2.0, Qt.PenStyle.DashLine if not focus else Qt.PenStyle.SolidLine))):
            if 0 <= index < len(lay.marks):
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(lay.marks[index].rect.adjusted(-3, -3, 3, 3), 3, 3)

    def _paint_axis(self, painter: QPainter, lay: Layout, clip: QRectF) -> None:
        c = self._colors
        painter.setPen(QPen(c["faint"], 1.0))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        bottom = lay.height - 4
        if len(lay.guides) <= lay.plot.width() / 6:  # a column per article, while they stand apart
            painter.drawLines([QLineF(x, tl.HEADER_H - 4, x, bottom) for x in lay.guides
                               if clip.left() - 1 <= x <= clip.right() + 1])
        if lay.kind == BY_POSITION:
            painter.drawLines([QLineF(x, tl.POSITION_HEADER_H - 4, x, bottom) for x, _label in lay.ticks])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if clip.top() > (tl.HEADER_H if lay.kind == BY_DATE else tl.POSITION_HEADER_H) and lay.event is None:
            return
        painter.setPen(c["muted"])
        event_box = QRectF()
        if lay.event is not None:
            x, label = lay.event
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # a crisp line, in the accent itself
            painter.setPen(QPen(c["accent"], 2.0, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, 14), QPointF(x, bottom))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(c["accent"])
            event_box = QRectF(x - 80, 0, 160, 16)
            painter.drawText(event_box, Qt.AlignmentFlag.AlignCenter, label)
            event_box = QRectF(x - QFontMetricsF(painter.font()).horizontalAdvance(label) / 2 - 4, 0,
                               QFontMetricsF(painter.font()).horizontalAdvance(label) + 8, 16)
        painter.setPen(c["muted"])
        for x, label in lay.ticks:
            box = QRectF(x - 40, 0, 80, 16)
            if not box.intersects(event_box):
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        painter.setPen(c["text"])
        metrics = QFontMetricsF(painter.font())
        for box, text, right in lay.outlets:
            if box.intersects(clip):
                side = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
                painter.drawText(box, side | Qt.AlignmentFlag.AlignVCenter,
                                 metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width()))

    def _paint_circles(self, painter: QPainter, lay: Layout, rows: range, clip: QRectF, vector: bool) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        left, right = clip.left() - tl.R_MAX, clip.right() + tl.R_MAX
        sprites = self._sprite_at
        for i in rows:
            if vector or len(sprites) != len(lay.marks):
                painter.setBrush(self._topic_colors[lay.rows[i].key])
                for m in lay.row_marks[i]:
                    mark = lay.marks[m]
                    if left <= mark.center.x() <= right:
                        painter.drawEllipse(mark.center, mark.radius, mark.radius)
                continue
            for m in lay.row_marks[i]:
                at, sprite = sprites[m]
                if left <= at.x() <= right:
                    painter.drawPixmap(at, sprite)

    def _paint_strips(self, painter: QPainter, lay: Layout, rows: range, clip: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        for i in rows:
            painter.fillRect(lay.strips[i], self._colors["strip"])
            for m in lay.row_marks[i]:
                mark = lay.marks[m]
                color = self._topic_colors[mark.topic_id]
                for s in mark.segments:
                    painter.fillRect(QRectF(*s), color)

    # -- mouse and keys -----------------------------------------------------------------------------
    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        index = self.layout_.mark_at(event.position()) if self.layout_ else -1
        if index != self.hover_mark:
            old, self.hover_mark = self.hover_mark, index
            self._update_mark(old)
            self._update_mark(index)
            if index >= 0:
                rect = self.layout_.marks[index].rect.toAlignedRect()
                QToolTip.showText(event.globalPosition().toPoint(), self.describe_mark(index), self, rect)
            else:
                QToolTip.hideText()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.hover_mark >= 0:
            old, self.hover_mark = self.hover_mark, -1
            self._update_mark(old)
        super().leaveEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton or self.layout_ is None:
            return super().mousePressEvent(event)
        point = event.position()
        index = self.layout_.mark_at(point)
        if index >= 0:
            self.set_focus_mark(index)
            mark = self.layout_.marks[index]
            if self.kind == BY_POSITION:
                hit = max(0, mark.segment_at(point))
                self.passageActivated.emit(mark.article_id, mark.topic_id, hit)
            else:
                self.markActivated.emit(mark.article_id, mark.topic_id)
            return
        if self.kind == BY_POSITION:
            on = tl.strip_fraction(self.layout_, point)
            if on is not None:
                self.stripClicked.emit(self.layout_.rows[on[0]].key, on[1])
                return
            for i in self.layout_.row_range(point.y(), point.y()):
                if point.x() < self.layout_.label_width:
                    self.selected_row = i
                    self.update()
                    self.rowActivated.emit(self.layout_.rows[i].key)
                    return
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        key = event.key()
        moves = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
        if key in moves and self.layout_ is not None and self.layout_.marks:
            self.set_focus_mark(self._step(*moves[key]), tip=True)
            return
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self.layout_ is not None and self.layout_.marks:
            self.set_focus_mark(0 if key == Qt.Key.Key_Home else len(self.layout_.marks) - 1, tip=True)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.focus_mark >= 0:
            mark = self.layout_.marks[self.focus_mark]
            if self.kind == BY_POSITION:
                self.passageActivated.emit(mark.article_id, mark.topic_id, 0)
            else:
                self.markActivated.emit(mark.article_id, mark.topic_id)
            return
        super().keyPressEvent(event)

    def _step(self, d_row: int, d_col: int) -> int:
        lay = self.layout_
        if self.focus_mark < 0:
            return 0
        mark = lay.marks[self.focus_mark]
        if d_col:
            return max(0, min(len(lay.marks) - 1, self.focus_mark + d_col))
        row = mark.row + d_row
        while 0 <= row < len(lay.rows) and not lay.row_marks[row]:
            row += d_row
        if not 0 <= row < len(lay.rows):
            return self.focus_mark
        x = mark.center.x()
        return min(lay.row_marks[row], key=lambda m: abs(lay.marks[m].center.x() - x))

    def set_focus_mark(self, index: int, tip: bool = False) -> None:
        """Move the focus ring; its mark's text becomes the view's accessible description (and,
        from the keyboard, the tooltip beside it)."""
        old, self.focus_mark = self.focus_mark, index
        self._update_mark(old)
        self._update_mark(index)
        text = self.describe_mark(index)
        self.setAccessibleDescription(text)
        self.focusMoved.emit(text)
        if tip and text:
            rect = self.focus_rect()
            QToolTip.showText(self.mapToGlobal(rect.bottomRight()), text, self, rect)

    def focus_rect(self) -> QRect:
        marks = self.marks()
        return marks[self.focus_mark].rect.toAlignedRect() if 0 <= self.focus_mark < len(marks) else QRect()

    def _update_mark(self, index: int) -> None:
        if self.layout_ is not None and 0 <= index < len(self.layout_.marks):
            self.update(self.layout_.marks[index].rect.adjusted(-6, -6, 6, 6).toAlignedRect())

    # -- export ---------------------------------------------------------------------------------------
    def full_rect(self) -> QRect:
        return QRect(0, 0, max(320, self.width()), int(self.layout_.height) if self.layout_ else 200)

    def export_png(self, path: str | Path) -> bool:
        """The whole view (not only what the dock shows) as a PNG, at twice the screen's scale."""
        rect = self.full_rect()
        image = QImage(rect.size() * 2, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(2.0)
        painter = QPainter(image)
        painter.setFont(self.font())
        try:
            self.paint(painter, QRectF(rect), vector=True)
        finally:
            painter.end()
        return image.save(str(path), "PNG")

    def export_svg(self, path: str | Path, title: str = "") -> bool:
        """The whole view as an SVG: every row label is text in it, so it can be searched and edited."""
        from PySide6.QtSvg import QSvgGenerator

        rect = self.full_rect()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(rect.size())
        generator.setViewBox(rect)
        generator.setTitle(title or "Duidu timeline")
        painter = QPainter()
        if not painter.begin(generator):
            return False
        painter.setFont(self.font())
        try:
            self.paint(painter, QRectF(rect), vector=True)
        finally:
            painter.end()
        return Path(path).is_file()
