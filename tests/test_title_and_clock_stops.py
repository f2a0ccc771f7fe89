"""fx367: the stop of `Rev.` is a title's, as `Mr.` and `Gov.` are
(`abbreviations.TITLE_ABBREVIATION_WORDS`, AP Stylebook "Rev."), and a
weekday's possessive after `p.m.` opens a sentence in the date and tense
splitter (`sentences.SENTENCE_END`) as it does in the quote splitter
(qa230 #1). The nearest cases stay as they were."""
from __future__ import annotations

import pytest
from test_dc48_quote_modifiers import unattributed

from lint.analysis.sentences import sentence_bounds


@pytest.mark.parametrize("text, nxt", [
    ("The vote came at 4 p.m. Tuesday's meeting ran late.", "Tuesday's"),
    ("The vote came at 4 p.m. Tuesday\u2019s meeting ran late.", "Tuesday\u2019s"),
    ("The vote came at 4 p.m. Officials said it was late.", "Officials"),          # as before
    ("He met the Rev. Jesse Jackson. Jackson said no.", "Jackson said"),            # the name's stop ends one
])
def test_a_possessive_day_after_p_m_or_a_stop_after_a_titled_name_opens_a_sentence(text, nxt):
    assert sentence_bounds(text) == [0, text.index(nxt)]


@pytest.mark.parametrize("text", [
    "He met the Rev. Jesse Jackson on Monday.",
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
