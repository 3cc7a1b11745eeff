"""An article as a printable page: title, outlet and date, the body in the script mode a pane
shows, the user's highlights over the words they cover and their notes as numbered footnotes.

The body is the same rendering a pane shows (`rendered_in_mode`), so the page says what the
screen says; a highlight is placed again (`resolve`) and carried into the converted text
(`shown_span`) as the pane does, so it marks the same words in every script.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..content.article import Article
from ..content.images import read_image
from ..highlights.anchoring import resolve, shown_span
from ..highlights.model import DEFAULT_COLORS, FOREIGN_COLOR_RGB, Highlight
from ..script.modes import ScriptMode, convert_text
from ..script.rendering import rendered_in_mode
from .markup import COLOR_RE, Mark, esc, image_data_uri, rewrite
from .page import language_of, page


@dataclass(frozen=True)
class Footnote:
    number: int
    quote: str  # the highlighted words as shown
    note: str


def article_page(article: Article, mode: ScriptMode | str = ScriptMode.ORIGINAL, vocabulary: bool = False,
                 highlights: Iterable[Highlight] = (), colors: dict[str, str] | None = None,
                 notes_heading: str = "Notes") -> str:
    """`article` as one HTML document shown in `mode` (`vocabulary`: regional phrases too, as the
    pane's effective vocabulary), with `highlights` of it marked in `colors` (colour key →
    "#rrggbb"; the default palette when None) and their notes under `notes_heading`."""
    mode = ScriptMode(mode)
    shown = rendered_in_mode(article, mode, vocabulary)
    texts = {b.id: b.text for b in shown.blocks}
    marks, footnotes = _marks(article, texts, highlights, colors)
    body = rewrite(shown.html, texts, marks, lambda src: image_data_uri(read_image(article.path, src)))
    title = convert_text(article.title, mode, vocabulary, source=article.script)
    byline = convert_text(" · ".join(x for x in (article.outlet, article.date[:10]) if x), mode, vocabulary,
                          source=article.script)
    first = shown.blocks[0] if shown.blocks else None
    # a body that opens with its own title as a heading needs no second one (as in the pane)
    has_title = first is not None and first.kind == "heading" and first.text.strip() == title.strip()
    head = "" if has_title else f'<h1 class="title">{esc(title)}</h1>\n'
    if byline:
        head += f'<p class="byline">{esc(byline)}</p>\n'
    return page(title, language_of(mode, article.script), head + body + _notes(footnotes, notes_heading))


def _marks(article: Article, texts: dict[str, str], highlights: Iterable[Highlight],
           colors: dict[str, str] | None) -> tuple[dict[str, list[Mark]], list[Footnote]]:
    """Each highlight's place in the text as shown, in reading order, numbering those with a note."""
    palette = {c.key: c.rgb for c in DEFAULT_COLORS} if colors is None else dict(colors)
    original = {b.id: b.text for b in article.blocks}
    order = {b.id: i for i, b in enumerate(article.blocks)}
    placed = []
    for h in highlights:
        if h.article_id != article.id or h.detached:
            continue
        placement = resolve(article, h)
        if placement.detached or placement.anchor.block_id not in texts:
            continue
        a = placement.anchor
        shown_text = texts[a.block_id]
        as_shown = None if shown_text == original[a.block_id] else shown_text
        try:
            start, end = shown_span(original[a.block_id], a.start, a.end, as_shown)
        except (ValueError, IndexError):
            continue
        if end > start:
            placed.append((order[a.block_id], start, end, a.block_id, h))
    marks: dict[str, list[Mark]] = {}
    footnotes: list[Footnote] = []
    for _i, start, end, block_id, h in sorted(placed, key=lambda p: p[:3]):
        number = 0
        if h.note.strip():
            number = len(footnotes) + 1
            footnotes.append(Footnote(number, texts[block_id][start:end], h.note.strip()))
        color = palette.get(h.color, FOREIGN_COLOR_RGB)
        marks.setdefault(block_id, []).append(Mark(start, end, color if COLOR_RE.fullmatch(color) else
                                                   FOREIGN_COLOR_RGB, number))
    return marks, footnotes


def _notes(footnotes: list[Footnote], heading: str) -> str:
    if not footnotes:
        return ""
    items = "\n".join(f'<li id="note-{f.number}"><span class="quote">「{esc(f.quote)}」</span> '
                      f'{esc(f.note).replace(chr(10), "<br>")}</li>'
                      for f in footnotes)
    return f'\n<div class="notes"><hr>\n<h2>{esc(heading)}</h2>\n<ol>\n{items}\n</ol></div>'
