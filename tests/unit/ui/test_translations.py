"""The UI catalogues: complete, compiled, and the Traditional ones derived from the Simplified."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "resources" / "translations"
sys.path.insert(0, str(TRANSLATIONS))
import update  # noqa: E402  (resources/translations/update.py)


def messages(ts: Path) -> dict[tuple[str, str], str]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name"), m.findtext("source")): m.findtext("translation") or ""
            for c in root.iter("context") for m in c.iter("message")}


def finished(ts: Path) -> dict[tuple[str, str], str]:
    """The translations the compiled catalogue will use: not empty and not marked unfinished."""
    root = ET.parse(ts).getroot()
    return {(c.findtext("name"), m.findtext("source")): m.findtext("translation")
            for c in root.iter("context") for m in c.iter("message")
            if (m.findtext("translation") or "").strip() and m.find("translation").get("type") is None}


def test_every_ui_text_has_a_simplified_translation(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate (installed with PySide6-Essentials) is not on this environment's path"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "reader" / "ui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    wanted = set(messages(fresh))
    have = finished(TRANSLATIONS / "duidu_zh_CN.ts")
    missing = sorted(f"{ctx}: {src}" for ctx, src in wanted - set(have))
    assert not missing, "run resources/translations/update.py and translate:\n" + "\n".join(missing)


@pytest.mark.parametrize("language, config", sorted(update.DERIVED.items()))
def test_traditional_catalogues_are_the_simplified_one_converted(tmp_path, language, config):
    derived = tmp_path / f"{language}.ts"
    update.derive(TRANSLATIONS / "duidu_zh_CN.ts", derived, language, config)
    assert messages(derived) == messages(TRANSLATIONS / f"duidu_{language}.ts")
    assert "視圖" in "".join(messages(derived).values()) or "檢視" in "".join(messages(derived).values())


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "zh_HK"])
def test_compiled_catalogues_match_their_sources(language):
    ts, qm = TRANSLATIONS / f"duidu_{language}.ts", TRANSLATIONS / f"duidu_{language}.qm"
    assert qm.is_file() and qm.stat().st_size > 1000
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm))
    for (context, source), text in messages(ts).items():
        assert translator.translate(context, source) == text


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "zh_HK"])
def test_no_message_is_left_unfinished_or_empty(language):
    root = ET.parse(TRANSLATIONS / f"duidu_{language}.ts").getroot()
    left = [m.findtext("source") for m in root.iter("message")
            if m.find("translation").get("type") == "unfinished" or not (m.findtext("translation") or "").strip()]
    assert len(left) == 0, left
    assert len(list(root.iter("message"))) > 250  # the whole catalogue, not an empty file
