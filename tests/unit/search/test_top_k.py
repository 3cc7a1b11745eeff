"""Top k with early exit equals the first k of the full ranking, on a corpus larger than any limit.

The ranker stops verifying candidates once the k-th exact score beats every remaining upper
bound; the other search tests pass `limit=None` or have fewer articles than the limit, so only
here does that exit run. The corpus (several hundred articles) is made from the bundled
articles' own paragraphs, in both scripts, built and indexed once for the module.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.content.library import Library
from reader.core.search.index import SearchIndex

CONTENT = Path(__file__).resolve().parents[3] / "content"
ARTICLES = 400

QUERIES = [
    "强化学习", "強化學習", "模型", "智能体", "智能體", "幽灵", "幽靈", "斑马", "数据", "人类", "预训练", "預訓練",
    "Karpathy", "karpathy", "LLM", "AGI", "AI", "GPT", "2025",
    "模型 OR 数据", "幽灵 OR 动物", "LLM OR AGI", "强化学习 OR 吸管",
    '"强化学习"', '"召唤幽灵"', '"我们"', "模型 数据", "模型 -数据", "AI 模型", "人类 学习",
    "学", "的", "智",
]


@pytest.fixture(scope="module")
def big_index(tmp_path_factory) -> SearchIndex:
    paragraphs = [b.text for a in Library(CONTENT).readable for b in a.rendered.blocks
                  if b.kind in ("paragraph", "list_item", "quote") and len(b.text) >= 10]
    titles = [b.text for a in Library(CONTENT).readable for b in a.rendered.blocks if b.kind == "heading"]
    rng = random.Random(20251017)
    folder = tmp_path_factory.mktemp("big") / "content"
    folder.mkdir()
    for i in range(ARTICLES):
        body = "\n\n".join(rng.sample(paragraphs, rng.randint(2, 6)))
        meta = {"title": rng.choice(titles), "date": f"2025-{i % 12 + 1:02d}-{i % 28 + 1:02d}", "outlet": "测试"}
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
        # every paragraph is escaped Markdown already: the bundled files are written that way
        (folder / f"g{i:03d}.md").write_text(f"---\n{front}---\n\n{body}\n", encoding="utf-8")
    index = SearchIndex(tmp_path_factory.mktemp("big-index"), folder)
    index.update()
    yield index
    index.close()


def ranking(index: SearchIndex, query: str, limit: int | None) -> list[tuple[str, float, bool]]:
    return [(h.id, h.score, h.variant) for h in index.search(query, limit=limit, passages=False)]


@settings(max_examples=120, deadline=None)
@given(query=st.sampled_from(QUERIES), k=st.integers(1, 40))
def test_top_k_is_the_first_k_of_the_full_ranking(big_index, query, k):
    assert ranking(big_index, query, k) == ranking(big_index, query, None)[:k]


def test_the_corpus_is_larger_than_the_limits_and_the_exit_is_taken(big_index, monkeypatch):
    full = ranking(big_index, "模型", None)
    assert len(full) > 100  # so every k above is smaller than the number of matches
    read = []
    original = big_index.canonical_text
    monkeypatch.setattr(big_index, "canonical_text", lambda num: read.append(num) or original(num))
    assert ranking(big_index, "模型", 10) == full[:10]
    assert len(read) < len(full) / 2  # the loop stopped well before verifying every candidate
