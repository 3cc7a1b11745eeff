"""Topic tagging speed: the bundled corpus and a generated corpus of 1,000 articles, against a
plain keyword scan of the same text measured in the same run; then the timeline's painting
(tests/benchmarks/topics_paint.py, run as a child so Qt stays out of this process).

    .venv/bin/python tests/benchmarks/topics.py [--articles 1000] [--repeat 3] [--no-paint]

Target: tagging 1,000 articles ≤ 1 s. "Tagging" is what the timeline needs from scratch: every
passage's normalised text (canonical + aliases), one trie regex over it, the rules of
reader/core/topics/tagging.py, and the timeline cells; the articles' Markdown is rendered
beforehand, as the library has it. The plain scan normalises the same blocks the same way and
counts every keyword form with str.count — no context, no rules — so the ratio says what the
rules cost. Generated articles are 40 blocks drawn at random (fixed seed) from the bundled ones,
headings kept as headings, with a script in the front matter as imported articles have. Medians; the machine is shared, so compare the ratio.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from reader.core.content.article import Article  # noqa: E402
from reader.core.content.library import Library, default_content_dir  # noqa: E402
from reader.core.topics import tagging  # noqa: E402
from reader.core.topics.model import TopicList  # noqa: E402
from reader.core.topics.source import bundled_topics_path  # noqa: E402
from reader.core.topics.tagging import normalised_texts  # noqa: E402
from reader.core.topics.timeline import build_timeline  # noqa: E402
from tests.benchmarks.align import timed  # noqa: E402 - the same median timing

_MARK = {"heading": "## ", "list_item": "- ", "quote": "> ", "paragraph": "", "table": ""}


def generated(library: Library, n: int, blocks_per: int = 40, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    pool = [b for a in library.readable for b in a.blocks if b.kind in _MARK and b.kind != "table"]
    out = []
    for i in range(n):
        picked = rng.sample(pool, blocks_per)
        body = "\n\n".join(_MARK[b.kind] + " ".join(b.text.split()) for b in picked)
        art = Article.from_text(f"gen-{i:04d}", Path(f"gen-{i:04d}.md"),
                                f"---\ntitle: 生成 {i}\ndate: 2025-{1 + i % 12:02d}-{1 + i % 28:02d}\n"
                                f"script: {'hans' if i % 2 else 'hant'}\n---\n\n{body}\n")
        art.blocks  # rendered beforehand
        out.append(art)
    return out


def tag_cold(articles, topics) -> None:
    tagging._CACHE.clear()
    build_timeline(articles, topics)


def plain_scan(articles, forms: list[str]) -> int:
    found = 0
    for art in articles:
        for text in normalised_texts([b.text for b in art.blocks]):
            for form in forms:
                found += text.count(form)
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-paint", action="store_true", help="skip the painting benchmark")
    args = parser.parse_args(argv)
    topics = TopicList.load(bundled_topics_path())
    forms = sorted({f for t in topics for f in t.forms(t.keywords + t.phrases + t.related + t.exclude)})
    library = Library(default_content_dir())
    bundled = library.readable
    for a in bundled:
        a.blocks
    tagging.matcher_for(topics)  # the trie is built once per topic list
    build_timeline(bundled, topics)  # OpenCC and the alias list loaded
    corpus = generated(library, args.articles)
    chars = sum(a.chars for a in corpus)
    rows = [("bundled (5 articles)", bundled), (f"generated ({len(corpus)} articles, {chars / 1e6:.1f} M chars)", corpus)]
    print(f"{len(topics)} topics, {len(forms)} keyword forms; median of {args.repeat}")
    for name, articles in rows:
        tag = timed(lambda: tag_cold(articles, topics), args.repeat)
        scan = timed(lambda: plain_scan(articles, forms), args.repeat)
        print(f"{name:45} tagging {tag * 1000:8.1f} ms   plain scan {scan * 1000:8.1f} ms   ratio {tag / scan:5.2f}")
    cached = timed(lambda: build_timeline(corpus, topics), args.repeat)
    print(f"{'generated, tags cached (timeline only)':45} {cached * 1000:8.1f} ms")
    if not args.no_paint:
        import subprocess

        print("\npainting the timeline:", flush=True)
        return subprocess.call([sys.executable, str(Path(__file__).with_name("topics_paint.py"))])
    return 0


if __name__ == "__main__":
    sys.exit(main())
