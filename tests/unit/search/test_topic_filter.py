"""`topic:ID` in a query: only the articles that discuss the topic, as the topic list decides."""

import pytest

from reader.core.content.library import Library
from reader.core.content.paths import resolve_paths
from reader.core.errors import QueryError
from reader.core.search.index import SearchIndex
from reader.core.search.query import parse_query
from reader.core.topics import TopicSource, build_timeline


@pytest.fixture
def index(content_copy, tmp_path):
    paths = resolve_paths(content_copy, tmp_path / "data")
    ix = SearchIndex.for_paths(paths)
    ix.update()
    return ix, paths


def covering(paths, topic_id):
    topics = TopicSource(paths.content_dir, paths.data_dir, paths.cache_dir).current()
    return {a.id for a in build_timeline(Library(paths.content_dir).readable, topics).covering(topic_id)}


def test_parse_topic_filters():
    q = parse_query("强化学习 topic:RL -topic:musk-grok")
    assert q.topics == ["rl"] and q.not_topics == ["musk-grok"] and q.has_filters
    with pytest.raises(QueryError):
        parse_query("topic:强化学习")


def test_topic_filter_keeps_the_covering_articles(index):
    ix, paths = index
    want = covering(paths, "musk-grok")
    assert want == {"xinzhiyuan-agi-decade"}  # read by hand: only 新智元 tells the Grok 5 story
    assert {h.id for h in ix.search("topic:musk-grok", limit=None)} == want
    hits = ix.search("karpathy topic:self-driving", limit=None)
    assert {h.id for h in hits} == covering(paths, "self-driving") & {h.id for h in ix.search("karpathy", limit=None)}
    without = {h.id for h in ix.search("karpathy -topic:musk-grok", limit=None)}
    assert "xinzhiyuan-agi-decade" not in without and without


def test_snippets_come_from_the_topic_passages_first(index):
    ix, paths = index
    hit = next(h for h in ix.search("强化学习 topic:rl", limit=None) if h.id == "dwarkesh-notes")
    topics = TopicSource(paths.content_dir, paths.data_dir, paths.cache_dir).current()
    about = set(build_timeline([Library(paths.content_dir).get("dwarkesh-notes")], topics).articles[0]
                .topics["rl"].blocks)
    assert hit.passages and hit.passages[0].block in about


def test_unknown_topic_is_a_query_error(index):
    ix, _ = index
    with pytest.raises(QueryError, match="no topic 'nope'"):
        ix.search("topic:nope")
