"""Refresh the UI catalogues: collect the texts, derive the Traditional ones, compile them.

    python resources/translations/update.py

1. `pyside6-lupdate` collects every `self.tr(...)` text of reader/ui into duidu_zh_CN.ts,
   keeping the translations already there (a translator edits that file, e.g. in Qt Linguist).
2. duidu_zh_TW.ts and duidu_zh_HK.ts are made from it with OpenCC (s2twp: Taiwan vocabulary;
   s2hk), so the three always say the same thing.
3. `pyside6-lrelease` compiles each to the .qm the app loads.
Texts with no Simplified translation yet are listed, and the exit code is 1.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DERIVED = {"zh_TW": "s2twp", "zh_HK": "s2hk"}


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 in this environment")
    return found


def derive(source: Path, target: Path, language: str, config: str) -> None:
    import opencc

    convert = opencc.OpenCC(config).convert
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", language)
    for translation in root.iter("translation"):
        if translation.text:
            translation.text = convert(translation.text)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def reuse_translations(ts: Path) -> int:
    """A text that moved to another class, or that another class already says, keeps the
    translation it has there: an unfinished entry takes the finished one of the same text."""
    tree = ET.parse(ts)
    finished = {m.findtext("source"): m.find("translation").text for m in tree.getroot().iter("message")
                if m.find("translation").get("type") in (None, "vanished", "obsolete")
                and (m.find("translation").text or "").strip()}
    reused = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") == "unfinished" and finished.get(message.findtext("source")):
            translation.text = finished[message.findtext("source")]
            del translation.attrib["type"]
            reused += 1
    if reused:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return reused


def untranslated(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    return [m.findtext("source") for m in root.iter("message")
            if not (m.findtext("translation") or "").strip() and (m.find("translation").get("type") != "vanished")]


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "reader" / "ui").rglob("*.py"))
    simplified = HERE / "duidu_zh_CN.ts"
    # keep the old contexts until moved texts have taken their translations, then drop them
    subprocess.run([tool("lupdate"), *sources, "-ts", str(simplified)], cwd=ROOT, check=True)
    reuse_translations(simplified)
    subprocess.run([tool("lupdate"), "-no-obsolete", *sources, "-ts", str(simplified)], cwd=ROOT, check=True)
    for language, config in DERIVED.items():
        derive(simplified, HERE / f"duidu_{language}.ts", language, config)
    for ts in sorted(HERE.glob("duidu_*.ts")):
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    missing = untranslated(simplified)
    for text in missing:
        print(f"untranslated: {text}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
