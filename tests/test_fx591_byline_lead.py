"""fx591: a byline-classed line with no "By" whose first segment is any
name, then a CMS stamp ("Will May, Tuesday, Dec. 29, 2014", "Ann Lee |
..."), keeps the stamp's date checks outside the name (qa430 #9); a
segment of stamp words only ("Posted Tuesday, ...") names no one and the
line stays a timestamp field. Synthetic copy only."""
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


def _weekday(line, newline="\n"):
    src = PAGE.format(line=line).replace("\n", newline).encode()
    res = lint_bytes("a.html", src, Config(select=("dates.weekday-mismatch",)))
    return [(d.line, d.column, d.snippet) for d in res.diagnostics]


@pytest.mark.parametrize("line,name", [
    ("Staff Report, Tuesday, Dec. 29, 2014", "Staff Report"),
    ("Ann Lee - Dec. 29, 2014", "Ann Lee"),
    ("Jos\u00e9 N\u00fa\u00f1ez / Dec. 29, 2014 10:32 am", "Jos\u00e9 N\u00fa\u00f1ez"),
])
def test_the_lead_name(line, name):
    span = byline_writer(line)
    assert span is not None and line[span[0]:span[1]] == name


@pytest.mark.parametrize("line", ["Posted Tuesday, Dec. 29, 2014", "Updated Dec. 29, 2014 | 10:32 am"])
def test_a_stamp_of_stamp_words_names_no_one(line):
    assert byline_writer(line) is None
    kinds = [(p.kind, p.name) for p in read_bytes("a.html", PAGE.format(line=line).encode()).parts]
    assert ("field", "timestamp") in kinds


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_the_stamps_weekday_is_flagged_at_its_text(newline):
    assert _weekday("Ann Lee, Tuesday, Dec. 29, 2014 at 10:32 am ET", newline) == [
        (3, 28, "Tuesday, Dec. 29, 2014")]


@pytest.mark.parametrize("line", ["Ann Lee | The Times", "Ann Lee, Monday, Dec. 29, 2014"])
def test_guard_no_stamp_or_a_right_weekday_is_quiet(line):
    assert _weekday(line) == []
