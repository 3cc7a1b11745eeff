"""The window on the hostile content folder (tests/hostile/corpus.py): it starts, lists every file
(the bad ones with the reason), opens each readable one promptly, searches and switches script —
and the good articles beside them work as usual."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.hostile.corpus import make_corpus

from .helpers import type_text
from .test_workspace_ui import click_entry

READABLE = ["md-list-5000", "md-brackets-50k", "md-quotes", "md-links", "md-images", "html-raw", "img-device", "controls",
            "dup.markdown"]


def test_the_window_works_beside_hostile_files(qtbot, make_window, tmp_path):
    folder = tmp_path / "hostile"
    make_corpus(folder)
    window = make_window(content=folder, wait_index=True)
    panel = window.library_panel
    lst = panel.list
    shown = [lst.item(i).text() for i in range(lst.count())]
    assert any("date-feb30.md" in t and "not a date" in t for t in shown)  # listed, with the reason
    assert any("huge.md" in t and "32 MB" in t for t in shown)
    pane = window.workspace.current
    for article_id in ["good-hans", *READABLE]:
        click_entry(qtbot, window, article_id)
        qtbot.waitUntil(lambda a=article_id: pane.article is not None and pane.article.id == a, timeout=10000)
        QApplication.processEvents()
        assert pane.browser.toPlainText().strip(), article_id
    click_entry(qtbot, window, "html-raw")
    qtbot.waitUntil(lambda: pane.article.id == "html-raw", timeout=10000)
    text = pane.browser.toPlainText()
    assert "盒子里的文字" in text and "alert" not in text and "<script" not in pane.browser.toHtml()
    click_entry(qtbot, window, "controls")
    qtbot.waitUntil(lambda: pane.article.id == "controls", timeout=10000)
    assert "␂" in pane.browser.toPlainText() and "\x02" not in pane.browser.toPlainText()
    # search answers, and a hit opens
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window.search_panel.box, "强化学习")
    results = window.search_panel.results
    qtbot.waitUntil(lambda: results.topLevelItemCount() >= 2, timeout=10000)
    # switching script in the pane works on a deep article too
    click_entry(qtbot, window, "md-list-5000")
    qtbot.waitUntil(lambda: pane.article.id == "md-list-5000", timeout=10000)
    window.action_set.group("script")["hant"].trigger()
    qtbot.waitUntil(lambda: pane.script_mode.value == "hant", timeout=10000)
    assert "項" in pane.browser.toPlainText()


def test_a_search_that_finds_the_index_damaged_repairs_it_and_says_so(qtbot, make_window, data_dir):
    import sqlite3

    window = make_window(wait_index=True)
    index = window.indexing.index
    db = sqlite3.connect(index.index_dir / "store.sqlite")
    db.execute("UPDATE postings SET docs=x'0102' WHERE term='强化'")  # a blob of the wrong length
    db.commit()
    db.close()
    index.close()  # the next search reads the damaged blob from disk
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window.search_panel.box, "强化学习")
    results = window.search_panel.results
    qtbot.waitUntil(lambda: results.topLevelItemCount() >= 3, timeout=15000)
    assert "damaged" in window.statusBar().currentMessage()
