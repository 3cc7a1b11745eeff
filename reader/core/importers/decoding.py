"""A user's file as text: BOMs, UTF-8, GB18030 or Big5, decided without guessing wildly."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

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


# -- saved web pages ---------------------------------------------------------------------------

_MAGIC = ((b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a zip archive"),
          (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"\x1f\x8b", "a gzip archive"),
          (b"RIFF", "a RIFF (WebP, WAV, AVI) file"), (b"\x7fELF", "a program"), (b"7z\xbc\xaf", "a 7-Zip archive"))
_DECLARED_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.-]+)""",
                          re.IGNORECASE)
# what a page's label means in practice: browsers read gb2312 and gbk as GB18030, big5 as Big5-HKSCS
_LABELS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030", "euc-cn": "gb18030",
           "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "x-x-big5": "big5hkscs", "utf8": "utf-8"}
_UTF8_DAMAGE = 0.01  # share of bad bytes below which a page is UTF-8 with some damage, not another encoding


@dataclass(frozen=True)
class DecodedPage:
    """A page's text, the codec it was read with, and what a reader should be told about it."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def sniff_binary(raw: bytes, name: str) -> None:
    """ContentError for bytes that are a known binary format (or hold NUL bytes outside UTF-16)."""
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise ContentError(f"{name}: this is {what}, not a web page or text")
    if b"\x00" in raw[:4096] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) \
            and not _looks_utf16(raw[:4096]):
        raise ContentError(f"{name}: binary data (NUL bytes), not a web page or text")


def declared_charset(raw: bytes) -> str:
    """The charset label a page's <meta> or XML declaration gives (lower case), or ""."""
    m = _DECLARED_RE.search(raw[:8192])
    return (m.group(1) or m.group(2)).decode("ascii", "replace").lower() if m else ""


def decode_page(raw: bytes, name: str) -> DecodedPage:
    """A saved page's text. The declared charset is only a hint: a BOM, then clean UTF-8 (even under
    a gb2312 label), then UTF-8 with a few damaged bytes, then what charset-normalizer finds among
    the Chinese encodings (the declared one preferred when it decodes), then `decode_bytes`."""
    sniff_binary(raw, name)
    label = declared_charset(raw)
    declared = _LABELS.get(label, label)
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            text = _clean_decode(raw, codec)
            if text is not None:
                return DecodedPage(text.lstrip("\ufeff"), codec)
            break
    if _looks_utf16(raw[:4096]):
        for codec in ("utf-16-le", "utf-16-be"):
            text = _clean_decode(raw, codec)
            if text is not None and "<" in text[:1024]:
                return DecodedPage(text, codec)
    text = _clean_decode(raw, "utf-8")
    if text is not None:
        return DecodedPage(text, "utf-8", _label_warning(label, "utf-8"))
    damaged = _damaged_utf8(raw)
    if damaged is not None:
        text, bad = damaged
        return DecodedPage(text, "utf-8", (f"{bad} bytes that are not UTF-8 were replaced by �",))
    found = _charset_normalizer_guess(raw, declared)
    if found is not None:
        text, codec = found
        return DecodedPage(text, codec, _label_warning(label, codec))
    text = decode_bytes(raw, name)  # raises a ContentError naming the file
    return DecodedPage(text, "gb18030 or big5")


def _label_warning(label: str, used: str) -> tuple[str, ...]:
    declared = _LABELS.get(label, label)
    if not label or _known(declared) and codecs.lookup(declared).name == codecs.lookup(used).name:
        return ()
    return (f"the page declares {label} but is {used}",)


def _known(codec: str) -> bool:
    try:
        codecs.lookup(codec)
        return True
    except LookupError:
        return False


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 without a BOM: markup's ASCII puts a NUL in every other byte."""
    if len(head) < 64:
        return False
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return max(even, odd) > len(head) // 4 and min(even, odd) < len(head) // 50


def _damaged_utf8(raw: bytes) -> tuple[str, int] | None:
    text = raw.decode("utf-8", "replace")
    bad = text.count("\ufffd") - raw.decode("utf-8", "ignore").count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if bad and multibyte and bad <= _UTF8_DAMAGE * multibyte:
        return text, bad
    return None


def _charset_normalizer_guess(raw: bytes, declared: str) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes  # imported when needed: most pages are UTF-8

    candidates = ["gb18030", "big5", "big5hkscs", "utf_16"]
    results = from_bytes(raw, cp_isolation=candidates, explain=False)
    codecs_found = {codecs.lookup(r.encoding).name: r for r in results}
    if declared and _known(declared) and codecs.lookup(declared).name in codecs_found:
        choice = codecs.lookup(declared).name
    elif (best := results.best()) is not None:
        choice = codecs.lookup(best.encoding).name
    else:
        return None
    text = _clean_decode(raw, choice)
    if text is None:
        return None
    if choice in ("gb18030", "gbk") and _gb2312_share(text) < 0.9:
        big5 = _clean_decode(raw, "big5hkscs")  # the Big5 trap again (see decode_bytes)
        if big5 is not None:
            return big5, "big5hkscs"
    return text, choice
