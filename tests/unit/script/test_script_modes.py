"""Script modes: detection, OpenCC configuration per source script, conversion, changed spans,
articles rendered in every mode with the same block ids, and the conversion cache."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.content.article import Article
from reader.core.content.blocks import Rendered
from reader.core.content.library import Library
from reader.core.script import changes as changes_module
from reader.core.script import detection as detection_module
from reader.core.script import modes as modes_module
from reader.core.script import rendering as rendering_module
from reader.core.script.changes import changes_between, convert_with_changes
from reader.core.script.detection import detect_script
from reader.core.script.modes import MODE_LABELS, ScriptMode, config_for, convert_text
from reader.core.script.rendering import CHANGED_CLASS, ScriptCache, render_in_mode, rendered_in_mode
from reader.core.text.canonical import converter

CONTENT = Path(__file__).resolve().parents[3] / "content"
CONVERTING = [m for m in ScriptMode if m is not ScriptMode.ORIGINAL]


@pytest.fixture(scope="module")
def library():
    return Library(CONTENT)


def _declared_script(path):
    """The `script:` line of a content file's front matter, read without the library."""
    front = path.read_text(encoding="utf-8").split("\n---", 1)[0]
    return re.search(r"^script:\s*(\w+)", front, re.M).group(1)


# -- detection ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(CONTENT.glob("*.md")), ids=lambda p: p.stem)
def test_detection_matches_the_front_matter_of_every_bundled_article(library, path):
    article = library.get(path.stem)
    assert detect_script(article.plain_text) == _declared_script(path)
    assert article.detected_script == _declared_script(path)


@pytest.mark.parametrize("text, expected", [
    ("我们用 Python 3.11 写了一个程序。", "hans"),
    ("我們用 Python 3.11 寫了一個程式。", "hant"),
    ("他说「軟體」这个词在台湾很常见，大家都这么说。", "hans"),  # a Traditional quote in Simplified
    ("他說「软件」這個詞在大陸很常見，大家都這麼說。", "hant"),  # and the other way round
    ("GPT-5 發布了 🎉 100% OK", "hant"),
    ("OpenAI 的 GPT-5 发布了", "hans"),
    ("台灣", "hant"),  # 台 is Taiwan's and Hong Kong's own form: only 灣 counts
    ("台湾", "hans"),
    ("“AGI 还要十年”——Karpathy", "hans"),
    ("「AGI 還要十年」——Karpathy", "hant"),
    ("這是 RL（強化學習）", "hant"),
    ("Hello, world 123", ""),
])
def test_detection_of_short_mixed_snippets(text, expected):
    assert detect_script(text) == expected


def test_detected_script_ignores_the_front_matter_but_script_follows_it(tmp_path):
    article = Article.from_text("x", tmp_path / "x.md", "---\ntitle: t\nscript: hant\n---\n我们发现头发很长。\n")
    assert (article.script, article.detected_script) == ("hant", "hans")
    plain = Article.from_text("y", tmp_path / "y.md", "---\ntitle: t\n---\n我們發現頭髮很長。\n")
    assert (plain.script, plain.detected_script) == ("hant", "hant")


def test_library_remembers_the_detected_script(content_copy, tmp_path):
    Library(content_copy, cache_dir=tmp_path / "cache").save_stats()
    again = Library(content_copy, cache_dir=tmp_path / "cache")
    assert all("detected_script" in a.__dict__ for a in again)  # from the cache, not recomputed
    assert {a.id: a.detected_script for a in again} == {p.stem: _declared_script(p) for p in content_copy.glob("*.md")}


# -- modes and configurations ---------------------------------------------------------------


@pytest.mark.parametrize("source, mode, vocabulary, config", [
    ("hans", "hant", False, "s2t"), ("hans", "hant", True, "s2t"),
    ("hans", "tw", False, "s2tw"), ("hans", "tw", True, "s2twp"),
    ("hans", "hk", False, "s2hk"),
    ("hant", "hans", False, "t2s"), ("hant", "hans", True, "tw2sp"),
    ("hant", "tw", False, "t2tw"), ("hant", "hk", False, "t2hk"),
    ("hans", "hans", True, None), ("hant", "hant", False, None), ("hans", "original", False, None),
    ("hant", "original", True, None), ("", "hant", False, None), ("", "hans", True, None),
])
def test_configuration_follows_the_source_script(source, mode, vocabulary, config):
    assert config_for(source, mode, vocabulary) == config


def test_modes_carry_labels_in_both_scripts():
    assert [m.value for m in ScriptMode] == ["original", "hans", "hant", "tw", "hk"]
    assert set(MODE_LABELS) == set(ScriptMode)
    assert ScriptMode.HANS.label == "简体" and ScriptMode.TW.label == "臺灣正體"
    for mode in CONVERTING:  # each label is written in the script it names
        assert convert_text(MODE_LABELS[mode]["hans"], ScriptMode.HANT, source="hans") == MODE_LABELS[mode]["hant"]


def test_no_op_returns_the_same_string_without_a_converter(monkeypatch):
    def no_converter(config):
        raise AssertionError(f"converter {config} created for a no-op")

    for module in (modes_module, changes_module, detection_module, rendering_module):
        monkeypatch.setattr(module, "converter", no_converter)
    simplified, traditional = "头发" * 50, "頭髮" * 50
    assert convert_text(simplified, ScriptMode.HANS) is simplified
    assert convert_text(traditional, "hant") is traditional
    assert convert_text(traditional, ScriptMode.ORIGINAL, vocabulary=True) is traditional
    assert convert_text("plain ASCII", ScriptMode.TW) == "plain ASCII"
    conversion = convert_with_changes(simplified, ScriptMode.HANS, vocabulary=True)
    assert conversion.text is simplified and conversion.changes == ()
    rendered = Rendered("<p>头发</p>")
    assert render_in_mode(rendered, "hans", ScriptMode.HANS) is rendered


# -- conversion -----------------------------------------------------------------------------


def test_phrase_mode_maps_taiwan_vocabulary_both_ways():
    assert convert_text("软件", ScriptMode.TW, vocabulary=True, source="hans") == "軟體"
    assert convert_text("信息", ScriptMode.TW, vocabulary=True, source="hans") == "資訊"
    assert convert_text("軟體", ScriptMode.HANS, vocabulary=True, source="hant") == "软件"
    assert convert_text("資訊", ScriptMode.HANS, vocabulary=True, source="hant") == "信息"
    assert convert_text("程式設計", ScriptMode.HANS, vocabulary=True, source="hant") == "编程"
    # without vocabulary only the characters change
    assert convert_text("软件", ScriptMode.TW, source="hans") == "軟件"
    assert convert_text("軟體", ScriptMode.HANS, source="hant") == "软体"


@pytest.mark.parametrize("article_id", ["aitnt-simulators", "dwarkesh-notes", "xinzhiyuan-agi-decade"])
def test_round_trip_hans_hant_hans_gives_the_original_where_opencc_is_unambiguous(library, article_id):
    """Unambiguous here: the Traditional character, converted back on its own, is the original one.
    Everywhere else (象 → 像 in 想象, a phrase OpenCC corrects) the text may change."""
    text = library.get(article_id).plain_text
    traditional = convert_text(text, ScriptMode.HANT, source="hans")
    back = convert_text(traditional, ScriptMode.HANS, source="hant")
    assert traditional != text and len(traditional) == len(text) == len(back)
    to_simplified = converter("t2s").convert
    lost = [(i, text[i], back[i]) for i in range(len(text))
            if back[i] != text[i] and to_simplified(traditional[i]) == text[i]]
    assert lost == []
    ambiguous = sum(1 for a, b in zip(text, back) if a != b)
    assert ambiguous <= len(text) // 1000


# -- what changed ---------------------------------------------------------------------------


def _put_back(conversion):
    """The converted text with every change's original put back in place."""
    out, at = [], 0
    for c in conversion.changes:
        out.append(conversion.text[at:c.start])
        out.append(c.original)
        at = c.end
    out.append(conversion.text[at:])
    return "".join(out)


def test_changes_of_a_phrase_that_changes_length():
    conversion = convert_with_changes("AI编程助手的局限", ScriptMode.TW, vocabulary=True, source="hans")
    assert conversion.text == "AI程式設計助手的侷限"
    assert [(c.start, c.end, c.original) for c in conversion.changes] == [(2, 6, "编程"), (9, 10, "局")]
    back = convert_with_changes("我學程式設計。", ScriptMode.HANS, vocabulary=True, source="hant")
    assert back.text == "我学编程。"
    assert [(c.start, c.end, c.original) for c in back.changes] == [(1, 2, "學"), (2, 4, "程式設計")]
    assert [back.original_offset(i) for i in range(len(back.text) + 1)] == [0, 1, 2, 2, 6, 7]
    assert [back.converted_offset(i) for i in range(len("我學程式設計。") + 1)] == [0, 1, 2, 2, 2, 2, 4, 5]


def test_changes_fall_back_to_unit_by_unit_when_the_gaps_do_not_match():
    # as if a dictionary value had brought in a gap character: the conversion is redone unit by unit
    conversion = changes_between("我们的软件，信息。", "我們的 軟體，資訊。", "s2twp")
    assert conversion.text == "我們的軟體，資訊。"
    assert _put_back(conversion) == "我们的软件，信息。"
    assert [c.original for c in conversion.changes] == ["们", "软", "件", "信", "息"]


_ALPHABET = "软件信息程式设計編编程序网络互联網路資讯軟體头頭髮发展干乾隆台灣湾后里面著着局限U盘拷贝的人是，。 「」AB1·-"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=_ALPHABET, max_size=40), mode=st.sampled_from(CONVERTING), vocabulary=st.booleans(),
       source=st.sampled_from(["hans", "hant"]))
def test_putting_the_originals_back_reconstructs_the_text(text, mode, vocabulary, source):
    conversion = convert_with_changes(text, mode, vocabulary, source)
    assert conversion.text == convert_text(text, mode, vocabulary, source)
    assert _put_back(conversion) == text
    at = 0
    for c in conversion.changes:  # in order, not overlapping, never empty, really changed
        assert at <= c.start < c.end <= len(conversion.text) and c.original
        assert conversion.text[c.start:c.end] != c.original
        at = c.end
    ends = [conversion.converted_offset(i) for i in range(len(text) + 1)]
    assert ends == sorted(ends) and ends[-1] == len(conversion.text)
    assert conversion.original_offset(len(conversion.text)) == len(text)


# -- articles in every mode -----------------------------------------------------------------

_ID_RE = re.compile(r'\b(?:id|name)="([^"]+)"')
_TAG_RE = re.compile(r"<[^>]*>")


@pytest.mark.parametrize("path", sorted(CONTENT.glob("*.md")), ids=lambda p: p.stem)
def test_block_ids_are_identical_in_every_mode(library, path):
    article = library.get(path.stem)
    ids = [b.id for b in article.blocks]
    html_ids = _ID_RE.findall(article.html)
    tags = _TAG_RE.findall(article.html)
    changed = 0
    for mode in ScriptMode:
        for vocabulary in (False, True):
            rendered = render_in_mode(article.rendered, article.script, mode, vocabulary)
            assert [b.id for b in rendered.blocks] == ids
            assert [(b.kind, b.level) for b in rendered.blocks] == [(b.kind, b.level) for b in article.blocks]
            assert _TAG_RE.findall(rendered.html) == tags  # only text between tags changes
            marked = render_in_mode(article.rendered, article.script, mode, vocabulary, show_changes=True)
            assert _ID_RE.findall(marked.html) == html_ids
            changed += rendered.plain_text != article.plain_text
    assert changed >= 4  # the other script at least, with and without vocabulary


def test_html_text_converts_but_urls_and_attributes_do_not(tmp_path):
    body = "# 软件发展\n\n看[头发的链接](https://example.org/软件 \"软件\")和`代码里的发`。\n\n| 发 | 头 |\n|---|---|\n| 后 | 里 |\n"
    article = Article.from_text("a", tmp_path / "a.md", body)
    rendered = render_in_mode(article.rendered, "hans", ScriptMode.HANT)
    assert 'href="https://example.org/软件"' in rendered.html and 'title="软件"' in rendered.html
    assert "頭髮的鏈接" in rendered.html and "軟件發展" in rendered.html and "代碼裏的發" in rendered.html
    assert [b.text for b in rendered.blocks] == [convert_text(b.text, "hant", source="hans") for b in article.blocks]


def test_show_changes_marks_each_change_with_its_original(tmp_path):
    article = Article.from_text("a", tmp_path / "a.md", "我们的头发 &amp; 程序\n")
    marked = render_in_mode(article.rendered, "hans", ScriptMode.HANT, show_changes=True).html
    assert f'<span class="{CHANGED_CLASS}" title="们">們</span>' in marked
    assert f'<span class="{CHANGED_CLASS}" title="发">髮</span>' in marked
    assert "&amp;" in marked and "程序" in marked
    unmarked = re.sub(rf'<span class="{CHANGED_CLASS}" title="[^"]*">([^<]*)</span>', r"\1", marked)
    assert unmarked == render_in_mode(article.rendered, "hans", ScriptMode.HANT).html
    assert marked.count(CHANGED_CLASS) == 3  # 们 头 发; 程序 is the same in both scripts


def test_cache_returns_the_same_rendering_until_the_article_changes(tmp_path):
    cache = ScriptCache(maxsize=2)
    article = Article.from_text("a", tmp_path / "a.md", "头发\n")
    first = cache.rendered(article, "hant")
    assert cache.rendered(article, ScriptMode.HANT) is first and first.plain_text == "頭髮"
    assert cache.rendered(article, "original") is article.rendered and len(cache) == 1
    edited = Article.from_text("a", tmp_path / "a.md", "发展\n")
    assert cache.rendered(edited, "hant").plain_text == "發展"
    cache.rendered(article, "tw")
    assert len(cache) == 2
    assert cache.rendered(article, "hant") is not first  # the oldest entry went first
    assert rendered_in_mode(article, "hk").plain_text == "頭髮"


def test_a_needle_as_a_pane_with_regional_vocabulary_writes_it():
    from reader.core.script.modes import needle_as_shown
    from reader.core.text.canonical import canonical

    assert needle_as_shown("软件", "hans", "tw", vocabulary=True) == canonical("軟體")
    assert needle_as_shown("编程", "hans", "tw", vocabulary=True) == canonical("程式設計")
    assert needle_as_shown(canonical("程式設計"), "hant", "hans", vocabulary=True) == "编程"
    assert needle_as_shown("强化学习", "hant", "hans") == "强化学习"  # characters only: the same needle
