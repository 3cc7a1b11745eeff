"""Topic and TopicList: the topics a reader follows across articles, read from `topics.toml`.

Every keyword, phrase and exclusion is normalised at load to the form passages are searched in
(canonical text: OpenCC t2s, NFKC, case folded, the alias list applied), plus the regional
vocabulary of both scripts (程式設計 = 编程), so a topic written in Traditional keywords tags a
Simplified article and the reverse. A bad file is refused as a whole, with the line at fault:
half a topic list would tag silently wrong.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import TopicListError
from ..text.canonical import canonical, converter

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,47}$")
_COLOR_RE = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_TOPIC_FIELDS = {"id", "names", "color", "keywords", "phrases", "related", "exclude", "description"}
_NAME_FIELDS = ("hans", "hant", "en")
_TOP_FIELDS = {"topic"}
_VOCABULARY = ("s2twp", "tw2sp")
_SPACES_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"[^\W_]")


def normalised(term: str) -> str:
    """A keyword in the form passages are searched in: canonical text, white space folded."""
    return _SPACES_RE.sub(" ", canonical(term)).strip()


def forms_of(term: str) -> tuple[str, ...]:
    """Every form a keyword is found in: as written, in both regions' vocabulary, and with the
    alias list's other ways of writing a name or term in it (强化学习 = rl = reinforcement learning)."""
    out: list[str] = []
    for text in (term, *(converter(config).convert(term) for config in _VOCABULARY)):
        form = normalised(text)
        if form and form not in out:
            out.append(form)
    groups = _alias_groups()
    for form in list(out):
        for member, group in groups.items():
            if member in form:
                for other in group:
                    variant = form.replace(member, other)
                    if variant not in out:
                        out.append(variant)
    return tuple(out)


@lru_cache(maxsize=1)
def _alias_groups() -> dict[str, tuple[str, ...]]:
    """Each form of the alias list (content/aliases.toml) → all the forms of its entry."""
    from ..compare.aliases import bundled_aliases

    entries: dict[str, list[str]] = {}
    for form, target in bundled_aliases().table.items():
        entries.setdefault(target, [target]).append(form)
    return {m: tuple(g) for g in entries.values() for m in g}


@dataclass(frozen=True)
class Topic:
    """One topic: `keywords` are evidence, `phrases` strong evidence, `related` words count only
    beside a keyword or phrase (信号, 稀疏 say little alone), and text inside an `exclude` phrase
    never counts (特斯拉前…负责人 is a job title)."""

    id: str
    names: dict[str, str]
    color: str
    keywords: tuple[str, ...]
    phrases: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    description: str = ""

    def name(self, script: str = "hans") -> str:
        """The topic's name for a UI in `script` (hans, hant or en; tw and hk read hant)."""
        key = {"tw": "hant", "hk": "hant"}.get(script, script)
        return self.names.get(key) or self.names.get("hans") or self.id

    def forms(self, terms: tuple[str, ...]) -> tuple[str, ...]:
        out: list[str] = []
        for term in terms:
            out.extend(f for f in forms_of(term) if f not in out)
        return tuple(out)


@dataclass(frozen=True)
class TopicList:
    topics: tuple[Topic, ...] = ()
    path: str = ""
    digest: str = field(default="", compare=False)

    def __iter__(self):
        return iter(self.topics)

    def __len__(self) -> int:
        return len(self.topics)

    def get(self, topic_id: str) -> Topic | None:
        return next((t for t in self.topics if t.id == topic_id), None)

    @property
    def ids(self) -> list[str]:
        return [t.id for t in self.topics]

    @classmethod
    def load(cls, path: Path | str) -> TopicList:
        """The list in `path`; raises TopicListError (with the line) if it cannot be used."""
        path = Path(path)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise TopicListError(f"cannot read the topic list ({exc.strerror or exc})", path=str(path)) from None
        return cls.parse(raw, str(path))

    @classmethod
    def parse(cls, raw: bytes | str, path: str = "topics.toml") -> TopicList:
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                line = raw[: exc.start].count(b"\n") + 1
                raise TopicListError("not UTF-8 text", line, path) from None
        try:
            data = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as exc:
            line = _decode_error_line(exc)
            message = re.sub(r"\s*\(at (?:line \d+, column \d+|end of document)\)", "", str(exc))
            raise TopicListError(f"not valid TOML: {message}", line, path) from None
        lines = _Lines(raw)
        for key in data:
            if key not in _TOP_FIELDS:
                raise TopicListError(f"unknown field '{key}' (the file holds [[topic]] tables)",
                                     lines.top_key(key), path)
        entries = data.get("topic", [])
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise TopicListError("'topic' must be a list of tables, written [[topic]]", lines.top_key("topic"), path)
        seen: dict[str, int] = {}
        topics = [_topic(entry, n, lines, path, seen) for n, entry in enumerate(entries)]
        digest = hashlib.blake2b(raw.encode("utf-8"), digest_size=12).hexdigest()
        return cls(tuple(topics), path, digest)


def _topic(entry: dict, n: int, lines: _Lines, path: str, seen: dict[str, int]) -> Topic:
    def fail(message: str, key: str | None = None) -> TopicListError:
        return TopicListError(message, lines.key(n, key) if key else lines.table(n), path)

    for key in entry:
        if key not in _TOPIC_FIELDS:
            known = ", ".join(sorted(_TOPIC_FIELDS))
            raise fail(f"unknown field '{key}' in a topic (known: {known})", key)
    topic_id = entry.get("id")
    if not isinstance(topic_id, str) or not _ID_RE.match(topic_id):
        raise fail("a topic needs an 'id' of lower-case letters, digits and '-' (like \"self-driving\")",
                   "id" if "id" in entry else None)
    if topic_id in seen:
        raise fail(f"duplicate id '{topic_id}' (first used by topic {seen[topic_id] + 1})", "id")
    seen[topic_id] = n
    names = entry.get("names")
    if not isinstance(names, dict):
        raise fail(f"topic '{topic_id}' needs names = {{ hans = …, hant = …, en = … }}",
                   "names" if "names" in entry else None)
    for key in names:
        if key not in _NAME_FIELDS:
            raise fail(f"unknown name '{key}' in topic '{topic_id}' (names are hans, hant and en)", "names")
    for key in _NAME_FIELDS:
        if not isinstance(names.get(key), str) or not names[key].strip():
            raise fail(f"topic '{topic_id}' has no '{key}' name", "names")
    color = entry.get("color")
    if not isinstance(color, str) or not _COLOR_RE.match(color.strip()):
        raise fail(f"topic '{topic_id}': color {color!r} is not a colour (write it as \"#RRGGBB\")",
                   "color" if "color" in entry else None)
    terms = {}
    for key in ("keywords", "phrases", "related", "exclude"):
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(f"topic '{topic_id}': {key} must be a list of strings", key)
        for v in value:
            if not _WORD_RE.search(normalised(v)):  # nothing to find, or punctuation that is everywhere
                raise fail(f"topic '{topic_id}' has an empty entry in {key}: {v!r}", key)
        terms[key] = tuple(v.strip() for v in value)
    if not terms["keywords"] and not terms["phrases"]:  # related words alone never tag
        raise fail(f"topic '{topic_id}' has no keywords", "keywords" if "keywords" in entry else None)
    description = entry.get("description", "")
    if not isinstance(description, str):
        raise fail(f"topic '{topic_id}': description must be a string", "description")
    return Topic(topic_id, {k: names[k].strip() for k in _NAME_FIELDS}, color.strip().lower(),
                 terms["keywords"], terms["phrases"], exclude=terms["exclude"], related=terms["related"],
                 description=description)


def _decode_error_line(exc: tomllib.TOMLDecodeError) -> int | None:
    line = getattr(exc, "lineno", None)  # Python ≥ 3.14
    if line:
        return line
    m = re.search(r"at line (\d+)", str(exc))
    return int(m.group(1)) if m else None


class _Lines:
    """Where the n-th [[topic]] table and its keys are written, for error messages."""

    _TABLE_RE = re.compile(r"^\s*\[\[\s*topic\s*\]\]")
    _HEADER_RE = re.compile(r"^\s*\[")

    def __init__(self, text: str):
        self.lines = text.splitlines()
        self.starts = [i for i, line in enumerate(self.lines) if self._TABLE_RE.match(line)]

    def table(self, n: int) -> int | None:
        return self.starts[n] + 1 if n < len(self.starts) else None

    def key(self, n: int, key: str) -> int | None:
        if n >= len(self.starts):
            return None
        start = self.starts[n]
        end = self.starts[n + 1] if n + 1 < len(self.starts) else len(self.lines)
        key_re = re.compile(rf"^\s*(?:\"{re.escape(key)}\"|{re.escape(key)})\s*[=.]|^\s*\[\s*topic\.{re.escape(key)}\s*\]")
        for i in range(start, end):
            if key_re.match(self.lines[i]):
                return i + 1
        return start + 1

    def top_key(self, key: str) -> int | None:
        key_re = re.compile(rf"^\s*(?:\"{re.escape(key)}\"|{re.escape(key)})\s*[=.]|^\s*\[+\s*{re.escape(key)}\b")
        for i, line in enumerate(self.lines):
            if key_re.match(line):
                return i + 1
        return None
