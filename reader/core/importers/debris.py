"""Site debris: whole lines a copied page carries that are not the article (headers, counters,
bylines, comment threads, repeated titles), Hugo shortcodes and dead links; never the prose."""

from __future__ import annotations

import datetime as _dt
import logging
import re
from dataclasses import dataclass
from typing import Any, Iterable

log = logging.getLogger(__name__)

CST = _dt.timezone(_dt.timedelta(hours=8))  # Chinese sites print local (Beijing) time

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
# debris many Chinese sites share; a recipe adds its own site's (`Recipe.chrome`)
SITE_CHROME: tuple[Chrome, ...] = (
    Chrome("hot searches", re.compile(r"#?\s*热门搜索\s*#?")),
    Chrome("hit counter", re.compile(r"\d+\s*点击\s+" + _DATE)),
    Chrome("byline", re.compile(r"(?P<outlet>[^\s\d]\S{0,15})\s+" + _DATE + r"[\s+\-]*")),
    Chrome("keywords", re.compile(r"关键词\s*[:：].*")),
    Chrome("comments", re.compile(r"[•·*\-]?\s*(?:最新评论|全部评论|热门评论|评论区)"), ends_article=True),
)
_CREDIT_RE = re.compile(r"作者\s*[“\"「]?(?P<author>[^”\"」，,。\s]+)")


def drop_site_chrome(lines: list[str], hints: dict[str, Any] | None = None,
                     chrome: Iterable[Chrome] = ()) -> list[str]:
    """Remove known site headers, counters, bylines, ad and comment blocks; note their facts.

    A hit counter or byline carries the publication date (and a byline the outlet); those go
    into `hints` so the front matter can use them. `chrome`: a recipe's own, tried first.
    """
    hints = {} if hints is None else hints
    kinds = (*chrome, *SITE_CHROME)
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        found = next((c for c in kinds if c.pattern.fullmatch(stripped)), None)
        if found is None:
            out.append(line)
            m = _CREDIT_RE.search(stripped)
            if m and stripped.startswith("文章来自") and "author" not in hints:
                hints["author"] = m.group("author")
            continue
        if found.ends_article:
            break
        m = found.pattern.fullmatch(stripped)
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


_DEAD_LINK_RE = re.compile(r"\[([^\]]*)\]\((?:about:blank|javascript:)[^)]*\)")


def dead_links_to_text(text: str) -> str:
    """Links to about:blank (export debris from a table of contents) become their text."""
    return _DEAD_LINK_RE.sub(r"\1", text)
