"""Back and forward through the places a pane's jumps left: a search hit, a heading of the table
of contents, another article, a highlight — with Alt+Left / Alt+Right, the toolbar's arrows and
the mouse's back and forward buttons."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from reader.core.text.canonical import canonical

from .test_highlights_ui import drag_select
from .test_main_window import click_item
from .test_search_ui import click_row, type_query

TRANSCRIPT = "shuzi-kaiwu-transcript"
NOTES = "dwarkesh-notes"
ALT = Qt.KeyboardModifier.AltModifier


def where(pane) -> tuple[str, str | None]:
    """The article shown and the block at the top of the text: what the reader sees."""
    return pane.article.id, pane.top_block()


def press_back(qtbot, pane, expected) -> None:
    qtbot.keyClick(pane.browser, Qt.Key.Key_Left, ALT)
    qtbot.waitUntil(lambda: where(pane) == expected, timeout=3000)
    qtbot.wait(20)  # the session's late restore has run: the place stays
    assert where(pane) == expected


def press_forward(qtbot, pane, expected) -> None:
    qtbot.keyClick(pane.browser, Qt.Key.Key_Right, ALT)
    qtbot.waitUntil(lambda: where(pane) == expected, timeout=3000)
    qtbot.wait(20)
    assert where(pane) == expected


def click_heading(qtbot, window, n: int) -> str:
    tree = window.toc
    target = list(tree._walk(tree.invisibleRootItem()))[n]
    tree.scrollToItem(target)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(target).center())
    return target.data(0, Qt.ItemDataRole.UserRole)


def test_back_and_forward_after_a_search_hit_a_toc_jump_and_an_article_change(qtbot, make_window):
    window = make_window(wait_index=True)
    pane = window.workspace.current
    assert [QKeySequence(QKeySequence.StandardKey.Back).toString(), QKeySequence(QKeySequence.StandardKey.Forward)
            .toString()] == ["Alt+Left", "Alt+Right"]
    assert pane.article.id != TRANSCRIPT
    initial = where(pane)  # the article open at the start
    click_item(qtbot, window, TRANSCRIPT)
    qtbot.waitUntil(lambda: pane.article.id == TRANSCRIPT)
    qtbot.wait(20)  # a user's next click comes after the event loop ran
    pane.browser.verticalScrollBar().setValue(0)
    start = where(pane)
    assert start[1]  # the first passage

    heading = click_heading(qtbot, window, 8)  # a TOC jump
    assert pane.top_block() == heading
    at_heading = where(pane)
    qtbot.wait(20)

    type_query(qtbot, window, "吸管")  # a search hit in another article
    panel = window.search_panel
    head = next(panel.results.topLevelItem(i) for i in range(panel.results.topLevelItemCount())
                if panel.results.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 2) != TRANSCRIPT)
    passage = head.child(head.childCount() - 1)
    hit_article = passage.data(0, Qt.ItemDataRole.UserRole + 2)
    click_row(qtbot, panel.results, passage)
    qtbot.waitUntil(lambda: pane.article.id == hit_article)
    qtbot.wait(20)
    hit_text = pane.current_mark()[1]
    assert canonical(hit_text) == "吸管" and hit_text in pane.visible_text()
    at_hit = where(pane)

    other = next(a.id for a in window.library if not a.error and a.id not in (TRANSCRIPT, hit_article))
    click_item(qtbot, window, other)  # an article change
    qtbot.waitUntil(lambda: pane.article.id == other)
    qtbot.wait(20)
    at_other = where(pane)

    pane.browser.setFocus()
    press_back(qtbot, pane, at_hit)
    assert hit_text in pane.visible_text()
    assert window.library_panel.current_id() == hit_article  # the library follows
    press_back(qtbot, pane, at_heading)
    assert pane.visible_text().startswith(window.toc.item_for(heading).text(0))
    press_back(qtbot, pane, start)
    press_back(qtbot, pane, initial)
    assert not window.action_set["backAction"].isEnabled()  # nothing further back
    press_forward(qtbot, pane, start)
    press_forward(qtbot, pane, at_heading)
    press_forward(qtbot, pane, at_hit)
    press_forward(qtbot, pane, at_other)
    assert not window.action_set["forwardAction"].isEnabled()


def transcript_at_top(qtbot, window):
    """The transcript opened from the library and scrolled to its top: (the pane, where it is)."""
    pane = window.workspace.current
    click_item(qtbot, window, TRANSCRIPT)
    qtbot.waitUntil(lambda: pane.article.id == TRANSCRIPT)
    qtbot.wait(20)  # a user's next click comes after the event loop ran
    pane.browser.verticalScrollBar().setValue(0)
    return pane, where(pane)


def test_scrolling_zooming_and_switching_script_are_no_jumps(qtbot, make_window):
    window = make_window()
    pane, start = transcript_at_top(qtbot, window)
    heading = click_heading(qtbot, window, 5)
    qtbot.wait(20)
    pane.browser.setFocus()
    for _ in range(3):
        qtbot.keyClick(pane.browser, Qt.Key.Key_Space)  # read on
    qtbot.keyClick(pane.browser, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # zoom in
    qtbot.keyClick(pane.browser, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait(50)
    read_to = where(pane)
    assert read_to[1] != heading
    press_back(qtbot, pane, start)  # straight back to before the heading: reading on was no jump
    press_forward(qtbot, pane, read_to)  # and forward to where the reading had got to


def test_the_toolbar_arrows_and_the_mouse_buttons_go_back_and_forward(qtbot, make_window):
    window = make_window()
    pane, start = transcript_at_top(qtbot, window)
    click_heading(qtbot, window, 8)
    qtbot.wait(20)
    at_heading = where(pane)
    toolbar = window.reading_history.toolbar
    assert toolbar.isVisible()
    back = toolbar.widgetForAction(window.action_set["backAction"])
    forward = toolbar.widgetForAction(window.action_set["forwardAction"])
    assert back.isEnabled() and not forward.isEnabled()
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: where(pane) == start)
    assert forward.isEnabled()
    qtbot.mouseClick(forward, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: where(pane) == at_heading)
    viewport = pane.browser.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.BackButton, pos=viewport.rect().center())
    qtbot.waitUntil(lambda: where(pane) == start)
    qtbot.mouseClick(viewport, Qt.MouseButton.ForwardButton, pos=viewport.rect().center())
    qtbot.waitUntil(lambda: where(pane) == at_heading)


def test_each_pane_has_its_own_history_and_a_highlight_is_a_jump(qtbot, make_window):
    window = make_window()
    pane = window.workspace.current
    window.open_article(NOTES)
    drag_select(qtbot, pane, "认知缺陷众多")
    pane.browser.setFocus()
    qtbot.keyClick(pane.browser, Qt.Key.Key_2)
    bar = pane.browser.verticalScrollBar()
    bar.setValue(bar.maximum())  # scrolled to the end: the highlight is out of sight
    qtbot.wait(120)
    at_end = where(pane)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    lst = window.highlights_panel.list
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(lst.item(0)).center())
    assert "认知缺陷众多" in pane.visible_text()
    qtbot.wait(20)
    # a second pane beside it starts with nothing to go back to
    qtbot.keyClick(window, Qt.Key.Key_Backslash, Qt.KeyboardModifier.ControlModifier)
    second = window.workspace.current
    assert second is not pane and not window.action_set["backAction"].isEnabled()
    pane.browser.setFocus()
    qtbot.waitUntil(lambda: window.workspace.current is pane)
    assert window.action_set["backAction"].isEnabled()
    press_back(qtbot, pane, at_end)


def test_back_after_a_timeline_mark_and_a_parallel_passage(qtbot, make_window, content_copy):
    from .test_compare_ui import compare_two, visible_in
    from .test_timeline_ui import core_timeline, mark_point, open_timeline

    window, left, right = compare_two(qtbot, make_window)
    qtbot.wait(20)
    left.browser.setFocus()
    before_pair = where(left), where(right)
    qtbot.keyClick(left.browser, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    panel = window.compare_mode.panel
    item = panel.list.item(panel.list.count() // 2)  # a pair far from the top of both
    a_block, b_block = panel.rows()[panel.list.count() // 2]
    panel.list.scrollToItem(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualItemRect(item).center())
    assert visible_in(left, a_block) and visible_in(right, b_block)
    qtbot.wait(20)
    press_back(qtbot, left, before_pair[0])
    right.browser.setFocus()
    press_back(qtbot, right, before_pair[1])

    window.set_compare(False)
    qtbot.keyClick(right.browser, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # one pane again
    pane = window.workspace.current
    qtbot.wait(20)
    before_mark = where(pane)
    timeline, view = open_timeline(qtbot, window)
    timeline.panel.set_layout("position")
    target = next(a for a in core_timeline(content_copy).articles if a.id != pane.article.id
                  and a.topics.get("memory") and a.topics["memory"].covers)
    first = target.topics["memory"].first_block
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=mark_point(timeline, target.id, "memory"))
    qtbot.waitUntil(lambda: pane.article.id == target.id and visible_in(pane, first))
    qtbot.wait(20)
    pane.browser.setFocus()
    press_back(qtbot, pane, before_mark)
    qtbot.keyClick(pane.browser, Qt.Key.Key_Right, ALT)
    qtbot.waitUntil(lambda: pane.article.id == target.id and visible_in(pane, first))
