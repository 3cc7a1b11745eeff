"""The interface speaks one language at a time: in 简体 the status bar's messages are the
catalogue's translations (not English left over), and the English menus carry no Chinese-only
labels beyond the scripts' and languages' own names."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt

from reader.core.script.modes import MODE_LABELS

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003ffff]")
# names shown as they are in every language: the scripts' and the languages' own
LITERAL_NAMES = sorted({n for labels in MODE_LABELS.values() for n in labels.values()}
                       | {"简体中文", "繁體中文（臺灣）", "繁體中文（香港）", "简", "繁"}, key=len, reverse=True)


def patterns(language: str) -> list[re.Pattern]:
    """Every translation of the catalogue as a pattern, its {0}, {1:.0f}… standing for any text."""
    root = ET.parse(TRANSLATIONS / f"duidu_{language}.ts").getroot()
    out = []
    for message in root.iter("message"):
        text = message.findtext("translation") or ""
        if text.strip():
            parts = re.split(r"\{\d+(?::[^}]*)?\}", text)
            out.append(re.compile("(?s)" + "(.+?)".join(re.escape(p) for p in parts)))
    return out


def is_translation(text: str, language: str) -> bool:
    return any(p.fullmatch(text) for p in patterns(language))


def status(window) -> str:
    return window.statusBar().currentMessage()


def test_script_switch_messages_are_in_the_language_the_labels_switch_to(qtbot, make_window):
    """The interface follows the script shown: the message about the switch must be in the new
    language too, not in the one the labels had a moment before ("Showing 简体: no conversion needed")."""
    window = make_window(wait_index=True)  # the index's message would replace the one looked for
    window.open_article("ghosts-not-animals")  # written in Traditional
    pane = window.workspace.current
    view = window.action_set.menus["view"]
    expected = [("hans", "zh_CN", "视图(&V)"), ("hant", "zh_TW", "檢視(&V)"), ("tw", "zh_TW", "檢視(&V)"),
                ("hk", "zh_HK", "視圖(&V)")]
    for mode, language, view_title in expected:
        window.statusBar().clearMessage()
        qtbot.keyClick(pane.browser, Qt.Key.Key_T, CTRL | SHIFT)  # next script
        assert pane.script_mode.value == mode
        qtbot.waitUntil(lambda t=view_title: view.title() == t)
        qtbot.waitUntil(lambda: status(window) != "")
        text = status(window)
        assert is_translation(text, language), (mode, text)
        assert not re.search(r"\b(Showing|conversion|needed)\b", text)
    qtbot.keyClick(pane.browser, Qt.Key.Key_T, CTRL | SHIFT)  # back to 原文: the system's language (English here)
    qtbot.waitUntil(lambda: view.title() == "&View")
    qtbot.waitUntil(lambda: status(window).startswith("Showing 原文"))


def test_status_messages_in_the_simplified_interface_are_translated(qtbot, make_window):
    window = make_window(wait_index=True)
    window.action_set.group("language")["zh_CN"].trigger()
    qtbot.waitUntil(lambda: window.action_set.menus["view"].title() == "视图(&V)")
    pane = window.workspace.current
    seen = []

    def check(action) -> None:
        window.statusBar().clearMessage()
        action()
        qtbot.waitUntil(lambda: status(window) != "")
        seen.append(status(window))
        assert is_translation(status(window), "zh_CN"), status(window)
        words = set(re.findall(r"[A-Za-z]{2,}", status(window))) - {"OpenCC", "Ctrl", "Shift", "F3"}
        assert not words, status(window)

    check(lambda: qtbot.keyClick(pane.browser, Qt.Key.Key_Equal, CTRL))  # zoom
    check(lambda: qtbot.keyClick(pane.browser, Qt.Key.Key_W, CTRL))  # the last pane stays
    check(lambda: qtbot.keyClick(pane.browser, Qt.Key.Key_T, CTRL | SHIFT))  # a script switch
    for _ in range(3):
        qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_Backslash, CTRL)
    assert len(window.workspace) == 4
    check(lambda: qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_Backslash, CTRL))  # no fifth
    panel = window.search_panel
    check(lambda: panel.passageActivated.emit("dwarkesh-notes", "", ["吸管"], False))  # a search hit opened
    assert len(set(seen)) == len(seen) == 5


def test_what_the_core_says_is_in_the_simplified_interface_too(qtbot, make_window):
    """A query the core cannot answer, typed in the search box: its reason in 简体, not English."""
    window = make_window(wait_index=True)
    window.action_set.group("language")["zh_CN"].trigger()
    qtbot.waitUntil(lambda: window.action_set.menus["view"].title() == "视图(&V)")
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    box, summary = window.search_panel.box, window.search_panel.summary
    qtbot.keyClicks(box, "date:soon")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "soon" in summary.text())
    assert summary.text() == "date:soon — 日期请写成 2025、2025-10 或 2025-10..2025-12"
    box.clear()
    qtbot.keyClicks(box, "-karpathy")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: summary.text() == "查询只排除了词语：请加上要查找的词")


def english_labels(window) -> list[str]:
    out = []
    for menu in window.action_set.menus.values():
        out.append(menu.title())
        out += [a.text() for a in menu.actions() if a.text()]
    dialog = window.preferences.show_dialog()
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    out += [w.text() for kind in (QLabel, QAbstractButton) for w in dialog.findChildren(kind) if w.text()]
    out += [w.title() for w in dialog.findChildren(QGroupBox)]
    out.append(dialog.windowTitle())
    dialog.close()
    return out


def test_the_english_interface_has_no_chinese_only_labels(qtbot, make_window):
    window = make_window()
    window.action_set.group("language")["en"].trigger()
    qtbot.waitUntil(lambda: window.action_set.menus["view"].title() == "&View")
    labels = english_labels(window)
    assert "&Preferences…" in labels and "&Edit" in labels
    for label in labels:
        rest = label
        for name in LITERAL_NAMES:
            rest = rest.replace(name, "")
        rest = re.sub(r"[（(][^)）]*[)）]", "", rest)  # examples in brackets: (软件 ↔ 軟體)
        assert not HAN.search(rest), label



def test_the_search_index_messages_in_the_simplified_interface_are_translated(qtbot, make_window, content_copy,
                                                                              data_dir, monkeypatch):
    from reader.core.content.paths import resolve_paths
    from reader.ui.messages import Messages
    from reader.ui.settings import Settings

    settings = Settings.for_paths(resolve_paths(content_copy, data_dir))
    settings.ui_language = "zh_CN"
    settings.sync()
    shown = []
    info = Messages.info
    monkeypatch.setattr(Messages, "info", lambda self, text, ms=5000: (shown.append(text), info(self, text, ms)))
    window = make_window(wait_index=True)  # the first start: the index is created
    assert window.action_set.menus["view"].title() == "视图(&V)"
    window.action_set["rebuildIndexAction"].trigger()  # Search ▸ Rebuild Search Index
    qtbot.waitUntil(lambda: sum("篇文章" in text for text in shown) == 2, timeout=30000)
    for text in (t for t in shown if "篇文章" in t):
        assert is_translation(text, "zh_CN") and not re.findall(r"[A-Za-z]{2,}", text), text
