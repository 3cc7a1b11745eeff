"""Where everything of the timeline view goes, computed once per data or size change (never in a
paint): the rows, the marks and their boxes, the date axis and the outlets' labels.

Two layouts: by date (a row per topic, a mark per covering article at its publication date) and
by position (a strip per article, each topic a lane of segments where the article discusses it).
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF

from ...core.topics import ArticleTimeline, Topic

BY_DATE, BY_POSITION = "date", "position"
ROW_H, HEADER_H, POSITION_HEADER_H = 30, 62, 22
LANE_H, STRIP_MIN_H = 3, 21  # by position: each topic's lane within an article's strip
R_MIN, R_MAX = 3.0, 12.0
MARGIN = 16
OUTLET_LINES = 3  # the outlets' labels over the marks take turns on this many lines


@dataclass
class Mark:
    """One (article, topic) pair the view shows: a circle by date, its segments by position."""

    article_id: str
    topic_id: str
    row: int
    rect: QRectF  # what a click or the focus ring takes
    center: QPointF
    segments: tuple[tuple[float, float, float, float], ...] = ()  # by position: (x, y, w, h) of each passage
    radius: float = 0.0

    def segment_rects(self) -> list[QRectF]:
        return [QRectF(*s) for s in self.segments]

    def segment_at(self, point: QPointF, slack: float = 2.0) -> int:
        """Which of the segments is under `point` (-1: none)."""
        x, y = point.x(), point.y()
        for k, (sx, sy, sw, sh) in enumerate(self.segments):
            if sx - slack <= x <= sx + sw + slack and sy - slack <= y <= sy + sh + slack:
                return k
        return -1


@dataclass
class Row:
    label: str
    rect: QRectF  # the whole row
    key: str  # topic id (by date) or article id (by position)
    color: str = ""


@dataclass
class Layout:
    kind: str
    width: float
    height: float
    label_width: float
    rows: list[Row] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)  # row by row, left to right
    row_marks: list[list[int]] = field(default_factory=list)  # indices into marks, per row
    ticks: list[tuple[float, str]] = field(default_factory=list)  # x, label
    event: tuple[float, str] | None = None  # x, label of the event's date line
    outlets: list[tuple[QRectF, str, bool]] = field(default_factory=list)  # by date: box, outlet, right-aligned
    guides: list[float] = field(default_factory=list)  # by date: x of each article's column
    strips: list[QRectF] = field(default_factory=list)  # by position: one per row
    plot: QRectF = field(default_factory=QRectF)

    def row_range(self, top: float, bottom: float) -> range:
        """The rows that meet the band [top, bottom] of the view (rows are stacked in order)."""
        tops = [r.rect.top() for r in self.rows]
        first = max(0, bisect.bisect_right(tops, top) - 1)
        last = bisect.bisect_right(tops, bottom)
        return range(first, min(last, len(self.rows)))

    def mark_at(self, point: QPointF, slack: float = 2.0) -> int:
        """The index of the mark under `point` (the nearest centre wins), else -1."""
        for i in self.row_range(point.y(), point.y()):
            best, best_d = -1, math.inf
            for m in self.row_marks[i]:
                mark = self.marks[m]
                if self.kind == BY_POSITION:
                    if mark.segment_at(point, slack) >= 0:
                        return m
                    continue
                d = math.hypot(point.x() - mark.center.x(), point.y() - mark.center.y())
                if d <= max(mark.radius, 5.0) + slack and d < best_d:
                    best, best_d = m, d
            if best >= 0:
                return best
        return -1


def day_of(date: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat((date or "")[:10])
    except ValueError:
        return None


def spread(ideal: Sequence[float], gap: float, low: float, high: float) -> list[float]:
    """Positions as close to `ideal` (sorted) as they can be with `gap` between neighbours, kept
    within [low, high]: marks of the same day stand side by side instead of on top of each other."""
    n = len(ideal)
    if not n:
        return []
    gap = min(gap, (high - low) / max(1, n - 1)) if n > 1 else gap
    out = list(ideal)
    for i in range(1, n):
        out[i] = max(out[i], out[i - 1] + gap)
    out[-1] = min(out[-1], high)
    for i in range(n - 2, -1, -1):
        out[i] = min(out[i], out[i + 1] - gap)
    out[0] = max(out[0], low)
    for i in range(1, n):
        out[i] = max(out[i], out[i - 1] + gap)
    return out


def warp(points: list[tuple[float, float]], x: float) -> float:
    """Where the ideal x lands once the marks were spread (the axis stretches with them)."""
    if not points:
        return x
    xs = [p[0] for p in points]
    i = bisect.bisect_left(xs, x)
    if i <= 0:
        return points[0][1] + (x - xs[0])
    if i >= len(points):
        return points[-1][1] + (x - xs[-1])
    (x0, y0), (x1, y1) = points[i - 1], points[i]
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0) if x1 != x0 else y0


def date_ticks(first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
    span = (last - first).days
    if span > 75:  # month starts
        out, d = [], dt.date(first.year, first.month, 1)
        while d <= last:
            if d >= first:
                out.append((d, d.strftime("%Y-%m")))
            d = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
        return out
    step = 7 if span > 14 else 1
    return [(first + dt.timedelta(days=k), (first + dt.timedelta(days=k)).strftime("%m-%d"))
            for k in range(0, span + 1, step)]


def by_date(articles: Sequence[ArticleTimeline], topics: Sequence[Topic], script: str, width: float,
            text_width: Callable[[str], float], event_date: str = "", event_label: str = "") -> Layout:
    label_w = min(240.0, max([text_width(t.name(script)) for t in topics] + [60.0]) + 2 * MARGIN)
    left, right = label_w + MARGIN, max(label_w + 120.0, width - MARGIN)
    layout = Layout(BY_DATE, width, HEADER_H + ROW_H * len(topics) + 8, label_w)
    layout.plot = QRectF(left, HEADER_H, right - left, ROW_H * len(topics))
    days = [day_of(a.date) for a in articles]
    known = [d for d in days if d is not None]
    event = day_of(event_date)
    first = min(known + ([event] if event else []), default=dt.date.today())
    last = max(known + ([event] if event else []), default=first)
    span = max(1, (last - first).days)
    inner_l, inner_r = left + R_MAX, right - R_MAX

    def ideal_x(day: dt.date | None) -> float:
        return inner_r if day is None else inner_l + (inner_r - inner_l) * (day - first).days / span

    order = sorted(range(len(articles)), key=lambda i: (days[i] or dt.date.max, articles[i].id))
    ideal = [ideal_x(days[i]) for i in order]
    placed = spread(ideal, 2 * R_MAX + 2, inner_l, inner_r)
    x_of = {articles[i].id: x for i, x in zip(order, placed, strict=True)}
    by_ideal: dict[float, list[float]] = {}
    for a, b in zip(ideal, placed, strict=True):
        by_ideal.setdefault(a, []).append(b)
    points = sorted((a, sum(b) / len(b)) for a, b in by_ideal.items())
    layout.ticks = [(warp(points, ideal_x(d)), label) for d, label in date_ticks(first, last)]
    if event:
        layout.event = (warp(points, ideal_x(event)), event_label or event.isoformat())
    layout.guides = placed
    for line_no in range(OUTLET_LINES):  # the outlets' names over their columns, taking turns
        mine = [order[k] for k in range(line_no, len(order), OUTLET_LINES)]
        for j, i in enumerate(mine):
            x, y = x_of[articles[i].id], 18 + 14 * line_no
            text = articles[i].outlet or articles[i].title
            nxt = x_of[articles[mine[j + 1]].id] if j + 1 < len(mine) else right + MARGIN
            room = min(160.0, nxt - x - 6)
            if room < 60 and j + 1 == len(mine):  # the last one: its name ends over its column
                prev = x_of[articles[mine[j - 1]].id] if j else left
                room = min(160.0, x + R_MAX - prev - 6)
                if room >= 24:
                    layout.outlets.append((QRectF(x + R_MAX - room, y, room, 14), text, True))
            elif room >= 24:
                layout.outlets.append((QRectF(x - 3, y, room, 14), text, False))
    biggest = max((c.share for a in articles for c in a.topics.values() if c.covers), default=0.0) or 1.0
    for row, topic in enumerate(topics):
        top = HEADER_H + row * ROW_H
        layout.rows.append(Row(topic.name(script), QRectF(0, top, width, ROW_H), topic.id, topic.color))
        cy = top + ROW_H / 2
        mine = []
        for i in order:
            cell = articles[i].topics.get(topic.id)
            if cell is None or not cell.covers:
                continue
            r = R_MIN + (R_MAX - R_MIN) * math.sqrt(min(1.0, cell.share / biggest))
            x = x_of[articles[i].id]
            mine.append(len(layout.marks))
            layout.marks.append(Mark(articles[i].id, topic.id, row, QRectF(x - r, cy - r, 2 * r, 2 * r),
                                     QPointF(x, cy), radius=r))
        layout.row_marks.append(mine)
    return layout


def by_position(articles: Sequence[ArticleTimeline], topics: Sequence[Topic], width: float,
                text_width: Callable[[str], float], label: Callable[[ArticleTimeline], str]) -> Layout:
    labels = [label(a) for a in articles]
    label_w = min(260.0, max([text_width(t) for t in labels] + [60.0]) + 2 * MARGIN)
    left, right = label_w + MARGIN, max(label_w + 120.0, width - MARGIN)
    lanes = max(1, len(topics))
    lane_h = max(LANE_H, STRIP_MIN_H // lanes)  # whole pixels: lanes never overlap
    row_h = lane_h * lanes + 8
    layout = Layout(BY_POSITION, width, POSITION_HEADER_H + row_h * len(articles) + 8, label_w)
    layout.plot = QRectF(left, POSITION_HEADER_H, right - left, row_h * len(articles))
    layout.ticks = [(left + (right - left) * k / 4, f"{25 * k}%") for k in range(5)]
    span = right - left
    for row, (article, text) in enumerate(zip(articles, labels, strict=True)):
        top = POSITION_HEADER_H + row * row_h
        layout.rows.append(Row(text, QRectF(0, top, width, row_h), article.id))
        strip = QRectF(left, top + 4, span, row_h - 8)
        layout.strips.append(strip)
        mine = []
        for lane, topic in enumerate(topics):
            cell = article.topics.get(topic.id)
            if cell is None or not cell.covers:
                continue
            y = strip.top() + lane * lane_h
            lengths = cell.lengths or (0.0,) * len(cell.positions)
            segments = tuple((left + span * p, y, max(2.0, span * n), lane_h)
                             for p, n in zip(cell.positions, lengths, strict=False))
            if not segments:
                continue
            x0, x1 = segments[0][0], max(sx + sw for sx, _y, sw, _h in segments)
            first = segments[0]
            mine.append(len(layout.marks))
            layout.marks.append(Mark(article.id, topic.id, row, QRectF(x0, y, x1 - x0, lane_h),
                                     QPointF(first[0] + first[2] / 2, y + lane_h / 2), segments))
        mine.sort(key=lambda m: layout.marks[m].center.x())
        layout.row_marks.append(mine)
    order = [m for row in layout.row_marks for m in row]  # marks row by row, left to right
    remap = {old: new for new, old in enumerate(order)}
    layout.marks = [layout.marks[m] for m in order]
    layout.row_marks = [[remap[m] for m in row] for row in layout.row_marks]
    return layout


def strip_fraction(layout: Layout, point: QPointF) -> tuple[int, float] | None:
    """(row, 0–1 position within the article) of a point on a strip, by position."""
    for i in layout.row_range(point.y(), point.y()):
        strip = layout.strips[i]
        if strip.adjusted(0, -3, 0, 3).contains(point):
            return i, min(1.0, max(0.0, (point.x() - strip.left()) / strip.width()))
    return None
