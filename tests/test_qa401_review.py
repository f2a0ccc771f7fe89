"""qa401: review of fx535 (baff7024..60754a56): the baseline's records of a
file refused unread (`reporting.read_through`), a file no reader read whose
notice --ignore hid not counted as linted, file.too-large's figures, an
over-size .dtd, the saved report's count line. Each fault is a strict xfail
stating what a desk expects; the plain tests guard the nearest cases that
work today. Inputs are synthetic (tmp_path)."""
from __future__ import annotations

import json

import pytest

DOUBLED = "# Hed\n\nThe the council met.\n"
CLEAN = "# Hed\n\nThe mayor spoke.\n"


def _records(path) -> list[tuple[str, str]]:
    return sorted((f["path"], f["rule"]) for f in json.loads(path.read_text())["findings"])


def _baseline(tmp_path, run_cli, *names):
    for name in names:
        (tmp_path / name).write_text(DOUBLED)
    wrote = run_cli("check", "--no-cache", "--write-baseline", "bl.json", *names, cwd=tmp_path)
    assert wrote.exit_code == 0, wrote.output
    assert _records(tmp_path / "bl.json") == sorted((n, "hygiene.doubled-word") for n in names)


# --- (5) baseline records of a file not read ---------------------------------------------------

def test_the_records_of_a_named_file_deleted_since_are_said_gone(tmp_path, run_cli):
    _baseline(tmp_path, run_cli, "a.md", "b.md")
    (tmp_path / "a.md").unlink()
    done = run_cli("check", "--no-cache", "--baseline", "bl.json", "a.md", "b.md", cwd=tmp_path)
    assert done.exit_code == 1 and "a.md:1:1: error [file.missing]" in done.stdout, done.output
    assert "newslint: 1 recorded finding is gone" in done.stderr, done.stderr


def test_the_records_of_a_named_file_deleted_since_are_said_gone_with_file_missing_ignored(tmp_path, run_cli):
    _baseline(tmp_path, run_cli, "a.md", "b.md")
    (tmp_path / "a.md").unlink()
    done = run_cli("check", "--no-cache", "--baseline", "bl.json", "--ignore", "file.missing", "a.md", "b.md",
                   cwd=tmp_path)
    assert done.exit_code == 0, done.output
    assert "newslint: 1 recorded finding is gone" in done.stderr, done.stderr


@pytest.mark.parametrize("ignore", [[], ["--ignore", "file.missing"]])
def test_guard_write_baseline_drops_the_records_of_a_named_file_deleted_since(tmp_path, run_cli, ignore):
    _baseline(tmp_path, run_cli, "a.md", "b.md")
    (tmp_path / "a.md").unlink()
    done = run_cli("check", "--no-cache", "--write-baseline", "bl.json", *ignore, "a.md", "b.md", cwd=tmp_path)
    assert done.exit_code == 0, done.output
    assert _records(tmp_path / "bl.json") == [("b.md", "hygiene.doubled-word")]


def test_guard_the_records_of_a_walked_files_deleted_since_are_said_gone(tmp_path, run_cli):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "c.md").write_text(DOUBLED)
    (tmp_path / "d" / "e.md").write_text(CLEAN)
    wrote = run_cli("check", "--no-cache", "--write-baseline", "bl.json", "d", cwd=tmp_path)
    assert wrote.exit_code == 0, wrote.output
    (tmp_path / "d" / "c.md").unlink()
    done = run_cli("check", "--no-cache", "--baseline", "bl.json", "d", cwd=tmp_path)
    assert done.exit_code == 0, done.output
    assert "1 recorded finding is gone (in files renamed or removed)" in done.stderr, done.stderr


@pytest.mark.parametrize("data, rule", [
    ("", "file.empty"),
    ("---\ntitle: x\n---\n", "file.no-body"),
    (b"# Hed\n\nThe council caf\xe9 met.\n", "file.encoding"),
])
def test_guard_a_file_read_whose_findings_were_fixed_has_its_records_said_fixed(tmp_path, run_cli, data, rule):
    _baseline(tmp_path, run_cli, "a.md", "b.md")
    if isinstance(data, bytes):
        (tmp_path / "a.md").write_bytes(data)
    else:
        (tmp_path / "a.md").write_text(data)
    done = run_cli("check", "--no-cache", "--baseline", "bl.json", "a.md", "b.md", cwd=tmp_path)
    assert f"[{rule}]" in done.stdout, done.output
    assert "newslint: 1 recorded finding is gone (fixed)" in done.stderr, done.stderr


@pytest.mark.parametrize("cache", [["--no-cache"], []])
def test_guard_a_binary_files_records_are_neither_said_fixed_nor_dropped(tmp_path, run_cli, cache):
    _baseline(tmp_path, run_cli, "a.md", "b.md")
    (tmp_path / "a.md").write_bytes(b"# Hed\n\nThe the council\x00 met.\n")
    for _ in range(2):      # the second from the cache when there is one
        done = run_cli("check", *cache, "--baseline", "bl.json", "a.md", "b.md", cwd=tmp_path)
        assert done.exit_code == 0 and "a.md:1:1: warning [file.binary]" in done.stdout, done.output
        assert "gone" not in done.stderr, done.stderr
    wrote = run_cli("check", *cache, "--write-baseline", "bl.json", "a.md", "b.md", cwd=tmp_path)
    assert wrote.exit_code == 0, wrote.output
    assert ("a.md", "hygiene.doubled-word") in _records(tmp_path / "bl.json"), wrote.stderr


def test_guard_a_file_readable_again_matches_its_kept_records(tmp_path, run_cli):
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 10\n")
    _baseline(tmp_path, run_cli, "a.md", "b.md")
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 0.00001\n")
    over = run_cli("check", "--no-cache", "--write-baseline", "bl.json", "a.md", "b.md", cwd=tmp_path)
    assert over.exit_code == 0, over.output
    assert ("a.md", "hygiene.doubled-word") in _records(tmp_path / "bl.json")
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 10\n")
    done = run_cli("check", "--no-cache", "--baseline", "bl.json", "a.md", "b.md", cwd=tmp_path)
    assert done.exit_code == 0 and done.stdout.startswith("No problems found."), done.output
    # the file.too-large records of the over-size run are gone now: fixed
    assert "recorded findings are gone (fixed)" in done.stderr or "recorded finding is gone (fixed)" in done.stderr


# --- (5) the same in an audit ------------------------------------------------------------------

def _audit(tmp_path, client, *args):
    from test_qa77_regressions import audit

    return audit(tmp_path, *args, "-o", "out", "--scheduler", client.scheduler.address)


def test_an_audits_records_of_a_named_file_deleted_since_are_said_gone(tmp_path, run_cli, audit_client):
    _baseline(tmp_path, run_cli, "a.md", "b.md")
    (tmp_path / "a.md").unlink()
    done = _audit(tmp_path, audit_client, "--baseline", "bl.json", "a.md", "b.md")
    assert done.exit_code == 1 and "a.md: file.missing" in done.output, done.output
    assert "newslint: 1 recorded finding is gone" in done.output, done.output


@pytest.mark.parametrize("refused", ["binary", "too-large"])
def test_audit_write_baseline_keeps_the_records_of_a_file_refused_unread(tmp_path, run_cli, audit_client, refused):
    _baseline(tmp_path, run_cli, "a.md", "b.md")
    if refused == "binary":
        (tmp_path / "a.md").write_bytes(b"# Hed\n\nThe the council\x00 met.\n")
    else:
        (tmp_path / ".newslint.yaml").write_text("max-file-size: 0.00001\n")
    done = _audit(tmp_path, audit_client, "--write-baseline", "bl.json", "a.md", "b.md")
    assert done.exit_code == 0, done.output
    assert ("a.md", "hygiene.doubled-word") in _records(tmp_path / "bl.json"), done.output


def test_guard_check_write_baseline_keeps_the_records_of_a_file_refused_unread(tmp_path, run_cli):
    _baseline(tmp_path, run_cli, "a.md", "b.md")
    (tmp_path / "a.md").write_bytes(b"# Hed\n\nThe the council\x00 met.\n")
    done = run_cli("check", "--no-cache", "--write-baseline", "bl.json", "a.md", "b.md", cwd=tmp_path)
    assert done.exit_code == 0 and "kept 1 record" in done.stderr, done.output
    assert _records(tmp_path / "bl.json") == [("a.md", "file.binary"), ("a.md", "hygiene.doubled-word"),
                                             ("b.md", "hygiene.doubled-word")]


def test_guard_an_audits_baseline_says_a_binary_files_records_neither_fixed_nor_gone(tmp_path, run_cli,
                                                                                      audit_client):
    _baseline(tmp_path, run_cli, "a.md", "b.md")
    (tmp_path / "a.md").write_bytes(b"# Hed\n\nThe the council\x00 met.\n")
    (tmp_path / "b.md").write_text(CLEAN)
    done = _audit(tmp_path, audit_client, "--baseline", "bl.json", "a.md", "b.md")
    assert done.exit_code == 0, done.output
    assert "newslint: 1 recorded finding is gone (fixed)" in done.output, done.output     # b.md's only


def test_guard_an_audit_of_a_walked_files_deleted_since_says_them_gone(tmp_path, run_cli, audit_client):
    (tmp_path / "d").mkdir()
    _baseline(tmp_path, run_cli, "d/a.md", "d/b.md")
    (tmp_path / "d" / "a.md").unlink()
    done = _audit(tmp_path, audit_client, "--baseline", "bl.json", "d")
    assert done.exit_code == 0, done.output
    assert "1 recorded finding is gone (in files renamed or removed)" in done.output, done.output


# --- (4) a file never read whose notice --ignore hid ------------------------------------------------

def _desk(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 0.001\n")
    (tmp_path / "a.md").write_text(DOUBLED)
    (tmp_path / "big.md").write_text("# Hed\n\n" + "Word word. " * 300)
    (tmp_path / "nul.md").write_bytes(b"# Hed\n\nThe x\x00y end.\n")


def test_guard_the_summary_counts_only_the_files_read(tmp_path, run_cli):
    _desk(tmp_path)
    done = run_cli("check", "--no-cache", "--ignore", "file.too-large", "--ignore", "file.binary",
                   "a.md", "big.md", "nul.md", cwd=tmp_path)
    assert done.exit_code == 0, done.output
    assert "Found 1 problem (1 warning) in 1 file; 1 fixable with --fix." in done.stdout, done.output
    failing = run_cli("check", "--no-cache", "--ignore", "file.too-large", "--fail-level", "warning",
                      "a.md", "big.md", cwd=tmp_path)
    assert failing.exit_code == 1, failing.output


@pytest.mark.parametrize("name, data, rule", [
    ("e.md", b"", "file.empty"),
    ("fm.md", b"---\ntitle: x\n---\n", "file.no-body"),
    ("cp.md", b"# Hed\n\nThe council caf\xe9 met.\n", "file.encoding"),
])
def test_guard_a_file_read_whose_file_notice_is_ignored_is_counted(tmp_path, run_cli, name, data, rule):
    _desk(tmp_path)
    (tmp_path / name).write_bytes(data)
    done = run_cli("check", "--no-cache", "--ignore", rule, "--ignore", "file.too-large", name, "big.md",
                   cwd=tmp_path)
    assert done.exit_code == 0 and done.stdout == "No problems found.\n", done.output


@pytest.mark.parametrize("fmt, empty", [("json", "[]"), ("github", "")])
def test_guard_an_ignored_over_size_file_alone_writes_an_empty_report(tmp_path, run_cli, fmt, empty):
    _desk(tmp_path)
    done = run_cli("check", "--no-cache", "--ignore", "file.too-large", "--format", fmt, "big.md", cwd=tmp_path)
    assert done.exit_code == 0 and done.stdout.strip() == empty, done.output


def test_guard_an_over_size_file_ignored_by_the_config_is_not_linted(tmp_path, run_cli):
    _desk(tmp_path)
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 0.001\nignore: [file.too-large]\n")
    done = run_cli("check", "--no-cache", "big.md", cwd=tmp_path)
    assert done.exit_code == 0 and done.stdout == "No files linted.\n", done.output


def test_guard_stdin_over_the_limit_ignored_is_not_linted(tmp_path, run_cli):
    _desk(tmp_path)
    data = (tmp_path / "big.md").read_text()
    done = run_cli("check", "--no-cache", "--ignore", "file.too-large", "--stdin-filename", "big.md", "-",
                   input=data, cwd=tmp_path)
    assert done.exit_code == 0 and done.stdout == "No files linted.\n", done.output


# --- (2) file.too-large's figures -----------------------------------------------------------------

def _too_large(tmp_path, run_cli, limit: str, size: int) -> str:
    (tmp_path / ".newslint.yaml").write_text(f"max-file-size: {limit}\n")
    (tmp_path / "big.md").write_text("# Hed\n\n" + "x" * (size - 8) + "\n")
    assert (tmp_path / "big.md").stat().st_size == size
    done = run_cli("check", "--no-cache", "big.md", cwd=tmp_path)
    assert done.exit_code == 1, done.output
    return done.stdout.splitlines()[0]


@pytest.mark.parametrize("limit, size", [("0.05", 52_545), ("0.15", int(0.16 * 1048576))])
def test_the_size_said_is_near_the_files_size(tmp_path, run_cli, limit, size):
    import re

    line = _too_large(tmp_path, run_cli, limit, size)
    said = float(re.search(r"file is ([0-9.]+) MB,", line).group(1))
    assert abs(said - size / 1048576) / (size / 1048576) < 0.05, line


def test_a_limit_of_many_decimals_is_said_as_written(tmp_path, run_cli):
    line = _too_large(tmp_path, run_cli, "0.123456789", 200_000)
    assert "over the 0.123456789 MB limit" in line, line


@pytest.mark.parametrize("limit, size, said", [
    ("0.01", 20_000, "file is 0.02 MB, over the 0.01 MB limit"),
    ("1.5", int(1.51 * 1048576), "file is 1.51 MB, over the 1.5 MB limit"),
    ("0.01", 10_486, "file is 10,486 bytes, over the 0.01 MB (10,485 bytes) limit"),
    ("1", 1048577, "file is 1.000001 MB, over the 1 MB limit"),
    ("0.3333", 700_000, "file is 0.7 MB, over the 0.3333 MB limit"),
])
def test_guard_the_sizes_said(tmp_path, run_cli, limit, size, said):
    line = _too_large(tmp_path, run_cli, limit, size)
    assert said in line, line


# --- (3) an over-size .dtd --------------------------------------------------------------------------

_DECLS = '<!ENTITY % text "(#PCDATA)">\n' + "".join(
    f"<!ELEMENT e{i} (#PCDATA)>\n<!ATTLIST e{i} id CDATA #IMPLIED>\n" for i in range(200))


@pytest.mark.parametrize("data", [
    ('<?xml version="1.0" encoding="UTF-8"?>\n' + _DECLS).encode(),
    b"\xef\xbb\xbf" + ('<?xml version="1.0"?>\n' + _DECLS).encode(),
    ('<?xml version="1.0" encoding="UTF-16"?>\n' + _DECLS).encode("utf-16"),
    ('<?xml version="1.0"?>\r\n' + _DECLS.replace("\n", "\r\n")).encode(),
    ('<?xml version="1.0"?>\n<!-- ' + "x" * 9000 + " -->\n" + _DECLS).encode(),
    ("<!-- NITF DTD -->\n" + _DECLS).encode(),
], ids=["utf8", "bom", "utf16", "crlf", "long-comment", "no-declaration"])
def test_guard_an_over_size_dtd_is_skipped_as_within_the_limit(tmp_path, run_cli, data):
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 0.001\n")
    (tmp_path / "n.dtd").write_bytes(data)
    assert len(data) > 1048
    done = run_cli("check", "--no-cache", "n.dtd", cwd=tmp_path)
    assert done.exit_code == 0 and done.stdout == "No files linted.\n", done.output
    assert "n.dtd: file.format: skipped" in done.stderr and "too-large" not in done.output


def test_guard_an_over_size_nitf_is_still_too_large(tmp_path, run_cli):
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 0.001\n")
    body = "<p>The council met.</p>" * 100
    (tmp_path / "s.xml").write_text(f'<?xml version="1.0"?>\n<nitf><head><title>T</title></head>'
                                    f"<body><body.content>{body}</body.content></body></nitf>\n")
    done = run_cli("check", "--no-cache", "s.xml", cwd=tmp_path)
    assert done.exit_code == 1 and "s.xml:1:1: error [file.too-large]" in done.stdout, done.output


# --- (1) the saved report's count line --------------------------------------------------------------

@pytest.mark.parametrize("config", ["pyproject.toml", "../desk/.newslint.yml", "Wires (AP) [2019]/.newslint.yaml",
                                    "été/.newslint.yaml"])
def test_guard_the_count_line_naming_any_config_the_excluded_line_reads_is_newslints(config):
    from lint.readers._own_reports import own_report

    report = ("newslint: data.json: file.format: skipped: not an article format (.json)\nNo files linted.\n"
              f"newslint: skipped README0.txt (matched by exclude: in {config}; take it out of exclude: to lint it)\n"
              f"newslint: and 3 more named paths skipped by exclude: in {config} (-v names each)\n")
    assert own_report(report, "text") == "text"
    assert own_report(report.replace("\n", "\r\n"), "text") == "text"
