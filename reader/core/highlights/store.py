"""HighlightStore: highlights, their tags and the colour names, with undo and redo.

The file itself (WAL, migrations, a damaged one set aside) is `highlight_db`'s business; here
every change is one transaction of that database.

Undo and redo live here, not in the UI: each user action is a `Command` of before/after
snapshots, replayed in one transaction. Re-anchoring is not a user action and is not undone;
undoing an edit therefore restores only the user's fields (colour, note, tags).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import HighlightError
from ..text.canonical import canonical
from .database import HighlightDatabase
from .model import DEFAULT_COLOR, DEFAULT_COLORS, Color, Highlight, normalise_tags, now_iso

UNDO_LIMIT = 200

_COLUMNS = ("id, article_id, block_id, start_offset, end_offset, exact, prefix, suffix, color, note, "
            "created, modified, detached, position, content_hash")


@dataclass(frozen=True)
class Change:
    before: Highlight | None  # None: the change created it
    after: Highlight | None  # None: the change deleted it


@dataclass(frozen=True)
class Command:
    """One undoable user action ('add', 'edit', 'delete', 'import')."""

    label: str
    changes: tuple[Change, ...]


@dataclass
class ReanchorReport:
    kept: int = 0
    moved: int = 0
    fuzzy: int = 0
    detached: list[Highlight] = field(default_factory=list)  # could not be placed (kept, flagged)


@dataclass
class ImportReport:
    added: int = 0
    skipped: int = 0  # already present (same id, or same place and quote)


class HighlightStore:
    """All highlights of one data folder. Not thread-safe: use it from one thread."""

    def __init__(self, data_dir: Path | str, timeout: float = 5.0):
        """Open (or create) the database in `data_dir`; a damaged one is set aside first (see
        `recovered_from`). `timeout`: seconds to wait for another process that is writing."""
        self._db = HighlightDatabase(data_dir, timeout)
        self._conn = self._db.conn
        self._transaction = self._db.transaction
        self.path = self._db.path
        self.recovered_from: Path | None = self._db.recovered_from
        self.recovery_message = self._db.recovery_message
        self._undo: list[Command] = []
        self._redo: list[Command] = []

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> HighlightStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- colours ------------------------------------------------------------------------------
    def colors(self) -> list[Color]:
        """The five colour categories in keyboard order, with the user's names."""
        defaults = {c.key: c.name for c in DEFAULT_COLORS}
        rows = self._conn.execute("SELECT key, name, rgb FROM colors ORDER BY position").fetchall()
        return [Color(key, name, rgb, defaults[key]) for key, name, rgb in rows]

    def color_key(self, text: str) -> str:
        """The key of a colour given by key (red), name in either script (红, 紅, 存疑) or number (1–5)."""
        wanted = canonical(text.strip())
        colors = self.colors()
        for i, c in enumerate(colors, 1):
            if wanted in (c.key, canonical(c.name), canonical(c.default_name), str(i)):
                return c.key
        choices = ", ".join(f"{c.key} ({c.name})" for c in colors)
        raise HighlightError(f"unknown colour {text!r} (colours: {choices})")

    def rename_color(self, key: str, name: str) -> None:
        """Give a colour category the user's name (empty: back to the default name)."""
        key = self.color_key(key)
        name = " ".join(name.split()) or next(c.default_name for c in DEFAULT_COLORS if c.key == key)
        with self._transaction() as conn:
            conn.execute("UPDATE colors SET name = ? WHERE key = ?", (name, key))

    # -- reading ------------------------------------------------------------------------------
    def get(self, highlight_id: str) -> Highlight | None:
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM highlights WHERE id = ?", (highlight_id,)).fetchall()
        return self._with_tags(rows)[0] if rows else None

    def list(self, article_id: str | None = None, color: str | None = None, tag: str | None = None,
             text: str | None = None, detached: bool | None = None) -> list[Highlight]:
        """Highlights in reading order (article, then place), filtered as the panel filters:
        `color` by key or name, `tag` and `text` (in quote or note) in either script."""
        where, params = [], []
        if article_id is not None:
            where.append("article_id = ?")
            params.append(article_id)
        if color is not None:
            where.append("color = ?")
            params.append(self.color_key(color))
        if detached is not None:
            where.append("detached = ?")
            params.append(int(detached))
        sql = f"SELECT {_COLUMNS} FROM highlights"
        if where:
            sql += " WHERE " + " AND ".join(where)
        found = self._with_tags(self._conn.execute(sql + " ORDER BY article_id, position, created, id", params))
        if tag:
            found = [h for h in found if h.has_tag(tag)]
        if text:
            found = [h for h in found if h.matches_text(text)]
        return found

    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM highlights").fetchone()[0]

    def tags(self) -> list[str]:
        """Every tag in use, the most used first, once however it is written: 学习 and 學習 are
        one tag, as in `list(tag=...)`. A tag is shown in its most used spelling; on a tie, in the
        spelling of the highlight made first."""
        rows = self._conn.execute("SELECT t.tag FROM highlight_tags t JOIN highlights h ON h.id = t.highlight_id "
                                  "ORDER BY h.created, h.rowid, t.position")
        uses = Counter(tag for (tag,) in rows)  # in the order first used
        spellings: dict[str, list[str]] = {}
        for tag in uses:
            spellings.setdefault(canonical(tag), []).append(tag)
        counted = [(-sum(uses[t] for t in forms), max(forms, key=uses.__getitem__)) for forms in spellings.values()]
        return [tag for _, tag in sorted(counted)]

    def _with_tags(self, rows: Iterable[tuple]) -> list[Highlight]:
        rows = list(rows)
        tags: dict[str, list[str]] = {}
        if rows:
            if len(rows) == 1:
                found = self._conn.execute("SELECT highlight_id, tag FROM highlight_tags WHERE highlight_id = ? "
                                           "ORDER BY position", (rows[0][0],))
            else:
                found = self._conn.execute("SELECT highlight_id, tag FROM highlight_tags ORDER BY position")
            for hid, tag in found:
                tags.setdefault(hid, []).append(tag)
        return [Highlight(*r[:10], tuple(tags.get(r[0], ())), r[10], r[11], bool(r[12]), r[13], r[14]) for r in rows]

    # -- user actions (undoable) --------------------------------------------------------------
    def add(self, highlight: Highlight) -> Highlight:
        """Store a new highlight (see Highlight.new); its colour must be one of `colors()`."""
        highlight = replace(highlight, color=self.color_key(highlight.color), tags=normalise_tags(highlight.tags))
        if not 0 <= highlight.start < highlight.end:
            raise HighlightError(f"a highlight needs a non-empty range, not {highlight.start}–{highlight.end}")
        if self.get(highlight.id) is not None:
            raise HighlightError(f"a highlight with id {highlight.id} already exists")
        self._do(Command("add", (Change(None, highlight),)))
        return highlight

    def update(self, highlight_id: str, *, note: str | None = None, tags: Iterable[str] | None = None,
               color: str | None = None) -> Highlight:
        """Change a highlight's note, tags or colour (the arguments given); one undo step."""
        before = self._existing(highlight_id)
        after = replace(before,
                        note=before.note if note is None else note,
                        tags=before.tags if tags is None else normalise_tags(tags),
                        color=before.color if color is None else self.color_key(color))
        if after == before:
            return before
        after = replace(after, modified=now_iso())
        self._do(Command("edit", (Change(before, after),)))
        return after

    def delete(self, highlight_id: str) -> Highlight:
        before = self._existing(highlight_id)
        self._do(Command("delete", (Change(before, None),)))
        return before

    def _existing(self, highlight_id: str) -> Highlight:
        found = self.get(highlight_id)
        if found is None:
            raise HighlightError(f"no highlight with id {highlight_id!r}")
        return found

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_label(self) -> str:
        return self._undo[-1].label if self._undo else ""

    @property
    def redo_label(self) -> str:
        return self._redo[-1].label if self._redo else ""

    def undo(self) -> Command | None:
        """Reverse the last user action; returns it (None when there is nothing to undo)."""
        if not self._undo:
            return None
        command = self._undo[-1]
        self._replay([Change(c.after, c.before) for c in reversed(command.changes)])
        self._redo.append(self._undo.pop())
        return command

    def redo(self) -> Command | None:
        if not self._redo:
            return None
        command = self._redo[-1]
        self._replay(list(command.changes))
        self._undo.append(self._redo.pop())
        return command

    def _do(self, command: Command) -> None:
        self._replay(list(command.changes))
        self._undo.append(command)
        del self._undo[:-UNDO_LIMIT]
        self._redo.clear()

    def _replay(self, changes: list[Change]) -> None:
        with self._transaction() as conn:
            for change in changes:
                self._apply(conn, change)

    def _apply(self, conn: sqlite3.Connection, change: Change) -> None:
        before, after = change.before, change.after
        if after is None:
            conn.execute("DELETE FROM highlights WHERE id = ?", (before.id,))
            return
        if before is None:
            h = after
            conn.execute(f"INSERT INTO highlights ({_COLUMNS}) VALUES ({', '.join('?' * 15)})",
                         (h.id, h.article_id, h.block_id, h.start, h.end, h.exact, h.prefix, h.suffix, h.color,
                          h.note, h.created, h.modified, int(h.detached), h.position, h.content_hash))
        else:  # an edit: the user's fields only, whatever re-anchoring did since
            conn.execute("UPDATE highlights SET color = ?, note = ?, modified = ? WHERE id = ?",
                         (after.color, after.note, after.modified, after.id))
            conn.execute("DELETE FROM highlight_tags WHERE highlight_id = ?", (after.id,))
        conn.executemany("INSERT INTO highlight_tags VALUES (?, ?, ?)",
                         [(after.id, tag, i) for i, tag in enumerate(after.tags)])

    # -- re-anchoring and import ------------------------------------------------------------
    def reanchor(self, article) -> ReanchorReport:
        """Place the article's highlights in its current text, if it changed since they were
        placed (one transaction). Highlights that cannot be placed are flagged, never removed."""
        from .anchoring import KEPT, MOVED, content_hash, resolve

        report = ReanchorReport()
        current = content_hash(article)
        stale = [h for h in self.list(article_id=article.id) if h.content_hash != current]
        updates = []
        for h in stale:
            placement = resolve(article, h)
            if placement.detached:
                report.detached.append(h)
                updates.append(replace(h, detached=True, content_hash=current))
                continue
            if placement.status == KEPT:
                report.kept += 1
            elif placement.status == MOVED:
                report.moved += 1
            else:
                report.fuzzy += 1
            updates.append(h.placed_at(placement.anchor))
        if updates:
            with self._transaction() as conn:
                conn.executemany(
                    "UPDATE highlights SET block_id = ?, start_offset = ?, end_offset = ?, exact = ?, prefix = ?, "
                    "suffix = ?, detached = ?, position = ?, content_hash = ? WHERE id = ?",
                    [(h.block_id, h.start, h.end, h.exact, h.prefix, h.suffix, int(h.detached), h.position,
                      h.content_hash, h.id) for h in updates])
        return report

    def import_highlights(self, highlights: Iterable[Highlight], color_names: dict[str, str] | None = None) -> ImportReport:
        """Add the highlights not already here (same id, or same article, block, offsets and
        quote), in one transaction and one undo step. Colour names are taken for colours the
        user has not renamed."""
        report = ImportReport()
        keys = {c.key for c in self.colors()}
        existing = self.list()
        ids = {h.id for h in existing}
        places = {_place(h) for h in existing}
        changes = []
        for h in highlights:
            if h.id in ids or _place(h) in places:
                report.skipped += 1
                continue
            h = replace(h, color=h.color if h.color in keys else DEFAULT_COLOR, tags=normalise_tags(h.tags))
            ids.add(h.id)
            places.add(_place(h))
            changes.append(Change(None, h))
        renames = [(name, c.key) for c in self.colors()
                   if not c.renamed and (name := " ".join((color_names or {}).get(c.key, "").split()))
                   and name != c.name]
        with self._transaction() as conn:
            for change in changes:
                self._apply(conn, change)
            conn.executemany("UPDATE colors SET name = ? WHERE key = ?", renames)
        if changes:
            self._undo.append(Command("import", tuple(changes)))
            del self._undo[:-UNDO_LIMIT]
            self._redo.clear()
        report.added = len(changes)
        return report


def _place(h: Highlight) -> tuple:
    return (h.article_id, h.block_id, h.start, h.end, h.exact)
