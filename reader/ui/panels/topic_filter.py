"""The library's topic chip: choose topics from a menu, and the list shows only the articles that
cover every one of them; × clears the choice; the count says how many articles are shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from ..i18n import Retranslating


def swatch(color: str, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(color))
    return QIcon(pix)


class StickyMenu(QMenu):
    """A menu of check boxes that stays open while the user ticks several (mouse or Enter)."""

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        action = self.activeAction()
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and action is not None
                and action.isCheckable() and action.isEnabled()):
            action.trigger()
            return
        super().keyPressEvent(event)


class TopicFilter(Retranslating, QWidget):
    """The chip, its menu of topics (names in the UI's script), the clear button and the count."""

    changed = Signal()  # the chosen topics changed (the user ticked one, or cleared the choice)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("topicFilter")
        self.topics = None  # the TopicList offered
        self.script = "en"  # the script of the topics' names (hans, tw, hk, en)
        self._chosen: list[str] = []
        self._shown, self._total = 0, 0
        self.chip = QToolButton(self)
        self.chip.setObjectName("topicChip")
        self.chip.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.menu = StickyMenu(self.chip)
        self.menu.setObjectName("topicMenu")
        self.chip.setMenu(self.menu)
        self.all_action = QAction(self)
        self.all_action.setObjectName("allTopicsAction")
        self.all_action.setCheckable(True)
        self.all_action.triggered.connect(lambda _checked: self.set_chosen([]))
        self.topic_actions: dict[str, QAction] = {}
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("topicClear")
        self.clear_button.setText("×")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clear_button.clicked.connect(lambda: self.set_chosen([]))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("topicCount")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.chip, 1)
        row.addWidget(self.clear_button)
        row.addWidget(self.count_label)
        self.retranslate()

    def set_topics(self, topics, script: str | None = None) -> None:
        """Offer `topics` (a TopicList); chosen topics that are gone are dropped."""
        self.topics = topics
        if script is not None:
            self.script = script
        ids = set(topics.ids) if topics is not None else set()
        kept = [t for t in self._chosen if t in ids]
        self._build_menu()
        if kept != self._chosen:
            self.set_chosen(kept)
        else:
            self._label()

    def set_script(self, script: str) -> None:
        if script != self.script:
            self.script = script
            self._label()

    def chosen(self) -> list[str]:
        return list(self._chosen)

    def set_chosen(self, topic_ids: list[str]) -> None:
        ids = set(self.topics.ids) if self.topics is not None else set()
        chosen = [t for t in topic_ids if t in ids]
        if chosen == self._chosen:
            self._label()
            return
        self._chosen = chosen
        self._label()
        self.changed.emit()

    def set_count(self, shown: int, total: int) -> None:
        self._shown, self._total = shown, total
        self._label_count()

    def _toggled(self, topic_id: str, on: bool) -> None:
        chosen = [t for t in self._chosen if t != topic_id] + ([topic_id] if on else [])
        self.set_chosen(chosen)

    def _build_menu(self) -> None:
        self.menu.clear()
        self.topic_actions = {}
        self.menu.addAction(self.all_action)
        self.menu.addSeparator()
        for topic in self.topics or ():
            action = QAction(swatch(topic.color), "", self.menu)
            action.setObjectName(f"topicAction_{topic.id}")
            action.setCheckable(True)
            action.setData(topic.id)
            action.toggled.connect(lambda on, t=topic.id: self._toggled(t, on))
            self.menu.addAction(action)
            self.topic_actions[topic.id] = action

    def name(self, topic_id: str) -> str:
        topic = self.topics.get(topic_id) if self.topics is not None else None
        return topic.name(self.script) if topic is not None else topic_id

    def _label(self) -> None:
        """The chip, the menu's names and check marks, the clear button: as the choice is now."""
        for topic_id, action in self.topic_actions.items():
            action.setText(self.name(topic_id))
            action.blockSignals(True)
            action.setChecked(topic_id in self._chosen)
            action.blockSignals(False)
        self.all_action.setChecked(not self._chosen)
        if not self._chosen:
            self.chip.setText(self.tr("All topics"))
            self.chip.setIcon(QIcon())
        elif len(self._chosen) == 1:
            self.chip.setText(self.name(self._chosen[0]))
            self.chip.setIcon(swatch(self.topics.get(self._chosen[0]).color))
        else:
            self.chip.setText(self.tr("{0} topics").format(len(self._chosen)))
            self.chip.setIcon(QIcon())
        names = "、".join(self.name(t) for t in self._chosen)
        self.chip.setToolTip(self.tr("Showing the articles that cover: {0}").format(names) if self._chosen
                             else self.tr("Show only the articles that cover a topic"))
        self.clear_button.setVisible(bool(self._chosen))
        self._label_count()

    def _label_count(self) -> None:
        if self._chosen:
            self.count_label.setText(self.tr("{0} of {1}").format(self._shown, self._total))
        else:
            self.count_label.setText(self.tr("{0} articles").format(self._total))
        self.count_label.setAccessibleName(self.tr("Articles shown: {0} of {1}").format(self._shown, self._total))

    def retranslate(self) -> None:
        self.all_action.setText(self.tr("All topics"))
        self.chip.setAccessibleName(self.tr("Filter the library by topic"))
        self.clear_button.setToolTip(self.tr("Clear the topic filter: show every article"))
        self.clear_button.setAccessibleName(self.tr("Clear the topic filter"))
        self._label()
