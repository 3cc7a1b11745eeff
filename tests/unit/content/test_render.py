import re

from reader.core.content.blocks import block_id_for
from reader.core.content.render import render_markdown

DOC = """# 标题

第一段，有**强调**和 `code`。

- 甲
- 乙

> 引用一
>
> 引用二

```python
x = 1 < 2
```

| 列 | 值 |
| --- | --- |
| a | 1 |

第一段，有**强调**和 `code`。
"""


def test_every_block_kind_gets_an_id_and_plain_text():
    r = render_markdown(DOC)
    kinds = [b.kind for b in r.blocks]
    assert kinds == ["heading", "paragraph", "list_item", "list_item", "quote", "quote", "code", "table", "paragraph"]
    texts = [b.text for b in r.blocks]
    assert texts[1] == "第一段，有强调和 code。"
    assert texts[6] == "x = 1 < 2"
    assert texts[7] == "列\t值\na\t1"
    for b in r.blocks:
        assert f'id="{b.id}"' in r.html
        assert f'<a name="{b.id}"></a>' in r.html


def test_repeated_text_gets_distinct_ids():
    r = render_markdown(DOC)
    ids = [b.id for b in r.blocks]
    assert len(set(ids)) == len(ids)
    assert ids[-1] == ids[1] + "-2"


def test_ids_do_not_move_when_other_blocks_change():
    before = {b.text: b.id for b in render_markdown(DOC).blocks}
    edited = DOC.replace("- 甲", "新插入的一段。\n\n- 甲改").replace("# 标题", "# 标题\n\n前言。")
    after = {b.text: b.id for b in render_markdown(edited).blocks}
    for text in ("第一段，有强调和 code。", "乙", "引用一", "x = 1 < 2"):
        assert before[text] == after[text]


def test_ids_look_like_kind_prefix_and_hash():
    r = render_markdown(DOC)
    assert all(re.fullmatch(r"(h|p|li|q|c|t)-[0-9a-f]{8}(-\d+)?", b.id) for b in r.blocks)
    assert r.blocks[0].id == block_id_for("heading", "标题")


def test_toc_lists_headings_with_levels():
    r = render_markdown("# A\n\n## B\n\ntext\n\n### C\n")
    assert [(e.level, e.title) for e in r.toc] == [(1, "A"), (2, "B"), (3, "C")]


def test_backslash_escapes_are_plain_text():
    r = render_markdown("1\\. 不是列表 \\*星\\*\n")
    assert r.blocks[0].kind == "paragraph"
    assert r.blocks[0].text == "1. 不是列表 *星*"


def test_an_item_with_a_nested_list_keeps_its_own_text_as_a_block():
    r = render_markdown("- 认知缺陷众多：\n    - 甲\n    - 乙\n")
    assert [(b.kind, b.text) for b in r.blocks] == [
        ("list_item", "认知缺陷众多："), ("list_item", "甲"), ("list_item", "乙")]
    assert f'<a name="{r.blocks[0].id}"></a>认知缺陷众多：' in r.html


def test_entities_and_inline_html_come_out_as_text_not_placeholders():
    r = render_markdown("1 &lt; 2 &amp; <b>粗</b> AT&T\n")
    assert r.blocks[0].text == "1 < 2 & 粗 AT&T"
    assert "\x02" not in r.blocks[0].text and "wzxhzdk" not in r.blocks[0].text
