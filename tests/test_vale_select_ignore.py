"""Under a Vale config, --select and --ignore narrow the rules its sections
turn on (qa63 #2's related break: they were checked as names, then never
applied, so `--ignore Vale.Repetition` still printed its findings)."""
from __future__ import annotations

import pytest
from vale_helpers import vale_project

DOC = "Thiss is is a test.\n"


def _rules(res) -> set[str]:
    return {line.split(":")[3] for line in res.stdout.splitlines() if line.count(":") >= 4}


@pytest.mark.parametrize("args,expected", [
    ((), {"Vale.Repetition", "T.R"}),
    (("--ignore", "Vale.Repetition"), {"T.R"}),
    (("--ignore", "Vale"), {"T.R"}),
    (("--select", "T.R"), {"T.R"}),
    (("--select", "dates"), set()),
])
def test_select_and_ignore_apply_under_a_vale_config(run_cli, tmp_path, args, expected):
    rule = {"T/R": "extends: existence\nmessage: \"No '%s'.\"\ntokens: [test]\nlevel: error\n"}
    root = vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = T, Vale\nVale.Spelling = NO\n",
                        rule, {"a.md": DOC})
    res = run_cli("check", "--format", "vale", "--no-cache", *args, "a.md", cwd=root)
    assert res.exit_code == (1 if expected else 0), res.stderr
    assert _rules(res) == expected
