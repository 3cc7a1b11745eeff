"""`highlights list | add | export | import`: highlights from the command line.

Kept apart from `cli.py`, which wires it in: `add_highlights_parser` adds the sub-commands and
`cmd_highlights` runs them. Highlights of changed articles are re-anchored before they are
listed or exported, so what is printed is where they are now.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.content.article import visible_controls
from ..core.content.paths import open_library
from ..core.errors import ContentError, HighlightStoreError
from .output import write_json

if TYPE_CHECKING:  # the store and the exporters load when the command runs, not at start-up
    from ..core.content.paths import AppPaths
    from ..core.highlights.model import Color, Highlight
    from ..core.highlights.store import HighlightStore


def add_highlights_parser(sub, global_options) -> None:
    """Add `highlights` and its actions to the command parser (`global_options(parser, suppress)`
    adds --content-dir/--data-dir, so they may come after any word)."""
    from ..core.highlights.export_import import EXPORT_FORMATS

    p = sub.add_parser("highlights", help="list, add, export or import highlights")
    global_options(p, True)
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p), required=True)

    a = actions.add_parser("list", help="list highlights, by article and place")
    global_options(a, True)
    a.add_argument("--json", action="store_true", help="the highlights as a JSON array")
    a.add_argument("--article", metavar="ID", help="only this article's highlights")

    a = actions.add_parser("add", help="highlight a quote (typed in either script) in an article")
    global_options(a, True)
    a.add_argument("id", help="article id (see `list`)")
    a.add_argument("--quote", required=True, metavar="TEXT", help="the words to highlight, within one passage")
    a.add_argument("--color", metavar="C", help="colour key, name or number 1–5 (default: the first)")
    a.add_argument("--note", default="", metavar="N", help="a note")
    a.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeat for more)")

    a = actions.add_parser("export", help="export highlights as Markdown or W3C Web Annotation JSON-LD")
    global_options(a, True)
    a.add_argument("--format", required=True, choices=EXPORT_FORMATS, help="md: to read; json: to import again")
    a.add_argument("--article", metavar="ID", help="only this article's highlights")
    a.add_argument("--output", metavar="FILE", help="write to FILE instead of standard output")

    a = actions.add_parser("import", help="import Web Annotation JSON (as exported); nothing is added twice")
    global_options(a, True)
    a.add_argument("file", metavar="FILE", help="the JSON file")


def highlight_record(h: Highlight, colors: dict[str, Color]) -> dict:
    """The public JSON record of one highlight (`highlights list --json`)."""
    color = colors.get(h.color)
    return {"id": h.id, "article": h.article_id, "block": h.block_id, "start": h.start, "end": h.end,
            "quote": h.exact, "prefix": h.prefix, "suffix": h.suffix, "color": h.color,
            "color_name": color.name if color else h.color, "note": h.note, "tags": list(h.tags),
            "created": h.created, "modified": h.modified, "detached": h.detached, "link": h.link}


def cmd_highlights(args, paths: AppPaths, out, err) -> int:
    from ..core.highlights.store import HighlightStore

    store = HighlightStore(paths.data_dir)
    try:
        if store.recovered_from is not None:
            raise HighlightStoreError(f"{store.recovery_message}; nothing else was done — run the command again")
        if store.recovery_message:  # repaired in place (a missing colour put back): say so, and go on
            err.write(f"duidu: note: {store.recovery_message}\n")
        return _ACTIONS[args.action](args, paths, store, out, err)
    finally:
        store.close()


def _list(args, paths: AppPaths, store: HighlightStore, out, err) -> int:
    from ..core.highlights.export_import import current_highlights

    library = open_library(paths)
    highlights = current_highlights(store, library, args.article)
    colors = {c.key: c for c in store.colors()}
    if args.json:
        return write_json(out, [highlight_record(h, colors) for h in highlights])
    for h in highlights:
        color = colors.get(h.color)
        fields = [h.id, h.article_id, "detached" if h.detached else h.block_id, color.name if color else h.color,
                  h.exact, h.note, ", ".join(h.tags)]
        out.write("\t".join(visible_controls(f.replace("\t", " ").replace("\n", " ⏎ ")) for f in fields) + "\n")
    return 0


def _add(args, paths: AppPaths, store: HighlightStore, out, err) -> int:
    from ..core.highlights.anchoring import anchor_quote
    from ..core.highlights.model import Highlight

    color = store.color_key(args.color) if args.color is not None else store.colors()[0].key
    library = open_library(paths)
    article = library.get(args.id)
    if article.error:
        raise ContentError(f"{library.relative_path(article)}: {article.error}")
    anchor = anchor_quote(article, args.quote)
    h = store.add(Highlight.new(article.id, anchor, color=color, note=args.note, tags=args.tag))
    if anchor.matches > 1:
        err.write(f"duidu: note: the quote occurs {anchor.matches} times in {article.id}; the first one was highlighted\n")
    out.write(f"{h.id}\t{h.block_id}\t{h.exact}\n")
    return 0


def _export(args, paths: AppPaths, store: HighlightStore, out, err) -> int:
    from ..core.highlights.export_import import export_text, write_export

    text, count = export_text(store, open_library(paths), args.format, args.article)
    if not args.output:
        out.write(text)
        return 0
    write_export(args.output, text)
    out.write(f"exported {count} highlights to {args.output}\n")
    return 0


def _import(args, paths: AppPaths, store: HighlightStore, out, err) -> int:
    from ..core.highlights.export_import import import_file

    try:
        library = open_library(paths)
    except ContentError:
        library = None  # annotations with Duidu's fields need no library; others stay detached
    report = import_file(store, args.file, library)
    counts = [f"{report.skipped} already present"]
    counts += [f"{report.merged} merged into highlights already here"] if report.merged else []
    counts += [f"{report.refused} skipped"] if report.refused else []
    out.write(f"imported {report.added} highlights ({', '.join(counts)})\n")
    for note in report.notes:
        err.write(f"duidu: note: {note}\n")
    return 0


_ACTIONS = {"list": _list, "add": _add, "export": _export, "import": _import}
