"""Front matter read safely: YAML without aliases, nesting bounded, dates that exist.

PyYAML's safe loader still expands aliases (a 1 KB "billion laughs" grows without bound), recurses
once per nesting level and turns `2025-02-30` into a ValueError deep inside; here each of those is
a ContentError naming the line, so one bad file never takes the library down.
"""

from __future__ import annotations

import datetime as _dt
import re

import yaml

from ..errors import ContentError
from ..limits import MAX_FRONT_MATTER_CHARS, MAX_YAML_DEPTH

_LINE_OFFSET = 2  # the YAML starts on the line after the opening ---


class _BoundedLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases and deep nesting, and checks timestamps."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise ContentError(f"front matter uses a YAML alias (line {mark.line + _LINE_OFFSET}): "
                               "write the value out instead")
        event = self.peek_event()
        if getattr(event, "anchor", None):
            raise ContentError(f"front matter uses a YAML anchor (line {event.start_mark.line + _LINE_OFFSET}): "
                               "write the value out instead")
        self._depth += 1
        try:
            if self._depth > MAX_YAML_DEPTH:
                raise ContentError(f"front matter is nested more than {MAX_YAML_DEPTH} levels deep "
                                   f"(line {event.start_mark.line + _LINE_OFFSET})")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            raise ContentError(f"front matter: {node.value!r} is not a date "
                               f"(line {node.start_mark.line + _LINE_OFFSET}); write it as YYYY-MM-DD") from None


_BoundedLoader.add_constructor("tag:yaml.org,2002:timestamp", _BoundedLoader.construct_yaml_timestamp)
_DATE_RE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}")


def load_front_matter(text: str) -> dict:
    """The mapping in `text` (the YAML between the --- lines); raises ContentError."""
    if len(text) > MAX_FRONT_MATTER_CHARS:
        raise ContentError(f"front matter is longer than {MAX_FRONT_MATTER_CHARS // 1024} KB")
    try:
        meta = yaml.load(text, Loader=_BoundedLoader) or {}
    except ContentError:
        raise
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + _LINE_OFFSET})" if where is not None else ""
        raise ContentError(f"front matter is not valid YAML{line}: {getattr(exc, 'problem', None) or exc}") from None
    except RecursionError:
        raise ContentError(f"front matter is nested more than {MAX_YAML_DEPTH} levels deep") from None
    if not isinstance(meta, dict):
        raise ContentError("front matter must be a mapping of `key: value` lines")
    for key in ("date", "event_date"):
        value = meta.get(key)
        if isinstance(value, str) and _DATE_RE.match(value.strip()):
            try:
                _dt.date.fromisoformat(value.strip()[:10])
            except ValueError:
                raise ContentError(f"front matter: {key}: {value!r} is not a date; write it as YYYY-MM-DD") from None
    return meta
