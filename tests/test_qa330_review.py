"""qa330: review of fx469 (dates.after-publication: an expect-object reading
and a told-of reading), which was taken back after this review.

The sentences fx469 let go are passing guards now; the shapes it cleared
(nu65 #3, #9) are strict xfails again, for a later, narrower attempt.
Publication is Aug. 16, 1990 (the AP story of nu65 #9), so Aug. 24 and
September are after it.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from date_kind_helpers import tense_findings

PUB = dt.date(1990, 8, 16)


def _flagged(sentence: str, date: str) -> list[tuple[str, int, int]]:
    return [("after-publication", 3, sentence.index(date) + 1)]


# --- #1: expect/want + object + participle: a relative participle whose date
# is followed by a to-infinitive or an adverb is cleared (findings lost; all
# flagged at 2b67c17b). `_looked_for` only refuses a *cue* after the date.

@pytest.mark.parametrize("sentence", [
    "Police want the man arrested Aug. 24 to surrender his passport.",
    "Investigators want anyone injured Aug. 24 to call them.",
    "He expects the money raised Aug. 24 to cover costs.",
    "The family wants the man arrested Aug. 24 to face trial.",
    "Fans want the coach fired Aug. 24 back.",
    "The team wants the player injured Aug. 24 back by October.",
])
def test_relative_participle_before_infinitive_is_still_flagged(sentence):
    assert tense_findings(sentence, PUB) == _flagged(sentence, "Aug. 24")


@pytest.mark.parametrize("sentence", [
    "Officials want the money raised Aug. 24 returned.",       # a cue after the date
    "Fans want the coach fired Aug. 24 reinstated.",
    "Officials want the men arrested on Aug. 24 released.",
])
def test_relative_participle_before_a_participle_is_flagged(sentence):
    assert tense_findings(sentence, PUB) == _flagged(sentence, "Aug. 24")


@pytest.mark.parametrize("sentence", [
    "The utility expects service restored Friday, Aug. 24.",
    "The mayor wants the road reopened on Aug. 24.",
    "Officials expect all lanes reopened on Aug. 24.",
])
@pytest.mark.xfail(strict=True, reason="taken back (fx469, qa330 #1-#3, #5): nu65 #3, the expect-object reading let relative participles go")
def test_expect_object_participle_at_sentence_end_is_cleared(sentence):
    assert tense_findings(sentence, PUB) == []


# --- #2: told-of: the one phrase allowed on the event noun may be the
# medium of the telling ("in a memo", "in a statement", "in a filing"), and
# then the date dates the telling, which is past (all flagged at 2b67c17b).

@pytest.mark.parametrize("sentence", [
    "The company told staff of the layoffs in a memo in September.",
    "The company informed investors of the merger in a statement in September.",
    "The company notified regulators of the closure in a filing in September.",
    "Saudi Arabia told oil companies of the cutback in a telex in September.",
])
def test_telling_medium_phrase_dates_the_telling(sentence):
    assert tense_findings(sentence, PUB) == _flagged(sentence, "September")


def test_telling_by_letter_is_flagged():
    sentence = "The company notified regulators of the closure by letter in September."
    assert tense_findings(sentence, PUB) == _flagged(sentence, "September")


# --- #3: told-of takes every `announced_events` noun, so a witness or
# source recounting a past event (court and police copy) is cleared: a
# meeting, a drug sale, a funeral, a service, a game, a vote that the same
# sentence says was held (all flagged at 2b67c17b). `cut` is also a wound.

@pytest.mark.parametrize("sentence", [
    "The witness told jurors of a meeting in September.",
    "The witness told the jury of the meeting at the hotel in September.",
    "The informant told police of a drug sale in September.",
    "The officer told jurors about the funeral in September.",
    "The widow told reporters of the service in September.",
    "The witness told the court of a game in September.",
    "Aides told the senator of the vote in September, and he voted no.",
    "The victim told police of a cut in September.",
])
def test_recounted_past_event_after_told_of_is_flagged(sentence):
    assert tense_findings(sentence, PUB) == _flagged(sentence, "September")


@pytest.mark.parametrize("sentence", [
    "He told police about a robbery in September.",                  # no event noun
    "The mayor briefed council members on the closure in September.",  # `on`, not of/about
    "The report warned of a slowdown in September.",
])
def test_nearest_tellings_without_the_reading_are_flagged(sentence):
    assert tense_findings(sentence, PUB) == _flagged(sentence, "September")


@pytest.mark.xfail(strict=True, reason="taken back (fx469, qa330 #1-#3, #5): nu65 #9, the told-of reading let recounted past events go")
@pytest.mark.parametrize("sentence", [
    "Saudi Arabia told oil companies of a 15 percent cutback in its supply in September.",
    "Saudi Arabia told oil companies Thursday of a cutback in September.",
    "Saudi Arabia told oil companies of a cutback in early September.",
    "Unions warned of a strike in September.",
])
def test_told_of_plans_are_cleared(sentence):
    assert tense_findings(sentence, PUB) == []


# --- #4: the claimed expect-object shape with an adverb before the
# participle (common wire wording) is still a false alarm.

@pytest.mark.xfail(strict=True, reason="qa330 #4: 'expects power fully restored Friday, Aug. 24' "
                   "(an adverb before the participle) is still called a past event; "
                   "'expects power restored Friday, Aug. 24' is cleared")
def test_expect_object_adverb_participle_is_cleared():
    assert tense_findings("The utility expects power fully restored Friday, Aug. 24.", PUB) == []


# --- #5: Markdown and HTML take both readings through the CLI.

MD = """---
title: Saudis cut oil supply
---

# Saudis cut oil supply

Saudi Arabia told [oil companies](https://example.com) of a 15 percent *cutback* in its supply
in September.

The utility expects service **restored** Friday, Aug. 24.
"""

HTML = """<html><head><title>Saudis cut oil supply</title></head><body><article>
<h1>Saudis cut oil supply</h1>
<p>Saudi Arabia told oil companies of a 15&nbsp;percent <a href="/x">cutback</a> in its supply in&nbsp;September.</p>
<p>The utility expects service <em>restored</em> Friday,&nbsp;Aug.&nbsp;24.</p>
<p>Police want the man arrested Aug. 24 returned to jail.</p>
</article></body></html>
"""


@pytest.mark.xfail(strict=True, reason="taken back (fx469, qa330 #1-#3, #5): nu65 #3 and #9 in Markdown and HTML")
def test_markup_takes_both_readings(run_cli, tmp_path):
    (tmp_path / "a.md").write_text(MD, encoding="utf-8")
    (tmp_path / "a.html").write_text(HTML, encoding="utf-8")
    result = run_cli("check", "--format", "json", "--select", "dates", "--published", "1990-08-16",
                     tmp_path / "a.md", tmp_path / "a.html")
    found = json.loads(result.stdout)
    assert [(Path(f["path"]).name, f["line"]) for f in found] == [("a.html", 5)], result.stdout


def test_markdown_relative_participle_is_flagged(run_cli, tmp_path):
    (tmp_path / "b.md").write_text("# Trial\n\nThe family wants the man arrested Aug. 24 to face "
                                   "trial.\n", encoding="utf-8")
    result = run_cli("check", "--format", "json", "--select", "dates", "--published", "1990-08-16",
                     tmp_path / "b.md")
    assert len(json.loads(result.stdout)) == 1, result.stdout
