"""Preparing the reader's own files for the library: one report per file, the article ready to write.

Each file is checked where it enters (a regular file, under the size limit, not binary), decoded
whatever its Chinese encoding (the declared one is a hint), turned into the same clean Markdown
as the bundled articles (web pages through `webpage`, Markdown and text through `ingest`, with
the bundled recipe when the file is one of the seeds), and given front matter that records where
it came from (`imported_from`), when (`imported_at`) and what it says (`content_hash`, over the
body), so the same text is never imported twice. Nothing is written here and the original file
is never touched: writing into the library folder is the caller's, with the report in hand.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..content.article import check_length, parse_front_matter, visible_values
from ..content.front_matter import load_front_matter
from ..errors import ContentError
from ..limits import MAX_FILE_BYTES
from ..script.detection import detect_script
from .decoding import decode_bytes, sniff_binary
from .front_matter import front_matter
from .ingest import import_text
from .recipes import Recipe

_UNSAFE_RE = re.compile(r"[^\w\-]+")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
TEXT_SUFFIXES = (".md", ".markdown", ".txt", ".text")
SUFFIXES = HTML_SUFFIXES + TEXT_SUFFIXES
_KEPT_META = ("title", "date", "outlet", "author", "source_url", "script", "language", "event_date",
              "description", "tags")

# what becomes of a file (the CLI's `status`); a prepared file is "imported" once written
READY, DUPLICATE, SKIPPED, ERROR = "imported", "duplicate", "skipped", "error"


@dataclass
class Prepared:
    """One file's report and, when it is ready, the article's Markdown and its content hash."""

    path: str  # as given, or as found in a given folder
    status: str
    title: str = ""
    message: str = ""
    markdown: str = ""
    content_hash: str = ""
    warnings: list[str] = field(default_factory=list)
    written: Path | None = None  # where the article was written into the library, once it is


def find_files(paths: Iterable[str | os.PathLike]) -> Iterator[tuple[str, Path | None, str]]:
    """(path as shown, the file or None, why not) for every given file and every article-like file
    in a given folder, recursively, in name order; hidden entries are left out and a folder seen
    before (a symlink loop) is not walked again."""
    seen_dirs: set[tuple[int, int]] = set()
    for given in paths:
        shown = os.fsdecode(given)
        path = Path(given)
        try:
            st = path.stat()
        except OSError as exc:
            yield shown, None, f"cannot be read: {exc.strerror or exc}"
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(path, shown, seen_dirs)
        else:
            yield shown, path, ""


def _walk(folder: Path, shown: str, seen: set[tuple[int, int]]) -> Iterator[tuple[str, Path | None, str]]:
    try:
        st = folder.stat()
    except OSError as exc:
        yield shown, None, f"cannot be read: {exc.strerror or exc}"
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:
        return  # reached again through a link: walked already
    seen.add(key)
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield shown, None, f"cannot be read: {exc.strerror or exc}"
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        entry_shown = os.path.join(shown, os.fsdecode(entry.name))
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(entry, entry_shown, seen)
        elif entry.suffix.lower() in SUFFIXES:
            yield entry_shown, entry, ""


def prepare_file(path: Path, shown: str | None = None, *, recipes: dict[str, Recipe] | None = None,
                 now: _dt.datetime | None = None) -> Prepared:
    """The report for one file: READY with the article, or SKIPPED / ERROR with the reason."""
    shown = shown or os.fsdecode(path)
    try:
        st = path.stat()
    except OSError as exc:
        return Prepared(shown, ERROR, message=f"cannot be read: {exc.strerror or exc}")
    if not stat.S_ISREG(st.st_mode):
        return Prepared(shown, SKIPPED, message="not a regular file")
    if st.st_size == 0:
        return Prepared(shown, SKIPPED, message="the file is empty")
    if st.st_size > MAX_FILE_BYTES:
        return Prepared(shown, SKIPPED, message=f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB "
                                                 f"({st.st_size / (1024 * 1024):.0f} MB)")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        return Prepared(shown, SKIPPED, message=f"not a kind of file Duidu imports ({', '.join(SUFFIXES)})")
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        return Prepared(shown, ERROR, message=f"cannot be read: {exc.strerror or exc}")
    name = os.fsdecode(path.name)
    try:
        sniff_binary(raw, name)
    except ContentError as exc:
        return Prepared(shown, SKIPPED, message=str(exc).removeprefix(f"{name}: "))
    try:
        if suffix in HTML_SUFFIXES:
            meta, body, warnings = _from_page(raw, name)
        else:
            meta, body, warnings = _from_text(raw, name, (recipes or {}).get(name))
    except ContentError as exc:
        return Prepared(shown, ERROR, message=str(exc).removeprefix(f"{name}: "))
    body = body.strip("\n") + "\n"
    try:
        check_length(body)
    except ContentError as exc:
        return Prepared(shown, SKIPPED, message=str(exc))
    digest = content_hash(body)
    meta.setdefault("title", Path(name).stem)
    if not meta.get("script"):
        meta["script"] = detect_script(body) or ""
    meta["imported_from"] = os.fsdecode(path.resolve())
    meta["imported_at"] = (now or _dt.datetime.now().astimezone()).replace(microsecond=0).isoformat()
    meta["content_hash"] = digest
    return Prepared(shown, READY, title=str(meta["title"]), markdown=front_matter(meta) + "\n" + body,
                    content_hash=digest, warnings=list(warnings))


def content_hash(body: str) -> str:
    """What identifies an article's text for "already in the library": its body, line endings and
    trailing blanks aside."""
    norm = "\n".join(line.rstrip() for line in body.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n"))
    return "sha256:" + hashlib.sha256(norm.encode("utf-8")).hexdigest()


def prepare_batch(paths: Iterable[str | os.PathLike], known_hashes: Iterable[str] = (), *,
                  recipes: dict[str, Recipe] | None = None, now: _dt.datetime | None = None) -> list[Prepared]:
    """A report per file found under `paths`, in order, nothing written; a text already in
    `known_hashes` (the library) or earlier in the batch is a DUPLICATE, whatever its file name."""
    return import_into(paths, None, known_hashes,
                       prepare=lambda path, shown: prepare_file(path, shown, recipes=recipes, now=now))


def import_into(paths: Iterable[str | os.PathLike], folder: Path | None, known_hashes: Iterable[str] = (), *,
                prepare: Callable[[Path, str], Prepared] | None = None,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] = lambda: False) -> list[Prepared]:
    """Import what is under `paths` into the library `folder` (None: only prepare): a report per
    file, in order. The same file twice, or a text in `known_hashes` or earlier in the batch, is a
    DUPLICATE. `prepare` makes one report (default: `prepare_with_recipes`; an import worker runs
    it in a child process); `progress(done, total)` after each file; when `cancelled()` turns
    true the import stops after the file in hand, and what was written stays."""
    prepare = prepare or prepare_with_recipes
    known = set(known_hashes)
    seen_files: set[tuple[int, int]] = set()
    found = list(find_files(paths))
    out = []
    for done, (shown, path, why) in enumerate(found):
        if cancelled():
            break
        out.append(_one(shown, path, why, folder, known, seen_files, prepare))
        if progress is not None:
            progress(done + 1, len(found))
    return out


def _one(shown: str, path: Path | None, why: str, folder: Path | None, known: set[str],
         seen_files: set[tuple[int, int]], prepare) -> Prepared:
    if path is None:
        return Prepared(shown, ERROR, message=why)
    try:
        st = path.stat()
        key = (st.st_dev, st.st_ino)
    except OSError:
        key = None
    if key is not None and key in seen_files:
        return Prepared(shown, DUPLICATE, message="the same file is already in this import")
    if key is not None:
        seen_files.add(key)
    report = prepare(path, shown)
    if report.status == READY and report.content_hash in known:
        report.status, report.message, report.markdown = DUPLICATE, "already in the library", ""
    elif report.status == READY:
        known.add(report.content_hash)
        if folder is not None:
            try:
                report.written = write_into(folder, report)
            except OSError as exc:
                report.status, report.message = ERROR, f"cannot write into {folder}: {exc.strerror or exc}"
    return report


def library_hashes(library) -> dict[str, str]:
    """Content hash → article id of every readable article of a library (imported ones carry
    theirs in the front matter), so a text already there is not imported again."""
    out: dict[str, str] = {}
    for article in library.readable:
        out.setdefault(str(article.meta.get("content_hash") or content_hash(article.body)), article.id)
    return out


def write_into(folder: Path, report: Prepared) -> Path:
    """Write a READY report's article into the library folder under a name no file has yet
    (the source's own name, made safe); returns the file written."""
    Path(folder).mkdir(parents=True, exist_ok=True)
    return _write_new(Path(folder), _file_stem(report), report.markdown)


def _file_stem(report: Prepared) -> str:
    """A file name for the article: the source's own name, made safe ("article" if nothing is left)."""
    stem = Path(report.path).stem
    return _UNSAFE_RE.sub("-", stem).strip("-")[:80] or "article"


def _write_new(folder: Path, stem: str, text: str) -> Path:
    """Write `text` under a name no file has yet (stem.md, stem-2.md, …), atomically."""
    n = 1
    while True:
        target = folder / (f"{stem}.md" if n == 1 else f"{stem}-{n}.md")
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            n += 1
            continue
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, target)
        finally:
            os.close(fd)
            if tmp.exists():
                tmp.unlink()
        return target


def prepare_with_recipes(path: Path, shown: str) -> Prepared:
    """`prepare_file` with the bundled recipes (loaded once per process): what an import worker's
    child process runs per file."""
    global _RECIPES
    if _RECIPES is None:
        _RECIPES = bundled_recipes()
    return prepare_file(path, shown, recipes=_RECIPES)


_RECIPES: dict[str, Recipe] | None = None


def warm_library(content_dir: Path, cache_dir: Path, library_dir: Path, data_dir: Path) -> list:
    """Render, measure and tag every article once (renderings and the library's stats kept in the
    cache), so the window lists a library that grew by an import without rendering anything
    itself; returns the articles' topic tags for the window's tags cache (`topics.tagging.preload`)."""
    from ..content.library import Library
    from ..topics.source import TopicSource
    from ..topics.tagging import tags_entries

    library = Library(content_dir, cache_dir, library_dir=library_dir)
    for article in library.readable:
        article.blocks, article.chars, article.detected_script  # noqa: B018 - computed and cached
    library.save_stats()
    topics = TopicSource(content_dir, data_dir, cache_dir).current()
    return tags_entries(library.readable, topics)


def bundled_recipes() -> dict[str, Recipe]:
    """The recipes of the bundled articles by seed file name: a seed imported as the user gave it
    becomes the bundled article, word for word."""
    from ..content.library import default_content_dir
    from .recipes import load_recipes

    return {r.source_file: r for r in load_recipes(default_content_dir() / "sources.toml")}


def _from_page(raw: bytes, name: str) -> tuple[dict[str, Any], str, list[str]]:
    from .webpage import extract_page  # lxml and readability load only when a page is imported

    page = extract_page(raw, name)
    meta = {"title": page.title, "date": page.date, "outlet": page.outlet, "author": page.author,
            "source_url": page.source_url}
    return {k: v for k, v in meta.items() if v}, page.markdown, list(page.warnings)


def _from_text(raw: bytes, name: str, recipe: Recipe | None) -> tuple[dict[str, Any], str, list[str]]:
    text = decode_bytes(raw, name).replace("\r\n", "\n").replace("\r", "\n")
    given: dict[str, Any] = {}
    if recipe is None and text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end > 0:
            try:
                given = visible_values(load_front_matter(text[4:end]))
            except ContentError as exc:
                raise ContentError(f"{name}: {exc}") from None
            text = text[end + 4:].lstrip("\n")
    if not text.strip():
        raise ContentError(f"{name}: no text in the file")
    meta, body = parse_front_matter(import_text(text, recipe, name))
    if recipe is None:
        meta.pop("source_file", None)  # `imported_from` says where it came from
    for key in _KEPT_META:
        if given.get(key) not in (None, "", []):
            meta[key] = given[key]
    if isinstance(meta.get("title"), str) and meta["title"].startswith("#"):
        meta["title"] = meta["title"].lstrip("#").strip()  # a Markdown heading read as a plain first line
    return meta, body, []
