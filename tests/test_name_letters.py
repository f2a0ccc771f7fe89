"""Letters Unicode decomposition does not split (Đ/đ, Ł/ł, Ø/ø, ß, Æ/æ,
Œ/œ, Þ/þ; names.yaml `ascii_spellings`) in names spelled two ways (fx122):
a short surname (Groß/Gross, Łoś/Los), a given name (Łukasz/Lukasz,
Đorđe/Djordje), and the message naming the letter written out."""
from __future__ import annotations

import pytest

from lint.analysis.name_accents import letters_written
from titles_helpers import read, run, where


def flagged(first: str, later: str, rule: str):
    """A story naming `first`, then two paragraphs on, `later`."""
    body = (f"Mayor {first}, 50, spoke on Monday about the budget.\n\n"
            "The council met for four hours and heard from residents.\n\n"
            f"{later} said the plan was sound.")
    return run(read("Council votes on budget\n\n" + body + "\n"), rule)


@pytest.mark.parametrize("first, later, snippet, letters", [
    ("Anna Groß", "Anna Gross", "Gross", "ß written ss"),        # four letters: a short surname
    ("Anna Voß", "Voss", "Voss", "ß written ss"),
    ("Anna Łoś", "Los", "Los", "Ł written L, an accent dropped or added"),
    ("Novak Đoković", "Djokovic", "Djokovic", "Đ written Dj, an accent dropped or added"),
    ("Novak Đoković", "Dokovic", "Dokovic", "Đ written D, an accent dropped or added"),
    ("Anna Sørensen", "Soerensen", "Soerensen", "ø written oe"),
    ("Anna Þorsteinsson", "Thorsteinsson", "Thorsteinsson", "Þ written Th"),
    ("Anna Cœurdray", "Coeurdray", "Coeurdray", "œ written oe"),
    ("Anna Ærøskøbing", "Aeroskobing", "Aeroskobing", "Æ written Ae, ø written o"),
])
def test_a_surname_with_a_letter_written_out(first, later, snippet, letters):
    (d,) = flagged(first, later, "names.spelling-variant")
    assert d.snippet == snippet
    other = first.split()[-1]
    assert f"'{snippet}' is '{other}' spelled another way ({letters}); the story writes '{other}' once" \
        in d.message


@pytest.mark.parametrize("first, later", [
    ("Łukasz Nowak", "Lukasz Nowak"),
    ("Đorđe Petrović", "Djordje Petrović"),
    ("Þórunn Jónsdóttir", "Thorunn Jónsdóttir"),
    ("Ærlig Hansen", "Aerlig Hansen"),
    ("Jürgen Klopp", "Juergen Klopp"),
])
def test_a_given_name_with_a_letter_written_out(first, later):
    found = flagged(first, later, "names.given-name-variant")
    assert [w[2] for w in where(found)] == [later.split()[0]]


@pytest.mark.parametrize("body", [
    # two ages, two people
    "Søren Hansen, 30, spoke on Monday.\n\nThe council met for four hours.\n\n"
    "Soren Hansen, 45, said the plan was sound.",
    # two given names, two people
    "Mayor Anna Groß spoke on Monday.\n\nThe council met for four hours.\n\n"
    "Karl Gross, her neighbor, said the plan was sound.",
])
def test_two_people_stay_apart(body):
    doc = read("Council votes on budget\n\n" + body + "\n")
    assert run(doc, "names.spelling-variant") == run(doc, "names.given-name-variant") == []


def test_letters_written_names_only_what_no_accent_explains():
    assert letters_written("Muller", "Müller") == ""
    assert letters_written("Dube", "Dubé") == ""
    assert letters_written("Mueller", "Müller") == "ü written ue"
    assert letters_written("Đoković", "Djokovic") == "Đ written Dj, an accent dropped or added"
