"""qa376: review of fx511 (`audit --published` through lint/cli_published.py,
a named `.sgm`/`.sgml` skipped in one `file.format` line, README on a
corpus's README/LICENSE, an audit of only excluded named files saying
check's line). Strict xfails state what a desk expects where it breaks
today; the plain tests guard the nearest cases that work."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from audit_helpers import scheduler_args as _at, rows as _rows
from test_qa77_regressions import audit
from readme_archive_helpers import dating_section, run_snippet, snippet

# Monday, March 2, 1987: 'Tuesday, March 2' is a weekday mismatch once the year is known.
BODY = ("NEW YORK, March 2 (Reuters) - Acme Corp said on Tuesday, March 2, that its board "
        "will vote on the dividend on Feb. 27.")
STORY = "Acme sets dividend\n\n" + BODY + "\n"
SKIPPED = "newslint: skipped {} (matched by exclude: in .newslint.yaml; take it out of exclude: to lint it)"
SGML = ('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS TOPICS="YES" NEWID="1">\n'
        "<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TEXT>\n<TITLE>ACME SETS DIVIDEND</TITLE>\n"
        "<BODY>Acme said the the payout is TK.\n</BODY></TEXT>\n</REUTERS>\n")


def _line(**fields) -> str:
    return json.dumps({"headline": "Acme sets dividend", "body": BODY, **fields})


def _findings(done):
    return sorted((f["path"], f["line"], f["column"], f["rule"], f["message"])
                  for f in json.loads(done.stdout))


# ---- #1 audit --published: an export's articles keep their own date in the Parquet ----

@pytest.fixture
def exports(tmp_path):
    """A JSON Lines export of undated wire copy (the README's 'Dating an
    archive' case) and one whose line carries its own, other date."""
    (tmp_path / "undated.jsonl").write_text(_line(id="u1") + "\n" + _line(id="u2") + "\n")
    (tmp_path / "dated.jsonl").write_text(_line(id="d1", date="1987-02-20") + "\n")
    (tmp_path / "story.md").write_text(f"---\ntitle: Acme sets dividend\ndate: 1987-02-20\n---\n\n{BODY}\n")
    return tmp_path


def test_published_dates_an_exports_rows_as_the_rules_used_it(exports, audit_client):
    done = audit(exports, "undated.jsonl", "dated.jsonl", "-o", "out", "--published", "1987-03-09",
                 *_at(audit_client))
    assert done.exit_code == 1, done.stderr
    rows = _rows(exports / "out")
    assert "dates.weekday-mismatch" in {r["rule"] for r in rows}
    # the rules used March 9 (the dateline's 'March 2' differs from it) ...
    assert any("March 9, 1987" in r["message"] for r in rows if r["article"] == "d1")
    # ... and every row says so
    assert {r["published"] for r in rows} == {dt.date(1987, 3, 9)}
    assert {r["published"] for r in _rows(exports / "out" / "_articles")} == {dt.date(1987, 3, 9)}


def test_guard_published_dates_a_front_matter_files_rows(exports, audit_client):
    """A Markdown file's own date is overridden in its rows, as the rules use it."""
    done = audit(exports, "story.md", "-o", "out", "--published", "1987-03-09", *_at(audit_client))
    assert done.exit_code == 1, done.stderr
    assert {r["published"] for r in _rows(exports / "out")} == {dt.date(1987, 3, 9)}
    assert [r["published"] for r in _rows(exports / "out" / "_articles")] == [dt.date(1987, 3, 9)]


def test_guard_export_findings_with_published_equal_checks(exports, audit_client, run_cli):
    args = ["--published", "1987-03-09", "undated.jsonl", "dated.jsonl", "story.md"]
    checked = run_cli("check", "--no-cache", "--format", "json", *args, cwd=exports)
    done = audit(exports, *args, "-o", "out", *_at(audit_client))
    assert done.exit_code == checked.exit_code == 1, done.stderr
    assert sorted((r["path"], r["line"], r["column"], r["rule"], r["message"])
                  for r in _rows(exports / "out")) == _findings(checked)


# ---- #2 a JSON Lines date field refuses the written date --published takes ----

def test_a_jsonl_date_field_reads_a_written_date_as_published_does(tmp_path, run_cli):
    (tmp_path / "w.jsonl").write_text(_line(id="a", date="Mar. 2, 1987") + "\n")
    (tmp_path / "o.jsonl").write_text(_line(id="a") + "\n")
    own = run_cli("check", "--no-cache", "--format", "json", "w.jsonl", cwd=tmp_path)
    given = run_cli("check", "--no-cache", "--format", "json", "--published", "Mar. 2, 1987",
                    "o.jsonl", cwd=tmp_path)
    assert [f[1:] for f in _findings(own)] == [f[1:] for f in _findings(given)] != []


def test_guard_front_matter_and_config_read_the_written_date(tmp_path, run_cli):
    (tmp_path / "fm").mkdir()
    (tmp_path / "fm" / "a.md").write_text(f"---\ntitle: Acme sets dividend\ndate: Mar. 2, 1987\n---\n\n{BODY}\n")
    (tmp_path / "cf").mkdir()
    (tmp_path / "cf" / ".newslint.yaml").write_text('published: "Mar. 2, 1987"\n')
    (tmp_path / "cf" / "a.txt").write_text(STORY)
    for path in ("fm/a.md", "cf/a.txt"):
        done = run_cli("check", "--no-cache", "--format", "json", path, cwd=tmp_path)
        assert "dates.weekday-mismatch" in {f[3] for f in _findings(done)}, done.output


def test_guard_jsonl_date_time_with_a_zone_is_its_own_day(tmp_path, run_cli):
    """An ISO date-time with a zone is its written day in a JSON field, in
    --published and in front matter alike (never shifted to UTC)."""
    for zone in ("-05:00", "+14:00"):
        stamp = f"1987-03-02T23:30:00{zone}"
        (tmp_path / "w.jsonl").write_text(_line(id="a", date=stamp) + "\n")
        (tmp_path / "a.txt").write_text(STORY)
        said = run_cli("parse", "w.jsonl", cwd=tmp_path).stdout
        assert "published: 1987-03-02 (from the JSON field 'date')" in said, said
        said = run_cli("parse", "--published", stamp, "a.txt", cwd=tmp_path).stdout
        assert "published: 1987-03-02 (from --published)" in said, said


# ---- dates across check / parse / audit ----

@pytest.mark.parametrize("value", ["1987-02-29", "19870302", "Mon, 02 Mar 1987 23:30:00 -0500"])
def test_guard_a_bad_date_is_refused_alike_by_check_parse_and_audit(tmp_path, run_cli, value):
    (tmp_path / "a.txt").write_text(STORY)
    lines = []
    for command in ("check", "parse"):
        done = run_cli(command, "--published", value, "a.txt", cwd=tmp_path)
        assert done.exit_code == 2
        lines.append(done.stderr.strip().replace(command, "CMD"))
    done = audit(tmp_path, "a.txt", "-o", "out", "--published", value)
    assert done.exit_code == 2 and not (tmp_path / "out").exists()
    lines.append(done.stderr.strip().replace("audit", "CMD"))
    assert len(set(lines)) == 1 and "Invalid value for '--published'" in lines[0], lines


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31"])
def test_guard_a_placeholder_date_is_refused_alike_in_check_and_audit(tmp_path, run_cli, audit_client, value):
    (tmp_path / "a.txt").write_text(STORY)
    checked = run_cli("check", "--no-cache", "--format", "json", "--published", value, "a.txt", cwd=tmp_path)
    done = audit(tmp_path, "a.txt", "-o", "out", "--published", value, *_at(audit_client))
    assert done.exit_code == checked.exit_code == 0, done.stderr
    rows = _rows(tmp_path / "out")
    assert sorted((r["path"], r["line"], r["column"], r["rule"], r["message"]) for r in rows) == \
        _findings(checked)
    assert [r["rule"] for r in rows] == ["file.implausible-date"] and rows[0]["published"] is None


def test_an_audit_says_its_published_was_refused(tmp_path, audit_client):
    (tmp_path / "a.txt").write_text(STORY)
    done = audit(tmp_path, "a.txt", "-o", "out", "--published", "0001-01-01", *_at(audit_client))
    summary = done.stderr.strip().splitlines()[-1]
    assert "refused" in summary, done.stderr


def test_parse_says_a_published_far_ahead_as_check(tmp_path, run_cli):
    (tmp_path / "a.txt").write_text(STORY)
    ahead = (dt.date.today() + dt.timedelta(days=100)).isoformat()
    line = f"--published {ahead} is 100 days ahead of today"
    assert line in run_cli("check", "--no-cache", "--published", ahead, "a.txt", cwd=tmp_path).stderr
    assert line in run_cli("parse", "--published", ahead, "a.txt", cwd=tmp_path).stderr


def test_guard_a_far_ahead_config_date_is_said_alike(tmp_path, run_cli, audit_client):
    ahead = (dt.date.today() + dt.timedelta(days=100)).isoformat()
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / ".newslint.yaml").write_text(f"published: {ahead}\n")
    (tmp_path / "desk" / "a.txt").write_text(STORY)
    checked = run_cli("check", "--no-cache", "desk", cwd=tmp_path).stderr
    done = audit(tmp_path, "desk", "-o", "out", *_at(audit_client))
    said = [line for line in checked.splitlines() if "days ahead of today" in line]
    assert len(said) == 1 and said[0] in done.stderr.splitlines(), (checked, done.stderr)


def test_guard_resume_with_the_same_day_spelled_otherwise(tmp_path, audit_client):
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / "a.txt").write_text(STORY)
    done = audit(tmp_path, "wire", "-o", "out", "--published", "1987-03-02", *_at(audit_client))
    assert done.exit_code == 1, done.stderr
    for spelled in ("Mar. 2, 1987", "1987-03-02T23:30:00+14:00"):
        (tmp_path / "out" / "_INCOMPLETE").write_text("not finished\n")
        again = audit(tmp_path, "wire", "-o", "out", "--published", spelled, "--resume", *_at(audit_client))
        assert again.exit_code == 1 and "changed since" not in again.stderr, again.stderr
    (tmp_path / "out" / "_INCOMPLETE").write_text("not finished\n")
    again = audit(tmp_path, "wire", "-o", "out", "--resume", *_at(audit_client))
    assert again.exit_code == 2
    assert "--published changed since that audit (then: 1987-03-02; now: not given)" in again.stderr


def test_guard_the_readme_snippet_places_findings_in_the_export(tmp_path, run_cli):
    """The README's route with a CRLF story and an accented, quoted one:
    json.dumps escapes them, and each finding still sits on its text."""
    section = dating_section()
    code = snippet(section, "python")
    (tmp_path / ".newslint.yaml").write_text(snippet(section, "yaml"))
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / "0001.txt").write_text(
        'Café owner sets dividend\n\n' + BODY.replace("Acme Corp", 'The "café" owner') + "\n",
        encoding="utf-8")
    (tmp_path / "wire" / "0002.txt").write_bytes(STORY.replace("\n", "\r\n").encode())
    (tmp_path / "dates.json").write_text('{"0001.txt": "1987-03-02", "0002.txt": "1987-03-02"}')
    run_snippet(code, tmp_path)
    done = run_cli("check", "--no-cache", "--format", "json", "wire.jsonl", cwd=tmp_path)
    lines = (tmp_path / "wire.jsonl").read_text(encoding="utf-8").split("\n")
    found = json.loads(done.stdout)
    weekday = [f for f in found if f["rule"] == "dates.weekday-mismatch"]
    assert len(weekday) == 2, done.output
    for f in weekday:
        assert lines[f["line"] - 1][f["column"] - 1:f["end_column"] - 1] == "Tuesday, March 2"


# ---- #3, #4 an audit left with nothing to read by exclude: ----

@pytest.fixture
def desk(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("exclude:\n  - drafts/\n  - 'README*'\n  - 'LICENSE*'\n")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text(STORY)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "README.TXT").write_text("About this corpus.\n")
    (tmp_path / "corpus" / "LICENSE.txt").write_text("All rights reserved.\n")
    return tmp_path


def test_an_audit_of_a_folder_exclude_empties_says_exclude(desk, run_cli):
    checked = run_cli("check", "--no-cache", "drafts", cwd=desk)
    assert "exclude:" in checked.stderr
    done = audit(desk, "drafts", "-o", "out")
    assert done.exit_code == 2 and "exclude:" in done.stderr, done.stderr


def test_each_excluded_named_file_is_its_own_line(desk, run_cli):
    args = ("corpus/README.TXT", "corpus/LICENSE.txt")
    checked = [l for l in run_cli("check", "--no-cache", *args, cwd=desk).stderr.splitlines() if l]
    done = audit(desk, *args, "-o", "out")
    assert done.exit_code == 2
    assert [l for l in done.stderr.splitlines() if l] == checked == [
        SKIPPED.format("corpus/README.TXT"), SKIPPED.format("corpus/LICENSE.txt")]


def test_an_excluded_absolute_path_is_said_as_check_says_it(desk, run_cli):
    named = str(desk / "corpus" / "README.TXT")
    checked = run_cli("check", "--no-cache", named, cwd=desk).stderr.strip().splitlines()[0]
    done = audit(desk, named, "-o", "out")
    assert done.stderr.strip() == checked, (done.stderr, checked)


@pytest.mark.parametrize("named, said", [("./corpus/README.TXT", "corpus/README.TXT"),
                                         ("drafts/a.txt", "drafts/a.txt")])
def test_guard_an_excluded_named_file_is_said_as_check(desk, run_cli, named, said):
    checked = run_cli("check", "--no-cache", named, cwd=desk)
    done = audit(desk, named, "-o", "out")
    assert done.exit_code == 2 and not (desk / "out").exists()
    assert done.stderr.strip() == SKIPPED.format(said) == checked.stderr.strip().splitlines()[0]


def test_guard_excluded_named_file_said_from_a_subfolder(desk, run_cli):
    done = audit(desk / "corpus", "README.TXT", "-o", "out")
    assert done.stderr.strip() == ("newslint: skipped README.TXT (matched by exclude: in "
                                   "../.newslint.yaml; take it out of exclude: to lint it)")


# ---- #5, #6 a named .sgm ----

def test_a_large_named_sgm_is_skipped_not_an_error(tmp_path, run_cli):
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 0.0001\n")
    (tmp_path / "reut2-000.sgm").write_text(SGML * 4)
    done = run_cli("check", "--no-cache", "reut2-000.sgm", cwd=tmp_path)
    assert done.exit_code == 0 and "file.too-large" not in done.output, done.output
    assert "reut2-000.sgm: file.format: skipped" in done.stderr


def test_a_named_sgm_with_a_nul_is_skipped_as_a_png_is(tmp_path, run_cli):
    data = SGML.encode().replace(b"<TEXT>", b"<TEXT>\x00")
    (tmp_path / "r.sgm").write_bytes(data)
    done = run_cli("check", "--no-cache", "--format", "json", "r.sgm", cwd=tmp_path)
    assert json.loads(done.stdout) == [] and "r.sgm: file.format: skipped" in done.stderr, done.output


def test_guard_a_named_png_with_a_nul_is_skipped(tmp_path, run_cli):
    (tmp_path / "r.png").write_bytes(SGML.encode().replace(b"<TEXT>", b"<TEXT>\x00"))
    done = run_cli("check", "--no-cache", "--format", "json", "r.png", cwd=tmp_path)
    assert done.exit_code == 0 and json.loads(done.stdout) == []


def test_guard_a_latin1_sgm_is_skipped_by_name(tmp_path, run_cli):
    """Reuters-21578's reut2-017.sgm holds a Latin-1 byte: still the one line."""
    (tmp_path / "r.sgm").write_bytes(SGML.encode().replace(b"Acme said", b"Acme caf\xfc said"))
    (tmp_path / "a.txt").write_text(STORY)
    done = run_cli("check", "--no-cache", "--format", "json", "--published", "1987-03-02", "r.sgm",
                   "a.txt", cwd=tmp_path)
    assert done.exit_code == 1 and {f[0] for f in _findings(done)} == {"a.txt"}, done.output
    assert "r.sgm: file.format: skipped" in done.stderr


def test_guard_stdin_named_sgm_is_skipped(tmp_path, run_cli):
    done = run_cli("check", "--no-cache", "--stdin-filename", "x.sgm", "-", input=SGML, cwd=tmp_path)
    assert done.exit_code == 0 and "x.sgm: file.format: skipped" in done.stderr, done.output


def test_guard_a_glob_of_sgm_in_audit_is_skipped(tmp_path, audit_client):
    (tmp_path / "r1.sgm").write_text(SGML)
    (tmp_path / "R2.SGM").write_text(SGML)
    (tmp_path / "a.txt").write_text(STORY)
    done = audit(tmp_path, "*", "-o", "out", "--published", "1987-03-02", *_at(audit_client))
    assert done.exit_code == 1, done.stderr
    assert "r1.sgm: file.format: skipped" in done.stderr and "R2.SGM: file.format: skipped" in done.stderr
    assert {r["path"] for r in _rows(tmp_path / "out")} == {"a.txt"}
