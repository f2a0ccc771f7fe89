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


def _published(line, head=""):
    from lint.readers import read_bytes
    doc = read_bytes("a.html", PAGE.format(line=line, head=head).encode())
    return (doc.published.isoformat() if doc.published else None), doc.published_from


def test_the_byline_stamp_dates_an_undated_page():
    assert _published("By Ann Lee | Monday, Dec. 29, 2014") == ("2014-12-29", "the byline's stamp")
    assert _published("Posted Dec. 29, 2014 by Jan Sun") == ("2014-12-29", "the byline's stamp")
    assert _published("By Ann Lee | Dec. 29, 2014 | Updated Dec. 30, 2014") == ("2014-12-29", "the byline's stamp")


@pytest.mark.parametrize("head,source", [
    ('<meta property="article:published_time" content="2014-12-28T10:00:00">', "2014-12-28"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2014-12-27"}</script>',
     "2014-12-27"),
    ('<link rel="canonical" href="https://example.com/2014/12/26/council-budget/">', "2014-12-26"),
])
def test_guard_the_markup_outranks_the_byline_stamp(head, source):
    assert _published("By Ann Lee | Monday, Dec. 29, 2014", head)[0] == source


@pytest.mark.parametrize("line", ["By Ann Lee | Updated Dec. 29, 2014 at 10:32am",
                                  "By Ann Lee | Modified Monday, Dec. 29, 2014",
                                  "By Ann Lee | Monday, Dec. 29",            # no year
                                  "By Ann Lee, Staff Writer"])               # no stamp
def test_guard_an_update_or_yearless_stamp_gives_no_publication_date(line):
    assert _published(line)[1] != "the byline's stamp"


def test_guard_a_modified_date_alone_leaves_the_stamp_the_publication_date():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "dateModified": "2015-01-05"}</script>'
    assert _published("By Ann Lee | Monday, Dec. 29, 2014", head) == ("2014-12-29", "the byline's stamp")


def _published_story(line, story):
    from lint.readers import read_bytes
    src = PAGE.format(line=line, head="").replace(
        "<p>The city council approved the budget on Monday, officials said in a statement after the meeting.</p>",
        story)
    doc = read_bytes("a.html", src.encode())
    return doc.published.isoformat() if doc.published else None


def test_a_story_year_of_its_own_outranks_the_stamp():
    story = "<p>The council met on Monday, Dec. 29, 2014, to debate the plan.</p>"
    assert _published_story("By Ann Lee | Sunday, Jan. 3, 2016", story) is None
    assert _published_story("By Ann Lee | Tuesday, Dec. 30, 2014", story) == "2014-12-30"
