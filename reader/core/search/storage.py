"""The search index's folder on disk: what counts as damage, what counts as "cannot write",
building a new index beside the old one and swapping it in, and a file in the folder's place.

Readers never see a half-built index: a rebuild fills a fresh `.index.build-*` folder and only a
complete one is renamed into place (under the writer lock, see lock.py); a reader that opened
the old one keeps reading its files until it closes them.
"""

from __future__ import annotations

import errno
import logging
import os
import pickle
import shutil
import sqlite3
import struct
import tempfile
import zlib
from pathlib import Path

from whoosh import index as windex

from ..content.paths import aside_path
from ..errors import SearchIndexError

log = logging.getLogger(__name__)

_BUILD, _OLD = ".build-", ".old-"


class IndexDamage(SearchIndexError):
    """Something read from the index is not what we wrote (a blob of the wrong length, an
    unknown document number): the index must be rebuilt."""


# What a damaged store or Whoosh folder raises when read: SQLite's own reports, Whoosh's, and
# what unpickling or unpacking garbage raises. Checked by `is_damage`, in one place.
_DAMAGE = (IndexDamage, sqlite3.DatabaseError, windex.IndexError, EOFError, ValueError, KeyError, IndexError,
           TypeError, AssertionError, struct.error, pickle.UnpicklingError, zlib.error,
           FileNotFoundError, NotADirectoryError, IsADirectoryError)
_NOT_DAMAGE = ("locked", "busy", "readonly", "read-only", "disk is full", "unable to open")


def is_damage(exc: BaseException) -> bool:
    """True when `exc`, raised while reading the index, means its contents are broken (not that
    it is busy, read-only or the disk is full: rebuilding would not help then)."""
    if isinstance(exc, sqlite3.OperationalError):
        return not any(word in str(exc).lower() for word in _NOT_DAMAGE)
    return isinstance(exc, _DAMAGE)


def cannot_write(exc: BaseException) -> bool:
    """True when `exc` means the index folder cannot be written (permissions, a read-only or
    full disk, a file where a folder should be)."""
    if isinstance(exc, sqlite3.OperationalError):
        return any(word in str(exc).lower() for word in _NOT_DAMAGE[2:])
    if isinstance(exc, OSError):
        return isinstance(exc, (PermissionError, NotADirectoryError, FileExistsError)) or exc.errno in (
            errno.EROFS, errno.ENOSPC, errno.EACCES, errno.EPERM, errno.EDQUOT)
    return False


def describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def connect(store: Path, read_only: bool = False) -> sqlite3.Connection:
    """A connection to the store; read-only opens never create or change a file (`mode=ro`)."""
    if read_only:
        db = sqlite3.connect(store.absolute().as_uri() + "?mode=ro", uri=True, check_same_thread=False,
                             isolation_level=None)
        db.execute("PRAGMA query_only=ON")
        return db
    db = sqlite3.connect(store, check_same_thread=False, isolation_level=None)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    return db


def set_aside_intruder(index_dir: Path) -> str:
    """A file (or a link to nothing) where the index folder should be is renamed aside, never
    deleted; returns what to tell the user ("" when there was none). OSError if it cannot be moved."""
    if index_dir.is_dir() or not (index_dir.exists() or index_dir.is_symlink()):
        return ""
    target = aside_path(index_dir)
    os.rename(index_dir, target)
    log.info("moved %s aside to %s", index_dir, target)
    return f"a file was where the search index belongs; it was moved to {target.name}"


def new_build_dir(index_dir: Path) -> Path:
    """An empty folder beside `index_dir` (same file system, so the final rename is atomic)."""
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{index_dir.name}{_BUILD}", dir=index_dir.parent))


def private_dir() -> Path:
    """A temporary folder for an index that cannot be saved where it belongs (deleted on close)."""
    return Path(tempfile.mkdtemp(prefix="duidu-index-"))


def swap_in(build: Path, index_dir: Path) -> None:
    """Put the finished `build` folder in the place of `index_dir`; the old one is removed."""
    old = None
    if index_dir.is_dir() and not index_dir.is_symlink():
        old = Path(tempfile.mkdtemp(prefix=f".{index_dir.name}{_OLD}", dir=index_dir.parent))
        os.replace(index_dir, old / "index")
    elif index_dir.is_symlink():
        index_dir.unlink()
    os.replace(build, index_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def clear_leftovers(index_dir: Path) -> None:
    """Remove build and old folders left by a process that died (call only holding the lock)."""
    try:
        names = [p for p in index_dir.parent.iterdir()
                 if p.name.startswith((f".{index_dir.name}{_BUILD}", f".{index_dir.name}{_OLD}"))]
    except OSError:
        return
    for path in names:
        shutil.rmtree(path, ignore_errors=True)


def folder_size(folder: Path) -> int:
    total = 0
    for f in folder.rglob("*"):
        try:
            if f.is_file():
                total += f.stat().st_size
        except OSError:
            pass
    return total


__all__ = ["IndexDamage", "cannot_write", "clear_leftovers", "connect", "describe", "folder_size", "is_damage",
           "new_build_dir", "private_dir", "set_aside_intruder", "swap_in"]
