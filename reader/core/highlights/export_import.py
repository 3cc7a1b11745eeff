"""Export and import of highlights: W3C Web Annotation JSON-LD to exchange (Markdown to read is
`markdown_export`), and the whole exports and imports the CLI and the window run.

The JSON is an AnnotationCollection (`@context` http://www.w3.org/ns/anno.jsonld) whose first
page holds one Annotation per highlight:

- `body`: the note (TextualBody, purpose `commenting`), each tag (purpose `tagging`) and the
  colour's name (purpose `classifying`);
- `target`: `source` is `duidu://open?article=ID`; `selector` is a TextQuoteSelector (`exact`,
  `prefix`, `suffix`: the article's own text, in its own script) and a TextPositionSelector
  whose `start`/`end` count characters of the article's *canonical* plain text — canonical()
  (t2s, NFKC, casefold) of its blocks' text joined by a blank line — so the same numbers hold
  whatever script the article is shown in (detached highlights have no position);
- `duidu`: Duidu's own fields (block id, canonical offsets in the block, colour key and name,
  detached, content hash). JSON-LD processors drop this key; Duidu reads it back.

Import takes such a collection, an AnnotationPage, a list of annotations or one annotation.
Annotations without the `duidu` fields are placed by their quote when the article is in the
library, else kept as detached. Everything is checked before anything is written: the file's
size (MAX_IMPORT_BYTES) and nesting (MAX_JSON_DEPTH) before it is parsed, then every number (a
whole number within _MAX_NUMBER) and every string (a lone surrogate, which SQLite cannot store,
becomes U+FFFD and the import says so).

The Markdown export is `markdown_export`'s.
"""

from __future__ import annotations

import json
import os
import re
import stat
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from ..errors import HighlightError, UnknownArticleError
from ..limits import MAX_IMPORT_BYTES, MAX_JSON_DEPTH
from .markdown_export import CONTROL_CHARS, export_markdown, readable_article
from .model import DEFAULT_COLOR, Color, Highlight, normalise_tags, now_iso, open_link, parse_open_link

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
EXTENSION = "duidu"
FORMAT_VERSION = 1
_ID_NAMESPACE = uuid.UUID("6f1d3c2e-2b0a-4c47-9a51-8d1f0e6b7c35")  # ids for annotations that have none
_MAX_NUMBER = 2**31 - 1  # offsets and positions: far above any article's length, far below SQLite's 64 bits
_MAX_COLOR_KEY = 64  # characters of a colour key


# -- JSON-LD export -------------------------------------------------------------------------------

def to_annotation(h: Highlight, color: Color | None) -> dict:
    """One highlight as a W3C Web Annotation."""
    body = []
    if h.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": h.note, "format": "text/plain"})
    body += [{"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in h.tags]
    color_name = color.name if color else h.color
    body.append({"type": "TextualBody", "purpose": "classifying", "value": color_name})
    selectors = [{"type": "TextQuoteSelector", "exact": h.exact, "prefix": h.prefix, "suffix": h.suffix}]
    if not h.detached:
        selectors.append({"type": "TextPositionSelector", "start": h.position, "end": h.position + h.end - h.start})
    return {
        "@context": ANNO_CONTEXT,
        "id": f"urn:uuid:{h.id}",
        "type": "Annotation",
        "motivation": "commenting" if h.note else "highlighting",
        "created": h.created,
        "modified": h.modified,
        "body": body,
        "target": {"source": open_link(h.article_id), "selector": selectors},
        EXTENSION: {"article": h.article_id, "block": h.block_id, "start": h.start, "end": h.end,
                    "color": h.color, "colorName": color_name, "detached": h.detached,
                    "position": h.position, "contentHash": h.content_hash},
    }


def export_json(highlights: Iterable[Highlight], colors: Iterable[Color]) -> str:
    """An AnnotationCollection of the highlights, as JSON-LD text."""
    colors = list(colors)
    by_key = {c.key: c for c in colors}
    items = [to_annotation(h, by_key.get(h.color)) for h in highlights]
    collection = {
        "@context": ANNO_CONTEXT,
        "type": "AnnotationCollection",
        "label": "Duidu highlights",
        "total": len(items),
        EXTENSION: {"version": FORMAT_VERSION,
                    "colors": [{"key": c.key, "name": c.name, "rgb": c.rgb} for c in colors]},
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


# -- JSON-LD import ---------------------------------------------------------------------------------

class ParsedAnnotations(NamedTuple):
    """What a file holds, ready for `HighlightStore.import_highlights(*parsed)`."""

    highlights: list[Highlight]
    color_names: dict[str, str]  # colour key → the name the file gives it
    notes: list[str]  # what was repaired while reading (text that was not valid Unicode)


def parse_annotations(text: str, library=None) -> ParsedAnnotations:
    """Highlights and colour names (key → name) from Web Annotation JSON; raises HighlightError
    naming the first problem, so that nothing is imported from a file with any."""
    data = load_json(text)
    repaired: list[int] = []
    items, color_names = _items(data)
    highlights = []
    for i, item in enumerate(items, 1):
        item, bad = _valid_strings(item)
        if bad:
            repaired.append(i)
        try:
            highlight, color_name = _highlight(item, library)
        except _Invalid as exc:
            raise HighlightError(f"annotation {i}: {exc}") from None
        highlights.append(highlight)
        if color_name:
            color_names.setdefault(highlight.color, color_name)
    color_names, bad = _valid_strings(color_names)
    notes = [f"annotation{'s' if len(repaired) > 1 else ''} {', '.join(map(str, repaired[:10]))}"
             f"{'…' if len(repaired) > 10 else ''}: text that is not valid Unicode (a lone surrogate) "
             "was replaced by U+FFFD"] if repaired else []
    if bad:
        notes.append("a colour name that is not valid Unicode (a lone surrogate) was replaced by U+FFFD")
    return ParsedAnnotations(highlights, color_names, notes)


# JSON strings (their escapes included) and the brackets outside them: to measure nesting before parsing
_JSON_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')
_SURROGATE = re.compile("[\ud800-\udfff]")


def load_json(text: str, max_depth: int = MAX_JSON_DEPTH):
    """json.loads, refusing with a HighlightError what it would crash on: nesting deeper than
    `max_depth` (RecursionError), a number too long to convert (ValueError)."""
    depth = 0
    for match in _JSON_TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > max_depth:
                line = text.count("\n", 0, match.start()) + 1
                raise HighlightError(f"not valid for import: nested deeper than {max_depth} levels (line {line})")
        elif token in "]}":
            depth -= 1
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise HighlightError(f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except (ValueError, RecursionError) as exc:
        raise HighlightError(f"not valid JSON ({exc})") from None


def _valid_strings(value):
    """(value with every lone surrogate in its strings replaced by U+FFFD, whether any was).
    JSON's \\ud800 escapes decode to them, and SQLite cannot store them. Depth is bounded by load_json."""
    if isinstance(value, str):
        fixed = _SURROGATE.sub("\ufffd", value)
        return fixed, fixed != value
    if isinstance(value, list):
        pairs = [_valid_strings(v) for v in value]
        return [v for v, _ in pairs], any(b for _, b in pairs)
    if isinstance(value, dict):
        out, bad = {}, False
        for k, v in value.items():
            (k, kb), (v, vb) = _valid_strings(k), _valid_strings(v)
            out[k] = v
            bad = bad or kb or vb
        return out, bad
    return value, False


class _Invalid(Exception):
    pass


def _types(obj: dict) -> set[str]:
    kind = obj.get("type", obj.get("@type"))
    return set(kind) if isinstance(kind, list) else {kind}


def _items(data) -> tuple[list, dict[str, str]]:
    if isinstance(data, list):
        return data, {}
    if not isinstance(data, dict):
        raise HighlightError("expected a Web Annotation, a list of them or an AnnotationCollection")
    kinds = _types(data)
    if "Annotation" in kinds:
        return [data], {}
    color_names = {}
    ext = data.get(EXTENSION)
    if isinstance(ext, dict) and isinstance(ext.get("colors"), list):
        color_names = {c["key"]: c["name"] for c in ext["colors"]
                       if isinstance(c, dict) and isinstance(c.get("key"), str) and isinstance(c.get("name"), str)}
    page = data.get("first") if "AnnotationCollection" in kinds else data if "AnnotationPage" in kinds else None
    if page is None and "AnnotationCollection" in kinds and data.get("total") == 0:
        return [], color_names
    if not isinstance(page, dict) or not isinstance(page.get("items"), list):
        raise HighlightError("expected a Web Annotation, a list of them or an AnnotationCollection "
                             "with its annotations in `first.items`")
    return page["items"], color_names


def _highlight(item, library) -> tuple[Highlight, str]:
    if not isinstance(item, dict) or "Annotation" not in _types(item):
        raise _Invalid("not an object of type Annotation")
    target = item.get("target")
    if isinstance(target, list) and target:
        target = target[0]
    if not isinstance(target, dict):
        raise _Invalid("no target")
    selectors = target.get("selector", [])
    selectors = selectors if isinstance(selectors, list) else [selectors]
    quote = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"), None)
    if quote is None or not isinstance(quote.get("exact"), str) or not quote["exact"]:
        raise _Invalid("no TextQuoteSelector with an `exact` quote")
    position = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextPositionSelector"), {})
    ext = item.get(EXTENSION) if isinstance(item.get(EXTENSION), dict) else {}
    article_id = ext.get("article") or _article_from_source(target.get("source"))
    if not isinstance(article_id, str) or not article_id:
        raise _Invalid("the target names no article (expected source duidu://open?article=ID)")
    exact, prefix, suffix = quote["exact"], _text(quote, "prefix"), _text(quote, "suffix")
    note, tags, color_name = _bodies(item)
    created = _text(item, "created") or now_iso()
    fields = dict(
        id=_annotation_id(item, article_id, exact, prefix, suffix), article_id=article_id, exact=exact,
        prefix=prefix, suffix=suffix, color=_color_key(ext), note=note, tags=tags,
        created=created, modified=_text(item, "modified") or created,
    )
    if ext.get("block"):
        start, end = _int(ext, "start"), _int(ext, "end")
        if not 0 <= start < end:
            raise _Invalid(f"offsets {start}–{end} are not a range")
        highlight = Highlight(block_id=_text(ext, "block"), start=start, end=end, detached=bool(ext.get("detached")),
                              position=_int(ext, "position") if "position" in ext else _int(position, "start", 0),
                              content_hash=_text(ext, "contentHash"), **fields)
    else:
        highlight = _placed(Highlight(block_id="", start=0, end=len(exact), detached=True,
                                      position=_int(position, "start", 0), **fields), library)
    return highlight, _text(ext, "colorName") or color_name


def _placed(highlight: Highlight, library) -> Highlight:
    """A foreign annotation (no Duidu fields) placed by its quote, or left detached."""
    article = readable_article(library, highlight.article_id)
    if article is None:
        return highlight
    from .anchoring import resolve

    placement = resolve(article, highlight)
    return highlight if placement.detached else highlight.placed_at(placement.anchor)


def _bodies(item: dict) -> tuple[str, tuple[str, ...], str]:
    bodies = item.get("body", [])
    bodies = bodies if isinstance(bodies, list) else [bodies]
    notes, tags, color_name = [], [], ""
    if isinstance(item.get("bodyValue"), str):
        notes.append(item["bodyValue"])
    for body in bodies:
        if isinstance(body, str):
            continue  # an IRI: nothing Duidu can show
        if not isinstance(body, dict) or not isinstance(body.get("value", ""), str):
            raise _Invalid("a body is not a TextualBody")
        value, purpose = body.get("value", ""), body.get("purpose")
        if purpose == "tagging":
            tags.append(value)
        elif purpose == "classifying":
            color_name = color_name or value
        elif value:
            notes.append(value)
    return "\n\n".join(notes), normalise_tags(tags), color_name


def _annotation_id(item: dict, article_id: str, exact: str, prefix: str, suffix: str) -> str:
    raw = item.get("id", item.get("@id"))
    if isinstance(raw, str) and raw:
        return raw[len("urn:uuid:"):] if raw.startswith("urn:uuid:") else raw
    # no id: derive one from what it marks, so importing the same file twice adds it once
    return str(uuid.uuid5(_ID_NAMESPACE, "\0".join((article_id, exact, prefix, suffix))))


def _article_from_source(source) -> str:
    if isinstance(source, dict):
        source = source.get("id", source.get("@id"))
    if not isinstance(source, str):
        return ""
    link = parse_open_link(source)
    return link[0] if link else ""


def _color_key(ext: dict) -> str:
    """The colour key Duidu's fields give (none: the first colour, as for a highlight made without
    one); a key Duidu lacks is kept as it is, for the store to keep or report."""
    key = _text(ext, "color").strip()
    if len(key) > _MAX_COLOR_KEY or CONTROL_CHARS.search(key):
        raise _Invalid(f"`color` is not a colour key (at most {_MAX_COLOR_KEY} characters, no control characters)")
    return key or DEFAULT_COLOR


def _text(obj: dict, key: str) -> str:
    value = obj.get(key, "")
    if not isinstance(value, str):
        raise _Invalid(f"`{key}` must be text")
    return value


def _int(obj: dict, key: str, default: int | None = None) -> int:
    value = obj.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= _MAX_NUMBER:
        raise _Invalid(f"`{key}` must be a whole number from 0 to {_MAX_NUMBER}")
    return value


# -- whole exports and imports: what the CLI and the window both do ----------------------------------

EXPORT_FORMATS = ("md", "json")


def current_highlights(store, library, article_id: str | None = None) -> list[Highlight]:
    """The highlights (of one article, or all), re-anchored first where their article changed."""
    highlights = store.list(article_id=article_id)
    if article_id is not None and not highlights:
        library.get(article_id)  # an unknown id is an error; a known one may have no highlights
    changed = False
    for aid in sorted({h.article_id for h in highlights}):
        try:
            article = library.get(aid)
        except UnknownArticleError:
            continue  # not in this content folder: listed as stored
        if not article.error:
            report = store.reanchor(article)
            changed = changed or bool(report.kept or report.moved or report.fuzzy or report.detached)
    return store.list(article_id=article_id) if changed else highlights


def export_text(store, library, fmt: str, article_id: str | None = None) -> tuple[str, int]:
    """(the export in `fmt` — "md" or "json" —, how many highlights it holds)."""
    highlights = current_highlights(store, library, article_id)
    if fmt == "md":
        return export_markdown(highlights, store.colors(), library), len(highlights)
    return export_json(highlights, store.colors()), len(highlights)


def write_export(path: Path | str, text: str) -> None:
    """Write `text` to `path` whole or not at all (a temporary file, then a rename)."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise HighlightError(f"cannot write {target}: {exc.strerror or exc}") from None


def import_file(store, path: Path | str, library=None):
    """Add the highlights of a JSON-LD export to `store` (one transaction, one undo step);
    returns the ImportReport. Anything wrong with the file → HighlightError, nothing written."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # before opening: a FIFO would block, /dev/zero never end
            raise HighlightError(f"{path}: not a regular file; nothing was imported")
        with open(path, "rb") as f:
            raw = f.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise HighlightError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(raw) > MAX_IMPORT_BYTES:
        raise HighlightError(f"{path}: larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB; nothing was imported")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise HighlightError(f"{path}: not UTF-8 text (byte {exc.start}); nothing was imported") from None
    try:
        parsed = parse_annotations(text, library)
    except HighlightError as exc:
        raise HighlightError(f"{path}: {exc}; nothing was imported") from None
    return store.import_highlights(*parsed)
