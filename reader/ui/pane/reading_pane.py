"""ReadingPane: one article rendered in a QTextBrowser, addressable by block id."""

from __future__ import annotations

import bisect

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont, QTextCharFormat, QTextCursor, QTextFrameFormat
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from ...core.content.article import Article
from ...core.content.blocks import Rendered
from ...core.script.modes import MODE_LABELS, ScriptMode, config_for, convert_text, needle_as_shown
from ...core.script.rendering import rendered_in_mode
from ...core.text.words import snap_selection
from .browser import ReaderBrowser
from .find_bar import FindBar
from .text_map import _SPACES, TextMap, document_text, fragments
from ..themes import LIGHT, Theme, reading_css
from ..i18n import Retranslating

MEASURE_EM = 38  # characters per line a CJK reader finds comfortable (roughly 35–40)
MIN_MARGIN = 24
BASE_POINT_SIZE = 13.0
ZOOM_STEPS = (0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0, 2.4)
CJK_FAMILIES = (
    "Noto Serif CJK SC", "Noto Serif CJK TC", "Source Han Serif SC", "Songti SC", "SimSun",
    "Noto Sans CJK SC", "Noto Sans CJK TC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
)


class ReadingPane(Retranslating, QWidget):
    """Shows one article; knows where each block starts so others can scroll to a passage."""

    articleShown = Signal(str)  # article id
    zoomChanged = Signal(float)  # the new zoom factor
    topBlockChanged = Signal(str)  # id of the block at the top of the viewport
    marksChanged = Signal(int, int)  # the current hit (1-based; 0 = none chosen yet), hits in all
    scriptChanged = Signal(str)  # the ScriptMode value now shown
    activated = Signal()  # the user clicked into the pane (its header too, which takes no focus)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.article: Article | None = None
        self.shown: Rendered | None = None  # the article's blocks and HTML in the script shown
        self.script_mode = ScriptMode.ORIGINAL
        self.vocabulary = False  # convert regional phrases too (软件 ↔ 軟體); 臺灣正體 always does
        self.show_changes = False  # underline what the conversion changed, the original as tooltip
        self.zoom_index = ZOOM_STEPS.index(1.0)
        self._theme: Theme | None = None
        self._anchor_pos: dict[str, int] = {}
        self._anchor_order: list[tuple[int, str]] = []
        self.browser = ReaderBrowser(self)
        self.browser.setObjectName("readingBrowser")
        self.browser.setOpenLinks(False)
        self.browser.tooltip_for = self.highlight_tooltip
        self.browser.anchorClicked.connect(self._open_link)
        self.browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        self._reflow_position = ""
        self._rendering = False
        self.browser.aboutToReflow.connect(self._before_reflow)
        self.browser.resized.connect(self._after_resize)
        self.find_bar = FindBar(self)
        self.find_bar.textChanged.connect(self._find)
        self.find_bar.stepRequested.connect(self.step_mark)
        self.find_bar.closed.connect(self._find_closed)
        self.marksChanged.connect(self.find_bar.show_count)
        self._highlights: list = []  # Highlight objects of the article shown
        self._highlight_colors: dict[str, str] = {}  # colour key → "#rrggbb"
        self._highlight_spans: list[tuple[int, int, str]] = []  # document [start, end) and highlight id
        self._highlight_color_of: dict[str, str] = {}  # highlight id → colour key
        self._map: TextMap | None = None  # block ids ↔ document positions of the rendering shown
        self._mark_needles: list[str] = []
        self._marks: list[tuple[int, int]] = []  # document positions [start, end) of every hit
        self._current_mark = -1
        self._marks_from = ""  # "find" or "search"
        # the pane's header: which article, and the script it is shown in
        self.header = QWidget(self)
        self.header.setObjectName("paneHeader")
        self.header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # so the accent shows
        self.header.installEventFilter(self)
        self.is_current = False  # the pane the window's actions go to, when there are several
        self.caret_browsing = False  # F7: a text cursor that Shift+arrows extend
        self.title_label = QLabel(self.header)
        self.title_label.setObjectName("paneTitle")
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.script_combo = QComboBox(self.header)
        self.script_combo.setObjectName("scriptCombo")
        self.script_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for mode in ScriptMode:
            self.script_combo.addItem(mode.label, mode.value)
        self.script_combo.activated.connect(lambda i: self.set_script(self.script_combo.itemData(i)))
        row = QHBoxLayout(self.header)
        row.setContentsMargins(10, 2, 6, 2)
        row.addWidget(self.title_label, 1)
        row.addWidget(self.script_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.browser)
        layout.addWidget(self.find_bar)
        self._top_timer = QTimer(self, singleShot=True, interval=80)
        self._top_timer.timeout.connect(lambda: self.topBlockChanged.emit(self.top_block() or ""))
        self.browser.verticalScrollBar().valueChanged.connect(lambda _v: self._top_timer.start())
        self.setFocusProxy(self.browser)
        self._apply_font()
        self._paint_accent()
        self.retranslate()

    def set_current(self, current: bool) -> None:
        """Show (or stop showing) the accent of the pane the window's actions go to."""
        if current != self.is_current:
            self.is_current = current
            self._paint_accent()

    def _paint_accent(self) -> None:
        theme = self._theme or LIGHT
        edge = theme.accent if self.is_current else "transparent"
        self.header.setStyleSheet(f"QWidget#paneHeader {{ border-top: 3px solid {edge}; }}")

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.header and event.type() == QEvent.Type.MouseButtonPress:
            self.activated.emit()
        return False

    def state(self) -> dict:
        """What the pane shows, to open it the same way at the next start."""
        return {"article": self.article.id if self.article is not None else "", "script": self.script_mode.value,
                "vocabulary": self.vocabulary, "show_changes": self.show_changes, "zoom": self.zoom,
                "position": self.position() if self.article is not None else ""}

    def retranslate(self) -> None:
        self.script_combo.setToolTip(self.tr("Script this pane shows (Ctrl+Shift+T: next)"))
        self._update_header()

    def _update_header(self) -> None:
        article = self.article
        self.title_label.setText(self.convert(article.title) if article is not None else "")
        # the original's item says which script that is (原文 · 繁)
        source = article.script if article is not None else ""
        badge = {"hans": "简", "hant": "繁"}.get(source, "")
        self.script_combo.setItemText(0, MODE_LABELS[ScriptMode.ORIGINAL]["hans"] + (f" · {badge}" if badge else ""))
        i = self.script_combo.findData(self.script_mode.value)
        if i != self.script_combo.currentIndex():
            self.script_combo.setCurrentIndex(i)
        config = config_for(source, self.script_mode, self.effective_vocabulary) if source else None
        self.script_combo.setItemData(i, self.tr("OpenCC {0}").format(config) if config else self.tr("as written"),
                                      Qt.ItemDataRole.ToolTipRole)

    def opencc_config(self) -> str | None:
        """The OpenCC configuration the pane converts with now (None: shown as written)."""
        if self.article is None or not self.article.script:
            return None
        return config_for(self.article.script, self.script_mode, self.effective_vocabulary)

    # -- showing ------------------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._paint_accent()
        if self.article is not None:
            position = self.position()
            self._render()
            self.restore_position(position)

    def show_article(self, article: Article) -> None:
        if self.article is None or self.article.id != article.id:
            self._highlights = []
        self.article = article
        self._reflow_position = ""
        self._mark_needles, self._marks, self._current_mark = [], [], -1
        self._render()
        self._update_header()
        self.browser.verticalScrollBar().setValue(0)
        if self.find_bar.isVisible() and self.find_bar.box.text().strip():
            self._find(self.find_bar.box.text())  # the find bar stays open across articles
        self.articleShown.emit(article.id)

    # -- script ---------------------------------------------------------------------------------
    @property
    def effective_vocabulary(self) -> bool:
        return self.vocabulary or self.script_mode is ScriptMode.TW

    def set_script(self, mode: ScriptMode | str, vocabulary: bool | None = None,
                   show_changes: bool | None = None) -> None:
        """Show the article in `mode`, keeping the passage at the top and every mark."""
        mode = ScriptMode(mode)
        vocabulary = self.vocabulary if vocabulary is None else bool(vocabulary)
        show_changes = self.show_changes if show_changes is None else bool(show_changes)
        if (mode, vocabulary, show_changes) == (self.script_mode, self.vocabulary, self.show_changes):
            return
        self.script_mode, self.vocabulary, self.show_changes = mode, vocabulary, show_changes
        if self.article is not None:
            position = self.position()
            self._render()
            self.scroll_to_position(position)
        self._update_header()
        self.scriptChanged.emit(mode.value)

    def convert(self, text: str, source: str | None = None) -> str:
        """`text` (in the script `source`, by default the article's) as this pane shows text."""
        if source is None and self.article is not None:
            source = self.article.script
        return convert_text(text, self.script_mode, self.effective_vocabulary, source=source)

    def _render(self) -> None:
        doc = self.browser.document()
        doc.setDefaultStyleSheet(reading_css(self._theme))
        # setHtml may show or hide the scroll bar, which resizes the viewport mid-way: the
        # position of the old document means nothing for the new one
        self.shown = rendered_in_mode(self.article, self.script_mode, self.effective_vocabulary, self.show_changes)
        self._rendering = True
        try:
            self.browser.setHtml(self._article_html(self.article))
        finally:
            self._rendering = False
        if self.show_changes:
            self._underline_changes()
        self._map = TextMap(self.browser.document(), self.shown.blocks)
        self._anchor_pos, self._anchor_order = self._map.anchor_pos, self._map.anchor_order
        self._apply_measure()
        self._place_highlights()
        if self._mark_needles:  # the same words, found again in the new rendering
            current = self._current_mark
            self._find_marks()
            self._current_mark = min(current, len(self._marks) - 1)
        self._paint_marks(announce=bool(self._mark_needles))

    def _article_html(self, article: Article) -> str:
        from html import escape

        meta = " · ".join(x for x in (self.convert(article.outlet), article.date[:10]) if x)
        first = article.blocks[0] if article.blocks else None
        # a body that opens with its own title as a heading needs no second one
        has_title = first is not None and first.kind == "heading" and first.text.strip() == article.title.strip()
        head = "" if has_title else f'<h1 class="title">{escape(self.convert(article.title))}</h1>'
        if meta:
            head += f'<p class="byline">{escape(meta)}</p>'
        return head + (self.shown.html if self.shown is not None else article.html)

    def _underline_changes(self) -> None:
        """A faint dotted underline under every character the conversion changed.

        The spans that mark changes carry the original as their title, which Qt keeps as the
        tooltip of their characters; CSS cannot colour an underline, a char format can."""
        theme = self._theme or LIGHT
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor(theme.changed))
        doc = self.browser.document()
        cursor = QTextCursor(doc)
        spans = [(f.position(), f.position() + f.length()) for f in fragments(doc) if f.charFormat().toolTip()]
        cursor.beginEditBlock()  # one layout pass for all of them, not one per span
        for start, end in spans:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        cursor.endEditBlock()

    def changed_spans(self) -> list[tuple[str, str]]:
        """(shown text, original) of every change the pane marks (for tests and tooltips)."""
        out = []
        for frag in fragments(self.browser.document()):
            fmt = frag.charFormat()
            if fmt.toolTip() and fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine:
                out.append((frag.text(), fmt.toolTip()))
        return out

    def _apply_measure(self) -> None:
        """Centre a column of about MEASURE_EM characters, whatever the window width."""
        doc = self.browser.document()
        width = self.browser.viewport().width()
        em = self.browser.fontMetrics().horizontalAdvance("中")
        margin = max(MIN_MARGIN, (width - MEASURE_EM * em) // 2)
        fmt: QTextFrameFormat = doc.rootFrame().frameFormat()
        if int(fmt.leftMargin()) != margin:
            fmt.setLeftMargin(margin)
            fmt.setRightMargin(margin)
            fmt.setTopMargin(MIN_MARGIN)
            fmt.setBottomMargin(MIN_MARGIN * 4)
            doc.rootFrame().setFrameFormat(fmt)

    def _before_reflow(self) -> None:
        # a hidden pane has no real size yet: keep the position asked for, not its own
        if self.article is not None and self.browser.isVisible() and not self._rendering:
            self._reflow_position = self.position()

    def _after_resize(self, reflowed: bool) -> None:
        """Keep the passage at the top in place when a width change re-wraps the text."""
        self._apply_measure()
        if reflowed and self._reflow_position and not self._rendering:
            self.scroll_to_position(self._reflow_position)
        if self.browser.isVisible():
            self._reflow_position = ""

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("", "duidu") and url.fragment():
            self.scroll_to_block(url.fragment())
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    # -- marks: search hits and find-in-article ----------------------------------------------------
    def set_marks(self, needles: list[str], near_block: str | None = None, source: str = "search") -> int:
        """Mark every occurrence of the canonical `needles` (matched as search matches, in any
        script); with `near_block`, make the first hit from that block current and show it."""
        self._mark_needles = [n for n in needles if n]
        self._marks_from = source if self._mark_needles else ""
        self._find_marks()
        self._current_mark = -1
        if self._marks and near_block is not None:
            pos = self._anchor_pos.get(near_block, 0)
            i = bisect.bisect_left(self._marks, (pos, -1))
            self._current_mark = min(i, len(self._marks) - 1)
            self._show_current()
        self._paint_marks()
        return len(self._marks)

    def clear_marks(self) -> None:
        self.set_marks([])

    def step_mark(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) hit; the first step starts from the viewport."""
        if not self._marks:
            self.marksChanged.emit(0, 0)
            return
        if self._current_mark < 0:
            top = self._top_position()
            i = bisect.bisect_left(self._marks, (top, -1))
            self._current_mark = i % len(self._marks) if delta > 0 else (i - 1) % len(self._marks)
        else:
            self._current_mark = (self._current_mark + delta) % len(self._marks)
        self._show_current()
        self._paint_marks()

    def marked_texts(self) -> list[str]:
        """The text of every hit as the pane shows it (for tests and the status bar)."""
        return [self._span_text(s, e) for s, e in self._marks]

    def current_mark(self) -> tuple[int, str]:
        """(1-based index, text) of the current hit; (0, "") when none is current."""
        if self._current_mark < 0 or not self._marks:
            return 0, ""
        return self._current_mark + 1, self._span_text(*self._marks[self._current_mark])

    def open_find(self) -> None:
        selected = self.browser.textCursor().selectedText().strip()
        self.find_bar.open_bar(selected if 0 < len(selected) <= 50 else "")

    def _find(self, typed: str) -> None:
        from ...core.search.query import needle_text  # search's matching: loaded when first needed, not at start

        needle = needle_text(typed) if typed.strip() else ""
        self.set_marks([needle] if needle else [], near_block=None, source="find")
        if self._marks:  # like a browser: the first hit at or below the top of the view
            top_pos = self._top_position()
            i = bisect.bisect_left(self._marks, (top_pos, -1))
            self._current_mark = i % len(self._marks)
            self._show_current()
            self._paint_marks()

    def _find_closed(self) -> None:
        if self._marks_from == "find":
            self.clear_marks()
        self.browser.setFocus()

    def _find_marks(self) -> None:
        if not self._mark_needles:
            self._marks = []
            return
        from ...core.search.snippet import find_spans

        text, to_qt = document_text(self.browser.document())
        self._marks = [(to_qt(s), to_qt(e)) for s, e in find_spans(self._shown_needles(), text)]

    def _shown_needles(self) -> list[str]:
        """The needles, plus what regional vocabulary made of them in this pane (软件 shown as
        軟體 is still a hit for 软件)."""
        needles = list(self._mark_needles)
        article = self.article
        if not self.effective_vocabulary or article is None or not article.script:
            return needles
        for needle in self._mark_needles:
            variant = needle_as_shown(needle, article.script, self.script_mode, vocabulary=True)
            if variant and variant not in needles:
                needles.append(variant)
        return needles

    def _span_text(self, start: int, end: int) -> str:
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def _show_current(self) -> None:
        start, _end = self._marks[self._current_mark]
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(start)
        rect = self.browser.cursorRect(cursor)
        height = self.browser.viewport().height()
        if rect.top() < height // 8 or rect.bottom() > height - height // 8:
            bar = self.browser.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - height // 3)

    def _paint_marks(self, announce: bool = True) -> None:
        """Paint highlights, then search and find hits over them (all as extra selections)."""
        theme = self._theme or LIGHT
        plain, current = QTextCharFormat(), QTextCharFormat()
        plain.setBackground(QColor(theme.mark))
        current.setBackground(QColor(theme.mark_current))
        selections = []
        doc = self.browser.document()
        formats: dict[str, QTextCharFormat] = {}
        for start, end, hid in self._highlight_spans:
            key = self._highlight_color_of.get(hid, "")
            fmt = formats.get(key)
            if fmt is None:
                fmt = formats[key] = QTextCharFormat()
                color = QColor(self._highlight_colors.get(key, "#ffe066"))
                if theme.name == "dark":  # pastel under light text reads badly: darken the colour
                    color = color.darker(260)
                fmt.setBackground(color)
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        for i, (start, end) in enumerate(self._marks):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = current if i == self._current_mark else plain
            selections.append(selection)
        self.browser.setExtraSelections(selections)
        if announce:
            self.marksChanged.emit(self._current_mark + 1, len(self._marks))

    def set_caret_browsing(self, on: bool) -> None:
        """With a caret, arrow keys move a text cursor and Shift+arrows select (F7 in browsers)."""
        self.caret_browsing = bool(on)
        flags = Qt.TextInteractionFlag.TextBrowserInteraction
        if on:
            flags |= Qt.TextInteractionFlag.TextSelectableByKeyboard
            cursor = self.browser.cursorForPosition(QPoint(4, 4))
            cursor.setPosition(self._top_position())
            self.browser.setTextCursor(cursor)
        self.browser.setTextInteractionFlags(flags)
        self.browser.setFocus()

    # -- highlights ---------------------------------------------------------------------------
    def set_highlights(self, highlights: list, colors: dict[str, str]) -> None:
        """Paint `highlights` (of the article shown) in `colors` (key → "#rrggbb"), in any script."""
        self._highlights = [h for h in highlights if self.article is not None and h.article_id == self.article.id]
        self._highlight_colors = dict(colors)
        self._place_highlights()
        self._paint_marks(announce=False)

    def highlight_spans(self) -> list[tuple[str, str]]:
        """(highlight id, the text it covers as shown) for every highlight painted."""
        return [(hid, self._span_text(s, e)) for s, e, hid in self._highlight_spans]

    def _place_highlights(self) -> None:
        from ...core.highlights.anchoring import shown_span

        self._highlight_spans = []
        self._highlight_color_of = {h.id: h.color for h in self._highlights}
        if self.article is None or self.shown is None:
            return
        original = {b.id: b.text for b in self.article.blocks}
        shown = {b.id: b.text for b in self.shown.blocks}
        for h in self._highlights:
            if h.detached or h.block_id not in original or h.block_id not in self._anchor_pos:
                continue
            converted = shown.get(h.block_id)
            as_shown = None if converted == original[h.block_id] else converted
            try:
                s, e = shown_span(original[h.block_id], h.start, h.end, as_shown)
            except (ValueError, IndexError):
                continue
            span = self._map.span(h.block_id, s, e)
            if span is not None:
                self._highlight_spans.append((*span, h.id))
        self._highlight_spans.sort()

    def document_span(self, block_id: str, start: int, end: int) -> tuple[int, int] | None:
        """Characters [start, end) of a block's text as shown → document positions [start, end)."""
        return self._map.span(block_id, start, end) if self._map is not None else None

    def shown_block_text(self, block_id: str) -> str:
        """A block's text as the pane shows it (in its script mode)."""
        return next((b.text for b in self.shown.blocks if b.id == block_id), "") if self.shown else ""

    def selection_in_block(self) -> tuple[str, int, int, str] | None:
        """The selection as (block id, start, end, block text as shown), offsets into that text;
        a selection over several passages is cut at the end of the first. None: nothing chosen."""
        cursor = self.browser.textCursor()
        if not cursor.hasSelection() or self.shown is None or not self._anchor_order:
            return None
        text_map = self._map
        a, b = text_map.from_qt(cursor.selectionStart()), text_map.from_qt(cursor.selectionEnd())
        raw = text_map.raw()
        # the passage holding the first selected character that is not a space
        while a < b and raw[a] in _SPACES:
            a += 1
        if a >= b:
            return None
        block_id = text_map.block_at(text_map.to_qt(a))
        if block_id is None or block_id not in text_map.texts:
            return None
        start, end = text_map.offsets(block_id, cursor.selectionStart(), cursor.selectionEnd())
        text = self.shown_block_text(block_id)
        start, end = snap_selection(text, start, end)
        if end <= start:
            return None
        return block_id, start, end, text

    def highlight_at(self, pos: QPoint | None = None) -> str | None:
        """The id of the highlight under a viewport point (default: the text cursor)."""
        at = self.browser.cursorForPosition(pos).position() if pos is not None else self.browser.textCursor().position()
        for start, end, hid in self._highlight_spans:
            if start <= at < end or (pos is None and start <= at <= end):
                return hid
        return None

    def highlight_tooltip(self, point: QPoint) -> str:
        """What hovering a highlight shows: its note and tags ("" when there is no highlight)."""
        hid = self.highlight_at(point)
        h = next((h for h in self._highlights if h.id == hid), None)
        if h is None:
            return ""
        lines = [h.note.strip()] if h.note.strip() else []
        if h.tags:
            lines.append(" ".join(f"#{t}" for t in h.tags))
        return "\n".join(lines) or self.tr("Highlight (N: add a note)")

    def scroll_to_highlight(self, highlight_id: str) -> bool:
        span = next(((s, e) for s, e, hid in self._highlight_spans if hid == highlight_id), None)
        if span is None:
            return False
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(span[0])
        rect = self.browser.cursorRect(cursor)
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.browser.viewport().height() // 3)
        return True

    # -- zoom -----------------------------------------------------------------------------------
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

    def _apply_font(self) -> None:
        font = QFont()
        font.setFamilies(list(CJK_FAMILIES) + [font.defaultFamily()])
        font.setPointSizeF(BASE_POINT_SIZE * self.zoom)
        self.browser.setFont(font)
        self.browser.document().setDefaultFont(font)
        self._apply_measure()
        self.zoomChanged.emit(self.zoom)

    @property
    def font_point_size(self) -> float:
        return self.browser.document().defaultFont().pointSizeF()

    # -- positions ------------------------------------------------------------------------------
    def block_top(self, block_id: str) -> int | None:
        pos = self._anchor_pos.get(block_id)
        if pos is None:
            return None
        doc = self.browser.document()
        rect = doc.documentLayout().blockBoundingRect(doc.findBlock(pos))
        return int(rect.top())

    def scroll_to_block(self, block_id: str, delta: int = 0) -> bool:
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
        bar = self.browser.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 1.0

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
        return bool(block) and self.scroll_to_block(block, delta)

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

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Space:
            bar = self.browser.verticalScrollBar()
            bar.setValue(bar.value() + bar.pageStep())
            return
        super().keyPressEvent(event)
