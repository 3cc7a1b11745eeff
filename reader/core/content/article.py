"""Article: front-matter metadata plus a Markdown body, parsed from one content file."""

from __future__ import annotations

import datetime as _dt
import logging
import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice
from pathlib import Path
from typing import Any

from ..errors import ContentError
from ..limits import MAX_ARTICLE_CHARS, MAX_FILE_BYTES
from .blocks import Block, Rendered, TocEntry
from .render import render_markdown

log = logging.getLogger(__name__)

CHARS_PER_MINUTE = 400  # a common figure for reading modern Chinese prose silently
_FRONT_RE = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_COUNTABLE_RE = re.compile(r"\S")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _visible(match: re.Match) -> str:
    code = ord(match.group())
    return chr(0x2400 + code) if code < 0x20 else "\u2421" if code == 0x7F else "\ufffd"


def visible_controls(text: str) -> str:
    """Control characters as their visible pictures (\x02 → ␂, ESC → ␛): Markdown uses \x02 and
    \x03 as its own markers (the text would vanish), and a terminal obeys ESC sequences."""
    return _CONTROL_RE.sub(_visible, text) if _CONTROL_RE.search(text) else text


@dataclass
class Article:
    """One content file. `error` is set (and the body empty) when the file could not be read."""

    id: str
    path: Path
    meta: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    error: str | None = None
    render_cache: Path | None = None  # folder for renderings kept between runs (optional)

    # -- metadata, with defaults a reader can live with ------------------------------------
    @property
    def title(self) -> str:
        return str(self.meta.get("title") or self.id)

    @property
    def date(self) -> str:
        return _iso(self.meta.get("date"))

    @property
    def outlet(self) -> str:
        return str(self.meta.get("outlet") or "")

    @property
    def script(self) -> str:
        """`hans` or `hant`: front matter wins, else detected from the text."""
        declared = str(self.meta.get("script") or "").lower()
        if declared in ("hans", "hant"):
            return declared
        return self.detected_script

    @cached_property
    def detected_script(self) -> str:
        """`hans` or `hant` as detected from the text, whatever the front matter says."""
        if self.error:
            return ""
        from ..script.detection import detect_script

        return detect_script(self.plain_text)

    @property
    def language(self) -> str:
        return str(self.meta.get("language") or ("zh-Hans" if self.script == "hans" else "zh-Hant"))

    @property
    def source_file(self) -> str:
        return str(self.meta.get("source_file") or "")

    @property
    def source_url(self) -> str:
        return str(self.meta.get("source_url") or "")

    # -- rendered forms (computed once per loaded file) -------------------------------------
    @cached_property
    def rendered(self) -> Rendered:
        return render_markdown(self.body, self.render_cache)

    @property
    def html(self) -> str:
        return self.rendered.html

    @property
    def blocks(self) -> list[Block]:
        return self.rendered.blocks

    @property
    def toc(self) -> list[TocEntry]:
        return self.rendered.toc

    @property
    def plain_text(self) -> str:
        return self.rendered.plain_text

    @cached_property
    def chars(self) -> int:
        """Characters of text a reader reads: the plain text without white space."""
        return len(_COUNTABLE_RE.findall(self.plain_text))

    def preset_chars(self, chars: int) -> None:
        """Take a length remembered from an earlier run (saves rendering at start-up)."""
        self.__dict__["chars"] = chars

    def preset_detected_script(self, script: str) -> None:
        """Take a detected script remembered from an earlier run (saves rendering at start-up)."""
        self.__dict__["detected_script"] = script

    @property
    def reading_minutes(self) -> int:
        return max(1, round(self.chars / CHARS_PER_MINUTE)) if self.chars else 0

    def block(self, block_id: str) -> Block | None:
        return self.rendered.block(block_id)

    # -- loading ------------------------------------------------------------------------------
    @classmethod
    def from_text(cls, article_id: str, path: Path, text: str, known_meta: dict | None = None) -> Article:
        meta, body = parse_front_matter(visible_controls(text), known_meta)
        check_length(body)  # the text, as the import counts it: not its front matter
        return cls(article_id, path, meta, body)

    @classmethod
    def load(cls, path: Path, known_meta: dict | None = None, article_id: str | None = None) -> Article:
        """Never raises for bad content: the article comes back with `error` set instead.

        `known_meta` is the front matter as parsed before from this same file (the library's
        cache checks size and modification time); it spares parsing the YAML again."""
        path = Path(path)
        if article_id is None:
            article_id = id_for(path)
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                return cls(article_id, path, error=f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB "
                                                   f"({size / (1024 * 1024):.0f} MB)")
            raw = path.read_bytes()
        except OSError as exc:
            return cls(article_id, path, error=f"cannot read file: {exc.strerror or exc}")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            return cls(article_id, path, error=f"not valid UTF-8 (byte {exc.start}): re-save the file as UTF-8")
        try:
            return cls.from_text(article_id, path, text, known_meta)
        except ContentError as exc:
            return cls(article_id, path, error=str(exc))


def check_length(text: str) -> None:
    """ContentError when a text is longer than one article can be (MAX_ARTICLE_CHARS), the limit named."""
    if len(text) > MAX_ARTICLE_CHARS and next(islice(_COUNTABLE_RE.finditer(text), MAX_ARTICLE_CHARS, None), None):
        raise ContentError(f"the text is longer than {MAX_ARTICLE_CHARS:,} characters, the most one article can "
                           "hold and still scroll smoothly: split it into parts")


def id_for(path: Path) -> str:
    """A file's article id: its name without the suffix, with bytes that are not UTF-8 written as
    \\xNN (a file name is bytes on Linux; an id is text that prints and can be typed)."""
    return os.fsencode(path.stem).decode("utf-8", "backslashreplace")


def parse_front_matter(text: str, known_meta: dict | None = None) -> tuple[dict[str, Any], str]:
    """Split `---` YAML front matter from the Markdown body; raise ContentError when unusable."""
    if not text.strip():
        raise ContentError("the file is empty")
    m = _FRONT_RE.match(text)
    if not m:
        return {}, text
    if known_meta is not None and text[m.end():].strip():
        return known_meta, text[m.end():]
    from .front_matter import load_front_matter  # only for files not seen before: the library caches it

    meta = visible_values(load_front_matter(m.group(1)))
    body = text[m.end():]
    if not body.strip():
        raise ContentError("the article has front matter but no text")
    return meta, body


def visible_values(value: Any) -> Any:
    """Front-matter values with control characters made visible (YAML's "\\e" is an ESC)."""
    if isinstance(value, str):  # YAML's "\\ud800" is a lone surrogate: no file or terminal takes it
        return _SURROGATE_RE.sub("\ufffd", visible_controls(value))
    if isinstance(value, dict):
        return {visible_values(k): visible_values(v) for k, v in value.items()}
    if isinstance(value, list):
        return [visible_values(v) for v in value]
    return value


def _iso(value: Any) -> str:
    if isinstance(value, _dt.datetime):
        return value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value or "")
