"""Faults QA (qa120) found in fx202 (clause_parts.after_main_verb, tense._read's
level nouns under a future verb) and fx203 (date_scan.SECOND_DAY's year, a
weekday pair's written year) on lead39. Synthetic input only, under
tmp_path; each asserts the right behaviour, a strict xfail until fixed."""
from __future__ import annotations

import pytest

from test_qa115_regressions import _dates   # the dates findings of one sentence, as JSON


# 1 (HIGH, new on lead39) ---------------------------------------------------
# fx202 leaves a level a verb aims at open only when the verb is FUTURE
# ("will hit the peak of April 18"); under a modal ("could", "may", "would")
# or a plan ("is expected to", "is set to", "is forecast to", "are likely to")
# the level is still read as a past baseline, so a forecast peak dated after
# publication is "told in the past tense ('peak of')". main reports nothing.

# fixed by the lead for modal verbs: a modal aims at a level as a future verb does (tense._read);
# fixed (fx206) for an infinitive after a word of a plan (level_aims.looks_ahead)
@pytest.mark.parametrize("sentence", [
    "Demand could hit the peak of March 20.",
    "Demand may reach the peak of March 20.",
    "Demand would hit the high of March 20.",
    "Demand is expected to hit the peak of March 20.",
    "Demand is set to reach its peak of March 20, officials said.",
    "Demand is forecast to hit the peak of March 20.",
])
def test_a_level_a_modal_or_plan_aims_at_is_no_baseline(run_cli, tmp_path, sentence):
    assert _dates(run_cli, tmp_path, sentence, "2025-03-05") == []


# 2 (HIGH, new on lead39) ---------------------------------------------------
# level_comparisons holds "to", so a future verb of motion toward a level
# ("will climb to the peak of", "will rise to the high of") is read as a
# return to a past baseline: a false "past tense ('peak of')" finding.
# main reports nothing.

# fixed (fx206): after a plain "to" the date against publication decides
# (level_aims.aimed_level): after it a target, before it a baseline, so
# qa110 #10's "will in time sink to the lows of late February" stays one.
@pytest.mark.parametrize("sentence", [
    "Prices will climb to the peak of March 20.",
    "Prices will rise to the high of March 20.",
])
def test_a_future_climb_to_a_level_is_no_baseline(run_cli, tmp_path, sentence):
    assert _dates(run_cli, tmp_path, sentence, "2025-03-05") == []


# 3 (HIGH, new on lead39) ---------------------------------------------------
# fx203 reads a pair's year only after a comma ("March 7 and 8, 2026"); the
# single-date reader takes "March 4 2026" without one, but the pair "March 7
# and 8 2026" is checked in the publication year, where it fits, so the
# mismatch (March 7, 2026 is a Saturday) is lost. main reported a finding.

# fixed by the lead: date_scan.SECOND_DAY reads a year after a space too
def test_a_pair_year_without_comma_is_read(run_cli, tmp_path):
    found = _dates(run_cli, tmp_path, "Games are Friday and Saturday, March 7 and 8 2026.", "2025-03-01",
                   "dates.weekday-mismatch")
    assert [f["rule"] for f in found] == ["dates.weekday-mismatch"]
    assert "2026" in found[0]["message"]


# 4 (HIGH, main too) --------------------------------------------------------
# A weekday pair across a month's end ("Monday and Tuesday, March 31 and
# April 1") is no pair: the second weekday is read beside the first date
# ("'Tuesday, March 31'"), a false alarm, though both days are right.

# fixed (fx206): date_scan.SECOND_DAY reads a month before the second day, and
# weekday_pairs.weekday_pair counts the days across the month's (or the year's) end
@pytest.mark.parametrize("said", ["Monday and Tuesday, March 31 and April 1",
                                  "Monday through Wednesday, March 30 to April 1, 2026",
                                  "Wednesday and Thursday, Dec. 31 and Jan. 1, 2026"])
def test_a_pair_across_months_is_no_mismatch(run_cli, tmp_path, said):
    found = _dates(run_cli, tmp_path, f"Talks run {said}.", "2025-03-01", "dates.weekday-mismatch")
    assert found == []


# control: a pair across months with one weekday wrong is still an error, over
# the whole pair, naming the weekday that is wrong against its own day
@pytest.mark.parametrize("said, message", [
    # the last is wrong (April 1, 2025 is a Tuesday)
    ("Monday and Wednesday, March 31 and April 1", "April 1, 2025 is a Tuesday, not a Wednesday"),
    # the first is wrong (March 31, 2025 is a Monday), the last fits
    ("Sunday and Tuesday, March 31 and April 1", "March 31, 2025 is a Monday, not a Sunday"),
    # in the year written after the last day, with or without a comma
    ("Monday and Tuesday, March 31 and April 1 2026", "April 1, 2026 is a Wednesday, not a Tuesday"),
    ("Monday through Wednesday, March 31 to April 2, 2026", "April 2, 2026 is a Thursday, not a Wednesday"),
    # across the year's end: Jan. 1, 2026 is a Thursday
    ("Thursday and Friday, Dec. 31 and Jan. 1, 2026", "January 1, 2026 is a Thursday, not a Friday"),
])
def test_a_pair_across_months_with_a_wrong_weekday_is_a_mismatch(run_cli, tmp_path, said, message):
    text = f"Talks run {said}."
    found = _dates(run_cli, tmp_path, text, "2025-03-01", "dates.weekday-mismatch")
    assert [(f["rule"], f["level"]) for f in found] == [("dates.weekday-mismatch", "error")]
    assert message in found[0]["message"]
    assert text[found[0]["column"] - 1:found[0]["end_column"] - 1] == said


# 5 (HIGH, main too) --------------------------------------------------------
# A participle on the subject with a preposition after it ("evicted in the
# dispute"), then a present main verb of a plan that a preposition follows
# ("appear in court", "start at the school", "move into"): fx202 calls such a
# bare plan verb a noun (its docstring says "appears in court" still counts),
# so the date is the participle's and a scheduled event is "told in the
# past tense". lead39 itself gets "displaced by the fire move into" right.

@pytest.mark.xfail(strict=True, reason="(fx206's fix, with fx213's finite_past list, was taken back after qa127 #2 and qa134 #1/#2: it read a plan noun after any past verb not on a hand-made list as the main verb, hiding main's findings) a plan verb before a preposition is no main verb, so the date goes to the participle")
@pytest.mark.parametrize("sentence", [
    "Tenants evicted in the dispute appear in court on March 20.",
    "Students enrolled in the program start at the school on March 20.",
    "Residents displaced in the floods move into new homes on March 20.",
])
def test_a_plan_verb_with_a_preposition_is_the_main_verb(run_cli, tmp_path, sentence):
    assert _dates(run_cli, tmp_path, sentence, "2025-03-05") == []
