"""The rule-set cache stays the size of what recent runs use (issue 15, pf62).

Days alone did not bound it: runs of one day with other configs, formats and
code versions all stayed, and a file grew from 1.6 MB to 3.4 MB. Each entry
now keeps the save that last marked it used; one unused in `KEEP_SAVES` saves
leaves the file, one in use is marked again every `REFRESH_SAVES` saves, and a
warm run of the same check still compiles, parses and writes nothing."""
from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

from lint import rule_cache
from lint.cache_dir import seal, unseal
from test_result_cache import RULE, write

STORY = Path(__file__).resolve().parents[1] / "fixtures" / "sample" / "wire-story.txt"

# runs `check` in this process and says on its last stderr line how many entries it added
# to the rule-set cache (files parsed, patterns and code compiled), counted where they are added
COUNTING_RUN = """
import sys
from lint import rule_cache
added = []
put, put_pattern = rule_cache.RuleSetCache.put, rule_cache.RuleSetCache.put_pattern
rule_cache.RuleSetCache.put = lambda self, path, *a, **k: added.append(path) or put(self, path, *a, **k)
rule_cache.RuleSetCache.put_pattern = lambda self, key, *a, **k: added.append(key) or put_pattern(self, key, *a, **k)
from lint.cli import main
code = 0
try:
    main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
sys.stderr.write("exit %s added %d\\n" % (code, len(added)))
"""


def _data(cache_file):
    return marshal.loads(unseal(Path(cache_file).read_bytes()))


def _old_rule(path, word):
    """A house rule file banning `word`, old enough to be cached (not "racy")."""
    rule = write(path, RULE.format(word=word))
    old = os.stat(rule).st_mtime_ns - 10 * 10**9
    os.utime(rule, ns=(old, old))
    return rule


def test_many_runs_with_throwaway_rules_and_patterns_keep_the_file_bounded(fresh_rule_cache, tmp_path):
    # Each run reads the newsroom's rule, a throwaway config's rule of its own and compiles a
    # pattern of its own (a config in /tmp, a pattern built from a set): what no run used in
    # KEEP_SAVES saves leaves; what every run uses stays.
    import regex

    from lint import regex_cache
    from lint.ruleset import load_rule
    assert regex_cache.install()
    house = _old_rule(tmp_path / "rules" / "house" / "banned.yaml", "council")
    runs = 3 * rule_cache.KEEP_SAVES
    sizes = []
    for n in range(runs):
        assert load_rule("house.banned", house).options["tokens"] == ["council"]
        load_rule("house.banned", _old_rule(tmp_path / f"tmp{n}" / "rules" / "house" / "banned.yaml", f"w{n}q"))
        regex.compile(rf"\bthrowaway{n}q\b")
        rule_cache.reset()
        (cache_file,) = fresh_rule_cache.glob("rules-*.marshal")
        sizes.append(cache_file.stat().st_size)
    data = _data(cache_file)
    throwaway = {k for k in data["patterns"] if k[0].startswith(r"\bthrowaway")}
    kept_rules = {e[2] for e in data["files"].values()}
    assert data["saves"] == runs
    assert len(throwaway) == rule_cache.KEEP_SAVES + 1      # this run's and the last KEEP_SAVES'
    assert str(house) in kept_rules and len(kept_rules) == rule_cache.KEEP_SAVES + 2
    assert rf"\bthrowaway{runs - 1}q\b" in {k[0] for k in throwaway}
    assert r"\bthrowaway0q\b" not in {k[0] for k in throwaway}
    assert max(sizes[rule_cache.KEEP_SAVES + 1:]) <= sizes[rule_cache.KEEP_SAVES + 1] + 2048
    assert set(data["marks"]) == set(data["seen"]) == {*data["files"], *data["patterns"]}


def test_an_unused_entry_leaves_after_exactly_keep_saves_and_a_used_one_never(fresh_rule_cache):
    path = str(fresh_rule_cache / rule_cache._file_name())
    first = rule_cache.RuleSetCache(path)
    first.put_pattern(("gone", 0), b"old")
    first.put_pattern(("mine", 0), b"mine")
    first.save()
    for n in range(1, 4 * rule_cache.KEEP_SAVES):
        run = rule_cache.RuleSetCache(path)
        if n % (rule_cache.REFRESH_SAVES + 3) == 0:   # a warm run now and then: it only reads
            assert run.pattern(("mine", 0)) == b"mine"
        run.put_pattern(("other", n), b"x")
        run.save()
        patterns = _data(path)["patterns"]
        assert ("mine", 0) in patterns
        assert (("gone", 0) in patterns) == (n <= rule_cache.KEEP_SAVES)


def test_a_warm_run_marks_again_only_what_it_uses_and_only_now_and_then(fresh_rule_cache):
    path = str(fresh_rule_cache / rule_cache._file_name())
    first = rule_cache.RuleSetCache(path)
    first.put_pattern(("mine", 0), b"mine")
    first.save()
    for n in range(1, rule_cache.REFRESH_SAVES + 1):
        other = rule_cache.RuleSetCache(path)
        other.put_pattern(("other", n), b"x")
        other.save()
        warm = rule_cache.RuleSetCache(path)
        assert warm.pattern(("mine", 0)) == b"mine"
        assert warm.dirty == (n == rule_cache.REFRESH_SAVES)    # marked n saves ago
    warm.save()
    assert _data(path)["marks"][("mine", 0)] == rule_cache.REFRESH_SAVES + 2
    assert rule_cache.RuleSetCache(path).pattern(("mine", 0)) == b"mine"


def test_a_cache_with_broken_marks_is_rebuilt_silently(fresh_rule_cache, tmp_path, monkeypatch):
    from lint import ruleset
    from lint.ruleset import load_rule
    rule = _old_rule(tmp_path / "rules" / "house" / "banned.yaml", "council")
    load_rule("house.banned", rule)
    rule_cache.reset()
    (cache_file,) = fresh_rule_cache.glob("rules-*.marshal")
    good = _data(cache_file)
    real = ruleset._parse_rule
    for damage in ({"marks": [1, 2]}, {"saves": "3"}, {"saves": None}):
        cache_file.write_bytes(seal(marshal.dumps({**good, **damage})))
        calls = []
        monkeypatch.setattr(ruleset, "_parse_rule", lambda path: calls.append(path) or real(path))
        assert load_rule("house.banned", rule).options["tokens"] == ["council"] and calls
        rule_cache.reset()
        again = _data(cache_file)
        assert type(again["saves"]) is int and isinstance(again["marks"], dict)
    cache_file.write_bytes(seal(marshal.dumps({**good, "marks": {k: "x" for k in good["marks"]}})))
    assert rule_cache.RuleSetCache(str(cache_file)).marks == {}     # unmarked: a grace, then marked


def _counting_check(cache_dir, *files):
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(cache_dir)}
    env.pop("NEWSLINT_NO_CACHE", None)
    return subprocess.Popen([sys.executable, "-c", COUNTING_RUN, "check", "--no-color", *map(str, files)],
                            env=env, cwd=cache_dir.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _added(proc) -> int:
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0 and "Traceback" not in err, err
    code, added = err.strip().splitlines()[-1].split()[1::2]
    assert code in ("0", "1"), err                         # findings or none, never an error
    return int(added)


def test_a_second_run_of_the_same_check_adds_and_compiles_nothing(tmp_path):
    folder = tmp_path / "cache"
    assert _added(_counting_check(folder, STORY)) > 100      # cold: rules parsed, patterns compiled
    (cache_file,) = folder.glob("rules-*.marshal")
    before = cache_file.stat().st_mtime_ns
    assert _added(_counting_check(folder, STORY)) == 0
    assert cache_file.stat().st_mtime_ns == before          # and nothing written


def test_two_runs_at_once_leave_a_whole_cache_a_third_run_needs_nothing_more(tmp_path):
    folder = tmp_path / "cache"
    both = [_counting_check(folder, STORY), _counting_check(folder, STORY)]
    assert all(_added(p) > 100 for p in both)
    (cache_file,) = folder.glob("rules-*.marshal")
    assert _data(cache_file)["format"] == rule_cache._format()
    assert not [p for p in folder.iterdir() if p.name.startswith(".tmp-")]
    assert _added(_counting_check(folder, STORY)) == 0
