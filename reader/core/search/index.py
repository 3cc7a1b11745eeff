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
import weakref
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from whoosh import query as wq
from whoosh.index import IndexError as WhooshIndexError

from ..content.library import article_ids
from ..content.paths import content_roots
from ..content.roots import ContentRoots
from ..errors import ContentError, QueryError, SearchIndexError
from .analysis import contains, needle_terms
from .indexing import CHAR_PREFIX
from .lock import IndexLock
from .query import Query, date_matches, parse_query
from .ranking import Ranker
from .snippet import Passage, best_passages
from .storage import (
    IndexDamage,
    cannot_write,
    clear_leftovers,
    describe,
    folder_size,
    is_damage,
    new_build_dir,
    private_dir,
    set_aside_intruder,
    swap_in,
)
from .store import NONE_YET, Doc, IndexStore

log = logging.getLogger(__name__)

LOCK_WAIT = 8.0  # seconds a Duidu waits while another one writes the index, before saying so
BUSY = "the search index is being rebuilt by another Duidu; try again in a moment"
CREATED, REBUILT, ASKED = "search index created", "search index rebuilt", "a rebuild was asked for"  # the window translates


@dataclass
class IndexReport:
    """What `SearchIndex.update` did; `message` is set when the user should be told something."""

    documents: int = 0
    passages: int = 0
    errors: int = 0  # files that could not be indexed (unreadable, bad front matter…): errors of those files
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    size: int = 0
    seconds: float = 0.0
    rebuilt: bool = False
    message: str = ""
    saved: bool = True  # False: the index could not be written where it belongs (a temporary one is used)

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
    # a query of filters only (title:, date:…) matches by these fields, with no hits in the text
    matched_by: tuple[str, ...] = ()


class SearchIndex:
    """The search index of one content folder, stored in `index_dir`. Thread-safe, and safe with
    other processes using the same folder: one writes at a time (lock.py), readers never see a
    half-built index, and one that cannot be written is searched read-only or in a temporary folder."""

    def __init__(self, index_dir: Path | str, content_dir):
        self.index_dir = Path(index_dir)
        self.roots = ContentRoots.of(content_dir)  # a folder, or the content and library folders
        self.content_dir = self.roots.content_dir
        self._lock = threading.RLock()
        self._store = IndexStore(self.index_dir, self.roots)
        self._private: weakref.finalize | None = None  # removes a temporary index folder
        self._docs: dict[int, Doc] | None = None
        self._postings_cache: dict[str, dict[int, int]] = {}
        self._topic_blocks: dict[int, set[str]] = {}
        self.repair_report: IndexReport | None = None  # set when a search found damage and rebuilt the index
        self.topic_filter = None  # a reader.core.search.topic_filter.TopicFilter: answers topic:

    @classmethod
    def for_paths(cls, paths) -> SearchIndex:
        from .topic_filter import TopicFilter

        index = cls(paths.cache_dir / "index", content_roots(paths))
        index.topic_filter = TopicFilter.for_paths(paths)
        return index

    @property
    def folder(self) -> Path:
        """Where the index being searched is: `index_dir`, or a temporary folder when that cannot be written."""
        return self._store.folder

    # -- lifecycle ---------------------------------------------------------------------------
    def update(self, progress: Callable[[int, int], None] | None = None, rebuild: bool = False,
               wait: float = LOCK_WAIT, verify: bool = False) -> IndexReport:
        """Bring the index up to date with the content folder, re-indexing only what changed.

        A missing, old or damaged index is rebuilt; the report's `message` says why. Safe to call
        from a worker thread; `progress(done, total)` is called as files are indexed. Waits up to
        `wait` seconds for another process writing the index; SearchIndexError if it is still
        rebuilding it then, or if no index can be built at all. `verify` reads every postings list
        too (the `index` command), instead of leaving that to the searches that read them.
        """
        return self._update(progress, ASKED if rebuild else "", wait, verify)

    def _update(self, progress, why: str, wait: float, verify: bool = False) -> IndexReport:
        with self._lock:
            t0 = time.perf_counter()
            lock = IndexLock(self.index_dir.with_name(self.index_dir.name + ".lock"))
            try:
                moved = set_aside_intruder(self.index_dir)
                self.index_dir.parent.mkdir(parents=True, exist_ok=True)
                got = lock.acquire(wait)
            except OSError as exc:
                moved = ""
                report = self._update_unsaved(progress, why, f"cannot write to {self.index_dir.parent} "
                                                             f"({exc.strerror or describe(exc)})")
            else:
                try:
                    report = self._update_locked(progress, why, verify) if got else self._update_beside_writer()
                except Exception as exc:
                    if not cannot_write(exc):
                        if isinstance(exc, (sqlite3.Error, OSError, WhooshIndexError)):
                            raise SearchIndexError(f"cannot update the search index in {self.index_dir} "
                                                   f"({describe(exc)})") from exc
                        raise
                    report = self._update_unsaved(progress, why, f"cannot write the search index in "
                                                                 f"{self.index_dir} ({describe(exc)})")
                finally:
                    lock.release()
            report.message = "; ".join(m for m in (moved, report.message) if m)
            if report.message:
                log.info(report.message)
            report.seconds = time.perf_counter() - t0
            report.size = folder_size(self.folder)
            return report

    def _update_locked(self, progress, why: str, verify: bool = False) -> IndexReport:
        """Holding the writer lock: bring the index in `index_dir` up to date, or rebuild it."""
        self._use(IndexStore(self.index_dir, self.roots))
        clear_leftovers(self.index_dir)
        problem = why or self._store.problem(thorough=verify)
        if not problem:
            report = IndexReport()
            try:
                self._store.sync(report, progress)
                self._load_docs()
                return report
            except Exception as exc:
                if not is_damage(exc):
                    raise
                problem = f"it was damaged ({describe(exc)})"
        report = IndexReport(rebuilt=True, message=CREATED if problem == NONE_YET
                             else f"{REBUILT}: {problem}")
        build = new_build_dir(self.index_dir)
        try:
            self._use(IndexStore(build, self.roots))
            self._store.create()
            self._store.sync(report, progress)
            self._store.close()
            swap_in(build, self.index_dir)
        except BaseException:
            self._store.close()
            shutil.rmtree(build, ignore_errors=True)
            raise
        self._use(IndexStore(self.index_dir, self.roots))
        self._load_docs()
        return report

    def _update_beside_writer(self) -> IndexReport:
        """Another Duidu kept the writer lock: search its last complete index, read-only, if there is one."""
        self._use(IndexStore(self.index_dir, self.roots, read_only=True))
        if self._store.problem():
            self._store.close()
            raise SearchIndexError(BUSY)
        self._load_docs()
        report = IndexReport(saved=False, message="another Duidu is updating the search index: "
                                                  "searching it as it was")
        report.documents = len(self._docs)
        report.passages = self._store.db().execute("SELECT count(*) FROM passages").fetchone()[0]
        return report

    def _update_unsaved(self, progress, why: str, reason: str) -> IndexReport:
        """The index cannot be written where it belongs: search the saved one read-only if it is
        complete and current, else build one in a temporary folder for this session."""
        report = IndexReport(saved=False)
        if not why and self._private is None:
            self._use(IndexStore(self.index_dir, self.roots, read_only=True))
            try:
                if not self._store.problem() and self._store.plan(report).empty:
                    self._load_docs()
                    report.documents = len(self._docs)
                    report.message = f"{reason}: searching the saved index as it is"
                    return report
            except Exception as exc:  # a damaged or unreadable saved index: build a temporary one
                if not (is_damage(exc) or isinstance(exc, OSError)):
                    raise
            report = IndexReport(saved=False)
        try:
            if self._private is None or why or self._store.problem():
                self._use(IndexStore(private_dir(), self.roots), private=True)
                self._store.create()
                report.rebuilt = True
            self._store.sync(report, progress)
        except SearchIndexError:
            raise
        except Exception as exc:
            if not (isinstance(exc, OSError) or is_damage(exc)):
                raise
            raise SearchIndexError(f"{reason}, nor in a temporary folder ({describe(exc)})") from exc
        self._load_docs()
        report.message = f"{reason}: searching a temporary index, not saved"
        return report

    def _use(self, store: IndexStore, private: bool = False) -> None:
        """Switch to `store`, closing the one in use (and removing it if it was temporary)."""
        if self._private is not None and (private or store.folder != self._store.folder):
            self._store.close()
            self._private()
            self._private = None
        self._store.close()
        self._store, self._docs = store, None
        self._postings_cache.clear()
        if private:
            self._private = weakref.finalize(self, shutil.rmtree, str(store.folder), True)

    def close(self) -> None:
        with self._lock:
            self._store.close()
            self._docs = None
            self._postings_cache.clear()

    def _load_docs(self) -> None:
        self._docs = self._store.docs()
        self._postings_cache.clear()
        # ids as the library gives them: files whose names differ only by suffix or case are told
        # apart by the whole folder (reader.core.content.library.article_ids), not by one file
        try:
            ids = {self.roots.relative(p): i for p, i in article_ids(self.roots.files()).items()}
        except ContentError:
            return
        for doc in self._docs.values():
            if doc.path in ids and ids[doc.path] != doc.id:
                doc.id = ids[doc.path]

    def _ready(self) -> dict[int, Doc]:
        if self._docs is None:
            problem = self._store.problem()
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
            except QueryError:
                raise
            except Exception as exc:  # the damage family is decided in one place: storage.is_damage
                if not is_damage(exc):
                    raise
                if self.repair_report is not None:  # repaired once already: do not rebuild on every search
                    raise SearchIndexError(f"the search index is damaged ({describe(exc)})") from exc
                log.info("search index damaged, rebuilding it: %s", describe(exc), exc_info=True)
                self.repair_report = self._update(None, f"it was damaged ({describe(exc)})", LOCK_WAIT)
            try:
                return self._search(query, limit, passages)
            except QueryError:
                raise
            except Exception as exc:
                if not is_damage(exc):
                    raise
                raise SearchIndexError(f"the search index is damaged and could not be rebuilt ({describe(exc)})") from exc

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
        matched_by = () if query.groups else query.filter_fields()
        return [replace(self._hit(m, passages), matched_by=matched_by) for m in found]

    def _hit(self, match, with_passages: bool = True) -> ArticleHit:
        doc = self._docs[match.num]
        if not with_passages:
            return ArticleHit(doc.id, doc.title, doc.path, round(match.score, 4), len(match.positions), match.variant)
        rows = self._store.passages(match.num)
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
        return self._store.canonical_text(num)

    def postings(self, term: str) -> dict[int, int]:
        """Doc number → frequency for one body term (cached until the index changes)."""
        cached = self._postings_cache.get(term)
        if cached is not None:
            return cached
        docs, tfs = self._store.postings(term)
        result = dict(zip(docs, tfs))
        if self._docs is not None and not result.keys() <= self._docs.keys():
            raise IndexDamage(f"the postings of {term!r} name articles the index does not have")
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

    def _topic_allowed(self, query: Query, docs: dict[int, Doc], allowed: set[int] | None) -> set[int]:
        """Doc numbers allowed by topic: filters too; remembers each one's passages about the topics."""
        if self.topic_filter is None:
            raise QueryError("topic: filters need the topic list, which this index was not given")
        self.topic_filter.check(query.topics + query.not_topics)
        out = set()
        for num in (allowed if allowed is not None else docs):
            doc = docs[num]
            about = self.topic_filter.blocks(doc.id, self.roots.path(doc.path))
            if all(about.get(t) for t in query.topics) and not any(about.get(t) for t in query.not_topics):
                out.add(num)
                self._topic_blocks[num] = {b for t in query.topics for b in about.get(t, ())}
        return out

    def _filtered(self, query: Query, docs: dict[int, Doc]) -> set[int] | None:
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
        nums = {int(f["num"]) for f in self._store.searcher().search(wq.And(parts), limit=None)}
        return {n for n in nums if n in docs
                and all(contains(x, docs[n].title_canon) for x in query.title)
                and all(contains(x, docs[n].outlet_canon) for x in query.outlet)
                and all(date_matches(docs[n].date, lo, hi) for lo, hi in query.dates)}


__all__ = ["ArticleHit", "IndexReport", "SearchIndex"]
