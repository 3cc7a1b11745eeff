"""The main window: library sidebar, reading pane, table of contents, menus and status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFontDatabase, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QMessageBox

from .. import APP_DISPLAY_NAME, __version__
from ..core.errors import UnknownArticleError
from ..core.library import Library
from .library_panel import LibraryPanel
from .reading_pane import ReadingPane
from .settings import Settings
from .themes import THEME_CHOICES, apply_palette, resolve_theme
from .toc_panel import TocPanel

FONT_HINT = "fonts-noto-cjk"


def has_cjk_font() -> bool:
    ws = QFontDatabase.WritingSystem
    return bool(QFontDatabase.families(ws.SimplifiedChinese) or QFontDatabase.families(ws.TraditionalChinese))


class MainWindow(QMainWindow):
    def __init__(self, library: Library, settings: Settings):
        super().__init__()
        self.library = library
        self.settings = settings
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.resize(1280, 820)

        self.pane = ReadingPane(self)
        self.setCentralWidget(self.pane)
        self.library_panel = LibraryPanel(self)
        self.toc = TocPanel(self)
        self.library_dock = self._dock(self.tr("Library"), "libraryDock", self.library_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.toc_dock = self._dock(self.tr("Contents"), "tocDock", self.toc, Qt.DockWidgetArea.RightDockWidgetArea)
        self.library_panel.setMinimumWidth(280)

        self.position_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.position_label)

        self._build_menus()
        self.library_panel.articleSelected.connect(self.open_article)
        self.library_panel.sortChanged.connect(self._sort_changed)
        self.toc.headingActivated.connect(self.pane.scroll_to_block)
        self.pane.topBlockChanged.connect(self._top_block_changed)
        self.pane.zoomChanged.connect(self._zoom_changed)

        self.apply_theme(settings.theme)
        QApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self.pane.set_zoom(settings.zoom)
        self.library_panel.sort_key = settings.sort_key
        self.library_panel.set_library(library)
        self.library_panel.set_sort(settings.sort_key)
        self._restore_window()
        self._report_start_problems()
        self._open_initial()

    # -- construction ---------------------------------------------------------------------------
    def _dock(self, title: str, name: str, widget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
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
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quitAction")

        view = bar.addMenu(self.tr("&View"))
        self.zoom_in_action = self._action(view, self.tr("Zoom &In"), self.pane.zoom_in, ["Ctrl+=", "Ctrl++"], "zoomInAction")
        self.zoom_out_action = self._action(view, self.tr("Zoom &Out"), self.pane.zoom_out, "Ctrl+-", "zoomOutAction")
        self.zoom_reset_action = self._action(view, self.tr("&Actual Size"), self.pane.zoom_reset, "Ctrl+0", "zoomResetAction")
        view.addSeparator()
        theme_menu = view.addMenu(self.tr("&Theme"))
        self.theme_group = QActionGroup(self)
        labels = {"system": self.tr("Follow &System"), "light": self.tr("&Light"), "dark": self.tr("&Dark")}
        self.theme_actions: dict[str, QAction] = {}
        for choice in THEME_CHOICES:
            action = QAction(labels[choice], self, checkable=True)
            action.setObjectName(f"theme_{choice}")
            action.triggered.connect(lambda _checked=False, c=choice: self.apply_theme(c))
            self.theme_group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[choice] = action
        view.addSeparator()
        view.addAction(self.library_dock.toggleViewAction())
        view.addAction(self.toc_dock.toggleViewAction())
        self.library_dock.toggleViewAction().setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.toc_dock.toggleViewAction().setShortcut(QKeySequence("Ctrl+Shift+O"))
        go = bar.addMenu(self.tr("&Go"))
        self._action(go, self.tr("&Next Article"), lambda: self._step_article(+1), "Ctrl+PgDown", "nextArticleAction")
        self._action(go, self.tr("&Previous Article"), lambda: self._step_article(-1), "Ctrl+PgUp", "prevArticleAction")
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Duidu"), self._about, None, "aboutAction")

    # -- behaviour ------------------------------------------------------------------------------
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
        if not has_cjk_font():
            problems.append(
                self.tr("No installed font can show Chinese: install one (Debian/Ubuntu: sudo apt install {0})").format(FONT_HINT)
            )
        if problems:
            self.statusBar().showMessage(" · ".join(problems))

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
        self._save_position()
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        super().closeEvent(event)
