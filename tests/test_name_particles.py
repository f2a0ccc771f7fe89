"""Particles that open a sentence: "Le Pen said", "Van Gogh wrote",
"Al-Assad said" are surnames alone when the article writes the full name
elsewhere ("Marine Le Pen", "Vincent van Gogh", "Bashar al-Assad"), so
`names.first-reference` sees the surname used before the full name."""
from __future__ import annotations

from lint.analysis.names import mentions
from titles_helpers import read, run, where


def first_ref(body: str) -> list[tuple[int, int, str]]:
    return where(run(read("Election news\n\n" + body + "\n"), "names.first-reference"))


def spans(body: str) -> list[tuple[str, str, bool]]:
    doc = read("Election news\n\n" + body + "\n")
    return [(m.part.text[m.start:m.end], m.surname, m.full) for m in mentions(doc)]


def test_capitalised_particles_inside_a_full_name_open_the_surname_alone():
    body = "Le Pen said she would run. Marine Le Pen, who leads the party, spoke in Paris."
    assert spans(body)[:2] == [("Le Pen", "Pen", False), ("Marine Le Pen", "Pen", True)]
    assert first_ref(body) == [(3, 1, "Le Pen")]
    assert first_ref("Marine Le Pen spoke in Paris. Le Pen said she would run.") == []
    # "Dick Van Dyke": the particle is the surname's however it is written
    assert first_ref("Van Dyke said he would sing. Dick Van Dyke, who is 99, danced.") == \
        [(3, 1, "Van Dyke")]


def test_a_lower_case_particle_full_name_still_opens_the_surname_alone():
    body = "Van Gogh wrote to his brother. Vincent van Gogh, who lived in Arles, painted."
    assert first_ref(body) == [(3, 1, "Van Gogh")]
    assert first_ref("Vincent van Gogh, who lived in Arles, painted. Van Gogh wrote home.") == []


def test_a_hyphened_particle_belongs_to_the_surname():
    body = "Bashar al-Assad met envoys. Al-Assad said the talks were useful."
    assert spans(body) == [("Bashar al-Assad", "Assad", True), ("Al-Assad", "Assad", False)]
    assert first_ref(body) == []
    assert first_ref("Al-Assad said the talks were useful. Bashar al-Assad met envoys.") == \
        [(3, 1, "Al-Assad")]
    # the surname without its particle is the same person
    assert first_ref("Assad said the talks were useful. Bashar al-Assad met envoys.") == \
        [(3, 1, "Assad")]


def test_a_place_is_no_spelling_of_a_hyphened_surname():
    # "al-Britani" (a nom de guerre) and the country one edit away
    body = ("Abu Abdullah al-Britani, who is in his 20s, posted advice. Police searched "
            "homes across Britain, and al-Britani said he would not return to Britain.")
    doc = read("Election news\n\n" + body + "\n")
    assert where(run(doc, "names.spelling-variant")) == []
    # a person's slip one edit away is still one
    slip = body.replace("and al-Britani said", "and al-Birtani said")
    got = run(read("Election news\n\n" + slip + "\n"), "names.spelling-variant")
    assert [f.message.split("'")[1] for f in got] == ["Birtani"]
