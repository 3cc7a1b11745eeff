"""The user's library folder after an import: editing an article's info, removing an article so
that it can be put back, and knowing which articles are the user's to change.

Only files in the library folder are changed (the bundled articles belong to the installation).
Edits rewrite the front matter and keep the body byte for byte; a removal moves the file aside
into the `removed` folder beside the library, where it waits until it is restored or discarded,
so a removal never loses text (and the article's highlights, kept by id in the highlights store,
come back with it).
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..content.front_matter import load_front_matter
from ..content.roots import in_folder
from ..errors import ContentError
from .front_matter import front_matter

_FRONT_RE = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")
SCRIPTS = ("", "hans", "hant")  # "" = detected from the text
REMOVED_FOLDER = "removed"
MANIFEST = "removed.json"  # where each removed article came from, in the order they were removed
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArticleInfo:
    """What File ▸ Article Info… shows and edits."""

    title: str
    date: str = ""  # YYYY-MM-DD or an ISO 8601 date and time; "" = none
    outlet: str = ""
    script: str = ""  # "hans", "hant", or "" to detect it from the text


def info_of(article) -> ArticleInfo:
    return ArticleInfo(article.title, article.date, article.outlet, str(article.meta.get("script") or ""))


def check_info(info: ArticleInfo) -> ArticleInfo:
    """The info with spaces trimmed; ContentError naming the field when a value cannot be kept."""
    title, date, outlet, script = info.title.strip(), info.date.strip(), info.outlet.strip(), info.script.strip()
    if not title:
        raise ContentError.of("the title cannot be empty")
    if any(ch in value for value in (title, outlet) for ch in "\r\n"):
        raise ContentError.of("the title and the outlet are one line each")
    if date:
        try:
            if not _DATE_RE.match(date):
                raise ValueError
            _dt.datetime.fromisoformat(date)
        except ValueError:
            raise ContentError.of("{0!r} is not a date: write it as YYYY-MM-DD", date) from None
    if script not in SCRIPTS:
        raise ContentError.of("the script is hans, hant or empty (detected), not {0!r}", script)
    return ArticleInfo(title, date, outlet, script)


def save_info(path: Path, info: ArticleInfo) -> None:
    """Write `info` into the front matter of the library file at `path`, keeping every other key
    and the body as they are; atomic (the old file stays whole if writing fails)."""
    info = check_info(info)
    path = Path(path)
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")  # written as UTF-8 by the import; an editor may have added a BOM
    m = _FRONT_RE.match(text)
    meta = load_front_matter(m.group(1)) if m else {}
    body = text[m.end():] if m else text
    meta["title"] = info.title
    meta["date"] = _date_value(info.date)
    meta["outlet"] = info.outlet
    meta["script"] = info.script
    if info.script:
        meta["language"] = "zh-Hans" if info.script == "hans" else "zh-Hant"
    else:
        meta.pop("language", None)
    _replace(path, front_matter(meta) + ("" if body.startswith(("\n", "\r\n")) else "\n") + body)


def _date_value(date: str):
    if not date:
        return ""
    value = _dt.datetime.fromisoformat(date)
    return value.date() if len(date) == 10 else value


@dataclass(frozen=True)
class Removed:
    """An article moved out of the library: where it was and where it waits."""

    article_id: str
    title: str
    original: Path
    kept: Path


def removed_folder(library_dir: Path) -> Path:
    return Path(library_dir).parent / REMOVED_FOLDER


def remove(article, library_dir: Path) -> Removed:
    """Move an imported article's file out of the library (into the `removed` folder beside it)."""
    path = Path(article.path)
    if not in_folder(path, library_dir):
        raise ContentError.of("{0} is a bundled article: only imported articles can be removed", article.title)
    aside = removed_folder(library_dir)
    aside.mkdir(parents=True, exist_ok=True)
    earlier = removed_articles(library_dir)
    kept = _free_name(aside, path.name)
    os.replace(path, kept)
    removed = Removed(article.id, article.title, path, kept)
    _write_manifest(aside, [*earlier, removed])
    return removed


def removed_articles(library_dir: Path) -> list[Removed]:
    """The articles removed and not yet put back or deleted, the last removed last — also after a
    restart (a list beside them remembers where each came from; a file the list does not name is
    taken as coming from the library under its own name)."""
    aside = removed_folder(library_dir)
    out: list[Removed] = []
    try:
        entries = json.loads((aside / MANIFEST).read_text(encoding="utf-8"))
        if not isinstance(entries, list):
            raise ValueError("not a list")
    except FileNotFoundError:
        entries = []
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        log.info("removed articles: ignoring %s: %s", aside / MANIFEST, exc)
        entries = []
    for entry in entries:
        try:
            removed = Removed(str(entry["article_id"]), str(entry["title"]), Path(library_dir) / str(entry["original"]),
                              aside / str(entry["kept"]))
        except (KeyError, TypeError):
            continue
        if removed.kept.parent == aside and Path(removed.original).parent == Path(library_dir) and removed.kept.exists():
            out.append(removed)
    named = {r.kept.name for r in out}
    try:
        strays = sorted(p for p in aside.iterdir() if p.suffix.lower() in (".md", ".markdown") and p.name not in named)
    except OSError:
        strays = []
    out[:0] = [Removed(p.stem, p.stem, Path(library_dir) / p.name, p) for p in strays]
    return out


def _write_manifest(aside: Path, removed: list[Removed]) -> None:
    if not removed:
        try:
            (aside / MANIFEST).unlink(missing_ok=True)
        except OSError as exc:
            log.warning("cannot remove %s: %s", aside / MANIFEST, exc)
        return
    entries = [{"article_id": r.article_id, "title": r.title, "original": r.original.name, "kept": r.kept.name}
               for r in removed]
    tmp = aside / f".{MANIFEST}.{os.getpid()}.tmp"
    try:
        tmp.write_text(json.dumps(entries, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, aside / MANIFEST)
    except OSError as exc:  # the files are safe all the same; only where they came from is forgotten
        log.warning("cannot write %s: %s", aside / MANIFEST, exc)
    finally:
        if tmp.exists():
            tmp.unlink()


def _forget(removed: Removed) -> None:
    library_dir = removed.original.parent
    _write_manifest(removed.kept.parent, [r for r in removed_articles(library_dir) if r.kept != removed.kept])


def restore(removed: Removed) -> Path:
    """Put a removed article back under its own name (so its id, and its highlights, are the same
    again); ContentError when another file took that name meanwhile."""
    if removed.original.exists():
        raise ContentError.of("cannot put {0} back: {1} is in the library again", removed.title, removed.original.name)
    if not removed.kept.exists():
        raise ContentError.of("cannot put {0} back: {1} is gone", removed.title, removed.kept)
    removed.original.parent.mkdir(parents=True, exist_ok=True)
    os.replace(removed.kept, removed.original)
    _forget(removed)
    return removed.original


def discard(removed: Removed) -> None:
    """Delete a removed article's file for good (what the user confirmed)."""
    try:
        removed.kept.unlink()
    except FileNotFoundError:
        pass
    _forget(removed)


def _free_name(folder: Path, name: str) -> Path:
    stem, suffix = os.path.splitext(name)
    n = 1
    while True:
        target = folder / (name if n == 1 else f"{stem}-{n}{suffix}")
        if not target.exists():
            return target
        n += 1


def _replace(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8", newline="")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
