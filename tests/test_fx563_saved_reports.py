"""fx563: the SkippedScopes line is newslint's own: a saved report holding it
is one even when every finding is a house style's (qa421 #7); an article
that quotes the line among its own words is still an article."""
from __future__ import annotations

from lint.readers._own_reports import SKIPPED_SCOPES, STDERR, own_report

LINE = STDERR + SKIPPED_SCOPES.format(where="/desk/.vale.ini:2:17", tags="aside, div",
                                      honoured="blockquote, figure, and tags never read as copy")


def test_vale_and_text_reports_with_the_line_are_ours():
    assert own_report(LINE + "\na.md:3:12:House.Latin:Use 'that is' instead of 'i.e.'.\n", "txt") == "vale"
    assert own_report(LINE + "\na.md:3:12: error [House.Latin] Use 'that is'.\n"
                      "Found 1 problem (1 error) in 1 file.\n", "txt") == "text"


def test_guard_house_findings_alone_and_a_quoting_article():
    assert own_report("a.md:3:12:House.Latin:Use 'that is' instead of 'i.e.'.\n", "txt") is None
    assert own_report(LINE + "\nThe desk said the line above was odd.\n", "txt") is None
    assert own_report(LINE.replace("newslint keeps", "Vale keeps") + "\n", "txt") is None
