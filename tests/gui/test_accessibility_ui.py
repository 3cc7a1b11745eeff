"""Accessibility: every control of the main window has a name a screen reader can say, the
keyboard reaches every part of the window, and the control with the focus shows it.

The rule for a name: a button is named by its text (what Qt's accessibility gives as its name);
a combo box by its accessible name or a label whose buddy it is (on Linux Qt gives a combo's
current item as its name, which does not say what the box is for); any other control by the
name Qt's accessibility interface gives it (its accessible name, a buddy label, a tab's text).
A name has at least one letter: "⇄" or "▲" alone says nothing."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QComboBox, QLabel, QLineEdit, QWidget

from .test_workspace_ui import CTRL, SHIFT

CONTROLS = (QAbstractButton, QLineEdit, QAbstractItemView, QComboBox)


def spoken_name(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        buddies = [label.text() for label in widget.window().findChildren(QLabel) if label.buddy() is widget]
        return widget.accessibleName() or "".join(buddies)
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def controls(window) -> list[QWidget]:
    """Every visible widget that takes the focus or is a button, line edit, list or combo box."""
    return [w for w in window.findChildren(QWidget) if w.isVisible()
            and (w.focusPolicy() != Qt.FocusPolicy.NoFocus or isinstance(w, CONTROLS))]


def everything_shown(qtbot, make_window):
    window = make_window()
    window.open_in_new_pane("dwarkesh-notes")
    window.set_compare(True)
    window.show_search()
    window.show_highlights()
    window.show_timeline(True)
    pane = window.workspace.current
    qtbot.keyClick(pane.browser, Qt.Key.Key_P, CTRL | SHIFT)  # the parallel passages
    qtbot.keyClick(pane.browser, Qt.Key.Key_F, CTRL)  # a find bar
    qtbot.waitUntil(lambda: pane.find_bar.isVisible() and window.compare_mode.dock.isVisible())
    return window


def test_every_control_has_a_name_in_either_language(qtbot, make_window):
    window = everything_shown(qtbot, make_window)
    found = controls(window)
    assert len(found) > 30
    kinds = {type(w).__name__ for w in found}
    assert {"QListWidget", "QLineEdit", "QComboBox", "QToolButton", "ReaderBrowser", "TocPanel"} <= kinds
    unnamed = [(type(w).__name__, w.objectName(), spoken_name(w)) for w in found
               if not any(ch.isalpha() for ch in spoken_name(w))]
    assert unnamed == []
    window.action_set.group("language")["zh_CN"].trigger()
    qtbot.waitUntil(lambda: window.action_set.menus["view"].title().startswith("视图"))
    names = {w.objectName(): spoken_name(w) for w in controls(window)}
    assert names["libraryList"] == "文库" and names["tocTree"] == "目录"
    unnamed = [(type(w).__name__, w.objectName(), spoken_name(w)) for w in controls(window)
               if not any(ch.isalpha() for ch in spoken_name(w))]
    assert unnamed == []


def test_tab_reaches_the_library_the_text_the_contents_and_the_search_box(qtbot, make_window):
    window = make_window()
    window.show_search()
    window.library_dock.raise_()
    window.library_panel.list.setFocus()
    qtbot.waitUntil(lambda: window.library_panel.list.hasFocus())
    reached = set()
    for _ in range(200):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget().objectName())
        if {"libraryList", "readingBrowser", "tocTree"} <= reached:
            break
    assert {"libraryList", "readingBrowser", "tocTree"} <= reached
    # the search box sits in a tab behind the library: its key brings it to the front with the focus
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, CTRL)
    assert QApplication.focusWidget() is window.search_panel.box


def test_the_focused_control_shows_it(qtbot, make_window):
    window = make_window()
    pane = window.workspace.current
    lst = window.library_panel.list
    lst.setFocus()
    qtbot.waitUntil(lst.hasFocus)
    list_focused, header_unfocused = lst.grab().toImage(), pane.header.grab().toImage()
    pane.browser.setFocus()
    qtbot.waitUntil(pane.browser.hasFocus)
    qtbot.wait(20)
    assert lst.grab().toImage() != list_focused  # the list's focus frame went
    assert pane.header.grab().toImage() != header_unfocused  # the pane's focus line came
