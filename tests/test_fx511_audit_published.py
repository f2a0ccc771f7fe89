"""fx511 (nu70 #11): `newslint audit --published DATE` dates an archive of
undated wire text as `check --published` does: one option definition, the
same validation and words, carried to the workers (here a `--scheduler`
cluster) and into `_plan.json`, so `--resume` under another date is refused."""
from __future__ import annotations

import datetime as dt
import json
import pickle

import pytest

from test_qa77_regressions import audit
from readme_archive_helpers import dating_section, run_snippet, snippet

# Monday, March 2, 1987: "Tuesday, March 2" is a weekday mismatch only once
# the year is known, and "will vote on Feb. 27" a future tense on a past date.
STORY = ("Acme sets dividend\n\nNEW YORK, March 2 (Reuters) - Acme Corp said on Tuesday, "
         "March 2, that its board will vote on the dividend on Feb. 27.\n")


@pytest.fixture
def wire(tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "r1.txt").write_text(STORY, encoding="utf-8")
    (folder / "r2.txt").write_text(STORY.replace("Acme", "Bolt"), encoding="utf-8")
    return tmp_path


def _rows(folder):
    import pyarrow.dataset as ds

    return ds.dataset(str(folder), format="parquet").to_table().to_pylist()


def _checked(run_cli, cwd, *args):
    done = run_cli("check", "--no-cache", "--format", "json", *args, "wire", cwd=cwd)
    assert done.exit_code in (0, 1), done.output
    return sorted((f["path"], f["line"], f["column"], f["rule"], f["message"])
                  for f in json.loads(done.stdout))


def test_audit_and_check_share_the_published_option(run_cli):
    from lint.audit.command import audit as audit_command
    from lint.cli_check import check

    def option(command):
        return next(p for p in command.params if p.name == "published")

    ours, checks = option(audit_command), option(check)
    assert (ours.opts, ours.help, ours.metavar) == (checks.opts, checks.help, checks.metavar)
    assert ours.callback is checks.callback
    assert "--published DATE" in run_cli("audit", "--help").stdout


def test_published_dates_the_audit_as_check(wire, audit_client, run_cli):
    at = ["--scheduler", audit_client.scheduler.address]
    checked = _checked(run_cli, wire, "--published", "1987-03-02")
    assert {r[3] for r in checked} >= {"dates.weekday-mismatch"}, checked
    done = audit(wire, "wire", "-o", "out", "--published", "Mar. 2, 1987", *at)
    assert done.exit_code in (0, 1), done.stderr
    assert "no publication date" not in done.stderr, done.stderr
    rows = _rows(wire / "out")
    assert sorted((r["path"], r["line"], r["column"], r["rule"], r["message"]) for r in rows) == checked
    assert {r["published"] for r in rows} == {dt.date(1987, 3, 2)}
    articles = _rows(wire / "out" / "_articles")
    assert sorted((r["path"], r["published"]) for r in articles) == [
        ("wire/r1.txt", dt.date(1987, 3, 2)), ("wire/r2.txt", dt.date(1987, 3, 2))]


def test_guard_without_published_the_wire_text_stays_undated(wire, audit_client, run_cli):
    at = ["--scheduler", audit_client.scheduler.address]
    done = audit(wire, "wire", "-o", "out", *at)
    assert done.exit_code in (0, 1), done.stderr
    assert "audited 2 articles (2 with no publication date)" in done.stderr, done.stderr
    rows = _rows(wire / "out")
    assert "dates.weekday-mismatch" not in {r["rule"] for r in rows}
    assert sorted((r["path"], r["line"], r["column"], r["rule"], r["message"]) for r in rows) == \
        _checked(run_cli, wire)


@pytest.mark.parametrize("value", ["tomorrowish", "2026-13-40", ""])
def test_a_bad_published_is_checks_usage_error(wire, run_cli, value):
    """Refused before any cluster starts, in check's words; nothing written."""
    checked = run_cli("check", "--published", value, "wire", cwd=wire)
    done = audit(wire, "wire", "-o", "out", "--published", value)
    assert (done.exit_code, checked.exit_code) == (2, 2)
    said = [line for line in done.stderr.splitlines() if line]
    assert len(said) == 1 and "Invalid value for '--published'" in said[0], done.stderr
    assert said[0].replace("audit", "check") == checked.stderr.strip()
    assert not (wire / "out").exists()


def test_published_goes_to_the_workers(tmp_path):
    """The settings a remote worker unpickles carry the date: its Session's
    config for any file is dated by it, as the client's is."""
    from lint.audit import settings
    from lint.audit.work import session_for

    sent = pickle.loads(pickle.dumps(settings(None, published=dt.date(1987, 3, 2))))
    assert session_for(sent).config_for(str(tmp_path / "a.txt")).published == dt.date(1987, 3, 2)
    assert session_for(settings(None)).config_for(str(tmp_path / "a.txt")).published is None


def test_resume_under_another_published_is_refused(wire, audit_client):
    at = ["--scheduler", audit_client.scheduler.address]
    done = audit(wire, "wire", "-o", "out", "--published", "1987-03-02", *at)
    assert done.exit_code in (0, 1), done.stderr
    (wire / "out" / "_INCOMPLETE").write_text("not finished\n")
    again = audit(wire, "wire", "-o", "out", "--published", "1987-03-03", "--resume", *at)
    assert again.exit_code == 2, again.stderr
    assert "--published changed since that audit (then: 1987-03-02; now: 1987-03-03)" in again.stderr


def test_a_published_far_ahead_is_said_as_check_says_it(wire, audit_client, run_cli):
    ahead = (dt.date.today() + dt.timedelta(days=100)).isoformat()
    line = f"--published {ahead} is 100 days ahead of today"
    assert line in run_cli("check", "--no-cache", "--published", ahead, "wire", cwd=wire).stderr
    done = audit(wire, "wire", "-o", "out", "--published", ahead,
                 "--scheduler", audit_client.scheduler.address)
    assert done.exit_code in (0, 1) and line in done.stderr, done.stderr


def test_the_readme_route_to_a_date_per_story(tmp_path, audit_client):
    """The README's route for a date per file from sidecar metadata: one JSON
    Lines line per story, its date in a field `jsonl:` maps; each article's
    `published` is its own line's, with no `--published`."""
    section = dating_section()
    code = snippet(section, "python")
    config = snippet(section, "yaml")
    (tmp_path / "wire").mkdir()
    for name in ("0001.txt", "0002.txt"):
        (tmp_path / "wire" / name).write_text(STORY, encoding="utf-8")
    (tmp_path / "dates.json").write_text('{"0001.txt": "1987-03-02", "0002.txt": "1987-03-03"}')
    (tmp_path / ".newslint.yaml").write_text(config, encoding="utf-8")
    run_snippet(code, tmp_path)
    done = audit(tmp_path, "wire.jsonl", "-o", "out", "--scheduler", audit_client.scheduler.address)
    assert done.exit_code == 1 and "no publication date" not in done.stderr, done.stderr
    articles = _rows(tmp_path / "out" / "_articles")
    assert sorted((r["article"], r["published"]) for r in articles) == [
        ("0001.txt", dt.date(1987, 3, 2)), ("0002.txt", dt.date(1987, 3, 3))]
    rows = _rows(tmp_path / "out")
    assert {(r["article"], r["line"], r["rule"]) for r in rows} >= {
        ("0001.txt", 1, "dates.weekday-mismatch"), ("0002.txt", 2, "dates.weekday-mismatch")}
