"""An article's rendered HTML rewritten for a page of its own: every tag written again from an
allow-list (nothing of the input passes unescaped), images inlined when the article may show
them (else their alt text: a page never loads anything), and marks painted over block text.

A mark addresses text the way highlights do — a block id and offsets into the block's text as
shown — while the HTML splits that text over inline tags. Each block's text nodes are buffered
until the block ends, lined up with its text once (`text_positions`), then written out with a
`<span style="background:…">` around each marked run and a footnote number after a mark's end.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from itertools import pairwise
from urllib.parse import urlsplit

from ..content.blocks import text_positions

_TAGS = {"a", "abbr", "b", "blockquote", "br", "code", "del", "div", "em", "figcaption", "figure", "h1", "h2", "h3",
         "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span",
         "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul"}
_DROPPED = {"script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "head", "title"}
_VOID = {"br", "hr", "img", "wbr", "input", "meta", "link", "area", "base", "col", "embed", "param", "source",
         "track"}
_ATTRIBUTES = {"id", "name", "class", "title", "colspan", "rowspan"}
_LINK_SCHEMES = {"http", "https", "mailto", "duidu"}
COLOR_RE = re.compile(r"#[0-9a-fA-F]{6}")
_IMAGE_TYPES = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg", b"GIF8": "image/gif", b"RIFF": "image/webp",
                b"BM": "image/bmp"}


@dataclass(frozen=True)
class Mark:
    """Characters [start, end) of a block's text as shown, on `color` ("#rrggbb"); `note` is the
    number of its footnote (0: none)."""

    start: int
    end: int
    color: str
    note: int = 0

    def __post_init__(self):
        if not COLOR_RE.fullmatch(self.color):  # it goes into a style attribute
            raise ValueError(f"not a colour: {self.color!r}")


def esc(text: str) -> str:
    """Text or an attribute value as HTML: & < > " ' escaped."""
    return html.escape(text, quote=True)


def image_data_uri(data: bytes | None) -> str | None:
    """An image's bytes as a data: URI (None for bytes that are not a known image type)."""
    if not data:
        return None
    kind = next((t for magic, t in _IMAGE_TYPES.items() if data.startswith(magic)), None)
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}" if kind else None


def rewrite(markup: str, texts: dict[str, str], marks: dict[str, list[Mark]],
            image: Callable[[str], str | None] = lambda _src: None) -> str:
    """`markup` (a rendering's HTML) safe to stand alone, with `marks` (by block id) painted over
    the blocks whose text as shown is `texts[block id]`. `image(src)` gives the data: URI of an
    image the page may embed, or None (then its alt text stands in its place)."""
    writer = _Writer(texts, marks, image)
    writer.feed(markup)
    writer.close()
    return writer.result()


class _Writer(HTMLParser):
    def __init__(self, texts: dict[str, str], marks: dict[str, list[Mark]], image: Callable[[str], str | None]):
        super().__init__(convert_charrefs=True)
        self.texts, self.marks, self.image = texts, marks, image
        self.out: list[str] = []
        self.open: list[str] = []  # the elements open now, outermost first
        self.dropping = 0  # inside <script> and the like: nothing is written
        self.block: str | None = None  # the marked block being buffered
        self.block_depth = 0  # len(self.open) when that block's element opened
        self.pieces: list[tuple[bool, str]] = []  # its (is text, piece) in order

    def result(self) -> str:
        while self.open:
            self._end(self.open.pop())
        return "".join(self.out)

    # -- the parser's events -------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED and tag not in _VOID:
            self.dropping += 1
            return
        if self.dropping:
            return
        if tag == "img":
            self._img(dict(attrs))
            return
        if tag not in _TAGS:
            return
        kept = [(k, v) for k, v in attrs if k in _ATTRIBUTES and v is not None]
        href = dict(attrs).get("href")
        if tag == "a" and href and (href.startswith("#") or urlsplit(href).scheme.lower() in _LINK_SCHEMES):
            kept.append(("href", href))
        text = f"<{tag}" + "".join(f' {k}="{esc(v)}"' for k, v in kept) + ">"
        block = dict(attrs).get("id")
        if tag in _VOID:
            self._write(False, text)
            return
        self._write(False, text)
        if self.block is None and block in self.marks and block in self.texts:
            self.block, self.block_depth, self.pieces = block, len(self.open), []
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED and tag not in _VOID:
            self.dropping = max(0, self.dropping - 1)
            return
        if self.dropping or tag not in self.open:
            return
        while self.open:
            name = self.open.pop()
            self._end(name)
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.dropping and data:
            self._write(True, data)

    # -- writing -------------------------------------------------------------------------------
    def _end(self, tag: str) -> None:
        self._write(False, f"</{tag}>")
        if self.block is not None and len(self.open) == self.block_depth:
            self.out.append(self._marked(self.block, self.pieces))
            self.block, self.pieces = None, []

    def _write(self, is_text: bool, piece: str) -> None:
        if self.block is not None:
            self.pieces.append((is_text, piece))
        else:
            self.out.append(esc(piece) if is_text else piece)

    def _img(self, attrs: dict[str, str | None]) -> None:
        src, alt = attrs.get("src") or "", attrs.get("alt") or ""
        uri = self.image(src) if src else None
        if uri is not None:
            self._write(False, f'<img src="{esc(uri)}" alt="{esc(alt)}">')
        elif alt:
            self._write(False, f'<span class="image-alt">[{esc(alt)}]</span>')

    def _marked(self, block_id: str, pieces: list[tuple[bool, str]]) -> str:
        """One block's buffered pieces written out with its marks."""
        raw = "".join(p for is_text, p in pieces if is_text)
        text = self.texts[block_id]
        positions = text_positions(text, raw, 0, len(raw))
        last = len(positions) - 1
        color: list[str | None] = [None] * len(raw)
        notes_after: dict[int, list[int]] = {}  # raw index → footnotes after that character
        for m in sorted(self.marks[block_id], key=lambda m: (m.start, -m.end)):
            if not 0 <= m.start < m.end:
                continue
            a, b = positions[min(m.start, last)], positions[min(m.end - 1, last)] + 1
            b = min(b, len(raw))
            for i in range(a, b):
                color[i] = m.color
            if m.note and b > 0:
                notes_after.setdefault(b - 1, []).append(m.note)
        out, at = [], 0
        for is_text, piece in pieces:
            if not is_text:
                out.append(piece)
                continue
            out.append(_paint(piece, color[at:at + len(piece)], notes_after, at))
            at += len(piece)
        return "".join(out)


def _paint(piece: str, colors: list[str | None], notes_after: dict[int, list[int]], offset: int) -> str:
    """A text node with its marked runs in spans and footnote numbers after the marks' ends."""
    cuts = {0, len(piece)}
    cuts.update(i for i in range(1, len(piece)) if colors[i] != colors[i - 1])
    cuts.update(k - offset + 1 for k in notes_after if offset <= k < offset + len(piece))
    out = []
    for a, b in pairwise(sorted(cuts)):
        run = esc(piece[a:b])
        out.append(f'<span class="highlight" style="background:{colors[a]}">{run}</span>' if colors[a] else run)
        for n in notes_after.get(offset + b - 1, ()):
            out.append(f'<sup class="note-ref"><a href="#note-{n}" id="ref-{n}">{n}</a></sup>')
    return "".join(out)
