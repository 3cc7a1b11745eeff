"""Edit ▸ Preferences (Ctrl+,): every change shows at once in every open pane, the theme changes
the application's palette, and all of it is still there after a restart."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from .helpers import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
TRANSCRIPT = "shuzi-kaiwu-transcript"


def open_preferences(qtbot, window):
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_Comma, CTRL)
    dialog = window.preferences.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def type_into(qtbot, spin, text: str) -> None:
    """Replace a spin box's value as a user does: select it, type, Enter."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def choose(qtbot, combo, text: str) -> None:
    """Pick the entry that says `text` with the arrow keys (a popup does not open offscreen)."""
    combo.setFocus()
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert text in texts, texts
    key = Qt.Key.Key_Down if texts.index(text) > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(50):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, key)
    raise AssertionError(f"could not reach {text!r}")


def window_colors():
    palette = QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).name(), palette.color(QPalette.ColorRole.Text).name()


def test_preferences_apply_to_every_pane_and_survive_a_restart(qtbot, make_window):
    window = make_window()
    window.open_article(TRANSCRIPT)
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_Backslash, CTRL)  # split: two panes
    panes = window.workspace.panes
    assert len(panes) == 2
    tall = {id(p): p.browser.document().size().height() for p in panes}
    assert all(p.browser.document().defaultFont().pointSizeF() == 13 for p in panes)

    dialog = open_preferences(qtbot, window)
    assert window.action_set["preferencesAction"].menu() is None
    assert dialog.size_box.value() == 13 and dialog.line_height_box.value() == 170
    type_into(qtbot, dialog.size_box, "17")
    type_into(qtbot, dialog.line_height_box, "220")
    type_into(qtbot, dialog.spacing_box, "2")
    choose(qtbot, dialog.theme_box, "Sepia")
    # every open pane, not only the current one
    for pane in panes:
        doc = pane.browser.document()
        qtbot.waitUntil(lambda d=doc: d.defaultFont().pointSizeF() == 17)
        qtbot.waitUntil(lambda d=doc: "line-height: 220%" in d.defaultStyleSheet())
        assert "margin-bottom: 2em" in doc.defaultStyleSheet()
        assert "color: #3b2f20" in doc.defaultStyleSheet()  # the sepia ink
        assert doc.size().height() > tall[id(pane)] * 1.3  # bigger, airier text is longer
    assert window_colors() == ("#e9dcc0", "#3b2f20")
    assert window.action_set.group("theme")["sepia"].isChecked()
    dialog.close()
    window.close()

    again = make_window()
    assert len(again.workspace.panes) == 2
    for pane in again.workspace.panes:
        doc = pane.browser.document()
        assert doc.defaultFont().pointSizeF() == 17
        assert "line-height: 220%" in doc.defaultStyleSheet() and "color: #3b2f20" in doc.defaultStyleSheet()
    assert window_colors() == ("#e9dcc0", "#3b2f20")
    # a new pane gets them too
    qtbot.keyClick(again.workspace.current.browser, Qt.Key.Key_Backslash, CTRL)
    assert again.workspace.current.browser.document().defaultFont().pointSizeF() == 17
    dialog = open_preferences(qtbot, again)
    assert (dialog.size_box.value(), dialog.line_height_box.value(), dialog.spacing_box.value()) == (17, 220, 2)
    assert dialog.theme_box.currentText() == "Sepia"

    # Restore Defaults puts everything back, at once
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.RestoreDefaults), Qt.MouseButton.LeftButton)
    pane = again.workspace.current
    qtbot.waitUntil(lambda: pane.browser.document().defaultFont().pointSizeF() == 13)
    assert "line-height: 170%" in pane.browser.document().defaultStyleSheet()
    assert dialog.size_box.value() == 13 and dialog.theme_box.currentText() == "Follow the system"


def test_page_width_narrows_the_text_column(qtbot, make_window):
    window = make_window()
    pane = window.workspace.current
    qtbot.keyClick(pane.browser, Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)  # hide the library
    qtbot.keyClick(pane.browser, Qt.Key.Key_O, CTRL | Qt.KeyboardModifier.ShiftModifier)  # and the contents
    frame = pane.browser.document().rootFrame
    qtbot.waitUntil(lambda: pane.browser.viewport().width() > 600)
    wide = pane.browser.viewport().width() - 2 * frame().frameFormat().leftMargin()
    dialog = open_preferences(qtbot, window)
    type_into(qtbot, dialog.width_box, "20")
    qtbot.waitUntil(lambda: pane.browser.viewport().width() - 2 * frame().frameFormat().leftMargin() < wide * 0.7)
    em = pane.browser.fontMetrics().horizontalAdvance("中")
    column = pane.browser.viewport().width() - 2 * frame().frameFormat().leftMargin()
    assert 19 * em <= column <= 21 * em  # about twenty characters to a line
    window.close()
    again = make_window()
    browser = again.workspace.current.browser
    qtbot.waitUntil(lambda: browser.viewport().width() > 600)  # the docks stay hidden
    column = browser.viewport().width() - 2 * browser.document().rootFrame().frameFormat().leftMargin()
    assert 19 * em <= column <= 21 * em


def test_a_theme_switch_in_preferences_changes_the_palette(qtbot, make_window):
    window = make_window()
    dialog = open_preferences(qtbot, window)
    choose(qtbot, dialog.theme_box, "Dark")
    window_color, text_color = window_colors()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert QApplication.palette().color(QPalette.ColorRole.Text).lightness() > 180
    assert window.action_set.group("theme")["dark"].isChecked()
    choose(qtbot, dialog.theme_box, "Light")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200
    assert window_colors() != (window_color, text_color)
    assert "#2b2a27" in window.workspace.current.browser.document().defaultStyleSheet()  # light ink
    # and the View menu's Theme entries say the same as the dialog
    window.action_set.group("theme")["sepia"].trigger()
    assert window_colors() == ("#e9dcc0", "#3b2f20")


def test_language_and_search_as_you_type_from_preferences(qtbot, make_window):
    window = make_window(wait_index=True)
    dialog = open_preferences(qtbot, window)
    edit_menu = window.action_set.menus["edit"]
    choose(qtbot, dialog.language_box, "简体中文")
    qtbot.waitUntil(lambda: edit_menu.title() == "编辑(&E)")  # a language change is a posted event
    assert dialog.windowTitle() == "首选项" and dialog.language_box.currentText() == "简体中文"
    assert window.action_set.group("language")["zh_CN"].isChecked()
    choose(qtbot, dialog.language_box, "English")
    qtbot.waitUntil(lambda: edit_menu.title() == "&Edit")
    assert dialog.windowTitle() == "Preferences"

    box = window.search_panel.box
    assert dialog.as_you_type_box.isChecked()
    dialog.as_you_type_box.click()  # off: typing alone does not search
    dialog.close()
    window.show_search()
    type_text(qtbot, box, "吸管")
    qtbot.wait(600)  # longer than the search-as-you-type pause
    assert window.search_panel.results.topLevelItemCount() == 0
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search_panel.results.topLevelItemCount() > 0)
    window.close()
    again = make_window(wait_index=True)
    assert again.search_panel.as_you_type is False and again.settings.ui_language == "en"


def test_no_two_fields_of_the_dialog_share_an_access_key(qtbot, make_window):
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    window = make_window()
    for language, title in (("en", "Preferences"), ("zh_CN", "首选项")):
        window.action_set.group("language")[language].trigger()
        dialog = open_preferences(qtbot, window)
        qtbot.waitUntil(lambda t=title: dialog.windowTitle() == t)
        letters: dict[str, list[str]] = {}
        for widget in (*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)):
            found = re.search(r"&([^&])", widget.text())
            if found:
                letters.setdefault(found.group(1).lower(), []).append(widget.text())
        assert {k: v for k, v in letters.items() if len(v) > 1} == {}
        dialog.close()
