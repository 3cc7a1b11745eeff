"""The main window's entry points to what is built after its first paint (compare mode, the topic
bar, highlights, the timeline, search, importing, the library's files): each makes sure it is
built, then hands over. A mixin of MainWindow, kept apart so the window's own module stays about
the window (construction, panes, theme, start and end)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pane.reading_pane import ReadingPane


class LateFeatures:
    """MainWindow's methods that build the late parts on first use (`_start_late_work`)."""

    # -- compare (CompareMode does it; these make sure it is built) ------------------------------------
    def set_compare(self, on: bool) -> None:
        self._start_late_work()
        self.compare_mode.set_compare(on)

    def set_sync(self, mode: str) -> None:
        self._start_late_work()
        self.compare_mode.set_sync(mode)

    def clear_pins(self) -> None:
        self._start_late_work()
        self.compare_mode.clear_pins()

    def show_nearest(self) -> None:
        self._start_late_work()
        self.compare_mode.comparing.show_nearest()

    def set_topic_bar(self, on: bool) -> None:
        self._start_late_work()
        self.topic_hints.set_bar(on)

    def compare_with_current(self, article_id: str) -> None:
        self._start_late_work()
        self.compare_mode.compare_with(self.workspace.current, article_id)

    def export_aligned_dialog(self) -> None:
        self._start_late_work()
        self.compare_mode.export_aligned_dialog()

    def extend_context_menu(self, menu, pane: ReadingPane, pos) -> None:
        if self.compare_mode is not None:
            self.compare_mode.extend_context_menu(menu, pane, pos)

    # -- search -------------------------------------------------------------------------------------
    def show_highlights(self) -> None:
        self._start_late_work()  # at once, if asked for before the first paint
        self.highlights_dock.show()
        self.highlights_dock.raise_()
        self.highlights_panel.list.setFocus()

    def show_timeline(self, on: bool = True) -> None:
        """View ▸ Timeline of Topics (Ctrl+Shift+M): the dock, built the first time it is shown."""
        self._start_late_work()
        if self.timeline is None:
            if not on:
                return
            from .controllers.timeline import TopicTimeline

            self.timeline = TopicTimeline(self)
            self.timeline.retranslate()
        self.timeline.set_shown(on)

    def show_search(self) -> None:
        self._start_late_work()  # at once, if asked for before the first paint
        self.searching.show()

    # -- importing ------------------------------------------------------------------------------
    def import_files(self, paths: list[str] | None = None) -> None:
        """File ▸ Import… (or files dropped on the window): the reader's own files into the library."""
        if self.importing is None:
            from .controllers.importing import Importing

            self.importing = Importing(self)
        if paths:
            self.importing.import_paths(paths)
        else:
            self.importing.dialog()

    def _library_file_action(self, what: str, article_id: str) -> None:
        """The library list's "Article Info…" and "Remove from Library" (built after the first paint)."""
        self._start_late_work()
        if what == "info":
            self.library_files.article_info(article_id)
        elif what == "remove":
            self.library_files.remove(article_id)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.import_files(files)
