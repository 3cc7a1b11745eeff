"""Highlights in the real window: select with the mouse or keys, press a colour key, see it,
find it in the panel, follow it across script modes, undo it, export and import it."""

import json
import sqlite3

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from reader.core.highlights.store import HighlightStore
from reader.core.script.modes import convert_text
from reader.core.text.canonical import canonical
from reader.ui.app import create_window
from reader.ui.dialogs.highlight_dialog import HighlightDialog

from .helpers import type_text

NOTES = "dwarkesh-notes"  # Simplified
TRANSCRIPT = "shuzi-kaiwu-transcript"  # Traditional


def point_of(pane, position: int) -> QPoint:
    """Where a document position is on screen (the pane scrolls it into view first)."""
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(position)
    pane.browser.setTextCursor(cursor)
    pane.browser.ensureCursorVisible()
    return pane.browser.cursorRect(cursor).center()


def drag_select(qtbot, pane, phrase: str) -> None:
    """Select `phrase` (as shown) with the mouse: press before its first character, release
    after its last."""
    text = pane.browser.document().toPlainText()
    at = text.index(phrase)
    viewport = pane.browser.viewport()
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(at)
    pane.browser.setTextCursor(cursor)
    pane.browser.ensureCursorVisible()
    start = pane.browser.cursorRect(cursor)
    cursor.setPosition(at + len(phrase))
    end = pane.browser.cursorRect(cursor)
    press = QPoint(start.left() + 1, start.center().y())
    release = QPoint(end.left() - 1, end.center().y())
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(viewport, release)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=release)
    assert pane.browser.textCursor().selectedText() == phrase


def painted(pane) -> list[str]:
    return [text for _id, text in pane.highlight_spans()]


def panel_rows(window) -> list[str]:
    panel = window.highlights_panel
    return [panel.row_text(i) for i in range(len(panel.rows()))]


def test_select_with_the_mouse_press_2_open_the_panel_click_and_the_pane_scrolls_there(qtbot, make_window):
    window = make_window()
    window.open_article(NOTES)
    pane = window.workspace.current
    drag_select(qtbot, pane, "认知缺陷众多")
    pane.browser.setFocus()
    qtbot.keyClick(pane.browser, Qt.Key.Key_2)
    assert painted(pane) == ["认知缺陷众多"]
    assert pane.browser.textCursor().selectedText() == ""  # the selection gave way to the highlight
    stored = window.highlighting.store.list(article_id=NOTES)
    assert [(h.exact, h.color) for h in stored] == [("认知缺陷众多", "red")]
    assert "认知缺陷众多" in window.statusBar().currentMessage()

    # the panel lists it; scroll away, click the row, the pane comes back to it
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.highlights_dock.isVisible()
    assert panel_rows(window)[0].startswith("认知缺陷众多")
    pane.browser.verticalScrollBar().setValue(pane.browser.verticalScrollBar().maximum())
    assert "认知缺陷众多" not in pane.visible_text()
    lst = window.highlights_panel.list
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(lst.item(0)).center())
    assert "认知缺陷众多" in pane.visible_text()


def test_keyboard_selection_and_h_repeats_the_last_colour(qtbot, make_window):
    window = make_window()
    window.open_article(NOTES)
    pane = window.workspace.current
    text = pane.browser.document().toPlainText()
    at = text.index("多模态能力欠缺")
    qtbot.keyClick(window, Qt.Key.Key_F7)  # caret browsing: the keyboard can select
    assert window.action_set["caretAction"].isChecked()
    point_of(pane, at)
    for _ in range(4):
        qtbot.keyClick(pane.browser, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert pane.browser.textCursor().selectedText() == "多模态能"
    qtbot.keyClick(pane.browser, Qt.Key.Key_4)
    point_of(pane, text.index("无法使用计算机"))
    for _ in range(3):
        qtbot.keyClick(pane.browser, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(pane.browser, Qt.Key.Key_H)
    got = {(h.exact, h.color) for h in window.highlighting.store.list()}
    assert got == {("多模态能", "blue"), ("无法使", "blue")}


def test_a_highlight_stays_on_the_same_words_in_every_script_mode(qtbot, make_window):
    window = make_window()
    window.open_article(TRANSCRIPT)
    pane = window.workspace.current
    window.action_set.group("script")["hans"].trigger()  # made while the Traditional article is shown in 简体
    drag_select(qtbot, pane, "强化学习")
    qtbot.keyClick(pane.browser, Qt.Key.Key_1)
    (stored,) = window.highlighting.store.list()
    assert stored.exact == "強化學習"  # kept as the article writes it
    for mode in ("original", "hant", "tw", "hk", "hans"):
        window.action_set.group("script")[mode].trigger()
        expected = convert_text("強化學習", mode, vocabulary=mode == "tw", source="hant")
        assert painted(pane) == [expected], mode
        # and the panel quotes it in the script shown
        assert panel_rows(window)[0].startswith(expected)


def test_undo_and_redo_cover_create_edit_and_delete(qtbot, make_window):
    window = make_window()
    window.open_article(NOTES)
    pane = window.workspace.current
    drag_select(qtbot, pane, "智能不足")
    qtbot.keyClick(pane.browser, Qt.Key.Key_3)
    (h,) = window.highlighting.store.list()

    tries = []

    def fill_dialog():
        dialog = QApplication.activeModalWidget()
        tries.append(1)
        ready = isinstance(dialog, HighlightDialog) and dialog.isActiveWindow()
        if not ready and len(tries) < 150:
            QTimer.singleShot(20, fill_dialog)  # not open (or not active: its keys go elsewhere) yet
            return
        try:
            assert "智能不足" in dialog.quote.toPlainText()
            type_text(qtbot, dialog.note_edit, "关键论点")
            dialog.tags_edit.clear()
            type_text(qtbot, dialog.tags_edit, "能力，RL")
            qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        finally:
            if dialog.isVisible():  # whatever went wrong, never leave a modal dialog open
                dialog.reject()

    # N on the highlight opens the dialog; Ctrl+Enter saves
    point_of(pane, pane.browser.document().toPlainText().index("智能不足") + 1)
    QTimer.singleShot(0, fill_dialog)
    qtbot.keyClick(pane.browser, Qt.Key.Key_N)
    edited = window.highlighting.store.get(h.id)
    assert (edited.note, edited.tags) == ("关键论点", ("能力", "RL"))
    assert "关键论点" in panel_rows(window)[0] and "#能力" in panel_rows(window)[0]

    # Delete in the panel, then undo three times and redo three times
    window.activateWindow()  # a window manager gives the focus back when the dialog closes; offscreen, we do
    qtbot.waitUntil(window.isActiveWindow)
    lst = window.highlights_panel.list
    lst.setCurrentRow(0)
    lst.setFocus()
    qtbot.keyClick(lst, Qt.Key.Key_Delete)
    assert window.highlighting.store.count() == 0 and painted(pane) == []
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, ctrl)
    assert window.highlighting.store.get(h.id).note == "关键论点" and painted(pane) == ["智能不足"]
    qtbot.keyClick(window, Qt.Key.Key_Z, ctrl)
    assert window.highlighting.store.get(h.id).note == ""
    qtbot.keyClick(window, Qt.Key.Key_Z, ctrl)
    assert window.highlighting.store.count() == 0 and painted(pane) == []
    assert not window.highlighting.undo_action.isEnabled()
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert window.highlighting.store.count() == 0  # the last redo deleted it again
    qtbot.keyClick(window, Qt.Key.Key_Z, ctrl)
    assert window.highlighting.store.get(h.id).note == "关键论点"


def test_export_then_import_into_an_empty_data_folder_gives_the_same_highlights(qtbot, make_window, content_copy,
                                                                                  tmp_path, monkeypatch):
    window = make_window()
    window.open_article(NOTES)
    drag_select(qtbot, window.workspace.current, "缺乏持续学习能力")
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_5)
    window.open_article(TRANSCRIPT)
    drag_select(qtbot, window.workspace.current, "強化學習")
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_2)
    before = sorted((h.id, h.article_id, h.block_id, h.start, h.end, h.exact, h.color)
                    for h in window.highlighting.store.list())
    target = tmp_path / "out.jsonld"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.highlighting.export_action.trigger()
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["type"] == "AnnotationCollection" and len(doc["first"]["items"]) == 2
    markdown = tmp_path / "out.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(markdown), ""))
    window.highlighting.export_action.trigger()
    assert "缺乏持续学习能力" in markdown.read_text(encoding="utf-8")
    assert f"duidu://open?article={NOTES}&block=" in markdown.read_text(encoding="utf-8")
    window.close()

    other = create_window(content_copy, tmp_path / "fresh")
    qtbot.addWidget(other)
    other.show()
    qtbot.waitUntil(lambda: other.ready)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    other.highlighting.import_action.trigger()
    after = sorted((h.id, h.article_id, h.block_id, h.start, h.end, h.exact, h.color)
                   for h in other.highlighting.store.list())
    assert after == before
    other.highlighting.import_action.trigger()  # the same file again adds nothing
    assert other.highlighting.store.count() == 2
    assert "0" in other.statusBar().currentMessage()
    other.close()


def test_a_malformed_import_says_why_and_writes_nothing(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window()
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: shown.append(text))
    window.highlighting.import_action.trigger()
    assert shown and "bad.json" in shown[0]
    assert window.highlighting.store.count() == 0


def test_a_damaged_database_is_set_aside_and_the_user_is_told(qtbot, make_window, content_copy, data_dir):
    window = make_window()
    window.open_article(NOTES)
    drag_select(qtbot, window.workspace.current, "智能不足")
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_1)
    path = window.highlighting.store.path
    window.close()
    path.write_bytes(b"this is not a database" * 100)
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    again = create_window(content_copy, data_dir)  # the message box, not the window, takes the focus
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.notices.get("highlightProblemBox") is not None
                    and again.notices["highlightProblemBox"].isVisible(), timeout=3000)
    assert "set aside" in again.notices["highlightProblemBox"].text()
    aside = [p for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path and "damaged" in p.name]
    assert aside and aside[0].read_bytes().startswith(b"this is not a database")
    assert "set aside" in again.statusBar().currentMessage()
    again.notices["highlightProblemBox"].accept()
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    # and highlighting works on the new database
    again.open_article(NOTES)
    drag_select(qtbot, again.workspace.current, "智能不足")
    qtbot.keyClick(again.workspace.current.browser, Qt.Key.Key_1)
    assert again.highlighting.store.count() == 1
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_renamed_colours_show_in_the_menu_and_panel(qtbot, make_window, data_dir):
    store = HighlightStore(data_dir)
    store.rename_color("red", "存疑")
    store.close()
    window = make_window()
    assert "存疑" in window.highlighting.color_actions[1].text()
    assert canonical("存疑") in canonical(window.highlighting.color_actions[1].toolTip())


def test_a_double_click_selects_a_chinese_word_and_a_selection_snaps_to_the_words(qtbot, make_window):
    window = make_window()
    window.open_article(TRANSCRIPT)
    pane = window.workspace.current
    text = pane.browser.document().toPlainText()
    at = text.index("強化學習")
    point = point_of(pane, at + 1)  # in the middle of 強化學習's 化
    qtbot.mouseDClick(pane.browser.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x() + 4, point.y()))
    assert pane.browser.textCursor().selectedText() == "強化"
    qtbot.keyClick(pane.browser, Qt.Key.Key_1)
    assert painted(pane) == ["強化"]
    # a drag that takes the comma before and after picks the words only
    window.open_article(NOTES)
    phrase = next(p for p in ("，但距离能够作为", "，") if p in pane.browser.document().toPlainText())
    drag_select(qtbot, pane, phrase)
    qtbot.keyClick(pane.browser, Qt.Key.Key_2)
    assert painted(pane) == [phrase.strip("，")]


def test_colour_keys_type_into_the_find_bar_instead_of_highlighting(qtbot, make_window):
    window = make_window()
    window.open_article(NOTES)
    drag_select(qtbot, window.workspace.current, "智能不足")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = window.workspace.current.find_bar.box
    assert box.hasFocus()
    box.clear()
    qtbot.keyClicks(box, "12h")
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    assert box.text() == "12"
    assert window.highlighting.store.count() == 0


def test_hovering_a_highlight_shows_its_note_and_tags(qtbot, make_window):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from reader.core.highlights.anchoring import anchor_quote
    from reader.core.highlights.model import Highlight

    window = make_window()
    window.open_article(NOTES)
    store = window.highlighting.store
    store.add(Highlight.new(NOTES, anchor_quote(window.workspace.current.article, "智能不足"), "green", "要核对原话", ("待查",)))
    window.highlighting.refresh()
    pane = window.workspace.current
    at = pane.browser.document().toPlainText().index("智能不足")
    point = point_of(pane, at + 1)
    viewport = pane.browser.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert QToolTip.text() == "要核对原话\n#待查"
    QToolTip.hideText()
