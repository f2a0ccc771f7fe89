"""A scheduled post (a front matter date still to come, accepted as its
planned run) is linted with a `-v` note that depends on today: "a date still
to come". Kept in the result cache, that note would outlive the day (qa39 #9),
so such a result is not kept; a post dated today or before is."""
from __future__ import annotations

import datetime as dt
import json


def _entries(folder):
    return sorted(folder.rglob("*.marshal"))


def _check(run_cli, *args):
    result = run_cli("check", "--format", "json", "--no-progress", *args)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_a_scheduled_post_is_not_kept(run_cli, tmp_path):
    ahead = dt.date.today() + dt.timedelta(days=20)
    folder, cache = tmp_path / "site", tmp_path / "cache"
    folder.mkdir()
    (folder / "soon.md").write_text(f"---\ntitle: T\ndate: {ahead.isoformat()}\n---\n\nThe council met.\n",
                                    encoding="utf-8")
    found = _check(run_cli, folder, "--cache-dir", cache)
    assert "file.implausible-date" not in {d["rule"] for d in found}     # accepted, not refused
    assert _entries(cache) == []


def test_a_post_dated_before_today_is_kept(run_cli, tmp_path):
    past = dt.date.today() - dt.timedelta(days=20)
    folder, cache = tmp_path / "site", tmp_path / "cache"
    folder.mkdir()
    (folder / "done.md").write_text(f"---\ntitle: T\ndate: {past.isoformat()}\n---\n\nThe council met.\n",
                                    encoding="utf-8")
    _check(run_cli, folder, "--cache-dir", cache)
    assert len(_entries(cache)) == 1
