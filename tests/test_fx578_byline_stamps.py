"""fx578: a byline's writer before a CMS stamp (qa430 #5) and the
publication date a saved page's byline stamp gives when nothing else dates
it (nu75 #4). Guards: a stamp's own words are never read as a name, and the
byline stamp never overrides the page's markup or an update."""
import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.readers._html_stamps import byline_writer

PAGE = """<html><head><title>Council approves budget</title>{head}</head><body><article>
<h1>Council approves budget</h1>
<p class="byline">{line}</p>
<p>The city council approved the budget on Monday, officials said in a statement after the meeting.</p>
</article></body></html>"""


@pytest.mark.parametrize("line,name", [
    ("By Ann Lee for The Times | Tuesday, Dec. 29, 2014", "Ann Lee for The Times"),
    ("By Ann Lee | The Times | Tuesday, Dec. 29, 2014", "Ann Lee | The Times"),
    ("By Ann Lee, staff writer | Dec. 29, 2014", "Ann Lee, staff writer"),
    ("By Ann Lee, senior staff writer, The Times | Dec. 29, 2014", "Ann Lee, senior staff writer, The Times"),
    ("June Sun | Dec. 29, 2014", "June Sun"),
])
def test_writer_ends_where_the_stamp_begins(line, name):
    start, end = byline_writer(line)
    assert line[start:end] == name


@pytest.mark.parametrize("line", [
    "Posted Tuesday, Dec. 29, 2014",            # a stamp alone: no name
    "Updated Monday, Dec. 29, 2014 | 10:32 am",
    "By Ann Lee | Tuesday, Dec. 29, 2014 is the day",   # the rest is no stamp
    "By Ann Lee, on Tuesday, Dec. 29, 2014 at noon he said",
    "By Ann Lee, lead, Dec. 29, 2014",           # a lower-case word that is no role
])
def test_guard_no_writer_over_stamp_words_or_prose(line):
    span = byline_writer(line)
    assert span is None or not any(w in line[span[0]:span[1]] for w in ("Tuesday", "Monday", "Dec", "Posted"))


def _dates(line, head=""):
    res = lint_bytes("a.html", PAGE.format(line=line, head=head).encode(),
                     Config(select=("dates.weekday-mismatch",)))
    return [(d.line, d.snippet) for d in res.diagnostics]


@pytest.mark.parametrize("line", ["Posted Tuesday, Dec. 29, 2014", "Tuesday, Dec. 29, 2014",
                                  "By Ann Lee | Posted Tuesday, Dec. 29, 2014"])
def test_guard_a_stamp_alone_or_after_by_keeps_its_weekday_check(line):
    assert _dates(line) == [(3, "Tuesday, Dec. 29, 2014")]
