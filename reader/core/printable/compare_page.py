"""The aligned passages of two articles as a printable page: a two-column table, one row per
matched pair in the reading order of the first article, each passage in its pane's script mode."""

from __future__ import annotations

from ..compare.alignment import Alignment
from ..content.article import Article
from ..errors import DuiduError
from ..script.modes import ScriptMode, convert_text
from ..script.rendering import rendered_in_mode
from .markup import esc
from .page import language_of, page


def compare_page(a: Article, b: Article, alignment: Alignment, a_mode: ScriptMode | str = ScriptMode.ORIGINAL,
                 a_vocabulary: bool = False, b_mode: ScriptMode | str = ScriptMode.ORIGINAL,
                 b_vocabulary: bool = False, score_label: str = "score") -> str:
    """The matches of `alignment` (of `a` and `b`) as one HTML document; each side shown in its
    mode (`*_vocabulary`: regional phrases too); `score_label` names the score under each pair."""
    if (a.id, b.id) != (alignment.a_id, alignment.b_id):
        raise DuiduError(f"the alignment is of {alignment.a_id} and {alignment.b_id}, not {a.id} and {b.id}")
    sides = [(a, ScriptMode(a_mode), a_vocabulary), (b, ScriptMode(b_mode), b_vocabulary)]
    texts = [{blk.id: blk.text for blk in rendered_in_mode(art, mode, vocab).blocks} for art, mode, vocab in sides]
    langs = [language_of(mode, art.script) for art, mode, _v in sides]
    titles = [convert_text(art.title, mode, vocab, source=art.script) for art, mode, vocab in sides]
    order_a = {blk.id: i for i, blk in enumerate(a.blocks)}
    order_b = {blk.id: i for i, blk in enumerate(b.blocks)}
    pairs = sorted(alignment.matches, key=lambda p: (order_a.get(p.a_block, 0), order_b.get(p.b_block, 0)))
    head = "".join(f'<th lang="{esc(lang)}">{esc(title)}{_byline(art, mode, vocab)}</th>'
                   for (art, mode, vocab), lang, title in zip(sides, langs, titles))
    rows = []
    for p in pairs:
        left, right = texts[0].get(p.a_block), texts[1].get(p.b_block)
        if left is None or right is None:
            continue
        rows.append(f'<tr><td lang="{esc(langs[0])}">{_cell(left)}</td>'
                    f'<td lang="{esc(langs[1])}">{_cell(right)}'
                    f'<div class="score">{esc(score_label)} {p.score:.2f}</div></td></tr>')
    title = f"{titles[0]} ↔ {titles[1]}"
    body = (f'<h1 class="pairs">{esc(title)}</h1>\n<table class="aligned" width="100%">\n<thead><tr>{head}</tr></thead>\n'
            "<tbody>\n" + "\n".join(rows) + "\n</tbody></table>")
    return page(title, "zh", body)


def _byline(article: Article, mode: ScriptMode, vocabulary: bool) -> str:
    line = " · ".join(x for x in (article.outlet, article.date[:10]) if x)
    return f'<br><span class="score">{esc(convert_text(line, mode, vocabulary, source=article.script))}</span>' \
        if line else ""


def _cell(text: str) -> str:
    """A passage's text in a cell: a table's rows on lines of their own, its cells apart."""
    return esc(text).replace("\t", " · ").replace("\n", "<br>")
