"""rr54a's review of d29d0ecb..lead53: the path form without './'
(`walk_paths.plain`, qa311 #4) is given to `files.expand`'s files but not to
the named paths `check` compares them with, so a path named `./x` no longer
met its own file; `check` now gives its named paths the walk's form at the top."""
from __future__ import annotations

import pytest

from story_helpers import into_report

OWN = ("newslint: report.txt: left out: it is this run's own output (stdout is "
       "redirected into it), so there is nothing to lint")


@pytest.mark.parametrize("named", [
    "report.txt",
    "./report.txt",
])
def test_rr54a_1_a_named_stdout_file_is_said_in_either_spelling(tmp_path, named):
    done, report = into_report(tmp_path, named)
    # either spelling of the named file will do: as named, or the walk's plain form
    assert done.stderr.splitlines() in ([OWN], [OWN.replace("report.txt", named, 1)]), done.stderr
    assert report == "No files linted.\n"


@pytest.mark.parametrize("named", [
    "public/b.md",
    "./public/b.md",
])
def test_rr54a_2_a_named_build_file_gets_its_line_in_either_spelling(run_cli, tmp_path, named):
    (tmp_path / "hugo.toml").write_text("title = 'Desk'\n")
    (tmp_path / "public").mkdir()
    (tmp_path / "public" / "b.md").write_text("# Budget\n\nThe council approved the budget.\n")
    res = run_cli("check", "--no-cache", "--force-exclude", named, cwd=tmp_path)
    assert res.stderr.splitlines() == [
        "newslint: skipped public/b.md (Hugo build output, beside hugo.toml; drop "
        "--force-exclude, or set site-folders: false, to lint it)"], res.stderr
    assert res.exit_code == 0
