"""The aligned pairs of two articles as Markdown, HTML or CSV, with duidu:// links back to both passages."""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Sequence

from ..errors import DuiduError
from ..highlights.model import open_link
from .alignment import Alignment, Pair

EXPORT_FORMATS = ("md", "html", "csv")
CSV_FIELDS = ("a_block", "b_block", "score", "a_text", "b_text", "a_link", "b_link")


def export_pairs(alignment: Alignment, a, b, fmt: str, pairs: Sequence[Pair] | None = None) -> str:
    """`pairs` (default: the alignment's matches, best first) of articles `a` and `b` in `fmt`:
    "md", "html" or "csv". Each row: both block ids, both texts as written, the score, two links."""
    if fmt not in EXPORT_FORMATS:
        raise DuiduError(f"unknown export format {fmt!r} (choose {', '.join(EXPORT_FORMATS)})")
    if (a.id, b.id) != (alignment.a_id, alignment.b_id):
        raise DuiduError(f"the alignment is of {alignment.a_id} and {alignment.b_id}, not {a.id} and {b.id}")
    rows = [_row(p, a, b) for p in (alignment.matches if pairs is None else pairs)]
    return {"md": _markdown, "html": _html, "csv": _csv}[fmt](rows, a, b)


def _row(p: Pair, a, b) -> dict:
    block_a, block_b = a.block(p.a_block), b.block(p.b_block)
    return {"a_block": p.a_block, "b_block": p.b_block, "score": f"{p.score:.3f}",
            "a_text": block_a.text if block_a else "", "b_text": block_b.text if block_b else "",
            "a_link": open_link(a.id, p.a_block), "b_link": open_link(b.id, p.b_block)}


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>")


def _markdown(rows: list[dict], a, b) -> str:
    out = [f"# {_md_cell(a.title)} ↔ {_md_cell(b.title)}", "",
           f"{len(rows)} aligned passage pairs, best first.", "",
           f"| {_md_cell(a.title)} | {_md_cell(b.title)} | score |", "| --- | --- | ---: |"]
    for r in rows:
        out.append(f"| {_md_cell(r['a_text'])} ([{r['a_block']}]({r['a_link']})) | "
                   f"{_md_cell(r['b_text'])} ([{r['b_block']}]({r['b_link']})) | {r['score']} |")
    return "\n".join(out) + "\n"


def _html(rows: list[dict], a, b) -> str:
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="zh"><head><meta charset="utf-8">',
           f"<title>{e(a.title)} ↔ {e(b.title)}</title></head><body>",
           f"<h1>{e(a.title)} ↔ {e(b.title)}</h1>",
           f"<table><thead><tr><th>{e(a.title)}</th><th>{e(b.title)}</th><th>score</th></tr></thead><tbody>"]
    for r in rows:
        out.append(f'<tr><td lang="{e(a.language)}">{e(r["a_text"])} <a href="{e(r["a_link"])}">{e(r["a_block"])}</a></td>'
                   f'<td lang="{e(b.language)}">{e(r["b_text"])} <a href="{e(r["b_link"])}">{e(r["b_block"])}</a></td>'
                   f"<td>{r['score']}</td></tr>")
    out.append("</tbody></table></body></html>")
    return "\n".join(out) + "\n"


def _csv(rows: list[dict], a, b) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()
