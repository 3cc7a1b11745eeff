"""Block, TocEntry, Rendered: an article body as addressable passages with stable ids.

Block ids are what search hits, highlights, topics and alignment point at, so they must not
move when text elsewhere in the article changes: an id is derived from the block's own text
(a short hash), with a numeric suffix only when the same text occurs twice in one article.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

LAYOUT_SPACES = " \t\n\u00a0\u2028\u2029\ufdd0\ufdd1"  # white space in rendered text (Qt's frame marks too)
_PREFIX = {"heading": "h", "paragraph": "p", "list_item": "li", "quote": "q", "table": "t", "code": "c"}
SPACE_RE = re.compile(r"\s+")


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
    norm = SPACE_RE.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    digest = hashlib.sha1(norm.encode("utf-8")).hexdigest()[:8]
    return f"{_PREFIX[kind]}-{digest}"


def text_positions(text: str, raw: str, start: int, end: int) -> list[int]:
    """For each character of `text` (a block's text), its index in `raw[start:end]` (the block
    as a rendering holds it), plus the end. The rendering may hold more (separators, frame
    marks) and lay spaces out differently; characters it lacks map to where they would be."""
    out, j = [], start
    for ch in text:
        if ch.isspace():
            out.append(j)
            if j < end and raw[j] in LAYOUT_SPACES:
                j += 1
            continue
        k = j
        while k < end and raw[k] != ch:
            k += 1
        if k < end:
            j = k
            out.append(j)
            j += 1
        else:  # not in the rendering: keep the place, do not run away
            out.append(j)
    out.append(j)
    return out
