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


# --- qa385 #4: raw-HTML phrasing elements end a <q> left open in them

@pytest.mark.parametrize("line,want", [
    ("The council met. <em><q>We waited</em> long, Reyes said.", ["We waited"]),
    ('The council met. <a href="x"><q>We waited</a> long, Reyes said.', ["We waited"]),
    ("The council met. <span class=\"x\"><q>We waited</span> long, Reyes said.", ["We waited"]),
    ("The council met. <STRONG><q>We waited</STRONG> long, Reyes said.", ["We waited"]),
    # the raw end tag ends the Markdown emphasis opened inside it too, as a browser pops it
    ("The council met. <span>*<q>We waited</span> long* Reyes said.", ["We waited"]),
    # a `*` renders an <em>, so a raw </em> in it ends it and the <q> (qa392 #7;
    # this line was a stray-tag guard here before)
    ("The council met. *<q>We </em>waited* long, Reyes said.", ["We "]),
])
def test_q_left_open_in_raw_phrasing_ends_with_it(line, want):
    assert _quotes(line) == want


@pytest.mark.parametrize("line,want", [
    # a stray end tag, with no such element open, ends nothing
    ("The council met. <q>We </span>waited long</q> Reyes said.", ["We waited long"]),
    ("The council met. *<q>We </strong>waited* long, Reyes said.", ["We waited"]),
    ("The council met. **<q>We </em>waited** long, Reyes said.", ["We waited"]),
    # a <q> closed by its own end tag inside raw emphasis, or round it
    ("The council met. <em>We <q>waited</q> long</em> Reyes said.", ["waited"]),
    ("The council met. <q>We <span>waited</span> long</q> Reyes said.", ["We waited long"]),
    # a <q> left open outside any element still runs to the paragraph's end
    ("The council met. <q>We waited <b>long</b>, Reyes said.", ["We waited long, Reyes said."]),
    # a void tag opens no level: a line break inside one left open
    ("The council met. <em><q>We<br>waited</em> long, Reyes said.", ["We\nwaited"]),
])
def test_guard_raw_phrasing_round_a_q(line, want):
    assert _quotes(line) == want


def test_unattributed_q_left_open_in_raw_emphasis_is_found_at_its_start(run_cli, tmp_path):
    import json
    from q_element_helpers import SAID, at, rules
    text = MD_HED + f"The council met on Monday. <em><q>{SAID}</em> It rained.\n"
    path = tmp_path / "story.md"
    path.write_bytes(text.encode("utf-8"))
    result = run_cli("check", "--no-cache", "--format", "json", path)
    found = [f for f in json.loads(result.stdout) if f["rule"].startswith("quotes.")]
    assert rules(found) == ["quotes.unattributed"], found
    assert at(text, found) == [text.index(SAID)]
