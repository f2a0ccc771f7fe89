"""fx568: a page's CMS stamp (a byline's beside its writer, a timestamp
field) never unsettles the year an undated story writes for itself (qa423
#3); it still gives that year when the story writes none."""
import pytest

from lint.config import Config
from lint.engine import lint_bytes

PAGE = """<html><head><title>Council approves budget</title></head><body><article>
<h1>Council approves budget</h1>
<p class="{cls}">{line}</p>
{story}
</article></body></html>"""
DATED = ("<p>The council met on Monday, Dec. 29, 2014, to debate the plan.</p>"
         "<p>It voted on Thursday, Dec. 31, officials said.</p>")
YEARLESS = "<p>The council met on Monday to debate the plan.</p><p>It voted on Thursday, Dec. 31, officials said.</p>"


def _found(cls, line, story):
    src = PAGE.format(cls=cls, line=line, story=story).encode()
    res = lint_bytes("a.html", src, Config(select=("dates.weekday-mismatch",)))
    return [d.snippet for d in res.diagnostics]


@pytest.mark.parametrize("cls,line", [
    ("byline", "By Ann Lee | Updated Jan. 3, 2016"),
    ("byline", "By Ann Lee | Sunday, Jan. 3, 2016"),
    ("byline", "January 3, 2016 | 10:32am"),                 # a byline-classed stamp: a timestamp field
    ("byline", "Updated Jan. 3, 2016 at 7:18 am"),           # a timestamp field too
])
def test_a_stamp_of_another_year_leaves_the_storys_year(cls, line):
    assert _found(cls, line, DATED) == ["Thursday, Dec. 31"]


@pytest.mark.parametrize("cls,line", [
    ("byline", "By Ann Lee | Monday, Dec. 29, 2014"),
    ("byline", "Monday, December 29, 2014 | 10:32am"),
])
def test_guard_a_stamp_gives_the_year_when_the_story_writes_none(cls, line):
    assert _found(cls, line, YEARLESS) == ["Thursday, Dec. 31"]


def test_guard_two_years_in_the_story_still_give_none():
    story = DATED + "<p>The last budget passed on Thursday, Jan. 3, 2013.</p>"
    assert _found("byline", "By Ann Lee", story) == []
