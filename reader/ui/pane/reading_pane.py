"""ReadingPane: one article rendered in a QTextBrowser, addressable by block id."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.content.article import Article
from ...core.content.blocks import Rendered
from ...core.script.modes import MODE_LABELS, ScriptMode, config_for
from ...core.script.rendering import rendered_in_mode
from ..i18n import Retranslating
from ..themes import LIGHT, Theme, reading_css
from .browser import ReaderBrowser
from .coverage_strip import CoverageStrip
from .find_bar import FindBar
from .highlight_layer import PaneHighlights
from .history import PaneHistory
from .marks import PaneMarks
from .passages import PanePassages
from .positions import PanePositions
from .script_view import PaneScript
from .text_map import TextMap
from .topic_bar import TopicBar
from .zoom import ZOOM_STEPS, PaneZoom


class ReadingPane(Retranslating, PaneScript, PaneMarks, PaneHighlights, PanePositions, PanePassages, PaneHistory,
                  PaneZoom, QWidget):
    """Shows one article; knows where each block starts so others can scroll to a passage."""

    articleShown = Signal(str)  # article id
    zoomChanged = Signal(float)  # the zoom factor the user stepped to (not one set by the program)
    topBlockChanged = Signal(str)  # id of the block at the top of the viewport
    marksChanged = Signal(int, int)  # the current hit (1-based; 0 = none chosen yet), hits in all
    scriptChanged = Signal(str)  # the ScriptMode value now shown
    activated = Signal()  # the user clicked into the pane (its header too, which takes no focus)
    passageClicked = Signal(str)  # block id of the passage clicked (or the caret moved into)
    laidOut = Signal()  # the text was laid out anew (rendered, zoomed, re-wrapped): block tops moved
    lockToggled = Signal(bool)  # the pane stops (True) or starts again (False) following the others
    historyRequested = Signal(int)  # a mouse's back (-1) or forward (1) button over the text
    historyChanged = Signal()  # a jump recorded the place it left

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
        self._passage_marks: list[tuple[str, str]] = []  # (block id, "chosen" / "counterpart") in compare mode
        # the pane's header: which article, and the script it is shown in
        self.header = QWidget(self)
        self.header.setObjectName("paneHeader")
        self.header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # so the accent shows
        self.header.installEventFilter(self)
        self.is_current = False  # the pane the window's actions go to, when there are several
        self.caret_browsing = False  # F7: a text cursor that Shift+arrows extend
        self._caret_block: str | None = None  # the passage the caret is in (compare mode follows it)
        self.title_label = QLabel(self.header)
        self.title_label.setObjectName("paneTitle")
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.script_combo = QComboBox(self.header)
        self.script_combo.setObjectName("scriptCombo")
        self.script_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for mode in ScriptMode:
            self.script_combo.addItem(mode.label, mode.value)
        self.script_combo.activated.connect(lambda i: self.set_script(self.script_combo.itemData(i)))
        self.compare_button = QToolButton(self.header)  # "Compare with…": the window fills its menu
        self.compare_button.setObjectName("compareButton")
        self.compare_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.compare_button.setAutoRaise(True)
        self.compare_button.setText("⇄")
        self.compare_menu = QMenu(self.compare_button)
        self.compare_button.setMenu(self.compare_menu)
        self.lock_button = QToolButton(self.header)
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setCheckable(True)
        self.lock_button.setAutoRaise(True)
        self.lock_button.toggled.connect(self._lock_toggled)
        self.lock_button.hide()  # shown in compare mode
        row = QHBoxLayout(self.header)
        row.setContentsMargins(10, 2, 6, 2)
        row.addWidget(self.title_label, 1)
        row.addWidget(self.lock_button)
        row.addWidget(self.compare_button)
        row.addWidget(self.script_combo)
        # what compare mode found for the chosen passage: over the text's bottom edge, so that
        # showing it never moves the text (a child of the pane: the viewport's children scroll)
        self.notice = QLabel(self)
        self.notice.setObjectName("paneNotice")
        self.notice.setWordWrap(True)
        self.notice.setContentsMargins(10, 3, 10, 3)
        self.notice.setAutoFillBackground(True)
        self.notice.hide()
        self.browser.viewport().installEventFilter(self)  # to keep the notice at the bottom edge
        self.browser.installEventFilter(self)  # its focus shows as the accent line
        self.text_row = QHBoxLayout()  # the text, and beside it compare mode's coverage strip
        self.text_row.setContentsMargins(0, 0, 0, 0)
        self.text_row.setSpacing(0)
        self.text_row.addWidget(self.browser, 1)
        self.coverage_strip = CoverageStrip(self)
        self.text_row.addWidget(self.coverage_strip)
        self.topic_bar = TopicBar(self)  # the passages' topics: hover, and the margin bar when on
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addLayout(self.text_row, 1)
        layout.addWidget(self.find_bar)
        self.browser.clicked.connect(self._clicked)
        self.browser.cursorPositionChanged.connect(self._caret_moved)
        self._top_timer = QTimer(self, singleShot=True, interval=80)
        self._top_timer.timeout.connect(lambda: self.topBlockChanged.emit(self.top_block() or ""))
        self.browser.verticalScrollBar().valueChanged.connect(lambda _v: self._top_timer.start())
        self.browser.verticalScrollBar().rangeChanged.connect(lambda _a, _b: self._top_timer.start())  # progress
        self.setFocusProxy(self.browser)
        self._init_history()
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
        # the accent marks the pane the actions go to, and the text with the keyboard focus
        edge = theme.accent if self.is_current or self.browser.hasFocus() else "transparent"
        self.header.setStyleSheet(f"QWidget#paneHeader {{ border-top: 3px solid {edge}; }}")
        self.notice.setStyleSheet(f"QLabel#paneNotice {{ background: {theme.window}; color: {theme.text}; "
                                  f"border: 1px solid {theme.rule}; border-radius: 4px; }}")

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.header and event.type() == QEvent.Type.MouseButtonPress:
            self.activated.emit()
        elif watched is self.browser and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._paint_accent()
        elif event.type() == QEvent.Type.Resize and watched is self.browser.viewport() and self.notice.isVisible():
            self._place_notice()
        return False

    def state(self) -> dict:
        """What the pane shows, to open it the same way at the next start."""
        return {"article": self.article.id if self.article is not None else "", "script": self.script_mode.value,
                "vocabulary": self.vocabulary, "show_changes": self.show_changes, "zoom": self.zoom,
                "position": self.position() if self.article is not None else "", "locked": self.locked}

    @property
    def locked(self) -> bool:
        """A locked pane does not follow the others' scrolling in compare mode."""
        return self.lock_button.isChecked()

    def set_locked(self, on: bool) -> None:
        self.lock_button.setChecked(bool(on))

    def _lock_toggled(self, on: bool) -> None:
        self._label_lock()
        self.lockToggled.emit(on)

    def _label_lock(self) -> None:
        self.lock_button.setText(self.tr("Locked") if self.locked else self.tr("Follows"))

    def _clicked(self, point) -> None:
        block = self.block_at_point(point)
        if block:
            self.passageClicked.emit(block)

    def _caret_moved(self) -> None:
        if self.caret_browsing and self._map is not None:
            block = self._map.block_at(self.browser.textCursor().position())
            if block and block != self._caret_block:
                self._caret_block = block
                self.passageClicked.emit(block)

    def retranslate(self) -> None:
        self.lock_button.setToolTip(self.tr("Lock: this pane stops following the others' scrolling"))
        self._label_lock()
        self.compare_button.setToolTip(self.tr("Compare this article with another, side by side"))
        self.compare_button.setAccessibleName(self.tr("Compare with"))
        self.script_combo.setAccessibleName(self.tr("Script shown"))
        self.browser.setAccessibleDescription(self.tr("The article. Space and Shift+Space: page down and up; "
                                                      "Alt+Left: back"))
        self.script_combo.setToolTip(self.tr("Script this pane shows (Ctrl+Shift+T: next)"))
        self._update_header()

    def _update_header(self) -> None:
        article = self.article
        self.title_label.setText(self.convert(article.title) if article is not None else "")
        self.browser.setAccessibleName(self.title_label.text() or self.tr("Article"))
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
            self.note_jump()
            self._highlights = []
        self.article = article
        self.browser.article_path = article.path
        self._reflow_position = ""
        self._passage_marks = []
        self.show_notice("")
        self._mark_needles, self._marks, self._current_mark = [], [], -1
        self._render()
        self._update_header()
        self.browser.verticalScrollBar().setValue(0)
        if self.find_bar.isVisible() and self.find_bar.box.text().strip():
            self._find(self.find_bar.box.text())  # the find bar stays open across articles
        self.articleShown.emit(article.id)

    def _render(self) -> None:
        doc = self.browser.document()
        doc.setDefaultStyleSheet(reading_css(self._theme, self.reading_style))
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
        self.laidOut.emit()

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
        if reflowed:
            self.laidOut.emit()

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("", "duidu") and url.fragment():
            self.scroll_to_block(url.fragment())
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

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

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Space:  # Shift+Space: back a page, as in a browser
            bar = self.browser.verticalScrollBar()
            up = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            bar.setValue(bar.value() - bar.pageStep() if up else bar.value() + bar.pageStep())
            return
        super().keyPressEvent(event)
