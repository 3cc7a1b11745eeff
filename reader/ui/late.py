"""What the main window builds after its first paint: search, highlights, compare mode, topics
and the timeline — not needed to show the article, so start-up stays within 2× a bare window.
The word list for double-click loads in a thread after that."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer


def build_late(window) -> None:
    """Search and the highlights (store, controller, panels): not needed to show the article,
    so built once it is on screen (start-up within 2× a bare window)."""
    from .controllers.keyboard import Keyboard
    from .controllers.preferences import Preferences

    window.preferences = Preferences(window)  # Edit ▸ Preferences (Ctrl+,)
    window.keyboard = Keyboard(window)  # the shortcuts sheet (F1), full screen (F11)
    from .controllers.highlighting import Highlighting
    from .controllers.searching import Searching

    window.searching = Searching(window)
    window.search_panel, window.search_dock = window.searching.panel, window.searching.dock
    window.highlighting = Highlighting(window, window.paths.data_dir if window.paths is not None else None)
    window.highlights_panel = window.highlighting.panel
    window.highlights_dock = window.add_dock("highlightsDock", window.highlights_panel,
                                             Qt.DockWidgetArea.RightDockWidgetArea)
    window.tabifyDockWidget(window.toc_dock, window.highlights_dock)
    if not window.restoreDockWidget(window.highlights_dock):
        window.toc_dock.raise_()
    view = window.action_set.menus["view"]
    view.addAction(window.highlights_dock.toggleViewAction())
    view.addAction(window.search_dock.toggleViewAction())
    from .controllers.compare_mode import CompareMode

    window.compare_mode = CompareMode(window)
    window.comparing = window.compare_mode.comparing
    from .controllers.topics import Topics

    window.topics = Topics(window)
    from .controllers.topic_hints import TopicHints

    window.topic_hints = TopicHints(window)
    from .controllers.library_files import LibraryFiles

    window.library_files = LibraryFiles(window)
    if window.settings.timeline_shown:
        window.show_timeline(True)
    window.retranslate()
    window.highlighting.refresh()
    if window.highlighting.problem:
        window.messages.warning(window.highlighting.problem, 0)
        title = window.tr("Highlights")
        QTimer.singleShot(0, lambda: window.messages.notice(title, window.highlighting.problem, "highlightProblemBox"))


def load_word_list(window) -> None:
    """Load jieba's dictionary in the background, so the first double-click is instant."""
    import threading

    from ..core.text import words

    if window.paths is not None:
        words.set_cache_dir(window.paths.cache_dir / "words")
    threading.Thread(target=words.warm_up, name="duidu-words", daemon=True).start()
