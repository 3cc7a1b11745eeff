"""Recipes: what one source file needs beyond the generic rules, read from content/sources.toml."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ContentError
from .debris import Chrome

KINDS = ("hugo", "markdown", "webpage", "transcript")


@dataclass
class CodeHint:
    """Where a code listing sits in a web page: first line, last line, fence language."""

    start: str
    end: str
    language: str = ""
    label: str = ""  # a lone line such as "Python" just above the code: the site's caption


@dataclass
class Recipe:
    """What one source file needs beyond the generic rules; values come from sources.toml."""

    source_file: str
    output: str
    kind: str = "webpage"
    meta: dict[str, Any] = field(default_factory=dict)
    headings_h2: list[str] = field(default_factory=list)
    headings_h3: list[str] = field(default_factory=list)
    drop_lines: list[str] = field(default_factory=list)
    code_blocks: list[CodeHint] = field(default_factory=list)
    chrome: list[Chrome] = field(default_factory=list)  # the site's own debris lines (whole-line patterns)
    # transcript only
    interviewee: str = ""
    interviewer: list[str] = field(default_factory=list)
    trailer: list[str] = field(default_factory=list)
    bold_topics: bool = True
    paragraph_chars: int = 300

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ContentError(f"{self.source_file}: unknown kind {self.kind!r} (one of {', '.join(KINDS)})")


def load_recipes(sources_toml: Path) -> list[Recipe]:
    """Every `[[seed]]` of sources.toml, with `[defaults]` merged into each one's metadata."""
    try:
        data = tomllib.loads(Path(sources_toml).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ContentError(f"cannot read {sources_toml}: {exc}") from None
    defaults = data.get("defaults", {})
    recipes = []
    for entry in data.get("seed", []):
        entry = dict(entry)
        entry["meta"] = {**defaults, **entry.get("meta", {})}
        entry["code_blocks"] = [CodeHint(**c) for c in entry.get("code_blocks", [])]
        try:
            entry["chrome"] = [Chrome(c["name"], re.compile(c["pattern"]), bool(c.get("ends_article")))
                               for c in entry.get("chrome", [])]
        except (KeyError, TypeError, re.error) as exc:
            raise ContentError(f"{sources_toml}: bad chrome in {entry.get('source_file')!r}: {exc}") from None
        try:
            recipes.append(Recipe(**entry))
        except TypeError as exc:
            raise ContentError(f"{sources_toml}: bad [[seed]] entry {entry.get('source_file')!r}: {exc}") from None
    return recipes
