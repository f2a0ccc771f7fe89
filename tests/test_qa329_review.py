"""qa329: review of nu66 (fx466): the left single mark (‘) typed for an
apostrophe (1990‘s, Hawai‘i ‘s, players‘ union), a ‘ turned to close a ‘
quote, and a spaced ‘n’ that closes no quote.

#1 a spaced ‘s (1990 ‘s, Hawai‘i ‘s, Chardin ‘s) followed in its paragraph
   by a plural possessive's ‘ (players‘ union): the scan pairs the two marks
   as a quote, so the ‘s finding is lost; in one sentence the plural mark is
   called "turned the wrong way" (an error, no fix), across a sentence end
   neither mark is flagged.
#2 ‘Stop the Steal‘ is no longer called turned when any ’ before no letter
   follows in the paragraph, even one that cannot close the quote: the
   closing mark of a quote of its own (‘no’) or rock ’n’ roll's elision
   mark, which nu66 #5 itself says closes no quote.
#3 quotes.mixed-marks loses its fix in a paragraph holding a turned ‘ (the
   new "turned" stray marks it unbalanced), where before nu66 --fix curled
   the double marks and turned the ‘ round; the turned finding has no fix.
Each xfail passes when fixed; the guards next to them pass now."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes
from story_helpers import story_file as _file

QUOTES = ("quotes",)
L, R = "\u2018", "\u2019"
CURLY_LEAD = "\u201cWe will finish the bridge,\u201d the mayor said. \u201cIt opens in May,\u201d she added.\n\n"


def _found(body: str, kind: str = "txt"):
    """(rule, offset in `body`, message) of each quotes finding."""
    path, data = _file(kind, body)
    start = data.decode("utf-8").index(body)
    return [(d.rule, d.offset - start, d.message) for d in lint_bytes(path, data, Config(select=QUOTES)).diagnostics]


def _fixed(body: str, kind: str = "txt") -> str:
    path, data = _file(kind, body)
    return fix_bytes(path, data, Config(select=QUOTES)).fixed


# --- #1 ------------------------------------------------------------------------

SPACED_THEN_PLURAL = [
    f"The 1990 {L}s rules and the players{L} union met on Tuesday, Lee said.",
    f"The governor said Hawai{L}i {L}s coast and the players{L} union were closed on Tuesday.",
    f"The painter Chardin {L}s work and the players{L} union met on Tuesday, Lee said.",
    f"The 1990 {L}s rules were loud. The players{L} union met on Tuesday, Lee said.",
]


@pytest.mark.parametrize("kind", ["txt", "md"])
@pytest.mark.parametrize("body", SPACED_THEN_PLURAL)
def test_a_spaced_s_then_a_plural_mark_are_two_apostrophe_findings(body, kind):
    # every ‘ but the one inside Hawai‘i
    marks = [i for i, ch in enumerate(body) if ch == L and not (body[i - 1].isalpha() and body[i + 1].isalpha())]
    assert [(rule, at) for rule, at, _ in _found(body, kind)] == [("quotes.apostrophe-mark", at) for at in marks]


@pytest.mark.parametrize("body", [
    f"The 1990{L}s rules and the players{L} union met on Tuesday, Lee said.",     # joined ‘s: both found
    f"The players{L} union and the owners{L} group met on Tuesday, Lee said.",    # two plurals
    f"The {L}90s rules and the players{L} union met on Tuesday, Lee said.",       # a clipped decade first
])
def test_two_apostrophe_marks_in_a_sentence_are_both_found(body):
    found = _found(body)
    assert [rule for rule, _, _ in found] == ["quotes.apostrophe-mark"] * (body.count(L) - body.count(f"{L}90"))


def test_a_spaced_s_alone_is_still_found():
    body = f"The governor said Hawai{L}i {L}s coast was closed on Tuesday."
    assert [(rule, at) for rule, at, _ in _found(body)] == [("quotes.apostrophe-mark", body.rindex(L))]


# --- #2 ------------------------------------------------------------------------

@pytest.mark.parametrize("after", [
    f" outside. Later the mayor said {L}no{R} to them, Lee said.",
    f" outside the hall and played rock {R}n{R} roll, Lee said.",
    f" outside the hall, and the band played rock {L}n{R} roll, Lee said.",
])
def test_a_turned_close_is_not_hidden_by_a_right_mark_that_cannot_close_it(after):
    body = f"Protesters chanted {L}Stop the Steal{L}{after}"
    found = [(rule, at) for rule, at, msg in _found(body) if "turned" in msg]
    assert found == [("quotes.unbalanced", body.index(f"Steal{L}") + 5)]


def test_a_turned_close_after_a_closed_quote_is_found():
    body = f"{L}We back the union,{R} Lee said. Fans chanted {L}Stop the Steal{L} outside the hall on Tuesday."
    found = _found(body)
    assert [(rule, at) for rule, at, _ in found] == [("quotes.unbalanced", body.rindex(L))]
    assert "turned the wrong way" in found[0][2]


# --- #3 ------------------------------------------------------------------------

def test_mixed_marks_still_fixes_a_paragraph_with_a_turned_single_close():
    body = CURLY_LEAD + f"\"They chanted {L}Stop the Steal{L} all night,\" he said on Tuesday."
    assert f"\u201cThey chanted {L}Stop the Steal{R} all night,\u201d he said" in _fixed(body)


@pytest.mark.parametrize("inner, fixed", [
    (f"The players{L} union is strong,", f"The players{R} union is strong,"),
    (f"The 1990{L}s were loud,", f"The 1990{R}s were loud,"),
    ("We love rock 'n' roll,", "We love rock 'n' roll,"),
    (f"We love rock {L}n{R} roll,", f"We love rock {L}n{R} roll,"),
    (f"We love rock {R}n{R} roll,", f"We love rock {R}n{R} roll,"),
])
def test_mixed_marks_fixes_ordinary_paragraphs(inner, fixed):
    body = CURLY_LEAD + f"\"{inner}\" he said on Tuesday."
    assert f"\u201c{fixed}\u201d he said on Tuesday." in _fixed(body)
