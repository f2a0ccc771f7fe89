"""fx528: a Markdown `<q>` and the emphasis, links and raw-HTML phrasing
elements round it (qa385 #4, #6): a `<q>` left open inside one ends at its
end, as a browser ends it; one closed by its own `</q>` is not closed again
by an element round it, so a `<q>` round them all runs to its own `</q>`.

Synthetic input only."""
from __future__ import annotations

import pytest

from q_element_helpers import MD_HED, paragraphs


def _marks(line):
    (text, marks), = paragraphs(MD_HED + line + "\n", "s.md")
    return text, marks


def _quotes(line):
    return [t for k, t in _marks(line)[1] if k == "quotation"]


# --- qa385 #6: a </q> deep inside nested emphasis ends its own <q> only

@pytest.mark.parametrize("line,want", [
    ("<q>We will *<q>fight _on</q>_ today* and win,</q> Reyes said.",
     ["We will fight on today and win,", "fight on"]),
    ("<q>We *will _<q>fight **on</q>** today_ and* win,</q> Reyes said.",
     ["We will fight on today and win,", "fight on"]),
    ("<q>We will [<q>fight *on</q>*](x) today,</q> Reyes said.",
     ["We will fight on today,", "fight on"]),
])
def test_q_closed_deep_in_nested_marks_leaves_the_outer_q_to_its_end(line, want):
    assert _quotes(line) == want


# --- guards: the nearest shapes, unchanged

@pytest.mark.parametrize("line,want", [
    # a </q> in an emphasis ends a <q> opened outside it
    ("<q>He said *it</q> now* and left.", ["He said it"]),
    # one left open in an emphasis ends with it, past an emphasis nested in it
    ("Then *<q>we _all_ waited* a day.", ["we all waited"]),
    # two left open: each ends with its own emphasis
    ("Then *<q>we _<q>all_ waited* a day.", ["we all waited", "all"]),
    # one left open inside a nested emphasis does not outlive it
    ("<q>We will *<q>fight _on_ today* and win,</q> Reyes said.",
     ["We will fight on today and win,", "fight on today"]),
])
def test_guard_q_ends_in_nested_marks(line, want):
    assert _quotes(line) == want
