"""fx571 (qa426 #2): a time glued inside a path, a mail address, a hashtag
or a file name with a capitals' extension is no time (clock_times.a_name_label):
style.time-of-day neither flags nor rewrites it and the clause readers read
no a.m. in it; the nearest real times are still read."""
from __future__ import annotations

import pytest

from lint.analysis.clock_times import glued_halves
from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes

RULE = ("style.time-of-day",)


def _doc(text: str) -> str:
    return f"# Council\n\n{text}\n"


@pytest.mark.parametrize("label", ["photo-6am.PNG", "IMG-6AM.JPG", "IMG_6am.JPG", "x.com/6am-shift.html",
                                   "x.com/6am", "https://x.com/a/6pm", "a/b/6am", "7pm@news.com", "#6am"])
def test_a_label_is_no_time_and_no_finding(label):
    text = f"See {label} for the pictures."
    assert glued_halves(text, 0, len(text)) == frozenset()
    assert lint_bytes("a.md", _doc(text).encode(), Config(select=RULE)).diagnostics == []


@pytest.mark.parametrize("text, fixed", [
    ("The shifts ran 9am/10am daily.", "The shifts ran 9 a.m./10 a.m. daily."),
    ("The show airs 9pm/8c on Fridays.", "The show airs 9 p.m./8c on Fridays."),
    ("The desk works Mon-Fri/6am daily.", "The desk works Mon-Fri/6 a.m. daily."),
    ("The pre-7pm traffic was slow.", "The pre-7 p.m. traffic was slow."),
    ("DOORS 5AM-6AM.THEN CLOSED.", "DOORS 5-6 a.m.THEN CLOSED."),
    ("Doors open @7:30pm on Friday.", "Doors open @7:30 p.m. on Friday."),
    ("The vote was at 6am.The board met.", "The vote was at 6 a.m.The board met."),
])
def test_guard_a_time_beside_a_label_shape_is_still_fixed(text, fixed):
    assert glued_halves(text, 0, len(text))
    got = fix_bytes("a.md", _doc(text).encode(), Config(select=RULE)).fixed
    assert got == _doc(fixed)
