"""One index folder: the SQLite store (articles, passages, body postings) and the Whoosh metadata
index beside it — checked, brought up to date with the content folder, and read.

Every value read back is checked before use (postings blobs are whole arrays of equal length,
doc numbers are known), so damage surfaces as `IndexDamage` here instead of a wrong answer or a
ValueError deep in a query; `SearchIndex` decides what to do about it (storage.is_damage).
"""

from __future__ import annotations

import hashlib
import sqlite3
from array import array
from dataclasses import dataclass
from pathlib import Path

from whoosh import fields as wf
from whoosh import index as windex

from ..content.roots import ContentRoots
from ..errors import ContentError, SearchIndexError
from ..text.canonical import canonical
from .analyzer import ChineseAnalyzer
from .indexing import ArticleRecord, body_terms, file_signature, prepare_files, unpack_postings, write_postings
from .ranking import TITLE_BOOST
from .storage import connect, describe

SCHEMA_VERSION = "2"  # 2: article ids and paths stored as bytes, so file names need not be UTF-8
NONE_YET = "there was none yet"

_SQL = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE articles(num INTEGER PRIMARY KEY, id BLOB, path BLOB UNIQUE, size INTEGER,
    mtime_ns INTEGER, sha1 TEXT, title TEXT, outlet TEXT, date TEXT, canon TEXT, error TEXT);
CREATE TABLE passages(num INTEGER, ord INTEGER, block TEXT, text TEXT, start INTEGER, end INTEGER,
    PRIMARY KEY(num, ord)) WITHOUT ROWID;
CREATE TABLE postings(term TEXT PRIMARY KEY, docs BLOB, tfs BLOB) WITHOUT ROWID;
"""


_BAD_POSTINGS = """SELECT count(*) FROM postings WHERE typeof(docs) != 'blob' OR typeof(tfs) != 'blob'
    OR length(docs) % 4 OR length(tfs) % 2 OR length(docs) / 4 != length(tfs) / 2"""


def whoosh_schema() -> wf.Schema:
    return wf.Schema(num=wf.ID(stored=True, unique=True),
                     title=wf.TEXT(analyzer=ChineseAnalyzer(), phrase=False, field_boost=TITLE_BOOST),
                     outlet=wf.TEXT(analyzer=ChineseAnalyzer(), phrase=False),
                     date=wf.ID())


def pack_name(text: str) -> bytes:
    """An id or relative path as stored: any str, lone surrogates of undecodable file names too."""
    return text.encode("utf-8", "surrogatepass")


def unpack_name(blob: bytes | str) -> str:
    return blob.decode("utf-8", "surrogatepass") if isinstance(blob, bytes) else blob


@dataclass
class Doc:
    id: str
    path: str
    title: str
    outlet: str
    date: str
    length: int
    title_canon: str
    outlet_canon: str


@dataclass
class Plan:
    """What `IndexStore.sync` must do: files to (re)index, doc numbers to drop, and doc numbers
    whose file was only touched (same bytes: the new size and mtime are recorded)."""

    todo: list[tuple[int, Path, str]]
    gone: list[int]
    touched: list[tuple[int, int, int]]

    @property
    def empty(self) -> bool:
        return not (self.todo or self.gone)


class IndexStore:
    """The index in `folder` for the articles of `content_dir`; `read_only` never writes a byte."""

    def __init__(self, folder: Path, content_dir, read_only: bool = False):
        self.folder = folder
        self.roots = ContentRoots.of(content_dir)  # the content folder and the user's library folder
        self.content_dir = self.roots.content_dir
        self.read_only = read_only
        self._db: sqlite3.Connection | None = None
        self._searcher = None

    @property
    def path(self) -> Path:
        return self.folder / "store.sqlite"

    @property
    def whoosh_dir(self) -> Path:
        return self.folder / "whoosh"

    def db(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = connect(self.path, self.read_only)
        return self._db

    def searcher(self):
        """The Whoosh searcher, kept open: a rebuild by another process swaps the folder, and this
        one goes on reading the files it opened (see storage.swap_in)."""
        if self._searcher is None:
            self._searcher = windex.open_dir(str(self.whoosh_dir)).searcher()
        return self._searcher

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
        if self._db is not None:
            self._db.close()
        self._db, self._searcher = None, None

    def create(self) -> None:
        """Make an empty index in the (empty or new) folder."""
        self.whoosh_dir.mkdir(parents=True, exist_ok=True)
        self.db().executescript(_SQL)
        windex.create_in(str(self.whoosh_dir), whoosh_schema())

    def problem(self, thorough: bool = False) -> str:
        """Why this index cannot be used as it is ("" when it can); `thorough` also checks the shape
        of every postings list (searches check each one as they read it)."""
        if not self.path.exists():
            return NONE_YET
        try:
            db = self.db()
            row = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row is None or db.execute("SELECT value FROM meta WHERE key='complete'").fetchone() is None:
                return "the last build did not finish"
            if row[0] != SCHEMA_VERSION:
                return f"it was made by another version (schema {row[0]}, now {SCHEMA_VERSION})"
            count = db.execute("SELECT count(*) FROM articles WHERE error IS NULL").fetchone()[0]
            if self.searcher().doc_count() != count:
                return "its parts disagree"
            db.execute("SELECT count(*) FROM postings").fetchone()
            if thorough and db.execute(_BAD_POSTINGS).fetchone()[0]:
                return "it was damaged (postings lists of the wrong length)"
        except Exception as exc:  # any failure to read it means: damaged
            self.close()
            return f"it was damaged ({describe(exc)})"
        return ""

    # -- bringing it up to date ---------------------------------------------------------------
    def content_files(self) -> list[Path]:
        try:
            return self.roots.files()
        except ContentError as exc:
            raise SearchIndexError(str(exc)) from exc

    def plan(self, counts) -> Plan:
        """Compare the content folder with the index (reads only); fills `counts`' added, changed,
        removed and unchanged. A file that cannot be read is indexed as an error of that file."""
        db = self.db()
        known = {unpack_name(r[0]): r for r in db.execute("SELECT path, num, size, mtime_ns, sha1 FROM articles")}
        next_num = (db.execute("SELECT max(num) FROM articles").fetchone()[0] or 0) + 1
        plan = Plan([], [], [])
        for path in self.content_files():
            rel = self.roots.relative(path)
            old = known.pop(rel, None)
            try:
                size, mtime_ns = file_signature(path)
            except OSError:
                size, mtime_ns = -1, -1  # vanished or unreadable now: indexed again as an error
            if old and (old[2], old[3]) == (size, mtime_ns):
                counts.unchanged += 1
                continue
            if old:
                if old[4] and _sha1(path) == old[4]:
                    plan.touched.append((old[1], size, mtime_ns))
                    counts.unchanged += 1
                    continue
                plan.gone.append(old[1])
                counts.changed += 1
            else:
                counts.added += 1
            plan.todo.append((next_num, path, rel))
            next_num += 1
        counts.removed = len(known)
        plan.gone.extend(row[1] for row in known.values())
        return plan

    def sync(self, counts, progress=None, plan: Plan | None = None) -> None:
        """Write what `plan` (by default a fresh one) says; marks the index complete."""
        db = self.db()
        plan = plan or self.plan(counts)
        if plan.touched:
            db.executemany("UPDATE articles SET size=?, mtime_ns=? WHERE num=?",
                           [(size, mtime, num) for num, size, mtime in plan.touched])
        if not plan.empty:
            fresh = not plan.gone and db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
            self._write(plan.todo, plan.gone, fresh, progress)
        if not plan.empty or plan.touched or db.execute("SELECT 1 FROM meta WHERE key='complete'").fetchone() is None:
            db.execute("INSERT OR REPLACE INTO meta VALUES('schema', ?), ('complete', '1')", (SCHEMA_VERSION,))
        counts.documents = db.execute("SELECT count(*) FROM articles WHERE error IS NULL").fetchone()[0]
        counts.passages = db.execute("SELECT count(*) FROM passages").fetchone()[0]
        counts.errors = db.execute("SELECT count(*) FROM articles WHERE error IS NOT NULL").fetchone()[0]

    def _write(self, todo, gone: list[int], fresh: bool, progress) -> None:
        db = self.db()
        db.execute("DELETE FROM meta WHERE key='complete'")
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        writer = windex.open_dir(str(self.whoosh_dir)).writer(limitmb=128)
        try:
            db.execute("BEGIN")
            removed_terms: set[str] = set()
            for num in gone:
                row = db.execute("SELECT canon, error FROM articles WHERE num=?", (num,)).fetchone()
                if row and row[1] is None:
                    removed_terms.update(body_terms(row[0]))
                db.execute("DELETE FROM articles WHERE num=?", (num,))
                db.execute("DELETE FROM passages WHERE num=?", (num,))
                writer.delete_by_term("num", str(num))
            added: dict[str, tuple[array, array]] = {}
            for batch in prepare_files(todo, progress):
                for rec in batch.records:
                    self._insert(db, writer, rec)
                for term, (d, t) in batch.postings.items():
                    pair = added.get(term)
                    if pair is None:
                        pair = added[term] = (array("I"), array("H"))
                    pair[0].frombytes(d)
                    pair[1].frombytes(t)
            write_postings(db, added, set(gone), removed_terms, fresh)
            db.execute("COMMIT")
        except BaseException:
            writer.cancel()
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        writer.commit()

    @staticmethod
    def _insert(db: sqlite3.Connection, writer, rec: ArticleRecord) -> None:
        db.execute("INSERT INTO articles VALUES(?,?,?,?,?,?,?,?,?,?,?)",
                   (rec.num, pack_name(rec.id), pack_name(rec.path), rec.size, rec.mtime_ns, rec.sha1, rec.title,
                    rec.outlet, rec.date, rec.canon, rec.error))
        if rec.error:
            return
        db.executemany("INSERT INTO passages VALUES(?,?,?,?,?,?)",
                       [(rec.num, i, p.block, p.text, p.start, p.end) for i, p in enumerate(rec.passages)])
        writer.add_document(num=str(rec.num), title=rec.title, outlet=rec.outlet, date=rec.date)

    # -- reading ------------------------------------------------------------------------------
    def docs(self) -> dict[int, Doc]:
        rows = self.db().execute(
            "SELECT num, id, path, title, outlet, date, length(canon) FROM articles WHERE error IS NULL")
        return {r[0]: Doc(unpack_name(r[1]), unpack_name(r[2]), r[3], r[4], r[5], r[6], canonical(r[3]),
                          canonical(r[4])) for r in rows}

    def postings(self, term: str) -> tuple[array, array]:
        row = self.db().execute("SELECT docs, tfs FROM postings WHERE term=?", (term,)).fetchone()
        if not row:
            return array("I"), array("H")
        return unpack_postings(term, row[0], row[1])

    def passages(self, num: int) -> list[tuple[str, str, int, int]]:
        return self.db().execute(
            "SELECT block, text, start, end FROM passages WHERE num=? ORDER BY ord", (num,)).fetchall()

    def canonical_text(self, num: int) -> str:
        row = self.db().execute("SELECT canon FROM articles WHERE num=?", (num,)).fetchone()
        return row[0] if row else ""


def _sha1(path: Path) -> str:
    try:
        return hashlib.sha1(path.read_bytes()).hexdigest()
    except OSError:
        return ""


__all__ = ["NONE_YET", "SCHEMA_VERSION", "Doc", "IndexStore", "Plan", "pack_name", "unpack_name", "whoosh_schema"]
