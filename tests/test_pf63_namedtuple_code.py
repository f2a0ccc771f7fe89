"""pf63: `code_cache` gives `collections` an `eval` that keeps each named
tuple's `__new__` code in the rule-set cache; the class is the one Python
builds on its own, with or without a cache open."""
from __future__ import annotations

import collections
import typing

import pytest

from lint import code_cache, rule_cache


def _check_point(Point) -> None:
    p = Point(1, y=2)
    assert p == (1, 2) and p.x == 1 and p.y == 2 and Point._fields == ("x", "y")
    assert Point.__new__.__code__.co_filename == "<string>"
    assert Point.__new__.__code__.co_flags == collections.namedtuple("Q", "x y").__new__.__code__.co_flags
    with pytest.raises(TypeError):
        Point(1)
    assert repr(p) == "Point(x=1, y=2)"


def test_named_tuple_with_the_cache_open_is_kept_and_read_back(fresh_rule_cache):
    assert code_cache.install()
    cache = rule_cache.shared()
    Point = collections.namedtuple("Point", ["x", "y"])
    _check_point(Point)
    key = ("eval", "lambda _cls, x, y: _tuple_new(_cls, (x, y))")
    assert cache.pattern(key) is not None          # kept for the next run
    Again = collections.namedtuple("Point", "x y")  # read back from the cache
    _check_point(Again)
    assert Again.__new__.__code__ == Point.__new__.__code__


def test_named_tuple_before_the_cache_opens(monkeypatch):
    assert code_cache.install()
    monkeypatch.setattr(rule_cache, "_shared", None)
    Point = collections.namedtuple("Point", ["x", "y"])
    assert rule_cache.current() is None
    _check_point(Point)


def test_typing_named_tuple_with_defaults_and_string_annotations(fresh_rule_cache):
    assert code_cache.install()
    rule_cache.shared()

    class Span(typing.NamedTuple):
        start: "int"
        end: int = 0

    assert Span(3) == (3, 0) and Span(3, 5).end == 5 and Span._field_defaults == {"end": 0}


def test_a_field_name_that_is_no_identifier_is_still_refused(fresh_rule_cache):
    assert code_cache.install()
    rule_cache.shared()
    with pytest.raises(ValueError):
        collections.namedtuple("Bad", ["x", "class"])


def test_named_tuple_made_while_another_thread_holds_the_cache_is_compiled_not_kept(fresh_rule_cache):
    import threading

    assert code_cache.install()
    cache = rule_cache.shared()
    held, done = threading.Event(), threading.Event()

    def hold():            # a save under way in another thread (qa116)
        with cache.lock:
            held.set()
            done.wait(10)

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    assert held.wait(10)
    try:
        Busy = collections.namedtuple("Busy", "x y")       # would wait for the lock if it took it
    finally:
        done.set()
        holder.join(10)
    assert Busy(1, 2).y == 2 and Busy.__new__.__code__.co_filename == "<string>"
    assert ("eval", "lambda _cls, x, y: _tuple_new(_cls, (x, y))") not in cache.patterns
