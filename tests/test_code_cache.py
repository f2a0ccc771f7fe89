"""`code_cache`'s stand-in for the `exec` that `dataclasses` calls, while no
rule-set cache is open: the class is the one Python builds on its own."""
from __future__ import annotations

import dataclasses
import typing

from lint import code_cache, rule_cache


def test_a_dataclass_made_before_the_cache_opens_has_its_own_init_annotations(monkeypatch):
    assert code_cache.install()
    monkeypatch.setattr(rule_cache, "_shared", None)     # not opened yet, or reset

    @dataclasses.dataclass
    class Dateline:
        place: str
        day: int = 1

    assert rule_cache.current() is None
    # the class's own (string) annotations, as Python gives them without newslint;
    # the stand-in's `from __future__ import annotations` made them '_type_place'
    assert Dateline.__init__.__annotations__ == {"place": "str", "day": "int", "return": None}
    assert typing.get_type_hints(Dateline.__init__) == {"place": str, "day": int,
                                                        "return": type(None)}
    assert Dateline("PORTLAND") == Dateline("PORTLAND", 1) != Dateline("PORTLAND", 2)


def test_a_dataclass_made_with_the_cache_open_has_the_same_init_annotations(fresh_rule_cache):
    assert code_cache.install()
    assert rule_cache.shared() is not None

    @dataclasses.dataclass
    class Dateline:
        place: str
        day: int = 1

    assert Dateline.__init__.__annotations__ == {"place": "str", "day": "int", "return": None}
    assert Dateline("PORTLAND") == Dateline("PORTLAND", 1)
