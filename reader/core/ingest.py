"""Raw file → clean Markdown article: decode the bytes, drop site debris, restore structure.

The text is the authors': every step here removes whole debris lines or adds Markdown structure
(front matter, headings, paragraph breaks, list markers, quotes, fences, escapes) and never
changes a character of the prose. Per-file knowledge (exact headings, editorial titles) lives
in a `Recipe`, loaded from `content/sources.toml`; without one, `import_text` falls back to
generic rules so the "import your own files" feature can reuse the same pipeline.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import logging
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import yaml

from .errors import ContentError
from .script import detect_script

log = logging.getLogger(__name__)

KINDS = ("hugo", "markdown", "webpage", "transcript")
META_ORDER = ("title", "date", "outlet", "author", "source_url", "script", "language",
              "event_date", "source_file", "description", "tags")
CST = _dt.timezone(_dt.timedelta(hours=8))  # Chinese sites print local (Beijing) time


# -- decoding --------------------------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def decode_bytes(raw: bytes, name: str) -> str:
    """Text of a user's file: BOM first, then UTF-8, GB18030, Big5; ContentError names the file.

    Big5 bytes are nearly always *valid* GB18030, so a GB18030 reading whose Han characters
    are mostly outside GB2312 (the common simplified set) loses to a clean Big5 reading.
    """
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            text = _clean_decode(raw, codec)
            if text is not None:
                return text.lstrip("\ufeff")
            break
    text = _clean_decode(raw, "utf-8")
    if text is not None:
        return text
    gb = _clean_decode(raw, "gb18030")
    if gb is not None and _gb2312_share(gb) >= 0.9:
        return gb
    big5 = _clean_decode(raw, "big5")
    if big5 is not None:
        return big5
    if gb is not None:
        return gb
    raise ContentError(f"{name}: cannot tell the text encoding (tried UTF-8, UTF-16, GB18030 and Big5)")


def _clean_decode(raw: bytes, codec: str) -> str | None:
    try:
        text = raw.decode(codec)
    except (UnicodeDecodeError, UnicodeError):
        return None
    return None if _CONTROL_RE.search(text) else text


def _gb2312_share(text: str) -> float:
    han = _HAN_RE.findall(text)
    if not han:
        return 1.0
    common = 0
    for ch in han:
        try:
            ch.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common / len(han)


# -- recipes -----------------------------------------------------------------------------------

@dataclass
class CodeHint:
    """Where a code listing sits in a web page: first line, last line, fence language."""

    start: str
    end: str
    language: str = ""
    label: str = ""  # a lone line such as "Python" just above the code: the site's caption


@dataclass
class Recipe:
    """What one source file needs beyond the generic rules; values come from sources.toml."""

    source_file: str
    output: str
    kind: str = "webpage"
    meta: dict[str, Any] = field(default_factory=dict)
    headings_h2: list[str] = field(default_factory=list)
    headings_h3: list[str] = field(default_factory=list)
    drop_lines: list[str] = field(default_factory=list)
    code_blocks: list[CodeHint] = field(default_factory=list)
    # transcript only
    interviewee: str = ""
    interviewer: list[str] = field(default_factory=list)
    trailer: list[str] = field(default_factory=list)
    bold_topics: bool = True
    paragraph_chars: int = 300

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ContentError(f"{self.source_file}: unknown kind {self.kind!r} (one of {', '.join(KINDS)})")


def load_recipes(sources_toml: Path) -> list[Recipe]:
    """Every `[[seed]]` of sources.toml, with `[defaults]` merged into each one's metadata."""
    try:
        data = tomllib.loads(Path(sources_toml).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ContentError(f"cannot read {sources_toml}: {exc}") from None
    defaults = data.get("defaults", {})
    recipes = []
    for entry in data.get("seed", []):
        entry = dict(entry)
        entry["meta"] = {**defaults, **entry.get("meta", {})}
        entry["code_blocks"] = [CodeHint(**c) for c in entry.get("code_blocks", [])]
        try:
            recipes.append(Recipe(**entry))
        except TypeError as exc:
            raise ContentError(f"{sources_toml}: bad [[seed]] entry {entry.get('source_file')!r}: {exc}") from None
    return recipes


# -- generic line steps ----------------------------------------------------------------------

def normalise_lines(text: str) -> list[str]:
    """CRLF/CR → LF, trailing spaces and NBSPs stripped (line ends only)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return [line.rstrip(" \t\xa0\u3000") for line in text.split("\n")]


def collapse_blank_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if line.strip() or (out and out[-1].strip()):
            out.append("" if not line.strip() else line)
    while out and not out[-1].strip():
        out.pop()
    return out


@dataclass(frozen=True)
class Chrome:
    """One kind of site debris: a whole-line pattern; `ends_article` drops it and all after."""

    name: str
    pattern: re.Pattern
    ends_article: bool = False


_DATE = r"(?P<date>\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?)"
SITE_CHROME: tuple[Chrome, ...] = (
    Chrome("AITNT header", re.compile(r"AITNT-国内领先的一站式人工智能新闻资讯网站")),
    Chrome("hot searches", re.compile(r"#?\s*热门搜索\s*#?")),
    Chrome("hit counter", re.compile(r"\d+\s*点击\s+" + _DATE)),
    Chrome("byline", re.compile(r"(?P<outlet>[^\s\d]\S{0,15})\s+" + _DATE + r"[\s+\-]*")),
    Chrome("keywords", re.compile(r"关键词\s*[:：].*")),
    Chrome("AITNT resources", re.compile(r"AITNT资源拓展"), ends_article=True),
    Chrome("comments", re.compile(r"[•·*\-]?\s*(?:最新评论|全部评论|热门评论|评论区)"), ends_article=True),
)
_CREDIT_RE = re.compile(r"作者\s*[“\"「]?(?P<author>[^”\"」，,。\s]+)")


def drop_site_chrome(lines: list[str], hints: dict[str, Any] | None = None) -> list[str]:
    """Remove known site headers, counters, bylines, ad and comment blocks; note their facts.

    A hit counter or byline carries the publication date (and a byline the outlet); those go
    into `hints` so the front matter can use them.
    """
    hints = {} if hints is None else hints
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        chrome = next((c for c in SITE_CHROME if c.pattern.fullmatch(stripped)), None)
        if chrome is None:
            out.append(line)
            m = _CREDIT_RE.search(stripped)
            if m and stripped.startswith("文章来自") and "author" not in hints:
                hints["author"] = m.group("author")
            continue
        if chrome.ends_article:
            break
        m = chrome.pattern.fullmatch(stripped)
        if "date" in m.groupdict() and "date" not in hints:
            hints["date"] = _parse_site_date(m.group("date"))
        if "outlet" in m.groupdict() and "outlet" not in hints:
            hints["outlet"] = m.group("outlet")
    return out


def _parse_site_date(text: str) -> _dt.date | _dt.datetime:
    parts = text.split()
    day = _dt.date.fromisoformat("-".join(f"{int(p):02d}" if i else p for i, p in enumerate(parts[0].split("-"))))
    if len(parts) == 1:
        return day
    hour, minute = (int(x) for x in parts[1].split(":"))
    return _dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=CST)


def drop_repeated_title_lines(lines: list[str], title: str) -> list[str]:
    """Drop every line that is only the title (once or several times): captions, page headers."""
    if not title:
        return lines
    pattern = re.compile(rf"(?:{re.escape(title)}\s*)+")
    return [line for line in lines if not pattern.fullmatch(line.strip())]


def drop_exact_lines(lines: list[str], debris: Iterable[str]) -> list[str]:
    debris = {d.strip() for d in debris}
    return [line for line in lines if line.strip() not in debris]


_SHORTCODE_RE = re.compile(r"\{\{[<%]\s*(?P<name>/?[\w.-]+)(?P<args>[^}]*?)\s*[>%]\}\}")
_EMBEDS = {"youtube": ("YouTube", "https://www.youtube.com/watch?v={}"),
           "vimeo": ("Vimeo", "https://vimeo.com/{}")}


def hugo_shortcodes_to_links(text: str) -> str:
    """`{{< youtube ID >}}` → an offline-safe Markdown link; other shortcodes vanish, their
    inner text (for paired ones) stays."""

    def replace(m: re.Match) -> str:
        name = m.group("name")
        args = re.findall(r'(?:\w+=)?"([^"]*)"|(\S+)', m.group("args"))
        values = [a or b for a, b in args]
        values = [v.split("=", 1)[1] if "=" in v and not v.startswith("http") else v for v in values]
        if name in _EMBEDS and values:
            label, url = _EMBEDS[name]
            return f"[{label}：{values[0]}]({url.format(values[0])})"
        log.info("dropping Hugo shortcode %s", m.group(0))
        return ""

    return _SHORTCODE_RE.sub(replace, text)


# -- Markdown tidying ----------------------------------------------------------------------------

_DEAD_LINK_RE = re.compile(r"\[([^\]]*)\]\((?:about:blank|javascript:)[^)]*\)")
_LIST_RE = re.compile(r"\s*(?:[-+*]|\d+[.)])\s+")
_QUOTE_RE = re.compile(r"\s{0,3}>")
_TABLE_RE = re.compile(r"\s*\|")
_HEADING_RE = re.compile(r"#{1,6}\s")


def dead_links_to_text(text: str) -> str:
    """Links to about:blank (export debris from a table of contents) become their text."""
    return _DEAD_LINK_RE.sub(r"\1", text)


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
    if _HEADING_RE.match(line):
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
    if not line_start:
        return text

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


# -- transcripts ---------------------------------------------------------------------------------

_TOPIC_RE = re.compile(r"[(（]關於[^()（）]*[)）]|[(（]关于[^()（）]*[)）]")
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


def split_sections(text: str, headings: list[str], name: str) -> tuple[str, list[tuple[str, str]]]:
    """Intro text and (heading, body) pairs; every heading must occur verbatim, in order."""
    positions = []
    pos = 0
    for heading in headings:
        at = text.find(heading, pos)
        if at < 0:
            raise ContentError(f"{name}: recipe heading not found verbatim (in order): {heading!r}")
        positions.append(at)
        pos = at + len(heading)
    intro = text[:positions[0]] if positions else text
    sections = []
    for k, (heading, at) in enumerate(zip(headings, positions)):
        end = positions[k + 1] if k + 1 < len(positions) else len(text)
        sections.append((heading, text[at + len(heading):end]))
    return intro, sections


def transcript_blocks(text: str, recipe: Recipe, name: str) -> list[str]:
    """One-line Q&A text → headings, questions as quotes, answers as paragraphs that keep the
    speaker's label, topic markers starting (bold) paragraphs, long answers split at sentences."""
    text = " ".join(line.strip() for line in text.split("\n") if line.strip())
    tail: list[str] = []
    for trailer in recipe.trailer:
        if text.rstrip().endswith(trailer):
            text = text.rstrip()[: -len(trailer)]
            tail.append(escape_markdown(trailer))
    intro, sections = split_sections(text, recipe.headings_h2, name)
    blocks = [escape_markdown(p) for p in split_long_paragraph(intro.strip(), recipe.paragraph_chars)]
    labels = [recipe.interviewee, *recipe.interviewer] if recipe.interviewee else list(recipe.interviewer)
    label_re = re.compile("(" + "|".join(re.escape(lb) for lb in labels) + ")") if labels else None
    for heading, body in sections:
        blocks.append("## " + escape_markdown(heading, line_start=False))
        pieces = label_re.split(body) if label_re else [body]
        turns = [("", pieces[0])] + [(pieces[k], pieces[k + 1]) for k in range(1, len(pieces) - 1, 2)]
        for label, said in turns:
            if not said.strip() and not label:
                continue
            if label and label == recipe.interviewee:
                blocks.extend(_answer_paragraphs(label, said, recipe))
            else:
                paras = split_long_paragraph((label + said).strip(), recipe.paragraph_chars)
                blocks.append("\n>\n".join("> " + escape_markdown(p) for p in paras))
    return blocks + tail


def _answer_paragraphs(label: str, said: str, recipe: Recipe) -> list[str]:
    """The first paragraph keeps the label (and a topic marker right after it); each later
    topic marker starts a paragraph of its own."""
    lead = " " if said[:1].isspace() else ""
    said = said.strip()
    pieces: list[tuple[str, str]] = []  # (topic marker or "", the text after it)
    marker, last = "", 0
    for m in _TOPIC_RE.finditer(said):
        if said[last:m.start()].strip() or marker:
            pieces.append((marker, said[last:m.start()]))
        marker, last = m.group(), m.end()
    pieces.append((marker, said[last:]))
    out: list[str] = []
    for k, (marker, rest) in enumerate(pieces):
        mark = escape_markdown(marker)
        if marker and recipe.bold_topics:
            mark = f"**{mark}**"
        paras = [escape_markdown(p) for p in split_long_paragraph(rest.strip(), recipe.paragraph_chars)] or [""]
        paras[0] = (escape_markdown(label) + lead if k == 0 else "") + mark + paras[0]
        out.extend(paras)
    return out


# -- whole files -------------------------------------------------------------------------------

_HUGO_RE = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*(?:\n|\Z)", re.S)


def split_hugo_front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    m = _HUGO_RE.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group(2)) if m.group(1) == "---" else tomllib.loads(m.group(2))
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        raise ContentError(f"{name}: front matter is not valid: {exc}") from None
    if not isinstance(meta, dict):
        raise ContentError(f"{name}: front matter is not a mapping")
    return meta, text[m.end():]


def guess_kind(text: str) -> str:
    if _HUGO_RE.match(text.lstrip("\ufeff").replace("\r\n", "\n")):
        return "hugo"
    lines = text.splitlines()
    marks = sum(1 for line in lines if _HEADING_RE.match(line) or re.match(r"\s*\|\s*-{3}", line))
    return "markdown" if marks >= 2 else "webpage"


def import_text(text: str, recipe: Recipe | None, source_file: str) -> str:
    """The full Markdown file (front matter + body) for one decoded source text."""
    kind = recipe.kind if recipe else guess_kind(text)
    name = source_file
    meta: dict[str, Any] = {}
    hints: dict[str, Any] = {}
    override = dict(recipe.meta) if recipe else {}
    title = str(override.get("title") or "")

    if kind == "hugo":
        hugo, text = split_hugo_front_matter(text.replace("\r\n", "\n"), name)
        for key in ("title", "date", "description", "tags", "source_url"):
            if hugo.get(key) not in (None, "", []):
                meta[key] = hugo[key]
        if hugo.get("source_name"):
            meta["about"] = hugo["source_name"]
        title = title or str(hugo.get("title") or "")
        kind = "markdown"
        text = hugo_shortcodes_to_links(text)

    lines = normalise_lines(text)
    if recipe:
        lines = drop_exact_lines(lines, recipe.drop_lines)

    if kind == "markdown":
        if not title:
            title = next((ln[2:].strip() for ln in lines if ln.startswith("# ")), "")
        if title:
            lines = [ln for ln in lines if ln.strip() != f"# {title}"]
        lines = tidy_quotes(normalise_lines(dead_links_to_text("\n".join(lines))))
        body = "\n".join(collapse_blank_lines(separate_blocks(lines)))
    elif kind == "webpage":
        lines = drop_site_chrome(lines, hints)
        title = title or next((ln.strip() for ln in lines if ln.strip()), "")
        lines = drop_repeated_title_lines(lines, title)
        body = "\n\n".join(webpage_blocks(lines, recipe, name))
    else:  # transcript
        if recipe is None:
            raise ContentError(f"{name}: a transcript needs a recipe with its section headings")
        body = "\n\n".join(transcript_blocks("\n".join(lines), recipe, name))

    if not body.strip():
        raise ContentError(f"{name}: no text left after removing site debris")
    meta.update({k: v for k, v in hints.items() if k not in meta})
    meta.update(override)
    meta["title"] = title or Path(source_file).stem
    script = str(meta.get("script") or detect_script(body))
    if script:
        meta["script"] = script
        meta.setdefault("language", "zh-Hans" if script == "hans" else "zh-Hant")
    meta["source_file"] = source_file
    return front_matter(meta) + "\n" + body.strip("\n") + "\n"


class _FrontMatterDumper(yaml.SafeDumper):
    """Dates as plain ISO 8601 (`2025-12-09T14:39:00+08:00`), which YAML reads back as dates."""


_FrontMatterDumper.add_representer(
    _dt.datetime, lambda d, v: d.represent_scalar("tag:yaml.org,2002:timestamp", v.isoformat()))


def front_matter(meta: dict[str, Any]) -> str:
    """`---` YAML block with the keys in the corpus's order, then any others."""
    ordered = {k: meta[k] for k in META_ORDER if meta.get(k) not in (None, "", [])}
    ordered.update({k: v for k, v in meta.items() if k not in ordered and v not in (None, "", [])})
    dumped = yaml.dump(ordered, Dumper=_FrontMatterDumper, allow_unicode=True, sort_keys=False, width=10**6)
    return f"---\n{dumped}---\n"


def build_bundled(seeds_dir: Path, sources_toml: Path) -> dict[str, str]:
    """Output file name → Markdown text for every recipe; same inputs, same bytes."""
    out: dict[str, str] = {}
    for recipe in load_recipes(sources_toml):
        path = Path(seeds_dir) / recipe.source_file
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ContentError(f"cannot read seed {path}: {exc.strerror or exc}") from None
        text = decode_bytes(raw, recipe.source_file)
        out[f"{recipe.output}.md"] = import_text(text, recipe, recipe.source_file)
    return dict(sorted(out.items()))


def main(argv: list[str]) -> int:
    """`python -m reader.core.ingest SEEDS_DIR OUT_DIR [SOURCES_TOML]`: write the articles."""
    if len(argv) not in (2, 3):
        sys.stderr.write("usage: python -m reader.core.ingest SEEDS_DIR OUT_DIR [SOURCES_TOML]\n")
        return 2
    seeds, out_dir = Path(argv[0]), Path(argv[1])
    if len(argv) == 3:
        sources = Path(argv[2])
    else:
        from .library import default_content_dir

        sources = out_dir / "sources.toml"
        sources = sources if sources.is_file() else default_content_dir() / "sources.toml"
    try:
        files = build_bundled(seeds, sources)
    except ContentError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    out_dir.mkdir(parents=True, exist_ok=True)
    for file_name, text in files.items():
        (out_dir / file_name).write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
