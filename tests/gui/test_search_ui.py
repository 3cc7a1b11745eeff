"""Search and find-in-article, driven through the real window with keys and clicks."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.core.content.library import Library
from reader.core.text.canonical import canonical
from reader.ui.app import create_window

from .helpers import type_text


@pytest.fixture
def window(make_window):
    return make_window(wait_index=True)


def type_query(qtbot, window, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    box = window.search_panel.box
    assert box.hasFocus()
    box.clear()
    type_text(qtbot, box, text)
    # search-as-you-type: the results come after the debounce, without pressing Enter
    qtbot.waitUntil(lambda: window.search_panel.results.topLevelItemCount() > 0
                    or "No article" in window.search_panel.summary.text(), timeout=5000)


def click_row(qtbot, tree, item) -> None:
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def substring_articles(folder: Path, query: str) -> set[str]:
    return {a.id for a in Library(folder).readable if canonical(query) in canonical(a.plain_text)}


@pytest.mark.parametrize("query", ["強化學習", "强化学习", "吸管"])
def test_typing_a_query_lists_exactly_the_articles_that_contain_it(qtbot, window, content_copy, query):
    type_query(qtbot, window, query)
    panel = window.search_panel
    found = {panel.results.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 2)
             for i in range(panel.results.topLevelItemCount())}
    assert found == substring_articles(content_copy, query)
    assert f"{len(found)} articles" in panel.summary.text()
    # every passage row shows the hit, marked, in its own script
    for article, block, text in panel.result_rows():
        if block:
            assert "【" in text and canonical(query) in canonical(text.replace("【", "").replace("】", ""))


def test_clicking_a_passage_opens_the_article_at_the_marked_hit(qtbot, window):
    type_query(qtbot, window, "吸管")
    panel = window.search_panel
    # pick a passage of an article other than the one already open
    head = next(panel.results.topLevelItem(i) for i in range(panel.results.topLevelItemCount())
                if panel.results.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 2) != window.workspace.current.article.id)
    passage = head.child(head.childCount() - 1)
    article_id = passage.data(0, Qt.ItemDataRole.UserRole + 2)
    block_id = passage.data(0, Qt.ItemDataRole.UserRole + 3)
    click_row(qtbot, panel.results, passage)

    pane = window.workspace.current
    assert pane.article.id == article_id
    marked = pane.marked_texts()
    assert marked and all(canonical(t) == "吸管" for t in marked)
    index, text = pane.current_mark()
    assert index >= 1 and canonical(text) == "吸管"
    # the current hit is in the clicked passage and on screen
    block_text = pane.article.block(block_id).text
    assert "吸管" in canonical(block_text)
    assert text in pane.visible_text()
    # F3 steps through the hits, wrapping around
    total = len(marked)
    qtbot.keyClick(pane.browser, Qt.Key.Key_F3)
    assert pane.current_mark()[0] == index % total + 1
    qtbot.keyClick(pane.browser, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert pane.current_mark()[0] == index


def test_a_bad_query_gives_a_message_not_an_exception(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    box = window.search_panel.box
    for text in ['"', "OR OR", "-", "，。！"]:
        box.clear()
        type_text(qtbot, box, text)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert window.search_panel.results.topLevelItemCount() == 0
        assert window.search_panel.summary.text()


def test_find_in_article_matches_either_script_and_counts(qtbot, window):
    window.open_article("xinzhiyuan-agi-decade")  # Simplified
    pane = window.workspace.current
    expected = canonical(pane.browser.document().toPlainText()).count("学习")
    assert expected > 1
    qtbot.keyClick(pane.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = pane.find_bar
    assert bar.isVisible() and bar.box.hasFocus()
    type_text(qtbot, bar.box, "學習")  # typed in Traditional
    qtbot.keyClick(bar.box, Qt.Key.Key_Return)
    assert len(pane.marked_texts()) == expected
    assert all(t == "学习" for t in pane.marked_texts())
    assert bar.counter.text() == f"1/{expected}"
    qtbot.keyClick(bar.box, Qt.Key.Key_Return)
    assert bar.counter.text() == f"2/{expected}"
    qtbot.keyClick(bar.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.counter.text() == f"1/{expected}"
    qtbot.keyClick(bar.box, Qt.Key.Key_Escape)
    assert not bar.isVisible() and pane.marked_texts() == []


def test_indexing_runs_in_the_background_with_progress_and_the_window_responds(qtbot, content_copy, tmp_path):
    # a library big enough that indexing takes a noticeable while
    sources = sorted(content_copy.glob("*.md"))
    for n in range(24):
        for src in sources:
            (content_copy / f"{src.stem}-copy{n:02d}.md").write_bytes(src.read_bytes())
    total = len(list(content_copy.glob("*.md")))
    w = create_window(content_copy, tmp_path / "data")
    qtbot.addWidget(w)
    seen = []
    w.index_progress.valueChanged.connect(seen.append)
    w.show()
    qtbot.waitUntil(lambda: w.indexing.running, timeout=5000)
    assert w.index_progress.isVisible()
    assert not w.search_panel.ready
    # the window still answers while the worker indexes: open another article
    lst = w.library_panel.list
    item = lst.item(lst.count() - 1)
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(item).center())
    assert w.workspace.current.article.id == item.data(Qt.ItemDataRole.UserRole)
    qtbot.waitUntil(lambda: not w.indexing.running, timeout=60000)
    assert not w.index_progress.isVisible() and w.search_panel.ready
    assert seen and max(seen) == total and len(set(seen)) >= 2  # it counted up, chunk by chunk
    assert f"{total} articles" in w.statusBar().currentMessage()
    w.close()


def test_a_damaged_index_is_rebuilt_with_a_message_and_search_works(qtbot, content_copy, tmp_path):
    data = tmp_path / "data"
    first = create_window(content_copy, data)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.ready and not first.indexing.running and first.search_panel.ready, timeout=30000)
    first.close()
    index_dir = data / "cache" / "index"
    for f in index_dir.rglob("*"):
        if f.is_file():
            f.write_bytes(b"\x00garbage" * 10)
    again = create_window(content_copy, data)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.ready and not again.indexing.running and again.search_panel.ready, timeout=30000)
    assert "rebuilt" in again.statusBar().currentMessage()
    again.search_panel.box.setText("吸管")
    again.search_panel.run_search()
    assert again.search_panel.results.topLevelItemCount() == len(substring_articles(content_copy, "吸管"))
    again.close()


def test_rebuild_asked_for_while_the_index_updates_runs_after_it(qtbot, window):
    shown = []
    window.statusBar().messageChanged.connect(shown.append)
    assert window.indexing.update()  # an update under way (as after a change in the library folder)
    window.action_set["rebuildIndexAction"].trigger()  # Search ▸ Rebuild Search Index, meanwhile
    qtbot.waitUntil(lambda: any(text.startswith("Search index rebuilt") for text in shown), timeout=30000)
    qtbot.waitUntil(lambda: not window.indexing.running and window.search_panel.ready, timeout=30000)
