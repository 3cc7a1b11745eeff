"""The window and a broken or edited topics.toml: it starts, says which line is wrong, keeps the
last good list, and picks up a fixed file without a restart."""

import os

from reader.core.topics.source import TOPICS_FILE
from reader.ui.app import create_window

GOOD = '''[[topic]]
id = "rl"
names = { hans = "强化学习", hant = "強化學習", en = "RL" }
color = "#d62728"
keywords = ["强化学习"]
'''


def test_a_broken_topic_list_is_reported_with_its_line_and_the_window_runs(content_copy, data_dir, qtbot):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / TOPICS_FILE).write_text(GOOD.replace('color = "#d62728"', 'color = "reddish"'), encoding="utf-8")
    w = create_window(content_copy, data_dir)  # not make_window: the notice takes the focus from it
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.ready)
    qtbot.waitUntil(lambda: "topicsProblem" in w.notices)
    assert w.notices["topicsProblem"].isVisible()
    box = w.notices["topicsProblem"]
    assert "line 4" in box.text() and "not a colour" in box.text()
    assert w.topics.topics.ids  # the bundled list, as the last good one
    assert w.isVisible() and w.workspace.current.article is not None


def test_an_edited_topic_list_is_read_again(make_window, data_dir, qtbot):
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / TOPICS_FILE
    path.write_text(GOOD, encoding="utf-8")
    w = make_window()
    assert w.topics.topics.ids == ["rl"]
    changed = []
    w.topics.topicsChanged.connect(lambda: changed.append(True))
    path.write_text(GOOD + GOOD.replace('"rl"', '"rl2"'), encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
    qtbot.waitUntil(lambda: bool(changed), timeout=5000)
    assert w.topics.topics.ids == ["rl", "rl2"]
    assert {a.id for a in w.topics.timeline().covering("rl2")}  # the timeline follows the new list
