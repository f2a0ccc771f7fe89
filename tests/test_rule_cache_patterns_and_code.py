"""What the rule-set cache keeps between runs, so a warm start compiles and
parses nothing: stdlib `re` patterns, `regex` patterns (in the cache open
now), and code that `typing` and `dataclasses` build (forward references,
a dataclass's methods), each the same as the one built fresh."""
from __future__ import annotations

import re

import pytest

from lint import rule_cache


@pytest.fixture
def fresh_rule_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "rule-cache"))
    rule_cache.reset()
    rule_cache.shared()
    yield tmp_path / "rule-cache"
    rule_cache.reset()


def test_a_cached_stdlib_pattern_is_the_pattern(fresh_rule_cache, monkeypatch):
    from lint import regex_cache
    assert regex_cache.install()
    source = r"(?P<month>[A-Z][a-z]+)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    re.purge()
    first = re.compile(source, re.ASCII)
    assert not rule_cache.current().dirty      # a new `re` pattern alone saves nothing
    rule_cache.current().dirty = True          # as a run that read a new rule file
    rule_cache.reset()                         # saved, and read again as a new run would
    rule_cache.shared()
    re.purge()
    parsed = []
    parser = getattr(re, "_parser", None) or __import__("sre_parse")
    real = parser.parse
    monkeypatch.setattr(parser, "parse", lambda *a: parsed.append(a) or real(*a))
    again = re.compile(source, re.ASCII)
    assert parsed == [] and again is not first  # rebuilt from the cache, not parsed
    assert again == first and again.groupindex == first.groupindex and again.groups == 2
    text = "On May 20th, and on June 3"
    assert [m.groupdict() for m in again.finditer(text)] == \
        [m.groupdict() for m in first.finditer(text)]


def _defined_twice(define, monkeypatch):
    """(`define()` in a run that keeps its code, `define()` in the next run),
    the second with no compile at all: its code comes from the cache."""
    from lint import code_cache
    assert code_cache.install()
    first = define()
    assert rule_cache.current().dirty                # new code is kept
    rule_cache.reset()                               # saved, and read again as a new run would
    rule_cache.shared()
    compiled = []
    monkeypatch.setattr("builtins.compile", lambda *a, **k: compiled.append(a) or compile(*a, **k))
    again = define()
    monkeypatch.undo()
    assert compiled == []                            # from the cache, not compiled
    return first, again


def test_a_cached_forward_reference_is_the_forward_reference(fresh_rule_cache, monkeypatch):
    import typing

    def define():
        class Span(typing.NamedTuple):
            start: "int"
            label: "str | None" = None
        return Span

    first, again = _defined_twice(define, monkeypatch)
    assert typing.get_type_hints(again) == typing.get_type_hints(first) == {"start": int,
                                                                            "label": str | None}
    assert again(3) == (3, None) and again._fields == ("start", "label")
    with pytest.raises(SyntaxError, match="Forward reference must be an expression"):
        typing.ForwardRef("not an expression(")        # still typing's own error


def test_a_cached_dataclass_is_the_dataclass(fresh_rule_cache, monkeypatch):
    import dataclasses

    def define():
        @dataclasses.dataclass(frozen=True)
        class Credit:
            name: str
            role: str = "staff"
            tags: list = dataclasses.field(default_factory=list, compare=False)
        return Credit

    first, again = _defined_twice(define, monkeypatch)
    a, b = first("Ana Ruiz"), again("Ana Ruiz")
    assert repr(a) == repr(b) == "test_a_cached_dataclass_is_the_dataclass.<locals>.define." \
        "<locals>.Credit(name='Ana Ruiz', role='staff', tags=[])"
    assert again("Ana Ruiz", tags=[1]) == again("Ana Ruiz") != again("Ana Ruiz", "photo")
    assert hash(b) == hash(again("Ana Ruiz"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        b.name = "x"
    assert dataclasses.fields(again)[2].default_factory is list


def test_a_regex_pattern_goes_to_the_cache_open_now(fresh_rule_cache, monkeypatch):
    # `regex_cache` finds an open cache without importing or opening it again;
    # after a reset (tests, the language server) the next one opened is used
    import regex

    from lint import regex_cache
    assert regex_cache.install()
    first = rule_cache.current()
    regex.compile(r"(?P<ward>Ward \d+) of the first cache")
    assert any(k[0] == r"(?P<ward>Ward \d+) of the first cache" for k in first.patterns)
    rule_cache.reset()
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(fresh_rule_cache.parent / "second"))
    regex.compile(r"(?P<ward>Ward \d+) of the second cache")
    second = rule_cache.current()
    assert second is not first and second.path.startswith(str(fresh_rule_cache.parent / "second"))
    assert any(k[0] == r"(?P<ward>Ward \d+) of the second cache" for k in second.patterns)
    assert not any(k[0] == r"(?P<ward>Ward \d+) of the second cache" for k in first.patterns)


def test_a_pattern_kept_while_the_cache_is_being_written_does_not_stop_the_save(fresh_rule_cache, monkeypatch):
    # pf57: `_save` holds the cache's lock while `write_atomic` runs; an import made there (tempfile,
    # shutil) that compiles a pattern or makes a class asks the same lock from the same thread
    import threading
    from lint import cache_dir
    cache = rule_cache.current()
    cache.dirty = True
    real = cache_dir.write_atomic
    monkeypatch.setattr(cache_dir, "write_atomic",
                        lambda *a: cache.put_pattern(("during", "save"), b"x") or real(*a))
    saver = threading.Thread(target=cache.save, daemon=True)
    saver.start()
    saver.join(60)
    stuck = saver.is_alive()
    if stuck:
        cache.path = None       # the fixture's own save would wait on the held lock too
    assert not stuck, "the save waits on its own lock"
    assert cache.pattern(("during", "save")) == b"x"
