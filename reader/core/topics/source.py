"""Which topic list is in use, and the last good one when the user's copy breaks.

The user's own `topics.toml` in the data folder overrides the one of the content folder, which
overrides the bundled one. A list that loads is copied to the cache folder; when the file in use
is broken, that copy is used (or no topics at all) and `problem` says why, naming the line, so
an editing mistake never leaves the reader without its timeline or stops the app.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from ..content.library import default_content_dir
from ..errors import TopicListError
from .model import TopicList

log = logging.getLogger(__name__)

TOPICS_FILE = "topics.toml"
LAST_GOOD_FILE = "topics.last-good.toml"


def bundled_topics_path() -> Path:
    return default_content_dir() / TOPICS_FILE


class TopicSource:
    """The topic list of a library: `current()` reloads it when its file has changed."""

    def __init__(self, content_dir: Path | str | None = None, data_dir: Path | str | None = None,
                 cache_dir: Path | str | None = None):
        self.content_dir = Path(content_dir) if content_dir else default_content_dir()
        self.data_dir = Path(data_dir) if data_dir else None
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self._stamp: tuple | None = None
        self._topics = TopicList()
        self.problem: str = ""  # why the list in use is not the file's (empty when it is)

    @property
    def path(self) -> Path:
        """The file that decides the topics."""
        for folder in (self.data_dir, self.content_dir):
            if folder is not None and (folder / TOPICS_FILE).is_file():
                return folder / TOPICS_FILE
        return bundled_topics_path()

    def _file_stamp(self, path: Path) -> tuple:
        try:
            st = path.stat()
            return (str(path), st.st_mtime_ns, st.st_size)
        except OSError:
            return (str(path), None, None)

    def changed(self) -> bool:
        return self._file_stamp(self.path) != self._stamp

    def current(self) -> TopicList:
        """The topics in use, read again if the file changed since the last call."""
        path = self.path
        stamp = self._file_stamp(path)
        if stamp == self._stamp:
            return self._topics
        self._stamp = stamp
        try:
            topics = TopicList.load(path)
        except TopicListError as exc:
            fallback = self._last_good()
            if fallback is not None:
                self.problem = f"{exc} — using the last good topic list ({len(fallback)} topics)"
            else:
                self.problem = f"{exc} — no topics until it is fixed"
            log.warning("%s", self.problem)
            self._topics = fallback if fallback is not None else TopicList(path=str(path))
            return self._topics
        self.problem = ""
        self._topics = topics
        self._keep(path)
        return topics

    def _keep_path(self) -> Path | None:
        return self.cache_dir / LAST_GOOD_FILE if self.cache_dir else None

    def _keep(self, path: Path) -> None:
        target = self._keep_path()
        if target is None:
            return
        try:
            data = path.read_bytes()
            if target.is_file() and target.read_bytes() == data:
                return
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, target)
        except OSError as exc:  # a read-only cache only loses the fallback
            log.info("cannot keep the last good topic list: %s", exc)

    def _last_good(self) -> TopicList | None:
        target = self._keep_path()
        if target is not None and target.is_file():
            try:
                return TopicList.load(target)
            except TopicListError:
                pass
        if self.path != bundled_topics_path():
            try:
                return TopicList.load(bundled_topics_path())
            except TopicListError:
                return None
        return None
