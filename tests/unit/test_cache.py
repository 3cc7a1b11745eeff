"""The core's one LRU cache: the least recently used value goes first, made once."""

from reader.core.cache import LruCache


def test_the_least_recently_used_goes_first():
    cache = LruCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1  # a is now the most recent
    cache.put("c", 3)
    assert cache.get("b") is None and cache.get("a") == 1 and cache.get("c") == 3
    assert len(cache) == 2


def test_get_or_make_makes_a_value_once():
    cache, calls = LruCache(4), []
    make = lambda: calls.append(1) or "value"  # noqa: E731
    assert cache.get_or_make("k", make) == "value"
    assert cache.get_or_make("k", make) == "value"
    assert len(calls) == 1
    cache.clear()
    assert cache.get("k") is None
