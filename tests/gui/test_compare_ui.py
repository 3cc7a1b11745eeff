"""Compare mode in the real window: click a passage and see what the other article says in its
place (or that it does not), scroll one pane and the other follows by passage, lock a pane, pin
a sync point that survives a restart, and read the coverage strip. The expected pairs come from
the hand-labelled set (tests/data/compare/pairs.toml), not from the aligner."""

import tomllib
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication

from reader.ui.app import create_window

from .test_workspace_ui import CTRL, SHIFT, click_entry

LABELS = Path(__file__).resolve().parents[1] / "data" / "compare" / "pairs.toml"
NOTES = "dwarkesh-notes"
TRANSCRIPT = "shuzi-kaiwu-transcript"


def labelled(a: str, b: str):
    """(pairs, absent) of the labelled set between articles a and b, seen from a."""
    data = tomllib.loads(LABELS.read_text(encoding="utf-8"))
    pairs = []
    for p in data["pair"]:
        if (p["a"], p["b"]) == (a, b):
            pairs.append((p["a_block"], {p["b_block"], *p.get("also", [])}, p["kind"]))
        elif (p["a"], p["b"]) == (b, a):
            pairs.append((p["b_block"], {p["a_block"]}, p["kind"]))
    absent = [x["a_block"] for x in data["absent"] if (x["a"], x["b"]) == (a, b)]
    return pairs, absent


def point_in(pane, block_id: str) -> QPoint:
    """A point inside a passage on screen (the pane scrolls it into view first)."""
    pane.scroll_to_block(block_id, -40)
    start, _end = pane.block_span(block_id)
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(start + 1)
    return pane.browser.cursorRect(cursor).center()


def click_passage(qtbot, pane, block_id: str) -> None:
    qtbot.mouseClick(pane.browser.viewport(), Qt.MouseButton.LeftButton, pos=point_in(pane, block_id))


def compare_two(qtbot, make_window, left=NOTES, right=TRANSCRIPT):
    window = make_window()
    window.open_article(left)
    click_entry(qtbot, window, right, modifier=CTRL)
    shown = []  # every status message: the index's, finishing at the same moment, may replace this one at once
    window.statusBar().messageChanged.connect(shown.append)
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_C, CTRL | SHIFT)  # View ▸ Compare
    assert window.action_set["compareAction"].isChecked()
    assert "Aligning" in window.statusBar().currentMessage()  # in a worker: the window answers meanwhile
    qtbot.waitUntil(lambda: any("Passages aligned" in m for m in shown), timeout=10000)
    return window, window.workspace.panes[0], window.workspace.panes[1]


def visible_in(pane, block_id: str) -> bool:
    top = pane.block_viewport_top(block_id)
    return top is not None and 0 <= top < pane.browser.viewport().height()


def test_clicking_a_passage_marks_and_brings_level_what_the_other_article_says(qtbot, make_window):
    window, left, right = compare_two(qtbot, make_window)
    close = [(a, b) for a, b, kind in labelled(NOTES, TRANSCRIPT)[0] if kind == "close"]
    assert len(close) >= 10
    for a_block, b_blocks in close:
        click_passage(qtbot, left, a_block)
        assert left.passage_marks() == [(a_block, "chosen")]
        marked = {b for b, role in right.passage_marks() if role == "counterpart"}
        assert marked & b_blocks, (a_block, marked, b_blocks)
        best = next(b for b in marked if b in b_blocks)
        assert visible_in(right, best)
        start, _end = right.block_span(best)  # a match is tinted, not underlined as a guess is
        assert not [x for x in right.browser.extraSelections() if x.cursor.selectionStart() == start
                    and x.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline]
        # level with the passage clicked, unless the other pane could not scroll that far
        bar = right.browser.verticalScrollBar()
        if 0 < bar.value() < bar.maximum():
            assert abs(right.block_viewport_top(best) - left.block_viewport_top(a_block)) <= 2
        assert right.notice_text().startswith("Says the same")


def test_a_passage_without_counterpart_says_so(qtbot, make_window):
    window, left, right = compare_two(qtbot, make_window)
    _pairs, absent = labelled(NOTES, TRANSCRIPT)
    assert len(absent) >= 5
    for block in absent:
        click_passage(qtbot, left, block)
        assert right.passage_marks() == []
        assert right.notice_text().startswith("Not in 數字開物")


def in_reading_order(pairs, a_article, b_article):
    """The largest set of labelled pairs that keep their order in both articles (a longest
    increasing subsequence by block position): what scrolling by passage can follow. Quotes that
    the notes repeat out of order in their own section are crossing links, which it cannot."""
    a_pos = {b.id: i for i, b in enumerate(a_article.blocks)}
    b_pos = {b.id: i for i, b in enumerate(b_article.blocks)}
    items = sorted((a_pos[a], min(b_pos[b] for b in bs), a, bs) for a, bs, _kind in pairs)
    best = [[] for _ in items]
    for i, (_ai, bi, *_rest) in enumerate(items):
        best[i] = max((best[j] for j in range(i) if items[j][1] < bi), key=len, default=[]) + [i]
    return [(items[i][2], items[i][3]) for i in max(best, key=len, default=[])]


def test_scrolling_by_passage_brings_the_matching_passage_to_the_reading_line(qtbot, make_window):
    window, left, right = compare_two(qtbot, make_window)
    assert window.action_set.group("sync")["passage"].isChecked()
    close = in_reading_order(labelled(NOTES, TRANSCRIPT)[0], left.article, right.article)
    assert len(close) >= 20
    line_left = left.browser.viewport().height() / 3
    line_right = right.browser.viewport().height() / 3
    checked = followed = 0
    for a_block, b_blocks in close:
        extent = left.block_extent(a_block)
        # a wheel turn until the passage stands at the left pane's reading line
        target = extent[0] - line_left + 5
        bar = left.browser.verticalScrollBar()
        if not 0 < target < bar.maximum():
            continue
        bar.setValue(round(target))
        other = right.browser.verticalScrollBar()
        if not 0 < other.value() < other.maximum():
            continue
        # the right pane's reading line is inside (or at the edge of) a passage labelled as the match
        at_line = other.value() + line_right
        hits = [b for b in b_blocks if right.block_extent(b) is not None
                and right.block_extent(b)[0] - 8 <= at_line <= right.block_extent(b)[1] + 8]
        followed += bool(hits)
        checked += 1
    assert checked >= 15
    assert followed >= 0.9 * checked, (followed, checked)


def test_scrolling_with_the_wheel_moves_the_other_pane_and_a_locked_pane_stays(qtbot, make_window):
    window, left, right = compare_two(qtbot, make_window)
    other = right.browser.verticalScrollBar()
    left.browser.verticalScrollBar().setValue(left.browser.verticalScrollBar().maximum() // 2)
    before = other.value()
    viewport = left.browser.viewport()
    for _ in range(6):
        qtbot.wait(1)
        centre = viewport.rect().center()
        event = QWheelEvent(centre, viewport.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(viewport, event)
    assert other.value() > before
    # lock the right pane with its header button: it no longer follows
    qtbot.mouseClick(right.lock_button, Qt.MouseButton.LeftButton)
    assert right.locked and right.lock_button.text() == "Locked"
    held = other.value()
    left.browser.verticalScrollBar().setValue(left.browser.verticalScrollBar().value() + 900)
    assert other.value() == held
    qtbot.mouseClick(right.lock_button, Qt.MouseButton.LeftButton)
    left.browser.verticalScrollBar().setValue(left.browser.verticalScrollBar().value() + 300)
    assert other.value() != held


def test_a_sync_point_changes_the_alignment_and_survives_a_restart(qtbot, make_window, content_copy, data_dir):
    window, left, right = compare_two(qtbot, make_window)
    _pairs, absent = labelled(NOTES, TRANSCRIPT)
    source = absent[0]  # nothing in the transcript matches it: the user decides it does
    target = next(b.id for b in right.article.blocks if b.kind == "paragraph" and len(b.text) > 40)
    click_passage(qtbot, left, source)
    assert right.passage_marks() == []
    # right-click: Align This Passage With…, then a click on the passage in the other pane
    left.browser.customContextMenuRequested.emit(point_in(left, source))
    menu = window.highlighting.context_menu
    [align_with] = [a for a in menu.actions() if a.objectName() == "alignWithAction"]
    menu.close()
    align_with.trigger()
    assert window.comparing.picking
    click_passage(qtbot, right, target)
    assert not window.comparing.picking
    assert "Sync point set" in window.statusBar().currentMessage()
    click_passage(qtbot, left, source)
    assert (target, "counterpart") in right.passage_marks()
    window.close()

    again = create_window(content_copy, data_dir)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.ready)
    left2, right2 = again.workspace.panes
    assert again.action_set["compareAction"].isChecked()
    click_passage(qtbot, left2, source)
    assert (target, "counterpart") in right2.passage_marks()
    again.close()


def test_esc_cancels_align_with(qtbot, make_window):
    window, left, right = compare_two(qtbot, make_window)
    block = labelled(NOTES, TRANSCRIPT)[1][0]
    window.comparing.start_pick(left, block)
    qtbot.keyClick(left.browser, Qt.Key.Key_Escape)
    assert not window.comparing.picking
    assert "No sync point" in window.statusBar().currentMessage()


def test_the_coverage_strip_has_a_filled_mark_for_each_covered_passage(qtbot, make_window):
    window, left, right = compare_two(qtbot, make_window)
    # the transcript (the longest) is the reference: the notes' strip shows what of it they cover
    strip = left.coverage_strip
    assert strip.isVisible() and right.coverage_strip.isVisible()
    marks = strip.marks()
    reference_passages = [b.id for b in right.article.blocks if b.kind in ("paragraph", "list_item", "quote")]
    assert [m[0] for m in marks] == reference_passages
    covered = {b for b, _w, count in marks if count}
    for a_block, b_blocks, kind in labelled(NOTES, TRANSCRIPT)[0]:
        if kind == "close":  # passages the notes repeat almost word for word are covered
            assert covered & b_blocks, (a_block, b_blocks)
    # what the user sees: a filled mark where covered, the faint colour where left out
    image = strip.grab().toImage()
    filled, faint = QColor(strip.colors[0]), QColor(strip.colors[1])
    for rect, block, count in strip._rects():
        if rect.height() < 2:
            continue
        pixel = image.pixelColor(int(rect.center().x()), int(rect.center().y()))
        assert pixel == (filled if count else faint), block
    # a click on a left-out mark brings the reference pane there
    left_out = next(rect for rect, _b, count in strip._rects() if not count and rect.height() >= 3)
    block = strip.mark_at(left_out.center().y())
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=left_out.center().toPoint())
    assert right.top_block() == block or visible_in(right, block)


def test_the_parallel_passages_panel_lists_pairs_best_first_and_shows_what_changed(qtbot, make_window):
    import opencc

    window, left, right = compare_two(qtbot, make_window)
    left.browser.setFocus()
    qtbot.keyClick(left.browser, Qt.Key.Key_P, CTRL | SHIFT)
    panel = window.compare_mode.panel
    assert window.compare_mode.dock.isVisible()
    rows = panel.rows()
    assert len(rows) > 20
    scores = [float(panel.list.item(i).text().split()[0]) for i in range(panel.list.count())]
    assert scores == sorted(scores, reverse=True)
    close = [(a, b) for a, b, kind in labelled(NOTES, TRANSCRIPT)[0] if kind == "close"]
    listed = {a: b for a, b in rows}
    assert sum(listed.get(a) in bs for a, bs in close) >= 0.8 * len(close)
    # a click on a row brings both panes to its passages (one whose wording differs after t2s)
    t2s = opencc.OpenCC("t2s").convert
    a_block, b_blocks = next((a, bs) for a, bs in close if listed.get(a) in bs
                             and t2s(left.article.block(a).text) != t2s(right.article.block(listed[a]).text))
    row = next(i for i, (a, _b) in enumerate(rows) if a == a_block)
    item = panel.list.item(row)
    panel.list.scrollToItem(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualItemRect(item).center())
    assert visible_in(left, a_block) and visible_in(right, listed[a_block])
    # what changed: nothing tinted in one passage is in the other in the same words (after t2s)
    a_text = t2s(left.article.block(a_block).text)
    b_text = t2s(right.article.block(listed[a_block]).text)
    tinted_a, tinted_b = panel.differing_texts()
    assert tinted_a or tinted_b
    assert not any(len(run) >= 3 and t2s(run) in b_text for run in tinted_a)
    assert not any(len(run) >= 3 and t2s(run) in a_text for run in tinted_b)
    assert len("".join(tinted_a)) < len(a_text)  # a close pair shares most of its words


def test_the_same_article_in_two_scripts_is_matched_passage_for_passage(qtbot, make_window):
    window = make_window()
    window.open_article(NOTES)
    left = window.workspace.current
    menu = left.compare_menu
    menu.aboutToShow.emit()  # what the ⇄ button over the text shows
    [again] = [a for a in menu.actions() if a.text().startswith("This Article Again")]
    assert "臺灣正體" in again.text()
    again.trigger()
    right = window.workspace.current
    assert right is not left and right.article.id == NOTES and right.script_mode.value == "tw"
    assert window.action_set["compareAction"].isChecked()
    # what the conversion changed is marked in the converted pane
    assert right.changed_spans() and left.changed_spans() == []
    for block in [b.id for b in left.article.blocks if b.kind == "paragraph"][:8]:
        click_passage(qtbot, left, block)
        assert right.passage_marks() == [(block, "counterpart")]
        assert right.notice_text().startswith("Says the same: score 1.00")


def test_compare_with_the_current_article_from_the_library(qtbot, make_window):
    window = make_window()
    window.open_article(NOTES)
    panel = window.library_panel
    item = panel.item_for(TRANSCRIPT)
    panel._context_menu(panel.list.visualItemRect(item).center())
    [compare] = [a for a in panel.context_menu.actions() if a.text() == "Compare with the Current Article"]
    compare.trigger()
    assert [p.article.id for p in window.workspace.panes] == [NOTES, TRANSCRIPT]
    assert window.action_set["compareAction"].isChecked()
    qtbot.waitUntil(lambda: window.workspace.panes[0].coverage_strip.isVisible(), timeout=10000)


def test_export_aligned_passages_from_the_file_menu(qtbot, make_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window, left, right = compare_two(qtbot, make_window)
    target = tmp_path / "pairs.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)"))
    left.browser.setFocus()
    window.action_set["exportAlignedAction"].trigger()
    import csv

    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert rows and "Exported" in window.statusBar().currentMessage()
    exported = {(r.get("a_block"), r.get("b_block")) for r in rows}
    close = [(a, bs) for a, bs, kind in labelled(NOTES, TRANSCRIPT)[0] if kind == "close"]
    assert sum(any((a, b) in exported for b in bs) for a, bs in close) >= 0.8 * len(close)
    assert all("duidu://open?article=" in " ".join(r.values()) for r in rows)
