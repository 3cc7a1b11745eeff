"""topics.toml: the bundled list, and a broken file refused with the line at fault."""

import pytest

from reader.core.errors import TopicListError
from reader.core.topics.model import TopicList, normalised

REQUIRED = ["agi-timeline", "ghosts-animals", "rl", "model-collapse", "cognitive-core", "self-driving",
            "coding-agents", "education", "economy", "superintelligence", "llm-culture", "simulators", "memory",
            "musk-grok"]

GOOD = '''\
[[topic]]
id = "rl"
names = { hans = "强化学习", hant = "強化學習", en = "RL" }
color = "#d62728"
keywords = ["強化學習"]

[[topic]]
id = "memory"
names = { hans = "记忆", hant = "記憶", en = "Memory" }
color = "#98df8a"
keywords = ["上下文学习"]
'''


def test_bundled_list_has_the_required_topics(bundled):
    assert len(bundled) >= 15
    assert set(REQUIRED) <= set(bundled.ids)
    for topic in bundled:
        assert topic.names["hans"] and topic.names["hant"] and topic.names["en"]
        assert topic.color.startswith("#") and len(topic.color) == 7


def test_keywords_are_normalised_at_load():
    topics = TopicList.parse(GOOD)
    rl = topics.get("rl")
    assert rl.keywords == ("強化學習",)  # kept as written
    assert normalised("強化學習") == normalised("强化学习") == rl.forms(rl.keywords)[0]
    assert {"rl", "reinforcement learning"} <= set(rl.forms(rl.keywords))  # the alias list's forms too


def _error(text: str) -> TopicListError:
    with pytest.raises(TopicListError) as info:
        TopicList.parse(text, "topics.toml")
    return info.value


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_bad_syntax_names_its_line():
    text = GOOD.replace('color = "#98df8a"', 'color = "#98df8a')
    err = _error(text)
    assert err.line == line_of(text, 'color = "#98df8a')
    assert "line" in str(err) and "TOML" in str(err)


def test_unknown_field_names_its_line_and_the_field():
    text = GOOD.replace('keywords = ["上下文学习"]', 'keywords = ["上下文学习"]\nkeyword = ["记忆"]')
    err = _error(text)
    assert err.line == line_of(text, 'keyword = ["记忆"]') and "'keyword'" in str(err)


def test_unknown_top_level_field():
    text = 'version = 2\n' + GOOD
    err = _error(text)
    assert err.line == 1 and "'version'" in str(err)


def test_duplicate_id_names_the_second():
    text = GOOD.replace('id = "memory"', 'id = "rl"')
    err = _error(text)
    assert err.line == 8 and "duplicate id 'rl'" in str(err)


@pytest.mark.parametrize("empty", ['""', '"   "', '"，"'])
def test_empty_keyword_names_its_line(empty):
    text = GOOD.replace('keywords = ["上下文学习"]', f'keywords = ["上下文学习", {empty}]')
    err = _error(text)
    assert err.line == line_of(text, "上下文学习\", ") and "empty" in str(err)


def test_no_keywords_at_all():
    text = GOOD.replace('keywords = ["上下文学习"]', 'keywords = []')
    err = _error(text)
    assert err.line == line_of(text, "keywords = []") and "no keywords" in str(err)


@pytest.mark.parametrize("colour", ['"red-ish"', '"#12345"', '"#ggg000"', '12'])
def test_a_colour_that_is_not_a_colour(colour):
    text = GOOD.replace('color = "#98df8a"', f"color = {colour}")
    err = _error(text)
    assert err.line == line_of(text, f"color = {colour}") and "not a colour" in str(err)


def test_missing_name_and_bad_id():
    text = GOOD.replace('names = { hans = "记忆", hant = "記憶", en = "Memory" }', 'names = { hans = "记忆", en = "Memory" }')
    err = _error(text)
    assert err.line == line_of(text, 'names = { hans = "记忆", en') and "'hant'" in str(err)
    text = GOOD.replace('id = "memory"', 'id = "Memory Topic"')
    assert _error(text).line == line_of(text, 'id = "Memory Topic"')


def test_not_utf8_names_its_line():
    raw = GOOD.encode("utf-8").replace("记忆".encode(), "记忆".encode("gb18030"), 1)
    with pytest.raises(TopicListError) as info:
        TopicList.parse(raw)
    assert info.value.line == line_of(GOOD, "记忆") and "UTF-8" in str(info.value)
