"""One regex for many literal forms (aliases, topic keywords), built as a trie.

A plain alternation of a hundred forms tries each of them at every position; a trie tries one
branch per character. Forms are canonical text; a form that starts with a Latin letter or digit
must start a word and one that ends with one must end a word (RL is not the rl in world).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_LATIN_RE = re.compile(r"[0-9a-z]")
_END = ""


def _trie(forms: Iterable[str]) -> dict:
    root: dict = {}
    for form in forms:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[_END] = True
    return root


def _pattern(node: dict, last: str = "") -> str:
    branches = [re.escape(ch) + _pattern(child, ch) for ch, child in sorted(node.items()) if ch != _END]
    if _END in node:
        branches.append(r"(?![0-9a-z])" if _LATIN_RE.match(last) else "")
    if not branches:
        return ""
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def trie_pattern(forms: Iterable[str]) -> str:
    """A regex source matching every form, longest first ("" when there are none)."""
    forms = [f for f in forms if f]
    latin = _pattern(_trie(f for f in forms if _LATIN_RE.match(f[0])))
    other = _pattern(_trie(f for f in forms if not _LATIN_RE.match(f[0])))
    parts = ([rf"(?<![0-9a-z])(?:{latin})"] if latin else []) + ([other] if other else [])
    return "|".join(parts)
