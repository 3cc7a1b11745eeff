"""The Timeline dock's contents: the painted view in a scroll area, and over it the layout (by
date / by position), the order of the strips, the filters (topics, outlets, script) and export.

Widgets only: what a click opens is the Timeline controller's (reader/ui/controllers/timeline.py).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QScrollArea, QToolButton, QVBoxLayout, QWidget

from ...core.topics import ArticleTimeline, Timeline, Topic
from ..i18n import Retranslating
from .timeline_layout import BY_DATE, BY_POSITION
from .timeline_view import TimelineView

SCRIPTS = ("hans", "hant")


class TimelinePanel(Retranslating, QWidget):
    exportRequested = Signal(str)  # "png" or "svg": the user asked to export the view

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self.timeline: Timeline | None = None
        self.script = "hans"  # the script of the topics' names (the UI's)
        self.hidden_topics: set[str] = set()
        self.hidden_outlets: set[str] = set()
        self.scripts: set[str] = set(SCRIPTS)  # the articles' scripts shown
        self.order = "date"  # by position: the strips by date or by outlet
        self.view = TimelineView(self)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("timelineScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.view)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.layout_combo = QComboBox(self)
        self.layout_combo.setObjectName("timelineLayoutCombo")
        self.layout_combo.addItem("", BY_DATE)
        self.layout_combo.addItem("", BY_POSITION)
        self.layout_combo.currentIndexChanged.connect(self._layout_chosen)
        self.order_combo = QComboBox(self)
        self.order_combo.setObjectName("timelineOrderCombo")
        self.order_combo.addItem("", "date")
        self.order_combo.addItem("", "outlet")
        self.order_combo.currentIndexChanged.connect(self._order_chosen)
        self.order_combo.setEnabled(False)
        self.topics_button, self.topics_menu = self._menu_button("timelineTopicsButton")
        self.outlets_button, self.outlets_menu = self._menu_button("timelineOutletsButton")
        self.script_button, self.script_menu = self._menu_button("timelineScriptButton")
        self.script_actions: dict[str, QAction] = {}
        for script in SCRIPTS:
            action = self.script_menu.addAction("")
            action.setObjectName(f"timelineScript_{script}")
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(lambda on, s=script: self._script_toggled(s, on))
            self.script_actions[script] = action
        self.export_button, self.export_menu = self._menu_button("timelineExportButton")
        self.export_png_action = self.export_menu.addAction("")
        self.export_png_action.triggered.connect(lambda: self.exportRequested.emit("png"))
        self.export_svg_action = self.export_menu.addAction("")
        self.export_svg_action.triggered.connect(lambda: self.exportRequested.emit("svg"))
        self.note = QLabel(self)
        self.note.setObjectName("timelineNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.legend = QLabel(self)  # by position: which colour is which topic
        self.legend.setObjectName("timelineLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setContentsMargins(6, 0, 6, 0)
        self.legend.hide()
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 0)
        for w in (self.layout_combo, self.order_combo, self.topics_button, self.outlets_button, self.script_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.legend)
        layout.addWidget(self.scroll, 1)
        self.view.focusMoved.connect(lambda _text: self._show_focus())
        self.retranslate()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(900, 340)  # the dock's height the first time: a dozen rows

    def _menu_button(self, name: str) -> tuple[QToolButton, QMenu]:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(button)
        menu.setObjectName(name.replace("Button", "Menu"))
        button.setMenu(menu)
        return button, menu

    def _show_focus(self) -> None:
        rect = self.view.focus_rect()
        if rect.isNull():
            return
        self.scroll.ensureVisible(rect.center().x(), rect.center().y(), rect.width() // 2 + 12, rect.height() // 2 + 12)

    def retranslate(self) -> None:
        self.layout_combo.setItemText(0, self.tr("By Date"))
        self.layout_combo.setItemText(1, self.tr("By Position in the Article"))
        self.layout_combo.setAccessibleName(self.tr("Timeline layout"))
        self.scroll.setAccessibleName(self.tr("Timeline of topics"))
        self.order_combo.setItemText(0, self.tr("Strips by Date"))
        self.order_combo.setItemText(1, self.tr("Strips by Outlet"))
        self.order_combo.setAccessibleName(self.tr("Order of the articles"))
        self.topics_button.setText(self.tr("Topics"))
        self.topics_button.setAccessibleName(self.tr("Topics shown"))
        self.outlets_button.setText(self.tr("Outlets"))
        self.outlets_button.setAccessibleName(self.tr("Outlets shown"))
        self.script_button.setText(self.tr("Script"))
        self.script_button.setAccessibleName(self.tr("Articles shown by script"))
        self.script_actions["hans"].setText(self.tr("Articles in Simplified Script (简体)"))
        self.script_actions["hant"].setText(self.tr("Articles in Traditional Script (繁體)"))
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export the timeline"))
        self.export_png_action.setText(self.tr("As PNG Image…"))
        self.export_svg_action.setText(self.tr("As SVG Drawing…"))
        self.view.setAccessibleName(self.tr("Timeline of topics: arrow keys move between marks, Enter opens"))
        self.view.event_label = self.tr("Event {0}").format(self.timeline.event_date) if self.timeline else ""
        self.refresh()

    # -- data and filters ---------------------------------------------------------------------------
    def set_timeline(self, timeline: Timeline | None, problem: str = "") -> None:
        self.timeline = timeline
        self.view.event_label = self.tr("Event {0}").format(timeline.event_date) if timeline else ""
        self._fill_filters()
        self.refresh(problem)

    def set_script(self, script: str) -> None:
        if script != self.script:
            self.script = script
            self._fill_filters()
            self.refresh()

    def visible_topics(self) -> list[Topic]:
        return [t for t in self.timeline.topics if t.id not in self.hidden_topics] if self.timeline else []

    def visible_articles(self) -> list[ArticleTimeline]:
        """The articles the filters let through, in the order the view shows them."""
        if self.timeline is None:
            return []
        shown = [a for a in self.timeline.articles
                 if a.outlet not in self.hidden_outlets and (a.script in self.scripts or a.script not in SCRIPTS)]
        if self.view.kind == BY_POSITION and self.order == "outlet":
            shown.sort(key=lambda a: (a.outlet, a.date or "", a.id))
        return shown

    def refresh(self, problem: str = "") -> None:
        """Give the view what the filters let through (after new data, a filter or the script)."""
        if not hasattr(self, "view"):
            return
        topics, articles = self.visible_topics(), self.visible_articles()
        if problem:
            self.note.setText(problem)
        elif self.timeline is not None and not len(self.timeline.topics):
            self.note.setText(self.tr("No topic list: nothing to show"))
        elif self.timeline is not None and (not topics or not articles):
            self.note.setText(self.tr("Nothing left to show: the filters hide every topic or article"))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))
        self.view.script = self.script
        self.view.set_data(articles, topics, self.timeline.event_date if self.timeline else "")
        self._fill_legend(topics)

    def _fill_legend(self, topics: list[Topic]) -> None:
        """By position the colours are all that tells the topics apart: name each, in the UI's script."""
        shown = self.view.kind == BY_POSITION and bool(topics)
        self.legend.setVisible(shown)
        if not shown:
            return
        chips = [f'<span style="color:{t.color}">■</span>&nbsp;{html.escape(t.name(self.script))}' for t in topics]
        self.legend.setText("&emsp; ".join(chips))
        self.legend.setAccessibleName(self.tr("Colours of the topics: {0}").format(
            ", ".join(t.name(self.script) for t in topics)))

    def _fill_filters(self) -> None:
        self.topics_menu.clear()
        if self.timeline is None:
            return
        known = {t.id for t in self.timeline.topics}
        self.hidden_topics &= known
        for topic in self.timeline.topics:
            action = self.topics_menu.addAction(topic.name(self.script))
            action.setObjectName(f"timelineTopic_{topic.id}")
            action.setCheckable(True)
            action.setChecked(topic.id not in self.hidden_topics)
            action.toggled.connect(lambda on, t=topic.id: self._toggle(self.hidden_topics, t, on))
        self.outlets_menu.clear()
        outlets = sorted({a.outlet for a in self.timeline.articles})
        self.hidden_outlets &= set(outlets)
        for outlet in outlets:
            action = self.outlets_menu.addAction(outlet or "—")
            action.setCheckable(True)
            action.setChecked(outlet not in self.hidden_outlets)
            action.toggled.connect(lambda on, o=outlet: self._toggle(self.hidden_outlets, o, on))

    def _toggle(self, hidden: set[str], key: str, shown: bool) -> None:
        (hidden.discard if shown else hidden.add)(key)
        self.refresh()

    def _script_toggled(self, script: str, on: bool) -> None:
        (self.scripts.add if on else self.scripts.discard)(script)
        self.refresh()

    def _layout_chosen(self, index: int) -> None:
        kind = self.layout_combo.itemData(index)
        self.order_combo.setEnabled(kind == BY_POSITION)
        self.view.kind = kind  # visible_articles() orders by it
        self.refresh()

    def _order_chosen(self, index: int) -> None:
        self.order = self.order_combo.itemData(index)
        self.refresh()

    def set_layout(self, kind: str) -> None:
        self.layout_combo.setCurrentIndex(self.layout_combo.findData(kind))
