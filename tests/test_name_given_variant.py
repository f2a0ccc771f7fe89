"""names.given-name-variant: one person's given name typed two ways (nu21 #5:
"chair Marguerite Okonkwo", then "Margurite Okonkwo said"), and the shapes
that are two people, which stay quiet (qa44 #2: one paragraph, different
ages, a twin or a possessive's relative)."""
from __future__ import annotations

import pytest

from titles_helpers import read, run, where

RULE = "names.given-name-variant"


def flagged(*paragraphs: str, suffix: str = ".txt", **options):
    head = "Council vote set\n\n" if suffix == ".txt" else "# Council vote set\n\n"
    return run(read(head + "\n\n".join(paragraphs) + "\n", suffix), RULE, **options)


def test_the_rarer_form_is_flagged_at_each_use_with_its_exact_line_and_column():
    found = where(flagged("Chair Marguerite Okonkwo spoke. Okonkwo said no.",
                          "Margurite Okonkwo, 61, said no.", "Marguerite Okonkwo left.",
                          "Friends of Margurite Okonkwo stayed.", "Marguerite Okonkwo returned."))
    assert found == [(5, 1, "Margurite"), (9, 12, "Margurite")]


def test_the_message_names_the_main_form_the_surname_and_its_count():
    (d,) = flagged("Chair Marguerite Okonkwo spoke. Okonkwo said no.", "Margurite Okonkwo, 61, left.",
                   "Marguerite Okonkwo returned.")
    assert "'Margurite' looks like another spelling of 'Marguerite'" in d.message
    assert "with 'Okonkwo' twice" in d.message


def test_a_tie_names_both_and_asks_which_is_right():
    (d,) = flagged("Chair Marguerite Okonkwo spoke. Okonkwo said no.", "Margurite Okonkwo, 61, left.")
    assert d.snippet == "Margurite"
    assert "'Margurite' and 'Marguerite' are both written with 'Okonkwo', once each" in d.message
    assert "check which is right" in d.message


def test_markdown_reads_alike():
    found = flagged("Chair Marguerite Okonkwo spoke. Okonkwo said no.", "Margurite Okonkwo, 61, left.",
                    suffix=".md")
    assert [d.snippet for d in found] == ["Margurite"]


def test_each_form_is_flagged_once_against_the_form_used_most():
    # qa44 #7: three alike forms gave a finding per pair, two at one place
    found = flagged("Stephen Clark spoke on Monday. Clark said no.", "Stephan Clark left early.",
                    "Stephon Clark stayed.", "Stephen Clark returned.")
    assert [(d.snippet, "'Stephen'" in d.message) for d in found] == [("Stephan", True), ("Stephon", True)]


def test_distinct_names_two_people():
    found = flagged("Chair Marguerite Okonkwo spoke. Okonkwo said no.", "Margurite Okonkwo, 61, left.",
                    distinct=[["Marguerite", "Margurite"]])
    assert found == []


@pytest.mark.parametrize("paragraphs", [
    # one paragraph: two people set side by side (qa44: opponents, sisters, a couple)
    ["Devin Williams scored twice for Harbor. Bayview goalkeeper Devon Williams made nine saves.",
     "Williams said the team played well."],
    ["The couple, Francis and Frances Lee, bought the shop in 1990. Francis Lee said the rent rose.",
     "Frances Lee disagreed."],
    # different ages, in different paragraphs
    ["Mohammed Hassan, 30, a driver, was hurt. Hassan said the road was dark.",
     "Police said Mohamed Hassan, 45, a farmer, was also hurt."],
    # a relative in apposition: a twin, or a relative the surname's possessive owns
    ["Brian Moore, 19, scored twice on Friday.", "His twin brother, Bryan Moore, scored once."],
    ["Brian Moore, 19, scored twice on Friday.", "Moore's brother, Bryan Moore, scored once."],
    ["Chair Marguerite Okonkwo spoke. Okonkwo said no.", "Her sister, Margurite Okonkwo, left."],
    # each used three times: two people, or the story's own forms
    ["Marguerite Okonkwo spoke. " * 3, "Margurite Okonkwo said no. " * 3, "Okonkwo left."],
    # a hyphened given name is not compared word by word; an initial is no given name
    ["Anne-Marie Okonkwo spoke. Okonkwo said no.", "Anna-Marie Okonkwo left."],
    ["J. Okonkwo spoke. Okonkwo said no.", "K. Okonkwo left."],
])
def test_two_people_or_no_given_name_stay_quiet(paragraphs):
    assert flagged(*paragraphs) == []


def test_an_accent_on_the_first_letter_is_the_same_letter():
    # qa44 #9: José/Jose were compared, Élise/Elise not
    (d,) = flagged("Élise Martin, 40, spoke. Martin said no.", "Elise Martin left.")
    assert d.snippet == "Elise" and "'Élise'" in d.message


def test_a_given_name_with_a_capital_inside_is_compared():
    # qa44 #9: 'DeAndre'/'DeAndra' were never compared (a capital inside the word)
    (d,) = flagged("DeShawn Jordan, 40, spoke. Jordan said no.", "DeShaun Jordan left.")
    assert d.snippet == "DeShaun" and "'DeShawn'" in d.message
    # compared, and then a final vowel alone is two people, as Christina/Christine
    assert flagged("DeAndre Jordan, 40, spoke. Jordan said no.", "DeAndra Jordan left.") == []


@pytest.mark.parametrize("first, second, found", [
    # qa46 #7: a place named for a Mc or Mac surname is no person's given name
    ("McDonald Field will host the fair on Saturday.", "Ortiz said MacDonald Field was chosen.", []),
    ("MacArthur Park will host the fair on Saturday.", "Ortiz said McArthur Park was chosen.", []),
    # control: the same slip on a prefix other than Mc or Mac is compared
    ("LaToya Field will host the fair on Saturday.", "Ortiz said LaTonya Field was chosen.", ["LaTonya"]),
])
def test_a_word_in_mc_or_mac_is_no_given_name(first, second, found):
    assert [d.snippet for d in flagged(first, second)] == found


@pytest.mark.parametrize("title", ["Council Member", "City Council Member", "Board Member", "Port Director",
                                   "Councilwoman"])
def test_a_capitalised_title_of_two_words_is_no_given_name(title):
    # nu26 #4: "Member" of "Council Member" was read as the given name, so
    # "Member Marguerite" and "Margurite" were never compared.
    found = where(flagged(f"{title} Marguerite Santos wrote the proposal.", "The hearing ran late.",
                          "Margurite Santos said she would meet with owners."))
    assert found == [(7, 1, "Margurite")]


@pytest.mark.parametrize("given, typo, surname, title", [("Samantha", "Samanta", "Power", "U.S. envoy"),
                                                         ("Danielle", "Daniele", "Steel", "Novelist")])
def test_a_persons_surname_that_is_a_firm_word_keeps_the_persons_wording(given, typo, surname, title):
    (d,) = flagged(f"{title} {given} {surname} spoke on Monday. {surname} said the vote would wait.",
                   f"{given} {surname} met the council.", f"Later, {typo} {surname} said the plan was sound.")
    assert "one person, one spelling" in d.message and "company" not in d.message


def test_a_firm_named_for_a_surname_leaves_the_persons_wording_alone():
    (d,) = flagged("Johnson Co said it would buy a rival. Its chief, Marguerite Johnson, said the deal was sound.",
                   "Marguerite Johnson met the board.", "Later, Margurite Johnson said the plan was sound.")
    assert "one person, one spelling" in d.message and "company" not in d.message
