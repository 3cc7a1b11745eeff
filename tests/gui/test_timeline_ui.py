"""The Timeline of topics in the real window, driven with the mouse and keys: one mark per (article,
topic) pair the core reports in both layouts, hover, a click that opens the covering articles side
by side at their first passage on the topic, a strip that jumps into the pane, the keyboard, a
script switch, filters and export. Expectations come from the core (build_timeline on the same
articles and topic list), not from the view's geometry, which only says where to click."""

import xml.etree.ElementTree as ET

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QToolTip

from reader.core.content.library import Library
from reader.core.topics import ArticleTimeline, Timeline, TopicInArticle, TopicList, article_tags, build_timeline
from reader.ui.panels.timeline_view import TimelineView
from reader.ui.themes import DARK, LIGHT

from .test_workspace_ui import CTRL, SHIFT

XIN = "xinzhiyuan-agi-decade"
COPY = "xinzhiyuan-reprint"  # the same text, the same day, another outlet: five articles cover rl


def core_timeline(content) -> Timeline:
    return build_timeline(Library(content).readable, TopicList.load(content / "topics.toml"))


def covered(timeline: Timeline, articles=None, topics=None) -> set[tuple[str, str]]:
    return {(a.id, t) for a in timeline.articles for t, cell in a.topics.items() if cell.covers
            and (articles is None or a.id in articles) and (topics is None or t in topics)}


def open_timeline(qtbot, window):
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_M, CTRL | SHIFT)  # View ▸ Timeline
    qtbot.waitUntil(lambda: window.timeline is not None and window.timeline.dock.isVisible())
    view = window.timeline.view
    qtbot.waitUntil(lambda: bool(view.marks()))
    return window.timeline, view


def shown_marks(view) -> set[tuple[str, str]]:
    return {(m.article_id, m.topic_id) for m in view.marks()}


def mark_point(timeline, article_id: str, topic_id: str) -> QPoint:
    """Where a user clicks a mark: its centre (its first passage by position), scrolled into view."""
    view = timeline.view
    mark = view.marks()[view.index_of(article_id, topic_id)]
    point = mark.segment_rects()[0].center() if mark.segments else mark.center
    timeline.panel.scroll.ensureVisible(int(point.x()), int(point.y()), 40, 40)
    return point.toPoint()


def visible_in(pane, block_id: str) -> bool:
    top = pane.block_viewport_top(block_id)
    return top is not None and 0 <= top < pane.browser.viewport().height()


def reprint(content):
    """A copy of 新智元's article under another outlet, published the same day."""
    text = (content / f"{XIN}.md").read_text(encoding="utf-8").replace("outlet: 新智元", "outlet: 转载站", 1)
    (content / f"{COPY}.md").write_text(text, encoding="utf-8")
    return content


def test_ctrl_shift_m_toggles_the_timeline_dock(qtbot, make_window):
    window = make_window()
    assert window.timeline is None  # built the first time it is shown
    timeline, view = open_timeline(qtbot, window)
    assert window.action_set["timelineAction"].isChecked()
    assert window.action_set["timelineAction"] in window.action_set.menus["view"].actions()
    assert window.dockWidgetArea(timeline.dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_M, CTRL | SHIFT)
    qtbot.waitUntil(lambda: not timeline.dock.isVisible())
    assert not window.action_set["timelineAction"].isChecked()
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_M, CTRL | SHIFT)
    qtbot.waitUntil(timeline.dock.isVisible)


def test_by_date_one_mark_per_covered_pair_in_its_topics_row_and_colour(qtbot, make_window, content_copy):
    expected = core_timeline(content_copy)
    window = make_window()
    timeline, view = open_timeline(qtbot, window)
    assert shown_marks(view) == covered(expected)
    assert len(view.marks()) == len(covered(expected))  # one each
    image = view.grab().toImage()
    topics = list(expected.topics)
    assert view.painted_labels == [t.name("en") for t in topics]  # the UI is in English
    for mark in view.marks():
        topic = expected.topics.get(mark.topic_id)
        assert image.pixelColor(mark.center.toPoint()) == QColor(topic.color), mark
        assert view.layout_.rows[mark.row].key == mark.topic_id
    # the date axis: later articles stand further right, the event's date is marked before them
    xs = {a.id: view.marks()[view.index_of(a.id, a.covered()[0])].center.x() for a in expected.articles}
    ordered = sorted(expected.articles, key=lambda a: a.date)
    assert [xs[a.id] for a in ordered] == sorted(xs.values())
    assert expected.event_date == "2025-10-17"
    assert view.layout_.event is not None and view.layout_.event[0] <= min(xs.values())
    assert expected.event_date in view.layout_.event[1]
    # size by share: of two marks of one topic, the larger share is the larger mark
    rl = [view.marks()[i] for i in view.layout_.row_marks[topics.index(expected.topics.get("rl"))]]
    by_share = sorted(rl, key=lambda m: expected.cell(m.article_id, "rl").share)
    assert [m.radius for m in by_share] == sorted(m.radius for m in by_share)


def test_marks_of_the_same_day_stand_side_by_side(qtbot, make_window, content_copy):
    expected = core_timeline(reprint(content_copy))
    assert expected.cell(COPY, "rl").covers and expected.cell(XIN, "rl").covers
    window = make_window()
    timeline, view = open_timeline(qtbot, window)
    assert shown_marks(view) == covered(expected)
    a, b = (view.marks()[view.index_of(x, "rl")] for x in (XIN, COPY))
    assert a.row == b.row
    assert abs(a.center.x() - b.center.x()) >= a.radius + b.radius  # neither hides the other


def test_by_position_one_mark_per_covered_pair_with_a_segment_at_each_passage(qtbot, make_window, content_copy):
    expected = core_timeline(content_copy)
    window = make_window()
    timeline, view = open_timeline(qtbot, window)
    timeline.panel.layout_combo.setCurrentIndex(timeline.panel.layout_combo.findData("position"))
    qtbot.waitUntil(lambda: view.kind == "position")
    assert shown_marks(view) == covered(expected)
    image = view.grab().toImage()
    assert len(view.painted_labels) == len(expected.articles)  # a strip per article, by date
    assert [r.key for r in view.layout_.rows] == [a.id for a in expected.articles]
    for mark in view.marks():
        cell = expected.cell(mark.article_id, mark.topic_id)
        assert len(mark.segments) == cell.count
        strip = view.layout_.strips[mark.row]
        for segment, position in zip(mark.segment_rects(), cell.positions, strict=True):
            assert abs((segment.left() - strip.left()) / strip.width() - position) < 0.01
        color = QColor(expected.topics.get(mark.topic_id).color)
        assert image.pixelColor(mark.segment_rects()[0].center().toPoint()) == color
    # a legend names every topic's colour (by date the rows are labelled, so there is none)
    legend = timeline.panel.legend
    assert legend.isVisible()
    for topic in expected.topics:
        assert topic.name("en") in legend.text() and topic.color in legend.text()
    # by outlet
    timeline.panel.order_combo.setCurrentIndex(timeline.panel.order_combo.findData("outlet"))
    by_outlet = sorted(expected.articles, key=lambda a: (a.outlet, a.date, a.id))
    assert [r.key for r in view.layout_.rows] == [a.id for a in by_outlet]
    assert shown_marks(view) == covered(expected)
    timeline.panel.layout_combo.setCurrentIndex(timeline.panel.layout_combo.findData("date"))
    assert not legend.isVisible()


def test_hover_shows_the_article_the_passage_count_and_the_first_words(qtbot, make_window, content_copy):
    expected = core_timeline(content_copy)
    window = make_window()
    timeline, view = open_timeline(qtbot, window)
    article = expected.articles[1]
    cell = article.topics["rl"]
    qtbot.mouseMove(view, mark_point(timeline, article.id, "rl"))
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    first = " ".join(window.library.get(article.id).block(cell.first_block).text.split())
    assert article.title in text and article.outlet in text
    assert f"{cell.count} passage" in text
    assert first[:20] in text
    qtbot.mouseMove(view, QPoint(3, 3))  # off the marks
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_clicking_a_mark_opens_the_covering_articles_side_by_side_at_their_first_passage(qtbot, make_window,
                                                                                         content_copy):
    expected = core_timeline(reprint(content_copy))
    window = make_window()
    timeline, view = open_timeline(qtbot, window)
    covering = expected.covering("rl")
    assert len(covering) == 5
    clicked = covering[0].id
    others = sorted(covering[1:], key=lambda a: -a.topics["rl"].count)
    opened = [a for a in covering if a.id == clicked or a in others[:3]]  # in date order
    left_out = others[3]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=mark_point(timeline, clicked, "rl"))
    panes = window.workspace.panes
    assert [p.article.id for p in panes] == [a.id for a in opened]
    assert window.action_set["compareAction"].isChecked()
    assert left_out.outlet in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: all(visible_in(p, a.topics["rl"].first_block) for p, a in zip(panes, opened, strict=True)))
    qtbot.waitUntil(lambda: "Passages aligned" in window.statusBar().currentMessage(), timeout=60000)
    qtbot.waitUntil(lambda: left_out.outlet in window.statusBar().currentMessage(), timeout=15000)  # said again
    assert "left out" in window.statusBar().currentMessage()
    qtbot.wait(300)  # the strips have come and the panes re-wrapped: each stays at its passage
    for pane, article in zip(panes, opened, strict=True):
        first = article.topics["rl"].first_block
        assert visible_in(pane, first), (article.id, pane.top_block(), first)
        marks = dict(pane.passage_marks())
        assert marks[first] == "chosen"
        assert set(marks) == set(article.topics["rl"].blocks)


def test_clicking_a_strip_jumps_there_in_the_pane_showing_the_article(qtbot, make_window, content_copy):
    expected = core_timeline(content_copy)
    window = make_window()
    timeline, view = open_timeline(qtbot, window)
    timeline.panel.set_layout("position")
    target = expected.articles[0]  # not the article the pane shows
    assert window.workspace.current.article.id != target.id
    cell = target.topics["memory"]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=mark_point(timeline, target.id, "memory"))
    pane = window.workspace.current
    assert pane.article.id == target.id and len(window.workspace.panes) == 1
    qtbot.waitUntil(lambda: visible_in(pane, cell.first_block))
    assert (cell.first_block, "chosen") in pane.passage_marks()
    # off the marks, three quarters of the way: the passage the core places there
    strip = view.layout_.strips[[r.key for r in view.layout_.rows].index(target.id)]
    point = QPointF(strip.left() + strip.width() * 0.75, strip.bottom() - 1)
    assert view.layout_.mark_at(point) == -1
    tags = article_tags(window.library.get(target.id), TopicList.load(content_copy / "topics.toml"))
    block = [p.block_id for p in tags.passages if p.start / tags.total <= 0.75][-1]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point.toPoint())
    qtbot.waitUntil(lambda: visible_in(pane, block))


def test_arrow_keys_move_a_visible_focus_between_marks_and_enter_opens(qtbot, make_window, content_copy):
    expected = core_timeline(content_copy)
    window = make_window()
    timeline, view = open_timeline(qtbot, window)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    first = view.marks()[view.focus_mark]
    before = view.grab().toImage()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    second = view.marks()[view.focus_mark]
    assert (second.article_id, second.topic_id) != (first.article_id, first.topic_id)
    after = view.grab().toImage()
    ring = second.rect.adjusted(-3, -3, 3, 3).toAlignedRect()
    assert before.copy(ring) != after.copy(ring)  # the focus ring is drawn around it
    qtbot.keyClick(view, Qt.Key.Key_Down)
    third = view.marks()[view.focus_mark]
    assert third.row > second.row
    article = next(a for a in expected.articles if a.id == third.article_id)
    assert article.title in view.accessibleDescription()  # what a screen reader says of the focused mark
    assert QToolTip.text() == view.accessibleDescription()  # and what a sighted keyboard user reads
    assert view.accessibleName()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    want = [a.id for a in expected.covering(third.topic_id)][:4]
    qtbot.waitUntil(lambda: [p.article.id for p in window.workspace.panes] == want)
    assert window.action_set["compareAction"].isChecked() == (len(want) > 1)


def test_a_script_switch_relabels_the_rows(qtbot, make_window, content_copy):
    expected = core_timeline(content_copy)
    window = make_window()
    timeline, view = open_timeline(qtbot, window)
    view.grab()
    assert view.painted_labels == [t.name("en") for t in expected.topics]
    for script, names in (("hant", "hant"), ("hans", "hans")):
        window.action_set.group("script")[script].trigger()
        want = [t.name(names) for t in expected.topics]
        qtbot.waitUntil(lambda want=want: view.grab() and view.painted_labels == want)
        menu_names = [a.text() for a in timeline.panel.topics_menu.actions()]
        assert menu_names == want
    qtbot.waitUntil(lambda: timeline.dock.windowTitle() == "话题时间线")  # the UI follows the script: 简体
    assert timeline.panel.layout_combo.currentText() == "按日期"


def test_the_view_follows_the_theme(qtbot, make_window):
    window = make_window()
    timeline, view = open_timeline(qtbot, window)
    for choice, theme in (("dark", DARK), ("light", LIGHT)):
        window.action_set.group("theme")[choice].trigger()
        qtbot.waitUntil(lambda theme=theme: view.grab().toImage().pixelColor(2, 2) == QColor(theme.base))
        x = round(view.layout_.event[0])  # the event's date line, in the theme's accent
        image = view.grab().toImage()
        assert QColor(theme.accent).name() in {image.pixelColor(x + dx, y).name()
                                               for dx in (-1, 0, 1) for y in range(20, int(view.height()), 3)}


def test_filters_hide_topics_outlets_and_scripts(qtbot, make_window, content_copy):
    expected = core_timeline(content_copy)
    window = make_window()
    timeline, view = open_timeline(qtbot, window)
    panel = timeline.panel
    panel.topics_menu.actions()[0].trigger()  # uncheck the first topic
    first = next(iter(expected.topics)).id
    assert shown_marks(view) == covered(expected) - {(a, t) for a, t in covered(expected) if t == first}
    panel.topics_menu.actions()[0].trigger()
    outlet = expected.articles[0].outlet
    next(a for a in panel.outlets_menu.actions() if a.text() == outlet).trigger()
    assert shown_marks(view) == covered(expected, articles={a.id for a in expected.articles[1:]})
    next(a for a in panel.outlets_menu.actions() if a.text() == outlet).trigger()
    panel.script_actions["hant"].trigger()
    hans = {a.id for a in expected.articles if a.script == "hans"}
    assert shown_marks(view) == covered(expected, articles=hans)


def test_png_and_svg_export_write_valid_files_that_name_every_topic(qtbot, make_window, content_copy, tmp_path,
                                                                   monkeypatch):
    expected = core_timeline(content_copy)
    window = make_window()
    timeline, view = open_timeline(qtbot, window)
    png = tmp_path / "timeline.png"
    assert view.export_png(png)
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= view.width() and image.height() >= view.height()
    scale = image.width() / view.width()
    for row, topic in zip(view.layout_.rows, expected.topics, strict=True):  # each row's colour swatch
        assert image.pixelColor(int(6 * scale), int(row.rect.center().y() * scale)) == QColor(topic.color)
    from PySide6.QtWidgets import QFileDialog

    svg = tmp_path / "timeline.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(svg), ""))
    timeline.panel.export_svg_action.trigger()  # Export ▸ As SVG Drawing…
    assert svg.is_file()
    root = ET.parse(svg).getroot()
    texts = " ".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith("text"))
    for topic in expected.topics:
        assert topic.name("en") in texts, topic.id
    assert "Timeline exported" in window.statusBar().currentMessage()


def test_the_view_alone_spreads_same_day_marks_and_paints_a_thousand_articles(qtbot):
    topics = TopicList.parse('[[topic]]\nid = "a"\nnames = {hans = "甲", hant = "甲", en = "A"}\ncolor = "#336699"\n'
                             'keywords = ["甲"]\n')
    cell = TopicInArticle(True, 2, 0.2, "b1", ("b1", "b2"), (0.1, 0.5), (0.05, 0.05))
    articles = [ArticleTimeline(f"x{i}", f"T{i}", f"O{i}", "2025-10-20", "hans", {"a": cell}) for i in range(3)]
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(800, 200)
    view.set_data(articles, list(topics), "2025-10-17")
    centres = sorted(m.center.x() for m in view.marks())
    assert len(centres) == 3
    assert all(b - a >= 2 * view.marks()[0].radius for a, b in zip(centres, centres[1:], strict=False))
    assert QApplication.instance() is not None
