"""The highlights database file: opened, checked, migrated, and set aside when damaged.

`highlights.sqlite3` in the data folder: WAL journal, foreign keys on, synchronous FULL (a
highlight reported as saved survives a crash), the schema versioned by `user_version` and
brought up to date by `_MIGRATIONS` (append a tuple of statements to change it; never edit one
that has shipped).

A file that is not a database, fails `PRAGMA quick_check` or lacks the expected tables is
*moved aside* (`highlights.sqlite3.damaged-YYYYmmdd-HHMMSS`, with its -wal/-shm) and a new
database is started; `recovered_from` and `recovery_message` say so, for the UI and the CLI to
tell the user. A locked database or one made by a newer Duidu is an error, never set aside.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..content.paths import aside_path
from ..errors import HighlightStoreError
from .model import DEFAULT_COLORS

log = logging.getLogger(__name__)

FILENAME = "highlights.sqlite3"

_MIGRATIONS: list[tuple[str, ...]] = [
    (  # 1: highlights, their tags, the five colours
        """CREATE TABLE colors (
            key TEXT PRIMARY KEY, name TEXT NOT NULL, rgb TEXT NOT NULL, position INTEGER NOT NULL)""",
        """CREATE TABLE highlights (
            id TEXT PRIMARY KEY, article_id TEXT NOT NULL, block_id TEXT NOT NULL,
            start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
            exact TEXT NOT NULL, prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL REFERENCES colors(key), note TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL, modified TEXT NOT NULL, detached INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0, content_hash TEXT NOT NULL DEFAULT '',
            CHECK (start_offset >= 0 AND end_offset >= start_offset))""",
        "CREATE INDEX highlights_by_article ON highlights(article_id, position)",
        """CREATE TABLE highlight_tags (
            highlight_id TEXT NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
            tag TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (highlight_id, tag))""",
        "CREATE INDEX highlight_tags_by_tag ON highlight_tags(tag)",
        *(f"INSERT INTO colors VALUES ('{c.key}', '{c.name}', '{c.rgb}', {i})" for i, c in enumerate(DEFAULT_COLORS)),
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
        self.conn = self._open()

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise HighlightStoreError(f"cannot create the data folder {self.path.parent}: {exc.strerror or exc}") from None
        conn = None
        try:
            self._check_header()
            conn = self._connect()
            self._check(conn)
            self._migrate(conn)
            self._check_schema(conn)
            return conn
        except _Damaged as exc:
            if conn is not None:
                conn.close()
            self._set_aside(str(exc))
        conn = self._connect()
        self._migrate(conn)
        return conn

    def _check_header(self) -> None:
        """Refuse a file that is not SQLite before SQLite opens it: on closing, SQLite would drop
        the -wal file next to it, which must be set aside with it."""
        try:
            with open(self.path, "rb") as f:
                header = f.read(len(_SQLITE_HEADER))
        except FileNotFoundError:
            return
        except OSError as exc:
            raise HighlightStoreError(f"cannot read highlights database {self.path}: {exc.strerror or exc}") from None
        if header and header != _SQLITE_HEADER:
            raise _Damaged("not an SQLite database")

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise HighlightStoreError(f"cannot open highlights database {self.path}: {exc}") from None
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.Error as exc:
            conn.close()
            self._raise_or_damaged(exc)
        return conn

    def _raise_or_damaged(self, exc: sqlite3.Error):
        if getattr(exc, "sqlite_errorcode", None) in _DAMAGE_CODES:
            raise _Damaged(str(exc)) from None
        raise HighlightStoreError(f"cannot open highlights database {self.path}: {exc}") from None

    def _check(self, conn: sqlite3.Connection) -> None:
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.Error as exc:
            self._raise_or_damaged(exc)
        if rows != [("ok",)]:
            raise _Damaged("integrity check failed: " + "; ".join(str(r[0]) for r in rows[:3]))

    def _migrate(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise HighlightStoreError(f"highlights database {self.path} was written by a newer Duidu "
                                      f"(schema {version}, this one knows {SCHEMA_VERSION}); update Duidu")
        if version == 0 and self._tables(conn):
            raise _Damaged("not a Duidu highlights database")
        for v in range(version, SCHEMA_VERSION):
            with self.transaction(conn):
                for statement in _MIGRATIONS[v]:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {v + 1}")

    def _check_schema(self, conn: sqlite3.Connection) -> None:
        tables = self._tables(conn)
        for table, columns in _TABLES.items():
            if table not in tables:
                raise _Damaged(f"table {table} is missing")
            have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
            if not columns <= have:
                raise _Damaged(f"table {table} lacks {', '.join(sorted(columns - have))}")
        if {r[0] for r in conn.execute("SELECT key FROM colors")} != {c.key for c in DEFAULT_COLORS}:
            raise _Damaged("the colour table is incomplete")

    @staticmethod
    def _tables(conn: sqlite3.Connection) -> set[str]:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def _set_aside(self, reason: str) -> None:
        target = aside_path(self.path)
        try:
            for suffix in ("", "-wal", "-shm"):
                source = Path(f"{self.path}{suffix}")
                if source.exists():
                    os.replace(source, Path(f"{target}{suffix}"))
        except OSError as exc:
            raise HighlightStoreError(f"highlights database {self.path} is damaged ({reason}) and cannot be "
                                      f"set aside: {exc.strerror or exc}") from None
        self.recovered_from = target
        self.recovery_message = (f"the highlights database was damaged ({reason}); it was set aside as "
                                 f"{target} and a new, empty one was started")
        log.warning("%s", self.recovery_message)

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
