"""names.spelling-variant on two forms a surname takes: the masculine form of
a Slavic feminine surname used for the woman herself (qa41 #5), and a double
surname written with a hyphen and with a space (nu18 #3)."""
from __future__ import annotations

import pytest

from titles_helpers import read, run, where


def flagged(body: str, **options) -> list[str]:
    return [t for _, _, t in where(run(read("Council vote set\n\n" + body + "\n"),
                                       "names.spelling-variant", **options))]


@pytest.mark.parametrize("body", [
    "Council member Svetlana Kuznetsova, 38, spoke. Kuznetsova said no. Later, Kuznetsov said she was glad.",
    "Council member Svetlana Kuznetsova, 38, spoke on Monday. Ms. Kuznetsov declined to say more.",
    "Olga Smirnova, 41, a nurse, spoke first. Smirnov said she had no beds left.",
    "Elena Zakharova, 50, spoke. Zakharov, who was elected in May, said she would stay.",
])
def test_the_masculine_form_used_for_the_woman_is_flagged(body):
    assert flagged(body) in (["Kuznetsov"], ["Smirnov"], ["Zakharov"])


@pytest.mark.parametrize("body", [
    'Svetlana Kuznetsova, 38, returned home on Monday. "I am proud of her," Kuznetsov said of his daughter.',
    "Svetlana Kuznetsova, 38, spoke. Her husband, Kuznetsov, said he was glad.",
    "Svetlana Kuznetsova, 38, spoke. Mr. Kuznetsov said his wife was tired.",
    "Svetlana Kuznetsova, 38, spoke. Kuznetsov said no.",          # nothing says who
    "Svetlana Kuznetsova, 38, spoke. Kuznetsov said she and he would stay.",
    "Svetlana Kuznetsova, 38, spoke. Kuznetsov told her to wait.",     # "her" is often another woman
    "Svetlana Kuznetsova, 38, spoke. Kuznetsov, her husband, said she was tired.",
    "Svetlana Kuznetsova, 38, spoke. Mr. Kuznetsov said she was tired.",
])
def test_a_relative_or_an_unknown_is_not(body):
    assert flagged(body) == []


@pytest.mark.parametrize("body", [
    "Council member Maria Valentina, 44, spoke. Valentina said no. Later, Valentin said she was glad.",
    "Council member Rosa Medinaa, 44, spoke. Medinaa said no. Later, Medina said she was glad.",
])
def test_other_cut_endings_still_read_as_cuts(body):
    assert len(flagged(body)) == 1


@pytest.mark.parametrize("body,span", [
    ("Plant chief Teodora Vasquez-Lind said the upgrade is on time. Vasquez Lind said crews start Monday.",
     "Vasquez Lind"),
    ("Plant chief Teodora Okonjo-Reed said the upgrade is on time. Later, Okonjo Reed said crews start Monday.",
     "Okonjo Reed"),
    # on a tie the spaced form is the slip, even written first (rv19 L6)
    ("Plant chief Teodora Vasquez Lind said the upgrade is on time. Vasquez-Lind said crews start Monday.",
     "Vasquez Lind"),
    ("Plant chief Teodora Vasquez-Lind said the upgrade is on time. Vasquez-Lind said so twice. "
     "Vasquez Lind said crews start Monday.", "Vasquez Lind"),
])
def test_a_double_surname_with_a_hyphen_and_with_a_space(body, span):
    assert flagged(body) == [span]


def test_the_message_names_the_other_form_and_its_count():
    body = ("Plant chief Teodora Vasquez-Lind said so. Vasquez-Lind said it again. "
            "Vasquez Lind said crews start Monday.")
    diags = run(read("Chief named\n\n" + body + "\n"), "names.spelling-variant")
    assert where(diags) == [(3, body.index("Vasquez Lind") + 1, "Vasquez Lind")]
    assert "'Vasquez Lind' looks like another spelling of 'Vasquez-Lind', which the story uses twice" in diags[0].message


@pytest.mark.parametrize("body", [
    "Plant chief Teodora Vasquez-Lind said the upgrade is on time. Vasquez-Lind said crews start Monday.",
    # two people: the spaced form has a given name of its own
    "Plant chief Teodora Vasquez-Lind spoke first. Her cousin, Ana Vasquez Lind, said crews start Monday.",
    # two families side by side, no double surname
    "Ana Vasquez and Tom Lind spoke. Vasquez said yes; Lind said no.",
])
def test_one_form_or_two_people_is_not(body):
    assert flagged(body) == []


def test_distinct_lists_the_two_forms_as_two_people():
    body = "Plant chief Teodora Vasquez-Lind said so. Vasquez Lind said crews start Monday."
    assert flagged(body, distinct=[["Vasquez-Lind", "Vasquez Lind"]]) == []


@pytest.mark.parametrize("body,span", [
    ("Plant chief Teodora Deschenes said the upgrade is on time. DesChenes said crews start Monday.",
     "DesChenes"),
    ("Gov. Ron DeSantis said so on Monday. Later, Desantis said crews start Monday.", "Desantis"),
    ("Coach Tom McDonald said so. McDonald said it twice. Mcdonald said crews start Monday.", "Mcdonald"),
])
def test_a_surname_with_a_capital_in_another_place_is_flagged(body, span):
    assert flagged(body) == [span]


@pytest.mark.parametrize("body", [
    "Coach Tom McDONALD said so. McDonald said crews start Monday.",      # capitals as a style
    "President Emmanuel MACRON spoke. Macron said crews start Monday.",
    "President Charles de Gaulle spoke. De Gaulle said no. Later de Gaulle left.",
])
def test_a_surname_in_capitals_or_a_particle_opening_a_sentence_is_not(body):
    assert flagged(body) == []


def test_the_other_spelling_is_named_as_written():
    diags = run(read("Vote\n\nFather John O’Neal, 60, spoke. O’Neal said so. Later, O’neal left.\n"),
                "names.spelling-variant")
    assert where(diags) == [(3, 55, "O’neal")]
    assert "'O’neal' looks like another spelling of 'O’Neal', which the story uses twice" in diags[0].message


@pytest.mark.xfail(strict=True, reason="nu46 #2: a place opener with no comma ('In Boston Kowalczik said') is read as a given name, so the slip in the surname, age or title after it is missed")
@pytest.mark.parametrize("rule_id, body, text", [
    ("names.spelling-variant",
     "Mayor John Kowalczyk said it was over. Kowalczyk said more. In Boston Kowalczik said he was ready.",
     "Kowalczik"),
    ("names.age-changed",
     "Mayor John Kowalczyk, 54, said it was over. In Boston Kowalczyk, 45, said he was ready.",
     "45"),
    ("names.title-changed",
     "Deputy Mayor John Smith said he would run. Mayor Smith said the race was open. In Boston Smith said he was ready.",
     "Mayor"),
])
def test_nu46_a_place_opener_is_no_given_name(rule_id, body, text):
    # control: with "Later" for "In Boston" each is flagged today
    found = [t for _, _, t in where(run(read("Council vote set\n\n" + body + "\n"), rule_id))]
    assert text in found


@pytest.mark.parametrize("rule_id, body, text", [
    ("names.age-changed", "In Boston John Smith, 50, said he was ready. Smith, 51, left.", "51"),
    ("names.first-reference", "Smith won. In Boston John Smith said he was ready.", "Smith"),
    ("names.title-changed",
     "In Boston John Smith said he was ready.\n\nMayor Smith left. Deputy Mayor Smith arrived.", "Deputy Mayor"),
])
def test_qa190_a_place_opener_keeps_the_given_name_after_it(rule_id, body, text):
    # control: "In Boston, John Smith, 50, said" (a comma) and "Later John Smith, 50, said" are flagged
    diags = run(read("Council vote set\n\n" + body + "\n"), rule_id)
    assert text in [t for _, _, t in where(diags)]      # main's catch; its message still names
    # 'Boston John Smith' as the full name (the opener is not read: nu46 #2's xfail)


def test_qa190_in_before_a_full_name_keeps_the_given_name():
    body = ("Harbor board chair Marguerite Okonkwo opened the meeting. Okonkwo said the vote would wait.\n\n"
            "In Margurite Okonkwo, the board found its voice.\n\nMarguerite Okonkwo left at noon.")
    diags = run(read("Council vote set\n\n" + body + "\n"), "names.given-name-variant")
    assert [t for _, _, t in where(diags)] == ["Margurite"]
