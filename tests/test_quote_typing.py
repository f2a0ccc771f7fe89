"""A quote mark in template syntax being typed (nu30 #5): `{{< figure src="`
at a story's end is no quote, and a straight mark after `=` opens a value,
so where one is a quote the message says it opens one."""
from __future__ import annotations

import pytest

from lint import lint_text

STORY = "# Budget vote\n\nThe council met on Tuesday.\n\n"


def unbalanced(text: str) -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.message.split(": ", 1)[1])
            for d in lint_text(text, "story.md", select=["quotes.unbalanced"])]


@pytest.mark.parametrize("tag", ['{{< figure src="', '{{% note title="', '{% include image.html caption="',
                                 '{{< figure src="a.jpg" caption="'])
def test_a_tag_left_open_at_the_end_holds_no_quote(tag):
    assert unbalanced(STORY + tag + "\n") == []


def test_marks_before_the_open_tag_are_still_read():
    assert unbalanced(STORY + 'She said "no. {{< figure src="\n') == [
        (5, 10, "it opens a quote that is never closed; add the closing mark, or open the next paragraph "
                "with a quote mark if the quote runs on")]


def test_a_closed_tag_earlier_leaves_a_later_stray_mark_reported():
    # the tag closes: the mark after it is prose again
    assert [c for _, c, _ in unbalanced(STORY + '{{< figure src="a.jpg" >}} The mayor said "no.\n')] == [43]


def test_a_straight_mark_after_an_equals_sign_opens():
    ((line, column, message),) = unbalanced(STORY + 'The editor typed src=" and stopped there.\n')
    assert (line, column) == (5, 22) and message.startswith("it opens a quote that is never closed")
    assert unbalanced(STORY + 'The form read name="Ann" in the end.\n') == []
