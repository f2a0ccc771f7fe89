"""fx547: a baseline's records are checked against the files a reader read
(`reporting.read_through`), in check and audit alike: a file refused unread
(file.binary, file.too-large) keeps its records, neither said fixed nor
dropped by --write-baseline; a named path where nothing is now has its
records said gone (in files renamed or removed), file.missing ignored or
not (qa401 #1, #2); audit --write-baseline keeps the records check keeps
(qa401 #3). Inputs are synthetic (tmp_path)."""
from __future__ import annotations

import json

import pytest

DOUBLED = "# Hed\n\nThe the council met.\n"
CLEAN = "# Hed\n\nThe mayor spoke.\n"
BINARY = b"# Hed\n\nThe the council\x00 met.\n"
MOVED = "1 recorded finding is gone (in files renamed or removed)"


def _findings(path) -> list[dict]:
    return sorted(json.loads(path.read_text())["findings"], key=lambda f: json.dumps(f, sort_keys=True))


def _write(tmp_path, run_cli, *names, data=DOUBLED):
    for name in names:
        (tmp_path / name).write_text(data)
    wrote = run_cli("check", "--no-cache", "--write-baseline", "bl.json", *names, cwd=tmp_path)
    assert wrote.exit_code == 0, wrote.output


def _audit(tmp_path, client, *args):
    from test_qa77_regressions import audit

    return audit(tmp_path, *args, "-o", "out", "--scheduler", client.scheduler.address)


# --- check: what --baseline says ------------------------------------------------------------------

@pytest.mark.parametrize("ignore", [[], ["--ignore", "file.missing"]])
def test_a_named_deleted_files_records_are_said_removed_not_fixed(tmp_path, run_cli, ignore):
    _write(tmp_path, run_cli, "a.md", "b.md")
    (tmp_path / "a.md").unlink()
    done = run_cli("check", "--no-cache", "--baseline", "bl.json", *ignore, "a.md", "b.md", cwd=tmp_path)
    assert done.exit_code == (0 if ignore else 1), done.output
    assert f"newslint: {MOVED}; rewrite the baseline" in done.stderr, done.stderr


def test_a_named_deleted_file_beside_one_fixed_is_told_apart(tmp_path, run_cli):
    _write(tmp_path, run_cli, "a.md", "b.md")
    (tmp_path / "a.md").unlink()
    (tmp_path / "b.md").write_text(CLEAN)
    done = run_cli("check", "--no-cache", "--baseline", "bl.json", "--ignore", "file.missing", "a.md", "b.md",
                   cwd=tmp_path)
    assert done.exit_code == 0, done.output
    assert "2 recorded findings are gone (1 fixed, 1 in files renamed or removed)" in done.stderr, done.stderr


def test_guard_a_named_file_not_deleted_nor_named_says_nothing_gone(tmp_path, run_cli):
    _write(tmp_path, run_cli, "a.md", "b.md")
    done = run_cli("check", "--no-cache", "--baseline", "bl.json", "b.md", cwd=tmp_path)
    assert done.exit_code == 0 and "gone" not in done.stderr, done.output


def test_an_over_size_files_records_are_not_said_fixed(tmp_path, run_cli):
    _write(tmp_path, run_cli, "a.md", "b.md")
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 0.00001\n")
    done = run_cli("check", "--no-cache", "--baseline", "bl.json", "a.md", cwd=tmp_path)
    assert done.exit_code == 1 and "a.md:1:1: error [file.too-large]" in done.stdout, done.output
    assert "gone" not in done.stderr, done.stderr
    ignored = run_cli("check", "--no-cache", "--baseline", "bl.json", "--ignore", "file.too-large", "a.md",
                      cwd=tmp_path)
    assert ignored.exit_code == 0 and "gone" not in ignored.stderr, ignored.output


# --- check and audit write the same baseline ----------------------------------------------------

def _desk(tmp_path, run_cli):
    """A baseline of a.md, b.md, c.md and d.md; then a.md turned binary,
    b.md fixed, c.md deleted, d.md left out of the run, e.md new."""
    _write(tmp_path, run_cli, "a.md", "b.md", "c.md", "d.md")
    (tmp_path / "a.md").write_bytes(BINARY)
    (tmp_path / "b.md").write_text(CLEAN)
    (tmp_path / "c.md").unlink()
    (tmp_path / "e.md").write_text(DOUBLED)
    return ["--ignore", "file.missing", "a.md", "b.md", "c.md", "e.md"]


def test_check_rewrites_the_baseline_keeping_what_it_did_not_check(tmp_path, run_cli):
    args = _desk(tmp_path, run_cli)
    done = run_cli("check", "--no-cache", "--write-baseline", "bl.json", *args, cwd=tmp_path)
    assert done.exit_code == 0, done.output
    assert "recorded 2 findings in bl.json, and kept 2 records" in done.stderr, done.stderr
    assert sorted((f["path"], f["rule"]) for f in _findings(tmp_path / "bl.json")) == [
        ("a.md", "file.binary"), ("a.md", "hygiene.doubled-word"), ("d.md", "hygiene.doubled-word"),
        ("e.md", "hygiene.doubled-word")]


def test_audit_writes_the_baseline_check_writes_over_one_there(tmp_path, run_cli, audit_client):
    args = _desk(tmp_path, run_cli)
    old = (tmp_path / "bl.json").read_bytes()
    by_check = run_cli("check", "--no-cache", "--write-baseline", "bl.json", *args, cwd=tmp_path)
    assert by_check.exit_code == 0, by_check.output
    checked = _findings(tmp_path / "bl.json")
    (tmp_path / "bl.json").write_bytes(old)
    done = _audit(tmp_path, audit_client, "--write-baseline", "bl.json", *args)
    assert done.exit_code == 0, done.output
    assert _findings(tmp_path / "bl.json") == checked
    assert "recorded 2 findings in bl.json, and kept 2 records" in done.stderr, done.stderr


def test_guard_audit_write_baseline_with_none_there_records_the_findings_only(tmp_path, run_cli, audit_client):
    (tmp_path / "a.md").write_bytes(BINARY)
    (tmp_path / "b.md").write_text(DOUBLED)
    done = _audit(tmp_path, audit_client, "--write-baseline", "bl.json", "a.md", "b.md")
    assert done.exit_code == 0 and "kept" not in done.stderr, done.output
    assert sorted((f["path"], f["rule"]) for f in _findings(tmp_path / "bl.json")) == [
        ("a.md", "file.binary"), ("b.md", "hygiene.doubled-word")]


# --- audit: what --baseline says -----------------------------------------------------------------

def test_an_audit_says_a_named_deleted_files_records_gone_with_file_missing_ignored(tmp_path, run_cli,
                                                                                    audit_client):
    _write(tmp_path, run_cli, "a.md", "b.md")
    (tmp_path / "a.md").unlink()
    done = _audit(tmp_path, audit_client, "--baseline", "bl.json", "--ignore", "file.missing", "a.md", "b.md")
    assert done.exit_code == 0, done.output
    assert MOVED in done.output, done.output


def test_an_audit_says_an_over_size_files_records_neither_fixed_nor_gone(tmp_path, run_cli, audit_client):
    _write(tmp_path, run_cli, "a.md")
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 0.00001\n")
    done = _audit(tmp_path, audit_client, "--baseline", "bl.json", "a.md")
    assert done.exit_code == 1 and "gone" not in done.output, done.output
