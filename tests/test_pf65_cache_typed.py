"""pf65 (issue 15): the rule-set cache keeps exactly the entries of the
right type (`cache_dir.typed`), as the comprehensions it replaces kept them,
without building a second dict when every entry is sound."""
from __future__ import annotations

import marshal

import pytest

from lint import cache_dir, rule_cache


@pytest.mark.parametrize("values,kind", [
    ({("a", 0): b"x", ("b", 1): b"", ("c", 2): "text", ("d", 3): 5, ("e", 4): None}, bytes),
    ({"a": 1, "b": True, "c": 2.0, "d": "3", "e": -4, "f": 2 ** 70}, int),   # a bool is no day
    ({"a": [], "b": (), "c": b"1"}, int),
])
def test_a_damaged_dict_keeps_what_the_long_way_kept(values, kind):
    long_way = {k: v for k, v in values.items() if (isinstance(v, bytes) if kind is bytes else type(v) is kind)}
    assert cache_dir.typed(values, kind) == long_way
    assert list(cache_dir.typed(values, kind)) == list(long_way)       # in the same order


@pytest.mark.parametrize("values,kind", [({}, int), ({"a": 1, "b": 2}, int), ({("p",): b"x"}, bytes)])
def test_a_sound_dict_is_kept_as_it_is(values, kind):
    assert cache_dir.typed(values, kind) is values


def test_a_cache_file_with_stray_values_opens_without_them(fresh_rule_cache):
    cache = rule_cache.shared()
    data = {"format": rule_cache._format(), "files": {}, "saves": 3,
            "patterns": {("p", 0, False, (), 0): b"prog", ("q", 0, False, (), 0): "not bytes"},
            "seen": {("p", 0, False, (), 0): 7, ("q", 0, False, (), 0): True},
            "marks": {("p", 0, False, (), 0): 2, ("q", 0, False, (), 0): "2"}}
    fresh_rule_cache.mkdir(parents=True, exist_ok=True)
    assert cache_dir.write_atomic(cache.path, cache_dir.seal(marshal.dumps(data)))
    opened = rule_cache.RuleSetCache(cache.path)
    assert opened.patterns == {("p", 0, False, (), 0): b"prog"}
    assert opened.seen == {("p", 0, False, (), 0): 7}
    assert opened.marks == {("p", 0, False, (), 0): 2}
    assert opened.saves == 3
