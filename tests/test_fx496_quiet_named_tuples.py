"""fx496 (qa350 #3): a named tuple's code is kept quietly: a run whose only
news is such code does not rewrite the rule-set cache, while one that saves
for other news keeps it too."""
from __future__ import annotations

import collections

from lint import code_cache, rule_cache


def test_named_tuple_alone_leaves_the_cache_clean(fresh_rule_cache):
    assert code_cache.install()
    cache = rule_cache.shared()
    cache.dirty = False
    collections.namedtuple("Quiet", ["fx496_a", "fx496_b"])
    assert cache.pattern(("eval", "lambda _cls, fx496_a, fx496_b: _tuple_new(_cls, (fx496_a, fx496_b))"))
    assert cache.dirty is False


def test_guard_a_dataclass_method_is_still_news(fresh_rule_cache):
    import dataclasses

    assert code_cache.install()
    cache = rule_cache.shared()
    cache.dirty = False

    @dataclasses.dataclass
    class Fx496Loud:
        fx496_field_one: int

    assert Fx496Loud(1).fx496_field_one == 1
    assert cache.dirty is True
