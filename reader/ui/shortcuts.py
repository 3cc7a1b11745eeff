"""The keyboard shortcuts as the reader reads them: one section per menu, a row per action that
has keys, plus the keys the text and the panels handle themselves (Space, Home, Enter in the
find bar…). Built from the action table, so the shortcuts sheet (Help ▸ Keyboard Shortcuts) and
the README's table (resources/shortcuts_table.py) cannot drift from what the keys do."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence

from .actions import ACTIONS, DOCK_TOGGLES, MENUS, ActionSpec, MenuSpec


@dataclass(frozen=True)
class KeyHint:
    """Keys a widget handles itself (no menu action): shown in `menu`'s section."""

    menu: str
    text: str  # source text, translated in "MainWindow"
    keys: tuple[str, ...] = ()
    gesture: str = ""  # what the mouse does instead of keys (source text, translated)


KEY_HINTS = (
    KeyHint("view", QT_TRANSLATE_NOOP("MainWindow", "Open in a New Pane"),
            gesture=QT_TRANSLATE_NOOP("MainWindow", "Ctrl+click or middle click in the library; Ctrl+click "
                                                    "or Ctrl+Enter on a search hit")),
    KeyHint("view", QT_TRANSLATE_NOOP("MainWindow", "Cancel the Sync Point Being Placed"), ("Esc",)),
    KeyHint("view", QT_TRANSLATE_NOOP("MainWindow", "In the timeline: between the marks, open them side by side"),
            ("Left", "Right", "Up", "Down", "Return")),
    KeyHint("search", QT_TRANSLATE_NOOP("MainWindow", "In the search box: search now, open the results one by one; "
                                                      "↓ goes to the results"), ("Return", "Down")),
    KeyHint("search", QT_TRANSLATE_NOOP("MainWindow", "In the find bar: next and previous hit, close"),
            ("Return", "Shift+Return", "Esc")),
    KeyHint("highlight", QT_TRANSLATE_NOOP("MainWindow", "Highlight the Selection in That Colour"),
            ("1", "2", "3", "4", "5")),
    KeyHint("highlight", QT_TRANSLATE_NOOP("MainWindow", "Select text with the keyboard (after F7)"),
            ("Shift+Left", "Shift+Right", "Shift+Up", "Shift+Down")),
    KeyHint("go", QT_TRANSLATE_NOOP("MainWindow", "Page down and up through the article"),
            ("Space", "Shift+Space", "PgDown", "PgUp")),
    KeyHint("go", QT_TRANSLATE_NOOP("MainWindow", "To the start and the end of the article"), ("Home", "End")),
    KeyHint("go", QT_TRANSLATE_NOOP("MainWindow", "Back and forward"),
            gesture=QT_TRANSLATE_NOOP("MainWindow", "The mouse's back and forward buttons")),
)


@dataclass
class Section:
    menu: str  # MenuSpec key of a menu of the menu bar
    title: str
    rows: list[tuple[str, str]]  # (what it does, its keys), as shown


def sequences(keys: tuple[str | QKeySequence.StandardKey, ...], every_binding: bool = True) -> list[QKeySequence]:
    """The key sequences of an action's shortcuts; a standard key gives all its bindings on this
    platform, or only its first (the one the platforms agree on most) without `every_binding`."""
    out: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            bindings = QKeySequence.keyBindings(key)
            out.extend(bindings if every_binding else bindings[:1])
        else:
            out.append(QKeySequence(key))
    seen, unique = set(), []
    for sequence in out:
        # the media keys of some keyboards (Back, Help, Open…) are left out: Key_Help and all after it
        if sequence.isEmpty() or sequence.toString() in seen or sequence[0].key().value >= Qt.Key.Key_Help.value:
            continue
        seen.add(sequence.toString())
        unique.append(sequence)
    return unique


def plain(text: str) -> str:
    """A menu text without its mnemonic and trailing ellipsis: "&Find in Article…" → "Find in Article",
    "关闭窗格(&N)" → "关闭窗格"."""
    text = re.sub(r"\(&\w\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def sections(translate: Callable[[str], str], format_keys: Callable[[list[QKeySequence]], str],
             every_binding: bool = True, specs: tuple[ActionSpec | MenuSpec, ...] = ACTIONS,
             menus: tuple[MenuSpec, ...] = MENUS) -> list[Section]:
    """The sheet's sections, in menu-bar order; texts through `translate`, keys through `format_keys`."""
    parents = {m.key: m.parent for m in (*menus, *(s for s in specs if isinstance(s, MenuSpec)))}

    def top(menu: str) -> str:
        while parents.get(menu):
            menu = parents[menu]
        return menu

    out = {m.key: Section(m.key, plain(translate(m.title)), []) for m in menus if not m.parent}
    for spec in specs:
        if not isinstance(spec, ActionSpec) or not spec.shortcuts or spec.group == "color":
            continue  # the colour keys are one hint row, their names are the user's
        keys = sequences(spec.shortcuts, every_binding)
        if keys:
            out[top(spec.menu)].rows.append((plain(spec.text if spec.literal else translate(spec.text)),
                                              format_keys(keys)))
    for _dock, keys, text in DOCK_TOGGLES:
        out["view"].rows.append((plain(translate(text)), format_keys([QKeySequence(keys)])))
    for hint in KEY_HINTS:
        shown = translate(hint.gesture) if hint.gesture else format_keys([QKeySequence(k) for k in hint.keys])
        out[hint.menu].rows.append((plain(translate(hint.text)), shown))
    return [s for s in out.values() if s.rows]
