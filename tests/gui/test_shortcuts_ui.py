"""The keyboard: every action's keys follow the desktop's conventions and no two share a key; the
shortcuts sheet (F1, Ctrl+/) lists them in the UI's language and its filter narrows the rows; the
README's table is the one the action table gives now; the page keys move the text."""

import importlib.util
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut

from .helpers import type_text
from .test_workspace_ui import CTRL

ROOT = Path(__file__).resolve().parents[2]


def every_key(window) -> dict[str, list[str]]:
    """Each key sequence the window answers to → the actions (and shortcuts) that have it."""
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            owners.setdefault(sequence.toString(), []).append(action.objectName() or action.text())
    for shortcut in window.findChildren(QShortcut):
        owners.setdefault(shortcut.key().toString(), []).append(f"QShortcut {shortcut.key().toString()}")
    return owners


def test_the_keys_follow_the_desktop_and_no_two_actions_share_one(qtbot, make_window):
    window = make_window()
    window.show_timeline(True)  # every late part built: timeline, compare mode, search, highlights
    window.set_compare(True)
    owners = every_key(window)
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert shared == {}
    keys = {a.objectName(): {s.toString() for s in a.shortcuts()} for a in window.findChildren(QAction)}
    conventions = {"findAction": "Ctrl+F", "closePaneAction": "Ctrl+W", "nextPaneAction": "Ctrl+Tab",
                   "fullScreenAction": "F11", "backAction": "Alt+Left", "forwardAction": "Alt+Right",
                   "shortcutsAction": "F1", "quitAction": "Ctrl+Q", "importArticlesAction": "Ctrl+O",
                   "undoHighlightAction": "Ctrl+Z", "findNextAction": "F3", "zoomInAction": "Ctrl++"}
    assert {name: key for name, key in conventions.items() if key not in keys[name]} == {}
    assert "Ctrl+/" in keys["shortcutsAction"]


def test_no_two_entries_of_a_menu_share_an_access_key(qtbot, make_window):
    """Alt+F, then a letter: with two entries on one letter, the letter only moves between them."""
    window = make_window()
    clashes = {}
    for language, view_title in (("en", "&View"), ("zh_CN", "视图(&V)")):
        window.action_set.group("language")[language].trigger()
        qtbot.waitUntil(lambda t=view_title: window.action_set.menus["view"].title() == t)
        for key, menu in window.action_set.menus.items():
            letters: dict[str, list[str]] = {}
            for action in menu.actions():
                found = re.search(r"&([^&])", action.text())
                if found:
                    letters.setdefault(found.group(1).lower(), []).append(action.text())
            clashes.update({(language, key, letter): texts for letter, texts in letters.items() if len(texts) > 1})
    assert clashes == {}


def test_f11_makes_the_window_full_screen_and_back(qtbot, make_window):
    window = make_window()
    action = window.action_set["fullScreenAction"]
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert action.isChecked()
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not action.isChecked()


def test_f11_twice_leaves_a_maximised_window_maximised(qtbot, make_window):
    window = make_window()
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    qtbot.waitUntil(window.isMaximized)


def test_space_shift_space_home_and_end_move_through_the_article(qtbot, make_window):
    window = make_window()
    window.open_article("shuzi-kaiwu-transcript")
    pane = window.workspace.current
    bar = pane.browser.verticalScrollBar()
    pane.browser.setFocus()
    bar.setValue(0)
    qtbot.keyClick(pane.browser, Qt.Key.Key_Space)
    assert bar.value() == bar.pageStep() > 0
    qtbot.keyClick(pane.browser, Qt.Key.Key_Space)
    qtbot.keyClick(pane.browser, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert bar.value() == bar.pageStep()
    qtbot.keyClick(pane.browser, Qt.Key.Key_End)
    assert bar.value() == bar.maximum() > 0
    qtbot.keyClick(pane.browser, Qt.Key.Key_Home)
    assert bar.value() == 0


def test_f1_shows_the_sheet_and_typing_narrows_the_rows(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_F1)
    sheet = window.keyboard.sheet
    qtbot.waitUntil(lambda: sheet is not None and sheet.isVisible())
    everything = sheet.visible_rows()
    assert len(everything) > 35
    assert ("Close Pane", "Ctrl+W / Ctrl+F4") in everything and ("Back", "Alt+Left / Backspace") in everything
    qtbot.waitUntil(sheet.filter_box.hasFocus)  # typing goes to the filter at once
    type_text(qtbot, sheet.filter_box, "pane")
    narrowed = sheet.visible_rows()
    assert narrowed and len(narrowed) < len(everything)
    assert narrowed == [row for row in everything if "pane" in (row[0] + " " + row[1]).lower()]
    assert ("Close Pane", "Ctrl+W / Ctrl+F4") in narrowed and "Open in a New Pane" in [text for text, _k in narrowed]
    sheet.filter_box.clear()
    type_text(qtbot, sheet.filter_box, "ctrl+shift+h")  # keys too
    assert sheet.visible_rows() == [("Show Highlights Panel", "Ctrl+Shift+H")]
    type_text(qtbot, sheet.filter_box, "x")
    assert sheet.visible_rows() == []
    sheet.close()


def test_the_sheet_speaks_the_interface_language(qtbot, make_window):
    window = make_window()
    window.action_set.group("language")["zh_CN"].trigger()
    qtbot.waitUntil(lambda: window.action_set.menus["view"].title().startswith("视图"))
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_Slash, CTRL)
    sheet = window.keyboard.sheet
    qtbot.waitUntil(lambda: sheet is not None and sheet.isVisible())
    assert sheet.windowTitle() == "键盘快捷键"
    rows = sheet.visible_rows()
    assert ("关闭窗格", "Ctrl+W / Ctrl+F4") in rows
    assert not [text for text, _keys in rows if re.search(r"[A-Za-z]{4,}", text)]  # nothing left in English
    type_text(qtbot, sheet.filter_box, "窗格")
    assert sheet.visible_rows() and all("窗格" in text for text, _keys in sheet.visible_rows())
    window.action_set.group("language")["en"].trigger()
    qtbot.waitUntil(lambda: sheet.windowTitle() == "Keyboard Shortcuts")
    sheet.filter_box.clear()
    assert ("Close Pane", "Ctrl+W / Ctrl+F4") in sheet.visible_rows()


def test_the_readme_table_is_the_one_the_action_table_gives(qapp):
    spec = importlib.util.spec_from_file_location("shortcuts_table", ROOT / "resources" / "shortcuts_table.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert script.readme_section(readme) == script.section(), \
        "README.md's shortcuts are out of date: python resources/shortcuts_table.py --write"
    assert "| View | Zoom In | Ctrl+= / Ctrl++ |" in readme  # the table is really there
