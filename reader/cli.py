"""Command line: `python main.py COMMAND …` works headless; no command starts the window.

The commands and the JSON fields they print are a public interface: scripts rely on them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from . import APP_NAME, __version__
from .core.errors import DuiduError
from .core.library import Library
from .core.paths import AppPaths, resolve_paths

class _Parser(argparse.ArgumentParser):
    """An argparse parser whose errors are one line, not a usage dump."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse API
        raise _UsageError(message)


class _UsageError(Exception):
    pass


def _global_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--content-dir", metavar="DIR", default=default,
                        help="folder of Markdown articles (default: the bundled ones; env DUIDU_CONTENT_DIR)")
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help="folder for user data, cache and settings (env DUIDU_DATA_DIR)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="duidu", description="Duidu 对读 — read Chinese articles side by side.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _global_options(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("list", help="list the articles of the library")
    _global_options(p, suppress=True)
    p.add_argument("--json", action="store_true", help="one JSON object per article, as a JSON array")

    p = sub.add_parser("show", help="print an article as plain text")
    _global_options(p, suppress=True)
    p.add_argument("id", help="article id (see `list`)")
    p.add_argument("--blocks", action="store_true", help="one `block-id<TAB>text` line per block")
    return parser


def article_record(library: Library, article) -> dict:
    """The public JSON record of one article (`list --json`)."""
    record = {
        "id": article.id,
        "title": article.title,
        "date": article.date,
        "outlet": article.outlet,
        "script": article.script,
        "source_file": article.source_file,
        "path": library.relative_path(article),
        "chars": 0 if article.error else article.chars,
    }
    if article.error:
        record["error"] = article.error
    return record


def cmd_list(args, paths: AppPaths, out) -> int:
    library = Library(paths.content_dir)
    records = [article_record(library, a) for a in library]
    if args.json:
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    for r in records:
        if "error" in r:
            out.write(f"{r['id']}\tERROR\t{r['path']}: {r['error']}\n")
        else:
            out.write(f"{r['id']}\t{r['date'][:10]}\t{r['script']}\t{r['chars']}\t{r['outlet']}\t{r['title']}\n")
    return 0


def cmd_show(args, paths: AppPaths, out) -> int:
    library = Library(paths.content_dir)
    article = library.get(args.id)
    if article.error:
        raise DuiduError(f"{library.relative_path(article)}: {article.error}")
    if args.blocks:
        for b in article.blocks:
            text = b.text.replace("\t", " ").replace("\n", " ⏎ ")
            out.write(f"{b.id}\t{text}\n")
    else:
        out.write(article.plain_text + "\n")
    return 0


HANDLERS = {"list": cmd_list, "show": cmd_show}


def run_cli(argv: Sequence[str], out=None, err=None) -> int:
    """Run one command; every failure is one line on stderr and a non-zero exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        args = build_parser().parse_args(list(argv))
    except _UsageError as exc:
        err.write(f"duidu: error: {exc}\n")
        return 2
    if not args.command:
        err.write(f"duidu: error: no command given (commands: {', '.join(HANDLERS)})\n")
        return 2
    paths = resolve_paths(args.content_dir, args.data_dir, standard=_standard)
    try:
        return HANDLERS[args.command](args, paths, out)
    except DuiduError as exc:
        err.write(f"duidu: error: {exc}\n")
        return 1
    except BrokenPipeError:
        return 0


def _standard():
    from .standard_paths import standard_locations

    return standard_locations()


def _wants_gui(argv: Sequence[str]) -> bool:
    """No command word (only options, or a duidu:// link) means: start the window."""
    skip_next = False
    for token in argv:
        if skip_next:
            skip_next = False
            continue
        if token in ("--content-dir", "--data-dir"):
            skip_next = True
            continue
        if token in ("-h", "--help", "--version"):
            return False
        if token.startswith("-"):
            continue
        return token.startswith("duidu://")
    return True


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(argv):
        from .ui.app import run_app

        return run_app(argv)
    return run_cli(argv)
