"""Print and export in the window: File ▸ Print… (Ctrl+P, with a preview), Export to PDF…, Export
to HTML…. The current pane's article in its script mode, with the user's highlights and notes if
wanted; in compare mode the aligned passages of the first two panes as a two-column table.
The page itself is the core's (reader.core.printable); this asks, lays it out and writes it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog

from ... import APP_DISPLAY_NAME

PAGE_MARGIN_MM = 18
BODY_POINTS = 11  # the text size on paper
INCLUDE_KEY = "print/highlights"  # whether highlights and notes go on the page (the last choice)


@dataclass
class _Page:
    title: str  # of the document (the PDF's metadata, the printer's job)
    stem: str  # the file name offered
    build: Callable[[bool], str]  # with highlights? → the page's HTML


def page_document(html: str) -> QTextDocument:
    """The page laid out by Qt for a printer or a PDF (it loads nothing: images are data: URIs)."""
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(["Noto Serif CJK SC", "Noto Serif CJK TC", "Source Han Serif SC", "serif"])
    font.setPointSize(BODY_POINTS)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    return doc


def pdf_bytes(html: str, title: str) -> bytes:
    """The page as a PDF (A4), its title in the metadata; text stays text (it can be searched)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(*[PAGE_MARGIN_MM] * 4), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator(APP_DISPLAY_NAME)
    page_document(html).print_(writer)
    del writer  # the PDF is complete once its writer is gone
    buffer.close()
    return bytes(data)


class Printing(QObject):
    """The window's print and export actions, always of the current pane (or compared panes)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.dialog = None  # the options dialog while it is open
        self.preview = None  # the print preview, with the document and printer it shows
        self.preview_document: QTextDocument | None = None
        self.printer = None

    # -- the actions -------------------------------------------------------------------------
    def print_dialog(self) -> None:
        """File ▸ Print… (Ctrl+P): the page in a print preview, printed from there."""
        self._start(self.tr("Print"), self._preview)

    def export_pdf_dialog(self) -> None:
        """File ▸ Export to PDF…"""
        self._start(self.tr("Export to PDF"), lambda page, include: self._save(page, include, "pdf"))

    def export_html_dialog(self) -> None:
        """File ▸ Export to HTML…: one self-contained file, any browser shows it as printed."""
        self._start(self.tr("Export to HTML"), lambda page, include: self._save(page, include, "html"))

    # -- what goes on the page -----------------------------------------------------------------
    def _start(self, title: str, then: Callable[[_Page, bool], None]) -> None:
        """Find what to print, ask about highlights when the article has any, then go on."""
        self.window._start_late_work()  # the highlights store and compare mode are built after the first paint
        compared = self._compared_panes()
        if compared is not None:
            then(self._compare_page(*compared), False)
            return
        pane = self.workspace.current
        article = pane.article if pane is not None else None
        if article is None:
            self.window.messages.info(self.tr("Open an article first"))
            return
        store = self.window.highlighting.store if self.window.highlighting is not None else None
        highlights = [h for h in store.list(article_id=article.id) if not h.detached] if store is not None else []
        colors = {c.key: c.rgb for c in store.colors()} if store is not None else {}
        page = self._article_page(pane, highlights, colors)
        if not highlights:
            then(page, False)
            return
        from ..dialogs.print_options import PrintOptionsDialog

        settings = self.window.settings.q
        dialog = PrintOptionsDialog(title, len(highlights), sum(1 for h in highlights if h.note.strip()),
                                    settings.value(INCLUDE_KEY, True, type=bool), self.window)

        def accepted() -> None:
            settings.setValue(INCLUDE_KEY, dialog.include)
            self.dialog = None
            then(page, dialog.include)

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _compared_panes(self):
        """The first two panes with an article, in compare mode; else None."""
        comparing = self.window.comparing
        if comparing is None or not comparing.active:
            return None
        panes = [p for p in self.workspace.panes if p.article is not None]
        return (panes[0], panes[1]) if len(panes) >= 2 else None

    def _article_page(self, pane, highlights: list, colors: dict[str, str]) -> _Page:
        from ...core.printable import article_page

        article, mode, vocabulary = pane.article, pane.script_mode, pane.effective_vocabulary
        notes = self.tr("Notes")
        return _Page(pane.convert(article.title), f"{article.id}-{mode.value}",
                     lambda include: article_page(article, mode, vocabulary, highlights if include else (),
                                                  colors, notes))

    def _compare_page(self, a, b) -> _Page:
        from ...core.printable import compare_page

        alignment = self.window.comparing.alignment(a, b)
        score = self.tr("score")
        return _Page(f"{a.convert(a.article.title)} ↔ {b.convert(b.article.title)}", f"{a.article.id}--{b.article.id}",
                     lambda _include: compare_page(a.article, b.article, alignment, a.script_mode,
                                                   a.effective_vocabulary, b.script_mode, b.effective_vocabulary,
                                                   score))

    # -- where it goes -------------------------------------------------------------------------
    def _preview(self, page: _Page, include: bool) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(page.title)
        printer.setPageMargins(QMarginsF(*[PAGE_MARGIN_MM] * 4), QPageLayout.Unit.Millimeter)
        doc = page_document(page.build(include))
        preview = QPrintPreviewDialog(printer, self.window)
        preview.setObjectName("printPreview")
        preview.paintRequested.connect(doc.print_)
        self.preview, self.preview_document, self.printer = preview, doc, printer
        preview.open()

    def _save(self, page: _Page, include: bool, fmt: str) -> Path | None:
        """Ask where, then write the page as a PDF or an HTML file; returns where it went."""
        kinds = {"pdf": (self.tr("Export to PDF"), self.tr("PDF (*.pdf)")),
                 "html": (self.tr("Export to HTML"), self.tr("HTML (*.html *.htm)"))}
        caption, file_filter = kinds[fmt]
        chosen, _filter = QFileDialog.getSaveFileName(self.window, caption, str(Path.home() / f"{page.stem}.{fmt}"),
                                                      file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in ({".pdf"} if fmt == "pdf" else {".html", ".htm"}):
            path = path.with_name(f"{path.name}.{fmt}")  # "notes" or "notes.txt": what is written is a PDF
        html = page.build(include)
        try:
            path.write_bytes(pdf_bytes(html, page.title) if fmt == "pdf" else html.encode("utf-8"))
        except OSError as exc:
            self.window.messages.error(self.tr("Could not export: {0}").format(exc))
            return None
        self.window.messages.info(self.tr("Exported “{0}” to {1}").format(page.title, path), 8000)
        return path
