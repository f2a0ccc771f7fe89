"""fx309: mends after qa183 (names): a job in apposition is the bare word's
own only when the word opens its sentence and no name follows the
apposition; more times of day between 'said' and 'he'. Synthetic stories."""
from __future__ import annotations

import datetime

import pytest

from lint import lint_text

PUB = datetime.date(2025, 2, 24)


def _first_references(body: str) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in lint_text("Story\n\n" + body + "\n", published=PUB)
            if d.rule == "names.first-reference"]


COOPER = ("Cooper Tire said it would cut 500 jobs. {sentence}\n\n"
          "Ira Cooper said he was sorry to see it go.")


# each condition alone keeps the firm's short form the firm's: a name after
# the apposition (the job is that name's), or a preposition before the word
@pytest.mark.parametrize("sentence", ["Cooper, its chief executive, Ann Lee, said sales fell.",
                                      "Cooper, chairman of the board, Ann Lee, said sales fell.",
                                      "From Cooper, its chief executive, came word that sales fell.",
                                      "At Cooper, its chief executive, said sales fell."])
def test_a_job_that_is_not_the_word_s_own_leaves_the_firm_alone(sentence):
    assert _first_references(COOPER.format(sentence=sentence)) == []


# the nearest cases that stay the person's: the word opens its sentence
# (after an earlier sentence's quote, or inside a quote) and no name follows
@pytest.mark.parametrize("sentence", ["Cooper, chairman of the board, said sales fell.",
                                      "\u201cWe are sorry,\u201d he said. Cooper, its chief executive, said sales fell.",
                                      "\u201cCooper, its chief executive, said sales fell,\u201d he wrote."])
def test_a_job_apposed_to_the_sentence_s_first_word_is_the_person(sentence):
    body = COOPER.format(sentence=sentence)
    assert _first_references(body) == [(3, body.index("Cooper,") + 1)]


DELL = ("Dell Technologies said it would cut 500 jobs. Dell said {when}{subject} was proud of the staff.\n\n"
        "Michael Dell founded the company in 1984.")


# names.yaml `said_times`, `said_time_leads`, `said_day_parts` beyond qa183's six
@pytest.mark.parametrize("when", ["last weekend ", "late yesterday ", "early Monday morning ",
                                  "late on Thursday ", "this afternoon "])
def test_said_he_after_a_time_is_the_person(when):
    body = DELL.format(when=when, subject="he")
    assert _first_references(body) == [(3, body.index("Dell said") + 1)]


# the same times before "it" leave the firm's short form the firm's
@pytest.mark.parametrize("when", ["late Thursday ", "last night ", "last weekend ", "early Monday morning "])
def test_said_it_after_a_time_stays_the_firm(when):
    assert _first_references(DELL.format(when=when, subject="it")) == []
