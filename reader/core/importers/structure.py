"""Markdown structure restored around the authors' text: block separation, quotes, escapes,
and a copied web page's lines turned into headings, lists, code and paragraphs."""

from __future__ import annotations

import re
from typing import Iterable

from ..errors import ContentError
from .recipes import CodeHint, Recipe

_LIST_RE = re.compile(r"\s*(?:[-+*]|\d+[.)])\s+")
_QUOTE_RE = re.compile(r"\s{0,3}>")
_TABLE_RE = re.compile(r"\s*\|")
HEADING_RE = re.compile(r"#{1,6}\s")


def tidy_quotes(lines: list[str]) -> list[str]:
    """An empty `> ` line that ends a quote becomes a blank line (no empty quote blocks, and
    the next list or paragraph is not swallowed into the quote)."""
    out = []
    for i, line in enumerate(lines):
        if re.fullmatch(r"\s{0,3}>\s*", line):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            prev = out[-1] if out else ""
            if _QUOTE_RE.match(nxt) and nxt.strip() != ">" and _QUOTE_RE.match(prev):
                out.append(">")
            else:
                out.append("")
            continue
        out.append(line)
    return out


def separate_blocks(lines: list[str]) -> list[str]:
    """Insert the blank line Markdown needs where a list, quote or table starts right after a
    line of another kind (an export's `说明：\\n- 项`), which would otherwise merge them."""
    out: list[str] = []
    in_code = False
    for line in lines:
        if line.lstrip().startswith("```"):
            in_code = not in_code
        prev = out[-1] if out else ""
        if not in_code and prev.strip() and line.strip() and _kind(line) != _kind(prev):
            if _kind(line) in ("list", "quote", "table") or _kind(prev) in ("quote", "table"):
                if not (_kind(prev) == "list" and line.startswith(("  ", "\t"))):
                    out.append("")
        out.append(line)
    return out


def _kind(line: str) -> str:
    if _QUOTE_RE.match(line):
        return "quote"
    if _TABLE_RE.match(line):
        return "table"
    if _LIST_RE.match(line):
        return "list"
    if HEADING_RE.match(line):
        return "heading"
    return "text"


# -- escaping plain text ------------------------------------------------------------------------

_LINE_START_RE = re.compile(r"^(\s*)(#|>|[-+*](?=\s)|-(?=[-\s]*$)|\d+(?=[.)]\s))")
_INLINE_RE = re.compile(r"([\\`*_\[\]])")
_TAG_RE = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY_RE = re.compile(r"&(?=#|\w+;)")  # numeric references need no ";" to be read as one


def escape_markdown(text: str, line_start: bool = True) -> str:
    """Backslash-escape what would turn plain text into structure (a heading, list, quote,
    emphasis, link, code span or HTML tag); rendered, the text reads exactly as before.
    `line_start=False` for text that follows a marker (a heading's `## `)."""
    text = _INLINE_RE.sub(r"\\\1", text)
    text = _ENTITY_RE.sub("&amp;", text)  # "&lt;" written in the text stays those four characters
    text = _TAG_RE.sub("&lt;", text)  # `<b>` stays text: no tag can start with an entity
    return escape_line_starts(text) if line_start else text


def escape_line_starts(text: str) -> str:
    """Escape only what would make a line a heading, list item or quote (inline escaping done)."""

    def escape_start(m: re.Match) -> str:
        lead, mark = m.group(1), m.group(2)
        return f"{lead}{mark}\\" if mark[0].isdigit() else f"{lead}\\{mark}"

    return "\n".join(_LINE_START_RE.sub(escape_start, line, count=1) for line in text.split("\n"))


# -- web pages --------------------------------------------------------------------------------

_BULLET_RE = re.compile(r"\s*[•·●▪◦]\s*")
_NUMBERED_RE = re.compile(r"\s*(\d+)[.、]\s+")
_CN_SECTION_RE = re.compile(r"[一二三四五六七八九十]+、\s*\S.{0,38}")
_SENTENCE_END = "。！？!?"


def webpage_blocks(lines: list[str], recipe: Recipe | None, name: str) -> list[str]:
    """Markdown blocks of a copied web page: one line is one block; recipe lines become
    headings and code; bullet and numbered runs become lists; the rest is escaped text."""
    h2 = set(recipe.headings_h2) if recipe else set()
    h3 = set(recipe.headings_h3) if recipe else set()
    _require_lines(lines, [*h2, *h3], name)
    lines = list(lines)
    code_at = _locate_code(lines, recipe.code_blocks if recipe else [], name)
    blocks: list[str] = []
    run: list[str] = []  # items of the list being collected; blank lines do not end it

    def flush() -> None:
        if run:
            blocks.append("\n".join(run))
            run.clear()

    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if i in code_at:
            flush()
            i, block = code_at[i]
            blocks.append(block)
            i += 1
            continue
        numbered = _NUMBERED_RE.match(line) if _numbered_neighbour(lines, i) else None
        i += 1
        if not line:
            continue
        if line in h2 or line in h3:
            flush()
            blocks.append(("## " if line in h2 else "### ") + escape_markdown(line, line_start=False))
        elif _BULLET_RE.match(line):
            if run and not run[-1].startswith("- "):
                flush()
            run.append("- " + escape_markdown(_BULLET_RE.sub("", line, count=1)))
        elif numbered:
            if run and run[-1].startswith("- "):
                flush()
            run.append(f"{numbered.group(1)}. " + escape_markdown(line[numbered.end():]))
        else:
            flush()
            if not recipe and _CN_SECTION_RE.fullmatch(line) and line[-1] not in _SENTENCE_END:
                blocks.append("## " + escape_markdown(line, line_start=False))
            else:
                blocks.extend(escape_markdown(p) for p in split_long_paragraph(line, long_line=2000))
    flush()
    return blocks


def _numbered_neighbour(lines: list[str], i: int) -> bool:
    """A numbered line is a list item only next to another one (`1. 方法论` alone is not)."""
    if not _NUMBERED_RE.match(lines[i]):
        return False
    return any(_NUMBERED_RE.match(lines[j]) for j in (i - 1, i + 1) if 0 <= j < len(lines))


def _require_lines(lines: list[str], wanted: Iterable[str], name: str) -> None:
    present = {line.strip() for line in lines}
    missing = [w for w in wanted if w not in present]
    if missing:
        raise ContentError(f"{name}: recipe heading not found as a line: {missing[0]!r}")


def _locate_code(lines: list[str], hints: list[CodeHint], name: str) -> dict[int, tuple[int, str]]:
    """First line index → (last line index, fenced block) for each code hint."""
    found: dict[int, tuple[int, str]] = {}
    for hint in hints:
        start = next((i for i, line in enumerate(lines) if line.strip().startswith(hint.start)), None)
        end = next((i for i in range(start or 0, len(lines)) if hint.end in lines[i]), None) if start is not None else None
        if start is None or end is None:
            raise ContentError(f"{name}: code block {hint.start!r} … {hint.end!r} not found")
        label = start - 1
        while label >= 0 and not lines[label].strip():
            label -= 1
        if hint.label and label >= 0 and lines[label].strip() == hint.label:
            lines[label] = ""
        body = undouble_blank_lines(lines[start:end + 1])
        body = [re.sub(r"^[\xa0 ]+", lambda m: " " * len(m.group()), line) for line in body]
        found[start] = (end, f"```{hint.language}\n" + "\n".join(body) + "\n```")
    return found


def undouble_blank_lines(lines: list[str]) -> list[str]:
    """Web copies put an empty line after every line of a listing; take every other line then."""
    if len(lines) > 2 and all(not line.strip() for line in lines[1::2]):
        return [line.rstrip() for line in lines[0::2]]
    return lines


_OPENERS, _CLOSERS = "“「『", "”」』"


def split_long_paragraph(text: str, target: int = 300, long_line: int = 0, min_tail: int = 60) -> list[str]:
    """Paragraphs of about `target` characters, broken only after a sentence end (。！？!?,
    with any closing quote) outside “…”/「…」 pairs. With `long_line`, shorter texts stay whole."""
    if long_line and len(text) <= long_line:
        return [text]
    parts: list[str] = []
    start, depth = 0, 0
    for i, ch in enumerate(text):
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(0, depth - 1)
        nxt = text[i + 1] if i + 1 < len(text) else ""
        ends = ch in _SENTENCE_END or (ch in _CLOSERS and i and text[i - 1] in _SENTENCE_END)
        if not ends or depth or (nxt and nxt in _SENTENCE_END + _CLOSERS + ")）"):
            continue
        if i + 1 - start >= target and len(text) - (i + 1) >= min_tail:
            parts.append(text[start:i + 1].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return [p for p in parts if p]
