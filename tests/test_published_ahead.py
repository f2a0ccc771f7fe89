"""nu25 #11: a `--published` (or config `published:`) date months ahead was
taken silently, so a wrong-year typo turned clean copy red with weekday
errors and only a `-v` line said why. More than a week ahead of today it is
now said in one line without `-v` (not an error: an advance can be
scheduled); a date refused as more than a year ahead has its own warning."""
from __future__ import annotations

import datetime as dt

STORY = "Council meets\n\nThe council will meet Tuesday, Dec. 15, to vote on the plan.\n"


def _ahead(days: int) -> str:
    return (dt.date.today() + dt.timedelta(days=days)).isoformat()


def _notices(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if "ahead of today" in line]


def test_a_date_weeks_ahead_on_the_command_line_is_said_without_v(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    date = _ahead(30)
    result = run_cli("check", "--no-cache", "--published", date, "a.txt", cwd=tmp_path)
    assert _notices(result) == [
        f"newslint: --published {date} is 30 days ahead of today ({dt.date.today().isoformat()}): "
        "the date checks read the copy as if it ran then"]


def test_a_config_date_ahead_is_said_once_naming_the_config(run_cli, tmp_path):
    date = _ahead(200)
    (tmp_path / ".newslint.yaml").write_text(f"published: {date}\n", encoding="utf-8")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "a.txt", "b.txt", cwd=tmp_path)
    [notice] = _notices(result)
    assert notice.startswith(f"newslint: {tmp_path / '.newslint.yaml'}: published: {date} is 200 days ahead")


def test_a_week_ahead_or_less_or_refused_gives_no_notice(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    for days in (0, 7, -30):
        result = run_cli("check", "--no-cache", "--published", _ahead(days), "a.txt", cwd=tmp_path)
        assert _notices(result) == [], days
    refused = run_cli("check", "--no-cache", "--published", _ahead(800), "a.txt", cwd=tmp_path)
    assert _notices(refused) == [] and "file.implausible-date" in refused.stdout
