"""Front matter: reading a Hugo post's (YAML or TOML) and writing an article's YAML block."""

from __future__ import annotations

import datetime as _dt
import re
import tomllib
from typing import Any

import yaml

from ..errors import ContentError

META_ORDER = ("title", "date", "outlet", "author", "source_url", "script", "language",
              "event_date", "source_file", "description", "tags")

HUGO_RE = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*(?:\n|\Z)", re.S)


def split_hugo_front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    m = HUGO_RE.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group(2)) if m.group(1) == "---" else tomllib.loads(m.group(2))
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        raise ContentError(f"{name}: front matter is not valid: {exc}") from None
    if not isinstance(meta, dict):
        raise ContentError(f"{name}: front matter is not a mapping")
    return meta, text[m.end():]


class _FrontMatterDumper(yaml.SafeDumper):
    """Dates as plain ISO 8601 (`2025-12-09T14:39:00+08:00`), which YAML reads back as dates."""


_FrontMatterDumper.add_representer(
    _dt.datetime, lambda d, v: d.represent_scalar("tag:yaml.org,2002:timestamp", v.isoformat()))


def front_matter(meta: dict[str, Any]) -> str:
    """`---` YAML block with the keys in the corpus's order, then any others."""
    ordered = {k: meta[k] for k in META_ORDER if meta.get(k) not in (None, "", [])}
    ordered.update({k: v for k, v in meta.items() if k not in ordered and v not in (None, "", [])})
    dumped = yaml.dump(ordered, Dumper=_FrontMatterDumper, allow_unicode=True, sort_keys=False, width=10**6)
    return f"---\n{dumped}---\n"
