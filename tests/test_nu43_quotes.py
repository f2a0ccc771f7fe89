"""nu43: the new-user trial's quote faults (H1, H2, H3, M1, L3), each with
the near miss that must keep its reading. Stories are our own."""
from __future__ import annotations

import pytest

from lint import lint_text

WIRE = "LONDON, March 3 (Reuters) - "
NEWSPAPER = "LONDON — "


def _found(text: str, rule: str, name: str = "story.txt") -> list[tuple[int, int, str]]:
    """(line, column, message) of each finding of `rule` in `text` read as `name`."""
    return [(d.line, d.column, d.message) for d in lint_text(text, name) if d.rule == rule]


def _at(text: str, rule: str, name: str = "story.txt") -> list[tuple[int, int]]:
    return [(line, column) for line, column, _ in _found(text, rule, name)]


# --- H1: the wire reading does not carry a quote another speaker follows ------

def _lease(dateline: str, before: str, after: str) -> str:
    """A text story: headline, a lede opened by `dateline`, the paragraph
    `before` (line 5), then a quote followed by `after` (line 7)."""
    return (f"Stadium lease deal criticised\n\n{dateline}The council approved a new stadium lease "
            f"on Tuesday.\n\n{before}\n\n“The team has been a good partner for thirty years.” {after}\n")


QUOTED = "“The lease gives away far too much public money for the team,” Smith said."
REPORTED = "Mayor Ann Smith said the lease gave away far too much public money."


@pytest.mark.parametrize("before", [QUOTED, REPORTED])
@pytest.mark.parametrize("after", ["Police said nothing.", "Ames said on Tuesday he would appeal.",
                                   "Nobody said who wrote it."])
@pytest.mark.parametrize("dateline", [WIRE, NEWSPAPER, ""])
def test_a_quote_followed_by_another_speaker_is_unattributed_in_wire_copy_too(dateline, before, after):
    assert _at(_lease(dateline, before, after), "quotes.unattributed") == [(7, 1)]


@pytest.mark.parametrize("after", ["She said the vote was close.", "Smith said on Tuesday she would appeal.",
                                   "The vote is due on Friday."])
def test_wire_reported_speech_still_carries_when_the_speaker_goes_on(after):
    # a pronoun, the same name, or no speech after the quote: the paraphrase's speaker's words
    assert _at(_lease(WIRE, REPORTED, after), "quotes.unattributed") == []
    # ... which only wire copy reads so: a newspaper's paraphrase gives no quote its speaker
    assert _at(_lease(NEWSPAPER, REPORTED, after), "quotes.unattributed") == [(7, 1)]
