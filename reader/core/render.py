"""Markdown → HTML in which every block carries a stable id, plus the plain text of each block.

Block ids are what search hits, highlights, topics and alignment point at, so they must not
move when text elsewhere in the article changes: an id is derived from the block's own text
(a short hash), with a numeric suffix only when the same text occurs twice in one article.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

# bump when the HTML or the block ids a body renders to change: cached renderings are dropped
RENDER_VERSION = 2

BLOCK_KINDS = ("heading", "paragraph", "list_item", "quote", "table", "code")
_PREFIX = {"heading": "h", "paragraph": "p", "list_item": "li", "quote": "q", "table": "t", "code": "c"}
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


def render_markdown(body: str, cache_dir: Path | None = None) -> Rendered:
    """Render an article body; the same body always gives the same ids.

    With `cache_dir`, a rendering is kept there (keyed by the body's hash and RENDER_VERSION),
    so a restart shows the last article without importing or running Markdown at all.
    """
    if cache_dir is None:
        from .markdown_blocks import render_blocks

        return render_blocks(body)
    key = hashlib.sha1(f"{RENDER_VERSION}\0{body}".encode("utf-8")).hexdigest()[:20]
    path = Path(cache_dir) / f"{key}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Rendered(data["html"], [Block(*b) for b in data["blocks"]])
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError, TypeError) as exc:  # damaged: render again
        log.info("ignoring cached rendering %s: %s", path, exc)
    from .markdown_blocks import render_blocks

    rendered = render_blocks(body)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        data = {"html": rendered.html, "blocks": [[b.id, b.kind, b.text, b.level] for b in rendered.blocks]}
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.info("cannot cache rendering in %s: %s", cache_dir, exc)
    return rendered
