"""Command line: `python main.py COMMAND …` works headless; no command starts the window.

The commands and the JSON fields they print are a public interface: scripts rely on them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import APP_NAME, __version__
from ..core.content.library import Library
from ..core.content.paths import AppPaths, open_library, resolve_paths
from ..core.errors import ContentError, DuiduError, QueryError
from ..core.limits import MAX_FILE_BYTES
from ..core.script.modes import ScriptMode, convert_text
from ..core.script.rendering import rendered_in_mode
from .compare import add_compare_parsers, cmd_align, cmd_coverage
from .desktop import add_desktop_parser, cmd_install_desktop
from .highlights import add_highlights_parser, cmd_highlights
from .importing import add_import_parser, cmd_import
from .output import write_json
from .topics import add_topics_parser, cmd_topics


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
    p.add_argument("--script", choices=[m.value for m in ScriptMode], default="original", metavar="MODE",
                   help="show the text as original, hans, hant, tw (Taiwan) or hk (Hong Kong)")
    p.add_argument("--vocabulary", action="store_true", help="with --script: regional phrases too (软件 → 軟體)")

    p = sub.add_parser("convert", help="print a text converted to another script (OpenCC)")
    _global_options(p, suppress=True)
    p.add_argument("--to", required=True, choices=[m.value for m in ScriptMode if m is not ScriptMode.ORIGINAL],
                   help="hans (简体), hant (繁體), tw (臺灣正體) or hk (香港繁體)")
    p.add_argument("--vocabulary", action="store_true", help="regional phrases too (软件 → 軟體, 程式設計 → 编程)")
    p.add_argument("source", metavar="ID|FILE|-", help="an article id, a UTF-8 text or Markdown file, or - for stdin")

    p = sub.add_parser("search", help="full-text search (either script; OR, -word, \"phrase\", title:, outlet:, date:)")
    _global_options(p, suppress=True)
    p.add_argument("query", nargs="+", help="the query; several words mean all of them")
    p.add_argument("--json", action="store_true", help="results as a JSON array, best first")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N articles (default 20)")

    p = sub.add_parser("index", help="bring the search index up to date and report on it")
    _global_options(p, suppress=True)
    p.add_argument("--rebuild", action="store_true", help="rebuild the index from scratch")
    p.add_argument("--json", action="store_true", help="the report as a JSON object")
    add_highlights_parser(sub, _global_options)
    add_compare_parsers(sub, _global_options)
    add_topics_parser(sub, _global_options)
    add_import_parser(sub, _global_options)
    add_desktop_parser(sub)
    return parser


def article_record(library: Library, article) -> dict:
    """The public JSON record of one article (`list --json`)."""
    record = {
        "id": article.id,
        "title": article.title,
        "date": article.date,
        "outlet": article.outlet,
        "script": article.script,
        "detected_script": article.detected_script,
        "source_file": article.source_file,
        "path": library.relative_path(article),
        "chars": 0 if article.error else article.chars,
    }
    if article.error:
        record["error"] = article.error
    return record


def cmd_list(args, paths: AppPaths, out) -> int:
    # lengths and detected scripts remembered in the cache: a big article is rendered once, not per call
    library = open_library(paths, cache=True)
    records = [article_record(library, a) for a in library]
    library.save_stats()
    if args.json:
        return write_json(out, records)
    for r in records:
        if "error" in r:
            out.write(f"{r['id']}\tERROR\t{r['path']}: {r['error']}\n")
        else:
            out.write(f"{r['id']}\t{r['date'][:10]}\t{r['script']}\t{r['chars']}\t{r['outlet']}\t{r['title']}\n")
    return 0


def _readable_article(paths: AppPaths, article_id: str):
    library = open_library(paths)
    article = library.get(article_id)
    if article.error:
        raise DuiduError(f"{library.relative_path(article)}: {article.error}")
    return article


def cmd_show(args, paths: AppPaths, out) -> int:
    rendered = rendered_in_mode(_readable_article(paths, args.id), args.script, args.vocabulary)
    if args.blocks:
        for b in rendered.blocks:
            text = b.text.replace("\t", " ").replace("\n", " ⏎ ")
            out.write(f"{b.id}\t{text}\n")
    else:
        out.write(rendered.plain_text + "\n")
    return 0


def cmd_convert(args, paths: AppPaths, out) -> int:
    """An article id prints its plain text converted; a file or stdin is converted as it is."""
    if args.source == "-" or _looks_like_file(args.source):
        out.write(convert_text(_read_text(args.source), args.to, args.vocabulary))
    else:
        article = _readable_article(paths, args.source)
        out.write(rendered_in_mode(article, args.to, args.vocabulary).plain_text + "\n")
    return 0


def _looks_like_file(word: str) -> bool:
    """A path rather than an article id: an existing file, or a name with a folder or suffix."""
    path = Path(word)
    return path.is_file() or "/" in word or "\\" in word or path.suffix.lower() in (".md", ".markdown", ".txt")


def _read_text(source: str) -> str:
    """The UTF-8 text of a file or of stdin; ContentError when it cannot be read or decoded."""
    name = "stdin" if source == "-" else source
    try:
        if source == "-":
            stream = getattr(sys.stdin, "buffer", None)
            raw = stream.read(MAX_FILE_BYTES + 1) if stream is not None else sys.stdin.read().encode("utf-8")
        else:
            with open(source, "rb") as f:  # /dev/zero or a pipe: read no more than the limit
                raw = f.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ContentError(f"cannot read {name}: {exc.strerror or exc}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise ContentError(f"{name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError(f"{name}: not valid UTF-8 (byte {exc.start})") from None


def _search_index(paths: AppPaths, err, rebuild: bool = False, announce: bool = True, verify: bool = False):
    """The index, brought up to date; its message goes to stderr when `announce` (else the caller says it)."""
    from ..core.search.index import SearchIndex

    index = SearchIndex.for_paths(paths)
    report = index.update(rebuild=rebuild, verify=verify)
    if report.message and announce:
        err.write(f"duidu: {report.message}\n")
    return index, report


def cmd_search(args, paths: AppPaths, out, err) -> int:
    from ..core.search.indexing import escaped  # ids and paths of undecodable file names, shown escaped

    if args.limit < 1:
        raise QueryError("--limit must be at least 1")
    index, _ = _search_index(paths, err)
    hits = index.search(" ".join(args.query), limit=args.limit)
    if index.repair_report is not None:
        err.write(f"duidu: {index.repair_report.message}\n")
    if args.json:
        records = [{"id": escaped(h.id), "title": h.title, "path": escaped(h.path), "score": h.score, "hits": h.hits,
                    "variant": h.variant,
                    "passages": [{"block": p.block, "snippet": p.marked()} for p in h.passages]} for h in hits]
        return write_json(out, records)
    if not hits:
        out.write("no matches\n")
    for h in hits:
        flag = "  (regional variant)" if h.variant else ""
        out.write(f"{escaped(h.id)}\t{hit_count(h)}\t{one_line(h.title)}{flag}\n")
        for p in h.passages:
            out.write(f"    {p.block}\t{one_line(p.marked())}\n")
    return 0


def hit_count(hit) -> str:
    """"1 hit", "14 hits"; for a query of filters only, what matched ("title match")."""
    if hit.matched_by and not hit.hits:
        return f"{' and '.join(hit.matched_by)} match"
    return f"{hit.hits} hit" + ("" if hit.hits == 1 else "s")


def one_line(text: str) -> str:
    """A table cell: tabs and line breaks (a table's or a code block's snippet) become one space."""
    return " ".join(text.split())


def cmd_index(args, paths: AppPaths, out, err) -> int:
    _, report = _search_index(paths, err, rebuild=args.rebuild, announce=False, verify=True)
    record = {"documents": report.documents, "passages": report.passages, "errors": report.errors, "size": report.size,
              "time": round(report.seconds, 3), "added": report.added, "changed": report.changed,
              "removed": report.removed, "rebuilt": report.rebuilt, "saved": report.saved,
              "message": report.message}
    if args.json:
        write_json(out, record)
    else:
        if report.message:
            out.write(report.message + "\n")
        out.write(f"{report.documents} documents, {report.passages} passages, {report.size} bytes, "
                  f"{report.seconds:.2f} s (added {report.added}, changed {report.changed}, removed {report.removed})\n")
        if report.errors:
            out.write(f"{report.errors} files could not be indexed (see `list`)\n")
    return 0


HANDLERS = {"list": cmd_list, "show": cmd_show, "convert": cmd_convert, "search": cmd_search, "index": cmd_index,
            "highlights": cmd_highlights, "align": cmd_align, "coverage": cmd_coverage,
            "topics": cmd_topics, "import": cmd_import, "install-desktop": cmd_install_desktop}
_NEEDS_ERR = {"search", "index", "highlights", "align", "coverage", "topics", "import", "install-desktop"}


# file names may be any bytes
_PATH_ARGS = {"content_dir", "data_dir", "source", "output", "file", "path", "paths", "prefix"}
_SEARCH_OPTIONS = {"--json": 0, "--limit": 1, "--content-dir": 1, "--data-dir": 1, "-h": 0, "--help": 0}


def _query_words_last(argv: list[str]) -> list[str]:
    """`search -强化学习 模型`: a word that starts with "-" excludes it, not an option; the words go
    after "--" (in their order) so argparse takes them as the query, whatever they start with."""
    if "search" not in argv or "--" in argv:
        return argv
    i = argv.index("search")
    head, options, words, rest = argv[: i + 1], [], [], argv[i + 1:]
    j = 0
    while j < len(rest):
        token = rest[j]
        name = token.split("=", 1)[0]
        if name in _SEARCH_OPTIONS:
            take = 0 if "=" in token else _SEARCH_OPTIONS[name]
            options.extend(rest[j: j + 1 + take])
            j += 1 + take
        else:
            words.append(token)
            j += 1
    return head + options + (["--", *words] if words else [])


def _not_utf8(args) -> str | None:
    """The first text argument holding bytes that are not UTF-8 (argv arrives surrogate-escaped)."""
    for name, value in vars(args).items():
        if name in _PATH_ARGS:
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and any("\udc80" <= ch <= "\udcff" for ch in item):
                shown = os.fsencode(item).decode("utf-8", "backslashreplace")
                return f"{name.replace('_', ' ')} is not valid UTF-8: {shown}"
    return None


def run_cli(argv: Sequence[str], out=None, err=None) -> int:
    """Run one command; every failure is one line on stderr and a non-zero exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        args = build_parser().parse_args(_query_words_last(list(argv)))
    except _UsageError as exc:
        err.write(f"duidu: error: {exc}\n")
        return 2
    problem = _not_utf8(args)
    if problem:
        err.write(f"duidu: error: {problem}\n")
        return 2
    if not args.command:
        err.write(f"duidu: error: no command given (commands: {', '.join(HANDLERS)})\n")
        return 2
    paths = resolve_paths(args.content_dir, args.data_dir, standard=_standard)
    try:
        if args.command in _NEEDS_ERR:
            return HANDLERS[args.command](args, paths, out, err)
        return HANDLERS[args.command](args, paths, out)
    except DuiduError as exc:
        err.write(f"duidu: error: {exc}\n")
        return 1
    except BrokenPipeError:
        return 0


def _standard():
    from ..standard_paths import standard_locations

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
    for stream in (sys.stdout, sys.stderr):  # a character no encoding takes is printed escaped, never a traceback
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    if _wants_gui(argv):
        from ..ui.app import run_app

        return run_app(argv)
    return run_cli(argv)
