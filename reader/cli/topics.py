"""`topics [--json] [--article ID] [--topic ID]`: the timeline of topics from the command line.

With `--json` (and neither filter) an object of exactly `topics` and `articles`, the public
shape scripts rely on; with `--article` or `--topic` the tagged passages with their text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.content.paths import open_library
from ..core.errors import QueryError
from .output import write_json

if TYPE_CHECKING:
    from ..core.content.paths import AppPaths


def add_topics_parser(sub, global_options) -> None:
    p = sub.add_parser("topics", help="which article discusses which topic, and where (the timeline of topics)")
    global_options(p, True)
    p.add_argument("--json", action="store_true",
                   help="an object {topics, articles}; with --article/--topic a JSON array of passages")
    p.add_argument("--article", metavar="ID", help="the tagged passages of this article, with their text")
    p.add_argument("--topic", metavar="ID", help="the passages about this topic, with their text")


def topics_record(timeline) -> dict:
    """The public JSON shape of `topics --json`."""
    return {
        "topics": [{"id": t.id, "names": dict(t.names), "color": t.color, "keywords": [*t.keywords, *t.phrases]}
                   for t in timeline.topics],
        "articles": [{"id": a.id, "date": a.date, "topics": {tid: cell.as_json() for tid, cell in a.topics.items()}}
                     for a in timeline.articles],
    }


def cmd_topics(args, paths: AppPaths, out, err) -> int:
    from ..core.topics import TopicSource, article_tags, build_timeline

    source = TopicSource(paths.content_dir, paths.data_dir, paths.cache_dir)
    topics = source.current()
    if source.problem:
        err.write(f"duidu: {source.problem}\n")
    if args.topic and topics.get(args.topic) is None:
        known = ", ".join(topics.ids) or "none"
        raise QueryError(f"no topic {args.topic!r} (topics: {known})")
    library = open_library(paths)
    if args.article or args.topic:
        articles = [library.get(args.article)] if args.article else library.readable
        records = []
        for article in articles:
            if article.error:
                raise QueryError(f"{library.relative_path(article)}: {article.error}")
            for p in article_tags(article, topics).passages:
                tags = [t for t in p.tags if not args.topic or t.topic == args.topic]
                if tags:
                    records.append({"article": article.id, "block": p.block_id,
                                    "topics": {t.topic: t.strength for t in tags},
                                    "evidence": {t.topic: list(t.evidence) for t in tags},
                                    "text": article.block(p.block_id).text})
        if args.json:
            return write_json(out, records)
        if not records:
            out.write("no tagged passages\n")
        for r in records:
            tags = ", ".join(f"{t} {s:.2f}" for t, s in r["topics"].items())
            out.write(f"{r['article']}\t{r['block']}\t{tags}\n    {' '.join(r['text'].split())}\n")
        return 0
    timeline = build_timeline(library.readable, topics)
    if args.json:
        return write_json(out, topics_record(timeline))
    _table(timeline, out)
    return 0


def _table(timeline, out) -> None:
    """Topics × articles: the number of passages about the topic, "·" when the article does not
    cover it."""
    articles = timeline.articles
    width = max([len(t.id) for t in timeline.topics] + [5])
    out.write(" " * width + "  " + "  ".join(f"{i + 1:>4}" for i in range(len(articles))) + "\n")
    for topic in timeline.topics:
        cells = []
        for a in articles:
            cell = a.topics[topic.id]
            cells.append(f"{cell.count:>4}" if cell.covers else f"{'·':>4}")
        out.write(f"{topic.id:<{width}}  " + "  ".join(cells) + f"  {topic.name('en')}\n")
    out.write("\n")
    for i, a in enumerate(articles):
        out.write(f"{i + 1:>4}  {a.date[:10] or '—':<10}  {a.id}  ({a.outlet or '?'})\n")
    if not timeline.topics:
        out.write("no topics (see topics.toml)\n")
