"""The rule-set cache (`lint/rule_cache.py`): rule and data files are parsed
once and an edit is seen, a broken or damaged cache is rebuilt silently,
dates and compiled patterns come back as they were, entries no run used for
a month leave it, and saves at once leave one whole file. The result cache
is tested in test_result_cache.py."""
from __future__ import annotations

import marshal
import os

import pytest

from lint import marshal_dates, rule_cache
from lint.cache_dir import seal, unseal
from test_result_cache import RULE, write   # a house rule file, and a writer that moves a file's clock on


def parse_count(monkeypatch):
    from lint import ruleset
    calls = []
    real = ruleset._parse_rule
    monkeypatch.setattr(ruleset, "_parse_rule", lambda path: calls.append(path) or real(path))
    return calls


def test_rule_files_are_parsed_once_and_edits_are_seen(fresh_rule_cache, tmp_path, monkeypatch):
    from lint.ruleset import load_rule
    rule = write(tmp_path / "rules" / "house" / "banned.yaml", RULE.format(word="council"))
    old = os.stat(rule).st_mtime_ns - 10 * 10**9          # not "racy": older than the clock's step
    os.utime(rule, ns=(old, old))
    calls = parse_count(monkeypatch)
    assert load_rule("house.banned", rule).options["tokens"] == ["council"]
    rule_cache.reset()                                    # saved; read again as a new run would
    assert load_rule("house.banned", rule).options["tokens"] == ["council"] and len(calls) == 1
    write(rule, RULE.format(word="mayor"), bump=3)
    assert load_rule("house.banned", rule).options["tokens"] == ["mayor"] and len(calls) == 2


def test_the_examples_check_is_kept_with_the_rule(fresh_rule_cache, tmp_path, monkeypatch):
    # The shape of a rule's examples is checked when its file is parsed and
    # kept with its content: a warm run neither parses nor checks it again, and
    # a broken example is the same error, at the same line, cold or warm.
    import datetime as dt

    from lint import example_shape, ruleset
    good = write(tmp_path / "rules" / "house" / "banned.yaml", RULE.format(word="council")
                 + '  - fail: "A council vote."\n    published: 2024-05-20\n')
    bad = write(tmp_path / "rules" / "house" / "odd.yaml", RULE.format(word="mayor")
                + "  - pass: 5\n")
    for path in (good, bad):
        old = os.stat(path).st_mtime_ns - 10 * 10**9
        os.utime(path, ns=(old, old))
    errors, checks = [], []
    real = example_shape.problem
    monkeypatch.setattr(ruleset, "examples_problem", lambda v: checks.append(v) or real(v))
    calls = parse_count(monkeypatch)
    for _ in range(2):                  # a cold cache, then one read back as the next run would
        with pytest.raises(ruleset.RuleError) as caught:
            ruleset.load_rule("house.odd", bad)
        errors.append(str(caught.value))
        rule = ruleset.load_rule("house.banned", good)
        assert rule.examples[-1] == {"fail": "A council vote.", "published": dt.date(2024, 5, 20)}
        rule_cache.reset()
    assert len(calls) == len(checks) == 2               # both files, in the cold run only
    assert errors[0] == errors[1] and "odd.yaml:8:11: examples[2]:" in errors[0] and "pass: must be text" in errors[0]


def test_examples_are_decoded_when_first_read(fresh_rule_cache, tmp_path, monkeypatch):
    # A warm run decodes a rule's content without its examples (a check never
    # reads them); the first read of `examples` decodes them, once, to what
    # the file holds, a date included, also for a rule a config's options
    # override; bytes that no longer decode are read from the file again.
    import datetime as dt

    import yaml

    from lint import ruleset
    path = write(tmp_path / "rules" / "house" / "banned.yaml", RULE.format(word="council")
                 + '  - fail: "A council vote."\n    published: 2024-05-20\n')
    old = os.stat(path).st_mtime_ns - 10 * 10**9
    os.utime(path, ns=(old, old))
    written = yaml.safe_load(path.read_text(encoding="utf-8"))["examples"]
    assert written[-1]["published"] == dt.date(2024, 5, 20)
    ruleset.load_rule("house.banned", path)
    rule_cache.reset()                                    # saved; read again as a new run would
    decoded = []
    real = marshal_dates.loads
    monkeypatch.setattr(marshal_dates, "loads", lambda blob: decoded.append(blob) or real(blob))
    for overrides in (None, {"ignorecase": True}):
        before = len(decoded)
        rule = ruleset.load_rule("house.banned", path, overrides)
        assert len(decoded) == before + 1                 # the rule's entry, not its examples
        assert rule.examples == written and len(decoded) == before + 2
        assert rule.examples == written and len(decoded) == before + 2
    broken = ruleset._Encoded(b"\xff", str(path))
    assert broken.decode() == written


def cached_rule(cache_folder, tmp_path):
    """A rule file banning 'council', and the rule-set cache file that now holds it."""
    from lint.ruleset import load_rule
    rule = write(tmp_path / "rules" / "house" / "banned.yaml", RULE.format(word="council"))
    old = os.stat(rule).st_mtime_ns - 10 * 10**9
    os.utime(rule, ns=(old, old))
    load_rule("house.banned", rule)
    rule_cache.reset()
    (cache_file,) = cache_folder.glob("rules-*.marshal")
    return rule, cache_file


def test_a_broken_rule_cache_is_rebuilt_silently(fresh_rule_cache, tmp_path, monkeypatch):
    from lint.ruleset import load_rule
    rule, cache_file = cached_rule(fresh_rule_cache, tmp_path)
    for damage in (b"", b"junk", marshal.dumps({"format": "x", "files": {}, "patterns": {}}),
                   marshal.dumps({"format": rule_cache._format(), "files": {str(rule): (1, 2)},
                                  "patterns": {"k": "not bytes"}})):
        cache_file.write_bytes(damage)
        calls = parse_count(monkeypatch)
        assert load_rule("house.banned", rule).options["tokens"] == ["council"] and calls
        rule_cache.reset()
        assert marshal.loads(cache_file.read_bytes())["format"] == rule_cache._format()


def test_a_rule_cache_damaged_inside_a_value_is_not_trusted(fresh_rule_cache, tmp_path,
                                                            monkeypatch):
    # A flipped byte that marshal still reads (here in a cached token; in a
    # cached dataclass method it looped for ever) must not reach a run.
    from lint.ruleset import load_rule
    rule, cache_file = cached_rule(fresh_rule_cache, tmp_path)
    data = cache_file.read_bytes()
    assert b"council" in data
    cache_file.write_bytes(data.replace(b"council", b"cooncil"))
    calls = parse_count(monkeypatch)
    assert load_rule("house.banned", rule).options["tokens"] == ["council"] and calls


def test_a_newer_version_starts_a_new_rule_cache(fresh_rule_cache, monkeypatch):
    name = rule_cache._file_name()
    monkeypatch.setattr(rule_cache, "__version__", "99.0")
    assert rule_cache._file_name() != name and "99.0" in rule_cache._file_name()


def test_dates_in_rule_files_survive_the_cache(fresh_rule_cache, tmp_path):
    import datetime as dt
    data = tmp_path / "dated.yaml"
    write(data, "examples:\n  - published: 2024-05-20\n    when: 2024-05-20 10:00:00\n")
    old = os.stat(data).st_mtime_ns - 10 * 10**9
    os.utime(data, ns=(old, old))
    first = rule_cache.load_data(str(data))
    rule_cache.reset()
    again = rule_cache.load_data(str(data))
    assert again == first and again["examples"][0]["published"] == dt.date(2024, 5, 20)
    assert isinstance(again["examples"][0]["when"], dt.datetime)


def test_a_cached_date_placed_nowhere_is_a_miss(fresh_rule_cache, tmp_path):
    # A whole, sealed cache file whose entry puts a date under a key its
    # content lacks (written by another build of the layout, or by hand): the
    # file is read afresh, not an internal error (KeyError).
    import datetime as dt
    data = tmp_path / "dated.yaml"
    write(data, "examples:\n  - published: 2024-05-20\n")
    old = os.stat(data).st_mtime_ns - 10 * 10**9
    os.utime(data, ns=(old, old))
    rule_cache.load_data(str(data))
    rule_cache.reset()
    (cache_file,) = fresh_rule_cache.glob("rules-*.marshal")
    whole = marshal.loads(unseal(cache_file.read_bytes()))
    (key,) = [k for k in whole["files"] if k.startswith(str(data))]
    at, blob, path, code = whole["files"][key]
    assert blob.startswith(marshal_dates.PREFIX)
    content, found = marshal.loads(blob[len(marshal_dates.PREFIX):])
    found = [(("exampels",) + where[1:], kind, iso) for where, kind, iso in found]
    whole["files"][key] = (at, marshal_dates.PREFIX + marshal.dumps((content, found)), path, code)
    cache_file.write_bytes(seal(marshal.dumps(whole)))
    assert rule_cache.load_data(str(data)) == {"examples": [{"published": dt.date(2024, 5, 20)}]}


def test_a_cached_pattern_is_the_pattern(fresh_rule_cache, monkeypatch):
    import regex
    from regex import _main
    from lint import regex_cache
    assert regex_cache.install()
    source = r"(?i)\b(?P<who>\L<names>)\s+said\b"
    first = regex.compile(source, names=["Ana Ruiz", "Bo Li"])
    rule_cache.reset()                         # saved, and read again on the next use
    regex_cache._live.clear()
    parsed = []
    real = _main._parse_pattern
    monkeypatch.setattr(_main, "_parse_pattern", lambda *a: parsed.append(a) or real(*a))
    again = regex.compile(source, names=["Ana Ruiz", "Bo Li"])
    assert parsed == []                        # rebuilt from the cache, not parsed
    other = regex.compile(source, names=["Cy Young"])
    assert len(parsed) == 1                    # other names: another pattern
    text = "Then ANA RUIZ said no, and Cy Young said yes."
    assert [m.span("who") for m in again.finditer(text)] == [(5, 13)]
    assert [m.span("who") for m in first.finditer(text)] == [(5, 13)]
    assert [m["who"] for m in other.finditer(text)] == ["Cy Young"]
    assert again.flags == first.flags and again.groupindex == first.groupindex


def _entries(cache_file):
    data = marshal.loads(unseal(cache_file.read_bytes()))
    return data["files"], data["seen"]


def test_rule_cache_entries_no_run_used_for_a_month_are_dropped(fresh_rule_cache, tmp_path,
                                                                 monkeypatch):
    # Another checkout's rule files stay on disk but no run reads them: they
    # leave the cache once unused for STALE_DAYS, so it stops growing.
    from lint.ruleset import load_rule
    day = rule_cache._today()
    monkeypatch.setattr(rule_cache, "_today", lambda: day)
    rule, cache_file = cached_rule(fresh_rule_cache, tmp_path)
    other = write(tmp_path / "clone" / "rules" / "house" / "banned.yaml", RULE.format(word="mayor"))
    old = os.stat(other).st_mtime_ns - 10 * 10**9
    os.utime(other, ns=(old, old))
    monkeypatch.setattr(rule_cache, "_today", lambda: day + rule_cache.STALE_DAYS)
    load_rule("house.banned", other)                   # the clone, a month later: still kept
    rule_cache.reset()
    files, seen = _entries(cache_file)
    assert {e[2] for e in files.values()} == {str(rule), str(other)}
    later = day + rule_cache.STALE_DAYS + rule_cache.REFRESH_DAYS
    monkeypatch.setattr(rule_cache, "_today", lambda: later)
    load_rule("house.banned", other)                   # the first checkout is never used again
    rule_cache.reset()
    files, seen = _entries(cache_file)
    assert {e[2] for e in files.values()} == {str(other)}
    assert set(seen) >= set(files)


def test_a_rule_cache_entry_in_use_is_marked_again_and_never_goes_stale(fresh_rule_cache, tmp_path,
                                                                        monkeypatch):
    from lint.ruleset import load_rule
    day = rule_cache._today()
    monkeypatch.setattr(rule_cache, "_today", lambda: day)
    rule, cache_file = cached_rule(fresh_rule_cache, tmp_path)
    for later in range(rule_cache.REFRESH_DAYS, 4 * rule_cache.STALE_DAYS, rule_cache.REFRESH_DAYS):
        monkeypatch.setattr(rule_cache, "_today", lambda: day + later)
        calls = parse_count(monkeypatch)
        assert load_rule("house.banned", rule).options["tokens"] == ["council"] and not calls
        assert rule_cache.current().dirty             # marked long enough ago: this run saves
        rule_cache.reset()
        files, seen = _entries(cache_file)
        assert [seen[k] for k in files] == [day + later]
    before = cache_file.stat().st_mtime_ns
    load_rule("house.banned", rule)                    # marked today: no write
    assert not rule_cache.current().dirty
    rule_cache.reset()
    assert cache_file.stat().st_mtime_ns == before


def test_stale_cache_files_of_other_versions_are_pruned_and_nothing_else(tmp_path):
    now = 1_900_000_000.0
    month = (rule_cache.STALE_DAYS + 1) * rule_cache.DAY
    files = {"rules-0.1-py3.9-regex1.marshal": month, "rules-0.2-py3.11-regex2.marshal": 60,
             ".tmp-abc123xy.part": month, ".tmp-new_4567.part": 5, "mine.marshal": month,
             "rules-current.marshal": month, "notes.txt": month}
    for name, age in files.items():
        path = tmp_path / name
        path.write_bytes(b"x")
        os.utime(path, (now - age, now - age))
    os.symlink(tmp_path / "notes.txt", tmp_path / "rules-link.marshal")
    os.utime(tmp_path / "rules-link.marshal", (now - month, now - month), follow_symlinks=False)
    (tmp_path / "results").mkdir()
    assert rule_cache.prune_stale_files(str(tmp_path), "rules-current.marshal", now=now) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [".tmp-new_4567.part", "mine.marshal", "notes.txt", "results", "rules-0.2-py3.11-regex2.marshal",
         "rules-current.marshal", "rules-link.marshal"])
    assert rule_cache.prune_stale_files(str(tmp_path / "gone"), "x", now=now) == 0


def test_concurrent_rule_cache_saves_leave_one_whole_file(fresh_rule_cache, tmp_path):
    # Two runs saving at once: each writes a whole file and renames it into
    # place, so the cache read afterwards is one of them, never a mix or a torn file.
    import threading
    path = str(fresh_rule_cache / rule_cache._file_name())
    caches = []
    for n in range(8):
        c = rule_cache.RuleSetCache(path)
        c.put_pattern(("p", n), b"blob%d" % n)
        caches.append(c)
    threads = [threading.Thread(target=c.save) for c in caches]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    read = rule_cache.RuleSetCache(path)
    assert len(read.patterns) == 1 and set(read.seen) == set(read.patterns)
    assert not [p for p in fresh_rule_cache.iterdir() if p.name.startswith(".tmp-")]
