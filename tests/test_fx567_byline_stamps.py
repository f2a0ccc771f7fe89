"""fx567: a byline-classed line that is a writer and a CMS stamp stays a
byline, whatever the name's words (qa409 #6, qa415 #3), and its stamp
keeps the date checks a timestamp field gets (qa415 #2), read outside the
writer's name. Guards: "by" before no name (qa415 #1) and a bare stamp stay
timestamp fields; a plain byline gets no date reading."""
import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.readers import read_bytes
from lint.readers._html_stamps import byline_writer

PAGE = """<html><head><title>Council approves budget</title></head><body><article>
<h1>Council approves budget</h1>
<p class="byline">{line}</p>
<p>The city council approved the budget on Monday, officials said in a statement after the meeting.</p>
</article></body></html>"""
CHECKS = ("dates.weekday-mismatch", "dates.impossible-date")


def _parts(line):
    return [(p.kind, p.name, p.text) for p in read_bytes("a.html", PAGE.format(line=line).encode()).parts
            if p.kind in ("byline", "field")]


def _found(line):
    res = lint_bytes("a.html", PAGE.format(line=line).encode(), Config(select=CHECKS))
    return [(d.rule, d.snippet) for d in res.diagnostics]


@pytest.mark.parametrize("line,name", [
    ("By June Sun | Dec. 29, 2014", "June Sun"), ("Posted by May on Dec. 29, 2014", "May"),
    ("Posted Dec. 29, 2014 by Jan Sun", "Jan Sun"), ("June Sun | Dec. 29, 2014", "June Sun"),
    ("By: June Sun, Dec. 29, 2014", "June Sun"), ("BY MAY SUN | DEC. 29, 2014", "MAY SUN"),
    ("By Ann Lee | Updated Dec. 29, 2014 at 10:32am", "Ann Lee"),
    ("Ann Lee | Dec. 29, 2014", "Ann Lee"),      # no "By": any name before a stamp (qa430 #9, fx591)
])
def test_the_writers_name(line, name):
    span = byline_writer(line)
    assert span is not None and line[span[0]:span[1]] == name
    assert _parts(line) == [("byline", "", line)]


@pytest.mark.parametrize("line", ["Posted by: Tuesday, Dec. 29, 2014", "Posted by on Tuesday, Dec. 29, 2014",
                                  "Posted by May 29, 2014", "By Tuesday, Dec. 29, 2014",
                                  "Updated by 10:32am Tuesday, Dec. 29, 2014", "December 18, 2014 | 11:38pm"])
def test_guard_no_writer_is_a_field(line):
    assert byline_writer(line) is None
    assert _parts(line) == [("field", "timestamp", line)]


@pytest.mark.parametrize("line", ["By Jan Mar", "By Ann Lee", "Ann Lee | The Times", "By Ann Lee, Staff Writer"])
def test_guard_a_plain_byline_is_no_stamp(line):
    assert byline_writer(line) is None
    assert _parts(line) == [("byline", "", line)]


@pytest.mark.parametrize("line", ["By June Sun | Tuesday, Dec. 29, 2014", "By Ann Lee | Tuesday, Dec. 29, 2014",
                                  "Posted by May on Tuesday, Dec. 29, 2014",
                                  "Posted Tuesday, Dec. 29, 2014 by Jan Sun"])
def test_a_bylines_stamp_is_date_checked(line):
    assert _found(line) == [("dates.weekday-mismatch", "Tuesday, Dec. 29, 2014")]


@pytest.mark.parametrize("line,found", [
    ("By Ann Lee | Feb. 30, 2014", [("dates.impossible-date", "Feb. 30, 2014")]),
    ("By June Sun | Monday, Dec. 29, 2014", []),
    ("By Ann Lee, Tuesday, Dec. 29, 2014 reporter", []),     # no stamp beside the name: not read
])
def test_guard_what_a_bylines_stamp_gives(line, found):
    assert _found(line) == found
