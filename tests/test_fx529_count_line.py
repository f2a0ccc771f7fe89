"""fx529: check's count line for the named paths past the five a notice
names says what left them out (qa389 #2): `exclude: in <config>` when no
--force-exclude was given (it blamed --force-exclude), --force-exclude when
it was; a report saved with either line is still newslint's own."""
from __future__ import annotations

import pytest

SAID = "newslint: skipped {} (matched by exclude: in {}; take it out of exclude: to lint it)"


@pytest.fixture
def desk(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("exclude:\n  - 'README*'\n")
    for i in range(7):
        (tmp_path / f"README{i}.txt").write_text("About this corpus.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".newslint.yaml").write_text("exclude:\n  - 'README*'\n")
    for i in range(3):
        (tmp_path / "sub" / f"README{i}.txt").write_text("About this corpus.\n")
    return tmp_path


def _lines(done):
    return [line for line in done.stderr.splitlines() if line]


def test_the_count_line_names_the_config_whose_exclude_left_them_out(desk, run_cli):
    done = run_cli("check", "--no-cache", *[f"README{i}.txt" for i in range(7)], cwd=desk)
    assert done.exit_code == 0 and done.stdout == "No files linted.\n", done.output
    assert _lines(done) == [SAID.format(f"README{i}.txt", ".newslint.yaml") for i in range(5)] + [
        "newslint: and 2 more named paths skipped by exclude: in .newslint.yaml (-v names each)"]


def test_from_a_subfolder_the_config_is_spelled_relative(desk, run_cli):
    done = run_cli("check", "--no-cache", *[f"../README{i}.txt" for i in range(6)], cwd=desk / "sub")
    assert _lines(done)[-1] == ("newslint: and 1 more named path skipped by exclude: in ../.newslint.yaml "
                                "(-v names each)"), done.stderr


def test_paths_past_five_left_out_by_two_configs_are_said_left_out_by_exclude(desk, run_cli):
    names = [f"README{i}.txt" for i in range(5)] + ["sub/README0.txt", "README5.txt"]
    done = run_cli("check", "--no-cache", *names, cwd=desk)
    assert _lines(done)[-1] == "newslint: and 2 more named paths skipped by exclude: (-v names each)"
    names = [f"README{i}.txt" for i in range(5)] + [f"sub/README{i}.txt" for i in range(2)]
    done = run_cli("check", "--no-cache", *names, cwd=desk)
    assert _lines(done)[-1] == ("newslint: and 2 more named paths skipped by exclude: in "
                                "sub/.newslint.yaml (-v names each)"), done.stderr


def test_guard_under_force_exclude_the_count_line_names_it(desk, run_cli):
    done = run_cli("check", "--no-cache", "--force-exclude", *[f"README{i}.txt" for i in range(7)], cwd=desk)
    assert _lines(done)[-1] == "newslint: and 2 more named paths skipped by --force-exclude (-v names each)"


def test_guard_five_are_each_said_and_v_names_all(desk, run_cli):
    done = run_cli("check", "--no-cache", *[f"README{i}.txt" for i in range(5)], cwd=desk)
    assert _lines(done) == [SAID.format(f"README{i}.txt", ".newslint.yaml") for i in range(5)]
    done = run_cli("check", "--no-cache", "-v", *[f"README{i}.txt" for i in range(7)], cwd=desk)
    said = [line for line in _lines(done) if line.startswith("newslint: skipped ")]
    assert said == [SAID.format(f"README{i}.txt", ".newslint.yaml") for i in range(7)]
    assert "more named path" not in done.stderr


@pytest.mark.parametrize("by", ["--force-exclude", "exclude:", "exclude: in .newslint.yaml"])
def test_a_report_saved_with_the_count_line_is_newslints_own(desk, run_cli, by):
    from lint.readers._own_reports import own_report

    (desk / "story.txt").write_text("Hed\n\nThe the end.\n")
    found = run_cli("check", "--no-cache", "story.txt", cwd=desk).stdout
    assert "hygiene.doubled-word" in found
    saved = f"newslint: and 2 more named paths skipped by {by} (-v names each)\n" + found
    assert own_report(saved, "text") == "text"
