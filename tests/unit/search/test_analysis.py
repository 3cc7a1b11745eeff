"""Canonical text, offset maps, the Whoosh-style analyzer and exact matching."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.search.analysis import find_all, needle_terms, term_counts
from reader.core.search.analyzer import ChineseAnalyzer
from reader.core.text.canonical import canonical, canonical_with_map, original_span


def test_canonical_folds_script_width_and_case():
    assert canonical("強化學習ＧＤＰ，Straße") == "强化学习gdp,strasse"


def test_map_points_back_into_the_original_even_when_length_changes():
    text = "Ａ股…Straße強化學習"
    canon, offsets = canonical_with_map(text)
    assert canon == canonical(text) and len(offsets) == len(canon) + 1
    i = canon.index("强化学习")
    s, e = original_span(offsets, i, i + 4)
    assert text[s:e] == "強化學習"
    j = canon.index("strasse")
    s, e = original_span(offsets, j, j + 7)
    assert text[s:e] == "Straße"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("學習强化ßﬁ…ＡＢa1 ，。乾隆燥發髮")), max_size=30))
def test_map_is_monotone_and_in_range(text):
    canon, offsets = canonical_with_map(text)
    assert len(offsets) == len(canon) + 1
    assert offsets == sorted(offsets) and all(0 <= o <= len(text) for o in offsets)


def test_analyzer_bigrams_cjk_and_keeps_latin_words_whole():
    tokens = [t.text for t in ChineseAnalyzer()("強化學習 nanochat 年 GPT-4")]
    assert tokens == ["强化", "化学", "学习", "nanochat", "年", "gpt", "4"]
    assert term_counts(canonical("強化學習 nanochat 年 GPT-4")) == {t: tokens.count(t) for t in tokens}


def test_analyzer_offsets_point_into_original_text():
    text = "ＡＩ強化學習"
    spans = [(t.text, text[t.startchar:t.endchar]) for t in ChineseAnalyzer()(text, chars=True)]
    assert spans[0] == ("ai", "ＡＩ") and spans[1] == ("强化", "強化")


def test_latin_needles_match_whole_words_only():
    assert find_all("nanochat", "a nanochat b") == [2]
    assert find_all("nano", "a nanochat b") == []
    assert find_all("gdp", "中国gdp增长") == [2]
    assert find_all("学习", "强化学习和学习") == [2, 5]


def test_needle_terms():
    assert needle_terms("强化学习") == (["强化", "化学", "学习"], [])
    assert needle_terms("a股") == (["a"], ["股"])
