"""Topic hints in the window: each pane's passage topics (hover, and the margin bar of View ▸
Topic Bar) and the library's topic chip, kept up with the topic list, the articles shown and the
interface language. What a passage or an article is about is the core's (via `window.topics`)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ..pane.reading_pane import ReadingPane

# the script of the topics' names for each UI language (Topic.name reads tw and hk as 繁體)
SCRIPT_FOR_LANGUAGE = {"en": "en", "zh_CN": "hans", "zh_TW": "tw", "zh_HK": "hk"}


class TopicHints(QObject):
    """Feeds the panes' topic bars and the library's chip from the window's Topics."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.topics = window.topics
        self.bar_on = window.settings.topic_bar
        window.action_set["topicBarAction"].setChecked(self.bar_on)
        for pane in self.workspace.panes:
            self._pane_added(pane)
        self.workspace.paneAdded.connect(self._pane_added)
        self.topics.topicsChanged.connect(self.refresh)
        window.ui_language.languageChanged.connect(self._language_changed)
        self._fill_library()

    @property
    def ui_script(self) -> str:
        return SCRIPT_FOR_LANGUAGE.get(self.window.ui_language.current, "en")

    def set_bar(self, on: bool) -> None:
        """View ▸ Topic Bar: the coloured bar beside tagged passages, in every pane (remembered)."""
        self.bar_on = bool(on)
        self.window.settings.topic_bar = self.bar_on
        self.window.action_set["topicBarAction"].setChecked(self.bar_on)
        for pane in self.workspace.panes:
            pane.topic_bar.set_on(self.bar_on)

    def refresh(self) -> None:
        """The topic list or the library changed: tag the panes' articles again, refill the chip."""
        for pane in self.workspace.panes:
            self._tag(pane)
        self._fill_library()

    def _pane_added(self, pane: ReadingPane) -> None:
        pane.topic_bar.set_ui_script(self.ui_script)
        pane.topic_bar.set_on(self.bar_on)
        pane.articleShown.connect(lambda _article_id, p=pane: self._tag(p))
        self._tag(pane)

    def _tag(self, pane: ReadingPane) -> None:
        article = pane.article
        if article is None or article.error:
            pane.topic_bar.clear()
            return
        pane.topic_bar.set_tags(self.topics.tags(article).passages, self.topics.topics)

    def _fill_library(self) -> None:
        covered = {a.id: set(a.covered()) for a in self.topics.timeline().articles}
        self.window.library_panel.set_topic_coverage(self.topics.topics, covered, self.ui_script)

    def _language_changed(self, _language: str) -> None:
        script = self.ui_script
        for pane in self.workspace.panes:
            pane.topic_bar.set_ui_script(script)
        self.window.library_panel.topic_filter.set_script(script)
