"""A saved web page (its bytes) → the article in it, as Markdown with its title, date and outlet.

The steps, each a function here: decode (`decoding.decode_page`: the declared charset is only a
hint), parse with lxml, drop what a reader never sees (scripts, hidden elements, forms' controls),
read the facts (`page_meta`), let readability-lxml pick the article's node, sanitise that HTML with
nh3 to the tags Markdown can say, walk it into Markdown blocks (`html_markdown`), then drop the
debris blocks that survive inside an article node (`web_debris`, built on the bundled corpus's
rules in `debris`). Nothing is fetched: images become their alt text, links stay text and URLs.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import nh3
from lxml import etree
from lxml import html as lxml_html

from ..errors import ContentError
from .decoding import decode_page
from .html_markdown import html_to_markdown, is_data_table
from .page_meta import PageMeta, read_meta
from .web_debris import drop_web_debris, has_article_text

log = logging.getLogger(__name__)

# what a reader never sees, dropped before anything reads the page
_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
                   "applet", "svg", "math", "canvas", "audio", "video", "source", "track", "map", "input",
                   "button", "select", "textarea", "option", "datalist", "dialog")
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
# the tags Markdown can say (and block tags whose boundaries matter); nh3 keeps only these
_ALLOWED_TAGS = {"p", "div", "section", "article", "main", "figure", "figcaption", "center", "address",
                 "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
                 "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "hr", "br",
                 "a", "span", "strong", "b", "em", "i", "u", "code", "sub", "sup", "small", "font", "img",
                 "q", "cite", "mark", "del", "s", "ins", "time", "kbd", "var", "abbr", "tt", "big"}
_ALLOWED_ATTRIBUTES = {"a": {"href"}, "img": {"alt"}, "ol": {"start"}, "td": {"colspan"}, "th": {"colspan"}}
MAX_LINK_SHARE = 0.5  # an "article" whose text is mostly link text is a list of links


@dataclass
class ExtractedPage:
    """The article a page holds. `date` is ISO (YYYY-MM-DD) or ""; `warnings` say what a
    reader may want to check (a wrong charset label, replaced bytes, a guessed title)."""

    title: str
    markdown: str
    date: str = ""
    outlet: str = ""
    author: str = ""
    source_url: str = ""
    encoding: str = ""
    warnings: list[str] = field(default_factory=list)


def extract_page(raw: bytes, name: str = "") -> ExtractedPage:
    """The article in a saved page; ContentError (naming `name`) when the bytes are empty, binary,
    not HTML, or a page with no article in it (a list of links, a login form)."""
    name = name or "page"
    if not raw.strip():
        raise ContentError(f"{name}: the file is empty")
    decoded = decode_page(raw, name)
    warnings = list(decoded.warnings)
    doc = parse_page(decoded.text, name)
    drop_invisible(doc)
    meta = read_meta(doc)
    for script in list(doc.iter("script")):  # JSON-LD, kept for read_meta
        _drop(script)
    article_html = main_text(doc)
    if link_share(article_html) > MAX_LINK_SHARE:
        raise ContentError(f"{name}: no article in this page (its main text is a list of links)")
    blocks = html_to_markdown(sanitise(article_html), meta.source_url)
    blocks = drop_web_debris(blocks, meta)
    if not has_article_text(blocks):
        raise ContentError(f"{name}: no article in this page (no paragraphs of text found)")
    if not meta.title:
        warnings.append("the page names no title")
    return ExtractedPage(title=meta.title, markdown="\n\n".join(blocks) + "\n", date=meta.date, outlet=meta.outlet,
                         author=meta.author, source_url=meta.source_url, encoding=decoded.encoding,
                         warnings=warnings)


def parse_page(text: str, name: str):
    """The lxml document of a page's text; ContentError for text with no HTML in it."""
    text = _XML_DECLARATION_RE.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", ""), count=1)
    if not re.search(r"<(?:html|head|body|p|div|article|h1|title|table|br)\b", text[:200000], re.IGNORECASE):
        raise ContentError(f"{name}: not a web page (no HTML markup in it)")
    try:
        doc = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ContentError(f"{name}: cannot read this page's HTML ({exc})") from exc
    for node in list(doc.iter(etree.Comment, etree.ProcessingInstruction)):
        _drop(node)
    return doc


def _drop(el) -> None:
    """Remove an element but keep the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def drop_invisible(doc) -> None:
    """Drop what a browser would not show: scripts (but JSON-LD, read later), frames, form
    controls, and elements hidden by `hidden`, `aria-hidden` or an inline display:none."""
    doomed = []
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "script" and "ld+json" in (el.get("type") or "").lower():
            continue
        if (el.tag in _INVISIBLE_TAGS or el.get("hidden") is not None or el.get("aria-hidden") == "true"
                or _HIDDEN_STYLE_RE.search(el.get("style") or "")):
            doomed.append(el)
    for el in doomed:
        if el.tag not in ("html", "body", "head") and el.getparent() is not None:
            _drop(el)


def main_text(doc) -> str:
    """The article node's HTML, as readability-lxml picks it, with its lists and data tables:
    readability's clean-up drops a list or table with few commas, so those that are prose (not
    mostly links: a related list is) go through under a name it does not know."""
    from readability import Document  # a page import needs it, opening an article does not
    from readability.readability import Unparseable

    for el in doc.iter("ul", "ol", "dl", "table"):
        if _is_content_list(el) if el.tag != "table" else is_data_table(el):
            el.tag = _PROTECTED + el.tag
    html = lxml_html.tostring(doc, encoding="unicode")
    try:
        summary = Document(html).summary(html_partial=True)
    except Unparseable as exc:
        log.info("readability found no article: %s", exc)
        summary = ""
    return _PROTECTED_RE.sub(r"\1", summary)


_PROTECTED = "duidu-kept-"
_PROTECTED_RE = re.compile(_PROTECTED + r"(ul|ol|dl|table)\b")


def _is_content_list(el) -> bool:
    text = re.sub(r"\s+", "", el.text_content())
    linked = sum(len(re.sub(r"\s+", "", a.text_content())) for a in el.iter("a"))
    return bool(text) and linked <= 0.3 * len(text) and not any(c.tag in ("table", "div") for c in el.iter())


def sanitise(fragment: str) -> str:
    """Only tags Markdown can say; no attributes but links, alt texts and list starts; links only
    to http(s) and mailto (a `javascript:` href is dropped, its text stays)."""
    return nh3.clean(fragment, tags=_ALLOWED_TAGS, attributes=_ALLOWED_ATTRIBUTES,
                     url_schemes={"http", "https", "mailto"}, link_rel=None, strip_comments=True,
                     clean_content_tags={"script", "style", "iframe", "object", "embed", "noscript", "template"})


def link_share(fragment: str) -> float:
    """The share of the fragment's text that is link text."""
    if not fragment.strip():
        return 0.0
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    total = len(re.sub(r"\s+", "", root.text_content()))
    linked = sum(len(re.sub(r"\s+", "", a.text_content())) for a in root.iter("a"))
    return linked / total if total else 0.0


__all__ = ["ExtractedPage", "PageMeta", "extract_page"]
