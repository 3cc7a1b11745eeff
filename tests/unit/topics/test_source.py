"""Which topic list is used: the user's copy over the content folder's over the bundled one; a
broken file falls back to the last good list (or none) and says why; an edit is read again."""

import os
import shutil

from reader.core.topics.source import LAST_GOOD_FILE, TOPICS_FILE, TopicSource, bundled_topics_path

ONE = '''[[topic]]
id = "only"
names = { hans = "唯一", hant = "唯一", en = "Only" }
color = "#123456"
keywords = ["强化学习"]
'''


def touch_later(path):
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))


def test_the_bundled_list_by_default(tmp_path, content_copy):
    (content_copy / TOPICS_FILE).unlink()
    source = TopicSource(content_copy, tmp_path / "data", tmp_path / "cache")
    assert source.path == bundled_topics_path() and "rl" in source.current().ids and not source.problem


def test_the_users_copy_overrides_and_is_read_again_when_edited(tmp_path, content_copy):
    data = tmp_path / "data"
    data.mkdir()
    (data / TOPICS_FILE).write_text(ONE, encoding="utf-8")
    source = TopicSource(content_copy, data, tmp_path / "cache")
    assert source.current().ids == ["only"]
    (data / TOPICS_FILE).write_text(ONE.replace('"only"', '"renamed"'), encoding="utf-8")
    touch_later(data / TOPICS_FILE)
    assert source.changed() and source.current().ids == ["renamed"]


def test_a_broken_edit_keeps_the_last_good_list_and_says_which_line(tmp_path, content_copy):
    data, cache = tmp_path / "data", tmp_path / "cache"
    data.mkdir()
    (data / TOPICS_FILE).write_text(ONE, encoding="utf-8")
    assert TopicSource(content_copy, data, cache).current().ids == ["only"]
    assert (cache / LAST_GOOD_FILE).is_file()
    (data / TOPICS_FILE).write_text(ONE.replace('color = "#123456"', 'color = "blue-ish"'), encoding="utf-8")
    source = TopicSource(content_copy, data, cache)  # as at the next start
    assert source.current().ids == ["only"]
    assert "line 4" in source.problem and "last good" in source.problem
    assert (data / TOPICS_FILE).read_text(encoding="utf-8").count("blue-ish") == 1  # the user's file untouched


def test_broken_with_nothing_good_to_fall_back_to(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(bundled_topics_path(), content / TOPICS_FILE)
    (content / TOPICS_FILE).write_text("[[topic]\n", encoding="utf-8")
    source = TopicSource(content, None, None)
    topics = source.current()
    assert "line 1" in source.problem
    assert topics.ids and "rl" in topics.ids  # the bundled list, as the last good one
