"""Parallel passages: every pair of the current pane's article and its neighbour's, best first,
with both texts; a click brings both panes there, and below, what the two passages share and
where their wording differs (after script normalisation)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ...core.compare.differences import differences
from ..i18n import Retranslating

PAIR_ROLE = Qt.ItemDataRole.UserRole  # (a block id, b block id)
ELIDE = 90
TINTS = ("#f2c4b4", "#bcdcaa")  # what only a has, what only b has
TINT_TEXT = "#2b2a27"  # the tinted words' own colour: the dark theme's light text would not read on them


class ComparePanel(Retranslating, QWidget):
    """The pairs of two articles; it asks the window to show a pair, it changes nothing itself."""

    pairActivated = Signal(str, str)  # a block id, b block id: bring both panes there
    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("compareTitle")
        self.title.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("pairList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemClicked.connect(self._activate)
        self.list.itemActivated.connect(self._activate)
        self.changes_label = QLabel(self)
        self.changes = QTextBrowser(self)
        self.changes.setObjectName("pairChanges")
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.exportRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.changes, 2)
        layout.addWidget(self.export_button)
        self._texts: dict[tuple[str, str], tuple[str, str]] = {}
        self._signature = None
        self._colors = TINTS
        self.retranslate()

    def retranslate(self) -> None:
        self.changes_label.setText(self.tr("What changed (the same words in either script are not marked):"))
        self.export_button.setText(self.tr("Export These Pairs…"))
        self.list.setAccessibleName(self.tr("Parallel passages"))
        self.changes.setAccessibleName(self.tr("What changed"))
        if not self._texts:
            self.clear_pairs()

    def set_pairs(self, title: str, rows: list[tuple[str, str, float, str, str]], convert_a=None, convert_b=None) -> None:
        """`rows`: (a block, b block, score, a text, b text), best first; texts in each article's
        own script, `convert_a` / `convert_b` show them as the panes do."""
        convert_a = convert_a or (lambda t: t)
        convert_b = convert_b or (lambda t: t)
        self.title.setText(title)
        signature = ([(a, b) for a, b, *_ in rows], convert_a("强化学习"), convert_b("强化学习"))
        if signature == self._signature:
            return  # the same pairs in the same scripts: the row chosen stays chosen
        self._signature = signature
        self.list.clear()
        self._texts = {}
        for a_block, b_block, score, a_text, b_text in rows:
            a_shown, b_shown = convert_a(a_text), convert_b(b_text)
            item = QListWidgetItem(f"{score:.2f}  {_elide(a_shown)}\n      {_elide(b_shown)}")
            item.setData(PAIR_ROLE, (a_block, b_block))
            item.setToolTip(f"{a_shown}\n\n{b_shown}")
            self.list.addItem(item)
            self._texts[(a_block, b_block)] = (a_shown, b_shown)
        self.changes.clear()

    def clear_pairs(self) -> None:
        """No two articles compared: say how to get some."""
        self.set_pairs(self.tr("Compare two articles (View ▸ Compare Side by Side) to list their "
                               "parallel passages here"), [])

    def rows(self) -> list[tuple[str, str]]:
        return [self.list.item(i).data(PAIR_ROLE) for i in range(self.list.count())]

    def _current_changed(self, item: QListWidgetItem | None, _previous) -> None:
        if item is None:
            self.changes.clear()
            return
        a_text, b_text = self._texts[item.data(PAIR_ROLE)]
        self.show_differences(a_text, b_text)

    def show_differences(self, a_text: str, b_text: str) -> None:
        d = differences(a_text, b_text)
        a_color, b_color = self._colors

        def html(pieces, color):
            return "".join(escape(p.text) if p.shared else
                           f'<span style="background-color:{color};color:{TINT_TEXT}">{escape(p.text)}</span>'
                           for p in pieces)

        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()  # the theme's muted text
        self.changes.setHtml(f"<p>{html(d.a, a_color)}</p><hr><p>{html(d.b, b_color)}</p>"
                             f"<p style='color:{muted}'>{escape(self.tr('{0:.0%} of the characters in common').format(d.shared_share))}</p>")

    def differing_texts(self) -> tuple[list[str], list[str]]:
        """The runs marked as different in the view, for each passage (what the user sees tinted)."""
        from ..pane.text_map import fragments

        out: tuple[list[str], list[str]] = ([], [])
        for frag in fragments(self.changes.document()):
            if frag.text().startswith("\u2028") or frag.text() == "":
                continue
            background = frag.charFormat().background().color().name()
            if background == self._colors[0]:
                out[0].append(frag.text())
            elif background == self._colors[1]:
                out[1].append(frag.text())
        return out

    def _activate(self, item: QListWidgetItem) -> None:
        a_block, b_block = item.data(PAIR_ROLE)
        self.pairActivated.emit(a_block, b_block)


def _elide(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= ELIDE else text[: ELIDE - 1] + "…"
