"""The main window: library sidebar, reading pane, table of contents, menus and status bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFontDatabase, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QMessageBox, QProgressBar

from .. import APP_DISPLAY_NAME, __version__
from ..core.errors import UnknownArticleError
from ..core.content.library import Library
from ..core.script.modes import ScriptMode, convert_text
from .i18n import LANGUAGE_NAMES, UI_LANGUAGES, UiLanguage, language_for
from .library_panel import LibraryPanel
from .reading_pane import ReadingPane
from .search_panel import SearchPanel
from .settings import Settings
from .themes import THEME_CHOICES, apply_palette, resolve_theme
from .toc_panel import TocPanel

FONT_HINT = "fonts-noto-cjk"


def has_cjk_font() -> bool:
    ws = QFontDatabase.WritingSystem
    return bool(QFontDatabase.families(ws.SimplifiedChinese) or QFontDatabase.families(ws.TraditionalChinese))


class MainWindow(QMainWindow):
    def __init__(self, library: Library, settings: Settings, paths=None):
        super().__init__()
        self.library = library
        self.settings = settings
        self.paths = paths  # AppPaths: where the search index lives (None: no search)
        self.search_index = None
        self._index_thread = None
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.resize(1280, 820)

        self.pane = ReadingPane(self)
        self.setCentralWidget(self.pane)
        self.library_panel = LibraryPanel(self)
        self.toc = TocPanel(self)
        self.library_dock = self._dock("libraryDock", self.library_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.toc_dock = self._dock("tocDock", self.toc, Qt.DockWidgetArea.RightDockWidgetArea)
        self.library_panel.setMinimumWidth(280)
        self.search_panel = SearchPanel(self)
        self.search_dock = self._dock("searchDock", self.search_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabifyDockWidget(self.library_dock, self.search_dock)
        self.library_dock.raise_()

        self.index_progress = QProgressBar(self)
        self.index_progress.setObjectName("indexProgress")
        self.index_progress.setMaximumWidth(160)
        self.index_progress.hide()
        self.statusBar().addPermanentWidget(self.index_progress)
        self.position_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.position_label)

        self.ui_language = UiLanguage(self)
        self._build_menus()
        from .highlighting import Highlighting

        self.highlighting = Highlighting(self, paths.data_dir if paths is not None else None)
        self.highlights_panel = self.highlighting.panel
        self.highlights_dock = self._dock("highlightsDock", self.highlights_panel, Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.toc_dock, self.highlights_dock)
        self.toc_dock.raise_()
        self.view_menu.insertAction(self.search_dock.toggleViewAction(), self.highlights_dock.toggleViewAction())
        self.show_highlights_action = self._action(self.highlighting.menu, self.show_highlights, "Ctrl+Shift+H",
                                                   "showHighlightsAction")
        self.retranslate()
        self.library_panel.articleSelected.connect(self.open_article)
        self.library_panel.sortChanged.connect(self._sort_changed)
        self.toc.headingActivated.connect(self.pane.scroll_to_block)
        self.pane.topBlockChanged.connect(self._top_block_changed)
        self.pane.zoomChanged.connect(self._zoom_changed)
        self.search_panel.passageActivated.connect(self.open_passage)
        self.search_panel.converter_for = self._converter_for
        self.pane.scriptChanged.connect(self._script_changed)

        self.apply_theme(settings.theme)
        QApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self.pane.set_zoom(settings.zoom)
        self.pane.set_script(settings.script, settings.vocabulary, settings.show_changes)
        self._script_changed(self.pane.script_mode.value)
        self.library_panel.sort_key = settings.sort_key
        self.library_panel.set_library(library)
        self.library_panel.set_sort(settings.sort_key)
        self._restore_window()
        self._report_start_problems()
        self._open_initial()
        self._started_late_work = False
        self._closed = False
        self.pane.browser.viewport().installEventFilter(self)  # the first paint starts the rest
        QTimer.singleShot(2000, self, self._start_late_work)  # or a window that is never painted

    # -- construction ---------------------------------------------------------------------------
    def _dock(self, name: str, widget, area) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, menu, slot, shortcut=None, name: str = "", checkable: bool = False) -> QAction:
        """An action in `menu`; its text is set (and reset on a language change) by retranslate()."""
        action = QAction(self)
        action.setCheckable(checkable)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.quit_action = self._action(self.file_menu, self.close, QKeySequence.StandardKey.Quit, "quitAction")

        self.view_menu = view = bar.addMenu("")
        self.zoom_in_action = self._action(view, self.pane.zoom_in, ["Ctrl+=", "Ctrl++"], "zoomInAction")
        self.zoom_out_action = self._action(view, self.pane.zoom_out, "Ctrl+-", "zoomOutAction")
        self.zoom_reset_action = self._action(view, self.pane.zoom_reset, "Ctrl+0", "zoomResetAction")
        self.caret_action = self._action(view, self.pane.set_caret_browsing, "F7", "caretAction", checkable=True)
        view.addSeparator()
        self.script_menu = script = view.addMenu("")
        self.script_menu.setObjectName("scriptMenu")
        self.script_group = QActionGroup(self)
        self.script_actions: dict[str, QAction] = {}
        for mode in ScriptMode:
            action = self._action(script, lambda _checked=False, m=mode: self.set_script(m),
                                  name=f"script_{mode.value}", checkable=True)
            self.script_group.addAction(action)
            self.script_actions[mode.value] = action
        script.addSeparator()
        self.next_script_action = self._action(script, self.next_script, "Ctrl+Shift+T", "nextScriptAction")
        self.vocabulary_action = self._action(script, lambda on: self.pane.set_script(self.pane.script_mode, vocabulary=on),
                                              None, "vocabularyAction", checkable=True)
        self.show_changes_action = self._action(script, lambda on: self.pane.set_script(self.pane.script_mode, show_changes=on),
                                                "Ctrl+Shift+U", "showChangesAction", checkable=True)
        script.addSeparator()
        self.language_menu = script.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for choice in ("auto", *UI_LANGUAGES):
            action = self._action(self.language_menu, lambda _checked=False, c=choice: self.set_ui_language(c),
                                  name=f"language_{choice}", checkable=True)
            self.language_group.addAction(action)
            self.language_actions[choice] = action
        self.theme_menu = view.addMenu("")
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for choice in THEME_CHOICES:
            action = self._action(self.theme_menu, lambda _checked=False, c=choice: self.apply_theme(c),
                                  name=f"theme_{choice}", checkable=True)
            self.theme_group.addAction(action)
            self.theme_actions[choice] = action
        view.addSeparator()
        view.addAction(self.library_dock.toggleViewAction())
        view.addAction(self.toc_dock.toggleViewAction())
        view.addAction(self.search_dock.toggleViewAction())
        self.library_dock.toggleViewAction().setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.toc_dock.toggleViewAction().setShortcut(QKeySequence("Ctrl+Shift+O"))

        self.search_menu = search = bar.addMenu("")
        self.search_action = self._action(search, self.show_search, ["Ctrl+Shift+F", "Ctrl+K"], "searchAction")
        self.find_action = self._action(search, self.pane.open_find, QKeySequence.StandardKey.Find, "findAction")
        self.find_next_action = self._action(search, lambda: self.pane.step_mark(+1),
                                             QKeySequence.StandardKey.FindNext, "findNextAction")
        self.find_prev_action = self._action(search, lambda: self.pane.step_mark(-1),
                                             QKeySequence.StandardKey.FindPrevious, "findPreviousAction")
        search.addSeparator()
        self.clear_marks_action = self._action(search, self.pane.clear_marks, None, "clearMarksAction")
        self.rebuild_index_action = self._action(search, lambda: self.update_index(rebuild=True), None,
                                                 "rebuildIndexAction")

        self.go_menu = go = bar.addMenu("")
        self.next_article_action = self._action(go, lambda: self._step_article(+1), "Ctrl+PgDown", "nextArticleAction")
        self.prev_article_action = self._action(go, lambda: self._step_article(-1), "Ctrl+PgUp", "prevArticleAction")
        self.help_menu = bar.addMenu("")
        self.about_action = self._action(self.help_menu, self._about, None, "aboutAction")

    def retranslate(self) -> None:
        """Every fixed label of the window, in the current UI language."""
        self.library_dock.setWindowTitle(self.tr("Library"))
        self.toc_dock.setWindowTitle(self.tr("Contents"))
        self.search_dock.setWindowTitle(self.tr("Search"))
        self.highlights_dock.setWindowTitle(self.tr("Highlights"))
        self.show_highlights_action.setText(self.tr("&Show Highlights Panel"))
        self.index_progress.setFormat(self.tr("Indexing %v/%m"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.zoom_in_action.setText(self.tr("Zoom &In"))
        self.zoom_out_action.setText(self.tr("Zoom &Out"))
        self.zoom_reset_action.setText(self.tr("&Actual Size"))
        self.script_menu.setTitle(self.tr("S&cript"))
        for mode, action in self.script_actions.items():
            action.setText(ScriptMode(mode).label)
        self.script_actions["original"].setText(self.tr("原文 (As Written)"))
        self.next_script_action.setText(self.tr("&Next Script"))
        self.vocabulary_action.setText(self.tr("Regional &Vocabulary (软件 ↔ 軟體, 程式設計 → 编程)"))
        self.vocabulary_action.setToolTip(self.tr("Convert phrases too, not only characters; 臺灣正體 always does"))
        self.show_changes_action.setText(self.tr("Show What &Changed"))
        self.language_menu.setTitle(self.tr("&Interface Language"))
        self.language_actions["auto"].setText(self.tr("Follow the Script Shown"))
        for choice in UI_LANGUAGES:
            self.language_actions[choice].setText(LANGUAGE_NAMES[choice])
        self.caret_action.setText(self.tr("&Caret Browsing (Select with the Keyboard)"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.theme_actions["system"].setText(self.tr("Follow &System"))
        self.theme_actions["light"].setText(self.tr("&Light"))
        self.theme_actions["dark"].setText(self.tr("&Dark"))
        self.search_menu.setTitle(self.tr("&Search"))
        self.search_action.setText(self.tr("&Search All Articles…"))
        self.find_action.setText(self.tr("&Find in Article…"))
        self.find_next_action.setText(self.tr("Find &Next"))
        self.find_prev_action.setText(self.tr("Find &Previous"))
        self.clear_marks_action.setText(self.tr("&Clear Marks"))
        self.rebuild_index_action.setText(self.tr("&Rebuild Search Index"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.next_article_action.setText(self.tr("&Next Article"))
        self.prev_article_action.setText(self.tr("&Previous Article"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Duidu"))
        self.highlighting.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- behaviour ------------------------------------------------------------------------------
    def set_script(self, mode: ScriptMode | str) -> None:
        """Show the current pane in `mode` (it also becomes the default for new panes)."""
        self.pane.set_script(mode)

    def next_script(self) -> None:
        modes = list(ScriptMode)
        self.set_script(modes[(modes.index(self.pane.script_mode) + 1) % len(modes)])

    def _script_changed(self, mode: str) -> None:
        self.script_actions[mode].setChecked(True)
        self.vocabulary_action.setChecked(self.pane.vocabulary)
        self.show_changes_action.setChecked(self.pane.show_changes)
        self.settings.script = mode
        self.settings.vocabulary = self.pane.vocabulary
        self.settings.show_changes = self.pane.show_changes
        # the text first, then the labels and the search snippets: the pane is painted before these
        QTimer.singleShot(0, self, self._follow_script)
        config = self.pane.opencc_config()
        label = ScriptMode(mode).label
        self.statusBar().showMessage(self.tr("Showing {0} (OpenCC {1})").format(label, config) if config
                                     else self.tr("Showing {0}: no conversion needed").format(label), 4000)

    def _follow_script(self) -> None:
        self.set_ui_language(self.settings.ui_language)
        self.search_panel.refresh_script()

    def set_ui_language(self, choice: str) -> None:
        """Fix the interface language, or let it follow the script shown ("auto")."""
        if choice not in self.language_actions:
            choice = "auto"
        self.settings.ui_language = choice
        self.language_actions[choice].setChecked(True)
        self.ui_language.set_language(language_for(choice, self.pane.script_mode.value))

    def _converter_for(self, article_id: str):
        """What search results of an article look like in the script the pane shows."""
        pane = self.pane
        try:
            source = self.library.get(article_id).script
        except UnknownArticleError:
            source = None
        return lambda text: convert_text(text, pane.script_mode, pane.effective_vocabulary, source=source)

    def apply_theme(self, choice: str) -> None:
        if choice not in THEME_CHOICES:
            choice = "system"
        theme = resolve_theme(choice)
        apply_palette(QApplication.instance(), theme)
        self.pane.set_theme(theme)
        self.theme_actions[choice].setChecked(True)
        self.settings.theme = choice

    def _system_scheme_changed(self, _scheme) -> None:
        if self.settings.theme == "system":
            self.apply_theme("system")

    def open_article(self, article_id: str) -> bool:
        """Show an article, remembering where the previous one was left."""
        try:
            article = self.library.get(article_id)
        except UnknownArticleError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return False
        self._save_position()
        if article.error:
            self.statusBar().showMessage(self.tr("Cannot open {0}: {1}").format(article.path.name, article.error))
            return False
        self.pane.show_article(article)
        self.toc.set_entries(article.toc)
        self.library_panel.select(article.id, emit=False)
        self.setWindowTitle(f"{article.title} — {APP_DISPLAY_NAME}")
        self.settings.last_article = article.id
        saved = self.settings.position(article.id)
        if saved:
            # the layout of a long article settles after the first paint; restore then as well
            self.pane.restore_position(saved)
            QTimer.singleShot(0, lambda p=saved, a=article.id: self._restore_if_current(a, p))
        self._top_block_changed(self.pane.top_block() or "")
        return True

    def open_url(self, url: str) -> bool:
        """Follow a `duidu://open?article=ID&block=BLOCK` link (as exported with highlights)."""
        from urllib.parse import parse_qs, urlsplit

        parts = urlsplit(url)
        query = parse_qs(parts.query)
        article_id = (query.get("article") or [""])[0]
        if parts.scheme != "duidu" or parts.netloc != "open" or not article_id:
            self.statusBar().showMessage(self.tr("Not a Duidu link: {0}").format(url), 8000)
            return False
        if not self.open_article(article_id):
            return False
        block = (query.get("block") or [""])[0]
        if block:
            QTimer.singleShot(0, lambda: self.pane.scroll_to_block(block))
            return self.pane.scroll_to_block(block)
        return True

    def _load_word_list(self) -> None:
        """Load jieba's dictionary in the background, so the first double-click is instant."""
        import threading

        from ..core.text import words

        if self.paths is not None:
            words.set_cache_dir(self.paths.cache_dir / "words")
        threading.Thread(target=words.warm_up, name="duidu-words", daemon=True).start()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and watched is self.pane.browser.viewport():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._start_late_work)  # once the article is on screen
        return False

    def _start_late_work(self) -> None:
        """What start-up does after the first paint: the search index, then the word list."""
        if self._started_late_work or self._closed:
            return
        self._started_late_work = True
        if self.paths is not None:
            self.update_index()
        QTimer.singleShot(1500, self, self._load_word_list)

    # -- search -------------------------------------------------------------------------------------
    def show_highlights(self) -> None:
        self.highlights_dock.show()
        self.highlights_dock.raise_()
        self.highlights_panel.list.setFocus()

    def show_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.focus_box()

    def open_passage(self, article_id: str, block_id: str, needles: list) -> bool:
        """Open a search result: the article, scrolled to the passage, with every hit marked."""
        if self.pane.article is None or self.pane.article.id != article_id:
            if not self.open_article(article_id):
                return False
        found = self.pane.set_marks(list(needles), near_block=block_id or None)
        self.statusBar().showMessage(self.tr("{0} hits in this article · F3 next, Shift+F3 previous").format(found), 6000)
        return True

    def update_index(self, rebuild: bool = False) -> None:
        """Bring the search index up to date in a worker thread; search waits for it."""
        if self.paths is None or self._index_thread is not None:
            return
        from ..core.search.index import SearchIndex
        from .workers import IndexWorker, start_in_thread

        if self.search_index is None:
            self.search_index = SearchIndex.for_paths(self.paths)
        self.search_panel.set_index(self.search_index, ready=False)
        self.index_progress.setRange(0, 0)
        self.index_progress.show()
        worker = IndexWorker(self.search_index, rebuild=rebuild)
        worker.progressed.connect(self._index_progressed)
        worker.finished.connect(self._index_finished)
        worker.failed.connect(self._index_failed)
        self._index_worker = worker
        self._index_thread = start_in_thread(worker, self)

    @property
    def indexing(self) -> bool:
        return self._index_thread is not None

    def _index_progressed(self, done: int, total: int) -> None:
        self.index_progress.setRange(0, max(total, 1))
        self.index_progress.setValue(done)

    def _index_finished(self, report) -> None:
        self._index_thread = None
        self.index_progress.hide()
        self.search_panel.set_index(self.search_index, ready=True)
        if report.message or report.reindexed or report.removed:
            text = report.message or self.tr("Search index updated")
            self.statusBar().showMessage(
                self.tr("{0}: {1} articles, {2} re-indexed in {3:.1f} s").format(
                    text, report.documents, report.reindexed, report.seconds), 8000)

    def _index_failed(self, message: str) -> None:
        self._index_thread = None
        self.index_progress.hide()
        self.search_panel.summary.setText(self.tr("Search is unavailable: {0}").format(message))
        self.statusBar().showMessage(self.tr("Search index: {0}").format(message))

    def _restore_if_current(self, article_id: str, position: str) -> None:
        if self.pane.article is not None and self.pane.article.id == article_id:
            self.pane.restore_position(position)

    def _save_position(self) -> None:
        if self.pane.article is not None:
            self.settings.set_position(self.pane.article.id, self.pane.position())

    def _open_initial(self) -> None:
        last = self.settings.last_article
        ids = [a.id for a in self.library_panel.sorted_articles() if not a.error]
        if last in ids:
            self.open_article(last)
        elif ids:
            self.open_article(ids[0])

    def _step_article(self, step: int) -> None:
        ids = [a.id for a in self.library_panel.sorted_articles() if not a.error]
        if not ids:
            return
        current = self.pane.article.id if self.pane.article else ids[0]
        i = ids.index(current) if current in ids else 0
        self.open_article(ids[(i + step) % len(ids)])

    def _top_block_changed(self, block_id: str) -> None:
        article = self.pane.article
        if article is None:
            return
        heading_ids = [e.block_id for e in article.toc]
        passed = self.pane.passed(heading_ids)
        if passed:
            self.toc.mark_current(passed)
        self.position_label.setText(f"{self.pane.progress():.0%}")

    def _zoom_changed(self, factor: float) -> None:
        self.settings.zoom = factor
        self.statusBar().showMessage(self.tr("Zoom {0:.0%}").format(factor), 2000)

    def _sort_changed(self, key: str) -> None:
        self.settings.sort_key = key

    def _report_start_problems(self) -> None:
        problems = []
        broken = [a for a in self.library if a.error]
        if broken:
            problems.append(self.tr("{0} file(s) could not be opened (marked in the library)").format(len(broken)))
        if self.highlighting.problem:
            problems.append(self.highlighting.problem)
            QTimer.singleShot(0, self._show_highlight_problem)
        if not has_cjk_font():
            problems.append(
                self.tr("No installed font can show Chinese: install one (Debian/Ubuntu: sudo apt install {0})").format(FONT_HINT)
            )
        if problems:
            self.statusBar().showMessage(" · ".join(problems))

    def _show_highlight_problem(self) -> None:
        """Say what happened to the highlights database, in a box that does not block."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Highlights"), self.highlighting.problem,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("highlightProblemBox")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.highlight_problem_box = box

    def _restore_window(self) -> None:
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Duidu"),
            f"<b>{APP_DISPLAY_NAME}</b> {__version__}<br>"
            + self.tr("Read Chinese-language articles side by side, offline."),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self._closed = True
        if self._index_thread is not None:  # let the worker finish its transaction
            self._index_thread.quit()
            self._index_thread.wait(10000)
        if self.search_index is not None:
            self.search_index.close()
        self.highlighting.close()
        self._save_position()
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.ui_language.release()  # the translators belong to this window
        super().closeEvent(event)
