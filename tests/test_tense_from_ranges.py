"""A range opened by `from` ("from May 5 to May 8") right after its verb
group is read by that verb as a single date is (qa171 #8): a future one,
plain, passive, with an adverb or with `be` and an adjective, is told
future. A range after a past verb is left unread: it may be told in an
earlier year or as a habit (qa173 #1-#2). A lone `from`, a baseline and a
retroactive start are left unread, as before."""
from __future__ import annotations

import datetime as dt

import pytest

from date_kind_helpers import tense_findings

BEFORE = dt.date(2026, 5, 4)    # May 5 and May 8 are after publication
AFTER = dt.date(2026, 6, 1)     # they are before publication


def _both(kind: str, sentence: str) -> list[tuple[str, int, int]]:
    return [(kind, 3, sentence.index("May 5") + 1), (kind, 3, sentence.index("May 8") + 1)]


@pytest.mark.parametrize("sentence", [
    "The festival ran from May 5 to May 8.",
    "The festival was held from May 5 through May 8.",
    "The festival took place from May 5 until May 8.",
    "The fair, which lasted from May 5 to May 8, drew crowds.",
    "The strike ran daily from May 5 to May 8.",
    "The festival was again held from May 5 to May 8.",        # an adverb in a past group: still past
])
def test_a_past_span_is_left_unread(sentence):
    # qa173 #1-#2: "... in 2025", "usually ran from", "... every year" tell
    # another year's span or a habit, and nothing reads those for a range.
    assert tense_findings(sentence, BEFORE) == []
    assert tense_findings(sentence, AFTER) == []
    for told in (sentence[:-1] + " in 2025.", "Usually, t" + sentence[1:]):
        assert tense_findings(told, BEFORE) == []


@pytest.mark.parametrize("sentence", [
    "The festival will be held from May 5 through May 8.",
    "The festival will run daily from May 5 to May 8.",
    "The gallery will be open from May 5 to May 8.",
    "The festival will be staged from May 5 to May 8.",
    "The festival will be held online again from May 5 to May 8.",   # qa173 #3
    "Flights will run there from May 5 to May 8.",
    "The festival will again be held from May 5 to May 8.",     # an adverb between will and be
    "The festival will once more take place from May 5 to May 8.",
    "The festival will again take place from May 5 to May 8.",
])
def test_a_future_span_is_told_future(sentence):
    assert tense_findings(sentence, BEFORE) == []
    assert tense_findings(sentence, AFTER) == _both("future-tense-past-date", sentence)


@pytest.mark.parametrize("sentence", [
    "The vote was moved from May 5 to May 8.",          # the moving is done, the vote ahead
    "He was suspended from May 5 to May 8.",            # the ruling is done, the ban maybe ahead
    "The festival ran from May 5.",                     # a lone start
    "The festival was held from May 1 to May 8.",       # a span under way at publication
    "The new rate will apply retroactively from May 5 to May 8.",
    "The pay will be backdated from May 5 to May 8.",
    "Sales will be compared with those from May 5 to May 8.",
    "The festival held from May 5 to May 8 will draw crowds.",   # a participle on the subject
])
def test_other_readings_of_from_stay_silent(sentence):
    assert tense_findings(sentence, BEFORE) == []


@pytest.mark.parametrize("sentence", [
    "The new rate will apply retroactively from May 5 to May 8.",
    "The pay will be backdated from May 5 to May 8.",
    "Sales will be compared with those from May 5 to May 8.",
    "The festival would run from May 5 to May 8.",
    "The report will show sales from May 5 to May 8.",   # an object between: the sales are the past ones
    "The report will again show sales from May 5 to May 8.",
    "The festival would again run from May 5 to May 8.",
])
def test_no_future_reading_for_a_start_back_in_time_or_a_modal(sentence):
    assert tense_findings(sentence, AFTER) == []


# nu45 H2: a day range closed by a hyphen or a dash ("from May 5-8") is read
# as one closed by a word ("from May 5 through 8") is: one finding, at its
# first day; a past one stays unread as a worded past range does.
DASHED = ["{} from May 5-8.", "{} from May 5–8.", "{} from May 5 - 8.", "{} from May 5-May 8."]


@pytest.mark.parametrize("form", DASHED)
@pytest.mark.parametrize("verb", ["The festival will be held", "The festival will run daily",
                                  "The gallery will be open", "The festival will take place"])
def test_a_future_day_range_with_a_dash_is_told_future(form, verb):
    sentence = form.format(verb)
    assert tense_findings(sentence, BEFORE) == []
    assert tense_findings(sentence, AFTER) == [("future-tense-past-date", 3, sentence.index("May 5") + 1)]


@pytest.mark.parametrize("published", [BEFORE, AFTER])
def test_a_dashed_range_reads_as_the_worded_one(published):
    dashed = "The festival will be held from May 5-8."
    worded = "The festival will be held from May 5 through 8."
    assert tense_findings(dashed, published) == tense_findings(worded, published)


@pytest.mark.parametrize("form", DASHED)
@pytest.mark.parametrize("verb", ["The festival ran", "The festival was held",
                                  "The new rate will apply retroactively", "The festival would run",
                                  "The report will show sales", "The vote was moved"])
def test_a_dashed_range_after_a_past_verb_or_a_start_back_stays_unread(form, verb):
    sentence = form.format(verb)
    assert tense_findings(sentence, BEFORE) == []
    assert tense_findings(sentence, AFTER) == []
