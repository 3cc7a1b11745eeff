"""The highlights panel: every highlight of this article or of all, filtered by colour, tag and text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...core.content.library import Library
from ...core.errors import UnknownArticleError
from ...core.highlights.model import Highlight
from ...core.highlights.store import HighlightStore
from ..color_names import color_label
from ..i18n import Retranslating

HIGHLIGHT_ID_ROLE = Qt.ItemDataRole.UserRole
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RGB_ROLE = Qt.ItemDataRole.UserRole + 2
PARTS_ROLE = Qt.ItemDataRole.UserRole + 3  # _RowParts: what the delegate paints
SCOPES = ("article", "all")
ARTICLE_SCOPE = "article:"  # then an article id: the highlights of that article, whichever is open
DEBOUNCE_MS = 150
QUOTE_LINES = 3
NOTE_LINES = 2
DETACHED_COLOR = "#c0392b"
FALLBACK_RGB = "#999999"  # a colour the store no longer knows


def swatch_icon(rgb: str, size: int = 16) -> QIcon:
    """A small rounded square of a highlight colour (combos, dialogs)."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(rgb))
    painter.setPen(QColor(0, 0, 0, 60))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pix)


@dataclass(frozen=True)
class _RowParts:
    """What one row shows, each part "" when absent."""

    quote: str  # as the pane shows it, on one line
    note: str
    meta: str  # #tags · date (· article title)
    marker: str  # the detached warning

    @property
    def text(self) -> str:
        return "\n".join(p for p in (self.quote, self.note, self.meta, self.marker) if p)


def _lines(text: str, font: QFont, width: int, limit: int) -> list[str]:
    """`text` wrapped to `width`, at most `limit` lines, the last one elided when it goes on."""
    if not text:
        return []
    layout = QTextLayout(text, font)
    layout.beginLayout()
    spans = []
    while len(spans) <= limit:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[s:s + n].rstrip() for s, n in spans[:limit]]
    if len(spans) > limit:
        rest = text[spans[limit - 1][0]:]
        lines[-1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines


class _HighlightDelegate(QStyledItemDelegate):
    """Paints a row: a colour bar, the quote (three lines at most), the note, then tags, date and
    title in a smaller muted line, and the detached marker."""

    BAR = 5
    PAD = 6

    def _sections(self, option: QStyleOptionViewItem, index: QModelIndex, width: int) -> list[tuple]:
        """(font, lines, colour) of each part, top to bottom; colour None: the text colour."""
        parts: _RowParts = index.data(PARTS_ROLE)
        base = QFont(option.font)
        note_font = QFont(base)
        note_font.setItalic(True)
        small = QFont(base)
        small.setPointSizeF(max(6.0, base.pointSizeF() * 0.88))
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText)
        return [(base, _lines(parts.quote, base, width, QUOTE_LINES), None),
                (note_font, _lines(parts.note, note_font, width, NOTE_LINES), None),
                (small, _lines(parts.meta, small, width, 1), muted),
                (small, _lines(parts.marker, small, width, 2), QColor(DETACHED_COLOR))]

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width()
        view = option.widget
        if width <= 0 and view is not None:
            width = view.viewport().width()
        return max(80, width - self.BAR - 3 * self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = option.rect
        painter.save()
        painter.fillRect(QRect(rect.left() + 2, rect.top() + 3, self.BAR, rect.height() - 6),
                         QColor(index.data(RGB_ROLE)))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        x = rect.left() + self.BAR + 2 * self.PAD
        y = rect.top() + self.PAD
        width = self._text_width(option)
        for font, lines, color in self._sections(option, index, width):
            if selected:
                color = option.palette.color(QPalette.ColorRole.HighlightedText)
            elif color is None:
                color = option.palette.color(QPalette.ColorRole.Text)
            painter.setFont(font)
            painter.setPen(color)
            height = QFontMetrics(font).lineSpacing()
            for line in lines:
                painter.drawText(QRect(x, y, width, height), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 line)
                y += height
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt API
        width = self._text_width(option)
        height = sum(QFontMetrics(font).lineSpacing() * len(lines)
                     for font, lines, _ in self._sections(option, index, width))
        return QSize(width + self.BAR + 3 * self.PAD, height + 2 * self.PAD)


def _same(text: str) -> str:
    return text


class HighlightsPanel(Retranslating, QWidget):
    """Lists highlights (this article or all) and forwards what the user wants done with one;
    it never changes the store itself, so the window can make every change undoable."""

    highlightActivated = Signal(str, str)  # article id, highlight id: go there
    editRequested = Signal(str)  # highlight id: open the note and tags dialog
    deleteRequested = Signal(str)  # highlight id: the user asked to delete it

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.store: HighlightStore | None = None
        self.library: Library | None = None
        self.article_id: str | None = None
        # article id → a function showing that article's text in the script the panes show
        self.converter_for: Callable[[str], Callable[[str], str]] = lambda _article_id: _same
        self._titles: dict[str, str] = {}

        self.scope_box = QComboBox(self)
        self.scope_box.setObjectName("highlightScope")
        for scope in SCOPES:
            self.scope_box.addItem("", scope)
        self.color_box = QComboBox(self)
        self.color_box.setObjectName("highlightColorFilter")
        self.color_box.addItem("", None)
        self.tag_box = QComboBox(self)
        self.tag_box.setObjectName("highlightTagFilter")
        self.tag_box.addItem("", None)
        self.text_box = QLineEdit(self)
        self.text_box.setObjectName("highlightTextFilter")
        self.text_box.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("highlightCount")
        self.count_label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("highlightList")
        self.list.setItemDelegate(_HighlightDelegate(self.list))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.itemClicked.connect(self._activate)
        self.list.itemActivated.connect(self._activate)
        self.list.customContextMenuRequested.connect(self._show_menu)
        self.list.installEventFilter(self)

        self.edit_action = QAction(self)
        self.edit_action.triggered.connect(lambda: self._request(self.editRequested))
        self.copy_action = QAction(self)
        self.copy_action.triggered.connect(self.copy_quote)
        self.delete_action = QAction(self)
        self.delete_action.triggered.connect(lambda: self._request(self.deleteRequested))

        filters = QHBoxLayout()
        filters.addWidget(self.color_box, 1)
        filters.addWidget(self.tag_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.scope_box)
        layout.addLayout(filters)
        layout.addWidget(self.text_box)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list, 1)

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._populate)
        self.text_box.textChanged.connect(lambda _t: self._debounce.start())
        for box in (self.scope_box, self.color_box, self.tag_box):
            box.currentIndexChanged.connect(lambda _i: self._populate())
        self.retranslate()

    def retranslate(self) -> None:
        self.scope_box.setItemText(0, self.tr("This article"))
        self.scope_box.setItemText(1, self.tr("All articles"))
        self.color_box.setItemText(0, self.tr("All colours"))
        self.tag_box.setItemText(0, self.tr("All tags"))
        self.text_box.setPlaceholderText(self.tr("Filter quotes and notes"))
        self.text_box.setAccessibleName(self.tr("Filter quotes and notes"))
        self.scope_box.setAccessibleName(self.tr("Highlights of"))
        self.color_box.setAccessibleName(self.tr("Colour"))
        self.tag_box.setAccessibleName(self.tr("Tag"))
        self.list.setAccessibleName(self.tr("Highlights"))
        self.edit_action.setText(self.tr("Edit Note and Tags…"))
        self.copy_action.setText(self.tr("Copy Quote"))
        self.delete_action.setText(self.tr("Delete"))
        self._fill_filters()  # a colour with its default name is named in the new language
        self._populate()

    # -- driving --------------------------------------------------------------------------------
    def set_store(self, store: HighlightStore | None, library: Library | None) -> None:
        self.store = store
        self.library = library
        self._titles = {}
        self.refresh()

    def set_current_article(self, article_id: str | None) -> None:
        if article_id == self.article_id:
            return
        self.article_id = article_id
        if self.scope == "article":
            self._populate()

    def set_converter(self, convert: Callable[[str], str] | None) -> None:
        """Show quotes and titles through `convert` (the pane's script mode; None: as stored)."""
        self.set_converter_for((lambda _article_id: convert) if convert is not None else None)

    def set_converter_for(self, converter_for: Callable[[str], Callable[[str], str]] | None) -> None:
        """Like set_converter, with a function per article (each article has its own script)."""
        self.converter_for = converter_for or (lambda _article_id: _same)
        self._populate()

    def refresh(self) -> None:
        """Read the store again (after an add, edit, delete, undo or a colour renamed); the
        selected highlight stays selected while it exists."""
        self._fill_filters()
        self._populate()

    @property
    def scope(self) -> str:
        return self.scope_box.currentData()

    # -- filters and rows -----------------------------------------------------------------------
    def _fill_filters(self) -> None:
        colors = self.store.colors() if self.store is not None else []
        tags = self.store.tags() if self.store is not None else []
        self._refill(self.color_box, [(color_label(c), c.key, swatch_icon(c.rgb)) for c in colors])
        self._refill(self.tag_box, [(f"#{tag}", tag, None) for tag in tags])
        # then each article that has highlights, by title
        articles = dict.fromkeys(h.article_id for h in self.store.list()) if self.store is not None else {}
        chosen = self.scope_box.currentData()
        self.scope_box.blockSignals(True)
        while self.scope_box.count() > len(SCOPES):
            self.scope_box.removeItem(len(SCOPES))
        for article_id in sorted(articles, key=self._title):
            self.scope_box.addItem(self.converter_for(article_id)(self._title(article_id)), ARTICLE_SCOPE + article_id)
        self.scope_box.setCurrentIndex(max(0, self.scope_box.findData(chosen)))
        self.scope_box.blockSignals(False)

    @staticmethod
    def _refill(box: QComboBox, entries: list[tuple[str, str, QIcon | None]]) -> None:
        """Replace a filter's choices after its first ("All …"), keeping the chosen one if it is still there."""
        chosen = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for text, data, icon in entries:
            if icon is None:
                box.addItem(text, data)
            else:
                box.addItem(icon, text, data)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        box.blockSignals(False)

    def _highlights(self) -> list[Highlight]:
        if self.store is None or (self.scope == "article" and self.article_id is None):
            return []
        scope = self.scope or "article"
        article_id = (self.article_id if scope == "article" else
                      scope[len(ARTICLE_SCOPE):] if scope.startswith(ARTICLE_SCOPE) else None)
        return self.store.list(article_id=article_id,
                               color=self.color_box.currentData(), tag=self.tag_box.currentData(),
                               text=self.text_box.text().strip() or None)

    def _populate(self) -> None:
        self._debounce.stop()
        selected = self.current_id()
        highlights = self._highlights()
        rgb = {c.key: c.rgb for c in self.store.colors()} if self.store is not None else {}
        self.list.blockSignals(True)
        self.list.clear()
        for h in highlights:
            parts = self._parts(h)
            item = QListWidgetItem(parts.text)
            item.setData(HIGHLIGHT_ID_ROLE, h.id)
            item.setData(ARTICLE_ID_ROLE, h.article_id)
            item.setData(RGB_ROLE, rgb.get(h.color, FALLBACK_RGB))
            item.setData(PARTS_ROLE, parts)
            item.setToolTip(self.converter_for(h.article_id)(h.exact) + (f"\n\n{h.note}" if h.note else ""))
            self.list.addItem(item)
            if h.id == selected:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.count_label.setText(self._count_text(highlights))

    def _parts(self, h: Highlight) -> _RowParts:
        convert = self.converter_for(h.article_id)
        meta = [" ".join(f"#{tag}" for tag in h.tags), h.created[:10]]
        if self.scope == "all":
            meta.append(convert(self._title(h.article_id)))
        marker = self.tr("detached — quote not found in the current text") if h.detached else ""
        return _RowParts(" ".join(convert(h.exact).split()), h.note.strip(), " · ".join(m for m in meta if m),
                         marker)

    def _count_text(self, highlights: list[Highlight]) -> str:
        if self.store is not None and self.scope == "article" and self.article_id is None:
            return self.tr("No article is open")
        if not highlights:
            return self.tr("No highlights")
        text = self.tr("1 highlight") if len(highlights) == 1 else self.tr("{0} highlights").format(len(highlights))
        detached = sum(h.detached for h in highlights)
        if detached:
            text += " · " + self.tr("{0} detached (quote not found in the current text)").format(detached)
        return text

    def _title(self, article_id: str) -> str:
        if article_id not in self._titles:
            try:
                self._titles[article_id] = self.library.get(article_id).title if self.library else article_id
            except UnknownArticleError:
                self._titles[article_id] = article_id
        return self._titles[article_id]

    # -- what the user does with a row ----------------------------------------------------------
    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(HIGHLIGHT_ID_ROLE) if item else None

    def _activate(self, item: QListWidgetItem) -> None:
        self.highlightActivated.emit(item.data(ARTICLE_ID_ROLE), item.data(HIGHLIGHT_ID_ROLE))

    def _request(self, signal) -> None:
        highlight_id = self.current_id()
        if highlight_id:
            signal.emit(highlight_id)

    def copy_quote(self) -> None:
        """Put the current row's quote, as shown, on the clipboard."""
        item = self.list.currentItem()
        if item is not None:
            QGuiApplication.clipboard().setText(item.data(PARTS_ROLE).quote)

    def context_menu(self) -> QMenu:
        """The menu of the current row: edit, copy, delete."""
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addAction(self.copy_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        self.list.setCurrentItem(item)
        menu = self.context_menu()
        menu.exec(self.list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.list and event.type() == QEvent.Type.KeyPress and self.list.currentItem() is not None:
            if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
                self._request(self.deleteRequested)
                return True
            if event.key() == Qt.Key.Key_F2:
                self._request(self.editRequested)
                return True
        return super().eventFilter(obj, event)

    # -- for tests ------------------------------------------------------------------------------
    def rows(self) -> list[str]:
        """Highlight ids in display order."""
        return [self.list.item(row).data(HIGHLIGHT_ID_ROLE) for row in range(self.list.count())]

    def row_text(self, row: int) -> str:
        """What row `row` says: quote, note, tags · date (· title), marker, one per line. The
        painted row elides the quote after three lines."""
        return self.list.item(row).text()
