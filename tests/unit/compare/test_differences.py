"""What two matched passages share, across scripts, and what differs."""

from hypothesis import given
from hypothesis import strategies as st

from reader.core.compare.differences import differences


def shared_text(pieces) -> str:
    return "".join(p.text for p in pieces if p.shared)


def test_the_same_words_in_two_scripts_are_shared():
    d = differences("強化學習很糟糕", "强化学习很糟糕")
    assert [(p.text, p.shared) for p in d.a] == [("強化學習很糟糕", True)]
    assert [(p.text, p.shared) for p in d.b] == [("强化学习很糟糕", True)]
    assert d.shared_share == 1.0


def test_a_number_in_digits_and_in_words_and_a_dropped_clause_differ():
    d = differences("我在特斯拉工作了五年，领导自动驾驶团队", "我在特斯拉工作了5年")
    assert shared_text(d.a) == "我在特斯拉工作了"
    assert [p.text for p in d.a if not p.shared] == ["五年，领导自动驾驶团队"]
    assert [p.text for p in d.b if not p.shared] == ["5年"]


def test_a_lone_common_character_is_not_shared_wording():
    d = differences("的确如此", "我的书")
    assert shared_text(d.a) == "" and shared_text(d.b) == ""


@given(st.text(alphabet="强化学习的模型幽灵動物數據 ,。5五", max_size=40), st.text(alphabet="强化学习的模型幽灵動物數據 ,。5五", max_size=40))
def test_the_pieces_are_the_passages_themselves(a, b):
    d = differences(a, b)
    assert "".join(p.text for p in d.a) == a
    assert "".join(p.text for p in d.b) == b
    assert 0.0 <= d.shared_share <= 1.0
    # what a shares and what b shares are the same canonical characters, in the same order
    from reader.core.text.canonical import canonical

    assert canonical(shared_text(d.a)) == canonical(shared_text(d.b))
