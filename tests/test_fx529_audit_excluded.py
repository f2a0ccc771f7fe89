"""fx529: an audit that reads nothing after all (a .sgm or a .json named
beside, skipped by its name) says check's line for each named file
`exclude:` left out, as check does when it lints nothing (qa389 #3). Guards:
beside an article read, a file.too-large or a path where nothing is, it says
none, as check says none."""
from __future__ import annotations

import pytest

from test_fx511_named_formats import SGML
from test_qa77_regressions import audit

SKIPPED = ("newslint: skipped {} (matched by exclude: in .newslint.yaml; take it out of "
           "exclude: to lint it)")


@pytest.fixture
def desk(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("exclude:\n  - 'README*'\n")
    (tmp_path / "corpus").mkdir()
    for i in range(2):
        (tmp_path / "corpus" / f"README{i}.txt").write_text("About this corpus.\n")
    (tmp_path / "reut2-000.sgm").write_text(SGML)
    (tmp_path / "feed.json").write_text('{"a": 1}\n')
    (tmp_path / "story.txt").write_text("Hed\n\nThe the end.\n")
    return tmp_path


def _said(done) -> list[str]:
    return [line for line in done.stderr.splitlines() if line.startswith("newslint: skipped ")]


def _checked(desk, run_cli, *names) -> list[str]:
    return _said(run_cli("check", "--no-cache", *names, cwd=desk))


@pytest.mark.parametrize("beside", [["reut2-000.sgm"], ["feed.json"], ["reut2-000.sgm", "feed.json"]])
def test_an_audit_reading_nothing_says_each_excluded_file_named(desk, run_cli, audit_client, beside):
    names = ["corpus/README0.txt", *beside, "corpus/README1.txt"]
    done = audit(desk, *names, "-o", "out", "--scheduler", audit_client.scheduler.address)
    assert done.exit_code == 0, done.output
    assert _said(done) == _checked(desk, run_cli, *names) == [
        SKIPPED.format("corpus/README0.txt"), SKIPPED.format("corpus/README1.txt")], done.stderr
    assert "audited 0 articles" in done.stderr


def test_the_lines_come_before_the_summary(desk, audit_client):
    done = audit(desk, "corpus/README0.txt", "reut2-000.sgm", "-o", "out", "--scheduler",
                 audit_client.scheduler.address)
    lines = done.stderr.splitlines()
    assert lines.index(SKIPPED.format("corpus/README0.txt")) < len(lines) - 1
    assert lines[-1].startswith("newslint: audited 0 articles"), done.stderr


@pytest.mark.parametrize("beside", [["story.txt"], ["big.txt"], ["gone.txt"]])
def test_guard_beside_a_file_read_or_a_missing_path_none_is_said(desk, run_cli, audit_client, beside):
    (desk / "big.txt").write_text("The the end.\n" * 100)
    (desk / "sub").mkdir()
    (desk / "sub" / ".newslint.yaml").write_text("exclude:\n  - 'README*'\nmax-file-size: 0.0001\n")
    (desk / "sub" / "big.txt").write_text("The the end.\n" * 100)
    names = ["corpus/README0.txt", *[f"sub/{b}" if b == "big.txt" else b for b in beside]]
    done = audit(desk, *names, "-o", "out", "--scheduler", audit_client.scheduler.address)
    assert _said(done) == _checked(desk, run_cli, *names) == [], done.stderr


def test_guard_an_audit_of_only_excluded_files_still_exits_2_with_the_lines(desk):
    done = audit(desk, "corpus/README0.txt", "corpus/README1.txt", "-o", "out")
    assert done.exit_code == 2
    assert done.stderr.splitlines() == [SKIPPED.format("corpus/README0.txt"), SKIPPED.format("corpus/README1.txt")]
