"""Query: the search box's little language, parsed into needles of canonical text.

Space = AND, `OR` between two terms = either, `-term` excludes, `"quoted phrase"` keeps its
spaces, `title:` / `outlet:` restrict to a field, `date:2025-10` or `date:2025-10..2025-12`
restrict by date, `topic:rl` to the articles that discuss a topic of the topic list (`-topic:rl`:
those that do not; see reader.core.topics). A needle is matched as a substring of canonical text (see analysis.find_all),
so a query finds exactly the articles that contain it, in whichever script it was typed.
Stray operators are dropped rather than reported, so half-typed queries still answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import QueryError
from ..text.canonical import canonical, converter
from ..text.ranges import CJK_RE
from .analysis import has_terms

MAX_QUERY_CHARS = 256
MAX_NEEDLES = 32
_TOKEN_RE = re.compile(r'(-?)(?:(\w+):)?"([^"]*)"?|(\S+)')
_EDGE_RE = re.compile(r"^[\W_]+|[\W_]+$")
_DATE_RE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_FIELDS = ("title", "outlet", "date", "topic")
_TOPIC_ID_RE = re.compile(r"[a-z0-9][a-z0-9-]*")
VARIANT_CONFIGS = ("s2twp", "tw2sp")


@dataclass(frozen=True)
class Needle:
    """One thing to find: canonical text plus its regional variants (canonical too)."""

    text: str
    variants: tuple[str, ...] = ()


@dataclass
class Query:
    groups: list[list[Needle]] = field(default_factory=list)  # AND of groups, OR within a group
    excludes: list[str] = field(default_factory=list)
    title: list[str] = field(default_factory=list)
    outlet: list[str] = field(default_factory=list)
    dates: list[tuple[str, str]] = field(default_factory=list)  # inclusive (low, high) prefixes
    topics: list[str] = field(default_factory=list)  # topic ids the article must cover
    not_topics: list[str] = field(default_factory=list)  # topic ids it must not cover

    @property
    def has_filters(self) -> bool:
        return bool(self.title or self.outlet or self.dates or self.topics or self.not_topics)

    def filter_fields(self) -> tuple[str, ...]:
        """The metadata fields the query filters on (title, outlet, date, topic), in that order."""
        present = {"title": self.title, "outlet": self.outlet, "date": self.dates,
                   "topic": self.topics or self.not_topics}
        return tuple(name for name, values in present.items() if values)

    @property
    def has_variants(self) -> bool:
        return any(n.variants for g in self.groups for n in g)

    def needles(self, variants: bool = True) -> list[str]:
        """Every canonical text a hit can be (what a pane marks), longest first."""
        found = {n.text for g in self.groups for n in g}
        if variants:
            found.update(v for g in self.groups for n in g for v in n.variants)
        return sorted(found, key=lambda t: (-len(t), t))


def needle_text(raw: str) -> str:
    """Canonical form of a typed term, without the punctuation around it ("" if nothing is left)."""
    text = _EDGE_RE.sub("", canonical(raw).strip())
    return text if has_terms(text) else ""


def variants_of(raw: str, text: str) -> tuple[str, ...]:
    """The term's regional vocabulary (软件 → 软体, 信息 → 资讯), as canonical needles."""
    if not CJK_RE.search(text):
        return ()
    found = []
    for config in VARIANT_CONFIGS:
        for source in (raw, text):
            v = needle_text(converter(config).convert(source))
            if v and v != text and v not in found:
                found.append(v)
    return tuple(found)


def parse_query(q: str) -> Query:
    """Parse the search box; raise QueryError when there is nothing that could be answered."""
    if len(q) > MAX_QUERY_CHARS:
        raise QueryError.of("the query is too long ({0} characters; at most {1})", len(q), MAX_QUERY_CHARS)
    query = Query()
    pending_or = False
    for m in _TOKEN_RE.finditer(q):
        if m.group(4) is not None:
            word = m.group(4)
            negate, fname, value = "", None, word
            if word == "OR":
                pending_or = bool(query.groups)
                continue
            if word.startswith("-"):
                negate, value = "-", word[1:]
            name, sep, rest = value.partition(":")
            if sep and name.lower() in _FIELDS:
                fname, value = name.lower(), rest
        else:
            negate, fname, value = m.group(1), m.group(2), m.group(3)
            if fname and fname.lower() not in _FIELDS:
                value = f"{fname}:{value}"
                fname = None
            fname = fname.lower() if fname else None
        if fname == "date":
            if value:
                query.dates.append(_date_range(value))
            pending_or = False
            continue
        if fname == "topic":
            topic_id = value.strip().lower()
            if topic_id and not _TOPIC_ID_RE.fullmatch(topic_id):
                raise QueryError.of("topic:{0} — a topic id is letters, digits and '-', like topic:rl", value)
            if topic_id:
                (query.not_topics if negate else query.topics).append(topic_id)
            pending_or = False
            continue
        text = needle_text(value)
        if not text:
            pending_or = False
            continue
        if fname:
            (query.title if fname == "title" else query.outlet).append(text)
        elif negate:
            query.excludes.append(text)
        else:
            needle = Needle(text, variants_of(value, text))
            if pending_or and query.groups:
                query.groups[-1].append(needle)
            else:
                query.groups.append([needle])
        pending_or = False
    count = sum(len(g) for g in query.groups) + len(query.excludes) + len(query.title) + len(query.outlet)
    if count > MAX_NEEDLES:
        raise QueryError.of("the query has too many terms ({0}; at most {1})", count, MAX_NEEDLES)
    if not query.groups and not query.has_filters:
        if query.excludes:
            raise QueryError.of("the query only excludes words: add a word to look for")
        raise QueryError.of("nothing to search for: type Chinese characters, letters or digits")
    return query


def _date_range(value: str) -> tuple[str, str]:
    low, sep, high = value.partition("..")
    low, high = low.strip(), (high.strip() if sep else low.strip())
    for part in (low, high):
        if part and not _DATE_RE.fullmatch(part):
            raise QueryError.of("date:{0} — write dates as 2025, 2025-10 or 2025-10..2025-12", value)
        if part and not _real_date(part):
            raise QueryError.of("date:{0} — {1} is not a date", value, part)
    if not low and not high:
        raise QueryError.of("date: needs a date, e.g. date:2025-10 or date:2025-10..2025-12")
    return low, high


def _real_date(part: str) -> bool:
    """Whether a date prefix (2025, 2025-10, 2025-10-03) names a real year, month or day."""
    import datetime as _dt

    pieces = [int(p) for p in part.split("-")]
    year, month, day = pieces[0], pieces[1] if len(pieces) > 1 else 1, pieces[2] if len(pieces) > 2 else 1
    try:
        _dt.date(max(year, 1), month, day)
    except ValueError:
        return False
    return True


def date_matches(date: str, low: str, high: str) -> bool:
    """Whether an ISO date falls in [low, high], each bound a prefix (2025, 2025-10, 2025-10-03)."""
    if not date:
        return False
    return (not low or date[: len(low)] >= low) and (not high or date[: len(high)] <= high)
