"""What a saved page says about its article: title, date, outlet, author, canonical URL.

Each fact is read from the most deliberate source first (JSON-LD, then Open Graph and article
meta tags, then what the reader sees: the headline element, the byline, the <title>), and
never from a single site's markup.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import Any, Iterator
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

_SPACE_RE = re.compile(r"\s+")
# the separators a <title> puts between headline, section and site name
_TITLE_SEPARATORS_RE = re.compile(r"\s*(?:_|\||｜|\s[-–—·]\s|--|-(?=[A-Za-z0-9.]+\s*$))\s*")
_DATE_RE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})"
                      r"(?!\d)\s*日?")
_BYLINE_MAX = 60  # a visible text this short that holds a date is a byline, a longer one is prose
_DATE_KEYS = ("article:published_time", "og:article:published_time", "og:published_time", "og:time",
              "og:release_date", "datepublished", "pubdate", "publishdate", "publish_date", "publishtime",
              "dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date", "weibo: article:create_at")
_AUTHOR_KEYS = ("author", "article:author", "og:article:author", "dc.creator", "byl")
_SITE_KEYS = ("og:site_name", "application-name", "twitter:site", "apple-mobile-web-app-title")
_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "headline")
_SKIP_TEXT = {"script", "style", "noscript", "template", "pre", "code", "textarea", "option", "select", "a"}


@dataclass
class PageMeta:
    title: str = ""
    date: str = ""
    outlet: str = ""
    author: str = ""
    source_url: str = ""
    title_element: Any = None  # the element showing the headline, where the byline is looked for


def _clean(text: Any) -> str:
    return _SPACE_RE.sub(" ", str(text or "")).strip()


def iso_date(text: str) -> str:
    """The first date in `text` as YYYY-MM-DD (2019-05-17, 2019/5/17, 2019年5月17日), or ""."""
    m = _DATE_RE.search(text or "")
    if not m:
        return ""
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return ""
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _meta_tags(doc) -> dict[str, str]:
    found: dict[str, str] = {}
    for m in doc.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        value = _clean(m.get("content"))
        if key and value and key not in found:
            found[key] = value
    return found


def _json_ld(doc) -> Iterator[dict]:
    for script in doc.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            log.info("ignoring JSON-LD that is not JSON")
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity", "mainEntityOfPage"))


def _ld_name(value: Any) -> str:
    if isinstance(value, list):
        return "、".join(n for n in (_ld_name(v) for v in value) if n)
    if isinstance(value, dict):
        return _clean(value.get("name"))
    return _clean(value) if isinstance(value, str) else ""


def _web_url(url: str) -> str:
    url = (url or "").strip()
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else ""


def read_meta(doc) -> PageMeta:
    """The page's facts, from a parsed document that still has its <head> and scripts."""
    meta = _meta_tags(doc)
    ld = [item for item in _json_ld(doc) if any(k in item for k in ("headline", "datePublished", "publisher"))]
    page = PageMeta()

    ld_title = next((_clean(i.get("headline") or i.get("title")) for i in ld if i.get("headline") or i.get("title")), "")
    title_tag = _clean(doc.findtext(".//title"))
    page.outlet = (meta.get("og:site_name") or next((_ld_name(i.get("publisher")) for i in ld if i.get("publisher")), "")
                   or _site_from_title(title_tag) or next((meta[k] for k in _SITE_KEYS if meta.get(k)), ""))
    page.title, page.title_element = _title(doc, [ld_title, *(meta.get(k, "") for k in _TITLE_KEYS)], title_tag,
                                            page.outlet)

    for item in ld:
        page.date = page.date or iso_date(_clean(item.get("datePublished")))
        page.author = page.author or _ld_name(item.get("author"))
        page.source_url = page.source_url or _web_url(_clean(item.get("url")))
    page.date = page.date or next((iso_date(meta[k]) for k in _DATE_KEYS if iso_date(meta.get(k, ""))), "")
    page.date = page.date or _byline_date(doc, page.title_element)
    page.author = page.author or next((meta[k] for k in _AUTHOR_KEYS if meta.get(k)), "")
    if page.author and page.author in (page.outlet, title_tag) or page.author.startswith(("http:", "https:")):
        page.author = ""
    canonical = next((link.get("href") for link in doc.iter("link")
                      if "canonical" in (link.get("rel") or "").lower().split() and _web_url(link.get("href"))), "")
    page.source_url = _web_url(canonical) or _web_url(meta.get("og:url", "")) or page.source_url
    if not page.date and page.source_url:
        page.date = _url_date(page.source_url)
    return page


def _site_from_title(title_tag: str) -> str:
    parts = [p for p in _TITLE_SEPARATORS_RE.split(title_tag) if p]
    if len(parts) < 2:
        return ""
    return next((p for p in reversed(parts[1:]) if re.search(r"[\u4e00-\u9fff]", p)), parts[-1])


def _visible_texts(doc) -> Iterator[tuple[Any, str]]:
    """(element, its whole text) for elements whose text is short enough to be one line."""
    body = doc.find(".//body")
    for el in (body if body is not None else doc).iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TEXT:
            continue
        yield el, _clean(el.text_content())


def _title(doc, declared: list[str], title_tag: str, outlet: str) -> tuple[str, Any]:
    """The headline: one the page declares (og:title, JSON-LD), the <h1> that agrees with the
    <title>, a visible text the <title> starts with, or the <title> minus section and site."""
    headings = [(h, _clean(h.text_content())) for tag in ("h1", "h2") for h in doc.iter(tag)]
    for text in declared:
        text = _strip_site(text, outlet)
        if text:
            element = next((h for h, t in headings if t == text), None)
            return text, element if element is not None else _find_visible(doc, text)
    for h, text in headings:
        if text and len(text) >= 4 and title_tag.startswith(text):
            return text, h
    if title_tag:
        best: tuple[str, Any] = ("", None)
        for el, text in _visible_texts(doc):
            if len(text) >= max(6, len(best[0]) + 1) and title_tag.startswith(text) and len(text) >= len(title_tag) / 3:
                best = (text, el)
        if best[0]:
            return best
        head = _TITLE_SEPARATORS_RE.split(title_tag)[0].strip()
        return head or title_tag, _find_visible(doc, head)
    h1 = [(h, t) for h, t in headings if h.tag == "h1" and t]
    if len(h1) == 1:
        return h1[0][1], h1[0][0]
    return "", None


def _strip_site(text: str, outlet: str) -> str:
    parts = [p for p in _TITLE_SEPARATORS_RE.split(_clean(text)) if p]
    if len(parts) > 1 and (outlet and outlet in parts[1:] or len(parts[0]) >= 8):
        return parts[0]
    return _clean(text)


def _find_visible(doc, text: str):
    return next((el for el, t in _visible_texts(doc) if t == text), None) if text else None


def _byline_date(doc, title_element) -> str:
    """The first date in a short visible text after the headline (or anywhere, without one)."""
    started = title_element is None
    for el, text in _visible_texts(doc):
        if el is title_element:
            started = True
            continue
        if started and len(text) <= _BYLINE_MAX and not any(c.tag in _SKIP_TEXT for c in el.iterancestors()):
            date = iso_date(text)
            if date:
                return date
    return ""


def _url_date(url: str) -> str:
    m = re.search(r"/((?:19|20)\d{2})[-/]?(\d{2})[-/]?(\d{2})/", urlsplit(url).path)
    return iso_date(f"{m.group(1)}-{m.group(2)}-{m.group(3)}") if m else ""
