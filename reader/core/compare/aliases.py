"""The alias list (content/aliases.toml): names and terms written in different ways, folded to one.

Tesla and 特斯拉, 程式設計 and 编程 share no character, so no n-gram can see they are the same;
the list says so. Both sides of every entry are read in canonical text (t2s, NFKC, case folded),
so an entry may be written in either script and any case; Latin forms match whole words only
(RL is not the rl in world).
"""

from __future__ import annotations

import logging
import re
import tomllib
from functools import lru_cache
from pathlib import Path

from ..content.library import default_content_dir
from ..text.canonical import canonical
from ..text.trie import trie_pattern

log = logging.getLogger(__name__)

ALIASES_FILE = "aliases.toml"


class Aliases:
    """Replaces every form of an entry with the entry's own form, longest forms first."""

    def __init__(self, entries: dict[str, list[str]]):
        self.table: dict[str, str] = {}
        for term, forms in entries.items():
            target = canonical(term)
            for form in forms:
                self.table.setdefault(canonical(form), target)
        pattern = trie_pattern(self.table)
        self._re = re.compile(pattern) if pattern else None

    def apply(self, text: str) -> str:
        """`text` (canonical) with every listed form written as its entry."""
        if self._re is None:
            return text
        return self._re.sub(lambda m: self.table[m.group()], text)

    @classmethod
    def load(cls, path: Path | str) -> Aliases:
        """The list in a TOML file of tables of `term = [forms]`; a missing or broken file is an
        empty list (comparing still works, only less well), logged."""
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls({})
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            log.warning("ignoring alias list %s: %s", path, exc)
            return cls({})
        entries: dict[str, list[str]] = {}
        for section in data.values():
            if not isinstance(section, dict):
                continue
            for term, forms in section.items():
                if isinstance(forms, str):
                    forms = [forms]
                if isinstance(forms, list):
                    entries.setdefault(term, []).extend(f for f in forms if isinstance(f, str) and f.strip())
        return cls(entries)


@lru_cache(maxsize=1)
def bundled_aliases() -> Aliases:
    """The list shipped in content/ (the `reader.content` package)."""
    return Aliases.load(default_content_dir() / ALIASES_FILE)
