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
