"""The shell every printable page shares: a complete HTML document with its own style sheet,
light on paper whatever the window's theme, and nothing that loads from elsewhere."""

from __future__ import annotations

from ..script.modes import ScriptMode
from .markup import esc

# Qt's rich text takes a subset of CSS; a browser takes all of it: both read this the same way
PAGE_CSS = """
body { font-family: "Noto Serif CJK SC", "Noto Serif CJK TC", "Source Han Serif", serif; color: #1a1a1a;
       background: #ffffff; line-height: 170%; max-width: 42em; margin: 0 auto; }
h1 { font-size: 1.6em; line-height: 140%; margin-bottom: 0.3em; }
h2 { font-size: 1.3em; line-height: 140%; margin-top: 1.4em; }
h3, h4, h5, h6 { font-size: 1.1em; margin-top: 1.2em; }
p, li { margin-top: 0; margin-bottom: 0.8em; }
p.byline { color: #555555; margin-bottom: 1.6em; }
blockquote { margin-left: 1.5em; color: #333333; }
pre, code { font-family: "Noto Sans Mono CJK SC", monospace; font-size: 0.9em; }
table { border-collapse: collapse; }
th, td { border: 1px solid #999999; padding: 4px; vertical-align: top; }
sup.note-ref { font-size: 0.7em; }
.image-alt { color: #555555; }
.notes { margin-top: 2em; font-size: 0.92em; }
.notes .quote { color: #555555; }
h1.pairs { font-size: 1.3em; }
table.aligned { width: 100%; }
table.aligned td { width: 50%; }
.score { color: #777777; font-size: 0.8em; }
"""


def language_of(mode: ScriptMode | str, source: str) -> str:
    """The BCP 47 tag of text of script `source` shown in `mode`."""
    script = ScriptMode(mode).script or source
    return "zh-Hans" if script == "hans" else "zh-Hant" if script == "hant" else "zh"


def page(title: str, lang: str, body: str) -> str:
    """A whole document around `body` (HTML already safe); `title` is text."""
    return (f'<!DOCTYPE html>\n<html lang="{esc(lang)}"><head><meta charset="utf-8">'
            f"<title>{esc(title)}</title><style>{PAGE_CSS}</style></head>\n<body>\n{body}\n</body></html>\n")
