"""The highlights database file: opened, checked, migrated, and set aside when damaged.

`highlights.sqlite3` in the data folder: WAL journal, foreign keys on, synchronous FULL (a
highlight reported as saved survives a crash), marked as Duidu's by `application_id`, the schema
versioned by `user_version` and brought up to date by `_MIGRATIONS` (append a tuple of statements
to change it; never change what one does once it has shipped).

An existing file is first opened *read-only* and checked: a file that is not SQLite, not Duidu's,
fails `PRAGMA quick_check` or lacks the expected tables is *moved aside* untouched
(`highlights.sqlite3.damaged-YYYYmmdd-HHMMSS`, with its -wal/-shm) and a new database is started.
Only a file that is ours is opened for writing. A missing colour row is put back rather than
hiding the highlights that use it. `recovered_from` and `recovery_message` say what happened, for
the UI and the CLI to tell the user (once: the core only logs it at INFO). A locked database or
one made by a newer Duidu is an error, never set aside.

Creating the schema is one BEGIN IMMEDIATE transaction that reads `user_version` again inside
it, so several processes opening a fresh folder at once create it exactly once.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..content.paths import aside_path
from ..errors import HighlightStoreError
from .model import DEFAULT_COLORS, FOREIGN_COLOR_RGB

log = logging.getLogger(__name__)

FILENAME = "highlights.sqlite3"
APPLICATION_ID = 0x44756964  # "Duid": PRAGMA application_id of every Duidu highlights database

_MIGRATIONS: list[tuple[str, ...]] = [
    (  # 1: highlights, their tags, the five colours
        """CREATE TABLE IF NOT EXISTS colors (
            key TEXT PRIMARY KEY, name TEXT NOT NULL, rgb TEXT NOT NULL, position INTEGER NOT NULL)""",
        """CREATE TABLE IF NOT EXISTS highlights (
            id TEXT PRIMARY KEY, article_id TEXT NOT NULL, block_id TEXT NOT NULL,
            start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
            exact TEXT NOT NULL, prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL REFERENCES colors(key), note TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL, modified TEXT NOT NULL, detached INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0, content_hash TEXT NOT NULL DEFAULT '',
            CHECK (start_offset >= 0 AND end_offset >= start_offset))""",
        "CREATE INDEX IF NOT EXISTS highlights_by_article ON highlights(article_id, position)",
        """CREATE TABLE IF NOT EXISTS highlight_tags (
            highlight_id TEXT NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
            tag TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (highlight_id, tag))""",
        "CREATE INDEX IF NOT EXISTS highlight_tags_by_tag ON highlight_tags(tag)",
        *(f"INSERT OR IGNORE INTO colors VALUES ('{c.key}', '{c.name}', '{c.rgb}', {i})"
          for i, c in enumerate(DEFAULT_COLORS)),
    ),
]
SCHEMA_VERSION = len(_MIGRATIONS)
_TABLES = {
    "colors": {"key", "name", "rgb", "position"},
    "highlights": {"id", "article_id", "block_id", "start_offset", "end_offset", "exact", "prefix", "suffix",
                   "color", "note", "created", "modified", "detached", "position", "content_hash"},
    "highlight_tags": {"highlight_id", "tag", "position"},
}
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_SQLITE_HEADER = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm", "-journal")


class _Damaged(Exception):
    pass


class HighlightDatabase:
    """One open highlights database: `conn` (autocommit; write through `transaction()`)."""

    def __init__(self, data_dir: Path | str, timeout: float = 5.0):
        """`timeout`: seconds to wait for another process (a second Duidu) that is writing."""
        self.path = Path(data_dir) / FILENAME
        self.timeout = timeout
        self.recovered_from: Path | None = None
        self.recovery_message = ""
        self._inspected: tuple[int, int] | None = None  # (device, inode) of the file checked
        self._side_files: set[str] = set()  # its -wal, -shm, -journal there before it was checked
        self.conn = self._open()

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise HighlightStoreError(f"cannot create the data folder {self.path.parent}: {exc.strerror or exc}") from None
        try:
            self._inspect()
        except _Damaged as exc:
            self._set_aside(str(exc))
        conn = self._connect()
        try:
            self._migrate(conn)
            self._restore_colors(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    # -- checking an existing file without writing to it ------------------------------------------
    def _inspect(self) -> None:
        """Raise _Damaged when the file is not a Duidu highlights database in good order. Reads
        only: the file is opened read-only, so one that is not ours is set aside as it was."""
        try:
            info = os.stat(self.path)
        except FileNotFoundError:
            return
        except OSError as exc:
            raise HighlightStoreError(f"cannot read highlights database {self.path}: {exc.strerror or exc}") from None
        if not stat.S_ISREG(info.st_mode):
            raise _Damaged("not a regular file")
        self._inspected = (info.st_dev, info.st_ino)
        self._side_files = {suffix for suffix in _SIDE_FILES if Path(f"{self.path}{suffix}").exists()}
        try:
            with open(self.path, "rb") as f:
                header = f.read(len(_SQLITE_HEADER))
        except OSError as exc:
            raise HighlightStoreError(f"cannot read highlights database {self.path}: {exc.strerror or exc}") from None
        if not header:
            return  # an empty file: another process is creating it, or nothing was ever written
        if header != _SQLITE_HEADER:
            raise _Damaged("not an SQLite database")
        conn = self._connect_read_only()
        try:
            self._check(conn)
        except sqlite3.Error as exc:
            self._raise_or_damaged(exc)
        finally:
            conn.close()

    def _connect_read_only(self) -> sqlite3.Connection:
        uri = self.path.resolve().as_uri() + "?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=self.timeout, isolation_level=None)
        except sqlite3.Error as exc:
            self._raise_or_damaged(exc)
        conn.text_factory = _text
        return conn

    def _check(self, conn: sqlite3.Connection) -> None:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id not in (0, APPLICATION_ID):
            raise _Damaged(f"not a Duidu highlights database (application id {app_id:#010x})")
        tables = _tables(conn)
        if version == 0:
            if tables:
                raise _Damaged("not a Duidu highlights database")
            return  # empty: the schema is made when it is opened for writing
        if version > SCHEMA_VERSION:
            raise HighlightStoreError(f"highlights database {self.path} was written by a newer Duidu "
                                      f"(schema {version}, this one knows {SCHEMA_VERSION}); update Duidu")
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            raise _Damaged("integrity check failed: " + "; ".join(str(r[0]) for r in rows[:3]))
        for table, columns in _TABLES.items():
            if table not in tables:
                raise _Damaged(f"table {table} is missing")
            have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
            if not columns <= have:
                raise _Damaged(f"table {table} lacks {', '.join(sorted(columns - have))}")

    def _raise_or_damaged(self, exc: sqlite3.Error):
        if getattr(exc, "sqlite_errorcode", None) in _DAMAGE_CODES:
            raise _Damaged(str(exc)) from None
        raise HighlightStoreError(f"cannot open highlights database {self.path}: {exc}") from None

    def _set_aside(self, reason: str) -> None:
        target = aside_path(self.path)
        try:
            info = os.stat(self.path)
            if self._inspected is not None and (info.st_dev, info.st_ino) != self._inspected:
                return  # another Duidu set it aside and started a new one meanwhile: use that
            os.replace(self.path, target)
            for suffix in _SIDE_FILES:
                source = Path(f"{self.path}{suffix}")
                if suffix in self._side_files or self._inspected is None:
                    if source.exists():
                        os.replace(source, Path(f"{target}{suffix}"))
                else:  # made by the read-only check (SQLite's WAL index): not the user's
                    source.unlink(missing_ok=True)
        except FileNotFoundError:
            return  # set aside by another Duidu meanwhile
        except OSError as exc:
            raise HighlightStoreError(f"highlights database {self.path} is damaged ({reason}) and cannot be "
                                      f"set aside: {exc.strerror or exc}") from None
        self.recovered_from = target
        self.recovery_message = (f"the highlights database was damaged ({reason}); it was set aside as "
                                 f"{target}, as it was, and a new, empty one was started")
        log.info("%s", self.recovery_message)

    # -- the file opened for writing ----------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise HighlightStoreError(f"cannot open highlights database {self.path}: {exc}") from None
        conn.text_factory = _text
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.Error as exc:
            conn.close()
            raise HighlightStoreError(f"cannot open highlights database {self.path}: {exc}") from None
        return conn

    def _migrate(self, conn: sqlite3.Connection) -> None:
        if _version(conn) == SCHEMA_VERSION and _application_id(conn) == APPLICATION_ID:
            return
        with self.transaction(conn):
            version = _version(conn)  # again: another process may have just created the schema
            if version == 0 and _tables(conn):
                raise HighlightStoreError(f"{self.path} is not a Duidu highlights database; it was left as it is")
            if version > SCHEMA_VERSION:
                raise HighlightStoreError(f"highlights database {self.path} was written by a newer Duidu "
                                          f"(schema {version}, this one knows {SCHEMA_VERSION}); update Duidu")
            for v in range(version, SCHEMA_VERSION):
                for statement in _MIGRATIONS[v]:
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    def _restore_colors(self, conn: sqlite3.Connection) -> None:
        """Put back colour rows that are missing (deleted by another tool): a highlight whose
        colour has no row would fail every edit, and the five keys are what the keyboard picks."""
        if not self._missing_colors(conn):
            return
        with self.transaction(conn):
            missing = self._missing_colors(conn)
            defaults = {c.key: (i, c) for i, c in enumerate(DEFAULT_COLORS)}
            last = conn.execute("SELECT coalesce(max(position), -1) FROM colors").fetchone()[0]
            for key in missing:
                if key in defaults:
                    i, c = defaults[key]
                    conn.execute("INSERT INTO colors VALUES (?, ?, ?, ?)", (c.key, c.name, c.rgb, i))
                else:
                    last += 1
                    conn.execute("INSERT INTO colors VALUES (?, ?, ?, ?)", (key, key, FOREIGN_COLOR_RGB, last))
        if missing:
            message = (f"the highlights database lacked the colour{'s' if len(missing) > 1 else ''} "
                       f"{', '.join(missing)}; {'they were' if len(missing) > 1 else 'it was'} put back, "
                       "and every highlight is kept")
            self.recovery_message = "; ".join(filter(None, (self.recovery_message, message)))
            log.info("%s", message)

    @staticmethod
    def _missing_colors(conn: sqlite3.Connection) -> list[str]:
        have = {r[0] for r in conn.execute("SELECT key FROM colors")}
        used = [r[0] for r in conn.execute("SELECT DISTINCT color FROM highlights ORDER BY color")]
        return [c.key for c in DEFAULT_COLORS if c.key not in have] + [k for k in used if k not in have
                                                                       and k not in {c.key for c in DEFAULT_COLORS}]

    @contextmanager
    def transaction(self, conn: sqlite3.Connection | None = None) -> Iterator[sqlite3.Connection]:
        """One write: BEGIN IMMEDIATE … COMMIT, rolled back on any error (SQLite's become
        HighlightStoreError)."""
        conn = conn or self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise HighlightStoreError(f"cannot write highlights database {self.path}: {exc}") from None
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise HighlightStoreError(f"cannot write highlights database {self.path}: {exc}") from None
            raise

    def close(self) -> None:
        self.conn.close()


def _text(raw: bytes) -> str:
    """TEXT as stored; bytes that are not UTF-8 (written by another tool) read as U+FFFD
    rather than making every read of the table fail."""
    return raw.decode("utf-8", "replace")


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _application_id(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA application_id").fetchone()[0]
