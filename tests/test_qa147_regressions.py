"""qa147: licence notes on lines of their own under a caption's credit (fx231).

Each test asserts the right behaviour and was a strict xfail until fx233
fixed all three: the comments tell the faults as found."""
from __future__ import annotations

import pytest

from lint.analysis.credits import read_credit
from story_helpers import captions_run, page


def _lint(caption: str):
    """(the captions rules' ids, the credit parts' texts) of a page with one
    figure captioned `caption`."""
    doc, found = captions_run(page(caption), "story.html")
    credits = [p.text for p in doc.parts if p.kind == "credit"]
    return [d.rule for d in found], credits


# 1 (HIGH, new: main, 9f4b468a, reported nothing): a credit followed by two
# licence lines (a dual licence, as Wikimedia files carry) was lost and the
# caption reported missing-credit, though "(AP Photo/Jane Doe)" stands there.
# With commas or brackets between the licences it was found.
# fixed (af82913a): a licence note may end at a line break, so each line is set aside
@pytest.mark.parametrize("caption, credit", [
    ("Water rises in Lima on Monday. (AP Photo/Jane Doe)<br>CC BY-SA 4.0<br>CC BY-SA 3.0",
     "(AP Photo/Jane Doe)"),
    ("<p>Water rises in Lima on Monday.</p><p>Jane Doe/Flickr</p><p>CC BY 2.0</p><p>Public domain</p>",
     "Jane Doe/Flickr"),
])
def test_a_credit_above_two_licence_lines_is_still_the_credit(caption, credit):
    rules, credits = _lint(caption)
    assert rules == []
    assert credits == [credit]


def test_read_credit_sets_aside_each_of_two_licence_lines():
    text = "Water rises in Lima on Monday. (AP Photo/Jane Doe)\nCC BY-SA 4.0\nCC BY-SA 3.0"
    span, notes = read_credit(text)
    assert span is not None and text[slice(*span)] == "(AP Photo/Jane Doe)"
    assert [text[a:b] for a, b in notes] == ["\nCC BY-SA 4.0", "\nCC BY-SA 3.0"]


# 2 (HIGH, new): a bare name line above two licence lines: credit_block looked
# only two lines up (`for _ in range(2)`), so "Jane Doe" was no credit and the
# caption was missing-credit; with one licence line "Jane Doe" was the credit.
# fixed (a1b8466d): credit_block passes over every licence-only line at the end
def test_a_name_line_above_two_licence_lines_is_the_credit():
    rules, credits = _lint("Water rises in Lima on Monday.<br>Jane Doe<br>CC BY-SA 4.0<br>CC BY-SA 3.0")
    assert rules == []
    assert credits == ["Jane Doe"]


# 3 (HIGH, new): a licence line ending in a slash ("CC BY-SA 4.0 /") above a
# second licence line is taken as the credit, so the caption's real credit
# is dropped and malformed-credit says "nothing after the slash: name the
# agency" about a licence.
# fixed (a1b8466d): a licence line ending in ' /', ',', ';' or '|' is a licence line
def test_a_slashed_licence_line_is_no_credit_line():
    rules, credits = _lint("Water rises in Lima on Monday. (AP Photo/Jane Doe)<br>CC BY-SA 4.0 /<br>CC BY-SA 3.0")
    assert "captions.malformed-credit" not in rules
    assert credits == ["(AP Photo/Jane Doe)"]
