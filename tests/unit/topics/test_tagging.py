"""Passage tagging on made-up articles: script-independent keywords, the rules that keep a passing
word from tagging, and the article-level decision."""

from pathlib import Path

from reader.core.content.article import Article
from reader.core.script.modes import ScriptMode, convert_text
from reader.core.topics.model import TopicList
from reader.core.topics.tagging import article_tags
from reader.core.topics.timeline import build_timeline

TOPICS = TopicList.parse('''\
[[topic]]
id = "rl"
names = { hans = "强化学习", hant = "強化學習", en = "RL" }
color = "#d62728"
keywords = ["強化學習", "獎勵函數"]
related = ["信號", "稀疏"]

[[topic]]
id = "collapse"
names = { hans = "模型坍缩", hant = "模型坍縮", en = "Collapse" }
color = "#8c564b"
keywords = ["坍缩", "坍塌", "崩塌"]
phrases = ["模型坍缩", "模型坍塌", "模型崩塌"]
related = ["多样性"]

[[topic]]
id = "cars"
names = { hans = "自动驾驶", hant = "自動駕駛", en = "Self-driving" }
color = "#2ca02c"
keywords = ["自动驾驶", "waymo"]
related = ["特斯拉"]
exclude = ["特斯拉前"]
''', "test-topics.toml")


def article(body: str, article_id: str = "a") -> Article:
    return Article.from_text(article_id, Path(f"{article_id}.md"), f"---\ntitle: T\ndate: 2025-10-20\n---\n\n{body}\n")


def tags_of(art: Article) -> dict[str, set[str]]:
    return {p.block_id: {t.topic for t in p.tags} for p in article_tags(art, TOPICS).passages}


def topics_of_text(art: Article, fragment: str) -> set[str]:
    block = next(b for b in art.blocks if fragment in b.text)
    return tags_of(art)[block.id]


RL_HANS = "他认为强化学习很糟糕:奖励函数只在最后给出一个稀疏的信号,强化学习因此像用吸管吸取监督。"


def test_traditional_keywords_tag_a_simplified_passage_and_the_reverse():
    hans = article(RL_HANS)
    hant = article(convert_text(RL_HANS, ScriptMode.HANT))
    assert hant.blocks[0].text != RL_HANS
    assert topics_of_text(hans, "吸管") == {"rl"}
    assert topics_of_text(hant, "吸管") == {"rl"}
    simplified_list = TopicList.parse(TOPICS_TEXT_SIMPLIFIED)
    assert {t.topic for t in article_tags(hant, simplified_list).passages[0].tags} == {"rl"}


TOPICS_TEXT_SIMPLIFIED = '''\
[[topic]]
id = "rl"
names = { hans = "强化学习", hant = "強化學習", en = "RL" }
color = "#d62728"
keywords = ["强化学习", "奖励函数"]
'''


def test_the_three_outlets_words_for_model_collapse_tag_one_topic():
    for word in ("模型坍缩", "模型坍塌", "模型崩塌", "模型坍縮"):
        art = article(f"他解释了{word}:模型生成的样本失去多样性,越来越像同一个答案,{word[2:]}会一直持续下去。")
        assert topics_of_text(art, "多样性") == {"collapse"}, word


def test_a_passing_word_in_a_long_passage_is_not_a_topic():
    filler = "他回忆起在实验室里的日子,那时候大家每天讨论论文、写代码,也经常在走廊里聊天到深夜。" * 3
    art = article(filler + "有人顺口提到了强化学习。" + filler)
    assert topics_of_text(art, "顺口") == set()


def test_a_short_passage_about_one_thing_counts_on_one_keyword():
    art = article("- 强化学习很糟糕\n- 其他方法更糟")
    assert topics_of_text(art, "很糟糕") == {"rl"}


def test_an_excluded_phrase_does_not_count():
    art = article("最近几天,特斯拉前深度学习负责人公开表示:自动驾驶以外的问题更难。\n\n"
                  "特斯拉前深度学习负责人接受了采访。")
    assert topics_of_text(art, "接受了采访") == set()


def test_related_words_alone_do_not_tag_but_do_under_a_heading_on_the_topic():
    assert topics_of_text(article("这个信号太稀疏了,几乎没有用处。"), "信号") == set()
    under = article("## 强化学习的问题\n\n这个信号太稀疏了,几乎没有用处。")
    assert topics_of_text(under, "信号") == {"rl"}


def test_questions_in_a_list_are_not_a_discussion():
    art = article("为什么强化学习很糟糕、\n\n为什么模型坍缩会阻止学习、\n\n为什么自动驾驶花了这么久。\n\n"
                  "这些问题很难。")
    assert all(not tags for tags in tags_of(art).values())
    cells = build_timeline([art], TOPICS).articles[0].topics
    assert not any(cell.covers for cell in cells.values())


def test_an_item_of_an_enumeration_is_weaker_than_a_sentence():
    listed = article("通往目标的路布满硬骨头——数据匮乏、模型坍缩风险、评估缺失、系统集成难题等,都需要时间。")
    said = article("通往目标的路布满硬骨头,其中最难的是模型坍缩,它需要时间才能解决,没有捷径。")
    assert topics_of_text(listed, "硬骨头") == set()
    assert topics_of_text(said, "硬骨头") == {"collapse"}


def test_an_outline_item_takes_its_sections_topic():
    art = article("## 自动驾驶为何这么难\n\n- 演示只是开始\n- 每一步都同样难\n\n## 别的事\n\n- 演示只是第一步了")
    assert topics_of_text(art, "演示只是开始") == {"cars"}
    assert topics_of_text(art, "每一步都同样难") == {"cars"}
    assert topics_of_text(art, "第一步了") == set()


def test_a_reference_entry_is_not_a_discussion():
    art = article("- Karpathy, A. (2025). Reinforcement learning and 强化学习 reward functions, 奖励函数.")
    assert tags_of(art) and all(not t for t in tags_of(art).values())


def test_cell_figures_follow_the_tagged_passages():
    body = "## 强化学习\n\n" + RL_HANS + "\n\n## 午饭\n\n" + "另一段与此无关的文字,讲的是天气和午饭。" * 4
    art = article(body)
    cell = build_timeline([art], TOPICS).articles[0].topics["rl"]
    rl_block = next(b for b in art.blocks if "吸管" in b.text)
    assert cell.covers and cell.count == 1 and cell.blocks == (rl_block.id,) and cell.first_block == rl_block.id
    assert 0 < cell.positions[0] < 0.5
    assert 0.2 < cell.share < 0.6
