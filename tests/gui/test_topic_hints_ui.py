"""Topic hints, driven with the mouse and keys: hovering a passage names its topics, View ▸ Topic
Bar paints each topic's colour beside its passages (and is remembered), the library's topic chip
shows the articles that cover the chosen topics, and a script switch relabels it. What a passage
or an article is about comes from the core on the same files, never from the widgets."""

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QToolTip

from reader.core.content.library import Library
from reader.core.topics import TopicList, article_tags, build_timeline

from .test_highlights_ui import point_of

SIMULATORS = "aitnt-simulators"  # tagged and untagged paragraphs, long ones of each
TRANSCRIPT = "shuzi-kaiwu-transcript"  # Traditional, the full transcript


def core_topics(content) -> TopicList:
    return TopicList.load(content / "topics.toml")


def core_passages(content, article_id: str):
    """The article's passages as the core tags them (with the topic list the window reads)."""
    article = Library(content).get(article_id)
    return article_tags(article, core_topics(content)).passages


def point_in(pane, block_id: str, offset: int = 2) -> QPoint:
    """A viewport point on a passage's text (the pane scrolls it into view first)."""
    start, _end = pane.document_span(block_id, offset, offset + 1)
    return point_of(pane, start)


def hover(qtbot, widget, point: QPoint) -> None:
    """Move the mouse there and let it rest (the tooltip comes after a pause)."""
    qtbot.mouseMove(widget, point + QPoint(1, 0))
    qtbot.mouseMove(widget, point)


def long_passage(passages, tagged: bool, single: bool = False):
    """A paragraph of some length that the core tags (with one topic only, if `single`) or not."""
    for p in passages:
        if p.kind in ("paragraph", "quote") and p.length >= 60 and bool(p.tags) == tagged and (not single or len(p.tags) == 1):
            return p
    raise AssertionError("no such passage in the corpus")


def test_hovering_a_tagged_passage_names_its_topics_and_an_untagged_one_shows_none(qtbot, make_window, content_copy):
    window = make_window()
    window.action_set.group("language")["en"].trigger()  # names in English, strength words too
    window.open_article(SIMULATORS)
    pane = window.workspace.current
    topics = core_topics(content_copy)
    passages = core_passages(content_copy, SIMULATORS)
    tagged = long_passage(passages, tagged=True)
    viewport = pane.browser.viewport()
    hover(qtbot, viewport, point_in(pane, tagged.block_id))
    qtbot.waitUntil(QToolTip.isVisible, timeout=3000)
    tip = QToolTip.text()
    for tag in tagged.tags:
        topic = topics.get(tag.topic)
        assert topic.name("en") in tip and topic.color in tip  # the name beside a swatch of its colour
    assert "strong" in tip or "some" in tip
    others = [t.name("en") for t in topics if t.id not in {tag.topic for tag in tagged.tags}]
    assert not any(name in tip for name in others)
    # a passage the core leaves untagged: the topic tooltip goes, none comes
    untagged = long_passage(passages, tagged=False)
    hover(qtbot, viewport, point_in(pane, untagged.block_id))
    qtbot.wait(1200)
    assert not QToolTip.isVisible() or not any(t.name("en") in QToolTip.text() for t in topics)
    QToolTip.hideText()


def margin_colors(pane, y: int) -> set[str]:
    """The colours painted in the pane's left text margin at height `y` of the viewport."""
    image = pane.grab().toImage()
    viewport = pane.browser.viewport()
    corner = viewport.mapTo(pane, QPoint(0, 0))
    margin = int(pane.browser.document().rootFrame().frameFormat().leftMargin())
    row = corner.y() + y
    return {image.pixelColor(x, row).name() for x in range(corner.x(), corner.x() + margin)}


def test_topic_bar_paints_each_topic_beside_its_passages_and_is_remembered(qtbot, make_window, content_copy,
                                                                           data_dir):
    window = make_window()
    window.open_article(SIMULATORS)
    pane = window.workspace.current
    topics = core_topics(content_copy)
    passages = core_passages(content_copy, SIMULATORS)
    colors = {t.color for t in topics}
    tagged = long_passage(passages, tagged=True, single=True)
    untagged = long_passage(passages, tagged=False)
    action = window.action_set["topicBarAction"]
    assert not action.isChecked()  # off by default: nothing in the margin
    y = point_in(pane, tagged.block_id).y()
    assert not margin_colors(pane, y) & colors
    action.trigger()
    assert action.isChecked() and window.settings.topic_bar
    qtbot.waitUntil(lambda: topics.get(tagged.tags[0].topic).color in margin_colors(pane, y), timeout=2000)
    assert margin_colors(pane, y) & colors == {topics.get(tagged.tags[0].topic).color}
    y_untagged = point_in(pane, untagged.block_id).y()
    assert not margin_colors(pane, y_untagged) & colors
    # scrolled, then zoomed: the bar stays beside the passage
    pane.browser.verticalScrollBar().setValue(pane.browser.verticalScrollBar().value() + 37)
    y = point_in(pane, tagged.block_id).y()
    assert topics.get(tagged.tags[0].topic).color in margin_colors(pane, y)
    pane.browser.setFocus()
    qtbot.keyClick(pane.browser, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    y = point_in(pane, tagged.block_id).y()
    assert topics.get(tagged.tags[0].topic).color in margin_colors(pane, y)
    # hovering the bar shows the passage's topics too
    bar = pane.topic_bar
    at = bar.mapFromGlobal(pane.browser.viewport().mapToGlobal(QPoint(0, y)))
    hover(qtbot, bar, QPoint(bar.width() // 2, at.y()))
    qtbot.waitUntil(QToolTip.isVisible, timeout=3000)
    assert topics.get(tagged.tags[0].topic).color in QToolTip.text()
    QToolTip.hideText()
    # the next start remembers it
    window.close()
    again = make_window()
    assert again.action_set["topicBarAction"].isChecked()
    again.open_article(SIMULATORS)
    pane = again.workspace.current
    y = point_in(pane, tagged.block_id).y()
    qtbot.waitUntil(lambda: topics.get(tagged.tags[0].topic).color in margin_colors(pane, y), timeout=2000)
    again.action_set["topicBarAction"].trigger()
    assert not again.settings.topic_bar
    qtbot.waitUntil(lambda: not margin_colors(pane, y) & colors, timeout=2000)


def entries(window) -> list[str]:
    lst = window.library_panel.list
    return [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())]


def tick_in_menu(qtbot, window, topic_ids: list[str]) -> None:
    """Open the chip's menu from the keyboard and tick `topic_ids` with the mouse, then close it."""
    chip = window.library_panel.topic_filter.chip
    menu = window.library_panel.topic_filter.menu

    def in_menu():
        qtbot.waitUntil(menu.isVisible, timeout=3000)
        for topic_id in topic_ids:
            action = next(a for a in menu.actions() if a.data() == topic_id)
            qtbot.mouseMove(menu, menu.actionGeometry(action).center())
            qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
        assert menu.isVisible()  # the menu stays open while ticking
        qtbot.keyClick(menu, Qt.Key.Key_Escape)

    chip.setFocus()
    QTimer.singleShot(0, in_menu)
    qtbot.keyClick(chip, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=3000)


def test_library_topic_chip_shows_the_articles_the_core_says_cover_the_topics(qtbot, make_window, content_copy):
    window = make_window()
    topics = core_topics(content_copy)
    timeline = build_timeline(Library(content_copy).readable, topics)
    panel = window.library_panel
    chip_filter = panel.topic_filter
    qtbot.waitUntil(chip_filter.isVisible, timeout=3000)
    everything = entries(window)
    assert len(everything) == 5 and not chip_filter.clear_button.isVisible()
    assert chip_filter.chip.accessibleName() and chip_filter.clear_button.accessibleName()
    covering = {a.id for a in timeline.covering("simulators")}
    assert 0 < len(covering) < 5
    tick_in_menu(qtbot, window, ["simulators"])
    assert set(entries(window)) == covering
    assert chip_filter.clear_button.isVisible()
    assert chip_filter.count_label.text() == f"{len(covering)} of 5"
    # two topics: the articles that cover both
    tick_in_menu(qtbot, window, ["rl"])
    both = covering & {a.id for a in timeline.covering("rl")}
    assert set(entries(window)) == both
    # × clears the choice, with the mouse or from the keyboard
    qtbot.mouseClick(chip_filter.clear_button, Qt.MouseButton.LeftButton)
    assert entries(window) == everything and not chip_filter.clear_button.isVisible()
    assert chip_filter.count_label.text() == "5 articles"
    # a topic two articles cover (the fewest above one), whichever it is under the shipped list
    pair_topic = min((t.id for t in topics if len(timeline.covering(t.id)) >= 2),
                     key=lambda t: (len(timeline.covering(t)), t))
    tick_in_menu(qtbot, window, [pair_topic])
    grok = entries(window)
    assert set(grok) == {a.id for a in timeline.covering(pair_topic)} and len(grok) >= 2
    # Go ▸ Next Article steps through the articles the list shows
    window.open_article(grok[0])
    pane = window.workspace.current
    pane.browser.setFocus()
    qtbot.keyClick(pane.browser, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert pane.article.id == grok[1]
    for _ in range(len(grok) - 1):
        qtbot.keyClick(pane.browser, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert pane.article.id == grok[0]
    chip_filter.clear_button.setFocus()
    qtbot.keyClick(chip_filter.clear_button, Qt.Key.Key_Space)
    assert entries(window) == everything


def test_script_switch_relabels_the_topic_chip_and_its_menu(qtbot, make_window, content_copy):
    window = make_window()
    topics = core_topics(content_copy)
    rl = topics.get("rl")
    chip_filter = window.library_panel.topic_filter
    qtbot.waitUntil(chip_filter.isVisible, timeout=3000)
    tick_in_menu(qtbot, window, ["rl"])
    window.action_set.group("script")["hans"].trigger()
    qtbot.waitUntil(lambda: chip_filter.chip.text() == rl.name("hans"), timeout=3000)
    assert chip_filter.topic_actions["simulators"].text() == topics.get("simulators").name("hans")
    window.action_set.group("script")["hk"].trigger()
    qtbot.waitUntil(lambda: chip_filter.chip.text() == rl.name("hant"), timeout=3000)
    assert chip_filter.chip.text() != rl.name("hans")
    window.action_set.group("language")["en"].trigger()
    qtbot.waitUntil(lambda: chip_filter.chip.text() == rl.name("en"), timeout=3000)
    qtbot.mouseClick(chip_filter.clear_button, Qt.MouseButton.LeftButton)
    assert chip_filter.chip.text() == "All topics"


def test_an_edited_topic_list_reaches_the_chip_and_the_hover(qtbot, make_window, content_copy):
    window = make_window()
    window.action_set.group("language")["en"].trigger()
    chip_filter = window.library_panel.topic_filter
    qtbot.waitUntil(chip_filter.isVisible, timeout=3000)
    path = content_copy / "topics.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('en = "Reinforcement learning"',
                                                             'en = "RL and its flaws"'), encoding="utf-8")
    qtbot.waitUntil(lambda: chip_filter.topic_actions["rl"].text() == "RL and its flaws", timeout=5000)
    window.open_article(TRANSCRIPT)
    pane = window.workspace.current
    passage = next(p for p in core_passages(content_copy, TRANSCRIPT)
                   if p.kind == "paragraph" and p.length >= 60 and p.tag("rl"))
    hover(qtbot, pane.browser.viewport(), point_in(pane, passage.block_id))
    qtbot.waitUntil(QToolTip.isVisible, timeout=3000)
    assert "RL and its flaws" in QToolTip.text()
    QToolTip.hideText()


def test_a_highlight_in_a_tagged_passage_keeps_its_own_tooltip(qtbot, make_window, content_copy):
    from reader.core.highlights.anchoring import anchor_quote
    from reader.core.highlights.model import Highlight

    window = make_window()
    window.action_set.group("language")["en"].trigger()
    window.open_article(SIMULATORS)
    pane = window.workspace.current
    topics = core_topics(content_copy)
    tagged = long_passage(core_passages(content_copy, SIMULATORS), tagged=True)
    quote = pane.shown_block_text(tagged.block_id)[30:40]
    window.highlighting.store.add(Highlight.new(SIMULATORS, anchor_quote(pane.article, quote), "green", "要核对", ()))
    window.highlighting.refresh()
    assert [text for _hid, text in pane.highlight_spans()] == [quote]
    viewport = pane.browser.viewport()
    hover(qtbot, viewport, point_in(pane, tagged.block_id, 34))
    qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text() == "要核对", timeout=3000)
    # beside the highlight, in the same passage: its topics
    hover(qtbot, viewport, point_in(pane, tagged.block_id, 2))
    name = topics.get(tagged.tags[0].topic).name("en")
    qtbot.waitUntil(lambda: QToolTip.isVisible() and name in QToolTip.text(), timeout=3000)
    QToolTip.hideText()
