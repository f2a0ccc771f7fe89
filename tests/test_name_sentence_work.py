"""One endless sentence of titled names (qa71 #3: "Mayor Alma Bazuka, Senator
Ben Cezobe, Police Chief Dana ...", no full stop) is read in work that grows
with the text: names.spelling-variant asks whether two full names share a
sentence from the sentence ends found once per text, not by searching the
words between every pair again, and names.first-reference's "Biden for
President" test no longer scans the rest of the text for a "for" at every
use. Counted, not timed, where the work can be counted; benchmarks/adversarial.py
measures the time."""
from __future__ import annotations

import random
import time

import pytest

from lint import lint_text
from lint.analysis import name_people, name_things
from lint.analysis.word_patterns import SENTENCE_END
from lint.config import Config
from lint.regex_cache import SERIAL

_LETTERS = "bcdfghjklmnprstvz"


def _surname(i: int) -> str:
    out, i = "", i + 17 ** 3
    while i:
        out += _LETTERS[i % 17] + "aeiou"[i % 5]
        i //= 17
    return out.capitalize()


def _endless(n: int) -> str:
    return "Head\n\n" + "".join(f"Mayor Alma {_surname(i)}, Senator Ben {_surname(i + 1)}, "
                                 f"Police Chief Dana {_surname(i + 2)}, " for i in range(n))


class _Counted:
    """SENTENCE_END, counting the characters each search or scan may read."""

    def __init__(self):
        self.read = 0

    def search(self, text, pos=0, endpos=None, *a):
        self.read += (len(text) if endpos is None else endpos) - pos
        return SENTENCE_END.search(text, pos, len(text) if endpos is None else endpos, *a)

    def finditer(self, text, *a):
        self.read += len(text)
        return SENTENCE_END.finditer(text, *a)


def test_full_names_side_by_side_are_read_from_sentence_ends_found_once(monkeypatch):
    text = _endless(300)
    counted = _Counted()
    monkeypatch.setattr(name_people, "SENTENCE_END", counted)
    if hasattr(name_people, "_sentence_ends"):
        name_people._sentence_ends.cache_clear()
    found = lint_text(text, "t.txt", config=Config(select=("names.spelling-variant",)))
    monkeypatch.undo()
    # the pairs of one-letter variants (Bazuka, Bazuke) are each asked once:
    # reading the words between each pair anew read ~100 times the text
    assert counted.read <= 4 * len(text)
    assert [d.rule for d in found] == []     # two people, each named in full beside the other


@pytest.mark.parametrize("seed", range(5))
def test_a_sentence_end_between_two_names_is_found_as_a_search_would(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(["Ann Lee", ". ", "! ", ".” ", "? (", " ", "x", "Bo", ".\n", ".", "U.S. "])
                   for _ in range(400))
    name_people._sentence_ends.cache_clear()
    for _ in range(400):
        a = rng.randrange(len(text) + 1)
        b = rng.randrange(a, len(text) + 1)
        assert name_people._ends_between(text, a, b) == bool(SENTENCE_END.search(text, a, b)), (a, b)


def test_a_name_run_into_a_committee_is_still_a_thing_and_the_test_reads_no_further():
    # "Biden for President" names a committee, not the person (unchanged) ...
    found = lint_text("Head\n\nBiden for President raised $2 million. Joe Biden said it was a start.\n",
                      "t.txt", config=Config(select=("names.first-reference",)))
    assert found == []
    # ... and the test at a use is matched there, not after a scan of the
    # rest of the text for "for" (a one-megabyte sentence with none: 6,000
    # uses read 6 gigabytes, 1.7 s; now a few characters each, 3 ms)
    text = "Sen. A. B. Bazuka, Dr. Cezobe, " * 34_000
    start = time.process_time()
    for i in range(6000):
        name_things.FOR_OFFICE.match(text, 17 + 31 * i, None, SERIAL)
    assert time.process_time() - start < 0.4
