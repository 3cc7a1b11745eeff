"""How a selection in a pane becomes what the reader meant: a Chinese word on a double-click,
and a passage without stray punctuation at its edges."""

from __future__ import annotations

import bisect
from itertools import accumulate

from PySide6.QtGui import QTextCursor

_NO_LEAD = set("，。、；：？！）》」』】〕〉…,.;:?!)]}”’ \t\u3000")  # what a passage chosen cannot start with
_NO_TAIL = set("，、；：（《「『【〔〈,;:([{“‘ \t\u3000")  # nor end with
_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "（": "）", "(": ")", "【": "】"}


def snap_selection(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection [start, end) of `text` trimmed the way a reader means it: no leading comma
    or closing mark, no trailing comma or opening mark, and a quotation mark kept only with its
    partner (“强化学习” keeps both; 强化学习” loses the stray one)."""
    while start < end and text[start] in _NO_LEAD:
        start += 1
    while end > start and text[end - 1] in _NO_TAIL:
        end -= 1
    changed = True
    while changed and end > start:
        changed = False
        first, last = text[start], text[end - 1]
        if first in _PAIRS and _PAIRS[first] not in text[start + 1:end]:
            start, changed = start + 1, True
        elif last in _PAIRS.values() and not any(o in text[start:end - 1] for o, c in _PAIRS.items() if c == last):
            end, changed = end - 1, True
        while start < end and text[start] in _NO_LEAD:
            start += 1
        while end > start and text[end - 1] in _NO_TAIL:
            end -= 1
    return start, end


def select_word(cursor: QTextCursor) -> None:
    """Make `cursor` select the word it is in (jieba's words for Chinese), if it is in one."""
    from ..core.words import word_span

    block = cursor.block()
    text = block.text()
    units = list(accumulate((2 if ord(c) > 0xFFFF else 1 for c in text), initial=0))  # index → UTF-16
    at = bisect.bisect_right(units, cursor.positionInBlock()) - 1  # the character after the cursor
    span = word_span(text, at) or (word_span(text, at - 1) if at > 0 else None)
    if span is None:
        return
    cursor.setPosition(block.position() + units[span[0]])
    cursor.setPosition(block.position() + units[span[1]], QTextCursor.MoveMode.KeepAnchor)
