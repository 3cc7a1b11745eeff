"""Highlight: a quote in one article, with a colour, a note and tags — the record every part shares.

Where a highlight sits is a script-neutral address: the article id, the block id and offsets in
the block's canonical text (`script.canonical`: t2s, NFKC, casefold), so a highlight made in
繁體 shows on the same words in 简体. The exact quote with ~32 characters of prefix and suffix
(a W3C TextQuoteSelector) lets `anchoring` find it again when the article's text changes.

The store lives in `highlight_store`, placing highlights in `anchoring`, export and import in
`annotations_io`.
"""

from __future__ import annotations

import datetime as _dt
import uuid
from dataclasses import dataclass, field, replace
from urllib.parse import quote as _url_quote

from ..text.canonical import canonical


@dataclass(frozen=True)
class Color:
    """A colour category: `key` is stable (stored, exported), `name` is the user's (重点, 存疑…)."""

    key: str
    name: str
    rgb: str  # "#rrggbb", the default highlight colour for light backgrounds
    default_name: str = ""

    @property
    def renamed(self) -> bool:
        return self.name != self.default_name


# The order is the keyboard order: keys 1–5 pick these.
DEFAULT_COLORS: tuple[Color, ...] = (
    Color("yellow", "黄", "#ffe066", "黄"),
    Color("red", "红", "#ff8a80", "红"),
    Color("green", "绿", "#a5d6a7", "绿"),
    Color("blue", "蓝", "#90caf9", "蓝"),
    Color("purple", "紫", "#ce93d8", "紫"),
)
DEFAULT_COLOR = DEFAULT_COLORS[0].key
FOREIGN_COLOR_RGB = "#bdbdbd"  # a colour key from elsewhere (an import, another tool) that has no rgb of its own


@dataclass(frozen=True)
class Anchor:
    """Where a quote sits in one article now: what a new highlight is made from.

    `start`/`end` index the block's canonical text; `exact`, `prefix` and `suffix` are original
    text (the quote as stored in the file, and up to 32 characters of article text around it);
    `position` is `start` counted in the article's canonical plain text (blocks joined by a
    blank line), the TextPositionSelector's coordinate."""

    block_id: str
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    position: int
    content_hash: str
    matches: int = 1  # how many places the quote was found in (the first one was taken)


@dataclass(frozen=True)
class Highlight:
    """One highlight. `detached` ones could not be placed in the current text: they keep their
    quote and last address and are listed, never deleted."""

    id: str
    article_id: str
    block_id: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    color: str = DEFAULT_COLOR
    note: str = ""
    tags: tuple[str, ...] = field(default=())
    created: str = ""
    modified: str = ""
    detached: bool = False
    position: int = 0
    content_hash: str = ""  # of the article body the address was computed on

    @classmethod
    def new(cls, article_id: str, anchor: Anchor, color: str = DEFAULT_COLOR, note: str = "",
            tags=()) -> Highlight:
        """A new highlight at `anchor`, with a fresh uuid4 id and the current time."""
        stamp = now_iso()
        return cls(str(uuid.uuid4()), article_id, anchor.block_id, anchor.start, anchor.end, anchor.exact,
                   anchor.prefix, anchor.suffix, color, note, normalise_tags(tags), stamp, stamp, False,
                   anchor.position, anchor.content_hash)

    def placed_at(self, anchor: Anchor) -> Highlight:
        """This highlight moved to `anchor` (re-anchoring: the user's fields stay)."""
        return replace(self, block_id=anchor.block_id, start=anchor.start, end=anchor.end, exact=anchor.exact,
                       prefix=anchor.prefix, suffix=anchor.suffix, position=anchor.position,
                       content_hash=anchor.content_hash, detached=False)

    @property
    def link(self) -> str:
        """The `duidu://` URL that opens the app at this highlight's passage."""
        return open_link(self.article_id, None if self.detached else self.block_id)

    def matches_text(self, needle: str) -> bool:
        """True when `needle` (either script) occurs in the quote or the note."""
        needle = canonical(needle.strip())
        return not needle or needle in canonical(self.exact) or needle in canonical(self.note)

    def has_tag(self, tag: str) -> bool:
        wanted = canonical(tag.strip())
        return any(canonical(t) == wanted for t in self.tags)


def open_link(article_id: str, block_id: str | None = None) -> str:
    link = f"duidu://open?article={_url_quote(article_id, safe='')}"
    return f"{link}&block={_url_quote(block_id, safe='')}" if block_id else link


def parse_open_link(url: str) -> tuple[str, str] | None:
    """(article id, block id or "") of a link `open_link` makes; None when `url` is not one."""
    from urllib.parse import parse_qs, urlsplit

    parts = urlsplit(url)
    query = parse_qs(parts.query)
    article_id = (query.get("article") or [""])[0]
    if parts.scheme != "duidu" or parts.netloc != "open" or not article_id:
        return None
    return article_id, (query.get("block") or [""])[0]


def normalise_tags(tags) -> tuple[str, ...]:
    """Tags as the user means them: trimmed, no empty ones, each once (学习 and 學習, RL and rl
    are one tag: the first spelling stays), in the order given."""
    seen: dict[str, str] = {}
    for tag in tags or ():
        tag = " ".join(str(tag).split())
        if tag:
            seen.setdefault(canonical(tag), tag)
    return tuple(seen.values())


def now_iso() -> str:
    return _dt.datetime.now().astimezone().isoformat(timespec="seconds")
