"""Print and export in the real window: an article shown in 简体 with a highlight and its note
exported to PDF (read back with pypdf) and HTML, the print preview on Ctrl+P, and compare mode's
aligned passages as a two-column table. Expected words are written out as the content file and
the script shown have them."""

import re
import unicodedata

import pypdf
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from reader.ui.dialogs.highlight_dialog import HighlightDialog
from reader.ui.dialogs.print_options import PrintOptionsDialog
from reader.ui.main_window import has_cjk_font
from tests.conftest import unavailable_here

from .helpers import type_text
from .test_compare_ui import compare_two
from .test_highlights_ui import drag_select, point_of
from .test_script_ui import choose_next_in_selector

TRANSCRIPT = "shuzi-kaiwu-transcript"  # written in Traditional script
TITLE_HANS = "Andrej Karpathy 接受海外播客Dwarkesh Patel的访谈"  # its title in 简体
TITLE_HANT = "Andrej Karpathy 接受海外播客Dwarkesh Patel的訪談"  # as written
QUOTE_HANS = "强化学习的根本缺陷"  # 強化學習的根本缺陷 in the first paragraph, shown in 简体


@pytest.fixture(autouse=True)
def _need_a_cjk_font(qapp):
    if not has_cjk_font():  # without one, Qt's PDF holds no Chinese glyphs and nothing to read back
        unavailable_here("no CJK font installed (e.g. fonts-noto-cjk): a PDF of Chinese text cannot be read back")


def pdf_text(path) -> str:
    """The PDF's text as a reader would type it: without the line breaks and spaces of its layout,
    NFKC (Noto CJK's glyph of 人 is also the Kangxi radical ⼈, which extraction may report)."""
    text = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return "".join(unicodedata.normalize("NFKC", text).split())


def flat(text: str) -> str:
    return "".join(text.split())


def answer_options(qtbot, window, include: bool | None = None) -> PrintOptionsDialog:
    """The options step the action opened: toggle the box with Space if needed, Enter to go on."""
    dialog = window.printing.dialog
    assert isinstance(dialog, PrintOptionsDialog) and dialog.isVisible()
    box = dialog.include_box
    box.setFocus()
    if include is not None and box.isChecked() != include:
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert include is None or box.isChecked() == include
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    return dialog


def add_note(qtbot, window, pane, at: str, note: str) -> None:
    """N on the highlight, type the note, Ctrl+Enter (the dialog is modal: answered from a timer)."""
    tries = []

    def fill():
        dialog = QApplication.activeModalWidget()
        tries.append(1)
        if not (isinstance(dialog, HighlightDialog) and dialog.isActiveWindow()) and len(tries) < 150:
            QTimer.singleShot(20, fill)
            return
        try:
            type_text(qtbot, dialog.note_edit, note)
            qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        finally:
            if dialog.isVisible():
                dialog.reject()

    point_of(pane, pane.browser.document().toPlainText().index(at) + 1)
    QTimer.singleShot(0, fill)
    qtbot.keyClick(pane.browser, Qt.Key.Key_N)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_an_article_shown_in_simplified_exports_to_pdf_with_its_highlight_and_note(qtbot, make_window, tmp_path,
                                                                                  monkeypatch):
    window = make_window()
    window.open_article(TRANSCRIPT)
    pane = window.workspace.current
    choose_next_in_selector(qtbot, pane)  # 原文 → 简体
    assert pane.script_combo.currentText() == "简体"
    drag_select(qtbot, pane, QUOTE_HANS)
    qtbot.keyClick(pane.browser, Qt.Key.Key_2)
    add_note(qtbot, window, pane, QUOTE_HANS, "核心论点")
    assert [h.note for h in window.highlighting.store.list(article_id=TRANSCRIPT)] == ["核心论点"]

    target = tmp_path / "article.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    pane.browser.setFocus()
    window.action_set["exportPdfAction"].trigger()  # File ▸ Export to PDF…
    answer_options(qtbot, window, include=True)
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    assert flat(TITLE_HANS) in text and flat(TITLE_HANT) not in text
    assert flat(QUOTE_HANS) in text and "強化學習的根本缺陷" not in text
    # the note is footnote 1, after the quote it belongs to: 「强化学习的根本缺陷」 核心论点
    assert "「强化学习的根本缺陷」核心论点" in text
    assert str(target) in window.statusBar().currentMessage()  # "Exported … to …", in the 简体 interface

    # without highlights: the same text, no footnote; the choice is remembered for next time
    bare = tmp_path / "bare.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bare), ""))
    window.action_set["exportPdfAction"].trigger()
    answer_options(qtbot, window, include=False)
    text = pdf_text(bare)
    assert flat(QUOTE_HANS) in text and "核心论点" not in text
    window.action_set["exportPdfAction"].trigger()
    assert not window.printing.dialog.include_box.isChecked()
    window.printing.dialog.reject()


def test_export_to_html_marks_the_highlight_in_the_script_shown(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window()
    window.open_article(TRANSCRIPT)
    pane = window.workspace.current
    choose_next_in_selector(qtbot, pane)  # 简体
    drag_select(qtbot, pane, QUOTE_HANS)
    qtbot.keyClick(pane.browser, Qt.Key.Key_1)  # yellow
    target = tmp_path / "page"  # no suffix typed: .html is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.action_set["exportHtmlAction"].trigger()
    answer_options(qtbot, window)
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert f'<span class="highlight" style="background:#ffe066">{QUOTE_HANS}</span>' in page
    assert f'<h1 class="title">{TITLE_HANS}</h1>' in page and '<html lang="zh-Hans">' in page
    assert not re.search(r"""\ssrc=["']?(?!data:)""", page)  # nothing that loads from elsewhere
    other = tmp_path / "notes.txt"  # a suffix that is not HTML's: the page is not written as a .txt
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    window.action_set["exportHtmlAction"].trigger()
    answer_options(qtbot, window)
    assert (tmp_path / "notes.txt.html").read_text(encoding="utf-8") == page and not other.exists()


def test_ctrl_p_opens_a_print_preview_of_the_article(qtbot, make_window):
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    window = make_window()
    window.open_article(TRANSCRIPT)  # no highlights: no options step
    pane = window.workspace.current
    pane.browser.setFocus()
    qtbot.keyClick(pane.browser, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = window.printing.preview
    assert isinstance(preview, QPrintPreviewDialog)
    qtbot.waitUntil(preview.isVisible)
    pages = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: pages.pageCount() > 10)  # the 80 KB transcript, laid out on paper
    assert flat(TITLE_HANT) in flat(window.printing.preview_document.toPlainText())
    assert window.printing.printer.docName() == TITLE_HANT
    preview.reject()


def test_compare_mode_exports_the_aligned_passages_as_a_two_column_table(qtbot, make_window, tmp_path, monkeypatch):
    window, left, right = compare_two(qtbot, make_window)  # dwarkesh-notes (简体) | the transcript (繁體)
    right.browser.setFocus()
    window.action_set.group("script")["hans"].trigger()  # the transcript shown in 简体
    # a hand-labelled pair (tests/data/compare/pairs.toml: q-4cc3f304 ↔ p-f9f4a335)
    left_words = "我们不是在构建动物。我们是在构建幽灵或精灵"
    right_words = "我们实际上不是在建构动物,而是在建构“幽灵”或“精神体”"  # 我們實際上不是在建構動物 in 简体
    target = tmp_path / "pairs.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.action_set["exportPdfAction"].trigger()  # no options step: the table has no highlights
    text = pdf_text(target)
    assert flat(left_words) in text and flat(right_words) in text
    html = tmp_path / "pairs.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(html), ""))
    window.action_set["exportHtmlAction"].trigger()
    rows = re.findall(r"<tr><td[^>]*>(.*?)</td><td[^>]*>(.*?)</td></tr>", html.read_text(encoding="utf-8"))
    assert any(left_words in a and right_words in b for a, b in rows)
