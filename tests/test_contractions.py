"""A contracted copula before `to` is `is to` only on a subject (a pronoun,
or a noun opening its clause), never on a possessive after a preposition,
a copula or a verb (qa171 #1, #2); "is to blame/thank" is an idiom only
with no object after it (qa171 #9); a U+2018 typed for an apostrophe reads
as the straight one ("Mary‘ll", "He‘ll have", qa171 #6-#7)."""
from __future__ import annotations

import datetime as dt

import pytest

from date_kind_helpers import located
from lint.analysis.apposed_ages import WORD, lowered
from lint.analysis.contractions import contracted_copula, copula_idiom
from lint.analysis.verb_group import FUTURE, cue, words

AFTER = dt.date(2026, 6, 1)     # May 5, 2026 is before publication


def _future(sentence: str) -> list[tuple[str, int, int]]:
    return [f for f in located(f"Headline\n\n{sentence}\n", AFTER) if f[0] == "future-tense-past-date"]


def _at(sentence: str) -> list[tuple[str, int, int]]:
    return [("future-tense-past-date", 3, sentence.index("May 5") + 1)]


@pytest.mark.parametrize("words_before, expected", [
    ("The board's", True),
    ("he's", True),
    ("they’re", True),
    ("and the new board's", True),
    ("officials said Acme's", True),
    ("at Macy's", False),
    ("to her mother's", False),
    ("was Spain's", False),
    ("was the company's", False),
    ("visited Macy's", False),
    ("Let's", False),
    ("Who's", False),
    ("the board", False),
])
def test_a_contracted_copula_stands_on_a_subject(words_before, expected):
    seq = words_before.split()
    assert contracted_copula(seq, [t.lower() for t in seq], len(seq) - 1, words()) is expected


@pytest.mark.parametrize("text, expected", [
    ("is to blame for the spill", True),
    ("is to blame officials said", True),       # ", officials said": the comma is no token
    ("is to blame entirely .", True),
    ("is to thank residents at", False),
    ("is to thank them at", False),
    ("is to thank the volunteers", False),
    ("is to meet the envoy", False),             # no idiom verb
])
def test_is_to_blame_is_an_idiom_only_without_an_object(text, expected):
    seq = text.split()
    assert copula_idiom(seq, [t.lower() for t in seq], 1, words()) is expected


def test_the_last_token_is_no_object():
    # the walks cut their tokens one word past where they read from
    seq = ["is", "to", "blame", "officials"]
    assert copula_idiom(seq, seq, 1, words()) is True


@pytest.mark.parametrize("sentence, future", [
    ("Officials said the board's to meet on May 5, 2026.", True),
    ("Acme's to open a plant on May 5, 2026.", True),
    ("He's to testify on May 5, 2026.", True),
    ("Shoppers visited Macy's to buy gifts on May 5, 2026.", False),
    ("Let's to work on May 5, 2026.", False),
    ("The mayor is to thank them on May 5, 2026.", True),
    ("Nobody is to blame on May 5, 2026.", False),
    ("The firm is to blame, officials said, for the spill on May 5, 2026.", False),
])
def test_contracted_copulas_and_idioms_in_sentences(sentence, future):
    assert _future(sentence) == (_at(sentence) if future else [])


# A U+2018 typed for an apostrophe keeps one word, read as U+2019 (qa171
# #6-#7): "He‘ll have left" is a future perfect, "Mary‘ll" a will, as with
# the straight mark.
def test_a_turned_apostrophe_keeps_one_word_read_as_the_right_one():
    seq = WORD.findall("He‘ll have left; Mary‘ll go; ‘quoted‘ words")
    assert seq == ["He‘ll", "have", "left", "Mary‘ll", "go", "quoted", "words"]
    assert lowered(seq, True)[:4] == ["he’ll", "have", "left", "mary’ll"]
    assert lowered(["He‘ll"], False) == ["he‘ll"]


@pytest.mark.parametrize("sentence, future", [
    ("Mary‘ll testify on May 5, 2026.", True),
    ("He‘ll have left on May 5, 2026.", True),
    ("The board‘s to meet on May 5, 2026.", True),
    ("He ‘ll testify on May 5, 2026.", True),
    ("Charles ll met the envoy on May 5, 2026.", False),
    ("Shoppers lined up at Macy‘s to buy gifts on May 5, 2026.", False),
])
def test_a_turned_apostrophe_reads_as_the_straight_one(sentence, future):
    assert _future(sentence) == (_at(sentence) if future else [])
    straight = sentence.replace("‘", "'")
    if straight != sentence and " '" not in straight:
        assert _future(straight) == (_at(straight) if future else [])


# `cue` reads a word outside its lists only in -ed, -ing or a contracted will
# (one endswith over all of them): each will's mark passes, a word in -ll
# with none does not.
@pytest.mark.parametrize("token, future", [
    ("he'll", True), ("they’ll", True), ("heʼll", True),
    ("tall", False), ("skill", False), ("ll", False),
])
def test_the_cue_gate_passes_each_contracted_will_only(token, future):
    seq = [token, "meet"]
    found = cue(seq, [t.lower() for t in seq], 0, words())
    assert (found is not None and found.tense == FUTURE and found.marker == token) == future
    assert found is None or future
