"""Several panes in one window, driven with clicks and keys: split, open beside, move the focus,
and every action (zoom, script, find, highlight keys, contents, search) goes to the focused pane."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from reader.core.content.library import Library
from reader.ui.app import create_window
from reader.ui.themes import resolve_theme

from .helpers import type_text
from .test_highlights_ui import drag_select

NOTES = "dwarkesh-notes"  # Simplified (Dwarkesh 播客笔记)
TRANSCRIPT = "shuzi-kaiwu-transcript"  # Traditional, the full transcript
GHOSTS = "ghosts-not-animals"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def click_entry(qtbot, window, article_id, button=Qt.MouseButton.LeftButton, modifier=Qt.KeyboardModifier.NoModifier):
    lst = window.library_panel.list
    item = window.library_panel.item_for(article_id)
    lst.scrollToItem(item)
    qtbot.mouseClick(lst.viewport(), button, modifier, pos=lst.visualItemRect(item).center())


def click_into(qtbot, pane) -> None:
    """Click in the text of a pane, as a user does to start reading there."""
    viewport = pane.browser.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(viewport.width() // 2, viewport.height() // 2))


def two_articles(qtbot, window):
    """NOTES in the left pane, TRANSCRIPT opened beside it with Ctrl+click in the library."""
    window.open_article(NOTES)
    click_entry(qtbot, window, TRANSCRIPT, modifier=CTRL)
    left, right = window.workspace.panes
    assert (left.article.id, right.article.id) == (NOTES, TRANSCRIPT)
    return left, right


def header_edge(pane) -> QColor:
    """The colour of the top edge of a pane's header, as painted on screen."""
    image = pane.header.grab().toImage()
    return image.pixelColor(image.width() // 2, 1)


def test_split_pane_opens_the_same_article_beside_and_ctrl_w_closes_it(qtbot, make_window):
    window = make_window()
    window.open_article(TRANSCRIPT)
    first = window.workspace.current
    first.browser.setFocus()
    qtbot.keyClick(first.browser, Qt.Key.Key_Backslash, CTRL)
    assert len(window.workspace) == 2
    left, right = window.workspace.panes
    assert left is first and window.workspace.current is right
    assert right.article.id == TRANSCRIPT
    assert right.browser.document().toPlainText() == left.browser.document().toPlainText()
    assert right.isVisible() and right.width() > 100 and left.width() > 100
    qtbot.keyClick(right.browser, Qt.Key.Key_W, CTRL)
    assert window.workspace.panes == [first]
    # the last pane stays, and says so
    qtbot.keyClick(first.browser, Qt.Key.Key_W, CTRL)
    assert window.workspace.panes == [first]
    assert "last pane" in window.statusBar().currentMessage()


def test_ctrl_click_middle_click_and_context_menu_open_beside_up_to_four(qtbot, make_window):
    window = make_window()
    left, right = two_articles(qtbot, window)
    # the library keeps showing the current pane's article: Ctrl+click did not open it in the left pane
    assert left.article.id == NOTES
    click_entry(qtbot, window, GHOSTS, button=Qt.MouseButton.MiddleButton)
    assert [p.article.id for p in window.workspace.panes] == [NOTES, TRANSCRIPT, GHOSTS]
    lst = window.library_panel.list
    item = window.library_panel.item_for("aitnt-simulators")
    window.library_panel._context_menu(lst.visualItemRect(item).center())
    menu = window.library_panel.context_menu
    [beside] = [a for a in menu.actions() if a.text() == "Open in New Pane"]
    beside.trigger()
    assert [p.article.id for p in window.workspace.panes] == [NOTES, TRANSCRIPT, GHOSTS, "aitnt-simulators"]
    click_entry(qtbot, window, "xinzhiyuan-agi-decade", modifier=CTRL)
    assert len(window.workspace) == 4
    assert "four" in window.statusBar().currentMessage()


def test_focus_moves_with_the_mouse_and_ctrl_tab_and_the_focused_pane_has_an_accent(qtbot, make_window, content_copy):
    window = make_window()
    left, right = two_articles(qtbot, window)
    accent = QColor(resolve_theme(window.settings.theme).accent)
    assert window.workspace.current is right
    assert header_edge(right) == accent and header_edge(left) != accent
    click_into(qtbot, left)
    assert window.workspace.current is left
    assert header_edge(left) == accent and header_edge(right) != accent
    assert window.windowTitle().startswith(Library(content_copy).get(NOTES).title)
    qtbot.keyClick(left.browser, Qt.Key.Key_Tab, CTRL)
    assert window.workspace.current is right and right.browser.hasFocus()
    qtbot.keyClick(right.browser, Qt.Key.Key_Tab, CTRL | SHIFT)
    assert window.workspace.current is left and left.browser.hasFocus()
    # clicking a pane's header (which takes no focus itself) also makes it current
    qtbot.mouseClick(right.title_label, Qt.MouseButton.LeftButton)
    assert window.workspace.current is right


def test_zoom_and_script_keys_act_on_the_focused_pane_only(qtbot, make_window):
    window = make_window()
    left, right = two_articles(qtbot, window)
    left_size, right_size = left.font_point_size, right.font_point_size
    left_text = left.browser.document().toPlainText()
    click_into(qtbot, right)
    qtbot.keyClick(right.browser, Qt.Key.Key_Equal, CTRL)
    assert right.font_point_size > right_size and left.font_point_size == left_size

    # 原文 → 简体 in the right (Traditional) pane: its text changes, the left pane's does not
    qtbot.keyClick(right.browser, Qt.Key.Key_T, CTRL | SHIFT)
    assert right.script_mode.value == "hans"
    assert "強化學習" not in right.browser.document().toPlainText()
    assert "强化学习" in right.browser.document().toPlainText()
    assert left.script_mode.value == "original" and left.browser.document().toPlainText() == left_text
    assert window.action_set.group("script")["hans"].isChecked()
    # the check marks follow the focus
    click_into(qtbot, left)
    assert window.action_set.group("script")["original"].isChecked()
    click_into(qtbot, right)
    assert window.action_set.group("script")["hans"].isChecked()


def test_find_opens_in_the_focused_pane_and_marks_only_there(qtbot, make_window):
    window = make_window()
    left, right = two_articles(qtbot, window)
    click_into(qtbot, left)
    qtbot.keyClick(left.browser, Qt.Key.Key_F, CTRL)
    assert left.find_bar.isVisible() and not right.find_bar.isVisible()
    type_text(qtbot, left.find_bar.box, "吸管")
    qtbot.waitUntil(lambda: len(left.marked_texts()) > 0, timeout=3000)
    assert set(left.marked_texts()) == {"吸管"}
    assert right.marked_texts() == []
    # F3 in the other pane steps through that pane's marks, which it has none of
    click_into(qtbot, right)
    qtbot.keyClick(right.browser, Qt.Key.Key_F3)
    assert right.current_mark()[0] == 0 and left.find_bar.isVisible()


def test_highlight_keys_highlight_in_the_focused_pane_and_every_pane_of_that_article_shows_it(qtbot, make_window):
    window = make_window()
    left, right = two_articles(qtbot, window)
    drag_select(qtbot, right, "吸管")  # a word of the transcript (Traditional)
    assert window.workspace.current is right
    qtbot.keyClick(right.browser, Qt.Key.Key_1)
    stored = window.highlighting.store.list()
    assert [(h.article_id, h.exact) for h in stored] == [(TRANSCRIPT, "吸管")]
    assert [t for _i, t in right.highlight_spans()] == ["吸管"]
    assert left.highlight_spans() == []
    # the same article in a third pane shows the highlight too
    qtbot.keyClick(right.browser, Qt.Key.Key_Backslash, CTRL)
    third = window.workspace.current
    assert third.article.id == TRANSCRIPT and [t for _i, t in third.highlight_spans()] == ["吸管"]


def test_contents_panel_and_highlights_panel_follow_the_focused_pane(qtbot, make_window, content_copy):
    window = make_window()
    left, right = two_articles(qtbot, window)
    library = Library(content_copy)
    click_into(qtbot, left)
    assert window.toc.titles() == [e.title for e in library.get(NOTES).toc]
    click_into(qtbot, right)
    assert window.toc.titles() == [e.title for e in library.get(TRANSCRIPT).toc]
    assert window.library_panel.current_id() == TRANSCRIPT
    # a click in the contents scrolls the focused pane, not the other
    tree = window.toc
    items = list(tree._walk(tree.invisibleRootItem()))
    left_top = left.browser.verticalScrollBar().value()
    tree.scrollToItem(items[5])
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(items[5]).center())
    assert right.top_block() == items[5].data(0, Qt.ItemDataRole.UserRole)
    assert left.browser.verticalScrollBar().value() == left_top
    qtbot.waitUntil(lambda: window.position_label.text() == f"{right.progress():.0%}", timeout=2000)
    assert right.progress() > 0

    # one highlight in each pane; the panel's "This article" lists the focused pane's
    drag_select(qtbot, right, "吸管")
    qtbot.keyClick(right.browser, Qt.Key.Key_1)
    drag_select(qtbot, left, "认知缺陷众多")
    qtbot.keyClick(left.browser, Qt.Key.Key_2)
    panel = window.highlights_panel
    panel.scope_box.setCurrentIndex(0)  # This article
    assert panel.scope_box.currentText() == "This article"
    assert [panel.row_text(i).split("\n")[0] for i in range(len(panel.rows()))] == ["认知缺陷众多"]
    click_into(qtbot, right)
    assert [panel.row_text(i).split("\n")[0] for i in range(len(panel.rows()))] == ["吸管"]


@pytest.fixture
def indexed_window(make_window):
    return make_window(wait_index=True)


def test_a_search_hit_opens_in_the_focused_pane_and_ctrl_click_opens_it_beside(qtbot, indexed_window):
    window = indexed_window
    left, right = two_articles(qtbot, window)
    click_into(qtbot, left)
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    type_text(qtbot, window.search_panel.box, "斑马")
    results = window.search_panel.results
    qtbot.waitUntil(lambda: results.topLevelItemCount() > 0, timeout=5000)
    head = next(results.topLevelItem(i) for i in range(results.topLevelItemCount())
                if results.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 2) == GHOSTS)
    passage = head.child(0)
    results.scrollToItem(passage)
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=results.visualItemRect(passage).center())
    assert left.article.id == GHOSTS and right.article.id == TRANSCRIPT
    assert left.marked_texts()
    results.scrollToItem(passage)
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, CTRL, pos=results.visualItemRect(passage).center())
    assert [p.article.id for p in window.workspace.panes] == [GHOSTS, GHOSTS, TRANSCRIPT]
    assert window.workspace.current is window.workspace.panes[1]
    assert window.workspace.current.marked_texts()
    # from the keyboard: ↓ into the results, pick a passage, Ctrl+Enter opens it beside
    window.search_panel.box.setFocus()
    qtbot.keyClick(window.search_panel.box, Qt.Key.Key_Down)
    assert results.hasFocus()
    results.setCurrentItem(passage)
    qtbot.keyClick(results, Qt.Key.Key_Return, CTRL)
    assert [p.article.id for p in window.workspace.panes] == [GHOSTS, GHOSTS, GHOSTS, TRANSCRIPT]
    assert window.workspace.current is window.workspace.panes[2]


def test_the_pane_layout_is_restored_at_the_next_start(qtbot, make_window, content_copy, data_dir):
    window = make_window()
    left, right = two_articles(qtbot, window)
    click_into(qtbot, right)
    qtbot.keyClick(right.browser, Qt.Key.Key_T, CTRL | SHIFT)  # 简体
    qtbot.keyClick(right.browser, Qt.Key.Key_Equal, CTRL)
    right.scroll_to_block(right.article.toc[6].block_id)
    # the offscreen screen is 800 pixels wide: a window that fits it is restored as it was
    qtbot.keyClick(right.browser, Qt.Key.Key_L, CTRL | SHIFT)  # hide the library
    qtbot.keyClick(right.browser, Qt.Key.Key_O, CTRL | SHIFT)  # and the contents
    window.resize(780, 600)
    qtbot.waitUntil(lambda: window.workspace.width() > 700)
    window.workspace.set_sizes([300, 460])
    sizes = window.workspace.sizes()
    assert sizes[0] < sizes[1]
    zoom = right.zoom
    click_into(qtbot, left)
    top = right.top_block()  # where it is when the window closes
    assert top is not None and top != right.article.blocks[0].id
    window.close()

    again = create_window(content_copy, data_dir)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    panes = again.workspace.panes
    assert [p.article.id for p in panes] == [NOTES, TRANSCRIPT]
    assert [p.script_mode.value for p in panes] == ["original", "hans"]
    assert panes[1].zoom == zoom and panes[0].zoom == left.zoom
    qtbot.waitUntil(lambda: panes[1].top_block() == top, timeout=3000)
    assert again.workspace.current is panes[0]
    qtbot.waitUntil(lambda: again.ready)
    # the same split (to a pixel or two: docks built after the first paint may take some width)
    restored = again.workspace.sizes()
    assert abs(restored[0] - sum(restored) * sizes[0] / sum(sizes)) <= 2, (restored, sizes)
    assert "强化学习" in panes[1].browser.document().toPlainText()
    again.close()


def test_closing_a_pane_keeps_its_reading_position(qtbot, make_window, content_copy, data_dir):
    window = make_window()
    window.open_article(NOTES)
    left = window.workspace.current
    click_entry(qtbot, window, TRANSCRIPT, modifier=CTRL)
    right = window.workspace.current
    right.scroll_to_block(right.article.toc[4].block_id)
    top = right.top_block()
    qtbot.keyClick(right.browser, Qt.Key.Key_W, CTRL)
    assert window.workspace.panes == [left]
    window.open_article(TRANSCRIPT)
    qtbot.waitUntil(lambda: left.top_block() == top, timeout=3000)
    QApplication.processEvents()


def test_export_this_articles_highlights_takes_the_focused_panes_article(qtbot, make_window, tmp_path, monkeypatch):
    import json

    from PySide6.QtWidgets import QFileDialog

    window = make_window()
    left, right = two_articles(qtbot, window)
    drag_select(qtbot, left, "认知缺陷众多")
    qtbot.keyClick(left.browser, Qt.Key.Key_2)
    drag_select(qtbot, right, "吸管")
    qtbot.keyClick(right.browser, Qt.Key.Key_1)
    target = tmp_path / "this.jsonld"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click_into(qtbot, right)
    window.action_set["exportArticleHighlightsAction"].trigger()
    items = json.loads(target.read_text(encoding="utf-8"))["first"]["items"]
    assert [i["target"]["selector"][0]["exact"] for i in items] == ["吸管"]
