"""Zoom and type in a reading pane: the font steps, the CJK font families, the reader's style
(Edit ▸ Preferences: font, size, spacing, column width), and keeping the passage at the top where
it was when the text grows or shrinks."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextFrameFormat

from ..themes import ReadingStyle

MIN_MARGIN = 24
ZOOM_STEPS = (0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0, 2.4)
CJK_FAMILIES = (
    "Noto Serif CJK SC", "Noto Serif CJK TC", "Source Han Serif SC", "Songti SC", "SimSun",
    "Noto Sans CJK SC", "Noto Sans CJK TC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
)


class PaneZoom:
    """The part of ReadingPane that sets its font, its size and the width of its text column."""

    reading_style = ReadingStyle()

    def set_reading_style(self, style: ReadingStyle) -> None:
        """Set the text in `style`, keeping the passage at the top where it is."""
        if style == self.reading_style:
            return
        position = self.position() if self.article is not None else ""
        self.reading_style = style
        self._apply_font()
        if self.article is not None:
            self._render()  # line height and paragraph spacing live in the style sheet
            self.restore_position(position)

    @property
    def zoom(self) -> float:
        return ZOOM_STEPS[self.zoom_index]

    def set_zoom(self, factor: float) -> None:
        self.zoom_index = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - factor))
        self._apply_font()

    def zoom_in(self) -> None:
        self._step_zoom(+1)

    def zoom_out(self) -> None:
        self._step_zoom(-1)

    def zoom_reset(self) -> None:
        self._step_zoom(ZOOM_STEPS.index(1.0) - self.zoom_index)

    def _step_zoom(self, delta: int) -> None:
        new = max(0, min(len(ZOOM_STEPS) - 1, self.zoom_index + delta))
        if new == self.zoom_index:
            return
        position = self.position()
        self.zoom_index = new
        self._apply_font()
        self.restore_position(position)
        self.zoomChanged.emit(self.zoom)  # the user's step: the window remembers and says it

    def _apply_font(self) -> None:
        font = QFont()
        chosen = [self.reading_style.font_family] if self.reading_style.font_family else []
        font.setFamilies(chosen + list(CJK_FAMILIES) + [font.defaultFamily()])
        font.setPointSizeF(self.reading_style.font_size * self.zoom)
        self.browser.setFont(font)
        self.browser.document().setDefaultFont(font)
        self._apply_measure()
        self.laidOut.emit()

    @property
    def font_point_size(self) -> float:
        return self.browser.document().defaultFont().pointSizeF()

    def _apply_measure(self) -> None:
        """Centre a column of about `page_width` characters, whatever the window width."""
        doc = self.browser.document()
        width = self.browser.viewport().width()
        em = self.browser.fontMetrics().horizontalAdvance("中")
        margin = max(MIN_MARGIN, (width - self.reading_style.page_width * em) // 2)
        fmt: QTextFrameFormat = doc.rootFrame().frameFormat()
        if int(fmt.leftMargin()) != margin:
            fmt.setLeftMargin(margin)
            fmt.setRightMargin(margin)
            fmt.setTopMargin(MIN_MARGIN)
            fmt.setBottomMargin(MIN_MARGIN * 4)
            doc.rootFrame().setFrameFormat(fmt)
