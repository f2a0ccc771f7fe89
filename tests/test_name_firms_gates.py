"""`name_firms._gates` (pf43): each of the firm patterns, tried at every
character of a part, is now tried only on a part that holds a word it needs
as written (a designator or closing word, a cue's first word, "its" and a
unit's noun, a firm's noun and a comma). A gate must be false only where its pattern cannot match, so
`firm_words` reads what it read without them. Checked on the cases where a
gate could be wrong: a designator with stops ("B.V.", "S.p.A."), a cue
with a curly apostrophe or a line break inside it ("Jacobs’s common
shares", "unit\\nof"), a capitalised cue word (no match: the patterns are
case-sensitive), a noun inside another word, and on random texts of those
pieces; and the gates must turn plain prose away, or they save nothing.
Synthetic input."""
from __future__ import annotations

import random
import re

import pytest

from lint.analysis import name_firms
from lint.analysis.name_firms import _gates, _patterns, firm_words
from titles_helpers import STORY_HED, read

CASES = [
    "Shares of Jacobs Engineering Group Inc rose.",
    "Viner holds E.A. Viner Holdings B.V. and Acme S.p.A. stock.",
    "Jacobs’s common shares fell, and 417,100 Jacobs common\nshares changed hands.",
    "Unilever sold it to a unit\nof Unilever on Monday.",
    "A Unit Of Unilever and Common Shares of Jacobs.",
    "its Bass shoe division grew; its Bass units too.",
    "Ford, the US car company, said. Ford, a bank in Ohio, said.",
    "Taft, the companyless man, said the firmament was a bankrupt chain-smoker's.",
    "Pesch and Co said Smith & Sons Ltd would buy Taft Broadcasting Co's stake in Lorimar.",
    "Washington AG Bob Ferguson said the Texas AG's office and Sandoz AG agreed.",
    "Zorbex, the Ohio-based brokerage, said; Acme, a unit, said.",   # apposition_nouns only
    "Dell Technologies said Ford Motor’s Energy Secretary Ana Hale and Acme Motors of Ohio agreed.",
    "Ana Okafor said on Monday that the council would meet.", "",
]


def _firms(text: str, gated: bool, monkeypatch) -> name_firms.Firms:
    with monkeypatch.context() as m:
        if not gated:
            m.setattr(name_firms, "_gates", lambda: (None,) * 5)
        return firm_words(read(STORY_HED + text + "\n"))


def test_every_pattern_has_a_gate():
    # (pf48 gave the last, "its" and a unit's noun, one too)
    gates = _gates()
    assert len(gates) == len(_patterns())
    assert [g is None for g in gates] == [False, False, False, False, False]


@pytest.mark.parametrize("text", CASES)
def test_a_closed_gate_means_no_match(text):
    for pattern, gate in zip(_patterns(), _gates()):
        if gate is not None and not gate(text):
            assert pattern.search(text) is None, (pattern.pattern[:60], text)


@pytest.mark.parametrize("text", CASES)
def test_firm_words_is_the_same_with_the_gates(text, monkeypatch):
    assert _firms(text, True, monkeypatch) == _firms(text, False, monkeypatch)


def test_the_cases_find_firms_and_plain_prose_is_turned_away(monkeypatch):
    # (the control: the cases above reach firms, and the gates do close)
    assert "Jacobs" in _firms(CASES[0], True, monkeypatch).short
    assert "Unilever" in _firms(CASES[3], True, monkeypatch).short
    plain = CASES[-2]
    assert not any(g(plain) for g in _gates() if g is not None)


def test_random_texts_of_firm_pieces():
    rng = random.Random(43)
    pieces = ["Jacobs", "Ford", "E.A.", " ", " ", ", ", ",", "\n", "the ", "a ", "its ", "Co",
              "Inc", "B.V.", "S.p.A.", "AG", "Group", "Bank", "of", " of", "unit", "stake in",
              "common", " shares", "'s", "’s", "preferred stock", "company", "firm", "shoe ",
              "division", "bank", "Unit", "brokerage", "group", ".", "'", "-", "é", "and ", "& "]
    patterns, gates = _patterns(), _gates()
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        for pattern, gate in zip(patterns, gates):
            if gate is not None and not gate(text):
                assert pattern.search(text) is None, (pattern.pattern[:60], text)


def test_the_closing_gate_answers_as_the_flat_alternation():
    # pf56: the designators nested by shared beginnings (`word_trie`) find a
    # word wherever the longest-first alternation did, and nowhere else: "Co"
    # inside "Cooper" as before, and no word cut short ("Ban", "Grou", "B.")
    terms = name_firms.firm_terms()
    words = {d.rstrip(".") for d in (*terms.legal_forms, *terms.closing_words, *terms.descriptive_words)}
    flat = re.compile("|".join(re.escape(d) for d in sorted(words, key=lambda d: (-len(d), d))))
    gate = _gates()[0]
    rng = random.Random(56)
    pieces = ["Co", "Corp", "Cor", "Cooper", "B.V", "B.", "V", "Inc", "In", "AG", "A", "Bank", "Ban",
              "Group", "Grou", " ", ",", "\n", "é", "the ", "said"]
    texts = CASES + ["Grou Ban B. said", "Cooperstown"] + [
        "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(5000)]
    assert [gate(t) for t in texts] == [flat.search(t) is not None for t in texts]
    assert gate("Cooperstown") and not gate("Grou Ban B. said")
