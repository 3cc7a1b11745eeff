"""`align A B` and `coverage REFERENCE [ARTICLE…]`: passage comparison from the command line.

Wired into `commands.py` as `highlights` is: `add_compare_parsers` adds the sub-commands and
`cmd_align` / `cmd_coverage` run them. Pins the user made in the window count here too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..core.content.library import Library
from ..core.content.paths import open_library
from ..core.errors import CompareError, ContentError, DuiduError, QueryError
from .output import write_json

if TYPE_CHECKING:
    from ..core.content.paths import AppPaths

EXPORT_CHOICES = ("md", "html", "csv")  # reader.core.compare.export.EXPORT_FORMATS, without importing it at start


def add_compare_parsers(sub, global_options) -> None:
    p = sub.add_parser("align", help="pair the passages of two articles that say the same thing, best first")
    global_options(p, True)
    p.add_argument("a", metavar="A", help="article id (see `list`)")
    p.add_argument("b", metavar="B", help="another article id")
    p.add_argument("--json", action="store_true",
                   help="a JSON array of {a_block, b_block, score, a_text, b_text}")
    p.add_argument("--min-score", type=float, metavar="S",
                   help="every kept pair scoring at least S (0–1); default: the matches (score ≥ the threshold)")
    p.add_argument("--limit", type=int, metavar="N", help="at most N pairs")
    p.add_argument("--format", choices=EXPORT_CHOICES, help="export the pairs as Markdown, HTML or CSV")
    p.add_argument("--output", metavar="FILE", help="with --format: write to FILE instead of standard output")

    p = sub.add_parser("coverage", help="how much of a reference article other articles retell")
    global_options(p, True)
    p.add_argument("reference", metavar="REFERENCE", help="the reference article's id")
    p.add_argument("articles", nargs="*", metavar="ARTICLE", help="articles to measure (default: every other one)")
    p.add_argument("--json", action="store_true",
                   help="a JSON array of {article, reference, share, covered, uncovered}")


def _readable(library: Library, article_id: str):
    article = library.get(article_id)
    if article.error:
        raise ContentError(f"{library.relative_path(article)}: {article.error}")
    return article


def _pins(paths: AppPaths, a, b, err) -> list[tuple[str, str]]:
    from ..core.compare.pins import PinStore

    store = PinStore(paths.data_dir)
    if store.recovery_message:
        err.write(f"duidu: {store.recovery_message}\n")
    return store.valid_pins(a, b) if store.pins(a.id, b.id) else []


def cmd_align(args, paths: AppPaths, out, err) -> int:
    from ..core.compare import align, export_pairs

    if args.a == args.b:
        raise CompareError(f"cannot align {args.a!r} with itself: give two different article ids")
    if args.limit is not None and args.limit < 1:
        raise QueryError("--limit must be at least 1")
    if args.min_score is not None and not 0.0 <= args.min_score <= 1.0:
        raise QueryError("--min-score must be between 0 and 1")
    if args.output and not args.format:
        raise QueryError("--output needs --format md, html or csv")
    if args.format and args.json:
        raise QueryError("choose either --json or --format")
    library = open_library(paths)
    a, b = _readable(library, args.a), _readable(library, args.b)
    alignment = align(a, b, _pins(paths, a, b, err))
    pairs = alignment.matches if args.min_score is None else [p for p in alignment.pairs if p.score >= args.min_score]
    if args.limit is not None:
        pairs = pairs[:args.limit]
    if args.format:
        text = export_pairs(alignment, a, b, args.format, pairs)
        if args.output:
            try:
                Path(args.output).write_text(text, encoding="utf-8")
            except OSError as exc:
                raise DuiduError(f"cannot write {args.output}: {exc.strerror or exc}") from None
        else:
            out.write(text)
        return 0
    records = [{"a_block": p.a_block, "b_block": p.b_block, "score": p.score,
                "a_text": a.block(p.a_block).text, "b_text": b.block(p.b_block).text} for p in pairs]
    if args.json:
        return write_json(out, records)
    if not records:
        out.write("no matching passages\n")
    for r in records:
        out.write(f"{r['score']:.3f}\t{r['a_block']}\t{r['b_block']}\t{_short(r['a_text'])}\t{_short(r['b_text'])}\n")
    return 0


def cmd_coverage(args, paths: AppPaths, out, err) -> int:
    from ..core.compare import coverage

    library = open_library(paths)
    reference = _readable(library, args.reference)
    ids = args.articles or [x.id for x in library.readable if x.id != reference.id]
    seen = {reference.id}
    for article_id in ids:
        if article_id in seen:
            raise CompareError(f"article {article_id!r} is given twice (the reference and each article once)")
        seen.add(article_id)
    others = [_readable(library, x) for x in ids]
    results = [coverage(reference, other) for other in others]
    if args.json:
        return write_json(out, [{"article": c.other_id, "reference": c.reference_id, "share": round(c.share, 4),
                                 "covered": list(c.covered), "uncovered": list(c.uncovered)} for c in results])
    for c in results:
        total = len(c.covered) + len(c.uncovered)
        out.write(f"{c.other_id}\t{c.share:.0%}\t{len(c.covered)}/{total} passages of {c.reference_id}\n")
    return 0


def _short(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"
