"""rr52a #9: a rule's crash is one problem line (`engine`, `_own_reports.CRASHED`) though its
exception's message holds a line break, so every format and a report saved with it keep one line."""
from __future__ import annotations

from lint.readers._own_reports import STDERR, own_report
from test_fx430_mend import _crash

FINDING = "story.md:1:1: error [titles.missing-headline] no headline: the article has no headline or title field"
INCOMPLETE = "Found 1 problem, but the check is incomplete: see the 1 error below."


def test_a_crash_message_with_a_line_break_is_one_line_shown_escaped():
    text = _crash(ValueError("bad\nstate"))
    assert text == "story.txt: internal error in rule x.boom: ValueError: bad\\nstate"
    assert own_report(f"{FINDING}\n{INCOMPLETE}\n{STDERR}{text}\n", "text") == "text"


def test_a_crash_message_of_one_line_is_said_as_written():
    # the nearest case: nothing to escape
    assert _crash(ValueError("bad state")) == "story.txt: internal error in rule x.boom: ValueError: bad state"
