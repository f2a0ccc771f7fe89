"""qa177: a quick QA of pf44's substitution `prefilter` (issue 15) on lead45.
Each test was a strict xfail for a fault found, asserting the right
behaviour (fx296 mended all three and removed the marks). Synthetic input only."""
from __future__ import annotations

import os
import subprocess
import sys

from lint.config import Config
from lint.engine import lint_bytes
from story_helpers import story_file

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_ignorecase_override_keeps_decades_finding():
    path, data = story_file("md", "The band peaked in the 1990'S and fans cheered.")
    config = Config(select=("style.decades",), options=(("style.decades", "ignorecase: true\n"),))
    found = lint_bytes(path, data, config).diagnostics
    assert [d.rule for d in found] == ["style.decades"], found


def test_ignorecase_override_keeps_missing_space_finding():
    path, data = story_file("md", "It rained all day!nobody came.")
    config = Config(select=("hygiene.missing-space",),
                    options=(("hygiene.missing-space", "ignorecase: true\n"),))
    found = lint_bytes(path, data, config).diagnostics
    assert [d.rule for d in found] == ["hygiene.missing-space"], found


# The CLI with the rule budget and regex timeout cut to 0.2 s of CPU, so the test is quick: the
# run then ends in well under the subprocess timeout, while stdlib `re`'s search of 60 a's (the
# fault) never ends and no budget can stop it.
_SHORT_BUDGET = ("import sys\nimport lint.engine, lint.kinds.base\n"
                 "lint.engine.RULE_BUDGET = lint.kinds.base.REGEX_TIMEOUT = 0.2\n"
                 "from lint.__main__ import main\nsys.argv[0] = 'newslint'\nmain()\n")


def test_a_catastrophic_user_prefilter_does_not_hang(tmp_path):
    pack = tmp_path / "r" / "house"
    pack.mkdir(parents=True)
    (pack / "slow.yaml").write_text("extends: substitution\nmessage: \"use '%s'\"\nlevel: warning\n"
                                    "prefilter: '(a|aa)+$'\nswap:\n  utilize: use\n", encoding="utf-8")
    (tmp_path / "story.md").write_text("We utilize " + "a" * 60 + "!\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=ROOT, NEWSLINT_CACHE_DIR=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-c", _SHORT_BUDGET, "check", "--no-progress", "--select", "house",
                           "--rules", "r", "story.md"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=8)
    # the rule times out at its prefilter's line (4), the usual one line, and the run goes on
    assert done.returncode == 2, done
    assert "slow.yaml:4:1: rule house.slow: pattern timed out on story.md" in done.stderr, done.stderr
