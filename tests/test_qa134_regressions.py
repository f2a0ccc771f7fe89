"""Faults QA (qa134) found in fx213's fixes for qa127 on lead40: tense
readings (clause_parts.after_main_verb with a finite_past list in
tense.yaml, both since taken back; level_aims.looks_ahead's comparison
test) and weekday lists (date_scan.SECOND_DAY / WEEKDAY_RANGE,
weekday_pairs.weekday_pair). Synthetic input only, under tmp_path; each asserts
the right behaviour and was first a strict xfail; #1-#3 are fixed and
guards now (fx206's plan-verb reading taken back; the comparison's
be/have), #4 and #5 are fixed
(fx218's weekday lists) and guards now."""
from __future__ import annotations


import pytest
from test_qa115_regressions import _dates
from test_qa127_regressions import _rules


# 1 (HIGH, new on lead40; main flags each) ---------------------------------
# fx213's after_main_verb kept the noun reading of a bare plan word
# ("launch", "close") only after a verb on its tense.yaml finite_past list;
# any other finite past (celebrated, declined, finished, chanted) left
# fx206's verb reading, so the past event dated after publication was lost.
# fixed (the lead): fx206's plan-verb-before-a-preposition reading and fx213's finite_past were taken back
@pytest.mark.parametrize("sentence", [
    "Officials celebrated at the campaign launch in the city on March 20.",
    "Shares declined during the market close in the afternoon on March 20.",
    "Stocks finished at the market close in the afternoon on March 20.",
    "Protesters chanted at the campaign launch in the city on March 20.",
])
def test_a_past_verb_off_the_list_before_a_plan_noun_stays_past(run_cli, tmp_path, sentence):
    assert _rules(_dates(run_cli, tmp_path, sentence, "2025-03-01")) == ["dates.after-publication"]


# 2 (HIGH, new on lead40; main flags each) ---------------------------------
# A possessive before the plan word ("the team's return") makes it a noun,
# whatever verb comes before; lead40 read "return" as the main verb.
# fixed (the lead): as above
@pytest.mark.parametrize("sentence", [
    "Fans cheered at the team's return in the city on March 20.",
    "Fans cheered at the team's return to Denver on March 20.",
    "Crowds waited for the team's return to Denver on March 20.",
])
def test_a_plan_word_after_a_possessive_is_a_noun(run_cli, tmp_path, sentence):
    assert _rules(_dates(run_cli, tmp_path, sentence, "2025-03-01")) == ["dates.after-publication"]


# 3 (HIGH, new on lead40; main flags each) ---------------------------------
# looks_ahead's comparison test stops at a form of `be` between `than` and
# the participle, so "than was expected to hit" is read as a plan again.
# fixed (the lead): a form of be or have right after 'than'/'as' is the comparison's own
@pytest.mark.parametrize("sentence", [
    "Shares rose more than was expected to hit the peak of March 20.",
    "Shares rose more than had been expected to hit the peak of March 20.",
])
def test_than_was_expected_to_hit_stays_past(run_cli, tmp_path, sentence):
    assert _rules(_dates(run_cli, tmp_path, sentence, "2025-03-01")) == ["dates.after-publication"]


# 4 (HIGH, new on lead40; main reported an error on this text) -------------
# fx213's _pair checked only the first and last of three listed weekdays, so a
# wrong middle weekday (March 4, 2025 is a Tuesday) went unreported (taken back).
# fixed (fx218): each weekday of a list is checked against its own day, and a
# wrong one is reported at that weekday, naming its date
def test_a_wrong_middle_weekday_in_a_list_is_an_error(run_cli, tmp_path):
    found = _dates(run_cli, tmp_path, "The fair runs Monday, Wednesday and Wednesday, March 3, 4 and 5.",
                   "2025-02-20")
    assert _rules(found) == ["dates.weekday-mismatch"]
    assert "March 4, 2025 is a Tuesday" in found[0]["message"]


# 5 (HIGH, main too) --------------------------------------------------------
# Right weekday lists that SECOND_DAY/WEEKDAY_RANGE do not read as lists:
# a serial comma in a three-item list, four items, a month in mid-list.
# The last weekday is checked against the first day: a false mismatch.
# fixed (fx218): analysis/weekday_lists reads these lists
@pytest.mark.parametrize("sentence", [
    "The fair runs Monday, Tuesday, and Wednesday, March 3, 4, and 5.",
    "The fair runs Monday, Tuesday, Wednesday and Thursday, March 3, 4, 5 and 6.",
    "The fair runs Monday, Tuesday and Wednesday, March 31, April 1 and 2.",
    "The fair runs Friday, Saturday and Sunday, Feb. 28, March 1 and 2.",
])
def test_a_right_weekday_list_is_no_mismatch(run_cli, tmp_path, sentence):
    assert _rules(_dates(run_cli, tmp_path, sentence, "2025-02-20")) == []
