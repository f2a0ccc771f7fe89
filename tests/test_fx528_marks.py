"""fx528: the inline marks of a part started on demand for loose text (a
`<div>` with no `<p>`): a link round a `<span>` or `<font>` keeps its mark
to the element's end (qa385 #5), and a bold dateline handed on to its
container carries one strong mark, not two (qa385 #7). Guards: the nearest
shapes whose marks stay as they were.

Synthetic input only."""
from __future__ import annotations

import pytest

from q_element_helpers import HEAD, TAIL, paragraphs


def _paras(body):
    return paragraphs(HEAD + body + TAIL)[1:]


@pytest.mark.parametrize("body,want", [
    ('<div><a href="x"><span>Reyes</span></a></div>', [("Reyes", [("link", "Reyes")])]),
    ('<div><em><small>Reyes</small></em></div>', [("Reyes", [("emphasis", "Reyes")])]),
    ('<div><a href="x"><b><span>Reyes</span></b></a></div>', [("Reyes", [("link", "Reyes"), ("strong", "Reyes")])]),
    ('<div><a href="x"><span>Reyes<br><br>Ruiz</span></a></div>', [("Reyes\nRuiz", [("link", "Reyes\nRuiz")])]),
    ('<div><a href="x"><span>Reyes</span></a> <a href="y"><span>Ruiz</span></a></div>',
     [("Reyes", [("link", "Reyes")]), ("Ruiz", [("link", "Ruiz")])]),
])
def test_marks_of_a_phrasing_run_round_an_unmarked_owner_are_kept(body, want):
    assert _paras(body) == want


@pytest.mark.parametrize("body,want", [
    ('<div><a href="x">Reyes</a></div>', [("Reyes", [("link", "Reyes")])]),
    ('<div><span>Reyes</span></div>', [("Reyes", [])]),
    ('<div><a name="x"><span>Reyes</span></a></div>', [("Reyes", [])]),
    ('<div><b><font>Reyes</font></b> and more</div>', [("Reyes and more", [("strong", "Reyes")])]),
])
def test_guard_marks_opening_loose_text(body, want):
    assert _paras(body) == want


# --- qa385 #7: one strong mark over a bold dateline handed on

@pytest.mark.parametrize("body,want", [
    ("<div><strong>LONDON (AP)</strong> -- The council met on Monday.</div>",
     [("LONDON (AP) -- The council met on Monday.", [("strong", "LONDON (AP)")])]),
    ('<div><b>PORTLAND, Ore.</b> -- The council met on <a href="x">Monday</a>.</div>',
     [("PORTLAND, Ore. -- The council met on Monday.", [("strong", "PORTLAND, Ore."), ("link", "Monday")])]),
])
def test_a_bold_dateline_handed_on_has_one_strong_mark(body, want):
    assert _paras(body) == want


@pytest.mark.parametrize("body,want", [
    # a label in bold still ends its own line, with its one mark
    ("<div><b>RELATED</b> -- <a href=\"x\">Budget passes</a></div>",
     [("RELATED", [("strong", "RELATED")]), ("-- Budget passes", [("link", "Budget passes")])]),
    # a bold dateline in a <p> or a table cell is marked by its own element
    ("<td><b>SEOUL, South Korea</b> -- The council met.<br><br>It voted.</td>",
     [("SEOUL, South Korea -- The council met.", [("strong", "SEOUL, South Korea")]), ("It voted.", [])]),
    ("<p><b>PORTLAND, Ore.</b> -- The council met on Monday.</p>",
     [("PORTLAND, Ore. -- The council met on Monday.", [("strong", "PORTLAND, Ore.")])]),
])
def test_guard_bold_lead_ins(body, want):
    assert _paras(body) == want
