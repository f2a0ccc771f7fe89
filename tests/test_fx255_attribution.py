"""fx255: quotes.unattributed as a copy editor reads it (a quoted headline
with its byline), and nu42 M1 (the continuation convention and the sentence
after the quote). Each test keeps the near miss that must stay flagged."""
from __future__ import annotations

from lint import lint_text
from lint.config import Config

CFG = Config(select=("quotes.unattributed",))


def flagged(text: str) -> list[tuple[int, int]]:
    """(line, column) of each quotes.unattributed finding in a text story."""
    return [(d.line, d.column) for d in lint_text(text, "story.txt", config=CFG)]


def test_a_quoted_headline_with_its_byline_is_a_title():
    reads = ("Culture newsletter\n\n"
             "FAREWELL—“The Living Room to close at the end of December,” by Times’ Ben Sisario: "
             "the club shuts on Sunday.\n\n"
             "—“An NYPD sketch artist gets a gallery show,” by the New York Post’s Amy Spencer.\n")
    assert flagged(reads) == []


def test_by_and_a_time_after_a_quote_is_no_byline():
    assert flagged("Bridge works\n\n“We will finish the bridge before the spring thaw,” by the "
                   "time the council meets.\n") == [(3, 1)]
    # no comma inside the close: the quote runs on into the writer's sentence
    assert flagged("Bridge works\n\n“We will finish the bridge before the spring thaw” by "
                   "Monday at the latest.\n") == [(3, 1)]
