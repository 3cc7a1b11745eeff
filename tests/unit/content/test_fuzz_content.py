"""Fuzzing the content loader and renderer: random front matter (nesting, dates, types, anchors)
and random Markdown (nesting, brackets, raw HTML, control characters) give an Article with blocks
or a ContentError — in bounded time, never another exception."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.content.article import Article
from reader.core.errors import ContentError

yaml_scalar = st.one_of(
    st.integers(-10**30, 10**30).map(str),
    st.sampled_from(["2025-02-30", "2025-13-45", "2025-10-20", "2025-10-20T25:61:00", "0000-00-00", "9999-12-31",
                     "null", "~", "yes", "1e309", ".nan", "'quoted'", '"a\\e[31m"', "&a x", "*a", "!!python/object x",
                     "[", "{", "|", ">", "-", ":", "#"]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=20),
)


def yaml_value(depth: int = 0):
    if depth > 3:
        return yaml_scalar
    return st.one_of(
        yaml_scalar,
        st.lists(st.deferred(lambda: yaml_value(depth + 1)), max_size=3).map(lambda xs: "[" + ", ".join(xs) + "]"),
        st.integers(1, 400).map(lambda n: "[" * n),
        st.integers(1, 60).map(lambda n: "{a: " * n + "1" + "}" * n),
    )


front_matter = st.lists(
    st.tuples(st.sampled_from(["title", "date", "event_date", "outlet", "script", "tags", "x", "? a"]), yaml_value()),
    max_size=5,
).map(lambda kv: "\n".join(f"{k}: {v}" for k, v in kv))

md_piece = st.one_of(
    st.sampled_from(["# 标题", "- 项", "  - 子项", "> 引用", "1. 一", "```", "---", "| a | b |\n|---|---|\n| 1 | 2 |",
                     "<div>盒</div>", "<script>x</script>", "<img src=/dev/zero>", "![a](/dev/zero)",
                     "[链](javascript:x)", "\x02", "\x03", "\x1b[2J", "&amp;", "&#0;", "\\", "*", "_", "`"]),
    st.integers(1, 3000).map(lambda n: "[" * n),
    st.integers(1, 500).map(lambda n: "".join("  " * i + "- x\n" for i in range(n))),
    st.integers(1, 500).map(lambda n: ">" * n + " q"),
    st.tuples(st.sampled_from(["[a](", "<http://", "![a](b ", "<div>", "<a href=", "[x]: <"]), st.integers(1, 20000))
    .map(lambda t: t[0] * t[1]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40),
)
markdown_body = st.lists(md_piece, min_size=1, max_size=8).map(lambda ps: "\n\n".join(ps))


@settings(max_examples=150, deadline=5000, suppress_health_check=[HealthCheck.too_slow])
@given(front=front_matter, body=markdown_body, with_front=st.booleans())
def test_loader_and_renderer_never_raise_anything_else(front, body, with_front):
    text = f"---\n{front}\n---\n\n{body}" if with_front else body
    try:
        article = Article.from_text("fuzz", Path("fuzz.md"), text)
    except ContentError:
        return
    rendered = article.rendered
    assert isinstance(rendered.html, str)
    for block in article.blocks:
        assert "\x02" not in block.text and "\x1b" not in block.text
    article.title, article.date, article.outlet, article.script  # noqa: B018 - metadata never raises
