"""Sanitised article HTML → Markdown blocks, by a small walk over the lxml tree.

Our own walk rather than markdownify: the input is already reduced by nh3 to a dozen tags, the
tree is already lxml's (markdownify would re-parse it with BeautifulSoup, two more packages), and
Chinese text needs its own whitespace rules: a line break between two Han characters in the
source is not a space, a `<br>` in a news page ends a paragraph, and an image is its alt text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html

from ..text.ranges import CJK
from .structure import escape_line_starts, escape_markdown

BLOCK_TAGS = {"p", "div", "section", "article", "main", "header", "footer", "aside", "figure", "figcaption",
              "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
              "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "center", "hr", "address"}
INLINE_TAGS = {"a", "span", "strong", "b", "em", "i", "u", "code", "sub", "sup", "small", "font", "br", "img",
               "abbr", "cite", "q", "mark", "del", "s", "ins", "time", "kbd", "var", "big", "tt"}
_SPACE_RE = re.compile(r"[ \t\n\r\f\v\xa0\u2002-\u200b\u3000]+")
_CJK_CHAR = rf"[{CJK}\u3000-\u303f\uff00-\uffef]"
# a line break in the source between two CJK characters (or CJK punctuation) is no space in the
# text (as browsers render it for Chinese); a space typed between them stays
_CJK_GAP_RE = re.compile(rf"(?<={_CJK_CHAR})[ \t]*[\r\n][ \t\r\n]*(?={_CJK_CHAR})")


@dataclass
class _Paragraph:
    """Inline pieces of the block being built: (markdown, is_plain_text) pairs."""

    pieces: list[tuple[str, bool]] = field(default_factory=list)

    def text(self) -> str:
        out = "".join(escape_markdown(s, line_start=False) if plain else s for s, plain in self.pieces)
        out = _SPACE_RE.sub(" ", _CJK_GAP_RE.sub("", out)).strip()
        return out


class _Walker:
    def __init__(self, base_url: str):
        self.base_url = base_url
        self.blocks: list[str] = []
        self.para = _Paragraph()

    # -- blocks ----------------------------------------------------------------------------------
    def flush(self) -> None:
        text = self.para.text()
        self.para = _Paragraph()
        if text:
            self.blocks.append(escape_line_starts(text))

    def block(self, el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.flush()
            text = self.inline_text(el)
            if text:
                self.blocks.append("#" * int(tag[1]) + " " + text)
        elif tag in ("ul", "ol"):
            self.flush()
            self.blocks.extend(self.list_lines(el, 0))
        elif tag == "blockquote":
            self.flush()
            inner = _Walker(self.base_url)
            inner.children(el)
            inner.flush()
            if inner.blocks:
                self.blocks.append("\n>\n".join("\n".join("> " + ln if ln else ">" for ln in b.split("\n"))
                                                for b in inner.blocks))
        elif tag == "pre":
            self.flush()
            code = el.text_content().replace("\r\n", "\n").replace("\r", "\n").strip("\n")
            if code.strip():
                fence = "`" * max(3, 1 + max((len(r) for r in re.findall(r"`+", code)), default=0))
                self.blocks.append(f"{fence}\n{code}\n{fence}")
        elif tag == "table":
            self.flush()
            self.table(el)
        elif tag == "hr":
            self.flush()
        else:  # p, div, section, figure, td outside a data table …
            self.flush()
            self.children(el)
            self.flush()
        self.tail(el)

    def children(self, el) -> None:
        if el.text:
            self.para.pieces.append((el.text, True))
        for child in el:
            if not isinstance(child.tag, str):
                self.tail(child)
            elif child.tag in BLOCK_TAGS:
                self.block(child)
            else:
                self.inline(child)

    def tail(self, el) -> None:
        if el.tail:
            self.para.pieces.append((el.tail, True))

    # -- inline ----------------------------------------------------------------------------------
    def inline(self, el) -> None:
        tag = el.tag
        if tag == "br":
            self.flush()
        elif tag == "img":
            alt = _SPACE_RE.sub(" ", el.get("alt") or "").strip()
            if alt:
                self.flush()
                self.blocks.append(escape_markdown(alt))
        elif tag == "code":
            code = _SPACE_RE.sub(" ", el.text_content())
            if code.strip():
                ticks = "`" * (1 + max((len(r) for r in re.findall(r"`+", code)), default=0))
                pad = " " if code.startswith("`") or code.endswith("`") else ""
                self.para.pieces.append((f"{ticks}{pad}{code}{pad}{ticks}", False))
        elif tag in ("strong", "b", "em", "i") and not any(c.tag in BLOCK_TAGS for c in el.iter() if c is not el):
            text = self.inline_text(el)
            mark = "**" if tag in ("strong", "b") else "*"
            if text and text.strip() == text:
                self.para.pieces.append((f"{mark}{text}{mark}", False))
            elif text:
                self.para.pieces.append((text, False))
        elif tag == "a" and not any(c.tag in BLOCK_TAGS for c in el.iter() if c is not el):
            text = self.inline_text(el)
            url = self.link(el.get("href") or "")
            if text and url:
                self.para.pieces.append((f"[{text}](<{url}>)", False))
            elif text:
                self.para.pieces.append((text, False))
        else:  # span, font, u …; and a or strong wrapping blocks: their children decide
            self.children(el)
        self.tail(el)

    def inline_text(self, el) -> str:
        inner = _Walker(self.base_url)
        inner.children(el)
        inner.flush()
        return " ".join(inner.blocks)

    def link(self, href: str) -> str:
        href = href.strip()
        if not href or href.startswith("#"):
            return ""
        if self.base_url:
            href = urljoin(self.base_url, href)
        parts = urlsplit(href)
        if parts.scheme not in ("http", "https", "mailto") or (parts.scheme != "mailto" and not parts.netloc):
            return ""
        return href.replace(">", "%3E").replace("<", "%3C").replace(" ", "%20")

    # -- lists and tables ------------------------------------------------------------------------
    def list_lines(self, el, depth: int) -> list[str]:
        lines: list[str] = []
        number = int(el.get("start") or 1) if el.get("start", "1").isdigit() else 1
        for li in el:
            if not isinstance(li.tag, str):
                continue
            if li.tag in ("ul", "ol"):
                lines.extend(self.list_lines(li, depth + 1))
                continue
            nested = [c for c in li if isinstance(c.tag, str) and c.tag in ("ul", "ol")]
            for c in nested:
                tail, c.tail = c.tail, None
                c.getparent().remove(c)
                c.tail = tail
            inner = _Walker(self.base_url)
            inner.children(li)
            inner.flush()
            text = " ".join(inner.blocks)
            marker = f"{number}." if el.tag == "ol" else "-"
            if text:
                lines.append("   " * depth + f"{marker} {text}")
                number += 1
            for c in nested:
                lines.extend(self.list_lines(c, depth + 1))
        return ["\n".join(lines)] if depth == 0 and lines else lines

    def table(self, el) -> None:
        rows = [r for r in el.iter("tr") if _owner_table(r) is el]
        grid = [[c for c in r if isinstance(c.tag, str) and c.tag in ("td", "th")] for r in rows]
        if not is_data_table(el):  # a layout table: its cells are blocks
            for r in rows:
                for c in r:
                    if isinstance(c.tag, str):
                        c.tail = None
                        self.block(c)
            return
        width = max(len(r) for r in grid)
        lines = []
        for i, r in enumerate(grid):
            cells = [self.inline_text(c).replace("|", "\\|") for c in r] + [""] * (width - len(r))
            lines.append("| " + " | ".join(cells) + " |")
            if i == 0:
                lines.append("|" + " --- |" * width)
        self.blocks.append("\n".join(lines))


def is_data_table(el) -> bool:
    """A table of data (rows of short cells), not one that lays out a page or a block of text."""
    rows = [r for r in el.iter("tr") if _owner_table(r) is el]
    grid = [[c for c in r if isinstance(c.tag, str) and c.tag in ("td", "th")] for r in rows]
    nested = any(t is not el for t in el.iter("table"))
    return (len(grid) >= 2 and not nested and all(len(r) >= 2 for r in grid)
            and all(len(c.text_content()) <= 300 for r in grid for c in r))


def _owner_table(row):
    parent = row.getparent()
    while parent is not None and not str(parent.tag).endswith("table"):
        parent = parent.getparent()
    return parent


def html_to_markdown(fragment: str, base_url: str = "") -> list[str]:
    """Markdown blocks (paragraphs, headings, lists, quotes, tables, code) of an HTML fragment.
    `base_url` resolves relative links; links that are not http(s) or mailto become their text."""
    if not fragment.strip():
        return []
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    walker = _Walker(base_url)
    walker.children(root)
    walker.flush()
    return walker.blocks
