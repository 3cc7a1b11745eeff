"""The reading position in the status bar: 0% at the top of an article — also at start, before
the first layout gave the scroll bar its range — and 100% at its end."""


def test_the_top_of_an_article_says_0_percent_from_the_start(qtbot, make_window):
    window = make_window()
    bar = window.workspace.current.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    qtbot.waitUntil(lambda: window.position_label.text() == "0%")
    qtbot.wait(200)  # the label is not set again to something else once the layout settles
    assert window.position_label.text() == "0%"

    bar.triggerAction(bar.SliderAction.SliderToMaximum)  # the scroll bar dragged to the end
    qtbot.waitUntil(lambda: window.position_label.text() == "100%")
    window.open_article("shuzi-kaiwu-transcript")  # another article, never read: at its top
    qtbot.waitUntil(lambda: window.position_label.text() == "0%")


def test_a_short_article_that_fits_says_100_percent(qtbot, make_window, content_copy):
    (content_copy / "0-short.md").write_text("---\ntitle: 短文\ndate: 2030-01-01\n---\n\n只有一句话。\n",
                                             encoding="utf-8")
    window = make_window()
    window.open_article("0-short")
    assert window.workspace.current.browser.verticalScrollBar().maximum() == 0
    qtbot.waitUntil(lambda: window.position_label.text() == "100%")
