"""qa153: pf35's deferred patterns (`regex_cache.Deferred`), warm and cold.

A pattern whose cached program is long is, on a warm rule-set cache run, a
stand-in built at its first use. These tests compile a pattern once (cold),
then find it again in the cache as the next run would (warm)."""
from __future__ import annotations

import regex

from lint import regex_cache, rule_cache

SOURCE = r"(?i)\b(?P<who>\L<names>)\s+(?P<verb>said|told)\b"
NAMES = ["Ana Ruiz", "Bo Li"]
TEXT = "Then ANA RUIZ said no, and bo li told us."


def _cold_and_warm(monkeypatch):
    """SOURCE compiled cold, then found in the cache again as a warm run finds
    it (deferred: DEFER_BYTES 0 stands for a program over the 400 bytes)."""
    monkeypatch.setattr(regex_cache, "DEFER_BYTES", 0)
    assert regex_cache.install()
    regex_cache._live.clear()
    cold = regex.compile(SOURCE, names=NAMES)
    rule_cache.reset()
    regex_cache._live.clear()
    warm = regex.compile(SOURCE, names=NAMES)
    return cold, warm


def test_a_warm_patterns_match_names_the_built_pattern(fresh_rule_cache, monkeypatch):
    """qa153 #1, decided: a stand-in's matches name the pattern built from it
    (`Deferred` says so), so no code may ask `m.re is PATTERN`; the one place
    that did, `speakers.headline_speaks`, no longer does (guard below)."""
    cold, warm = _cold_and_warm(monkeypatch)
    assert cold.search(TEXT).re is cold                      # the cold run, as main
    assert warm.search(TEXT).re is warm.built()
    assert next(warm.finditer(TEXT)).re is warm.built()
    assert warm.scanner(TEXT).search().re is warm.built()


def test_no_module_asks_whether_a_match_came_from_a_regex_pattern():
    """`m.re is NAME` is False on a warm run when NAME is a stand-in; only a
    stdlib `re` pattern (never deferred) may be compared so."""
    import pathlib

    import lint
    root = pathlib.Path(lint.__file__).parent
    asked = [f"{path.relative_to(root)}:{n}" for path in root.rglob("*.py")
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if ".re is " in line and "_YAML_FIELD" not in line]
    assert asked == []
