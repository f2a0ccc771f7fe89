"""qa170: QA of fx271 (nu43 quote fixes) on lead44. Each test asserts the
right behaviour for a fault qa170 found; all are fixed now (fx282, fx290 for
#2/#3), so they guard against its return. Stories are synthetic, written here."""
from __future__ import annotations

import pytest

from story_helpers import ferry_page, found_at, messages_at

WIRE = "LONDON, March 3 (Reuters) - "
HEAD = "Stadium lease deal criticised\n\nLONDON — The council approved a new lease on Tuesday.\n\n"


def _lease(dateline: str, before: str, after: str) -> str:
    """Headline, a lede opened by `dateline`, `before` (line 5), then a quote followed by `after` (line 7)."""
    return (f"Stadium lease deal criticised\n\n{dateline}The council approved a new stadium lease "
            f"on Tuesday.\n\n{before}\n\n“The team has been a good partner for thirty years.” {after}\n")


REPORTED = "Mayor Ann Smith said the lease gave away far too much public money."


# --- 1: a nested quote's turned opening mark inside an AP run-on quote --------

def test_nested_turned_single_inside_run_on_quote_is_not_a_misclosed_double():
    text = HEAD + ("“My mother used to say, ’Never quit.’ She said it every day.\n\n"
                   "“I still hear it,” Ames said.\n")
    # AP run-on: paragraph 5 has no closing mark and paragraph 7 reopens with “; Ames speaks both
    assert found_at(text, "story.txt", "quotes.unattributed") == []
    assert [m for m in messages_at(text, "story.txt", "quotes.unbalanced") if "other kind" in m[2]] == []


# --- 2, 3: another speaker after the quote, once not seen by another_speaks ---

def test_wire_another_speaker_with_an_appositive_breaks_the_reported_reading():
    text = _lease(WIRE, REPORTED, "Ames, the club's lawyer, said he would appeal.")
    assert found_at(text, "story.txt", "quotes.unattributed") == [(7, 1)]


def test_wire_another_common_noun_speaker_breaks_the_reported_reading():
    text = _lease(WIRE, REPORTED, "A club spokesman said he would appeal.")
    assert found_at(text, "story.txt", "quotes.unattributed") == [(7, 1)]


# --- 4: 'according to' is a tag too ------------------------------------------

def test_misclosed_double_before_according_to_is_one_mismatch_at_its_opening():
    text = HEAD + "“We left early,’ according to Ames. “We were lucky,” he added.\n"
    found = messages_at(text, "story.txt", "quotes.unbalanced")
    assert [(line, col) for line, col, _ in found] == [(5, 1)]
    assert "other kind" in found[0][2]


# --- 5: a tag whose speaker has an abbreviated title -------------------------

@pytest.mark.parametrize("tag", ["Sen. Ames said.", "Dr. Ames said.", "Ames Jr. said."])
def test_misclosed_double_before_a_titled_speakers_tag_is_reported(tag):
    text = HEAD + f"“We left early,’ {tag}\n\n“We were lucky,” Smith said.\n"
    found = messages_at(text, "story.txt", "quotes.unbalanced")
    assert [(line, col) for line, col, _ in found] == [(5, 1)]
    assert "other kind" in found[0][2]


# --- 6: an apostrophe inside a nested single quote, in an AP run-on quote ---

@pytest.mark.parametrize("first", [
    "“He told us, ‘The players’ union is done.’ He said it twice.",
    "“The coach said, ‘Go to the Smiths’ house.’ We said no.",
    "“We sang ‘Rock ’n’ roll.’ They said stop.",
    "“We sang ‘Rockin’ all night.’ They said stop.",
])
def test_apostrophe_in_nested_single_quote_does_not_end_a_run_on_double_quote(first):
    text = HEAD + first + "\n\n“We stayed,” Ames said.\n"
    assert found_at(text, "story.txt", "quotes.unbalanced") == []
    assert found_at(text, "story.txt", "quotes.unattributed") == []


# --- 7: an empty emphasis element after a held <br><br> ----------------------

@pytest.mark.parametrize("empty", ["<em></em>", "<b></b>", "<strong></strong>"])
def test_empty_inline_element_after_a_held_break_still_ends_the_paragraph(empty):
    body = f"<p>“Service resumes at 4 p.m.<br><br>{empty}“We are ready,” Ruiz said.</p>"
    # as with no element, or with <span></span>: two paragraphs, the first quote runs on into the second
    assert found_at(ferry_page(body), "story.html", "quotes.unbalanced") == []
