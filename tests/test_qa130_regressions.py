"""QA (qa130) of fx214's change to `sentence_ends.STOP_CLOSED` on lead40:
`quote_carry._SENTENCE_END` shares it, so an ellipsis or a closing bracket
after a stop, then a capital, now ends a sentence inside a quote. A quote
opened in a lead-in ending with a colon and closed at the end of the list
under it (`quote_carry.leads_in`) is then read as opened a sentence before
the lead-in, and both its marks are reported as unbalanced, where main
reported none. `title_unsupported._STOP` shares it too: a frame cut at a
mid-sentence ellipsis or `[U.S.]` loses the speaker it names, and the
headline's quote count is then wrongly supported (main's finding lost).
Also: a large chart svg marked aria-hidden (shown, only hidden from screen
readers) is read as no chart in Markdown. Synthetic input only. The
sentence-end faults are fixed (the lead: an ellipsis or a bracket ends a
frame only at a line's end) and are guards now; so is the aria-hidden
chart (fx222)."""
from __future__ import annotations

import pytest

from lint import lint_text
from test_fx214_reread import _unsupported


def _unbalanced(lead_in: str) -> list[tuple[int, int]]:
    text = ("# County sets out plan\n\nThe county said Tuesday it would expand the program.\n\n"
            f"According to the county, \u201c{lead_in}\n\n- train 40 new nurses;\n"
            "- open two clinics by June.\u201d\n\nThe plan costs $2 million, officials said.\n")
    return [(d.line, d.column) for d in lint_text(text, "story.md") if d.rule == "quotes.unbalanced"]


def test_control_a_lead_in_quote_closed_at_the_lists_end_is_no_fault():
    assert _unbalanced("We will work with Denver and Boulder to:") == []


# fixed (lead): STOP_CLOSED takes no ellipsis or bracket again; those end a frame only at a line's end (STOP_AT_LINE_END)
def test_a_spaced_ellipsis_before_a_name_in_a_lead_in_quote_ends_no_sentence():
    assert _unbalanced("We will work with \u2026 Denver and Boulder to:") == []


# fixed (lead): STOP_CLOSED takes no ellipsis or bracket again; those end a frame only at a line's end (STOP_AT_LINE_END)
def test_a_bracketed_abbreviation_in_a_lead_in_quote_ends_no_sentence():
    assert _unbalanced("We work with the [U.S.] Army to:") == []


def test_control_critics_quote_does_not_support_the_senators_words():
    body = "Critics of the bill called it \u201ca total disaster.\u201d The senator did not respond.\n"
    assert _unsupported(body) == [(2, 38)]


# fixed (lead): STOP_CLOSED takes no ellipsis or bracket again; those end a frame only at a line's end (STOP_AT_LINE_END)
@pytest.mark.parametrize("gap", [" \u2026", "\u2026"])
def test_a_mid_sentence_ellipsis_keeps_the_speaker_in_the_frame(gap):
    body = f"Critics of the bill{gap} called it \u201ca total disaster.\u201d The senator did not respond.\n"
    assert _unsupported(body) == [(2, 38)]


# fixed (lead): STOP_CLOSED takes no ellipsis or bracket again; those end a frame only at a line's end (STOP_AT_LINE_END)
def test_a_bracketed_abbreviation_keeps_the_speaker_in_the_frame():
    body = "Critics in the [U.S.] capital called the bill \u201ca total disaster.\u201d The senator did not respond.\n"
    assert _unsupported(body) == [(2, 38)]


# fixed (fx222): aria-hidden is read only where it decides (tests/test_aria_hidden_charts.py)
def test_an_aria_hidden_chart_drawn_large_is_still_a_chart():
    text = ("# County jobless rate falls\n\nThe county's jobless rate fell to 4 percent in May, the state said.\n\n"
            '<figure><svg aria-hidden="true" width="640" height="400"><rect width="100" height="50"/></svg>'
            "<figcaption>The county's jobless rate by month since 2010.</figcaption></figure>\n\n"
            "The rate was 6 percent a year ago, officials said.\n")
    assert [d for d in lint_text(text, "story.md") if d.rule == "captions.missing-credit"] == []
