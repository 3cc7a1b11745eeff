"""Full-text search: the index on disk, keeping it current, and answering queries exactly.

Design (measured, see tests/benchmarks/search.py): Whoosh spends ~8 µs per posting, and a
10,000-article library has ~35 M bigram postings, so body bigrams live in a compact table of
our own (term → doc numbers + frequencies, SQLite) while Whoosh keeps the metadata index
(title, outlet, date) that answers field filters. A query's bigrams select candidates; their
frequencies give an upper bound of each candidate's BM25F score; candidates are verified by
substring search on the stored canonical text in bound order, stopping once the top `limit`
are certain. So results equal a substring scan, and a query touches only a few texts.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import threading
import time
from array import array
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import fields as wf
from whoosh import index as windex
from whoosh import query as wq

from ..content.library import CONTENT_SUFFIXES
from ..errors import QueryError, SearchIndexError
from ..text.canonical import canonical
from .analysis import contains, needle_terms
from .analyzer import ChineseAnalyzer
from .indexing import CHAR_PREFIX, ArticleRecord, body_terms, file_signature, prepare_files, write_postings
from .query import Query, date_matches, parse_query
from .ranking import TITLE_BOOST, Ranker
from .snippet import Passage, best_passages

log = logging.getLogger(__name__)

SCHEMA_VERSION = "1"

_SQL = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE articles(num INTEGER PRIMARY KEY, id TEXT, path TEXT UNIQUE, size INTEGER,
    mtime_ns INTEGER, sha1 TEXT, title TEXT, outlet TEXT, date TEXT, canon TEXT, error TEXT);
CREATE TABLE passages(num INTEGER, ord INTEGER, block TEXT, text TEXT, start INTEGER, end INTEGER,
    PRIMARY KEY(num, ord)) WITHOUT ROWID;
CREATE TABLE postings(term TEXT PRIMARY KEY, docs BLOB, tfs BLOB) WITHOUT ROWID;
"""


def whoosh_schema() -> wf.Schema:
    return wf.Schema(num=wf.ID(stored=True, unique=True),
                     title=wf.TEXT(analyzer=ChineseAnalyzer(), phrase=False, field_boost=TITLE_BOOST),
                     outlet=wf.TEXT(analyzer=ChineseAnalyzer(), phrase=False),
                     date=wf.ID())


@dataclass
class IndexReport:
    """What `SearchIndex.update` did; `message` is set when the user should be told something."""

    documents: int = 0
    passages: int = 0
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    size: int = 0
    seconds: float = 0.0
    rebuilt: bool = False
    message: str = ""

    @property
    def reindexed(self) -> int:
        return self.added + self.changed


@dataclass
class ArticleHit:
    id: str
    title: str
    path: str
    score: float
    hits: int
    variant: bool
    passages: list[Passage] = field(default_factory=list)


@dataclass
class _Doc:
    id: str
    path: str
    title: str
    outlet: str
    date: str
    length: int
    title_canon: str
    outlet_canon: str


class SearchIndex:
    """The search index of one content folder, stored in `index_dir`. Thread-safe."""

    def __init__(self, index_dir: Path | str, content_dir: Path | str):
        self.index_dir = Path(index_dir)
        self.content_dir = Path(content_dir)
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self._docs: dict[int, _Doc] | None = None
        self._postings_cache: dict[str, dict[int, int]] = {}
        self._topic_blocks: dict[int, set[str]] = {}
        self.topic_filter = None  # a reader.core.search.topic_filter.TopicFilter: answers topic:

    @classmethod
    def for_paths(cls, paths) -> SearchIndex:
        from .topic_filter import TopicFilter

        index = cls(paths.cache_dir / "index", paths.content_dir)
        index.topic_filter = TopicFilter.for_paths(paths)
        return index

    @property
    def _store(self) -> Path:
        return self.index_dir / "store.sqlite"

    # -- lifecycle ---------------------------------------------------------------------------
    def update(self, progress: Callable[[int, int], None] | None = None, rebuild: bool = False) -> IndexReport:
        """Bring the index up to date with the content folder, re-indexing only what changed.

        A missing, old or damaged index is rebuilt; the report's `message` says why. Safe to call
        from a worker thread; `progress(done, total)` is called as files are indexed.
        """
        with self._lock:
            t0 = time.perf_counter()
            report = IndexReport()
            problem = "a rebuild was asked for" if rebuild else self._problem()
            if problem:
                self._create()
                report.rebuilt = True
                report.message = ("search index created" if problem == "there was none yet"
                                  else f"search index rebuilt: {problem}")
                log.info(report.message)
            try:
                self._sync(report, progress)
            except (sqlite3.DatabaseError, windex.IndexError, OSError, EOFError, ValueError) as exc:
                if report.rebuilt:
                    raise SearchIndexError(f"cannot write the search index in {self.index_dir}: {exc}") from exc
                self._create()
                report = IndexReport(rebuilt=True, message=f"search index rebuilt: it was damaged ({exc})")
                self._sync(report, progress)
            report.seconds = time.perf_counter() - t0
            report.size = sum(f.stat().st_size for f in self.index_dir.rglob("*") if f.is_file())
            return report

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
            self._db, self._docs = None, None

    def _problem(self) -> str:
        """Why the index on disk cannot be used as it is ("" when it can)."""
        if not self._store.exists():
            return "there was none yet"
        try:
            db = self._connect()
            row = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row is None or db.execute("SELECT value FROM meta WHERE key='complete'").fetchone() is None:
                return "the last build did not finish"
            if row[0] != SCHEMA_VERSION:
                return f"it was made by another version (schema {row[0]}, now {SCHEMA_VERSION})"
            count = db.execute("SELECT count(*) FROM articles WHERE error IS NULL").fetchone()[0]
            ix = windex.open_dir(str(self.index_dir / "whoosh"))
            if ix.doc_count() != count:
                return "its parts disagree"
            db.execute("SELECT count(*) FROM postings").fetchone()
        except Exception as exc:  # any failure to read it means: damaged
            return f"it was damaged ({type(exc).__name__}: {exc})"
        return ""

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = sqlite3.connect(self._store, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=OFF")
            self._db.execute("PRAGMA synchronous=OFF")
        return self._db

    def _create(self) -> None:
        self.close()
        if self.index_dir.exists():
            shutil.rmtree(self.index_dir)
        (self.index_dir / "whoosh").mkdir(parents=True)
        self._connect().executescript(_SQL)
        windex.create_in(str(self.index_dir / "whoosh"), whoosh_schema())

    def _sync(self, report: IndexReport, progress) -> None:
        db = self._connect()
        known = {row[0]: row for row in db.execute("SELECT path, num, size, mtime_ns, sha1 FROM articles")}
        files = sorted(p for p in self.content_dir.iterdir()
                       if p.suffix.lower() in CONTENT_SUFFIXES and p.is_file() and not p.name.startswith("."))
        next_num = (db.execute("SELECT max(num) FROM articles").fetchone()[0] or 0) + 1
        todo, gone = [], []
        for path in files:
            rel = path.relative_to(self.content_dir).as_posix()
            old = known.pop(rel, None)
            size, mtime_ns = file_signature(path)
            if old and (old[2], old[3]) == (size, mtime_ns):
                report.unchanged += 1
                continue
            if old:
                import hashlib

                if hashlib.sha1(path.read_bytes()).hexdigest() == old[4]:
                    db.execute("UPDATE articles SET mtime_ns=?, size=? WHERE num=?", (mtime_ns, size, old[1]))
                    report.unchanged += 1
                    continue
                gone.append(old[1])
                report.changed += 1
            else:
                report.added += 1
            todo.append((next_num, path, rel))
            next_num += 1
        report.removed = len(known)
        gone.extend(row[1] for row in known.values())
        fresh = not known and not gone and db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
        if todo or gone:
            self._write(todo, gone, fresh, progress)
        db.execute("INSERT OR REPLACE INTO meta VALUES('schema', ?), ('complete', '1')", (SCHEMA_VERSION,))
        report.documents = db.execute("SELECT count(*) FROM articles WHERE error IS NULL").fetchone()[0]
        report.passages = db.execute("SELECT count(*) FROM passages").fetchone()[0]
        self._load_docs()

    def _write(self, todo, gone: list[int], fresh: bool, progress) -> None:
        db = self._connect()
        db.execute("DELETE FROM meta WHERE key='complete'")
        ix = windex.open_dir(str(self.index_dir / "whoosh"))
        writer = ix.writer(limitmb=128)
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
        self._postings_cache.clear()

    @staticmethod
    def _insert(db: sqlite3.Connection, writer, rec: ArticleRecord) -> None:
        db.execute("INSERT INTO articles VALUES(?,?,?,?,?,?,?,?,?,?,?)",
                   (rec.num, rec.id, rec.path, rec.size, rec.mtime_ns, rec.sha1, rec.title, rec.outlet,
                    rec.date, rec.canon, rec.error))
        if rec.error:
            return
        db.executemany("INSERT INTO passages VALUES(?,?,?,?,?,?)",
                       [(rec.num, i, p.block, p.text, p.start, p.end) for i, p in enumerate(rec.passages)])
        writer.add_document(num=str(rec.num), title=rec.title, outlet=rec.outlet, date=rec.date)

    def _load_docs(self) -> None:
        rows = self._connect().execute(
            "SELECT num, id, path, title, outlet, date, length(canon) FROM articles WHERE error IS NULL")
        self._docs = {r[0]: _Doc(*r[1:], canonical(r[3]), canonical(r[4])) for r in rows}
        self._postings_cache.clear()

    def _ready(self) -> dict[int, _Doc]:
        if self._docs is None:
            problem = self._problem()
            if problem:
                raise SearchIndexError(f"the search index needs to be built first ({problem})")
            self._load_docs()
        return self._docs

    # -- queries -----------------------------------------------------------------------------
    def search(self, text: str, limit: int | None = 20, passages: bool = True) -> list[ArticleHit]:
        """Articles matching the query, best first: exact matches, then variant-only matches.

        `passages=False` skips snippets (counting or listing only). `limit=None` returns all.
        Raises QueryError for a query that cannot be answered (the message says why).
        """
        query = parse_query(text)
        with self._lock:
            try:
                return self._search(query, limit, passages)
            except sqlite3.DatabaseError as exc:
                self._docs = None
                raise SearchIndexError(f"the search index is damaged ({exc}); rebuild it") from exc

    def _search(self, query: Query, limit: int | None, passages: bool = True) -> list[ArticleHit]:
        docs = self._ready()
        allowed = self._filtered(query, docs)
        self._topic_blocks = {}
        if query.topics or query.not_topics:
            allowed = self._topic_allowed(query, docs, allowed)
        ranker = Ranker(self, docs, query)
        found = ranker.top(limit, allowed, variants=False)
        if query.has_variants and (limit is None or len(found) < limit):
            more = ranker.top(None if limit is None else limit - len(found), allowed, variants=True,
                              skip={m.num for m in found})
            found.extend(more)
        return [self._hit(m, passages) for m in found]

    def _hit(self, match, with_passages: bool = True) -> ArticleHit:
        doc = self._docs[match.num]
        if not with_passages:
            return ArticleHit(doc.id, doc.title, doc.path, round(match.score, 4), len(match.positions), match.variant)
        rows = self._connect().execute(
            "SELECT block, text, start, end FROM passages WHERE num=? ORDER BY ord", (match.num,)).fetchall()
        starts = [r[2] for r in rows]
        per_passage: dict[int, int] = {}
        for pos in match.positions:
            i = bisect_right(starts, pos) - 1
            if i >= 0:
                per_passage[i] = per_passage.get(i, 0) + 1
        candidates = [(rows[i][0], rows[i][1], n, i) for i, n in per_passage.items()]
        about = self._topic_blocks.get(match.num)
        if about and any(c[0] in about for c in candidates):  # topic:… — snippets from the topic's passages
            candidates = [c for c in candidates if c[0] in about]
        passages = best_passages(candidates, match.needles)
        return ArticleHit(doc.id, doc.title, doc.path, round(match.score, 4), len(match.positions), match.variant, passages)

    def canonical_text(self, num: int) -> str:
        row = self._connect().execute("SELECT canon FROM articles WHERE num=?", (num,)).fetchone()
        return row[0] if row else ""

    def postings(self, term: str) -> dict[int, int]:
        """Doc number → frequency for one body term (cached until the index changes)."""
        cached = self._postings_cache.get(term)
        if cached is not None:
            return cached
        row = self._connect().execute("SELECT docs, tfs FROM postings WHERE term=?", (term,)).fetchone()
        result: dict[int, int] = {}
        if row:
            docs, tfs = array("I"), array("H")
            docs.frombytes(row[0])
            tfs.frombytes(row[1])
            result = dict(zip(docs, tfs))
        if len(self._postings_cache) > 512:
            self._postings_cache.clear()
        self._postings_cache[term] = result
        return result

    def needle_bounds(self, needle: str) -> dict[int, int]:
        """Doc number → an upper bound of the needle's frequency in the body, for every doc that may contain it."""
        terms, chars = needle_terms(needle)
        lists = [self.postings(t) for t in terms] + [self.postings(CHAR_PREFIX + c) for c in chars]
        if not lists:
            return {}
        lists.sort(key=len)
        bounds = dict(lists[0])
        for other in lists[1:]:
            bounds = {d: min(tf, other[d]) for d, tf in bounds.items() if d in other}
            if not bounds:
                break
        return bounds

    def _topic_allowed(self, query: Query, docs: dict[int, _Doc], allowed: set[int] | None) -> set[int]:
        """Doc numbers allowed by topic: filters too; remembers each one's passages about the topics."""
        if self.topic_filter is None:
            raise QueryError("topic: filters need the topic list, which this index was not given")
        self.topic_filter.check(query.topics + query.not_topics)
        out = set()
        for num in (allowed if allowed is not None else docs):
            doc = docs[num]
            about = self.topic_filter.blocks(doc.id, self.content_dir / doc.path)
            if all(about.get(t) for t in query.topics) and not any(about.get(t) for t in query.not_topics):
                out.add(num)
                self._topic_blocks[num] = {b for t in query.topics for b in about.get(t, ())}
        return out

    def _filtered(self, query: Query, docs: dict[int, _Doc]) -> set[int] | None:
        """Doc numbers allowed by title:/outlet:/date: filters (Whoosh selects, canonical text decides)."""
        if not (query.title or query.outlet or query.dates):
            return None
        parts = []
        for fname, needles in (("title", query.title), ("outlet", query.outlet)):
            for needle in needles:
                terms, chars = needle_terms(needle)
                parts.extend(wq.Term(fname, t) for t in terms)
                parts.extend(wq.Or([wq.Term(fname, c), wq.Wildcard(fname, f"*{c}*")]) for c in chars)
        for low, high in query.dates:
            parts.append(wq.TermRange("date", low or None, (high + "\uffff") if high else None))
        ix = windex.open_dir(str(self.index_dir / "whoosh"))
        with ix.searcher() as searcher:
            nums = {int(f["num"]) for f in searcher.search(wq.And(parts), limit=None)}
        return {n for n in nums if n in docs
                and all(contains(x, docs[n].title_canon) for x in query.title)
                and all(contains(x, docs[n].outlet_canon) for x in query.outlet)
                and all(date_matches(docs[n].date, lo, hi) for lo, hi in query.dates)}


__all__ = ["ArticleHit", "IndexReport", "SearchIndex"]
