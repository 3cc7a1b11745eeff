"""The search panel: a box that searches as you type, and results as articles with passages."""

from __future__ import annotations

import time
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import QueryError, SearchIndexError
from ..core_messages import shown
from ..i18n import Retranslating

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 2
BLOCK_ROLE = Qt.ItemDataRole.UserRole + 3
DEBOUNCE_MS = 250
RESULT_LIMIT = 50


class _HtmlDelegate(QStyledItemDelegate):
    """Paints an item's HTML_ROLE (snippets with marked hits), wrapped to the column width."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        doc.setHtml(index.data(HTML_ROLE) or escape(index.data() or ""))
        doc.setTextWidth(max(80, option.rect.width()))
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        view = option.widget
        width = option.rect.width()
        if view is not None and width <= 0:
            depth, parent = 1, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width = view.viewport().width() - depth * view.indentation() - 4
        opt = QStyleOptionViewItem(option)
        opt.rect.setWidth(max(80, width))
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


def _same(text: str) -> str:
    return text


class SearchPanel(Retranslating, QWidget):
    """Search the library (Whoosh index, either script); activating a passage opens it marked."""

    # article id, block id ("" = first hit), needles to mark, in a new pane (Ctrl+click, Ctrl+Enter)
    passageActivated = Signal(str, str, list, bool)
    searched = Signal(str, int)  # the query, articles found
    repaired = Signal(str)  # a search found the index damaged and rebuilt it: what happened

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.index = None
        self.ready = False
        # article id → a function that shows that article's text in the script the panes show
        self.converter_for: Callable[[str], Callable[[str], str]] = lambda _article_id: _same
        self.needles: list[str] = []
        self.box = QLineEdit(self)
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("searchSummary")
        self.summary.setWordWrap(True)
        self.results = QTreeWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(True)
        self.results.setUniformRowHeights(False)
        self.results.setWordWrap(True)
        self.results.setItemDelegate(_HtmlDelegate(self.results))
        self.results.itemClicked.connect(self._activate)
        self.results.itemActivated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.box)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.as_you_type = True  # Edit ▸ Preferences: off, a search runs on Enter only
        self.box.textEdited.connect(lambda _t: self._debounce.start() if self.as_you_type else None)
        self.box.returnPressed.connect(self._enter)
        self.box.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.box.setPlaceholderText(self.tr('Search all articles: 强化学习, "认知核心", title:, -word'))
        self.box.setAccessibleName(self.tr("Search all articles"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.box.setToolTip(self.tr('Either script finds both. Space: all words; OR: either; -word: without; '
                                    '"…": exact phrase; title:, outlet:, date:2025-10..2025-12; topic:rl (see the Timeline of Topics)'))
        if self.box.text().strip() and self.ready:
            self.run_search()

    # -- driving --------------------------------------------------------------------------------
    def set_index(self, index, ready: bool) -> None:
        self.index = index
        self.ready = ready
        if ready and self.box.text().strip():
            self.run_search()
        elif not ready:
            self.summary.setText(self.tr("Indexing the library…"))

    def focus_box(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def run_search(self) -> None:
        self._debounce.stop()
        text = self.box.text()
        self.results.clear()
        self.needles = []
        if not text.strip():
            self.summary.setText("")
            return
        if self.index is None or not self.ready:
            self.summary.setText(self.tr("Indexing the library… the search runs when it is done."))
            return
        t0 = time.perf_counter()
        try:
            hits = self.index.search(text, limit=RESULT_LIMIT)
            from ...core.search.query import parse_query  # not needed to show the window

            self.needles = parse_query(text).needles()
        except QueryError as exc:
            self.summary.setText(shown(exc))
            return
        except SearchIndexError as exc:
            self.summary.setText(self.tr("Search is unavailable: {0}").format(exc))
            return
        ms = (time.perf_counter() - t0) * 1000
        report = getattr(self.index, "repair_report", None)
        if report is not None and report is not getattr(self, "_announced", None):
            self._announced = report
            self.repaired.emit(report.message)
        for hit in hits:
            self._add_hit(hit)
        if hits:
            total = sum(h.hits for h in hits)
            if not total and hits[0].matched_by:  # title:, date:… alone: articles, not hits
                self.summary.setText(self.tr("{0} articles match ({1:.0f} ms)").format(len(hits), ms))
            else:
                self.summary.setText(self.tr("{0} articles, {1} hits ({2:.0f} ms)").format(len(hits), total, ms))
            self.results.expandAll()
        else:
            self.summary.setText(self.tr("No article contains that."))
        self.searched.emit(text, len(hits))

    def refresh_script(self) -> None:
        """Show the snippets again in the script the panes show now."""
        if self.box.text().strip() and self.ready:
            self.run_search()

    def _add_hit(self, hit) -> None:
        convert = self.converter_for(hit.id)
        title = escape(convert(hit.title))
        variant = self.tr("regional variant")
        tag = f' <span style="color:gray">({escape(variant)})</span>' if hit.variant else ""
        head = QTreeWidgetItem(self.results)
        head.setData(0, Qt.ItemDataRole.DisplayRole, f"{convert(hit.title)} · {hit.hits}")
        head.setData(0, HTML_ROLE, f"<b>{title}</b> · {hit.hits}{tag}")
        head.setData(0, ARTICLE_ROLE, hit.id)
        head.setData(0, BLOCK_ROLE, hit.passages[0].block if hit.passages else "")
        for passage in hit.passages:
            child = QTreeWidgetItem(head)
            child.setData(0, Qt.ItemDataRole.DisplayRole, convert(passage.marked("【", "】")))
            child.setData(0, HTML_ROLE, self._snippet_html(passage, convert))
            child.setData(0, ARTICLE_ROLE, hit.id)
            child.setData(0, BLOCK_ROLE, passage.block)

    @staticmethod
    def _snippet_html(passage, convert: Callable[[str], str]) -> str:
        out, pos = [], 0
        for s, e in passage.hits:
            out.append(escape(convert(passage.text[pos:s])))
            out.append(f'<span style="background-color:#ffe38a;color:#2b2a27">{escape(convert(passage.text[s:e]))}</span>')
            pos = e
        out.append(escape(convert(passage.text[pos:])))
        lead = "…" if passage.start > 0 else ""
        tail = "…" if passage.end < passage.block_length else ""
        return lead + "".join(out) + tail

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        article = item.data(0, ARTICLE_ROLE)
        if article:
            new_pane = bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier)
            self.passageActivated.emit(article, item.data(0, BLOCK_ROLE) or "", list(self.needles), new_pane)

    def _enter(self) -> None:
        """Enter searches now; pressed again, it opens the results one passage after another."""
        if self._debounce.isActive() or not self.results.topLevelItemCount():
            self.run_search()
            return
        rows = [self.results.topLevelItem(i).child(j) for i in range(self.results.topLevelItemCount())
                for j in range(self.results.topLevelItem(i).childCount())]
        if not rows:
            return
        current = self.results.currentItem()
        nxt = rows[(rows.index(current) + 1) % len(rows)] if current in rows else rows[0]
        self.results.setCurrentItem(nxt)
        self._activate(nxt)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.box and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            first = self.results.topLevelItem(0)
            if first is not None:
                self.results.setFocus()
                self.results.setCurrentItem(first)
                return True
        return super().eventFilter(obj, event)

    def result_rows(self) -> list[tuple[str, str, str]]:
        """(article id, block id, text as shown) of every row, top to bottom (tests, export)."""
        rows = []
        for i in range(self.results.topLevelItemCount()):
            head = self.results.topLevelItem(i)
            rows.append((head.data(0, ARTICLE_ROLE), "", head.data(0, Qt.ItemDataRole.DisplayRole)))
            for j in range(head.childCount()):
                child = head.child(j)
                rows.append((child.data(0, ARTICLE_ROLE), child.data(0, BLOCK_ROLE), child.data(0, Qt.ItemDataRole.DisplayRole)))
        return rows
