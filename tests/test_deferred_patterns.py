"""A pattern whose program in the rule-set cache is long is built at its
first use (`regex_cache.Deferred`): until then nothing is unmarshalled or
built, and once built it matches, copies, pickles and compiles as the
pattern itself. A short one is built at once."""
from __future__ import annotations

import copy
import pickle

import regex

from lint import regex_cache, rule_cache

SOURCE = r"(?i)\b(?P<who>\L<names>)\s+(?P<verb>said|told)\b"
NAMES = ["Ana Ruiz", "Bo Li"]
TEXT = "Then ANA RUIZ said no, and bo li told us."


def _cached_again(monkeypatch, defer_bytes=0):
    """SOURCE compiled once (kept in the cache), then found again as a new run
    would, deferred when its program is `defer_bytes` long or longer."""
    monkeypatch.setattr(regex_cache, "DEFER_BYTES", defer_bytes)
    assert regex_cache.install()
    regex_cache._live.clear()                  # (another test's pattern for SOURCE)
    first = regex.compile(SOURCE, names=NAMES)
    rule_cache.reset()                         # saved, and read again on the next use
    regex_cache._live.clear()
    return first, regex.compile(SOURCE, names=NAMES)


def _built_calls(monkeypatch, again):
    calls = []
    real = again.__dict__["_build"]
    monkeypatch.setitem(again.__dict__, "_build", lambda *a: calls.append(a) or real(*a))
    return calls


def test_a_cached_pattern_is_built_at_its_first_use_and_matches_as_before(fresh_rule_cache,
                                                                           monkeypatch):
    first, again = _cached_again(monkeypatch)
    assert type(first) is not regex_cache.Deferred and type(again) is regex_cache.Deferred
    calls = _built_calls(monkeypatch, again)
    assert regex.compile(SOURCE, names=NAMES) is again and calls == []   # one object a key
    spans = [(m.span(), m.span("who"), m["verb"]) for m in again.finditer(TEXT)]
    assert spans == [(m.span(), m.span("who"), m["verb"]) for m in first.finditer(TEXT)]
    assert spans == [((5, 18), (5, 13), "said"), ((27, 37), (27, 32), "told")]
    assert len(calls) == 1
    assert again.search(TEXT, 6, None, False)["who"] == "bo li" and len(calls) == 1  # built once
    assert (again.pattern, again.flags, again.groups) == (first.pattern, first.flags, first.groups)
    assert again.groupindex == first.groupindex == {"who": 1, "verb": 2}
    again.groupindex["who"] = 9                # a copy each time, as the pattern's own
    assert again.groupindex["who"] == 1


def test_a_deferred_pattern_compiles_copies_and_pickles_as_the_pattern(fresh_rule_cache,
                                                                       monkeypatch):
    first, again = _cached_again(monkeypatch)
    assert copy.copy(again) is again and copy.deepcopy(again) is again
    assert copy.copy(first) is first           # as `regex`'s own patterns
    assert regex.compile(again) is again.built()
    assert regex.sub(again, r"\g<verb>", TEXT) == regex.sub(first, r"\g<verb>", TEXT) \
        == "Then said no, and told us."
    back = pickle.loads(pickle.dumps(again))
    assert type(back) is type(first) and back.findall(TEXT) == first.findall(TEXT)
    assert repr(again) == repr(again.built()) and repr(again).startswith("regex.Regex(")


def test_a_damaged_cached_program_compiles_afresh_at_first_use(fresh_rule_cache, monkeypatch):
    first, again = _cached_again(monkeypatch)
    monkeypatch.setitem(again.__dict__, "_blob", b"\x00 not a program")
    compiled = []
    monkeypatch.setattr(regex_cache.Deferred, "fresh",
                        staticmethod(lambda *a, real=regex_cache.Deferred.fresh:
                                     compiled.append(a[0]) or real(*a)))
    assert [m["who"] for m in again.finditer(TEXT)] == ["ANA RUIZ", "bo li"]
    assert compiled == [SOURCE]


def test_a_short_cached_program_is_built_at_once(fresh_rule_cache, monkeypatch):
    key = _cached_again(monkeypatch)[1]._source[4]
    size = len(rule_cache.current().pattern(key) or b"")
    assert 0 < size
    first, again = _cached_again(monkeypatch, defer_bytes=size + 1)
    assert type(again) is type(first) and again is not first
    assert [m.span("who") for m in again.finditer(TEXT)] == [(5, 13), (27, 32)]
    first, again = _cached_again(monkeypatch, defer_bytes=size)
    assert type(again) is regex_cache.Deferred
