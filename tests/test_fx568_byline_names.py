"""fx568: a byline writer's name ends where its stamp opens with no mark
between (qa423 #1), and a date read from the name's last word is cut back
to the stamp's pieces, not dropped (qa423 #2); the nearest shapes keep
their reading."""
import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.readers._html_stamps import byline_writer

PAGE = """<html><head><title>Council approves budget</title></head><body><article>
<h1>Council approves budget</h1>
<p class="byline">{line}</p>
<p>The city council approved the budget on Monday, officials said in a statement after the meeting.</p>
</article></body></html>"""


def _writer(line):
    span = byline_writer(line)
    return None if span is None else line[span[0]:span[1]]


def _dates(line):
    res = lint_bytes("a.html", PAGE.format(line=line).encode(),
                     Config(select=("dates.weekday-mismatch", "dates.impossible-date")))
    return [(d.rule, d.column, d.snippet) for d in res.diagnostics]


@pytest.mark.parametrize("line,name", [
    ("By June Sun Tuesday, Dec. 29, 2014", "June Sun"),
    ("By June Sun Mon, Dec. 29, 2014", "June Sun"),          # a short weekday after the second word opens the stamp
    ("By Ann Tuesday, Dec. 29, 2014", "Ann"),                # a one-word name before a full weekday
    ("By June Sun Last updated Dec. 29, 2014", "June Sun"),
    ("By Ann Lee 29 December 2014", "Ann Lee"),              # a day figure after the name takes no word from it
    ("By June Sun, Feb. 30, 2014", "June Sun"),
    ("By Jan Sun Dec. 29, 2014", "Jan Sun"),
])
def test_the_name_ends_where_the_stamp_opens(line, name):
    assert _writer(line) == name


@pytest.mark.parametrize("line", ["By May 29", "By April Summer", "Posted by: Tuesday, Dec. 29, 2014"])
def test_guard_no_name_read(line):
    assert _writer(line) is None


@pytest.mark.parametrize("line,found", [
    ("By June Sun Feb. 30, 2014", [("dates.impossible-date", 31, "Feb. 30, 2014")]),
    ("By June Sun, Feb. 30, 2014", [("dates.impossible-date", 32, "Feb. 30, 2014")]),
    ("By June Sun Tue, Dec. 29, 2014", [("dates.weekday-mismatch", 31, "Tue, Dec. 29, 2014")]),
    ("By June Sun Mon, Dec. 29, 2014", []),                   # its right weekday
    ("By June Sun | Monday, Dec. 29, 2014", []),              # the right weekday: nothing to say
    ("By June Sun Dec. 29, 2014", []),                         # no weekday left in the name
])
def test_the_stamp_is_checked_at_its_own_text(line, found):
    assert _dates(line) == found


@pytest.mark.parametrize("line,name", [
    ("By Ann Lee and Bob Cho | Tuesday, Dec. 29, 2014", "Ann Lee and Bob Cho"),
    ("By Ann Lee, Associated Press | Tuesday, Dec. 29, 2014", "Ann Lee, Associated Press"),
    ("By Ann Lee, Bob Cho and Dana Fox Updated Dec. 29, 2014", "Ann Lee, Bob Cho and Dana Fox"),
    ("By Jan Sun, Tuesday, Dec. 29, 2014", "Jan Sun"),          # a weekday after the comma opens the stamp
    ("By Will May, May 29, 2014", "Will May"),
])
def test_more_writers_or_an_affiliation_join_the_name(line, name):
    assert _writer(line) == name


@pytest.mark.parametrize("line", ["By Ann Lee and Bob Cho", "By Ann Lee, Associated Press",
                                  "By Ann Lee and Bob Cho | Metro desk"])
def test_guard_no_stamp_no_writer_span(line):
    assert _writer(line) is None


def test_a_shared_bylines_stamp_is_checked_at_its_text():
    assert _dates("By Ann Lee and Bob Cho | Tuesday, Dec. 29, 2014") == \
        [("dates.weekday-mismatch", 44, "Tuesday, Dec. 29, 2014")]


def _kinds(line):
    from lint.readers import read_bytes
    return [p.kind + ("/" + p.name if p.name else "") for p in read_bytes("a.html", PAGE.format(line=line).encode()).parts
            if p.kind in ("byline", "field")]


@pytest.mark.parametrize("line", ["Monday, June 29, 2014 | 10:32am", "Mon Dec 29, 2014 / 10:32 am",
                                  "December 29, 2014 - 10:32am", "Tuesday, Dec. 29, 2014"])
def test_guard_a_stamp_alone_stays_a_timestamp_field(line):
    assert _kinds(line) == ["field/timestamp"]


@pytest.mark.parametrize("line", ["June Sun, Dec. 29, 2014", "June Sun / Dec. 29, 2014", "June Sun - Dec. 29, 2014"])
def test_a_name_of_month_and_weekday_words_before_a_mark_is_a_byline(line):
    assert _kinds(line) == ["byline"] and _writer(line) == "June Sun"
