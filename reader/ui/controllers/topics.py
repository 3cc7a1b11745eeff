"""The topic list and the timeline data of one window: loaded from `topics.toml`, read again
when the file changes (QFileSystemWatcher), problems reported once through Messages.

The timeline view, the reading panes' topic hints and the library's topic filter all read the
topics here, so one edit of the file reaches all of them through `topicsChanged`.
"""

from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ...core.topics import Timeline, TopicList, TopicSource, article_tags, build_timeline


class Topics(QObject):
    topicsChanged = Signal()  # the topic list or the library changed: timeline and tags are new

    def __init__(self, window, parent: QObject | None = None):
        super().__init__(parent or window)
        self.window = window
        paths = window.paths
        self.source = TopicSource(window.library.content_dir, paths.data_dir if paths else None,
                                  paths.cache_dir if paths else None)
        self._timeline: Timeline | None = None
        self._reported = ""
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._file_changed)
        self._watcher.directoryChanged.connect(self._file_changed)
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.reload)
        self._load()

    @property
    def topics(self) -> TopicList:
        return self.source.current()

    @property
    def problem(self) -> str:
        return self.source.problem

    def timeline(self) -> Timeline:
        """The timeline of the library's readable articles (computed once per change)."""
        if self._timeline is None:
            self._timeline = build_timeline(self.window.library.readable, self.topics)
        return self._timeline

    def tags(self, article):
        """The article's passage tags under the current list (cached in the core)."""
        return article_tags(article, self.topics)

    def library_changed(self) -> None:
        self._timeline = None
        self.topicsChanged.emit()

    def reload(self) -> None:
        """Read the topic list again if its file changed; tell everyone that shows topics."""
        if not self.source.changed():
            self._watch()
            return
        self._load()
        self._timeline = None
        self.topicsChanged.emit()

    def _load(self) -> None:
        self.source.current()
        self._watch()
        problem = self.source.problem
        if problem and problem != self._reported:
            self.window.messages.notice(self.tr("Topic list"), problem, "topicsProblem")
        elif not problem and self._reported:
            self.window.messages.info(self.tr("Topic list read again: {0} topics").format(len(self.topics)), 6000)
        self._reported = problem

    def _watch(self) -> None:
        path = self.source.path
        files = [str(path)]
        folders = [str(p) for p in {path.parent, *(f for f in (self.source.data_dir, self.source.content_dir) if f)}
                   if p.is_dir()]
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        self._watcher.addPaths([f for f in files if path.is_file()] + folders)

    def _file_changed(self, _path: str) -> None:
        self._debounce.start()
