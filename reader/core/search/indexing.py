"""Turning content files into index records, in worker processes when there are many.

`prepare_files` reads, renders and canonicalises each file and counts its terms, which is
where almost all the indexing time goes; the records it returns are plain data, cheap to
pickle, so a process pool of one worker per core does the work while the caller only writes.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import re
import sqlite3
from array import array
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..content.article import Article
from ..text.canonical import canonical
from ..text.ranges import CJK_RE
from .analysis import term_counts
from .storage import IndexDamage

CHAR_PREFIX = "#"  # postings of single CJK characters: "#学" (no Latin word contains '#')
PASSAGE_SEPARATOR = "\n"  # between passages in an article's canonical text; never in a needle
POOL_THRESHOLD = 48  # fewer files than this are prepared in-process (a pool costs ~1 s to start)
CHUNK = 64


@dataclass
class PassageRecord:
    block: str
    text: str  # original block text, for snippets
    start: int  # span in the article's canonical text
    end: int


@dataclass
class ArticleRecord:
    num: int
    id: str
    path: str
    size: int
    mtime_ns: int
    sha1: str
    title: str = ""
    outlet: str = ""
    date: str = ""
    canon: str = ""
    passages: list[PassageRecord] = field(default_factory=list)
    error: str | None = None


@dataclass
class Batch:
    """Records of consecutive articles plus their postings: term → (doc numbers, frequencies)."""

    records: list[ArticleRecord]
    postings: dict[str, tuple[bytes, bytes]]


_SURROGATE = re.compile("[\ud800-\udfff]")


def escaped(text: str) -> str:
    """`text` with lone surrogates (the undecodable bytes of a file name, a `\\ud800` escape in
    YAML) written out as `\\xe9` or `\\ud800`, so that it can be stored, indexed and printed."""
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(lambda m: f"\\x{ord(m[0]) - 0xDC00:02x}" if 0xDC80 <= ord(m[0]) <= 0xDCFF
                          else f"\\u{ord(m[0]):04x}", text)


def file_signature(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def body_terms(canon: str) -> dict[str, int]:
    """Terms indexed for an article body: bigrams, whole words, and every CJK character."""
    counts = term_counts(canon)
    for ch in CJK_RE.findall(canon):
        counts[CHAR_PREFIX + ch] += 1
    for key in [k for k in counts if len(k) == 1 and CJK_RE.match(k)]:
        del counts[key]  # a lone character is answered by its CHAR_PREFIX entry
    return counts


def record_from_article(num: int, article: Article, relpath: str, raw: bytes, size: int, mtime_ns: int) -> ArticleRecord:
    rec = ArticleRecord(num, article.id, relpath, size, mtime_ns, hashlib.sha1(raw).hexdigest())
    if article.error:
        rec.error = article.error
        return rec
    rec.title, rec.outlet, rec.date = escaped(article.title), escaped(article.outlet), escaped(article.date)
    fill_passages(rec, [(b.id, b.text) for b in article.blocks])
    return rec


def fill_passages(rec: ArticleRecord, blocks: Iterable[tuple[str, str]]) -> None:
    parts, pos = [], 0
    for block_id, text in blocks:
        text = escaped(text)
        canon = canonical(text)
        rec.passages.append(PassageRecord(block_id, text, pos, pos + len(canon)))
        parts.append(canon)
        pos += len(canon) + len(PASSAGE_SEPARATOR)
    rec.canon = PASSAGE_SEPARATOR.join(parts)


def _prepare_one(num: int, path: Path, relpath: str) -> ArticleRecord:
    """The record of one file; one that cannot be read is an error of that file, with its size and
    mtime, so the next update sees it unchanged instead of failing on it again."""
    try:
        size, mtime_ns = file_signature(path)
    except OSError as exc:
        return ArticleRecord(num, path.stem, relpath, -1, -1, "", error=f"cannot read file: {exc.strerror or exc}")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return ArticleRecord(num, path.stem, relpath, size, mtime_ns, "",
                             error=f"cannot read file: {exc.strerror or exc}")
    return record_from_article(num, Article.load(path), relpath, raw, size, mtime_ns)


def make_batch(records: list[ArticleRecord]) -> Batch:
    docs: dict[str, array] = {}
    tfs: dict[str, array] = {}
    for rec in records:
        if rec.error:
            continue
        for term, tf in body_terms(rec.canon).items():
            d = docs.get(term)
            if d is None:
                d = docs[term] = array("I")
                tfs[term] = array("H")
            d.append(rec.num)
            tfs[term].append(min(tf, 65535))
    return Batch(records, {t: (docs[t].tobytes(), tfs[t].tobytes()) for t in docs})


def _prepare_chunk(items: list[tuple[int, str, str]]) -> Batch:
    return make_batch([_prepare_one(num, Path(p), rel) for num, p, rel in items])


def prepare_files(items: list[tuple[int, Path, str]], progress: Callable[[int, int], None] | None = None,
                  procs: int | None = None) -> Iterator[Batch]:
    """Batches for (doc number, path, relative path) items, in order; `progress(done, total)`."""
    total = len(items)
    chunks = [[(n, str(p), r) for n, p, r in items[i : i + CHUNK]] for i in range(0, total, CHUNK)]
    procs = procs or min(4, os.cpu_count() or 1)
    done = 0
    if total < POOL_THRESHOLD or procs < 2:
        results: Iterable[Batch] = map(_prepare_chunk, chunks)
        pool = None
    else:
        # spawn, not fork: the caller may be a Qt worker thread, and forking a threaded process is unsafe
        pool = ProcessPoolExecutor(procs, mp_context=multiprocessing.get_context("spawn"))
        results = pool.map(_prepare_chunk, chunks)
    try:
        for batch in results:
            done += len(batch.records)
            if progress:
                progress(done, total)
            yield batch
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def unpack_postings(term: str, docs_blob, tfs_blob) -> tuple[array, array]:
    """The doc numbers and frequencies of one term, as stored; IndexDamage unless both blobs are
    whole arrays of the same length (a torn or foreign blob must not become a wrong answer)."""
    docs, tfs = array("I"), array("H")
    if (not isinstance(docs_blob, bytes) or not isinstance(tfs_blob, bytes) or len(docs_blob) % docs.itemsize
            or len(tfs_blob) % tfs.itemsize or len(docs_blob) // docs.itemsize != len(tfs_blob) // tfs.itemsize):
        raise IndexDamage(f"the postings of {term!r} are damaged ({_size(docs_blob)} and {_size(tfs_blob)} bytes)")
    docs.frombytes(docs_blob)
    tfs.frombytes(tfs_blob)
    return docs, tfs


def _size(blob) -> str:
    return str(len(blob)) if isinstance(blob, bytes) else type(blob).__name__


def write_postings(db: sqlite3.Connection, added: dict[str, tuple[array, array]], gone: set[int], removed_terms: set[str], fresh: bool) -> None:
    """Merge new postings into the table and drop those of removed documents (`fresh`: the table is empty)."""
    if fresh:
        db.executemany("INSERT INTO postings VALUES(?,?,?)",
                       ((t, d.tobytes(), f.tobytes()) for t, (d, f) in added.items()))
        return
    for term in removed_terms | added.keys():
        row = db.execute("SELECT docs, tfs FROM postings WHERE term=?", (term,)).fetchone()
        docs, tfs = unpack_postings(term, row[0], row[1]) if row else (array("I"), array("H"))
        if gone and term in removed_terms:
            keep = [i for i, d in enumerate(docs) if d not in gone]
            docs, tfs = array("I", (docs[i] for i in keep)), array("H", (tfs[i] for i in keep))
        if term in added:  # new doc numbers are above all old ones: the lists stay sorted
            docs.extend(added[term][0])
            tfs.extend(added[term][1])
        if docs:
            db.execute("INSERT OR REPLACE INTO postings VALUES(?,?,?)", (term, docs.tobytes(), tfs.tobytes()))
        else:
            db.execute("DELETE FROM postings WHERE term=?", (term,))
