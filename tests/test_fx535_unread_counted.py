"""fx535: a file no reader read whose notice --ignore hid (`file.too-large`,
`file.binary`, a content skip's `file.format`) is not a file linted, as a
named .json is not: check says "No files linted." and the named files
exclude: left out, as an audit does (qa396 #8), and a baseline's records of
it are never said to be fixed."""
from __future__ import annotations

import json

import pytest

README_LINE = ("newslint: skipped README.txt (matched by exclude: in .newslint.yaml; take it out of exclude: "
               "to lint it)")


def _desk(tmp_path, limit="0.01"):
    (tmp_path / ".newslint.yaml").write_text(f"exclude:\n  - 'README*'\nmax-file-size: {limit}\n")
    (tmp_path / "README.txt").write_text("About.\n")
    (tmp_path / "big.md").write_text("# Hed\n\nThe the end. " + "Word word. " * 2000)


@pytest.mark.parametrize("cache", [["--no-cache"], []])
def test_an_over_size_file_whose_notice_is_ignored_is_not_linted(tmp_path, run_cli, cache):
    _desk(tmp_path)
    for _ in range(2):      # the second run from the cache when there is one
        done = run_cli("check", *cache, "--ignore", "file.too-large", "README.txt", "big.md", cwd=tmp_path)
        assert done.exit_code == 0 and done.stdout == "No files linted.\n", done.output
        assert README_LINE in done.stderr, done.stderr


@pytest.mark.parametrize("name, data, ignored", [
    ("nul.md", b"# Hed\n\nThe x\x00y end.\n", "file.binary"),
    ("feed.xml", b'<?xml version="1.0"?>\n<foo><bar/></foo>\n', "file.format"),
    ("data.json", b"{}\n", "file.format"),
])
def test_a_refused_file_whose_notice_is_ignored_is_not_linted(tmp_path, run_cli, name, data, ignored):
    (tmp_path / name).write_bytes(data)
    done = run_cli("check", "--no-cache", "--ignore", ignored, name, cwd=tmp_path)
    assert done.exit_code == 0 and done.stdout == "No files linted.\n", done.output
    shown = run_cli("check", "--no-cache", "--ignore", ignored, "--format", "json", name, cwd=tmp_path)
    assert json.loads(shown.stdout) == [], shown.output


def test_guard_the_refused_file_said_is_a_finding_and_keeps_the_readme_line_unsaid(tmp_path, run_cli):
    _desk(tmp_path)
    done = run_cli("check", "--no-cache", "README.txt", "big.md", cwd=tmp_path)
    assert done.exit_code == 1 and "big.md:1:1: error [file.too-large]" in done.stdout, done.output
    assert "Found 1 problem (1 error) in 1 file." in done.stdout and README_LINE not in done.stderr


def test_guard_an_article_read_whose_findings_are_all_ignored_is_linted(tmp_path, run_cli):
    _desk(tmp_path, limit="10")
    done = run_cli("check", "--no-cache", "--select", "hygiene", "--ignore", "hygiene.doubled-word",
                   "README.txt", "big.md", cwd=tmp_path)
    assert done.exit_code == 0 and done.stdout == "No problems found.\n", done.output
    assert README_LINE not in done.stderr


def test_guard_an_empty_file_is_read_and_counted(tmp_path, run_cli):
    (tmp_path / "empty.md").write_text("")
    done = run_cli("check", "--no-cache", "--ignore", "file.empty", "empty.md", cwd=tmp_path)
    assert done.exit_code == 0 and done.stdout == "No problems found.\n", done.output


def test_a_baselines_records_of_a_file_not_read_are_not_said_fixed(tmp_path, run_cli):
    _desk(tmp_path, limit="10")
    wrote = run_cli("check", "--no-cache", "--write-baseline", "bl.json", "big.md", cwd=tmp_path)
    assert wrote.exit_code == 0 and "newslint: recorded" in wrote.stderr, wrote.output
    _desk(tmp_path)
    done = run_cli("check", "--no-cache", "--baseline", "bl.json", "--ignore", "file.too-large", "big.md",
                   cwd=tmp_path)
    assert done.exit_code == 0 and done.stdout == "No files linted.\n", done.output
    assert "gone" not in done.stderr, done.stderr


def test_audit_and_check_agree_on_an_ignored_over_size_file(tmp_path, run_cli, audit_client):
    from test_qa77_regressions import audit

    _desk(tmp_path)
    audited = audit(tmp_path, "--ignore", "file.too-large", "README.txt", "big.md", "-o", "out",
                    "--scheduler", audit_client.scheduler.address)
    assert audited.exit_code == 0 and README_LINE in audited.stderr, audited.output
