"""View ▸ Show the Nearest Passages (Ctrl+Shift+N) in the real window: where no passage of the other
article says the same for sure, the closest one is shown on request, tinted, brought level and
said to be below the threshold. The expected passages come from the hand-labelled sets
(tests/data/compare/pairs*.toml), not from the aligner."""

import tomllib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication

from .test_compare_ui import NOTES, TRANSCRIPT, click_passage, compare_two, point_in, visible_in
from .test_workspace_ui import CTRL, SHIFT, click_entry

LABELS = Path(__file__).resolve().parents[1] / "data" / "compare"


def labelled_pairs(a: str, b: str) -> list[tuple[str, set[str]]]:
    """Every labelled pair of passages from a to b, in all the labelled files."""
    out = []
    for path in sorted(LABELS.glob("pairs*.toml")):
        for p in tomllib.loads(path.read_text(encoding="utf-8"))["pair"]:
            if (p["a"], p["b"]) == (a, b):
                out.append((p["a_block"], {p["b_block"], *p.get("also", [])}))
    return out


def press_nearest(qtbot, window) -> None:
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_N, CTRL | SHIFT)


def test_the_nearest_passage_finds_labelled_counterparts_below_the_threshold(qtbot, make_window):
    window, left, right = compare_two(qtbot, make_window)
    checked = found = 0
    for a_block, b_blocks in labelled_pairs(NOTES, TRANSCRIPT):
        click_passage(qtbot, left, a_block)
        if not right.notice_text().startswith("Not in 數字開物"):
            continue  # a match above the threshold: the other tests look at those
        assert right.passage_marks() == []
        press_nearest(qtbot, window)
        checked += 1
        assert not [b for b, role in right.passage_marks() if role == "counterpart"]  # a guess is no match
        marked = [b for b, role in right.passage_marks() if role == "nearest"]
        assert len(marked) <= 1
        if not marked:
            assert right.notice_text().startswith("Nothing in 數字開物")
            continue
        notice = right.notice_text()
        assert notice.startswith("The nearest in 數字開物: score 0.") and "below the threshold" in notice, notice
        assert visible_in(right, marked[0])
        bar = right.browser.verticalScrollBar()
        if 0 < bar.value() < bar.maximum():  # level with the chosen passage
            assert abs(right.block_viewport_top(marked[0]) - left.block_viewport_top(a_block)) <= 2
        found += marked[0] in b_blocks
        assert left.passage_marks() == [(a_block, "chosen")]
        # what is painted: the tint, underlined with dashes (a match is not)
        start, _end = right.block_span(marked[0])
        painted = [x for x in right.browser.extraSelections()
                   if x.cursor.selectionStart() == start and x.format.background().style() != Qt.BrushStyle.NoBrush]
        assert painted and all(x.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
                               for x in painted)
    # of the labelled pairs that the window called "not in", the nearest passage is the labelled one
    # for 25 of 33 (measured 2026-12-01): a floor a few pairs below
    assert checked >= 25, checked
    assert found >= 0.65 * checked, (found, checked)


def not_in_pairs(qtbot, left, right) -> list[tuple[str, set[str]]]:
    """The labelled pairs that a click calls "not in" the transcript (what the window shows)."""
    out = []
    for a_block, b_blocks in labelled_pairs(NOTES, TRANSCRIPT):
        click_passage(qtbot, left, a_block)
        if right.notice_text().startswith("Not in 數字開物"):
            out.append((a_block, b_blocks))
    return out


def right_click(qtbot, window, pane, block_id: str):
    """The context menu of a passage, as a right-click opens it (the event the window system sends:
    QTest's mouse click does not make one), once it shows."""
    viewport = pane.browser.viewport()
    pos = point_in(pane, block_id)
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos)))
    menu = window.highlighting.context_menu
    qtbot.waitUntil(menu.isVisible)
    return menu


def right_click_choose(qtbot, window, pane, block_id: str, name: str) -> None:
    """Right-click a passage, then choose the menu entry `name` (an objectName) with the keyboard."""
    menu = right_click(qtbot, window, pane, block_id)
    qtbot.waitUntil(menu.isVisible)
    [action] = [a for a in menu.actions() if a.objectName() == name]
    assert action.isEnabled()
    menu.setActiveAction(action)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert not menu.isVisible()


def test_the_context_menu_shows_the_nearest_passages_of_the_passage_right_clicked(qtbot, make_window):
    window, left, right = compare_two(qtbot, make_window)
    a_block, _b_blocks = not_in_pairs(qtbot, left, right)[0]
    click_passage(qtbot, left, labelled_pairs(NOTES, TRANSCRIPT)[-1][0])  # another passage is chosen
    right_click_choose(qtbot, window, left, a_block, "nearestHereAction")
    assert left.passage_marks() == [(a_block, "chosen")]  # the passage right-clicked, not the one before
    [(nearest, role)] = right.passage_marks()
    assert role == "nearest" and visible_in(right, nearest)
    assert right.notice_text().startswith("The nearest in 數字開物: score 0.")


def test_a_locked_pane_shows_the_nearest_passage_where_it_is_and_says_so(qtbot, make_window):
    window, left, right = compare_two(qtbot, make_window)
    a_block, _b_blocks = not_in_pairs(qtbot, left, right)[0]
    click_passage(qtbot, left, a_block)
    qtbot.mouseClick(right.lock_button, Qt.MouseButton.LeftButton)
    held = right.browser.verticalScrollBar().value()
    press_nearest(qtbot, window)
    assert [role for _b, role in right.passage_marks()] == ["nearest"]
    assert right.notice_text().endswith("(locked: not moved)")
    assert right.browser.verticalScrollBar().value() == held


def test_the_nearest_passages_set_no_sync_point_while_one_is_being_set(qtbot, make_window):
    window, left, right = compare_two(qtbot, make_window)
    a_block, _b_blocks = not_in_pairs(qtbot, left, right)[0]
    click_passage(qtbot, right, next(b.id for b in right.article.blocks if b.kind == "paragraph"))
    right_click_choose(qtbot, window, left, a_block, "alignWithAction")  # Align This Passage With…
    assert window.comparing.picking
    press_nearest(qtbot, window)
    assert window.statusBar().currentMessage() == "Click the passage this one matches first, or press Esc"
    # the context menu's entry waits too
    menu = right_click(qtbot, window, right, next(b.id for b in right.article.blocks if b.kind == "paragraph"))
    [nearest] = [a for a in menu.actions() if a.objectName() == "nearestHereAction"]
    assert not nearest.isEnabled()
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    assert window.comparing.picking and window.comparing.pins.pins(NOTES, TRANSCRIPT) == []
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_Escape)  # no sync point after all
    assert not window.comparing.picking and window.comparing.pins.pins(NOTES, TRANSCRIPT) == []


def test_the_nearest_passages_ask_for_compare_mode_and_a_chosen_passage(qtbot, make_window):
    window = make_window()
    window.open_article(NOTES)
    click_entry(qtbot, window, TRANSCRIPT, modifier=CTRL)
    shown = []
    window.statusBar().messageChanged.connect(shown.append)
    press_nearest(qtbot, window)
    assert "Turn on View ▸ Compare Side by Side (Ctrl+Shift+C) first" in shown
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_C, CTRL | SHIFT)  # View ▸ Compare
    qtbot.waitUntil(lambda: any("Passages aligned" in m for m in shown), timeout=10000)
    left, right = window.workspace.panes
    press_nearest(qtbot, window)  # nothing clicked yet
    assert window.statusBar().currentMessage() == "Click a passage first"
    assert all(pane.passage_marks() == [] for pane in window.workspace.panes)
    # chosen in one pane, asked from the other: the passage chosen
    a_block, _b_blocks = not_in_pairs(qtbot, left, right)[0]
    click_passage(qtbot, left, a_block)
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_Tab, CTRL)  # Next Pane
    assert window.workspace.current is right
    press_nearest(qtbot, window)
    assert [role for _b, role in right.passage_marks()] == ["nearest"]
    # compare mode off and on again: nothing is chosen any more
    for _ in range(2):
        qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_C, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.comparing.active and not window.comparing.preparing, timeout=10000)
    press_nearest(qtbot, window)
    assert window.statusBar().currentMessage() == "Click a passage first"
    assert all(pane.passage_marks() == [] for pane in window.workspace.panes)
