"""fx367: the stop of `Rev.` is a title's, as `Mr.` and `Gov.` are
(`abbreviations.TITLE_ABBREVIATION_WORDS`, AP Stylebook "Rev."). A weekday's
possessive after `p.m.` goes on its sentence in the date and tense splitter
(`sentences.SENTENCE_END`), as on main: `the 5 p.m. Friday’s deadline` is one
noun phrase (qa243 #2, fx376). The nearest cases stay as they were."""
from __future__ import annotations

import pytest
from test_dc48_quote_modifiers import unattributed

from lint import lint_text
from lint.analysis.sentences import sentence_bounds


@pytest.mark.parametrize("text, nxt", [
    ("The vote came at 4 p.m. Officials said it was late.", "Officials"),          # as before
    ("He met the Rev. Jesse Jackson. Jackson said no.", "Jackson said"),            # the name's stop ends one
])
def test_a_capital_after_p_m_or_a_stop_after_a_titled_name_opens_a_sentence(text, nxt):
    assert sentence_bounds(text) == [0, text.index(nxt)]


# qa230 #1 in the date and tense splitter: fx367 split here, and fx376 took it back (qa243 #2):
# nothing in the words tells this sentence end from `the 5 p.m. Friday’s deadline` (one phrase)
@pytest.mark.xfail(strict=True, reason="taken back (fx376, qa243 #2): a weekday's possessive after p.m. "
                   "that opens a sentence is read as going on the time in the date and tense splitter")
@pytest.mark.parametrize("text", ["The vote came at 4 p.m. Tuesday's meeting ran late.",
                                  "The vote came at 4 p.m. Tuesday\u2019s meeting ran late."])
def test_qa230_a_possessive_day_after_p_m_that_opens_a_sentence_splits_dates(text):
    assert sentence_bounds(text) == [0, text.index("Tuesday")]


@pytest.mark.parametrize("text", [
    "He met the Rev. Jesse Jackson on Monday.",
    "The vote came at 4 p.m. Tuesday's meeting.",                                   # as on main (qa243 #2)
    "The vote came at 4 p.m. TUESDAY\u2019S meeting.",
    "The vote came at 4 p.m. Tuesday in Room 4.",
    "The vote came at 4 p.m. EDT on Tuesday.",
    "The vote came at 7 p.m. Nov. 25 in the hall.",
])
def test_a_title_s_stop_or_a_day_after_p_m_ends_no_sentence(text):
    assert sentence_bounds(text) == [0]


@pytest.mark.parametrize("sentence, count", [
    ("The hall filled with the Rev. Brown’s “We will not leave this town” banners at the rally.", 0),
    ("The hall filled with the rev. Brown’s “We will not leave this town” banners at the rally.", 1),
    ("Crowds met the Rev. Brown. Labour’s “We will not leave this town” banners went up at the rally.", 1),
])
def test_a_name_after_the_rev_opens_the_frame(sentence, count):
    assert unattributed(sentence) == count


# qa235 #2 (HIGH): a weekday after `p.m.` before `said` is lent no quote as its speaker
# (`time_follower_names`), so a quote credited only to an email is still told to name who
# issued it, as on main and as without the clock time.
def test_qa235_a_weekday_after_p_m_is_no_speaker_for_a_document_s_quote():
    assert unattributed("An email sent at 11:42 p.m. Thursday said, “The vote was a sham from start to finish.”") == 1


def test_qa235_control_a_document_s_quote_without_a_clock_is_still_flagged():
    assert unattributed("An email sent late Thursday said, “The vote was a sham from start to finish.”") == 1


# qa235 #4 (HIGH): in `_DAY_AFTER_TIME` a closing single quote after the weekday (`‘… p.m. Tuesday’`)
# ends no sentence, so the date after it keeps its sentence's tense, as on main.
@pytest.mark.parametrize("text", [
    "The sign read ‘Closed at 4 p.m. Tuesday’ and nobody came.",
    "The sign read 'Closed at 4 p.m. Tuesday' and nobody came.",
    "The notice, ‘Polls close at 8 p.m. Tuesday’, was posted on the door.",
])
def test_qa235_a_closing_quote_after_a_day_after_p_m_ends_no_sentence(text):
    assert sentence_bounds(text) == [0]


def test_qa235_a_stale_date_after_a_quoted_sign_is_still_flagged():
    src = ("---\ntitle: County posts new polling hours\ndate: 2024-03-06\n---\n\n"
           "The clerk will put up signs reading ‘Polls close at 8 p.m. Tuesday’ on March 1.\n")
    assert "dates.future-tense-past-date" in [d.rule for d in lint_text(src, "story.md")]


# The nearest case of qa235 #4 splits as on main: a plural weekday (`Tuesdays’`) goes on no time.
@pytest.mark.parametrize("text, nxt", [
    ("The vote came at 4 p.m. Tuesdays’ meetings ran late.", "Tuesdays"),
])
def test_qa235_control_a_plural_day_after_p_m_opens_a_sentence(text, nxt):
    assert sentence_bounds(text) == [0, text.index(nxt)]



# qa243 #2 (MED; fx367's possessive split, kept by fx371's narrower lookahead): after
# `the 5 p.m.` the noun phrase has no head yet, so `Friday’s deadline` goes on the sentence
# and the stale date after it keeps its `will`, as on main.
def test_qa243_a_possessive_day_after_the_clock_of_a_noun_phrase_ends_no_sentence():
    assert sentence_bounds("The council will vote before the 5 p.m. Friday’s deadline on March 1.") == [0]


def test_qa243_a_stale_date_after_a_possessive_deadline_is_still_flagged():
    src = ("---\ntitle: County posts new polling hours\ndate: 2024-03-06\n---\n\n"
           "The council will vote before the 5 p.m. Friday’s deadline on March 1.\n")
    assert "dates.future-tense-past-date" in [d.rule for d in lint_text(src, "story.md")]
