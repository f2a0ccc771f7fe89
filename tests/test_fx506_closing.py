"""fx506: hygiene.boilerplate's closing tagline read over the lines that run
on into each other (`_closing.Closing`, qa367 #1-#4, #6-#8): a wrapped
tagline is spared as its one line is, a line that ends a sentence ends it
(so a pitch or the phrase on lines of its own under it is reported), a
credit wrapped over two lines is a credit, and a house `closing` anchored
with ^ or \\A holds at the tagline's start."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.config import Config

BOILERPLATE = Config(select=("hygiene.boilerplate",))
STORY = "Ex-treasurer sentenced\n\nKessler must report to prison by Jan. 4.\n\n"
PITCH = "CMS boilerplate in the copy: 'Sign up for our newsletter'; delete it"


def found(text: str) -> list[tuple]:
    return [(d.line, d.column, d.end_line, d.end_column, d.message)
            for d in lint_text(text, "s.txt", config=BOILERPLATE)]


@pytest.mark.parametrize("tail", [
    "By Jane Doe\nCopyright 2026 Reuters. All rights\nreserved.\n",        # a notice opens a line of its own
    "Copyright 2026 Ledger. All rights reserved. This material may not be\npublished.\n",
    "Copyright 2026 Ledger, all rights reserved\nJane Doe contributed to this report.\n",
    "Copyright 2026 Ledger. All rights reserved.\n\nJane Doe and John Roe\ncontributed to this report.\n",
    "Copyright 2026 Ledger. All rights\nreserved.\n\nJane Doe and John Roe\ncontributed to this report.\n",
    "Copyright\n2026\nThe\nLakeshore\nLedger.\nAll rights reserved.\n",          # a word a line, then the phrase
])
def test_a_tagline_read_as_its_one_line_is_spared(tail):
    assert found(STORY + tail) == []


@pytest.mark.parametrize("tail, at", [
    ("\u00a9 2026 Lakeshore Ledger\nSign up for our\nnewsletter.\n", (6, 1, 7, 11)),
    ("\u00a9 2026 Lakeshore Ledger\nSign up for our newsletter.\n", (6, 1, 6, 27)),
    ("Copyright 2026 Lakeshore Ledger.\nSign up for our\nnewsletter.\n(AP)\n", (6, 1, 7, 11)),
])
def test_a_pitch_opening_a_line_under_the_copyright_line_is_reported(tail, at):
    assert found(STORY + tail) == [at + (PITCH,)]


def test_a_wrapped_tagline_with_a_pitch_under_it_is_reported_with_the_pitch():
    got = found(STORY + "Copyright 2026 Ledger. All rights\nreserved.\nSign up for our newsletter.\n")
    assert [f[:4] for f in got] == [(5, 24, 6, 9), (7, 1, 7, 27)]


def test_a_long_last_paragraph_of_copyright_lines_is_read_in_bounds():
    # each match looks at most eight lines back: 2,000 lines, each "Copyright 2026. All rights reserved."
    # the last is the closing line; every other line is reported
    text = STORY + "Copyright 2026 Ledger. All rights reserved.\n" * 2000
    assert len(found(text)) == 1999
