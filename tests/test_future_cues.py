"""`future_cues.may_read_future` is a superset of the tense reader's future
readings: where it says False, `clause_tense` never returns FUTURE (so
`future-tense-past-date` may skip the reading). Hand cases for each of the
reader's future paths, then every word of the shared corpora's stories taken
as the date."""
import random
import re
import sys
from pathlib import Path

import pytest

from lint.analysis.apposed_ages import WORD
from lint.analysis.dates import find_mentions
from lint.analysis.future_cues import may_read_future
from lint.analysis.tense import FUTURE, clause_tense, sentence_bounds
from shared_data import shared

CORPORA = shared("corpora") or Path("/nonexistent")


def _at(text, date="March 3"):
    start = text.index(date)
    return text, start, start + len(date), sentence_bounds(text)


@pytest.mark.parametrize("text, date", [
    ("The board will meet on March 3 to pick a chair.", "March 3"),      # a `future` word
    ("He'll testify on March 3.", "March 3"),                            # ... 'll
    ("The firm won’t report until March 3, it said.", "March 3"),
    ("The company is going to report on March 3.", "March 3"),           # going to
    ("The minister is to visit Paris on March 3.", "March 3"),           # is to
    ("Talks continue between now and March 3.", "March 3"),              # now and
    ("The looming showdown in March worries them.", "March"),            # an ahead modifier
    ("THE TOURNAMENT SHALL OPEN ON MARCH 3.", "MARCH 3"),                # any case
    ("Heʼll testify on March 3.", "March 3"),                            # 'll after U+02BC
    ("He‘ll testify on March 3.", "March 3"),                            # ... after U+2018
    ("Mary‘ll testify on March 3.", "March 3"),
    ("He ‘ll testify on March 3.", "March 3"),                           # ... a lone ll
    ("The board is about to vote on March 3.", "March 3"),               # about to
    ("The board's to meet on March 3.", "March 3"),                      # a contracted copula + to
    ("The board‘s to meet on March 3.", "March 3"),                      # ... after U+2018
    ("We’re March 3 to meet, officials said.", "March 3"),               # ... the pair across the date
])
def test_every_future_path_is_seen(text, date):
    text, start, end, bounds = _at(text, date)
    assert clause_tense(text, start, end, bounds).tense == FUTURE       # (the case is a future one)
    assert may_read_future(text, start, end, bounds)


@pytest.mark.parametrize("text", [
    "The council voted 5-2 on March 3 to approve the budget.",
    "The council met on March 3, officials said.",
    # words holding a cue's letters are no cue: swill, William, known, this to-do
    "Knowing the swill of William's town on March 3 is this to-do.",
])
def test_no_cue_word_means_no_future(text):
    text, start, end, bounds = _at(text)
    assert clause_tense(text, start, end, bounds).tense != FUTURE
    assert not may_read_future(text, start, end, bounds)


def test_a_pair_across_the_date_is_kept():
    # `going` before the date and `to` right after it stand side by side in
    # the reader's words (the date is left out of them)
    text, start, end, bounds = _at("Sales were going March 3 to climb.")
    assert may_read_future(text, start, end, bounds)
    text, start, end, bounds = _at("Sales were flat March 3 to the dismay of many.")
    assert may_read_future(text, start, end, bounds)        # (`were` stands before: kept too)
    text, start, end, bounds = _at("Sales fell March 3 to a low.")
    assert not may_read_future(text, start, end, bounds)


def test_a_sentence_cut_in_a_word_is_read_as_the_reader_cuts_it():
    # the reader reads REACH (160) characters before the date: a word cut
    # there leaves its tail, here "will" of "swill"
    text, start, end, bounds = _at("x" * 200 + " swill" + " and" * 38 + " on March 3.")
    assert text[start - 160:start].startswith("will ")
    assert clause_tense(text, start, end, bounds).tense == FUTURE     # (the reader takes it as `will`)
    assert may_read_future(text, start, end, bounds)


def test_lowering_makes_no_letter():
    # may_read_future lowers its slices before the pattern's letter tests:
    # no character that is no letter may lower to one (on this Python's Unicode)
    letter = re.compile(r"[^\W\d_]")
    changed = [c for c in map(chr, range(sys.maxunicode + 1)) if c.lower() != c]
    assert len(changed) > 1000
    assert [c for c in changed if not letter.match(c) and letter.search(c.lower())] == []


def _stories(step):
    files = sorted((CORPORA / "bbc").rglob("*.txt"))[::step]
    files += sorted((CORPORA / "polnear" / "train" / "text").glob("*.txt"))[::step]
    return [p.read_text(encoding="latin-1") for p in files]


@pytest.mark.skipif(not (CORPORA / "bbc").is_dir(), reason="shared corpora absent")
def test_never_cannot_where_the_reader_finds_a_future():
    stories = _stories(40)
    assert len(stories) > 40
    checked = futures = cannot = 0
    rng = random.Random(15)
    for text in stories:
        bounds = sentence_bounds(text)
        spans = [(m.start, m.end) for m in find_mentions(text, None)]
        spans += [(w.start(), w.end() + rng.choice((0, 0, 3))) for w in WORD.finditer(text)]
        for start, end in spans:
            end = min(end, len(text))
            future = clause_tense(text, start, end, bounds).tense == FUTURE
            may = may_read_future(text, start, end, bounds)
            assert may or not future, text[max(0, start - 80):end + 40]
            checked += 1
            futures += future
            cannot += not may
    # the sample holds futures, and the test says "cannot" often enough to be worth asking
    assert futures > 100 and cannot > checked // 2
