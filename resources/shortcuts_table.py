"""The README's "Keyboard shortcuts" section, made from the action table (reader/ui/shortcuts.py),
the same rows as Help ▸ Keyboard Shortcuts shows in the app, so the two cannot drift:

    python resources/shortcuts_table.py            # print the section
    python resources/shortcuts_table.py --write    # put it into README.md

A standard key (QKeySequence.StandardKey) is given by its first binding, the one the platforms
share; the sheet in the app shows every binding of the platform it runs on.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADING = "## Keyboard shortcuts"
INTRO = ("Help ▸ Keyboard Shortcuts (F1 or Ctrl+/) lists them in the app, in its language, with a "
         "filter box. On macOS Ctrl is ⌘, and the standard keys are the Mac's (Back is ⌘[).")


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|")


def section() -> str:
    """The section's body (after the heading): the introduction and the table."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QKeySequence

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - standard keys need one
    sys.path.insert(0, str(ROOT))
    from reader.ui.shortcuts import sections

    def portable(keys: list) -> str:
        return " / ".join(k.toString(QKeySequence.SequenceFormat.PortableText) for k in keys)

    lines = [INTRO, "", "| Menu | Action | Keys |", "| --- | --- | --- |"]
    for part in sections(lambda text: text, portable, every_binding=False):
        for i, (text, keys) in enumerate(part.rows):
            lines.append(f"| {part.title if i == 0 else ''} | {_cell(text)} | {_cell(keys)} |")
    return "\n".join(lines) + "\n"


def readme_section(readme: str) -> str:
    """The body of the README's section as it stands (up to the next heading)."""
    match = re.search(rf"^{re.escape(HEADING)}\n\n(.*?)(?=^## |\Z)", readme, re.S | re.M)
    return match.group(1).rstrip("\n") + "\n" if match else ""


def write(path: Path = ROOT / "README.md") -> None:
    readme = path.read_text(encoding="utf-8")
    old = readme_section(readme)
    if not old:
        raise SystemExit(f"no {HEADING!r} section in {path}")
    start = readme.index(HEADING) + len(HEADING) + 2
    path.write_text(readme[:start] + section() + readme[start + len(old):], encoding="utf-8")


if __name__ == "__main__":
    if "--write" in sys.argv[1:]:
        write()
    else:
        print(section(), end="")
