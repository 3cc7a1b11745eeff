"""Every menu action of the main window, in one table.

The same table builds the menus and sets their texts again when the interface language changes,
so the two can never disagree. A handler is a path resolved when the action fires:
"pane.zoom_in" is `zoom_in` of the pane that has the focus *then* (as Mu's `current_tab`),
"window.close" a method of the window, "highlighting.undo" one of its highlights controller.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from ..core.script.modes import ScriptMode
from .i18n import LANGUAGE_NAMES, UI_LANGUAGES
from .themes import THEME_CHOICES

CONTEXT = "MainWindow"  # the translation context of the texts below (the catalogue's)
SEPARATOR = "-"


@dataclass(frozen=True)
class MenuSpec:
    key: str
    title: str
    parent: str = ""  # a submenu of this menu ("" = the menu bar)


@dataclass(frozen=True)
class ActionSpec:
    """One action: where it sits, what it says, its keys and what it does."""

    name: str  # the QAction's objectName
    menu: str  # MenuSpec.key
    text: str = ""  # source text (translated in CONTEXT); "" when the owner sets it (colour names)
    handler: str = ""  # "pane.method", "window.method", "highlighting.method"…; "" for a separator
    shortcuts: tuple[str | QKeySequence.StandardKey, ...] = ()
    checkable: bool = False
    group: str = ""  # exclusive group, and the key of ActionSet.group()
    key: str = ""  # the action's key in its group
    arg: object = None  # passed to the handler instead of `checked`
    scope: str = "window"  # "pane": the keys work only while a reading pane has the focus (1–5, N, Delete)
    tooltip: str = ""
    literal: bool = False  # `text` is shown as it is (a script's own name), not translated
    toolbar: bool = False  # also on the highlight toolbar
    enabled_with: str = ""  # "store": disabled while highlights are unavailable
    role: QAction.MenuRole | None = None  # where macOS puts it (Preferences… in the application menu)


MENUS = (  # the menu bar, in order; submenus stand in the action table where they appear
    MenuSpec("file", QT_TRANSLATE_NOOP("MainWindow", "&File")),
    MenuSpec("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
    MenuSpec("view", QT_TRANSLATE_NOOP("MainWindow", "&View")),
    MenuSpec("search", QT_TRANSLATE_NOOP("MainWindow", "&Search")),
    MenuSpec("highlight", QT_TRANSLATE_NOOP("MainWindow", "&Highlight")),
    MenuSpec("go", QT_TRANSLATE_NOOP("MainWindow", "&Go")),
    MenuSpec("help", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
)


def _sep(menu: str, n: int) -> ActionSpec:
    return ActionSpec(f"{menu}Separator{n}", menu)


SCRIPT_ACTIONS = tuple(
    ActionSpec(f"script_{mode.value}", "script", mode.label, "scripts.set_script", checkable=True, group="script",
               key=mode.value, arg=mode.value, literal=True)
    for mode in ScriptMode
)
LANGUAGE_ACTIONS = tuple(
    ActionSpec(f"language_{choice}", "language", LANGUAGE_NAMES[choice], "scripts.set_ui_language", checkable=True,
               group="language", key=choice, arg=choice, literal=True)
    for choice in ("auto", "system", *UI_LANGUAGES)
)
THEME_ACTIONS = tuple(
    ActionSpec(f"theme_{choice}", "theme", "", "window.apply_theme", checkable=True, group="theme",
               key=choice, arg=choice)
    for choice in THEME_CHOICES
)
COLOR_ACTIONS = tuple(
    ActionSpec(f"highlightColor{i + 1}", "highlight", "", "highlighting.highlight_in_color", (str(i + 1),),
               group="color", key=str(i), arg=i, scope="pane", toolbar=True, enabled_with="store")
    for i in range(5)
)

ACTIONS: tuple[ActionSpec | MenuSpec, ...] = (
    ActionSpec("importArticlesAction", "file", QT_TRANSLATE_NOOP("MainWindow", "&Import Into the Library…"),
               "window.import_files", (QKeySequence.StandardKey.Open,)),
    ActionSpec("articleInfoAction", "file", QT_TRANSLATE_NOOP("MainWindow", "Article In&fo…"),
               "library.article_info", ("Ctrl+I",)),
    ActionSpec("removeArticleAction", "file", QT_TRANSLATE_NOOP("MainWindow", "&Remove from Library"),
               "library.remove_current",
               tooltip=QT_TRANSLATE_NOOP("MainWindow", "Remove the current imported article (Undo puts it back)")),
    ActionSpec("undoRemoveAction", "file", QT_TRANSLATE_NOOP("MainWindow", "Put &Back the Removed Article"),
               "library.undo_remove"),
    _sep("file", 0),
    ActionSpec("printAction", "file", QT_TRANSLATE_NOOP("MainWindow", "&Print…"), "printing.print_dialog",
               (QKeySequence.StandardKey.Print,)),
    ActionSpec("exportPdfAction", "file", QT_TRANSLATE_NOOP("MainWindow", "Export to P&DF…"),
               "printing.export_pdf_dialog",
               tooltip=QT_TRANSLATE_NOOP("MainWindow", "This article in the script shown, with your highlights if "
                                                      "you like; in compare mode, the aligned passages")),
    ActionSpec("exportHtmlAction", "file", QT_TRANSLATE_NOOP("MainWindow", "Export to &HTML…"),
               "printing.export_html_dialog"),
    _sep("file", 2),
    ActionSpec("exportHighlightsAction", "file", QT_TRANSLATE_NOOP("MainWindow", "&Export Highlights…"),
               "highlighting.export_dialog", ("Ctrl+Shift+E",), enabled_with="store"),
    ActionSpec("exportArticleHighlightsAction", "file",
               QT_TRANSLATE_NOOP("MainWindow", "Export This &Article's Highlights…"),
               "highlighting.export_current_dialog", enabled_with="store"),
    ActionSpec("exportAlignedAction", "file", QT_TRANSLATE_NOOP("MainWindow", "Export Ali&gned Passages…"),
               "window.export_aligned_dialog"),
    ActionSpec("importHighlightsAction", "file", QT_TRANSLATE_NOOP("MainWindow", "I&mport Highlights…"),
               "highlighting.import_dialog", enabled_with="store"),
    _sep("file", 1),
    ActionSpec("quitAction", "file", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "window.close",
               ("Ctrl+Q",)),  # StandardKey.Quit has no key on Windows
    ActionSpec("preferencesAction", "edit", QT_TRANSLATE_NOOP("MainWindow", "&Preferences…"),
               "preferences.show_dialog", (QKeySequence.StandardKey.Preferences, "Ctrl+,"),
               role=QAction.MenuRole.PreferencesRole),
    ActionSpec("zoomInAction", "view", QT_TRANSLATE_NOOP("MainWindow", "Zoom &In"), "pane.zoom_in", ("Ctrl+=", "Ctrl++")),
    ActionSpec("zoomOutAction", "view", QT_TRANSLATE_NOOP("MainWindow", "Zoom &Out"), "pane.zoom_out", ("Ctrl+-",)),
    ActionSpec("zoomResetAction", "view", QT_TRANSLATE_NOOP("MainWindow", "&Actual Size"), "pane.zoom_reset", ("Ctrl+0",)),
    ActionSpec("caretAction", "view", QT_TRANSLATE_NOOP("MainWindow", "&Caret Browsing (Select with the Keyboard)"),
               "pane.set_caret_browsing", ("F7",), checkable=True),
    ActionSpec("topicBarAction", "view", QT_TRANSLATE_NOOP("MainWindow", "Topic &Bar"), "window.set_topic_bar",
               checkable=True, tooltip=QT_TRANSLATE_NOOP("MainWindow", "A thin bar in the margin, in each topic's "
                                                                      "colour, beside the passages about it")),
    ActionSpec("fullScreenAction", "view", QT_TRANSLATE_NOOP("MainWindow", "&Full Screen"), "keyboard.set_full_screen",
               ("F11",), checkable=True),  # StandardKey.FullScreen is Ctrl+Shift+F on KDE: search's
    _sep("view", 1),
    ActionSpec("splitPaneAction", "view", QT_TRANSLATE_NOOP("MainWindow", "S&plit Pane"), "window.split_pane",
               ("Ctrl+\\",), tooltip=QT_TRANSLATE_NOOP("MainWindow", "Open this article in a second pane beside it")),
    ActionSpec("closePaneAction", "view", QT_TRANSLATE_NOOP("MainWindow", "Close Pa&ne"), "window.close_pane",
               ("Ctrl+W", "Ctrl+F4")),
    ActionSpec("nextPaneAction", "view", QT_TRANSLATE_NOOP("MainWindow", "Ne&xt Pane"), "window.next_pane",
               ("Ctrl+Tab",), arg=1),
    ActionSpec("previousPaneAction", "view", QT_TRANSLATE_NOOP("MainWindow", "Pre&vious Pane"), "window.next_pane",
               ("Ctrl+Shift+Tab", "Ctrl+Backtab"), arg=-1),
    ActionSpec("compareAction", "view", QT_TRANSLATE_NOOP("MainWindow", "Co&mpare Side by Side"), "window.set_compare",
               ("Ctrl+Shift+C",), checkable=True,
               tooltip=QT_TRANSLATE_NOOP("MainWindow", "Match the panes' passages: what the other articles say in "
                                                      "their place, and scrolling that follows the content")),
    ActionSpec("nearestAction", "view", QT_TRANSLATE_NOOP("MainWindow", "Show the N&earest Passages"),
               "window.show_nearest", ("Ctrl+Shift+N",),
               tooltip=QT_TRANSLATE_NOOP("MainWindow", "In compare mode, the passage of each other pane closest to "
                                                      "the chosen one, even where none says the same for sure")),
    MenuSpec("sync", QT_TRANSLATE_NOOP("MainWindow", "Scroll S&ync"), parent="view"),
    ActionSpec("syncOffAction", "sync", QT_TRANSLATE_NOOP("MainWindow", "&Off"), "window.set_sync", checkable=True,
               group="sync", key="off", arg="off"),
    ActionSpec("syncPositionAction", "sync", QT_TRANSLATE_NOOP("MainWindow", "By &Relative Position"),
               "window.set_sync", checkable=True, group="sync", key="position", arg="position"),
    ActionSpec("syncPassageAction", "sync", QT_TRANSLATE_NOOP("MainWindow", "By &Passage"), "window.set_sync",
               checkable=True, group="sync", key="passage", arg="passage"),
    _sep("sync", 1),
    ActionSpec("clearPinsAction", "sync", QT_TRANSLATE_NOOP("MainWindow", "Remove the Sync Points of This Pane"),
               "window.clear_pins"),
    _sep("view", 2),
    MenuSpec("script", QT_TRANSLATE_NOOP("MainWindow", "Sc&ript"), parent="view"),
    *SCRIPT_ACTIONS,
    _sep("script", 1),
    ActionSpec("nextScriptAction", "script", QT_TRANSLATE_NOOP("MainWindow", "&Next Script"), "scripts.next_script",
               ("Ctrl+Shift+T",)),
    ActionSpec("vocabularyAction", "script",
               QT_TRANSLATE_NOOP("MainWindow", "Regional &Vocabulary (软件 ↔ 軟體, 程式設計 → 编程)"),
               "scripts.set_vocabulary", checkable=True,
               tooltip=QT_TRANSLATE_NOOP("MainWindow", "Convert phrases too, not only characters; 臺灣正體 always does")),
    ActionSpec("showChangesAction", "script", QT_TRANSLATE_NOOP("MainWindow", "Show What &Changed"),
               "scripts.set_show_changes", ("Ctrl+Shift+U",), checkable=True),
    _sep("script", 2),
    MenuSpec("language", QT_TRANSLATE_NOOP("MainWindow", "&Interface Language"), parent="script"),
    *LANGUAGE_ACTIONS,
    MenuSpec("theme", QT_TRANSLATE_NOOP("MainWindow", "&Theme"), parent="view"),
    *THEME_ACTIONS,
    ActionSpec("timelineAction", "view", QT_TRANSLATE_NOOP("MainWindow", "Time&line of Topics"), "window.show_timeline",
               ("Ctrl+Shift+M",), checkable=True,
               tooltip=QT_TRANSLATE_NOOP("MainWindow", "Which article covers which topic, by date and by position "
                                                      "in its text; a mark opens the passages side by side")),
    _sep("view", 3),  # the docks' own show/hide actions follow (MainWindow adds them)
    ActionSpec("searchAction", "search", QT_TRANSLATE_NOOP("MainWindow", "&Search All Articles…"), "window.show_search",
               ("Ctrl+Shift+F", "Ctrl+K")),
    ActionSpec("findAction", "search", QT_TRANSLATE_NOOP("MainWindow", "&Find in Article…"), "pane.open_find",
               (QKeySequence.StandardKey.Find,)),
    ActionSpec("findNextAction", "search", QT_TRANSLATE_NOOP("MainWindow", "Find &Next"), "pane.step_mark",
               (QKeySequence.StandardKey.FindNext,), arg=1),
    ActionSpec("findPreviousAction", "search", QT_TRANSLATE_NOOP("MainWindow", "Find &Previous"), "pane.step_mark",
               (QKeySequence.StandardKey.FindPrevious,), arg=-1),
    _sep("search", 1),
    ActionSpec("clearMarksAction", "search", QT_TRANSLATE_NOOP("MainWindow", "&Clear Marks"), "pane.clear_marks"),
    ActionSpec("rebuildIndexAction", "search", QT_TRANSLATE_NOOP("MainWindow", "&Rebuild Search Index"),
               "indexing.rebuild"),
    *COLOR_ACTIONS,
    ActionSpec("highlightAgainAction", "highlight", QT_TRANSLATE_NOOP("MainWindow", "Highlight &Again in the Last Colour"),
               "highlighting.highlight_again", ("H",), scope="pane", enabled_with="store"),
    _sep("highlight", 1),
    ActionSpec("editHighlightAction", "highlight", QT_TRANSLATE_NOOP("MainWindow", "Edit &Note and Tags…"),
               "highlighting.edit_at_cursor", ("N",), scope="pane", toolbar=True, enabled_with="store"),
    ActionSpec("deleteHighlightAction", "highlight", QT_TRANSLATE_NOOP("MainWindow", "&Delete Highlight"),
               "highlighting.delete_at_cursor", (QKeySequence.StandardKey.Delete,), scope="pane", enabled_with="store"),
    _sep("highlight", 2),
    ActionSpec("undoHighlightAction", "highlight", QT_TRANSLATE_NOOP("MainWindow", "&Undo"), "highlighting.undo",
               (QKeySequence.StandardKey.Undo,), enabled_with="store"),
    ActionSpec("redoHighlightAction", "highlight", QT_TRANSLATE_NOOP("MainWindow", "&Redo"), "highlighting.redo",
               ("Ctrl+Shift+Z", "Ctrl+Y"), enabled_with="store"),
    _sep("highlight", 3),
    ActionSpec("renameColorsAction", "highlight", QT_TRANSLATE_NOOP("MainWindow", "Rena&me Colours…"),
               "highlighting.rename_colors", enabled_with="store"),
    ActionSpec("showHighlightsAction", "highlight", QT_TRANSLATE_NOOP("MainWindow", "&Show Highlights Panel"),
               "window.show_highlights", ("Ctrl+Shift+H",)),
    ActionSpec("backAction", "go", QT_TRANSLATE_NOOP("MainWindow", "&Back"), "history.back",
               (QKeySequence.StandardKey.Back,),
               tooltip=QT_TRANSLATE_NOOP("MainWindow", "Back to where this pane was before its last jump "
                                                      "(another article, a search hit, a heading, a highlight)")),
    ActionSpec("forwardAction", "go", QT_TRANSLATE_NOOP("MainWindow", "&Forward"), "history.forward",
               (QKeySequence.StandardKey.Forward,),
               tooltip=QT_TRANSLATE_NOOP("MainWindow", "Forward again to where Back came from")),
    _sep("go", 1),
    ActionSpec("nextArticleAction", "go", QT_TRANSLATE_NOOP("MainWindow", "&Next Article"), "window.step_article",
               ("Ctrl+PgDown",), arg=1),
    ActionSpec("prevArticleAction", "go", QT_TRANSLATE_NOOP("MainWindow", "&Previous Article"), "window.step_article",
               ("Ctrl+PgUp",), arg=-1),
    ActionSpec("shortcutsAction", "help", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts"),
               "keyboard.show_shortcuts", (QKeySequence.StandardKey.HelpContents, "Ctrl+/")),
    ActionSpec("aboutAction", "help", QT_TRANSLATE_NOOP("MainWindow", "&About Duidu"), "window.about"),
)

# the docks' own show/hide actions (QDockWidget.toggleViewAction), which the window adds to View
DOCK_TOGGLES = (
    ("libraryDock", "Ctrl+Shift+L", QT_TRANSLATE_NOOP("MainWindow", "Show or Hide the Library")),
    ("tocDock", "Ctrl+Shift+O", QT_TRANSLATE_NOOP("MainWindow", "Show or Hide the Contents")),
    ("compareDock", "Ctrl+Shift+P", QT_TRANSLATE_NOOP("MainWindow", "Show or Hide the Parallel Passages")),
)


def dock_keys(name: str) -> str:
    return next(keys for dock, keys, _text in DOCK_TOGGLES if dock == name)

# texts the table cannot hold as literals (they depend on a key), for the catalogue
GROUP_TEXTS = {
    ("script", "original"): QT_TRANSLATE_NOOP("MainWindow", "原文 (As Written)"),
    ("language", "auto"): QT_TRANSLATE_NOOP("MainWindow", "Follow the Script Shown"),
    ("language", "system"): QT_TRANSLATE_NOOP("MainWindow", "The System's Language"),
    ("theme", "system"): QT_TRANSLATE_NOOP("MainWindow", "Follow &System"),
    ("theme", "light"): QT_TRANSLATE_NOOP("MainWindow", "&Light"),
    ("theme", "dark"): QT_TRANSLATE_NOOP("MainWindow", "&Dark"),
    ("theme", "sepia"): QT_TRANSLATE_NOOP("MainWindow", "Se&pia"),
}


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


class ActionSet:
    """The QActions and menus built from the table, by name; handlers resolved when triggered."""

    def __init__(self, owner: QObject, menubar: QMenuBar, resolve: Callable[[str], Callable | None],
                 specs: tuple[ActionSpec | MenuSpec, ...] = ACTIONS, menus: tuple[MenuSpec, ...] = MENUS):
        self.owner = owner
        self.specs = {s.name: s for s in specs if isinstance(s, ActionSpec)}
        self.menus: dict[str, QMenu] = {}
        self.menu_specs: list[MenuSpec] = []
        self.by_name: dict[str, QAction] = {}
        self.groups: dict[str, dict[str, QAction]] = {}
        self._qgroups: dict[str, QActionGroup] = {}
        self._resolve = resolve
        for spec in menus:  # the menu bar's menus; submenus are made where the table names them
            if not spec.parent:
                self._add_menu(spec, menubar.addMenu(""))
        for spec in specs:
            if isinstance(spec, MenuSpec):
                self._add_menu(spec, self.menus[spec.parent].addMenu(""))
            elif not spec.handler:
                self.menus[spec.menu].addSeparator()
            else:
                self.menus[spec.menu].addAction(self._make(spec))

    def _add_menu(self, spec: MenuSpec, menu: QMenu) -> None:
        menu.setObjectName(f"{spec.key}Menu")
        self.menus[spec.key] = menu
        self.menu_specs.append(spec)

    def _make(self, spec: ActionSpec) -> QAction:
        action = QAction(self.owner)
        action.setObjectName(spec.name)
        action.setCheckable(spec.checkable)
        if spec.shortcuts:  # a standard key a platform lacks is empty; one it maps to a listed key, the same
            keys = [QKeySequence(k) for k in spec.shortcuts]
            action.setShortcuts([k for i, k in enumerate(keys) if not k.isEmpty() and k not in keys[:i]])
        if spec.role is not None:
            action.setMenuRole(spec.role)
        if spec.scope == "pane":
            # the keys work while a pane (or its children) has the focus: not while typing a query
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda checked=False, s=spec: self._fire(s, checked))
        if spec.group:
            if spec.checkable:
                group = self._qgroups.get(spec.group)
                if group is None:
                    group = self._qgroups[spec.group] = QActionGroup(self.owner)
                group.addAction(action)
            self.groups.setdefault(spec.group, {})[spec.key] = action
        self.by_name[spec.name] = action
        return action

    def _fire(self, spec: ActionSpec, checked: bool) -> None:
        handler = self._resolve(spec.handler)
        if handler is None:  # e.g. a pane action with no pane
            return
        if spec.arg is not None:
            handler(spec.arg)
        elif spec.checkable:
            handler(checked)
        else:
            handler()

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def group(self, name: str) -> dict[str, QAction]:
        return self.groups.get(name, {})

    def with_scope(self, scope: str) -> list[QAction]:
        return [self.by_name[n] for n, s in self.specs.items() if s.scope == scope and n in self.by_name]

    def toolbar_actions(self) -> list[QAction]:
        return [self.by_name[n] for n, s in self.specs.items() if s.toolbar and n in self.by_name]

    def set_enabled_with(self, condition: str, enabled: bool) -> None:
        for name, spec in self.specs.items():
            if spec.enabled_with == condition and name in self.by_name:
                self.by_name[name].setEnabled(enabled)

    def retranslate(self) -> None:
        for spec in self.menu_specs:
            self.menus[spec.key].setTitle(translate(spec.title))
        for name, spec in self.specs.items():
            action = self.by_name.get(name)
            if action is None:
                continue
            special = GROUP_TEXTS.get((spec.group, spec.key))
            if special is not None:
                action.setText(translate(special))
            elif spec.text:
                action.setText(spec.text if spec.literal else translate(spec.text))
            if spec.tooltip:
                action.setToolTip(translate(spec.tooltip))
