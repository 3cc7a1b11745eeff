"""A user's file as text: BOMs, UTF-8, GB18030 or Big5, decided without guessing wildly."""

from __future__ import annotations

import codecs
import re

from ..errors import ContentError
from ..text.ranges import HAN_RE

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_bytes(raw: bytes, name: str) -> str:
    """Text of a user's file: BOM first, then UTF-8, GB18030, Big5; ContentError names the file.

    Big5 bytes are nearly always *valid* GB18030, so a GB18030 reading whose Han characters
    are mostly outside GB2312 (the common simplified set) loses to a clean Big5 reading.
    """
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            text = _clean_decode(raw, codec)
            if text is not None:
                return text.lstrip("\ufeff")
            break
    text = _clean_decode(raw, "utf-8")
    if text is not None:
        return text
    gb = _clean_decode(raw, "gb18030")
    if gb is not None and _gb2312_share(gb) >= 0.9:
        return gb
    big5 = _clean_decode(raw, "big5")
    if big5 is not None:
        return big5
    if gb is not None:
        return gb
    raise ContentError(f"{name}: cannot tell the text encoding (tried UTF-8, UTF-16, GB18030 and Big5)")


def _clean_decode(raw: bytes, codec: str) -> str | None:
    try:
        text = raw.decode(codec)
    except (UnicodeDecodeError, UnicodeError):
        return None
    return None if _CONTROL_RE.search(text) else text


def _gb2312_share(text: str) -> float:
    han = HAN_RE.findall(text)
    if not han:
        return 1.0
    common = 0
    for ch in han:
        try:
            ch.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common / len(han)
