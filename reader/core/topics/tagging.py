"""Passage tagging: which topics each passage of an article is about, and how strongly.

A passing word is not a topic. A passage is about a topic when its score reaches 2, the score
adding up
- its own evidence: 1 for each distinct keyword found, 2 for each phrase, +0.25 per repeat
  (at most +1 in all); text inside one of the topic's `exclude` phrases never counts;
- how much of it the evidence covers: up to +1 when matches cover a tenth of its characters, so
  a short list item ("强化学习很糟糕") counts on one keyword and a long paragraph does not;
- its context: +1 when its own heading is on the topic (+0.5 for an outer heading), +0.5 for
  each neighbour whose own evidence and cover reach 2.
A question among other questions (a teaser list, "为什么强化学习很糟糕、") gets no cover and no
context: in a list of questions a word names a subject the article may or may not discuss.
An article covers a topic when at least one of its passages is about it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..cache import LruCache
from ..compare.passages import article_digest
from ..text.trie import trie_pattern
from .model import TopicList, normalised

PASSAGE_KINDS = ("paragraph", "list_item", "quote", "table")
THRESHOLD = 2.0
_KEYWORD, _PHRASE, _RELATED, _EXCLUDE = 1.0, 1.5, 0.5, 0.0
_LISTED = 0.5  # a term that is one item of an enumeration (甲、乙、丙) names a subject, it does not discuss it
_REPEAT, _REPEAT_CAP = 0.25, 1.0
_FULL_COVER = 0.10
_OWN_HEADING, _OUTER_HEADING, _NEIGHBOUR = 1.0, 0.5, 0.5
_SECTION = THRESHOLD
_COUNTED_RE = re.compile(r"\S")
_ENUMERATION_RE = re.compile(r"(?:[^、,，。;；:：!！?？()（）]{1,24}、){2,}[^、,，。;；:：!！?？()（）]{1,24}")
_REFERENCE_RE = re.compile(r"^\s*(?:\[\d+\]\s*)?[A-Z][\w'-]+,\s+(?:[A-Z]\.\s*)+(?:,|&|and|\(\d{4}\))")
_SHORT = 80  # characters: an outline item this short elaborates its heading
_QUESTION_RE = re.compile(r"^(?:为什么|为何|如何|怎样|怎么|是否|what|why|how)|[?？]\s*[、,，]?\s*$|^.{0,60}为什么.{0,40}[、,，]\s*$")


@dataclass(frozen=True)
class Tag:
    """A passage is about `topic` with `strength` (0–1, the score over 4), found by `evidence`."""

    topic: str
    strength: float
    score: float
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class TaggedPassage:
    block_id: str
    kind: str
    start: int  # characters of the article before it (white space not counted)
    length: int
    tags: tuple[Tag, ...]

    def tag(self, topic_id: str) -> Tag | None:
        return next((t for t in self.tags if t.topic == topic_id), None)


@dataclass
class ArticleTags:
    article_id: str
    total: int  # the article's characters (white space not counted)
    passages: list[TaggedPassage] = field(default_factory=list)

    def about(self, topic_id: str) -> list[TaggedPassage]:
        """The passages about the topic, in reading order."""
        return [p for p in self.passages if p.tag(topic_id)]


class Matcher:
    """Every keyword, phrase and exclusion of a topic list in one trie regex; a match counts for
    each term it is or contains (强化学习微调 is also 强化学习)."""

    def __init__(self, topics: TopicList):
        self.topics = topics
        owners: dict[str, list[tuple[str, str, float]]] = {}
        for topic in topics:
            for terms, weight in ((topic.keywords, _KEYWORD), (topic.phrases, _PHRASE), (topic.related, _RELATED),
                                  (topic.exclude, _EXCLUDE)):
                for term in terms:
                    for form in topic.forms((term,)):
                        owners.setdefault(form, []).append((topic.id, term, weight))
        self.owners: dict[str, tuple[tuple[str, str, float], ...]] = {}
        for form in owners:
            found = [o for other, owned in owners.items() if other in form for o in owned]
            self.owners[form] = tuple(dict.fromkeys(found))
        pattern = trie_pattern(self.owners)
        self._re = re.compile(pattern) if pattern else None

    def evidence(self, text: str) -> dict[str, tuple[float, float, tuple[str, ...], bool]]:
        """Per topic: (evidence, share of the text's characters matched, terms found, whether a
        keyword or phrase is among them)."""
        if self._re is None or not text:
            return {}
        counted = max(1, len(_COUNTED_RE.findall(text)))
        listed = [m.span() for m in _ENUMERATION_RE.finditer(text)]
        hits: dict[str, dict[str, int]] = {}
        weights: dict[str, float] = {}
        covered: dict[str, int] = {}
        related: dict[str, float] = {}
        for m in self._re.finditer(text):
            owned = self.owners[m.group()]
            excluded = {topic for topic, _, weight in owned if weight == _EXCLUDE}
            best: dict[str, tuple[str, float]] = {}  # per topic, the heaviest term this match is
            for topic, term, weight in owned:
                if weight != _EXCLUDE and topic not in excluded and weight > best.get(topic, ("", -1.0))[1]:
                    best[topic] = (term, weight)
            in_list = any(a <= m.start() < b for a, b in listed)
            for topic, (term, weight) in best.items():
                terms = hits.setdefault(topic, {})
                if term not in terms:
                    covered[topic] = covered.get(topic, 0) + len(m.group().replace(" ", ""))
                    if weight == _RELATED:
                        related[topic] = related.get(topic, 0.0) + weight * (_LISTED if in_list else 1.0)
                terms[term] = terms.get(term, 0) + 1
                weights[term] = max(weight * (_LISTED if in_list else 1.0), weights.get(term, 0.0))
        out = {}
        for topic, terms in hits.items():
            own = sum(weights[t] for t in terms)
            repeats = min(_REPEAT_CAP, _REPEAT * sum(n - 1 for n in terms.values()))
            specific = own - related.get(topic, 0.0) > 0  # related words alone need a heading on the topic
            out[topic] = (own + repeats, covered[topic] / counted, tuple(terms), specific)
        return out


def _is_reference(text: str) -> bool:
    """A bibliography entry ("Karpathy, A. (2025). Title."): it names a subject, it does not discuss it."""
    return bool(_REFERENCE_RE.match(text))


def _is_question(text: str) -> bool:
    return bool(_QUESTION_RE.search(text.strip()))


def tag_article(article, topics: TopicList, matcher: Matcher | None = None) -> ArticleTags:
    """Tags for every passage of `article` (uncached: see `article_tags`)."""
    matcher = matcher or Matcher(topics)
    blocks = article.blocks
    headings = {b.text.strip() for b in blocks if b.kind == "heading"}
    heading_topics: dict[int, set[str]] = {}  # level → topics of the current heading at that level
    section: set[str] = set()  # the topics of the nearest heading that has any
    rows = []  # (block, start, length, evidence, heading context, is_question)
    start = 0
    for block in blocks:
        length = len(_COUNTED_RE.findall(block.text))
        if block.kind == "heading":
            found = {t for t, (own, *_) in matcher.evidence(normalised(block.text)).items() if own >= 1}
            heading_topics = {lvl: ts for lvl, ts in heading_topics.items() if lvl < block.level}
            heading_topics[block.level] = found
            section = next((heading_topics[lvl] for lvl in sorted(heading_topics, reverse=True) if heading_topics[lvl]),
                           set())
        elif block.kind in PASSAGE_KINDS and not (block.kind == "list_item" and block.text.strip() in headings):
            context: dict[str, float] = {}
            levels = sorted(heading_topics, reverse=True)
            for rank, lvl in enumerate(levels):
                for t in heading_topics[lvl]:
                    context[t] = max(context.get(t, 0.0), _OWN_HEADING if rank == 0 else _OUTER_HEADING)
            evidence = matcher.evidence(normalised(block.text))
            if length <= _SHORT and not any(e[3] for e in evidence.values()):
                for t in section:  # an outline item with nothing of its own is about its section
                    context[t] = max(context.get(t, 0.0), _SECTION)
            rows.append((block, start, length, evidence, context, _is_question(block.text) or _is_reference(block.text)))
        start += length
    questions = [q for *_, q in rows]
    teaser = [q and ((i > 0 and questions[i - 1]) or (i + 1 < len(rows) and questions[i + 1])
                     or _is_reference(rows[i][0].text)) for i, q in enumerate(questions)]

    def base(i: int) -> dict[str, float]:
        evidence, context = rows[i][3], rows[i][4]
        return {t: own + min(1.0, cover / _FULL_COVER) for t, (own, cover, _, specific) in evidence.items()
                if specific or context.get(t, 0.0) > 0}

    bases = [base(i) for i in range(len(rows))]
    out = ArticleTags(article.id, start)
    for i, (block, b_start, length, evidence, context, _) in enumerate(rows):
        if teaser[i]:
            out.passages.append(TaggedPassage(block.id, block.kind, b_start, length, ()))
            continue
        scores = dict(bases[i])
        if True:
            for t, c in context.items():
                scores[t] = scores.get(t, 0.0) + c
            for j in (i - 1, i + 1):
                if 0 <= j < len(rows):
                    for t, s in bases[j].items():
                        if s >= THRESHOLD:
                            scores[t] = scores.get(t, 0.0) + _NEIGHBOUR
        tags = tuple(
            Tag(t, round(min(1.0, s / (2 * THRESHOLD)), 3), round(s, 3), evidence.get(t, (0, 0, (), False))[2])
            for t, s in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
            if s >= THRESHOLD and (t in evidence or context.get(t, 0) > 0)
        )
        out.passages.append(TaggedPassage(block.id, block.kind, b_start, length, tags))
    return out


_CACHE: LruCache[ArticleTags] = LruCache(256)
_MATCHERS: LruCache[Matcher] = LruCache(4)


def matcher_for(topics: TopicList) -> Matcher:
    return _MATCHERS.get_or_make(topics.digest or id(topics), lambda: Matcher(topics))


def article_tags(article, topics: TopicList) -> ArticleTags:
    """Tags of `article` under `topics`, cached until its text or the topic list changes."""
    key = (article_digest(article), topics.digest or id(topics))
    return _CACHE.get_or_make(key, lambda: tag_article(article, topics, matcher_for(topics)))


def tag_all(articles: Iterable, topics: TopicList) -> list[ArticleTags]:
    return [article_tags(a, topics) for a in articles]
