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


def _pattern(node: dict, last: str = "", root: bool = False) -> str:
    # a form that starts with a Latin letter or digit must start a word: the look-behind comes
    # after its first character, so the regex keeps one set of first characters to scan for
    branches = [re.escape(ch) + (r"(?<![0-9a-z].)" if root and _LATIN_RE.match(ch) else "") + _pattern(child, ch)
                for ch, child in sorted(node.items()) if ch != _END]
    if _END in node:
        branches.append(r"(?![0-9a-z])" if _LATIN_RE.match(last) else "")
    if not branches:
        return ""
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def trie_pattern(forms: Iterable[str]) -> str:
    """A regex source matching every form, longest first ("" when there are none)."""
    return _pattern(_trie(f for f in forms if f), root=True)
