"""Every text the window shows goes through the translations: no string literal (or f-string)
reaches a message, a label, a tooltip or a box without `tr()`. An ast scan of reader/ui."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
UI = ROOT / "reader" / "ui"

# calls whose arguments the user reads (messages.info/warning/error/notice, widget texts, boxes)
SINKS = {"info", "warning", "error", "notice", "setText", "setToolTip", "setWindowTitle", "setPlaceholderText",
         "setTitle", "setStatusTip", "setWhatsThis", "setFormat", "showMessage", "setItemText", "setSuffix",
         "setPrefix", "addItem", "insertItem", "setAccessibleName", "setAccessibleDescription", "setLabelText",
         "setInformativeText", "setDetailedText", "setHeaderLabels", "setTabText", "setButtonText",
         "about", "critical", "information", "question", "getOpenFileName", "getOpenFileNames",
         "getSaveFileName", "getExistingDirectory"}
WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMessageBox", "QMenu",
           "QToolButton"}
ONLY_ARGS = {"notice": slice(0, 2), "addItem": None, "insertItem": None}  # notice's third is an object name
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# literals allowed as they are: the scripts' own names, shown the same in every language
ALLOWED = {"原文", "简体", "繁體", "臺灣正體", "香港繁體", "简", "繁"}
LOGGERS = {"log", "logger", "logging"}  # log.warning(…) is read by developers in the log, in English
WORDS = re.compile(r"[A-Za-z]{2,}|[\u3400-\u9fff]+")


def untranslated_parts(node) -> list[str]:
    """The string literals in an argument that no tr() call wraps."""
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in TRANSLATING:
            return []
        if name in ("format", "join") and isinstance(func, ast.Attribute):  # "…".format(x), " · ".join(…)
            return untranslated_parts(func.value) + [p for a in node.args for p in untranslated_parts(a)]
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
        return [text] + [p for v in node.values if isinstance(v, ast.FormattedValue) for p in untranslated_parts(v.value)]
    if isinstance(node, ast.BinOp):
        return untranslated_parts(node.left) + untranslated_parts(node.right)
    if isinstance(node, ast.IfExp):
        return untranslated_parts(node.body) + untranslated_parts(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [p for e in node.elts for p in untranslated_parts(e)]
    return []


def readable(text: str) -> bool:
    """Words a user would read (markup, {placeholders} and the allowed names aside)."""
    text = re.sub(r"<[^>]*>|&\w+;|\{[^}]*\}", " ", text)
    return any(w not in ALLOWED for w in WORDS.findall(text))


def shown_args(call: ast.Call, name: str) -> list:
    if name in ("addItem", "insertItem"):  # (text, data) or (icon, text, data): the text only
        args = call.args[1:] if name == "insertItem" else call.args
        texty = [a for a in args if isinstance(a, (ast.Constant, ast.JoinedStr, ast.Call))]
        return texty[:1]
    return call.args[ONLY_ARGS.get(name) or slice(None)]


def findings(source: str, filename: str = "<test>") -> list[str]:
    out = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in SINKS and name not in WIDGETS:
            continue
        if isinstance(func, ast.Attribute) and getattr(func.value, "id", "") in LOGGERS:
            continue  # diagnostics for the log, not for the window
        for arg in shown_args(node, name):
            for text in untranslated_parts(arg):
                if readable(text):
                    out.append(f"{filename}:{node.lineno}: {name}({text!r})")
    return out


def test_the_scan_finds_what_it_is_for():
    """The check itself: it catches each way an English text slipped past tr() before."""
    caught = findings('\n'.join([
        'self.messages.info(f"Showing {label}: no conversion needed")',
        'self.label.setText("Ready")',
        'box.setToolTip("Lock: " + self.tr("this pane"))',
        'QMessageBox.critical(self, "Duidu", "Cannot start")',
        'QLabel("Name:", self)',
        'self.messages.warning(self.tr("{0} of {1}").format(n, "files"))',
        'combo.addItem(icon, "Yellow", "yellow")',
    ]))
    assert sorted({int(f.split(":")[1]) for f in caught}) == [1, 2, 3, 4, 5, 6, 7], caught
    assert not findings('\n'.join([
        'self.messages.info(self.tr("Showing {0}").format(label), 4000)',
        'self.messages.notice(self.tr("Import"), text, "importReport")',  # an object name
        'combo.addItem("", "date")',  # the text is set in retranslate()
        'log.warning("cannot listen on %s: %s", name, error)',  # the log, not the window
        'button.setText("⇄")',
        'self.combo.setItemText(0, "原文" + f" · {badge}")',
        'label.setText(f"{pane.progress():.0%}")',
        'label.setText(f"<b>{name}</b> {version}<br>" + self.tr("Offline."))',
    ]))


def test_every_text_the_window_shows_is_translated():
    found = []
    for path in sorted(UI.rglob("*.py")):
        found += findings(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not found, "wrap these in self.tr(…) (or add a script's own name to ALLOWED):\n" + "\n".join(found)
