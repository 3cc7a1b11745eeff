"""The core's messages reach the window in its language: every template the core raises with
`DuiduError.of` is listed for the translators (and nothing else is), each translation keeps the
template's placeholders, and `shown()` gives the translation with the values filled in."""

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from reader.core.errors import ContentError, QueryError
from reader.ui.core_messages import CONTEXT, TEMPLATES, shown

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "resources" / "translations"
FIELD = re.compile(r"\{[^{}]*\}")


def raised_templates() -> set[str]:
    """Every literal first argument of a `….of(…)` call in reader/core."""
    out = set()
    for path in (ROOT / "reader" / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "of"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                out.add(node.args[0].value)
    return out


def test_every_template_the_core_raises_is_listed_for_the_translators_and_only_those():
    raised = raised_templates()
    assert len(raised) >= 17  # the scan finds them (query, library, library folder)
    assert raised - set(TEMPLATES) == set(), "add these to reader/ui/core_messages.py"
    assert set(TEMPLATES) - raised == set(), "no longer raised: remove from reader/ui/core_messages.py"


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "zh_HK"])
def test_each_translation_keeps_the_placeholders(language):
    root = ET.parse(TRANSLATIONS / f"duidu_{language}.ts").getroot()
    found = 0
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.findtext("translation") or ""
            assert translation.strip(), source
            assert sorted(FIELD.findall(translation)) == sorted(FIELD.findall(source)), (source, translation)
            found += 1
    assert found == len(TEMPLATES)


def test_shown_translates_the_template_then_fills_in_the_values(qapp):
    error = QueryError.of("date:{0} — {1} is not a date", "2025-02-30", "2025-02-30")
    assert str(error) == "date:2025-02-30 — 2025-02-30 is not a date"  # the command line's English
    assert shown(error) == str(error)  # no translator: as the core wrote it
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "duidu_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert shown(error) == "date:2025-02-30 — 2025-02-30 不是日期"
        assert shown(ContentError.of("the title cannot be empty")) == "标题不能为空"
        assert shown(ContentError("written without a template")) == "written without a template"
    finally:
        QCoreApplication.removeTranslator(translator)
