"""pf63: patterns joined from sets are the same under every hash seed, so a
warm run (each default run has a fresh PYTHONHASHSEED) compiles and writes
nothing to the rule-set cache (qa339 #2)."""
from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from lint.regex_join import longest_first

ROOT = Path(__file__).resolve().parents[1]

# Each line prints one pattern built from a set (or a frozenset of data).
_PRINT_PATTERNS = """
from lint.readers import _html_stamps
from lint.analysis import credit_licences, name_uses
from lint.vale.rulebase import exceptions_regex
print(_html_stamps._STAMP_FIGURE.pattern)
print(name_uses._place_after().pattern)
for key in ("licence_tails", "licence_leads", "licence_names", "licence_edits"):
    print(credit_licences._alternation(key))
print(exceptions_regex(["abc", "abd", "xyz", "xy", "q.z"]).pattern)
"""


def _patterns(seed: int) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT), "NEWSLINT_NO_CACHE": "1"}
    run = subprocess.run([sys.executable, "-c", _PRINT_PATTERNS], capture_output=True, text=True, env=env,
                         check=True)
    return run.stdout.splitlines()


def test_set_built_patterns_do_not_depend_on_the_hash_seed():
    first = _patterns(1)
    assert len(first) == 7 and all(first)
    for seed in (2, 3, 4):
        assert _patterns(seed) == first


def test_longest_first_keeps_longer_words_first_then_alphabetical():
    words = {"tue", "tues", "thu", "thurs", "thur", "a.m", "mon"}
    assert sorted(words, key=longest_first) == ["thurs", "thur", "tues", "a.m", "mon", "thu", "tue"]


def test_stamp_figure_still_tries_a_longer_word_first():
    from lint.readers._html_stamps import _STAMP_FIGURE
    pattern = _STAMP_FIGURE.pattern
    assert pattern.index("tues|") < pattern.index("tue|")
    assert pattern.index("september|") < pattern.index("sept|") < pattern.index("sep|")
    m = _STAMP_FIGURE.match(" tues")      # the whole word, not "tue" then a failed \b
    assert m is not None and m.end() == 5


def _run(cache, files, seed):
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(cache), "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
    env.pop("NEWSLINT_NO_CACHE", None)
    return subprocess.run([sys.executable, "-m", "lint", "check", "--format", "json", *files],
                          capture_output=True, text=True, env=env)


def test_warm_run_of_text_and_markdown_under_another_seed_writes_nothing(tmp_path):
    cache = tmp_path / "cache"
    files = [str(ROOT / "fixtures" / "sample" / "wire-story.txt"),
             *sorted(glob.glob(str(ROOT / "fixtures" / "**" / "*.md"), recursive=True))[:3]]
    cold = _run(cache, files, 11)
    shutil.rmtree(cache / "results", ignore_errors=True)
    (rules,) = glob.glob(str(cache / "rules-*.marshal"))
    before = os.stat(rules)
    warm = _run(cache, files, 12)
    after = os.stat(rules)
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert warm.returncode == cold.returncode and json.loads(warm.stdout) == json.loads(cold.stdout)
