"""The rule-set cache keeps one file per installation (a CRC-32 of the folder
newslint runs from in the file's name, `rule_cache._where`). The name only
spares a run other checkouts' entries: inside the file, every entry is still
keyed on its rule file's absolute path and checked against its stamp, so two
installations whose folders' CRC-32s collide, or a checkout moved or replaced,
never read each other's rules."""
from __future__ import annotations

import os

from lint import rule_cache

RULE = 'extends: existence\nmessage: "avoid %s"\nlevel: warning\ntokens: [{word}]\n'


def installed_at(monkeypatch, folder: str) -> str:
    monkeypatch.setattr(rule_cache, "__file__", os.path.join(folder, "lint", "rule_cache.py"))
    return rule_cache._file_name()


def test_each_installation_and_only_another_one_gets_its_own_cache_file(monkeypatch):
    a = installed_at(monkeypatch, "/srv/checkouts/main")
    assert installed_at(monkeypatch, "/srv/checkouts/main") == a
    for other in ("/srv/checkouts/main-old", "/home/ed/venv/lib/python3.11/site-packages",
                  "/srv/checkouts/spaced out ~"):
        b = installed_at(monkeypatch, other)
        assert b != a and b.startswith("rules-") and b.endswith(".marshal")
        assert all(c.isalnum() or c in "-._" for c in b)


def test_installations_sharing_one_cache_file_never_get_each_others_rules(tmp_path, monkeypatch):
    # A CRC-32 collision puts two checkouts in one file: their rule files have
    # the same name, size and modification time, yet each gets its own tokens.
    from lint.ruleset import load_rule
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(rule_cache, "_where", lambda: "00000000")
    rules = {}
    for checkout, word in (("one", "mayor"), ("two", "clerk")):
        path = tmp_path / checkout / "rules" / "house" / "banned.yaml"
        path.parent.mkdir(parents=True)
        path.write_text(RULE.format(word=word), encoding="utf-8")
        os.utime(path, ns=(1_700_000_000 * 10**9,) * 2)   # old: not "racy", so cached
        rules[checkout] = (path, word)
    try:
        for _ in range(2):              # a cold cache, then one read back as the next run would
            rule_cache.reset()
            for path, word in rules.values():
                assert load_rule("house.banned", path).options["tokens"] == [word]
        rule_cache.reset()
        (cached,) = (tmp_path / "cache").glob("rules-*.marshal")
        assert cached.name.endswith("-00000000.marshal")
        assert {str(p) for p, _ in rules.values()} <= set(rule_cache.RuleSetCache(str(cached)).files)
    finally:
        rule_cache.reset()
