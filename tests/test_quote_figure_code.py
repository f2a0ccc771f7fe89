"""A single mark glued to a figure, which nothing in its paragraph closes,
opens a quote left open (`quotes.unbalanced`), whatever follows the figure:
words (`'1984 was the year`), a space (`'771 after`), or a stop and words
(`'1984, the year it began`, qa237 #1 #2). fx365 read a figure a stop ends
as a code (nu50 #4: BBC business/115 `known as '771, after disappointing
clinical trial results`); fx373 took that back, since it silenced real
quotes: those tests stay as strict xfails."""
from __future__ import annotations

import pytest

from test_quotes import body, found, spans, strays

HEAD = "Headline here\n\nMarch 4, 2025\n\n"


# fx373: no shape tells a code from a quote that opens with a figure and a
# stop (`known as '771, after` vs `She said '1984, the year it began, ...`).
NO_SHAPE = ("fx373: no shape tells a code from a quote that opens with a figure and a stop "
            "(known as '771, after vs '1984, the year it began), so both stay unbalanced")


@pytest.mark.xfail(strict=True, reason=NO_SHAPE)
@pytest.mark.parametrize("text", [
    "Glaxo dropped a treatment for obesity, known as '771, after disappointing trial results.",
    "Glaxo dropped a treatment for obesity, known as \u2018771, after disappointing trial results.",
    "The filing (known as '771) was withdrawn on Monday.",
    "The code was '771. Nobody at the company would say more about it.",
    "The inventory lists the part as '771",
])
def test_a_mark_glued_to_a_figure_code_opens_no_quote(text):
    assert spans(body(text)) == []
    assert strays(body(text)) == []
    assert found(HEAD + text + "\n") == []


@pytest.mark.xfail(strict=True, reason=NO_SHAPE)
def test_a_code_inside_a_double_quote_is_no_single_quote_left_open():
    text = '"It failed, known as \'771, after the trials," he said.'
    assert [s[3] for s in spans(body(text))] == ["double"]
    assert strays(body(text)) == []


@pytest.mark.parametrize("text, column", [
    ("'1984 was the year, he said. It changed everything for the town.", 1),   # a figure, then words
    ("The drug, known as '771 after the lab, failed in trials.", 20),          # a space after the figure
    ("'3.5 percent is too much, she said of the rise.", 1),                    # a decimal goes on
])
def test_a_quote_opening_with_a_figure_and_words_is_still_never_closed(text, column):
    assert found(HEAD + text + "\n") == [("quotes.unbalanced", 5, column)]


def test_a_coded_quote_the_paragraph_closes_is_still_a_quote():
    text = "'771, the code, was dropped,' she said."
    assert [(s[1], s[2], s[3]) for s in spans(body(text))] == [(0, 29, "single")]
    assert strays(body(text)) == []


# qa237: a real quote that opens with a year or figure, a stop after it and then
# words, and never closes, is still a quote left open (main flagged each).
@pytest.mark.parametrize("text, column", [
    ("She said '1984, the year it began, and 1985 were hard. Then she left.", 10),
    ("She said: '2024. That was the year.", 11),
    ("'5, 4, 3, 2, 1, liftoff, the controller said.", 1),
    ("He wrote \u20181984: a novel in the margin.", 10),      # a left single mark opens
    ("THEY CHANTED '2024, OUR YEAR, OUR TIME AND THEN LEFT.", 14),
])
def test_qa237_a_quote_opening_with_a_figure_and_a_stop_never_closed_is_flagged(text, column):
    assert ("quotes.unbalanced", 5, column) in found(HEAD + text + "\n")


def test_qa237_a_figure_quote_left_open_inside_a_double_quote_is_flagged():
    text = '"He told me \'1984, the year I left, and walked off," she said.'
    assert ("quotes.unbalanced", 5, 13) in found(HEAD + text + "\n")


# qa313: main flagged each of these real quotes left open; the code reading
# (nu59 #5, taken back) took them for a code because no letter, digit or space follows
# the figure. A percent sign or a hyphen after a figure goes on into words.
@pytest.mark.parametrize("text, column", [
    ("The coach promised '100% effort from every player. Fans remain unconvinced.", 20),
    ("He said '100%. Then he left the room.", 9),
    ("The striker said '110% is what we give every week. The manager agreed.", 18),
    ("He told the crowd '100+ jobs are coming to this town. Few believed him.", 19),
])
def test_qa313_a_quote_left_open_before_a_percent_figure_is_flagged(text, column):
    assert ("quotes.unbalanced", 5, column) in found(HEAD + text + "\n")


def test_qa313_a_percent_quote_left_open_inside_a_double_quote_is_flagged():
    text = '"He promised \'100% effort, every week," she said.'
    assert ("quotes.unbalanced", 5, 14) in found(HEAD + text + "\n")


def test_qa313_a_quote_left_open_before_a_hyphened_figure_is_flagged():
    text = "The governor unveiled her '100-day plan for housing on Monday. Critics called it thin."
    assert ("quotes.unbalanced", 5, 27) in found(HEAD + text + "\n")


def test_qa313_a_misclosed_quote_opening_on_a_figure_is_one_finding_at_its_opening_mark():
    text = "The coach said: '100% effort, every single week,\" and walked off."
    assert [f for f in found(HEAD + text + "\n") if f[0] == "quotes.unbalanced"] == [("quotes.unbalanced", 5, 17)]


def test_qa313_a_quote_left_open_before_a_year_past_2099_is_flagged():
    text = "She warned: '2100, that is when the seas will swallow the town. Nobody moved."
    assert ("quotes.unbalanced", 5, 13) in found(HEAD + text + "\n")
