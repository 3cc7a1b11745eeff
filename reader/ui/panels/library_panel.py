"""The library sidebar: one entry per article with outlet, date, script badge and length; a topic
chip narrows the list to the articles that cover the chosen topics."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from ...core.content.article import Article
from ...core.content.library import Library
from ...core.content.roots import in_folder
from ...core.errors import UnknownArticleError
from ..i18n import Retranslating
from .topic_filter import TopicFilter

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole
ERROR_ROLE = Qt.ItemDataRole.UserRole + 1  # True: the file could not be read
SORT_KEYS = ("date", "title")
BADGE_TEXT = {"hans": "简", "hant": "繁"}
BADGE_COLOR = {"hans": "#b5523b", "hant": "#3b6fb5", "error": "#c0392b"}


_BADGES: dict[tuple[str, str], QIcon] = {}


def _badge_icon(text: str, color: str) -> QIcon:
    """The badge before an entry (简, 繁, !): drawn once per kind, not once per entry."""
    icon = _BADGES.get((text, color))
    if icon is None:
        icon = _BADGES[(text, color)] = _draw_badge(text, color)
    return icon


def _draw_badge(text: str, color: str) -> QIcon:
    size = 32
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 7, 7)
    font = QFont()
    font.setPixelSize(19)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(pix.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pix)


class LibraryPanel(Retranslating, QWidget):
    articleSelected = Signal(str)  # article id
    openInNewPaneRequested = Signal(str)  # article id: Ctrl+click, middle click or the context menu
    compareRequested = Signal(str)  # article id: "Compare with the Current Article" in the context menu
    sortChanged = Signal(str)  # "date" or "title"
    fileActionRequested = Signal(str, str)  # "info" or "remove", article id: the context menu

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.library: Library | None = None
        self.sort_key = "date"
        self.covered: dict[str, set[str]] | None = None  # article id → topics it covers (None: not known yet)
        self.list = QListWidget(self)
        self.list.setObjectName("libraryList")
        self.list.setIconSize(QSize(26, 26))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(False)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.viewport().installEventFilter(self)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.sort_box = QComboBox(self)
        self.sort_box.setObjectName("librarySort")
        self.sort_box.addItem("", "date")
        self.sort_box.addItem("", "title")
        self.sort_box.currentIndexChanged.connect(lambda i: self.set_sort(self.sort_box.itemData(i)))
        header = QHBoxLayout()
        self.sort_label = QLabel(self)
        header.addWidget(self.sort_label)
        header.addWidget(self.sort_box, 1)
        self.topic_filter = TopicFilter(self)
        self.topic_filter.changed.connect(self._topics_chosen)
        self.topic_filter.hide()  # until the topics are read (after the first paint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.topic_filter)
        layout.addWidget(self.list)
        self.retranslate()

    def describe(self, article: Article) -> str:
        """The second line of a library entry: outlet · date · length · reading time."""
        parts = [article.outlet, article.date[:10], self.tr("{0:,} characters").format(article.chars),
                 self.tr("about {0} min").format(article.reading_minutes)]
        return " · ".join(p for p in parts if p)

    def retranslate(self) -> None:
        self.sort_label.setText(self.tr("Sort:"))
        self.sort_label.setBuddy(self.sort_box)  # the box's name for a screen reader
        self.list.setAccessibleName(self.tr("Library"))
        self.list.setAccessibleDescription(self.tr("The arrow keys open an article; Ctrl+click or a middle click opens it in a new pane"))
        self.sort_box.setItemText(0, self.tr("Newest first"))
        self.sort_box.setItemText(1, self.tr("By title"))
        if self.library is not None:
            current = self.current_id()
            self._populate()
            if current:
                self.select(current, emit=False)

    def set_library(self, library: Library) -> None:
        self.library = library
        self._populate()

    def set_sort(self, key: str) -> None:
        if key not in SORT_KEYS:
            return
        self.sort_key = key
        self.sort_box.blockSignals(True)
        self.sort_box.setCurrentIndex(SORT_KEYS.index(key))
        self.sort_box.blockSignals(False)
        current = self.current_id()
        self._populate()
        if current:
            self.select(current, emit=False)
        self.sortChanged.emit(key)

    def sorted_articles(self) -> list[Article]:
        """Readable articles in the chosen order (newest first, or by title); broken files last."""
        if self.library is None:
            return []
        readable = [a for a in self.library if not a.error]
        broken = sorted((a for a in self.library if a.error), key=lambda a: a.path.name)
        if self.sort_key == "title":
            readable.sort(key=lambda a: a.title)
        else:
            readable.sort(key=lambda a: a.date, reverse=True)
        return readable + broken

    def set_topic_coverage(self, topics, covered: dict[str, set[str]], script: str) -> None:
        """The topics the chip offers, and which of them each article covers (the core's decision)."""
        self.covered = covered
        self.topic_filter.set_topics(topics, script)
        self.topic_filter.setVisible(len(topics) > 0)
        self._topics_chosen()

    def shown_articles(self) -> list[Article]:
        """The entries of the list: the sorted articles that cover every chosen topic."""
        articles = self.sorted_articles()
        chosen = set(self.topic_filter.chosen())
        if not chosen or self.covered is None:
            return articles
        return [a for a in articles if chosen <= self.covered.get(a.id, set())]

    def _topics_chosen(self) -> None:
        current = self.current_id()
        self._populate()
        if current:
            self.select(current, emit=False)

    def _populate(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        shown = self.shown_articles()
        self.topic_filter.set_count(len(shown), sum(1 for a in self.library or () if not a.error))
        for article in shown:
            if article.error:
                item = QListWidgetItem(_badge_icon("!", BADGE_COLOR["error"]),
                                       article.path.name + "\n" + self.tr("Cannot open: {0}").format(article.error))
                item.setToolTip(article.error)
                item.setForeground(QColor(BADGE_COLOR["error"]))
            else:
                script = article.script
                item = QListWidgetItem(_badge_icon(BADGE_TEXT.get(script, "?"), BADGE_COLOR.get(script, "#777")),
                                       f"{article.title}\n{self.describe(article)}")
                item.setToolTip(f"{article.title}\n{self.describe(article)}\n{article.path.name}")
            item.setData(ARTICLE_ID_ROLE, article.id)
            item.setData(ERROR_ROLE, bool(article.error))
            self.list.addItem(item)
        self.list.blockSignals(False)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ARTICLE_ID_ROLE) if item else None

    def item_for(self, article_id: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ARTICLE_ID_ROLE) == article_id:
                return item
        return None

    def select(self, article_id: str, emit: bool = True) -> bool:
        item = self.item_for(article_id)
        if item is None:
            return False
        self.list.blockSignals(not emit)
        self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        return True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        """Ctrl+click or a middle click opens the entry beside the current pane, not in it."""
        if watched is self.list.viewport() and event.type() in (QEvent.Type.MouseButtonPress,
                                                                 QEvent.Type.MouseButtonDblClick):
            beside = event.button() == Qt.MouseButton.MiddleButton or (
                event.button() == Qt.MouseButton.LeftButton
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            item = self.list.itemAt(event.position().toPoint())
            if beside and item is not None:
                if event.type() == QEvent.Type.MouseButtonPress and not item.data(ERROR_ROLE):
                    self.openInNewPaneRequested.emit(item.data(ARTICLE_ID_ROLE))
                return True  # the current entry stays: it is still what the current pane shows
        return super().eventFilter(watched, event)

    def _context_menu(self, pos) -> None:
        item = self.list.itemAt(pos)
        if item is None or item.data(ERROR_ROLE):
            return
        menu = QMenu(self)
        article_id = item.data(ARTICLE_ID_ROLE)
        menu.addAction(self.tr("Open")).triggered.connect(lambda: self.select(article_id))
        menu.addAction(self.tr("Open in New Pane")).triggered.connect(
            lambda: self.openInNewPaneRequested.emit(article_id))
        menu.addAction(self.tr("Compare with the Current Article")).triggered.connect(
            lambda: self.compareRequested.emit(article_id))
        menu.addSeparator()
        menu.addAction(self.tr("Article Info…")).triggered.connect(
            lambda: self.fileActionRequested.emit("info", article_id))
        remove = menu.addAction(self.tr("Remove from Library"))
        remove.setObjectName("removeFromLibraryEntry")
        remove.setEnabled(self.removable(article_id))
        remove.triggered.connect(lambda: self.fileActionRequested.emit("remove", article_id))
        self.context_menu = menu  # for tests
        menu.popup(self.list.viewport().mapToGlobal(pos))

    def removable(self, article_id: str) -> bool:
        """Only the reader's own (imported) articles can be removed; the bundled ones stay."""
        try:
            article = self.library.get(article_id) if self.library is not None else None
        except UnknownArticleError:
            return False
        return article is not None and in_folder(article.path, self.library.library_dir)

    def _current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            self.articleSelected.emit(current.data(ARTICLE_ID_ROLE))
