"""fx509: `--fix` and `--diff` count the findings their edits fix, as
`check`'s "N fixable" does (nu69 #6): two rules' identical fix on one word is
one edit and two problems fixed. Guards: a lone fix, fixes on different words,
and `FixOutcome.applied`, which still counts edits."""
import pytest

GENDER = """extends: substitution
message: "Consider using '%s' instead of '%s'."
ignorecase: true
level: error
action:
  name: replace
swap:
  stewardess: flight attendant
  chairman: chair
"""


def _styles(tmp_path, styles, body):
    for style in styles:
        (tmp_path / "styles" / style).mkdir(parents=True)
        (tmp_path / "styles" / style / "GenderBias.yml").write_text(GENDER, encoding="utf-8")
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\n[*.md]\nBasedOnStyles = " + ", ".join(styles) + "\n",
                                        encoding="utf-8")
    (tmp_path / "a.md").write_text(body, encoding="utf-8")


@pytest.mark.parametrize("styles, body, n, want", [
    (("Google", "proselint"), "The stewardess left.\n", 2, "The flight attendant left.\n"),
    (("Google", "proselint"), "The stewardess met the chairman.\n", 4, "The flight attendant met the chair.\n"),
    # guards: one rule, one finding per edit
    (("Google",), "The stewardess left.\n", 1, "The flight attendant left.\n"),
    (("Google",), "The stewardess met the chairman.\n", 2, "The flight attendant met the chair.\n"),
])
def test_check_diff_and_fix_count_the_same_findings(run_cli, tmp_path, styles, body, n, want):
    _styles(tmp_path, styles, body)
    report = run_cli("check", "a.md", cwd=tmp_path)
    diff = run_cli("check", "--diff", "a.md", cwd=tmp_path)
    fixed = run_cli("check", "--fix", "a.md", cwd=tmp_path)
    fixes = "fix" if n == 1 else "fixes"
    problems = "problem" if n == 1 else "problems"
    assert f"{n} fixable with --fix" in report.stdout, report.stdout
    assert f"{n} {fixes} would be applied to 1 file (nothing written)" in diff.stderr, diff.stderr
    assert f"fixed {n} {problems} in 1 file\n" in fixed.stderr, fixed.stderr
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == want


def test_outcome_counts_edits_and_findings_apart(tmp_path):
    from lint.config import load_vale
    from lint.fixes import fix_path
    _styles(tmp_path, ("Google", "proselint"), "The stewardess left.\n")
    outcome = fix_path(str(tmp_path / "a.md"), load_vale(str(tmp_path / ".vale.ini")))
    assert outcome.fixed == "The flight attendant left.\n"
    assert (outcome.applied, outcome.findings_fixed) == (1, 2)
