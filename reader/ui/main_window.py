"""The main window: library and search on the left, the workspace of reading panes in the middle,
contents and highlights on the right; menus from the action table, messages in the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFontDatabase, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QMessageBox, QProgressBar, QToolBar

from .. import APP_DISPLAY_NAME
from ..core.content.library import Library
from .actions import DOCK_TOGGLES, ActionSet
from .controllers.history import ReadingHistory
from .controllers.indexing import Indexing
from .controllers.scripts import Scripts
from .controllers.session import Session
from .i18n import Retranslating, UiLanguage
from .late_features import LateFeatures
from .messages import ERROR, Messages
from .pane.reading_pane import ReadingPane
from .panels.library_panel import LibraryPanel
from .panels.toc_panel import TocPanel
from .settings import Settings
from .themes import THEME_CHOICES, apply_palette, resolve_theme
from .workspace import Workspace

if TYPE_CHECKING:
    from .controllers.compare_mode import CompareMode
    from .controllers.comparing import Comparing
    from .controllers.highlighting import Highlighting
    from .controllers.importing import Importing
    from .controllers.keyboard import Keyboard
    from .controllers.library_files import LibraryFiles
    from .controllers.links import Links
    from .controllers.preferences import Preferences
    from .controllers.searching import Searching
    from .controllers.timeline import TopicTimeline
    from .controllers.topic_hints import TopicHints
    from .controllers.topics import Topics
    from .panels.search_panel import SearchPanel

FONT_HINT = "fonts-noto-cjk"


def has_cjk_font() -> bool:
    ws = QFontDatabase.WritingSystem
    return bool(QFontDatabase.families(ws.SimplifiedChinese) or QFontDatabase.families(ws.TraditionalChinese))


class MainWindow(Retranslating, LateFeatures, QMainWindow):
    def __init__(self, library: Library, settings: Settings, paths=None):
        super().__init__()
        self.library = library
        self.settings = settings
        self.paths = paths  # AppPaths: where the search index and the highlights live (None: neither)
        self.messages = Messages(self)
        self.messages.shown.connect(self._show_message)
        self.messages.noticed.connect(self._show_notice)
        self.notices: dict[str, QMessageBox] = {}  # the notice boxes shown, by object name
        self.comparing: Comparing | None = None  # compare mode, built after the first paint
        self.compare_mode: CompareMode | None = None
        self.topics: Topics | None = None  # the topic list and timeline data, built after the first paint
        self.topic_hints: TopicHints | None = None  # the panes' topic hints and the library's topic chip
        self.timeline: TopicTimeline | None = None  # the Timeline dock, built when first shown
        self.importing: Importing | None = None  # File ▸ Import…, built when first used
        self.library_files: LibraryFiles | None = None  # Article Info, Remove, the watched folder (late)
        self.closed = False
        self.theme = resolve_theme(settings.theme)
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setAcceptDrops(True)  # files and folders dropped on the window are imported
        self.resize(1280, 820)

        self.workspace = Workspace(self)
        self.setCentralWidget(self.workspace)
        self.workspace.paneAdded.connect(self._pane_added)
        self.workspace.currentChanged.connect(self._current_changed)
        self.library_panel = LibraryPanel(self)
        self.toc = TocPanel(self)
        self.searching: Searching | None = None  # built after the first paint (_build_late)
        self.search_panel: SearchPanel | None = None
        self.search_dock: QDockWidget | None = None
        self.library_dock = self.add_dock("libraryDock", self.library_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.toc_dock = self.add_dock("tocDock", self.toc, Qt.DockWidgetArea.RightDockWidgetArea)
        self.library_panel.setMinimumWidth(280)

        self.index_progress = QProgressBar(self)
        self.index_progress.setObjectName("indexProgress")
        self.index_progress.setMaximumWidth(160)
        self.index_progress.hide()
        self.statusBar().addPermanentWidget(self.index_progress)
        self.position_label = QLabel(self)
        self.position_label.setObjectName("positionLabel")
        self.statusBar().addPermanentWidget(self.position_label)

        self.ui_language = UiLanguage(self)
        self.action_set = ActionSet(self, self.menuBar(), self._resolve)
        self.indexing = Indexing(paths, self.messages, self)
        self.scripts = Scripts(self)
        self.preferences: Preferences | None = None  # Edit ▸ Preferences (Ctrl+,), after the first paint
        self.keyboard: Keyboard | None = None  # F1's sheet, F11: after the first paint
        self._printing = None  # File ▸ Print…, Export to PDF / HTML: built when first used
        self.session = Session(self)
        self._links: Links | None = None  # duidu:// links, built when one is followed
        self.session.articleOpened.connect(lambda pane: self._current_changed(pane)
                                           if pane is self.workspace.current else None)
        self.session.new_pane()  # the first pane, before the controllers that serve every pane
        self.reading_history = ReadingHistory(self)  # Back/Forward, the navigation toolbar
        self.highlighting: Highlighting | None = None  # built after the first paint (_build_late)
        self.highlights_panel = None
        self.highlights_dock = None
        self.action_set.set_enabled_with("store", False)
        self.highlight_toolbar = QToolBar(self)  # its actions work once the highlights are there
        self.highlight_toolbar.setObjectName("highlightToolbar")
        self.highlight_toolbar.setIconSize(self.highlight_toolbar.iconSize() * 0.8)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.highlight_toolbar)
        for action in self.action_set.toolbar_actions():
            if action.objectName() == "editHighlightAction":
                self.highlight_toolbar.addSeparator()
            self.highlight_toolbar.addAction(action)
        view = self.action_set.menus["view"]
        for name, keys, _text in DOCK_TOGGLES:
            if (dock := self.findChild(QDockWidget, name)) is None:
                continue  # built after the first paint: it sets its own keys (actions.dock_keys)
            view.addAction(dock.toggleViewAction())
            dock.toggleViewAction().setShortcut(QKeySequence(keys))
        self.retranslate()
        self.library_panel.articleSelected.connect(self.open_article)
        self.library_panel.openInNewPaneRequested.connect(self.open_in_new_pane)
        self.library_panel.compareRequested.connect(self.compare_with_current)
        self.library_panel.fileActionRequested.connect(self._library_file_action)
        self.library_panel.sortChanged.connect(self._sort_changed)
        self.toc.headingActivated.connect(lambda block: self.workspace.current.scroll_to_block(block))

        self.apply_theme(settings.theme)
        QApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self.library_panel.sort_key = settings.sort_key
        self.library_panel.set_library(library)
        self.library_panel.set_sort(settings.sort_key)
        self._restore_window()
        self.session.open_initial()
        self._report_start_problems()  # last: what went wrong outlives the start's own messages
        self._started_late_work = False
        self._after_first_paint: list = []
        self.workspace.current.browser.viewport().installEventFilter(self)  # the first paint starts the rest
        QTimer.singleShot(2000, self, self._start_late_work)  # or a window that is never painted

    # -- construction ---------------------------------------------------------------------------
    def add_dock(self, name: str, widget, area) -> QDockWidget:
        """A dock of the window (movable, closable) holding `widget`; its state is saved and restored."""
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _resolve(self, handler: str):
        """An action's handler path ("pane.zoom_in") → the callable it names now."""
        owner, _, name = handler.partition(".")
        target = {"pane": self.workspace.current, "window": self, "highlighting": self.highlighting,
                  "indexing": self.indexing, "scripts": self.scripts, "library": self.library_files,
                  "preferences": self.preferences, "history": self.reading_history, "keyboard": self.keyboard,
                  "printing": self.printing if owner == "printing" else None}.get(owner)
        return getattr(target, name, None) if target is not None else None

    @property
    def links(self) -> Links:
        """Following duidu:// links (a start with a link follows it before the first paint)."""
        if self._links is None:
            from .controllers.links import Links

            self._links = Links(self)
        return self._links

    @property
    def printing(self):
        """File ▸ Print… and the exports (the controller and Qt's printing parts load on first use)."""
        if self._printing is None:
            from .controllers.printing import Printing

            self._printing = Printing(self)
        return self._printing

    def retranslate(self) -> None:
        """Every fixed label of the window, in the current UI language."""
        self.library_dock.setWindowTitle(self.tr("Library"))
        self.toc_dock.setWindowTitle(self.tr("Contents"))
        self.index_progress.setFormat(self.tr("Indexing %v/%m"))
        self.action_set.retranslate()
        if self.highlighting is not None:
            self.search_dock.setWindowTitle(self.tr("Search"))
            self.highlights_dock.setWindowTitle(self.tr("Highlights"))
            self.highlighting.retranslate()
        if self.compare_mode is not None:
            self.compare_mode.retranslate()
        if self.timeline is not None:
            self.timeline.retranslate()
        if self.library_files is not None:
            self.library_files.retranslate()
        self.highlight_toolbar.setWindowTitle(self.tr("Highlight"))

    # -- messages ---------------------------------------------------------------------------------
    def _show_message(self, level: str, text: str, ms: int) -> None:
        self.statusBar().showMessage(text, ms)
        self.statusBar().setProperty("level", level)
        self.statusBar().setStyleSheet(f"QStatusBar {{ color: {self.theme.error}; }}" if level == ERROR else "")

    def _show_notice(self, title: str, text: str, name: str) -> None:
        """A message that needs reading, in a box that does not block the window."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName(name or "noticeBox")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.notices[box.objectName()] = box

    # -- panes ----------------------------------------------------------------------------------
    def _pane_added(self, pane: ReadingPane) -> None:
        pane.topBlockChanged.connect(lambda block, p=pane: self._top_block_changed(p, block))
        pane.zoomChanged.connect(lambda factor, p=pane: self._zoom_changed(p, factor))
        pane.scriptChanged.connect(lambda mode, p=pane: self.scripts.script_changed(p, mode))

    def split_pane(self) -> ReadingPane | None:
        return self.session.split_pane()

    def close_pane(self) -> bool:
        return self.session.close_pane()

    def open_in_new_pane(self, article_id: str) -> ReadingPane | None:
        return self.session.open_in_new_pane(article_id)

    def open_article(self, article_id: str, pane: ReadingPane | None = None) -> bool:
        """Show an article in `pane` (default: the current one), where it was left last time."""
        return self.session.open_article(article_id, pane)

    def next_pane(self, delta: int) -> None:
        if len(self.workspace) > 1:
            self.workspace.step(delta)

    def _current_changed(self, pane: ReadingPane) -> None:
        """Everything that shows "the current pane" follows the one with the focus."""
        script = self.action_set.group("script")
        if pane.script_mode.value in script:
            script[pane.script_mode.value].setChecked(True)
        self.action_set["vocabularyAction"].setChecked(pane.vocabulary)
        self.action_set["showChangesAction"].setChecked(pane.show_changes)
        self.action_set["caretAction"].setChecked(pane.caret_browsing)
        article = pane.article
        self.toc.set_entries(article.toc if article is not None else [])
        if article is not None:
            self.library_panel.select(article.id, emit=False)
            self.action_set["removeArticleAction"].setEnabled(self.library_panel.removable(article.id))
            self.setWindowTitle(f"{article.title} — {APP_DISPLAY_NAME}")
            self.settings.last_article = article.id
        else:
            self.setWindowTitle(APP_DISPLAY_NAME)
        self._top_block_changed(pane, pane.top_block() or "")
        QTimer.singleShot(0, self, self.scripts.follow_script)

    # -- theme ----------------------------------------------------------------------------------
    def apply_theme(self, choice: str) -> None:
        if choice not in THEME_CHOICES:
            choice = "system"
        self.theme = resolve_theme(choice)
        apply_palette(QApplication.instance(), self.theme)
        for pane in self.workspace.panes:
            pane.set_theme(self.theme)
        self.action_set.group("theme")[choice].setChecked(True)
        self.settings.theme = choice

    def _system_scheme_changed(self, _scheme) -> None:
        if self.settings.theme == "system":
            self.apply_theme("system")

    # -- articles -------------------------------------------------------------------------------
    def open_url(self, url: str) -> bool:
        """Follow a `duidu://open?article=ID&block=BLOCK` link (as exported with highlights)."""
        return self.links.open(url)

    def step_article(self, step: int) -> None:
        ids = [a.id for a in self.library_panel.shown_articles() if not a.error]
        if not ids:
            return
        pane = self.workspace.current
        current = pane.article.id if pane.article else ids[0]
        i = ids.index(current) if current in ids else 0
        self.open_article(ids[(i + step) % len(ids)])

    def _top_block_changed(self, pane: ReadingPane, _block_id: str) -> None:
        if pane is not self.workspace.current or pane.article is None:
            return
        passed = pane.passed([e.block_id for e in pane.article.toc])
        if passed:
            self.toc.mark_current(passed)
        self.position_label.setText(f"{pane.progress():.0%}")

    def _zoom_changed(self, pane: ReadingPane, factor: float) -> None:
        if pane is not self.workspace.current:
            return
        self.settings.zoom = factor  # the zoom of new panes
        self.messages.info(self.tr("Zoom {0:.0%}").format(factor), 2000)

    def _sort_changed(self, key: str) -> None:
        self.settings.sort_key = key

    # -- start and end ----------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._start_late_work)  # once the article is on screen
        return False

    def _start_late_work(self) -> None:
        """What start-up does after the first paint: highlights, the search index, the word list."""
        if self._started_late_work or self.closed:
            return
        self._started_late_work = True
        self._build_late()
        self.indexing.update()
        QTimer.singleShot(1500, self, self._load_word_list)
        for then in self._after_first_paint:
            then()

    def after_first_paint(self, then) -> None:
        """Call `then` once the article is on screen (at once if it is): work start-up can wait for."""
        if self._started_late_work:
            then()
        else:
            self._after_first_paint.append(then)

    @property
    def ready(self) -> bool:
        """True once everything built after the first paint is there (highlights, their panel)."""
        return self.highlighting is not None

    def _build_late(self) -> None:
        from .late import build_late

        build_late(self)

    def _load_word_list(self) -> None:
        from .late import load_word_list

        load_word_list(self)

    def _report_start_problems(self) -> None:
        problems = []
        broken = [a for a in self.library if a.error]
        if broken:
            problems.append(self.tr("{0} file(s) could not be opened (marked in the library)").format(len(broken)))
        if not has_cjk_font():
            problems.append(
                self.tr("No installed font can show Chinese: install one (Debian/Ubuntu: sudo apt install {0})").format(FONT_HINT)
            )
        if problems:
            self.messages.warning(" · ".join(problems), 0)

    def _restore_window(self) -> None:
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    def about(self) -> None:
        from .dialogs.about import AboutDialog

        AboutDialog(self).open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.closed = True
        self.indexing.close()
        if self.comparing is not None:
            self.comparing.close()
        if self.highlighting is not None:
            self.highlighting.close()
        for pane in self.workspace.panes:
            self.session.save_position(pane)
        self.session.save_layout()
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.ui_language.release()  # the translators belong to this window
        super().closeEvent(event)
