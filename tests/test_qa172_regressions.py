"""qa172: fx280's new reporting verbs (attribution.yaml `reporting_verbs`)
read as speech where they name a deed (urged the horse on, stressed the
beams, admitted the patient, conceded a goal, asserted control). fx280 was
taken back, so those tests are guards now: each asserts main's finding (or
main's silence). The wire-story tests (a title or byline above the dateline)
were strict xfails (main has that fault too) until fx290.
Synthetic input only."""
from __future__ import annotations

import pytest
from story_helpers import found_at

QUOTE = "“We have no money left for the roads this year and nobody will tell us why.”"
WIRE = "LONDON, March 3 (Reuters) - The city council cut its road budget by a third on Tuesday, officials said."


def unattributed(body: str) -> list[tuple[int, int]]:
    return found_at(f"Road money\n\n{body}\n", "story.txt", "quotes.unattributed")


@pytest.mark.parametrize("deed", [
    "The hospital admitted the patient on Monday.",
    "The jockey urged the horse on at the finish.",
    "The team conceded a goal in the last minute.",
    "The engineers stressed the steel beams until they cracked.",
    "The boxer countered with a left hook.",
])
def test_a_deed_paragraph_in_wire_copy_lends_no_speaker_to_the_next_quote(deed):
    assert unattributed(f"{WIRE}\n\n{deed}\n\n{QUOTE}") == [(7, 1)]


@pytest.mark.parametrize("deed", [
    "The army asserted control of the port.",
    "The engineers stressed the metal beams until they cracked.",
])
def test_a_deed_sentence_lends_no_speaker_to_a_quote_in_the_next_sentence(deed):
    body = f"{deed} Even so, {QUOTE[:-2]}”."
    assert unattributed(body) == [(3, body.index("“") + 1)]


@pytest.mark.parametrize("tail", [
    "Jones urged his horse on at the finish.",
    "Engineers stressed the beams until they cracked.",
])
def test_a_deed_after_a_continued_quote_does_not_break_the_continuation(tail):
    first = "“The lease gives away far too much public money to the team owners,” Smith said."
    second = "“The team has been a good partner for thirty years.”"
    assert found_at(f"Stadium lease\n\n{first}\n\n{second} {tail}\n", "story.txt", "quotes.unattributed") == []


GOLF = "Golf-Leading scores at the Honda Classic"
MIAMI = "MIAMI, March 3 (Reuters) - Tiger Woods led by two shots after the first round on Thursday."


@pytest.mark.parametrize("source,name", [
    (f"<html><head><title>{GOLF}</title></head><body><h1>{GOLF}</h1><p>{MIAMI}</p></body></html>", "s.html"),
    (f"---\nauthor: Jo Smith\n---\n\n# {GOLF}\n\n{MIAMI}\n", "s.md"),
    (f"{GOLF}\n\nBy Jo Smith\n\n{MIAMI}\n", "s.txt"),
])
def test_a_wire_story_with_a_page_title_or_byline_reads_its_sport_slug(source, name):
    # control: the same story with only the headline above its dateline is clean
    assert found_at(f"{GOLF}\n\n{MIAMI}\n", "s.txt", "titles.case") == []
    assert found_at(source, name, "titles.case") == []


def test_a_wire_story_on_a_web_page_with_a_title_reads_the_quote_as_reported():
    paras = [WIRE, "Smith said the council had erred on Monday.", QUOTE]
    body = "".join(f"<p>{p}</p>" for p in paras)
    # control: the same page without <title> reads it as wire copy
    assert found_at(f"<html><body><h1>Road money</h1>{body}</body></html>", "s.html", "quotes.unattributed") == []
    page = f"<html><head><title>Road money</title></head><body><h1>Road money</h1>{body}</body></html>"
    assert found_at(page, "s.html", "quotes.unattributed") == []


@pytest.mark.parametrize("plea", ["The driver pleaded guilty to speeding on Monday.",
                                  "The driver pled guilty to speeding on Monday."])
def test_a_guilty_plea_lends_no_speaker_to_the_next_sentences_quote(plea):
    body = f"{plea} {QUOTE}"
    assert unattributed(body) == [(3, body.index("“") + 1)]


@pytest.mark.parametrize("deed", ["The company disclosed a loss in its annual filing.",
                                  "The figures were disclosed in a filing."])
def test_a_disclosure_in_a_filing_lends_no_speaker_to_the_next_sentences_quote(deed):
    body = f"{deed} {QUOTE}"
    assert unattributed(body) == [(3, body.index("“") + 1)]


NOT_A_VERB = ["The accused sat silently in the dock on Monday.",
              "Stressed nurses walked out of the ward on Monday.",
              "She is an acknowledged expert on roads."]


@pytest.mark.parametrize("line", NOT_A_VERB)
def test_a_reporting_verbs_noun_or_adjective_lends_no_speaker_in_wire_copy(line):
    assert unattributed(f"{WIRE}\n\n{line}\n\n{QUOTE}") == [(7, 1)]


@pytest.mark.parametrize("line", NOT_A_VERB[:2])
def test_a_reporting_verbs_noun_or_adjective_lends_no_speaker_to_the_next_sentence(line):
    body = f"{line} Even so, {QUOTE[:-2]}”."
    assert unattributed(body) == [(3, body.index("“") + 1)]
