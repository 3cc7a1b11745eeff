"""`topic:` in a query: which articles discuss a topic, from the topic list in use.

The index keeps no topics (an edit of topics.toml would make it stale): the filter tags an
article when a query asks, and keeps the answer per file (size and time) and topic list.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..cache import LruCache
from ..errors import QueryError

log = logging.getLogger(__name__)


class TopicFilter:
    def __init__(self, source):
        self.source = source  # a reader.core.topics.TopicSource
        self._cache: LruCache[dict[str, tuple[str, ...]]] = LruCache(4096)

    @classmethod
    def for_paths(cls, paths) -> TopicFilter:
        from ..topics.source import TopicSource

        return cls(TopicSource(paths.content_dir, paths.data_dir, paths.cache_dir))

    def check(self, topic_ids: list[str]) -> None:
        """Raise QueryError naming the known topics if one of `topic_ids` is not in the list."""
        topics = self.source.current()
        for topic_id in topic_ids:
            if topics.get(topic_id) is None:
                known = ", ".join(topics.ids) or "none: the topic list is empty or broken"
                raise QueryError.of("no topic {0!r} (topics: {1})", topic_id, known)

    def blocks(self, article_id: str, path: Path) -> dict[str, tuple[str, ...]]:
        """Topic id → the blocks of the article about it (only the topics it covers)."""
        from ..content.article import Article
        from ..topics.tagging import article_tags

        topics = self.source.current()
        try:
            st = path.stat()
            key = (str(path), st.st_mtime_ns, st.st_size, topics.digest)
        except OSError:
            return {}
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        article = Article.load(path)
        if article.error:
            return {}
        tags = article_tags(article, topics)
        about: dict[str, list[str]] = {}
        for p in tags.passages:
            for t in p.tags:
                about.setdefault(t.topic, []).append(p.block_id)
        result = {t: tuple(b) for t, b in about.items()}
        self._cache.put(key, result)
        return result
