"""The result cache: a cached run reports exactly what an uncached one does,
and anything a result depends on (the file, the config, a rule, the version)
invalidates it; a damaged entry is linted again, `--fix` never reads it and
`clean` empties it and the rule-set cache (test_rule_set_cache.py)."""
from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
import textwrap

import pytest

from lint.cache_dir import seal
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
