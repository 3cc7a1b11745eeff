"""Where a Chinese word begins and ends, so that a double-click selects 强化学习's 强化, not a
whole run of characters up to the next punctuation mark; and how a chosen passage is trimmed
of stray punctuation at its edges.

Chinese has no spaces between words; jieba's dictionary and HMM find them. jieba knows
Simplified words best, so a run of Traditional characters is segmented in its `t2s` form
(the same length, character for character) and the boundaries carried back. jieba's
dictionary takes a second or two to load: `warm_up()` loads it ahead of the first use.
"""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path

from .canonical import han_runs, simplified_aligned

_LATIN_RE = re.compile(r"[A-Za-z0-9_\-']+")
_lock = threading.Lock()
_tokenizer = None
_cache_dir: Path | None = None


def set_cache_dir(folder: Path | str | None) -> None:
    """Where jieba keeps the prefix dictionary it builds (loading is faster the second time)."""
    global _cache_dir
    _cache_dir = Path(folder) if folder else None


def tokenizer():
    """The shared jieba tokenizer, loaded on first use (thread-safe)."""
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tk = jieba.Tokenizer()
            if _cache_dir is not None:
                try:
                    _cache_dir.mkdir(parents=True, exist_ok=True)
                    tk.tmp_dir = str(_cache_dir)
                except OSError:
                    pass  # jieba falls back to the system's temporary folder
            tk.initialize()
            _tokenizer = tk
        return _tokenizer


def warm_up() -> None:
    """Load the dictionary now (call from a worker thread at start-up)."""
    try:
        tokenizer()
    except Exception:  # noqa: BLE001 - a word list that cannot load only costs word selection
        logging.getLogger(__name__).warning("jieba could not load its dictionary", exc_info=True)


def word_span(text: str, index: int) -> tuple[int, int] | None:
    """The word of `text` that holds the character at `index`, as [start, end); None when that
    character is not part of a word (a space, a punctuation mark)."""
    if not 0 <= index < len(text):
        return None
    for match in han_runs(text):
        if match.start() <= index < match.end():
            run = simplified_aligned(match.group())
            at = index - match.start()
            try:
                for _word, start, end in tokenizer().tokenize(run):
                    if start <= at < end:
                        return match.start() + start, match.start() + end
            except Exception:  # noqa: BLE001 - without a dictionary, one character is a word
                return index, index + 1
            return index, index + 1
        if match.start() > index:
            break
    for match in _LATIN_RE.finditer(text):
        if match.start() <= index < match.end():
            return match.start(), match.end()
    return None


_NO_LEAD = set("，。、；：？！）》」』】〕〉…,.;:?!)]}”’ \t\u3000")  # what a passage chosen cannot start with
_NO_TAIL = set("，、；：（《「『【〔〈,;:([{“‘ \t\u3000")  # nor end with
_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "（": "）", "(": ")", "【": "】"}
_OPENER = {close: open_ for open_, close in _PAIRS.items()}


def snap_selection(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection [start, end) of `text` trimmed the way a reader means it: no leading comma
    or closing mark, no trailing comma or opening mark, and a quotation mark kept only with its
    partner (“强化学习” keeps both; 强化学习” loses the stray one)."""
    while True:
        while start < end and text[start] in _NO_LEAD:
            start += 1
        while end > start and text[end - 1] in _NO_TAIL:
            end -= 1
        if start < end and text[start] in _PAIRS and _PAIRS[text[start]] not in text[start + 1:end]:
            start += 1
        elif start < end and text[end - 1] in _OPENER and _OPENER[text[end - 1]] not in text[start:end - 1]:
            end -= 1
        else:
            return start, end
