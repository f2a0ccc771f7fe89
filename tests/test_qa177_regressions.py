"""qa177: a quick QA of pf44's substitution `prefilter` (issue 15) on lead45.
Each test is a strict xfail for a fault found, asserting the right
behaviour. Synthetic input only."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from story_helpers import story_file

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.mark.xfail(strict=True, reason="a config's `ignorecase: true` keeps the rule file's case-sensitive "
                                       "prefilter, so style.decades loses 'the 1990'S' (main flags it)")
def test_ignorecase_override_keeps_decades_finding():
    path, data = story_file("md", "The band peaked in the 1990'S and fans cheered.")
    config = Config(select=("style.decades",), options=(("style.decades", "ignorecase: true\n"),))
    found = lint_bytes(path, data, config).diagnostics
    assert [d.rule for d in found] == ["style.decades"], found


@pytest.mark.xfail(strict=True, reason="a config's `ignorecase: true` keeps the rule file's case-sensitive "
                                       "prefilter, so hygiene.missing-space loses 'day!nobody' (main flags it)")
def test_ignorecase_override_keeps_missing_space_finding():
    path, data = story_file("md", "It rained all day!nobody came.")
    config = Config(select=("hygiene.missing-space",),
                    options=(("hygiene.missing-space", "ignorecase: true\n"),))
    found = lint_bytes(path, data, config).diagnostics
    assert [d.rule for d in found] == ["hygiene.missing-space"], found


@pytest.mark.xfail(strict=True, reason="a user rule's prefilter runs in stdlib re with no time limit: a "
                                       "catastrophic one hangs the run instead of the rule timing out")
def test_a_catastrophic_user_prefilter_does_not_hang(tmp_path):
    pack = tmp_path / "r" / "house"
    pack.mkdir(parents=True)
    (pack / "slow.yaml").write_text("extends: substitution\nmessage: \"use '%s'\"\nlevel: warning\n"
                                    "prefilter: '(a|aa)+$'\nswap:\n  utilize: use\n", encoding="utf-8")
    (tmp_path / "story.md").write_text("We utilize " + "a" * 60 + "!\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=ROOT, NEWSLINT_CACHE_DIR=str(tmp_path / "cache"))
    # the README's rule budget is 2 s a file; 60 s is far past it (the run never ends now)
    done = subprocess.run([sys.executable, "-m", "lint", "check", "--no-progress", "--select", "house",
                           "--rules", "r", "story.md"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode in (0, 1, 2), done
