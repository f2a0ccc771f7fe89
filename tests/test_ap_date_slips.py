"""nu22 #10: two AP date slips, `December 1, 2026 at 10 a.m.` (no comma after
the year mid-sentence) and `11/2/2026` (a date in figures); both quiet in
tables, code, URLs and front matter."""
from __future__ import annotations

from lint import lint_text
from lint.config import Config

SLIPS = Config(select=("style.date-year-comma", "style.numeric-date"))


def _found(text: str, path: str = "s.md"):
    return [(d.rule, d.line, d.column, d.fix.replacement if d.fix else None)
            for d in lint_text(text, path, config=SLIPS)]


def test_both_slips_in_copy():
    line = "The council meets December 1, 2026 at 10 a.m. Ballots are due 11/2/2026."
    assert _found(f"# Vote\n\n{line}\n") == [
        ("style.date-year-comma", 3, line.index("2026 at") + 1, "2026,"),
        ("style.numeric-date", 3, line.index("11/2") + 1, None)]


def test_quiet_in_front_matter_tables_code_and_urls():
    text = ("---\ntitle: Vote\ndate: 11/2/2026\nnote: Dec. 1, 2026 at noon\n---\n\n"
            "| when | due |\n|---|---|\n| Dec. 1, 2026 at noon | 11/2/2026 |\n\n"
            "Run `vote --on 11/2/2026` or see [the notice](https://example.com/11/2/2026/vote).\n\n"
            "```\nDec. 1, 2026 at noon 11/2/2026\n```\n")
    assert _found(text) == []


def test_quiet_in_an_html_table():
    text = ("<html><head><title>Vote</title></head><body><article><h1>Vote</h1>"
            "<p>The council met on Monday to set the dates for the vote.</p>"
            "<table><tr><td>Dec. 1, 2026 at noon</td><td>11/2/2026</td></tr></table>"
            "</article></body></html>")
    assert _found(text, "s.html") == []


def test_a_two_digit_year_and_a_day_first_date():
    # a two-digit year needs a word that takes a date before it (qa47 #5)
    found = lint_text("# Vote\n\nBallots went out on 25/12/26 to every home.\n", "s.md", config=SLIPS)
    assert [d.message.split(" is ", 1)[1] for d in found] == ["'Dec. 25, '26'"]
    assert _found("# Vote\n\nBallots went out 25/12/26 to every home.\n") == []
    # FNC-1 #906's headline-like line: a date, after `Beginning`
    assert [f[0] for f in _found("# Vote\n\nMcDonald's stops serving them Beginning 1/1/15.\n")] == [
        "style.numeric-date"]


def test_numeric_date_quiet_where_figures_are_not_copy():
    # qa47 #5: stat lines, a plain-text table, a dateline, a subhead, a quotation, a stamp
    assert _found("# Game\n\nHe went 3/10/26 from three; splits were 4/9/20 and 5/12/40.\n") == []
    assert _found("Ballots\n\nDate      Ballots\n11/2/2026 4,120\n11/3/2026 3,990\n", "s.txt") == []
    assert _found("Ballots\n\nNEW YORK, 11/2/2026 (Reuters) - Ballots are due.\n", "s.txt") == []
    assert _found("# Ballots\n\n## Deadline 11/2/2026\n\nBallots are due soon.\n") == []
    assert _found('# Ballots\n\n"Mail it by 11/2/2026," the clerk said.\n') == []
    assert _found("Ballots\n\nSTORY_DATE: 05/09/2014\n\nBallots are due.\n", "s.txt") == []
    assert _found("Ballots\n\nBallots are due. STORY_DATE: 05/09/2014 STORY_TIME: 1324 GMT\n", "s.txt") == []
    # ... while the same figures in copy are read, beside a quotation too
    line = '"Mail it," the clerk said of the 11/2/2026 deadline.'
    assert _found(f"# Ballots\n\n{line}\n") == [
        ("style.numeric-date", 3, line.index("11/2") + 1, None)]
    # one line with figures in a paragraph is no table
    assert _found("Ballots\n\nThe tally read\n11/2/2026 4,120 in all.\n", "s.txt") == [
        ("style.numeric-date", 4, 1, None)]


def test_year_comma_leaves_quotations_links_and_onward():
    # qa47 #6: no edit inside a direct quotation, no comma into a link's text
    assert _found('# Vote\n\n"We meet Dec. 1, 2026 at noon," the mayor said.\n') == []
    line = "The council meets [Dec. 1, 2026](https://example.com/agenda) at noon."
    assert _found(f"# Vote\n\n{line}\n") == [("style.date-year-comma", 3, line.index("2026") + 1, None)]
    html = ("<html><body><h1>Vote</h1><p>The council meets <a href='https://example.com/a'>"
            "Dec. 1, 2026</a> at noon.</p></body></html>")
    assert [f[3] for f in _found(html, "s.html")] == [None]
    # qa49 #8: inline HTML's link in Markdown, its text ending with the year (and in emphasis)
    for link in ('<a href="https://example.com/a">Dec. 1, 2026</a>', '<A HREF="/a"><em>Dec. 1, 2026</em></A>'):
        line = f"The council meets {link} at noon."
        assert _found(f"# Vote\n\n{line}\n") == [("style.date-year-comma", 3, line.index("2026") + 1, None)]
    # a link around more than the date takes the comma inside it, where it belongs
    line = "The council [meets Dec. 1, 2026 at noon](https://example.com/agenda)."
    assert _found(f"# Vote\n\n{line}\n") == [("style.date-year-comma", 3, line.index("2026") + 1, "2026,")]
    assert _found("# Vote\n\nThe rules apply from Jan. 1, 2026 onward.\n") == []
