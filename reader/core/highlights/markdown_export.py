"""Highlights as Markdown to read, in Duidu or in other tools (Obsidian, a browser).

Everything in the file that comes from a note, a quote, a tag, a colour name or an article is
escaped (`markdown_text`), so it renders as the text it is — never as a tag, a link or an image —
whatever the Markdown renderer. Only the `open` links are Duidu's own markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..content.article import visible_controls
from ..errors import UnknownArticleError
from .model import Color, Highlight


def export_markdown(highlights: Iterable[Highlight], colors: Iterable[Color], library=None) -> str:
    """Highlights grouped by article (library order when a library is given), each quote with
    its colour, note, tags, date and a duidu:// link back to the passage."""
    names = {c.key: c for c in colors}
    groups: dict[str, list[Highlight]] = {}
    for h in highlights:
        groups.setdefault(h.article_id, []).append(h)
    order = {a.id: i for i, a in enumerate(library)} if library is not None else {}
    md = markdown_text
    out = ["# Duidu highlights", ""]
    for article_id in sorted(groups, key=lambda a: (order.get(a, len(order)), a)):
        article = readable_article(library, article_id)
        out += [f"## {md(article.title if article else article_id)}", ""]
        about = [article.outlet, article.date[:10]] if article else []
        out += [" · ".join(md(part) for part in [*filter(None, about), article_id]), ""]
        for h in groups[article_id]:
            out += ["> " + line if line else ">" for line in md(h.exact).split("\n")]
            color = names.get(h.color)
            label = f"**{md(color.name)}** ({md(color.key)})" if color else f"**{md(h.color)}**"
            out += ["", f"- {label} · {md(h.created[:10])} · [open]({h.link})"]
            if h.note:
                out.append("- Note: " + "\n  ".join(md(h.note).split("\n")))
            if h.tags:
                out.append("- Tags: " + ", ".join(md(tag) for tag in h.tags))
            if h.detached:
                out.append("- Detached: not found in the current text of the article")
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# Characters with a meaning in Markdown, HTML or a Markdown dialect, anywhere in a line: backslash
# escapes where both CommonMark and Python-Markdown honour them, character references elsewhere
# (Python-Markdown has no `\\<`, and `<` or `&` must never start a tag or an entity). `://` loses
# its colon so that no bare URL becomes a link.
_INLINE = {"\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]", "(": "\\(", ")": "\\)",
           "!": "\\!", "{": "\\{", "}": "\\}", "#": "\\#", "<": "&lt;", ">": "&gt;", "&": "&amp;", "|": "&#124;",
           "~": "&#126;", "=": "&#61;", "$": "&#36;", "%": "&#37;", "^": "&#94;", "://": "&#58;//"}
_INLINE_RE = re.compile("|".join(map(re.escape, sorted(_INLINE, key=len, reverse=True))))
_LIST_START = re.compile(r"^(?:[-+]|(\d+)\.)")  # a list item (`- `, `+ `, `1. `) or a rule (`---`)
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def markdown_text(text: str) -> str:
    """`text` as Markdown that renders as exactly this text (its lines joined by \\n): no tag,
    link, image, heading, list, code or table can come out of it, in CommonMark, Python-Markdown
    or Obsidian. Leading spaces are dropped (they would make a code block); control characters
    show as their pictures (ESC → ␛)."""
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = visible_controls(line).replace("\u2028", " ").replace("\u2029", " ").strip(" \t")
        line = _INLINE_RE.sub(lambda m: _INLINE[m.group()], line)
        lines.append(_LIST_START.sub(lambda m: f"{m.group(1)}\\." if m.group(1) else "\\" + m.group(), line))
    return "\n".join(lines)


def readable_article(library, article_id: str):
    """The readable article `article_id` of `library`, or None."""
    if library is None:
        return None
    try:
        article = library.get(article_id)
    except UnknownArticleError:
        return None
    return None if article.error else article
