"""Word boundaries for double-click selection, and how a chosen passage is trimmed."""

import pytest

from reader.core.text.words import snap_selection, word_span


def word(text: str, index: int) -> str | None:
    span = word_span(text, index)
    return text[span[0]:span[1]] if span else None


@pytest.mark.parametrize("text", ["当前智能体的局限性在于认知缺陷众多，强化学习是 nanochat 很糟糕的方式",
                                  "當前智能體的局限性在於認知缺陷眾多，強化學習是 nanochat 很糟糕的方式"])
def test_a_double_click_finds_the_word_in_either_script(text):
    at = text.index
    assert word(text, at("局")) == text[at("局"):at("局") + 3]  # 局限性
    assert word(text, at("陷")) == text[at("缺"):at("缺") + 2]  # 缺陷
    assert word(text, at("學") if "學" in text else at("学")) in ("學習", "学习")
    assert word(text, at("c")) == "nanochat"
    assert word(text, at("，")) is None and word(text, at(" ")) is None
    # every character of a run belongs to a word of that run, and the words tile it
    run = text[:text.index("，")]
    pieces, i = [], 0
    while i < len(run):
        s, e = word_span(text, i)
        assert s == i and e > i
        pieces.append(text[s:e])
        i = e
    assert "".join(pieces) == run and len(pieces) < len(run)


def test_out_of_range_is_no_word():
    assert word_span("强化学习", 4) is None and word_span("", 0) is None


@pytest.mark.parametrize("chosen, meant", [
    ("，强化学习很糟糕，", "强化学习很糟糕"),
    ("“强化学习”", "“强化学习”"),
    ("强化学习”", "强化学习"),
    ("“强化学习", "强化学习"),
    ("（注：见上）", "（注：见上）"),
    ("Karpathy：“", "Karpathy"),
    ("。", ""),
])
def test_a_selection_snaps_around_chinese_punctuation(chosen, meant):
    start, end = snap_selection(chosen, 0, len(chosen))
    assert chosen[start:end] == meant
