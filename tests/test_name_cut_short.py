"""names.spelling-variant's surname cut short at its end ("Priya
Venkataraman" ... "Venkataram said"): a cut that drops a plural, possessive or
demonym ending (Matthews/Matthew, al-Baghdadi/Baghdad) or leaves a given name
is another word, no slip."""
from __future__ import annotations

import pytest

from titles_helpers import read, run, where


def variants(body: str) -> list[str]:
    return [text for _, _, text in where(run(read("Council vote set\n\n" + body + "\n"),
                                             "names.spelling-variant"))]


@pytest.mark.parametrize("body", [
    "Laura Matthews, 35, and her son Matthew, 8, were rescued on Monday. Matthew said the water was cold.",
    "Sen. Ann Williams spoke on Monday. Her son William, 12, said he was proud.",
    "Coach Tom Richards spoke. His son, Richard, 9, said he would play.",
    "Pilot Dana Phillips, 41, landed. Her husband, Phillip, said she was calm.",
    "Nurse Ann Michaels said the ward was full. Her brother Michael, 30, said so too.",
    "Islamic State leader Abu Bakr al-Baghdadi, 43, was not seen. Baghdad said on Monday it would send troops.",
    "Businessman Ahmed Pakistani, 50, was arrested. Pakistan said it would appeal.",
    "Actor Frank Stevenson spoke. Mayor Stevens said no.",
])
def test_a_cut_ending_or_a_given_name_is_no_slip(body):
    assert variants(body) == []


def test_a_cut_form_the_article_uses_as_a_given_name_is_no_slip():
    assert variants("Rita Ostrowskin, 50, spoke. Ostrowsk said no. Ostrowsk Barnes, 12, agreed.") == []


@pytest.mark.parametrize("body,cut", [
    ("City treasurer Priya Venkataraman presented the budget. Venkataram said the city would borrow less.",
     "Venkataram"),
    ("Finance chief R. Rajagopalan spoke first. Rajagopal said the plan would hold.", "Rajagopal"),
    ("Rita Ostrowskin, 50, spoke. Ostrowsk said no.", "Ostrowsk"),
    ("Mayor Lena Johansson, 50, spoke on Monday. Johanss said the deal was done.", "Johanss"),
])
def test_a_surname_cut_short_is_still_caught(body, cut):
    assert variants(body) == [cut]


def test_according_to_opening_a_sentence_is_a_person_cue():
    """qa39 #10: "according to" counted only in lower case, so a cut form
    used only after a sentence's "According to" was never a person."""
    assert variants("City treasurer Priya Venkataraman presented the budget on Monday. "
                    "According to Venkataram, the city would borrow less.") == ["Venkataram"]
    assert variants("Islamic State leader Abu Bakr al-Baghdadi, 43, was not seen. "
                    "According to Baghdad, troops would go north.") == []


@pytest.mark.parametrize("body,cut", [
    ("City treasurer Priya Venkataraman presented the budget on Monday. "
     "Later, Venkataram’s aide said the city would borrow less.", ["Venkataram"]),
    ("City treasurer Priya Venkataraman presented the budget on Monday. "
     "Venkataram's husband said she was tired.", ["Venkataram"]),
    # a place's possessive before a thing is no person
    ("City treasurer Priya Venkataraman presented the budget on Monday. "
     "Venkataram's budget was cut.", []),
    # a title word after the possessive ("deputy", "secretary") is owned, not part of a title
    ("City treasurer Priya Venkataraman presented the budget on Monday. "
     "Venkataram’s deputy, Tom Ruiz, said the city would borrow less.", ["Venkataram"]),
    ("Mayor Priya Venkataraman named a new deputy on Monday. "
     "Venkatraman’s deputy said the city would borrow less.", ["Venkatraman"]),
])
def test_a_possessive_before_a_person_noun_is_a_person_cue(body, cut):
    """qa39 #10: "Venkataram’s aide said" uses the cut form as a person's
    name as surely as "Venkataram said"."""
    assert variants(body) == cut


def test_a_place_owning_an_office_is_no_person():
    """qa43: "Georgia’s deputy governor" names a place's office, so Georgia is
    no person there, and "Kim Georgia" later needs no earlier full name."""
    from lint.config import Config
    from lint.engine import lint_bytes
    text = "Budget talks stall\n\nGeorgia’s deputy governor said so. Kim Georgia agreed.\n"
    found = lint_bytes("story.txt", text.encode(), Config(select=("names",))).diagnostics
    assert [d.rule for d in found] == []


def _surname(i: int) -> str:
    """A made-up surname of its own for every i (Bobubiceaman, Cububiceaman, ...)."""
    out, i = "", i + 17 ** 3
    while i:
        out += "bcdfghjklmnprstvz"[i % 17] + "aeiou"[i % 5]
        i //= 17
    return out.capitalize() + "aman"


def test_many_people_each_cut_short_read_the_given_names_once(monkeypatch):
    """benchmarks/adversarial.py's "surnames cut short.md": whether a cut form
    is another person's given name read every person's given names for every
    form, n * n (5.3 s at 800 KB); the story's given names are read once."""
    from lint.config import Config
    from lint.engine import lint_bytes
    from lint.kinds import name_spelling_variant

    class Counted(dict):
        read = 0

        def items(self):
            for pair in super().items():
                Counted.read += 1
                yield pair
    given_names = name_spelling_variant.given_names
    monkeypatch.setattr(name_spelling_variant, "given_names",
                        lambda doc: doc.analysis("test.given", lambda d: Counted(given_names(d))))
    n = 200
    cut = [_surname(i)[:-2] for i in range(n)]
    src = "# Budget vote\n\n" + "".join(f"Council member Priya {c}an said it was fair. According to {c}, "
                                        f"{c}'s aide said no.\n\n" for c in cut)
    found = {d.message.split("'")[1] for d in lint_bytes("a.md", src.encode(),
                                                         Config(select=("names.spelling-variant",))).diagnostics}
    assert found >= set(cut)
    assert Counted.read <= 2 * n
