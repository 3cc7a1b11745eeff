"""Timeline data: per article and topic, where and how much the article discusses it.

No drawing here: the Qt timeline view and `python main.py topics --json` both read these
records. Positions are relative (0–1: characters before the passage over the article's), so a
long transcript and a short post share one axis.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from .model import TopicList
from .tagging import ArticleTags, article_tags


class TopicInArticle(NamedTuple):
    """One (article, topic) cell: `covers` is the article-level decision; `share` is the tagged
    passages' share of the article's characters."""

    covers: bool
    count: int
    share: float
    first_block: str | None
    blocks: tuple[str, ...]
    positions: tuple[float, ...]
    lengths: tuple[float, ...] = ()  # each passage's share of the article, for drawing segments

    def as_json(self) -> dict:
        return {"covers": self.covers, "count": self.count, "share": round(self.share, 4),
                "first_block": self.first_block, "blocks": list(self.blocks),
                "positions": [round(p, 4) for p in self.positions]}


@dataclass(frozen=True)
class ArticleTimeline:
    id: str
    title: str
    outlet: str
    date: str
    script: str
    topics: dict[str, TopicInArticle] = field(default_factory=dict)

    def covered(self) -> list[str]:
        return [t for t, cell in self.topics.items() if cell.covers]


@dataclass(frozen=True)
class Timeline:
    topics: TopicList
    articles: tuple[ArticleTimeline, ...]
    event_date: str = ""

    def cell(self, article_id: str, topic_id: str) -> TopicInArticle | None:
        for a in self.articles:
            if a.id == article_id:
                return a.topics.get(topic_id)
        return None

    def covering(self, topic_id: str) -> list[ArticleTimeline]:
        """The articles that cover the topic, in date order."""
        return [a for a in self.articles if (c := a.topics.get(topic_id)) and c.covers]


_NOT_COVERED = TopicInArticle(False, 0, 0.0, None, (), (), ())


def cell_of(tags: ArticleTags, topic_id: str) -> TopicInArticle:
    about = tags.about(topic_id)
    if not about:
        return _NOT_COVERED
    total = max(1, tags.total)
    return TopicInArticle(
        covers=bool(about),
        count=len(about),
        share=sum(p.length for p in about) / total,
        first_block=about[0].block_id if about else None,
        blocks=tuple(p.block_id for p in about),
        positions=tuple(p.start / total for p in about),
        lengths=tuple(p.length / total for p in about),
    )


def build_timeline(articles: Iterable, topics: TopicList) -> Timeline:
    """The timeline of `articles` (readable ones; in date order, then id) under `topics`."""
    rows = []
    event_dates = []
    for article in sorted(articles, key=lambda a: (a.date or "9999", a.id)):
        if getattr(article, "error", None):
            continue
        tags = article_tags(article, topics)
        rows.append(ArticleTimeline(article.id, article.title, article.outlet, article.date, article.script,
                                    {t.id: cell_of(tags, t.id) for t in topics}))
        if event := str(article.meta.get("event_date") or ""):
            event_dates.append(event)
    event = max(set(event_dates), key=event_dates.count) if event_dates else ""
    return Timeline(topics, tuple(rows), event)
