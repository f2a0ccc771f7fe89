"""fx551: a byline-classed element made of a stamp's words is a timestamp
field only when it names no writer (qa409 #6): "By June Sun | Dec. 29,
2014" is a byline. Guards: a bare stamp, and "by" before a time, stay
timestamp fields."""
import json

import pytest

from lint.readers._html_stamps import names_writer

PAGE = """<article><h1>Ferry fares rise</h1>
<p class="{cls}">{line}</p>
<p>The harbor board voted 5-2 on Monday to raise ferry fares, the chair said.</p>
</article>
"""


def _kinds(run_cli, tmp_path, cls, line):
    path = tmp_path / "b.html"
    path.write_text(PAGE.format(cls=cls, line=line), encoding="utf-8")
    parts = json.loads(run_cli("parse", "--format", "json", path).stdout)[0]["parts"]
    return [p["kind"] for p in parts if p["text"] == line]


@pytest.mark.parametrize("line", ["By June Sun | Dec. 29, 2014", "BY MAY SUN | DEC. 29, 2014",
                                  "By: June Sun, Dec. 29, 2014", "Posted by May on Dec. 29, 2014",
                                  "Posted Dec. 29, 2014 by Jan Sun", "Dec. 29, 2014 by\u00a0April"])
def test_a_month_named_writer_keeps_the_byline(run_cli, tmp_path, line):
    assert _kinds(run_cli, tmp_path, "byline-date", line) == ["byline"]


@pytest.mark.parametrize("line", ["December 29, 2014 | 10:32am", "Updated Dec. 29, 2014 at 10:32 a.m.",
                                  "Updated by 10:32 a.m. Dec. 29, 2014", "Posted Dec. 29, 2014"])
def test_guard_a_stamp_naming_no_one_is_a_field(run_cli, tmp_path, line):
    assert _kinds(run_cli, tmp_path, "byline", line) == ["field"]


@pytest.mark.parametrize("text,named", [
    ("By June Sun", True), ("posted by may", True), ("Nearby: Dec. 29", False),
    ("Standby 10:32 a.m.", False), ("Updated by 10:32am", False), ("Posted by", False),
])
def test_names_writer(text, named):
    assert names_writer(text) is named
