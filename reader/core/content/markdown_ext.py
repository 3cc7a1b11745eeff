"""The Python-Markdown side of rendering: a treeprocessor that gives each leaf block an id.

Kept apart from `blocks.py` and `render.py` so that showing a cached rendering never imports Markdown.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.treeprocessors import Treeprocessor
from markdown.util import ETX, HTML_PLACEHOLDER_RE, STX

from ..limits import MAX_MARKDOWN_DEPTH, MAX_MARKDOWN_WORK
from .blocks import SPACE_RE, Block, Rendered, block_id_for

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCK_TAGS = _HEADINGS | {"p", "pre", "table", "ul", "ol", "blockquote", "hr", "div"}
_CONTAINERS = {"ul", "ol", "blockquote", "div"}
# a backslash escape before unescaping: STX, the escaped character's code point, ETX
_ESCAPE_PLACEHOLDER_RE = re.compile(f"{STX}([0-9]+){ETX}")


class _BlockIdTreeprocessor(Treeprocessor):
    """Gives every leaf block element an id and records its plain text."""

    def __init__(self, md: markdown.Markdown, sink: list[Block]):
        super().__init__(md)
        self.sink = sink

    def run(self, root: etree.Element) -> None:
        self.sink.clear()
        stash = self.md.htmlStash.rawHtmlBlocks
        for i, raw in enumerate(stash):  # raw HTML of the article (and the fenced code's <pre>)
            if isinstance(raw, str):
                stash[i] = sanitise_html(raw)
        seen: dict[str, int] = {}
        for elem, kind, level in self._leaves(root, in_quote=False, in_list=False):
            text = self._text(elem, kind)
            if not text.strip() and kind != "code":
                continue
            base = block_id_for("paragraph" if kind == "html" else kind, text)
            n = seen.get(base, 0) + 1
            seen[base] = n
            bid = base if n == 1 else f"{base}-{n}"
            if kind == "code" and elem.tag == "p":
                # fenced code lives in the raw-HTML stash; tag the stashed <pre> itself
                self._tag_stashed_pre(elem, bid)
            elif kind == "html":
                idx = self._stash_index(elem)
                self.md.htmlStash.rawHtmlBlocks[idx] = f'<div id="{bid}"><a name="{bid}"></a>{self.md.htmlStash.rawHtmlBlocks[idx]}</div>'
                kind = "paragraph"
            else:
                elem.set("id", bid)
                # QTextDocument scrolls to <a name>, not to id attributes; in a table the
                # anchor must sit inside the first cell
                host = next((c for c in elem.iter() if c.tag in ("th", "td")), elem)
                anchor = etree.Element("a", {"name": bid})
                anchor.tail = host.text
                host.text = None
                host.insert(0, anchor)
            self.sink.append(Block(bid, kind, text, level))

    def _leaves(self, parent: etree.Element, in_quote: bool, in_list: bool):
        for elem in parent:
            tag = elem.tag
            if tag in _HEADINGS:
                yield elem, "heading", int(tag[1])
            elif tag == "p":
                if self._stash_index(elem) is not None:
                    if self._stashed_pre(elem) is not None:
                        yield elem, "code", 0
                    else:  # a raw HTML block (<div>…</div>): its text is a passage like any other
                        yield elem, "html", 0
                    continue
                kind = "list_item" if in_list else "quote" if in_quote else "paragraph"
                yield elem, kind, 0
            elif tag == "pre":
                yield elem, "code", 0
            elif tag == "table":
                yield elem, "table", 0
            elif tag == "li":
                if any(child.tag in _BLOCK_TAGS for child in elem):
                    # an item holding blocks: its own text before them is one block, then recurse
                    lead = self._wrap_leading_text(elem)
                    if lead is not None:
                        yield lead, "list_item", 0
                    yield from self._leaves(elem, in_quote, in_list=True)
                else:
                    yield elem, "list_item", 0
            elif tag == "blockquote":
                if len(elem) == 0 and (elem.text or "").strip():
                    yield elem, "quote", 0
                else:
                    yield from self._leaves(elem, in_quote=True, in_list=in_list)
            elif tag in _CONTAINERS:
                yield from self._leaves(elem, in_quote, in_list or tag in {"ul", "ol"})

    def _stash_index(self, elem: etree.Element) -> int | None:
        if len(elem) or not elem.text:
            return None
        m = HTML_PLACEHOLDER_RE.fullmatch(elem.text.strip())
        return int(m.group(1)) if m else None

    def _stashed_pre(self, elem: etree.Element) -> str | None:
        idx = self._stash_index(elem)
        if idx is None or idx >= len(self.md.htmlStash.rawHtmlBlocks):
            return None
        raw = self.md.htmlStash.rawHtmlBlocks[idx]
        return raw if isinstance(raw, str) and raw.lstrip().startswith("<pre") else None

    def _tag_stashed_pre(self, elem: etree.Element, bid: str) -> None:
        idx = self._stash_index(elem)
        raw = self.md.htmlStash.rawHtmlBlocks[idx]
        self.md.htmlStash.rawHtmlBlocks[idx] = re.sub(
            r"<pre([^>]*)>", lambda m: f'<pre id="{bid}"{m.group(1)}><a name="{bid}"></a>', raw, count=1
        )

    @staticmethod
    def _wrap_leading_text(li: etree.Element) -> etree.Element | None:
        """Move an item's text (and inline markup) before its first nested block into a span."""
        inline = []
        for child in li:
            if child.tag in _BLOCK_TAGS:
                break
            inline.append(child)
        if not (li.text or "").strip() and not inline:
            return None
        span = etree.Element("span")
        span.text, li.text = li.text, None
        for child in inline:
            li.remove(child)
            span.append(child)
        li.insert(0, span)
        return span

    def _text(self, elem: etree.Element, kind: str) -> str:
        if kind == "html":
            raw = self.md.htmlStash.rawHtmlBlocks[self._stash_index(elem)]
            text = re.sub(r"<[^>]+>", " ", raw if isinstance(raw, str) else "")
            return SPACE_RE.sub(" ", html.unescape(text)).strip()
        if kind == "code":
            raw = self._stashed_pre(elem) if elem.tag == "p" else None
            if raw is not None:
                return html.unescape(re.sub(r"<[^>]+>", "", raw)).strip("\n")
            return "".join(elem.itertext()).strip("\n")
        if kind == "table":
            rows = []
            for tr in elem.iter("tr"):
                cells = ["".join(c.itertext()).strip() for c in tr if c.tag in ("td", "th")]
                rows.append("\t".join(cells))
            return self._unescape("\n".join(rows))
        return self._unescape(SPACE_RE.sub(" ", "".join(elem.itertext())).strip()).strip()

    def _unescape(self, text: str) -> str:
        # at this point backslash escapes are still STX<code point>ETX placeholders, and
        # entities or inline HTML are Markdown's HTML placeholders pointing into the raw-HTML stash
        def stashed(m: re.Match) -> str:
            n = int(m.group(1))
            raw = self.md.htmlStash.rawHtmlBlocks[n] if n < len(self.md.htmlStash.rawHtmlBlocks) else ""
            return html.unescape(re.sub(r"<[^>]+>", "", raw if isinstance(raw, str) else ""))

        text = HTML_PLACEHOLDER_RE.sub(stashed, text)
        return _ESCAPE_PLACEHOLDER_RE.sub(lambda m: chr(int(m.group(1))), text)


class BlockIdExtension(Extension):
    def __init__(self, sink: list[Block], **kwargs):
        self.sink = sink
        super().__init__(**kwargs)

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # after inline patterns (20) and prettify (10); before unescape (0)
        md.treeprocessors.register(_BlockIdTreeprocessor(md, self.sink), "duidu_block_ids", 5)


# raw HTML in an article keeps its text and harmless formatting; scripts, frames, forms, event
# handlers, styles and javascript: links go (nh3: the Rust sanitiser ammonia)
_ALLOWED_TAGS = {"a", "abbr", "b", "blockquote", "br", "code", "del", "div", "em", "figcaption", "figure", "h1", "h2",
                 "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s",
                 "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u",
                 "ul"}
_ALLOWED_ATTRIBUTES = {"a": {"href", "name", "title"}, "img": {"src", "alt", "title"}, "*": {"id", "class"},
                       "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}
_URL_SCHEMES = {"http", "https", "mailto", "duidu"}


def sanitise_html(raw: str) -> str:
    """Raw HTML from an article, with only what a reader needs to see kept."""
    import nh3

    return nh3.clean(raw, tags=_ALLOWED_TAGS, attributes=_ALLOWED_ATTRIBUTES, url_schemes=_URL_SCHEMES,
                     clean_content_tags={"script", "style", "template", "noscript"}, strip_comments=True,
                     link_rel=None)


_INDENT_RE = re.compile(r"^([ \t]*)(?:[-*+]|\d+[.)])[ \t]", re.M)
_QUOTES_RE = re.compile(r"^[ \t]*((?:>[ \t]*){2,})", re.M)
_BRACKET_RE = re.compile(r"[\[\]]")


def nesting_depth(body: str) -> int:
    """How deep lists, quotes and brackets nest in a Markdown body (a bound, cheap to compute):
    Python-Markdown recurses once per level, so a body nested thousands deep would never finish."""
    depth = 0
    for m in _INDENT_RE.finditer(body):
        depth = max(depth, len(m.group(1).expandtabs(4)) // 2 + 1)
    for m in _QUOTES_RE.finditer(body):
        depth = max(depth, m.group(1).count(">"))
    level = 0
    for m in _BRACKET_RE.finditer(body):
        level = level + 1 if m.group() == "[" else max(0, level - 1)
        depth = max(depth, level)
    return depth


_SEGMENT_RE = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*(?:[-*+][ \t]|\d+[.)][ \t]|>|#))")
_OPENER_RE = re.compile(r"\]\(|!\[|<[A-Za-z/!?]")


def inline_work(body: str) -> int:
    """A bound on the inline parsing a body costs: Python-Markdown scans from each link, image or
    tag opener to the end of its block, so a block with n openers and length m costs n × m (80 KB
    of "[a](" took 80 s). The sum over the blocks."""
    work = 0
    for segment in _SEGMENT_RE.split(body):
        openers = len(_OPENER_RE.findall(segment))
        if openers > 1:
            work += openers * len(segment)
    return work


def plain_blocks(body: str) -> Rendered:
    """A body shown as plain paragraphs (its Markdown not interpreted), with block ids as usual."""
    blocks: list[Block] = []
    parts: list[str] = []
    seen: dict[str, int] = {}
    for chunk in re.split(r"\n[ \t]*\n", body):
        text = SPACE_RE.sub(" ", chunk).strip()
        if not text:
            continue
        base = block_id_for("paragraph", text)
        seen[base] = seen.get(base, 0) + 1
        bid = base if seen[base] == 1 else f"{base}-{seen[base]}"
        blocks.append(Block(bid, "paragraph", text))
        parts.append(f'<p id="{bid}"><a name="{bid}"></a>{html.escape(text)}</p>')
    return Rendered("\n".join(parts), blocks)


def render_blocks(body: str) -> Rendered:
    """Render an article body with Python-Markdown (see `render.render_markdown`); a body nested
    deeper than MAX_MARKDOWN_DEPTH, or whose inline parsing would exceed MAX_MARKDOWN_WORK, is
    shown as plain paragraphs instead (the text kept, the markup not interpreted)."""
    if nesting_depth(body) > MAX_MARKDOWN_DEPTH or inline_work(body) > MAX_MARKDOWN_WORK:
        return plain_blocks(body)
    blocks: list[Block] = []
    md = markdown.Markdown(
        # instances, not names: naming them makes markdown scan the installed entry points
        extensions=[TableExtension(), FencedCodeExtension(), SaneListExtension(), BlockIdExtension(blocks)],
        output_format="html",
    )
    out = md.convert(body)
    return Rendered(out, list(blocks))
