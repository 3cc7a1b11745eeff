"""Markdown → HTML in which every block carries a stable id, plus the plain text of each block.

Block ids are what search hits, highlights, topics and alignment point at, so they must not
move when text elsewhere in the article changes: an id is derived from the block's own text
(a short hash), with a numeric suffix only when the same text occurs twice in one article.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

BLOCK_KINDS = ("heading", "paragraph", "list_item", "quote", "table", "code")
_PREFIX = {"heading": "h", "paragraph": "p", "list_item": "li", "quote": "q", "table": "t", "code": "c"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCK_TAGS = _HEADINGS | {"p", "pre", "table", "ul", "ol", "blockquote", "hr", "div"}
_CONTAINERS = {"ul", "ol", "blockquote", "div"}
_SPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class Block:
    """One addressable passage: a heading, paragraph, list item, quote, table or code block."""

    id: str
    kind: str
    text: str
    level: int = 0  # heading level 1–6; 0 for other kinds


@dataclass(frozen=True)
class TocEntry:
    level: int
    title: str
    block_id: str


@dataclass
class Rendered:
    html: str
    blocks: list[Block] = field(default_factory=list)

    @property
    def toc(self) -> list[TocEntry]:
        return [TocEntry(b.level, b.text, b.id) for b in self.blocks if b.kind == "heading"]

    def block(self, block_id: str) -> Block | None:
        for b in self.blocks:
            if b.id == block_id:
                return b
        return None

    @property
    def plain_text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)


def block_id_for(kind: str, text: str) -> str:
    """The id a block of this kind and text gets (before de-duplication)."""
    norm = _SPACE_RE.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    digest = hashlib.sha1(norm.encode("utf-8")).hexdigest()[:8]
    return f"{_PREFIX[kind]}-{digest}"


class _BlockIdTreeprocessor(Treeprocessor):
    """Gives every leaf block element an id and records its plain text."""

    def __init__(self, md: markdown.Markdown, sink: list[Block]):
        super().__init__(md)
        self.sink = sink

    def run(self, root: etree.Element) -> None:
        self.sink.clear()
        seen: dict[str, int] = {}
        for elem, kind, level in self._leaves(root, in_quote=False, in_list=False):
            text = self._text(elem, kind)
            if not text.strip() and kind != "code":
                continue
            base = block_id_for(kind, text)
            n = seen.get(base, 0) + 1
            seen[base] = n
            bid = base if n == 1 else f"{base}-{n}"
            if kind == "code" and elem.tag == "p":
                # fenced code lives in the raw-HTML stash; tag the stashed <pre> itself
                self._tag_stashed_pre(elem, bid)
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
        m = re.fullmatch(r"\s*\x02wzxhzdk:(\d+)\x03\s*", elem.text)
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
        return self._unescape(_SPACE_RE.sub(" ", "".join(elem.itertext())).strip())

    def _unescape(self, text: str) -> str:
        # at this point backslash escapes are still STX<code point>ETX placeholders, and
        # entities or inline HTML are STX"wzxhzdk:N"ETX pointers into the raw-HTML stash
        def stashed(m: re.Match) -> str:
            n = int(m.group(1))
            raw = self.md.htmlStash.rawHtmlBlocks[n] if n < len(self.md.htmlStash.rawHtmlBlocks) else ""
            return html.unescape(re.sub(r"<[^>]+>", "", raw if isinstance(raw, str) else ""))

        text = re.sub(r"\x02wzxhzdk:(\d+)\x03", stashed, text)
        return re.sub(r"\x02(\d+)\x03", lambda m: chr(int(m.group(1))), text)


class BlockIdExtension(Extension):
    def __init__(self, sink: list[Block], **kwargs):
        self.sink = sink
        super().__init__(**kwargs)

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # after inline patterns (20) and prettify (10); before unescape (0)
        md.treeprocessors.register(_BlockIdTreeprocessor(md, self.sink), "duidu_block_ids", 5)


def render_markdown(body: str) -> Rendered:
    """Render an article body; the same body always gives the same ids."""
    blocks: list[Block] = []
    md = markdown.Markdown(
        extensions=["tables", "fenced_code", "sane_lists", BlockIdExtension(blocks)],
        output_format="html",
    )
    out = md.convert(body)
    return Rendered(out, list(blocks))
