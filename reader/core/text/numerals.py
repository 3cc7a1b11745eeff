"""Chinese numerals folded to Arabic digits, so 五年 and 5 年, 百分之十 and 10% compare equal.

Translators and editors write the same number either way (二十年 / 20年, 三十三 / 33), so text
that is compared across articles folds both to digits first. The fold works on canonical text
(Simplified, NFKC) and does not keep offsets: it is for comparing, never for display.

A run of numeral characters is read as a number when it has units (十五 → 15, 二十 → 20,
一百零三 → 103) and digit by digit when it has none (二零二五 → 2025). 万 and 亿 stay as they
are, after their digits (十五万亿 → 15万亿, as 15万亿 is written), and so does a lone 万 or 亿
(万一, 亿万). A word such as 一个 becomes 1个 in every text alike, which is harmless.
"""

from __future__ import annotations

import re

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
_NUM = "".join(DIGITS) + "".join(UNITS)
_RUN_RE = re.compile(f"[{_NUM}]+(?:点[{''.join(DIGITS)}]+)?")
_PERCENT_RE = re.compile(f"百分之((?:[{_NUM}]+(?:点[{''.join(DIGITS)}]+)?)|[0-9]+(?:\\.[0-9]+)?)")


def _value(run: str) -> str:
    """One run without 万/亿: its value as digits."""
    if not any(ch in UNITS for ch in run):
        return "".join(str(DIGITS[ch]) for ch in run)
    total, digit = 0, None
    for ch in run:
        if ch in DIGITS:
            digit = DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * UNITS[ch]
            digit = None
    if digit is not None:
        total += digit
    return str(total)


def _fold_run(match: re.Match) -> str:
    whole, _, decimals = match.group().partition("点")
    number = _value(whole)
    if decimals:
        number += "." + "".join(str(DIGITS[ch]) for ch in decimals)
    return number


def fold_numerals(text: str) -> str:
    """`text` (canonical: Simplified, NFKC) with its Chinese numerals written in digits and
    百分之N written N%."""
    if "百分之" in text:
        text = _PERCENT_RE.sub(lambda m: _RUN_RE.sub(_fold_run, m.group(1)) + "%", text)
    return _RUN_RE.sub(_fold_run, text)
