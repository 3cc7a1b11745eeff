"""Transcripts: one-line Q&A text → headings, questions as quotes, answers as paragraphs."""

from __future__ import annotations

import re

from ..errors import ContentError
from .recipes import Recipe
from .structure import escape_markdown, split_long_paragraph

_TOPIC_RE = re.compile(r"[(（]關於[^()（）]*[)）]|[(（]关于[^()（）]*[)）]")


def split_sections(text: str, headings: list[str], name: str) -> tuple[str, list[tuple[str, str]]]:
    """Intro text and (heading, body) pairs; every heading must occur verbatim, in order."""
    positions = []
    pos = 0
    for heading in headings:
        at = text.find(heading, pos)
        if at < 0:
            raise ContentError(f"{name}: recipe heading not found verbatim (in order): {heading!r}")
        positions.append(at)
        pos = at + len(heading)
    intro = text[:positions[0]] if positions else text
    sections = []
    for k, (heading, at) in enumerate(zip(headings, positions)):
        end = positions[k + 1] if k + 1 < len(positions) else len(text)
        sections.append((heading, text[at + len(heading):end]))
    return intro, sections


def transcript_blocks(text: str, recipe: Recipe, name: str) -> list[str]:
    """One-line Q&A text → headings, questions as quotes, answers as paragraphs that keep the
    speaker's label, topic markers starting (bold) paragraphs, long answers split at sentences."""
    text = " ".join(line.strip() for line in text.split("\n") if line.strip())
    tail: list[str] = []
    for trailer in recipe.trailer:
        if text.rstrip().endswith(trailer):
            text = text.rstrip()[: -len(trailer)]
            tail.append(escape_markdown(trailer))
    intro, sections = split_sections(text, recipe.headings_h2, name)
    blocks = [escape_markdown(p) for p in split_long_paragraph(intro.strip(), recipe.paragraph_chars)]
    labels = [recipe.interviewee, *recipe.interviewer] if recipe.interviewee else list(recipe.interviewer)
    label_re = re.compile("(" + "|".join(re.escape(lb) for lb in labels) + ")") if labels else None
    for heading, body in sections:
        blocks.append("## " + escape_markdown(heading, line_start=False))
        pieces = label_re.split(body) if label_re else [body]
        turns = [("", pieces[0])] + [(pieces[k], pieces[k + 1]) for k in range(1, len(pieces) - 1, 2)]
        for label, said in turns:
            if not said.strip() and not label:
                continue
            if label and label == recipe.interviewee:
                blocks.extend(_answer_paragraphs(label, said, recipe))
            else:
                paras = split_long_paragraph((label + said).strip(), recipe.paragraph_chars)
                blocks.append("\n>\n".join("> " + escape_markdown(p) for p in paras))
    return blocks + tail


def _answer_paragraphs(label: str, said: str, recipe: Recipe) -> list[str]:
    """The first paragraph keeps the label (and a topic marker right after it); each later
    topic marker starts a paragraph of its own."""
    lead = " " if said[:1].isspace() else ""
    said = said.strip()
    pieces: list[tuple[str, str]] = []  # (topic marker or "", the text after it)
    marker, last = "", 0
    for m in _TOPIC_RE.finditer(said):
        if said[last:m.start()].strip() or marker:
            pieces.append((marker, said[last:m.start()]))
        marker, last = m.group(), m.end()
    pieces.append((marker, said[last:]))
    out: list[str] = []
    for k, (marker, rest) in enumerate(pieces):
        mark = escape_markdown(marker)
        if marker and recipe.bold_topics:
            mark = f"**{mark}**"
        paras = [escape_markdown(p) for p in split_long_paragraph(rest.strip(), recipe.paragraph_chars)] or [""]
        paras[0] = (escape_markdown(label) + lead if k == 0 else "") + mark + paras[0]
        out.extend(paras)
    return out
