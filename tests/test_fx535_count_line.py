"""fx535: the count line past five skipped names (`MORE_SKIPPED`) reads a
config's path as the per-file `EXCLUDED` line does (qa396 #1), and README
shows each of its three forms (qa396 #6)."""
from __future__ import annotations

from pathlib import Path

import pytest

SKIP = "newslint: data.json: file.format: skipped: not an article format (.json)"


def _report(count_line: str) -> str:
    """A saved `check ... > r.txt 2>&1` of a run that linted nothing: a
    .json's skip line, the summary, an EXCLUDED line, the count line."""
    return (SKIP + "\nNo files linted.\n"
            "newslint: skipped a/README0.txt (matched by exclude: in a/.newslint.yaml; take it out of exclude: "
            "to lint it)\n" + count_line + "\n")


@pytest.mark.parametrize("config", ["Wires (AP)/.newslint.yaml", "desk (2019) [old]/.newslint.yaml",
                                    "(AP)/.newslint.yaml", "a/.newslint.yaml"])
def test_the_count_line_naming_a_config_reads_as_the_excluded_line(config):
    from lint.readers._own_reports import own_report

    line = f"newslint: and 2 more named paths skipped by exclude: in {config} (-v names each)"
    assert own_report(_report(line), "text") == "text"
    assert own_report(_report(line).replace("a/", config.rpartition("/")[0] + "/"), "text") == "text"


@pytest.mark.parametrize("by", ["--force-exclude", "exclude:"])
def test_guard_the_count_lines_naming_no_config_are_still_read(by):
    from lint.readers._own_reports import own_report

    assert own_report(_report(f"newslint: and 1 more named path skipped by {by} (-v names each)"), "text") == "text"


@pytest.mark.parametrize("line", [
    "newslint: and 2 more named paths skipped by exclude: in (-v names each)",                      # no config
    "newslint: and 2 more named paths skipped by exclude: in a/.newslint.yaml",                      # no closing words
    "newslint: and some more named paths skipped by exclude: in a/.newslint.yaml (-v names each)",
])
def test_guard_a_line_that_only_opens_like_the_count_line_is_not_newslints(line):
    from lint.readers._own_reports import own_report

    assert own_report(_report(line), "text") is None


def test_guard_an_article_quoting_the_count_line_is_an_article():
    from lint.readers._own_reports import own_report

    line = "newslint: and 2 more named paths skipped by exclude: in Wires (AP)/.newslint.yaml (-v names each)"
    assert own_report(line + "\n\nThe desk said the linter skipped the wire copy.\n", "text") is None


def test_a_run_left_out_by_a_config_in_a_parenthesised_folder_then_reads_its_saved_report_as_its_own(tmp_path,
                                                                                                      run_cli):
    desk = tmp_path / "Wires (AP)"
    desk.mkdir()
    (desk / ".newslint.yaml").write_text("exclude:\n  - 'README*'\n")
    for i in range(8):
        (desk / f"README{i}.txt").write_text("About this corpus.\n")
    (desk / "data.json").write_text("{}\n")
    done = run_cli("check", "--no-cache", *[f"Wires (AP)/README{i}.txt" for i in range(8)], "Wires (AP)/data.json",
                   cwd=tmp_path)
    assert done.exit_code == 0, done.output
    assert done.stderr.splitlines()[-1] == ("newslint: and 3 more named paths skipped by exclude: in "
                                            "Wires (AP)/.newslint.yaml (-v names each)")
    (tmp_path / "r.txt").write_text(done.stdout + done.stderr)
    again = run_cli("check", "--no-cache", "r.txt", cwd=tmp_path)
    assert again.exit_code == 0 and "[titles." not in again.stdout, again.output
    assert "newslint's own text report" in again.stderr, again.output


def test_readme_shows_the_three_count_lines():
    readme = " ".join((Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8").split())
    for by in ("exclude: in .newslint.yaml (-v", "--force-exclude", "exclude: (-v names each)"):
        assert f"by {by}" in readme, by
