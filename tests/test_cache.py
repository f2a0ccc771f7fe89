"""The result cache and the rule-set cache: a cached run reports exactly what an
uncached one does, and anything a result depends on invalidates it."""
from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
import textwrap

import pytest

from lint import marshal_dates, rule_cache
from lint.cache_dir import seal, unseal
from lint.result_cache import LAYOUT
from lint.session import Session

ARTICLE = "Headline\n\nThe the council met on May 18th. Leave a Reply\n"
RULE = """\
extends: existence
message: "house style: avoid '%s'"
level: warning
tokens: [{word}]
examples:
  - pass: "A plain sentence."
  - fail: "A {word} sentence."
"""


def write(path, text, bump: int = 0):
    """Write a file; `bump` moves its modification time on by that many seconds,
    so an edit shows even on a file system with a coarse clock."""
    path.parent.mkdir(parents=True, exist_ok=True)
    before = os.stat(path).st_mtime_ns if path.exists() else None
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    if bump and before is not None:
        os.utime(path, ns=(before + bump * 10**9, before + bump * 10**9))
    return path


@pytest.fixture
def site(tmp_path):
    folder = tmp_path / "site"
    write(folder / "a.txt", ARTICLE)
    write(folder / "b.md", "---\ntitle: Council meets\n---\n\nThe council met Monday. TK\n")
    return folder


@pytest.fixture
def counted(monkeypatch):
    """How many files the runs below really lint (cache hits are not counted)."""
    calls = []
    real = Session.lint_bytes

    def spy(self, path, data, config=None):
        calls.append(path)
        return real(self, path, data, config)

    monkeypatch.setattr(Session, "lint_bytes", spy)
    return calls


def check(run_cli, *args):
    result = run_cli("check", "--format", "json", "--no-progress", *args)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def entries(folder):
    return sorted(p for p in folder.rglob("*.marshal"))


def test_an_unchanged_file_is_not_linted_again(run_cli, site, tmp_path, counted):
    cache = tmp_path / "cache"
    first = check(run_cli, site, "--cache-dir", cache)
    assert len(counted) == 2 and len(entries(cache)) == 2
    second = check(run_cli, site, "--cache-dir", cache)
    assert second == first and len(counted) == 2       # both from the cache
    assert check(run_cli, site, "--no-cache") == first and len(counted) == 4


def test_a_changed_file_is_linted_again(run_cli, site, tmp_path, counted):
    cache = tmp_path / "cache"
    check(run_cli, site, "--cache-dir", cache)
    write(site / "a.txt", "Headline\n\nThe council met. Share this article\n", bump=2)
    found = check(run_cli, site, "--cache-dir", cache)
    assert counted.count(str(site / "a.txt")) == 2 and counted.count(str(site / "b.md")) == 1
    assert [d["rule"] for d in found if d["path"].endswith("a.txt")] == ["hygiene.boilerplate"]


def test_a_changed_config_is_linted_again(run_cli, site, tmp_path, counted):
    cache = tmp_path / "cache"
    write(site / ".newslint.yaml", "select: [hygiene]\n")
    before = check(run_cli, site, "--cache-dir", cache)
    write(site / ".newslint.yaml", "select: [style]\n", bump=2)
    after = check(run_cli, site, "--cache-dir", cache)
    assert len(counted) == 4
    assert {d["rule"].split(".")[0] for d in before} == {"hygiene"}
    assert {d["rule"].split(".")[0] for d in after} == {"style"}
    # The command line is part of the effective config too.
    check(run_cli, site, "--cache-dir", cache, "--select", "hygiene.placeholder")
    assert len(counted) == 6


def test_a_changed_rule_is_linted_again(run_cli, site, tmp_path, counted):
    cache, rules = tmp_path / "cache", tmp_path / "rules"
    rule = write(rules / "house" / "banned.yaml", RULE.format(word="council"))
    args = (site, "--cache-dir", cache, "--rules", rules, "--select", "house")
    assert {d["message"] for d in check(run_cli, *args)} == {"house style: avoid 'council'"}
    write(rule, RULE.format(word="Headline"), bump=2)
    found = check(run_cli, *args)
    assert len(counted) == 4
    assert {d["message"] for d in found} == {"house style: avoid 'Headline'"}


def test_a_rule_edit_keeping_size_and_modification_time_is_seen(run_cli, site, tmp_path):
    """`touch -r`, `rsync -a` and `cp -p` restore the modification time: the
    change time still says the file was edited."""
    cache, rules = tmp_path / "cache", tmp_path / "rules"
    rule = write(rules / "house" / "banned.yaml", RULE.format(word="council"))
    before = os.stat(rule)
    os.utime(rule, ns=(before.st_atime_ns - 10**10, before.st_mtime_ns - 10**10))   # not racy
    args = (site, "--cache-dir", cache, "--rules", rules, "--select", "house")
    assert {d["message"] for d in check(run_cli, *args)} == {"house style: avoid 'council'"}
    mtime = os.stat(rule).st_mtime_ns
    write(rule, RULE.format(word="Leave a"))                 # the same size
    os.utime(rule, ns=(mtime, mtime))
    assert os.stat(rule).st_size == before.st_size
    assert {d["message"] for d in check(run_cli, *args)} == {"house style: avoid 'Leave a'"}


def test_a_newer_version_lints_again(run_cli, site, tmp_path, counted, monkeypatch):
    cache = tmp_path / "cache"
    first = check(run_cli, site, "--cache-dir", cache)
    monkeypatch.setattr("lint.result_cache.__version__", "99.0")
    assert check(run_cli, site, "--cache-dir", cache) == first
    assert len(counted) == 4 and len(entries(cache)) == 4      # new entries beside the old


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", seal(marshal.dumps({"layout": LAYOUT})),
                                    seal(marshal.dumps({"layout": LAYOUT - 1, "diagnostics": [],
                                                        "notes": [], "document": None})),
                                    seal(marshal.dumps({"layout": LAYOUT, "diagnostics": [(1, 2)],
                                                        "notes": [], "document": None}))])
def test_a_corrupt_entry_is_ignored_and_replaced(run_cli, site, tmp_path, counted, damage):
    cache = tmp_path / "cache"
    first = check(run_cli, site, "--cache-dir", cache)
    for entry in entries(cache):
        entry.write_bytes(damage)
    assert check(run_cli, site, "--cache-dir", cache) == first and len(counted) == 4
    assert check(run_cli, site, "--cache-dir", cache) == first and len(counted) == 4   # repaired


def test_no_temporary_file_is_left_behind(run_cli, site, tmp_path):
    cache = tmp_path / "cache"
    check(run_cli, site, "--cache-dir", cache)
    assert not [p for p in cache.rglob("*") if p.name.startswith(".tmp-")]


def test_two_runs_at_once_share_the_cache(site, tmp_path):
    cache = tmp_path / "cache"
    for i in range(12):
        write(site / f"story-{i:02d}.txt", f"Story {i}\n\nThe the vote came on May {i + 1}th. TK\n")
    cmd = [sys.executable, "-m", "lint", "check", "--format", "json", "--no-progress",
           "--cache-dir", str(cache), str(site)]
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(tmp_path / "rules")}
    runs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
            for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in runs]
    assert [p.returncode for p in runs] == [1, 1], [e.decode() for _, e in outs]
    plain = subprocess.run(cmd + ["--no-cache"], capture_output=True, env=env, timeout=300)
    assert outs[0][0] == outs[1][0] == plain.stdout
    assert len(entries(cache)) == 14
    again = subprocess.run(cmd, capture_output=True, env=env, timeout=300)
    assert again.stdout == plain.stdout


def test_results_that_depend_on_today_are_not_kept(run_cli, tmp_path):
    folder, cache = tmp_path / "site", tmp_path / "cache"
    write(folder / "future.md", "---\ntitle: T\ndate: 2999-01-01\n---\n\nThe council met.\n")
    found = check(run_cli, folder, "--cache-dir", cache)
    assert "file.implausible-date" in {d["rule"] for d in found}
    assert entries(cache) == []


def test_a_single_file_is_not_cached_unless_asked(run_cli, site, tmp_path):
    cache = tmp_path / "cache"
    check(run_cli, site / "a.txt", "--cache-dir", cache)
    assert entries(cache) == []
    check(run_cli, site / "a.txt", "--cache-dir", cache, "--cache")
    assert len(entries(cache)) == 1


def test_reports_that_need_the_source_match_an_uncached_run(run_cli, site, tmp_path):
    cache = tmp_path / "cache"
    write(site / "page.html", "<html><head><title>Vote</title></head><body><article><h1>Vote"
                              "</h1><p>The the council met. TK</p></article></body></html>\n")
    write(site / "c.md", "Vote\n\nThe the end. <!-- newslint-disable-line -- kept as said -->\n")
    for fmt in ("sarif", "html"):
        plain = run_cli("check", "--format", fmt, "--no-cache", site).stdout
        assert ('"justification": "kept as said"' in plain) == (fmt == "sarif")   # a hidden finding's (fx116 #1)
        run_cli("check", "--format", fmt, "--cache-dir", cache, site)
        assert run_cli("check", "--format", fmt, "--cache-dir", cache, site).stdout == plain
    base = tmp_path / "baseline.json"
    run_cli("check", "--write-baseline", base, "--cache-dir", cache, site)
    uncached = tmp_path / "uncached.json"
    run_cli("check", "--write-baseline", uncached, "--no-cache", site)
    assert base.read_text() == uncached.read_text()
    result = run_cli("check", "--baseline", base, "--cache-dir", cache, site)
    assert result.exit_code == 0 and "No problems found." in result.stdout


def test_fix_never_uses_the_cache(run_cli, site, tmp_path):
    cache = tmp_path / "cache"
    check(run_cli, site, "--cache-dir", cache)
    empty = seal(marshal.dumps({"layout": LAYOUT, "diagnostics": [], "notes": [], "document": None}))
    for entry in entries(cache):               # a cache that says: nothing to fix
        entry.write_bytes(empty)
    assert check(run_cli, site, "--cache-dir", cache) == []      # a cached run believes it
    result = run_cli("check", "--fix", "--cache-dir", cache, site)
    assert "fixed 2 problems" in result.stderr
    assert (site / "a.txt").read_text() == "Headline\n\nThe council met on May 18. Leave a Reply\n"


def test_clean_empties_both_caches(run_cli, site, tmp_path, monkeypatch):
    cache = tmp_path / "results"
    check(run_cli, site, "--cache-dir", cache)
    keep = write(cache / "notes.txt", "not ours")
    default = tmp_path / "default"
    write(default / "rules-0.0-py3-regex0.marshal", "x")
    write(default / "results" / "ab" / ("ab" * 20 + ".marshal"), "x")
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(default))
    result = run_cli("clean", "--cache-dir", cache)
    assert result.exit_code == 0 and "removed 4 cache files" in result.stdout
    assert entries(cache) == [] and entries(default) == [] and keep.exists()


def test_clean_says_what_it_could_not_remove(run_cli, tmp_path, monkeypatch):
    """A read-only cache folder: nothing is counted as removed, and it says so."""
    default = tmp_path / "default"
    write(default / "rules-0.0-py3-regex0.marshal", "x" * 4096)
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(default))

    def refuse(path, *args, **kwargs):
        raise PermissionError(30, "Read-only file system", str(path))
    monkeypatch.setattr("lint.cache_dir.os.unlink", refuse)
    result = run_cli("clean")
    assert "removed 0 cache files (0 KB)" in result.stdout
    assert result.exit_code == 2 and "could not remove 1 cache file (first: " in result.stderr
    assert "Read-only file system" in result.stderr


def test_streamed_report_is_the_collected_report(run_cli, site, tmp_path):
    for fmt in ("json", "text", "github"):
        streamed = run_cli("check", "--format", fmt, "--no-cache", site).stdout
        collected = tmp_path / f"report.{fmt}"
        run_cli("check", "--format", fmt, "--no-cache", "--output", collected, site)
        assert streamed == collected.read_text(encoding="utf-8") and streamed.strip()


# The rule-set cache ------------------------------------------------------------

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


def test_a_worker_salts_a_config_the_parent_did_not_see(site, tmp_path):
    """A --jobs worker whose config differs from the parent's (edited mid-run)
    keys its entries on that config, never on an empty salt."""
    from lint import runner
    from lint.result_cache import ResultCache

    cache = ResultCache(str(tmp_path / "cache"))
    runner._start(None, {}, False, cache.folder, {})
    try:
        runner._work(str(site / "a.txt"))
    finally:
        runner._RUN.clear()
    config = Session(None, {}).config_for(str(site / "a.txt"))
    data = (site / "a.txt").read_bytes()
    key = cache.key(str(site / "a.txt"), data, cache.salt(config))
    assert [p.name for p in entries(tmp_path / "cache")] == [key + ".marshal"]


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
