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
from ..limits import MAX_FOREIGN_COLORS
from ..text.canonical import canonical
from .database import HighlightDatabase
from .model import DEFAULT_COLORS, FOREIGN_COLOR_RGB, Color, Highlight, normalise_tags, now_iso

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
    """What an import did: `notes` says, one line each, what was merged, skipped or changed and why."""

    added: int = 0
    skipped: int = 0  # already present (same id, or same place and quote), nothing new in them
    merged: int = 0  # already present, with a note or tags that were added to the highlight here
    refused: int = 0  # not imported (the reason is in `notes`)
    notes: list[str] = field(default_factory=list)


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
        rows = self._conn.execute("SELECT key, name, rgb FROM colors ORDER BY position, key").fetchall()
        return [Color(key, name, rgb, defaults.get(key, key)) for key, name, rgb in rows]

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
        name = " ".join(_valid_text(name, "the colour name").split()) or next(c.default_name for c in DEFAULT_COLORS if c.key == key)
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
        _check_text(highlight)
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
        if note is not None:
            _valid_text(note, "the note")
        for tag in tags or ():
            _valid_text(str(tag), "a tag")
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

    def delete_article(self, article_id: str) -> int:
        """Delete every highlight of an article (one undo step): what removing an article for good
        confirms. Returns how many there were."""
        found = self.list(article_id=article_id)
        if found:
            self._do(Command("delete", tuple(Change(h, None) for h in found)))
        return len(found)

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

    def import_highlights(self, highlights: Iterable[Highlight], color_names: dict[str, str] | None = None,
                          notes: Iterable[str] = ()) -> ImportReport:
        """Add the highlights not already here, in one transaction and one undo step. One already
        here (same id, or same article, block, offsets and quote) gets the note and tags it lacks
        — never loses its own, never silently drops the file's. A colour key Duidu does not have
        is kept as a colour of its own (up to MAX_FOREIGN_COLORS), never turned into another.
        Colour names are taken for colours the user has not renamed. `notes`: what parsing found
        (text repaired), carried into the report."""
        report = ImportReport(notes=list(notes))
        color_names = color_names or {}
        keys = {c.key for c in self.colors()}
        new_colors: list[str] = []
        by_id = {h.id: h for h in self.list()}
        by_place = {_place(h): h.id for h in by_id.values()}
        changes: dict[str, Change] = {}  # by highlight id, in file order
        for n, h in enumerate(highlights, 1):
            _check_text(h)
            h = replace(h, tags=normalise_tags(h.tags))
            if h.color not in keys:
                if len(keys) - len(DEFAULT_COLORS) >= MAX_FOREIGN_COLORS:
                    report.refused += 1
                    report.notes.append(f"annotation {n} ({_short(h.exact)}) skipped: its colour {h.color!r} is "
                                        f"not one of Duidu's, and {MAX_FOREIGN_COLORS} other colours were already "
                                        "added")
                    continue
                keys.add(h.color)
                new_colors.append(h.color)
                report.notes.append(f"colour {h.color!r} is not one of Duidu's: kept as a colour of its own")
            target_id = h.id if h.id in by_id else by_place.get(_place(h))
            if target_id is None:
                by_id[h.id] = h
                by_place[_place(h)] = h.id
                changes[h.id] = Change(None, h)
                continue
            here = by_id[target_id]
            if h.color != here.color:
                report.notes.append(f"annotation {n} ({_short(h.exact)}) is already here in colour {here.color!r}: "
                                    f"it keeps that colour (the file has {h.color!r})")
            merged = _merged(here, h)
            if merged == here:
                report.skipped += 1
                continue
            merged = replace(merged, modified=now_iso())
            by_id[target_id] = merged
            pending = changes.get(target_id)
            changes[target_id] = Change(pending.before if pending else here, merged)
            report.merged += 1
            report.notes.append(f"annotation {n} ({_short(h.exact)}) is already here: its "
                                f"{' and '.join(_what_merged(here, merged))} added to the highlight {target_id}")
        renames = [(name, c.key) for c in self.colors()
                   if not c.renamed and (name := " ".join(color_names.get(c.key, "").split())) and name != c.name]
        with self._transaction() as conn:
            last = conn.execute("SELECT coalesce(max(position), -1) FROM colors").fetchone()[0]
            for i, key in enumerate(new_colors, last + 1):
                name = " ".join(color_names.get(key, "").split()) or key
                conn.execute("INSERT INTO colors VALUES (?, ?, ?, ?)", (key, name, FOREIGN_COLOR_RGB, i))
            for change in changes.values():
                self._apply(conn, change)
            conn.executemany("UPDATE colors SET name = ? WHERE key = ?", renames)
        if changes:
            self._undo.append(Command("import", tuple(changes.values())))
            del self._undo[:-UNDO_LIMIT]
            self._redo.clear()
        report.added = sum(1 for c in changes.values() if c.before is None)
        return report


def _merged(here: Highlight, incoming: Highlight) -> Highlight:
    """`here` with the note and tags of `incoming` it lacks: notes joined by a blank line (a note
    already contained is not repeated), tags appended. Its colour and place stay."""
    note = here.note
    if incoming.note.strip() and incoming.note.strip() not in here.note:
        note = f"{here.note}\n\n{incoming.note}" if here.note.strip() else incoming.note
    return replace(here, note=note, tags=normalise_tags((*here.tags, *incoming.tags)))


def _what_merged(before: Highlight, after: Highlight) -> list[str]:
    return [what for what, changed in (("note was", before.note != after.note), ("tags were", before.tags != after.tags))
            if changed]


def _short(text: str, limit: int = 24) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _valid_text(text: str, what: str) -> str:
    """`text` if SQLite can store it as UTF-8; a lone surrogate (bytes that were not UTF-8,
    decoded with surrogateescape) is refused with a message rather than a UnicodeEncodeError."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise HighlightError(f"{what} is not valid text (character {exc.start + 1} is not valid UTF-8)") from None
    return text


def _check_text(h: Highlight) -> None:
    for what, value in (("the note", h.note), ("the quote", h.exact), ("the quote's context", h.prefix + h.suffix),
                        ("the article id", h.article_id), ("the passage id", h.block_id), ("the id", h.id),
                        ("the colour", h.color), ("a tag", "".join(h.tags))):
        _valid_text(value, what)


def _place(h: Highlight) -> tuple:
    return (h.article_id, h.block_id, h.start, h.end, h.exact)
