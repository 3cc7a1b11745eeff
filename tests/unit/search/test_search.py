"""Search: exact results in either script, variants, the query language, bad queries, lifecycle."""

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.content.library import Library
from reader.core.errors import QueryError
from reader.core.search.analysis import contains
from reader.core.search.index import SearchIndex
from reader.core.search.query import needle_text
from reader.core.search.snippet import find_spans
from reader.core.text.canonical import canonical, converter

REPO = Path(__file__).resolve().parents[3]
CONTENT = REPO / "content"

PARAGRAPHS = [
    "强化学习就像通过吸管吸取监督信号，Karpathy 这样说。",
    "斑马出生几分钟就能奔跑，这不是强化学习的结果。",
    "认知核心可以很小，也许十亿参数就够了。",
    "他在特斯拉领导自动驾驶团队，谈到 GDP 和十年的时间。",
    "nanochat 是一个很有用的中间点，软件工程也有类似属性。",
    "这段话讨论信息论与预训练，以及模型的记忆。",
    "认知和核心是两个词，分开出现。",
]


def write_article(folder: Path, name: str, title: str, paragraphs: list[str], date="2025-10-01", outlet="测试"):
    body = "\n\n".join(paragraphs)
    (folder / f"{name}.md").write_text(f"---\ntitle: {title}\ndate: {date}\noutlet: {outlet}\n---\n\n{body}\n",
                                       encoding="utf-8")


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "content"
    folder.mkdir()
    s2t = converter("s2t")
    for i in range(8):
        paras = [PARAGRAPHS[(i + k) % len(PARAGRAPHS)] for k in range(3)]
        if i % 2:
            paras = [s2t.convert(p) for p in paras]
        write_article(folder, f"a{i}", f"文章{i}", paras, date=f"2025-{i + 5:02d}-01")
    write_article(folder, "soft", "軟體", ["軟體開發很難，資訊也很多。"])
    return folder


@pytest.fixture
def index(tmp_path, corpus) -> SearchIndex:
    ix = SearchIndex(tmp_path / "cache" / "index", corpus)
    ix.update()
    yield ix
    ix.close()


def truth(folder: Path, query: str) -> set[str]:
    needle = needle_text(query)
    return {a.id for a in Library(folder).readable
            if contains(needle, canonical(a.plain_text)) or contains(needle, canonical(a.title))}


def exact_ids(ix, query):
    return {h.id for h in ix.search(query, limit=None) if not h.variant}


QUERIES = ["强化学习", "強化學習", "吸管", "斑馬", "斑马", "认知核心", "認知核心", "nanochat", "GDP", "十年",
           "特斯拉", "特斯", "自動駕駛", "监督信号", "監督信號", "Karpathy", "karpathy", "十亿参数", "奔跑",
           "中间点", "預訓練", "记忆", "學", "核心", "分开出现", "nano", "吸取監督"]


def test_generated_corpus_equals_substring_scan(index, corpus):
    for q in QUERIES:
        assert exact_ids(index, q) == truth(corpus, q), q


def test_bundled_content_equals_substring_scan(tmp_path):
    ix = SearchIndex(tmp_path / "index", CONTENT)
    ix.update()
    for q in QUERIES + ["人工智能", "教育", "幽灵", "幽靈", "AGI", "LLM"]:
        assert exact_ids(ix, q) == truth(CONTENT, q), q


def test_bigrams_apart_do_not_match(index):
    hits = {h.id for h in index.search("认知核心", limit=None)}
    assert hits == truth(index.content_dir, "认知核心")
    apart = {h.id for h in index.search("认知 核心", limit=None)}
    assert apart - hits  # articles with 认知 and 核心 apart match the AND query, not the phrase


def test_results_carry_hits_and_marked_passages(index):
    hits = index.search("吸管")
    assert sorted(h.id for h in hits) == ["a0", "a5", "a6", "a7"]  # paragraph 0 of PARAGRAPHS
    assert all(h.hits == 1 and not h.variant for h in hits)
    p = hits[0].passages[0]
    assert [p.text[s:e] for s, e in p.hits] == ["吸管"]
    marked = PARAGRAPHS[0].replace("吸管", "【吸管】")  # the whole paragraph, in the article's own script
    assert p.marked() in (marked, converter("s2t").convert(marked))


def test_regional_variants_rank_after_exact_and_are_flagged(index):
    hits = index.search("软件", limit=None)
    ids = [h.id for h in hits]
    assert "soft" in ids
    variant = [h for h in hits if h.variant]
    assert [h.id for h in variant] == ["soft"] and ids[-1] == "soft"
    assert index.search("信息", limit=None)[-1].variant


def test_query_language(index, corpus):
    both = exact_ids(index, "斑马 吸管")
    assert both == truth(corpus, "斑马") & truth(corpus, "吸管")
    either = exact_ids(index, "斑马 OR nanochat")
    assert either == truth(corpus, "斑马") | truth(corpus, "nanochat")
    assert exact_ids(index, "强化学习 -斑马") == truth(corpus, "强化学习") - truth(corpus, "斑马")
    assert exact_ids(index, '"奔跑，这不是"') == truth(corpus, "奔跑，这不是")
    assert {h.id for h in index.search("title:文章3", limit=None)} == {"a3"}
    assert {h.id for h in index.search("date:2025-06..2025-07", limit=None)} == {"a1", "a2"}
    assert {h.id for h in index.search("date:2025-06", limit=None)} == {"a1"}
    assert truth(corpus, "十年") == {"a1", "a2", "a3"}  # dated 2025-06, -07, -08
    assert {h.id for h in index.search("十年 date:2025-07..2025-12", limit=None)} == {"a2", "a3"}


NOTHING = "nothing to search for: type Chinese characters, letters or digits"


@pytest.mark.parametrize("bad, message", [
    ("", NOTHING), ("   ", NOTHING), ("，。！？", NOTHING), ("OR OR", NOTHING), ("title:", NOTHING), ("-", NOTHING),
    ('"', NOTHING),
    ("-吸管", "the query only excludes words: add a word to look for"),
    ("x" * 10_000, "the query is too long (10000 characters; at most 256)"),
    (" ".join(["吸管"] * 100), "the query is too long (299 characters; at most 256)"),
    ("date:yesterday", "date:yesterday — write dates as 2025, 2025-10 or 2025-10..2025-12"),
])
def test_bad_queries_give_a_clear_error(index, bad, message):
    with pytest.raises(QueryError) as caught:
        index.search(bad)
    assert type(caught.value) is QueryError and str(caught.value) == message


# articles a0, a5, a6, a7 hold paragraph 0 (吸管, 强化学习); a1 holds paragraph 1 (强化学习) too
STRAW = {"a0", "a5", "a6", "a7"}


@pytest.mark.parametrize("odd, expected", [
    ('"强化学习', STRAW | {"a1"}), ("吸管 OR", STRAW), ("OR 吸管", STRAW), ("title: 吸管", STRAW), ("吸管 -", STRAW),
    ("outlet:测试 吸管", STRAW),
])
def test_stray_operators_are_ignored(index, odd, expected):
    assert {h.id for h in index.search(odd, limit=None)} == expected


# read from content/*.md: which bundled articles mention what, in whichever script they are written
BUNDLED = {
    "幽灵": {"dwarkesh-notes", "ghosts-not-animals", "shuzi-kaiwu-transcript", "xinzhiyuan-agi-decade"},
    "斑馬": {"dwarkesh-notes", "ghosts-not-animals", "shuzi-kaiwu-transcript", "xinzhiyuan-agi-decade"},
    "吸管": {"dwarkesh-notes", "shuzi-kaiwu-transcript", "xinzhiyuan-agi-decade"},
    "NanoChat": {"dwarkesh-notes", "shuzi-kaiwu-transcript"},
    "拟像": {"aitnt-simulators"},
    "自博弈": {"shuzi-kaiwu-transcript"},
    "幽灵 OR 拟像": {"aitnt-simulators", "dwarkesh-notes", "ghosts-not-animals", "shuzi-kaiwu-transcript",
                   "xinzhiyuan-agi-decade"},
    '"召唤幽灵"': {"dwarkesh-notes", "ghosts-not-animals"},  # both titles
    "Karpathy title:幽靈": {"dwarkesh-notes", "ghosts-not-animals"},
    "outlet:数字开物": {"shuzi-kaiwu-transcript"},
    "date:2026": {"dwarkesh-notes"},
}


def test_bundled_content_gives_the_articles_read_by_hand(tmp_path):
    ix = SearchIndex(tmp_path / "index", CONTENT)
    ix.update()
    for query, expected in BUNDLED.items():
        hits = ix.search(query, limit=None)
        assert {h.id for h in hits} == expected, query
        assert not any(h.variant for h in hits), query
    ix.close()


def test_find_in_article_uses_the_same_normalisation():
    text = "他說：強化學習很難，学习也难。"
    spans = find_spans([needle_text("学习")], text)  # what the reading pane's find bar does
    assert [text[s:e] for s, e in spans] == ["學習", "学习"]


def test_single_character_query(index, corpus):
    assert exact_ids(index, "跑") == truth(corpus, "跑")


# -- property: any substring, in either script, finds its document --------------------------
WORDS = ["强化", "学习", "监督", "信号", "斑马", "奔跑", "模型", "数据", "认知", "核心", "十年", "时间",
         "软件", "工程", "nanochat", "GDP", "2025", "，", "。", " ", "的", "是", "在"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(WORDS), min_size=6, max_size=30), data=st.data())
def test_any_substring_in_either_script_finds_its_document(tmp_path_factory, words, data):
    folder = tmp_path_factory.mktemp("prop")
    body = "".join(words)
    write_article(folder, "doc", "标题", [body])
    write_article(folder, "other", "别的", ["完全无关的一段话。"])
    ix = SearchIndex(folder / ".index", folder)
    ix.update()
    canon = canonical(body)
    length = data.draw(st.integers(2, 8))
    start = data.draw(st.integers(0, max(0, len(body) - length)))
    piece = body[start : start + length].strip()
    needle = needle_text(piece)
    if len(needle) < 2 or not contains(needle, canon):
        return  # cut through a Latin word: not a whole-word query
    for form in (piece, converter("s2t").convert(piece), converter("s2twp").convert(piece)):
        if needle_text(form) != needle:
            continue  # the conversion changed vocabulary, not script
        assert "doc" in {h.id for h in ix.search(form, limit=None)}, form
    ix.close()


# -- lifecycle ------------------------------------------------------------------------------
def test_incremental_update_reindexes_only_what_changed(tmp_path, corpus):
    ix = SearchIndex(tmp_path / "index", corpus)
    first = ix.update()
    assert first.added == 9 and first.documents == 9 and first.passages > 9 and first.message
    again = ix.update()
    assert (again.added, again.changed, again.removed, again.unchanged, again.message) == (0, 0, 0, 9, "")

    write_article(corpus, "a0", "文章0", ["全新的内容：蜂鸟会悬停。"])
    write_article(corpus, "new", "新文章", ["蜂鸟也出现在这里。"])
    (corpus / "a1.md").unlink()
    os.utime(corpus / "a2.md")  # touched, same bytes: not re-indexed
    report = ix.update()
    assert (report.added, report.changed, report.removed, report.reindexed) == (1, 1, 1, 2)
    assert report.documents == 9
    assert {h.id for h in ix.search("蜂鸟", limit=None)} == {"a0", "new"}
    assert "a1" not in {h.id for h in ix.search("强化学习", limit=None)}
    assert "a0" not in {h.id for h in ix.search("吸管", limit=None)} or "吸管" in (corpus / "a0.md").read_text()
    assert exact_ids(ix, "强化学习") == truth(corpus, "强化学习")


def test_corrupt_index_is_rebuilt_with_a_message(tmp_path, corpus):
    folder = tmp_path / "index"
    SearchIndex(folder, corpus).update()
    store = folder / "store.sqlite"
    store.write_bytes(store.read_bytes()[:100] + b"garbage" * 10)
    ix = SearchIndex(folder, corpus)
    report = ix.update()
    assert report.rebuilt and "damaged" in report.message and report.documents == 9
    assert exact_ids(ix, "吸管") == truth(corpus, "吸管")


def test_missing_whoosh_part_and_old_schema_are_rebuilt(tmp_path, corpus):
    folder = tmp_path / "index"
    SearchIndex(folder, corpus).update()
    shutil.rmtree(folder / "whoosh")
    report = SearchIndex(folder, corpus).update()
    assert report.rebuilt and report.message
    db = sqlite3.connect(folder / "store.sqlite")
    db.execute("UPDATE meta SET value='0' WHERE key='schema'")
    db.commit()
    db.close()
    report = SearchIndex(folder, corpus).update()
    assert report.rebuilt and "version" in report.message


def test_progress_is_reported(tmp_path, corpus):
    seen = []
    SearchIndex(tmp_path / "index", corpus).update(progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (9, 9)
