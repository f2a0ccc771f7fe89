"""names.given-name-variant: one person's given name typed two ways (nu21 #5:
"chair Marguerite Okonkwo", then "Margurite Okonkwo said"), and the shapes
that are two people, which stay quiet."""
from __future__ import annotations

import pytest

from titles_helpers import read, run, where

RULE = "names.given-name-variant"


def flagged(body: str, suffix: str = ".txt", **options):
    head = "Council vote set\n\n" if suffix == ".txt" else "# Council vote set\n\n"
    return run(read(head + body + "\n", suffix), RULE, **options)


def test_the_rarer_form_is_flagged_at_each_use_with_its_exact_column():
    body = ("Chair Marguerite Okonkwo spoke. Margurite Okonkwo, 61, said no. "
            "Marguerite Okonkwo left. Friends of Margurite Okonkwo stayed. Marguerite Okonkwo returned.")
    found = where(flagged(body))
    cols = [i + 1 for i in range(len(body)) if body.startswith("Margurite", i)]
    assert found == [(3, c, "Margurite") for c in cols]


def test_the_message_names_the_main_form_the_surname_and_its_count():
    body = ("Chair Marguerite Okonkwo spoke. Okonkwo said no. Margurite Okonkwo, 61, left. "
            "Marguerite Okonkwo returned.")
    (d,) = flagged(body)
    assert "'Margurite' looks like another spelling of 'Marguerite'" in d.message
    assert "with 'Okonkwo' twice" in d.message


def test_a_tie_names_both_and_asks_which_is_right():
    (d,) = flagged("Chair Marguerite Okonkwo spoke. Okonkwo said no. Margurite Okonkwo, 61, left.")
    assert d.snippet == "Margurite"
    assert "'Margurite' and 'Marguerite' are both written with 'Okonkwo', once each" in d.message
    assert "check which is right" in d.message


def test_markdown_and_a_dek_are_read_alike():
    body = "Chair Marguerite Okonkwo spoke. Okonkwo said no.\n\nMargurite Okonkwo, 61, left."
    assert [d.snippet for d in flagged(body, ".md")] == ["Margurite"]


def test_distinct_names_two_people():
    body = "Chair Marguerite Okonkwo spoke. Okonkwo said no. Margurite Okonkwo, 61, left."
    assert flagged(body, distinct=[["Marguerite", "Margurite"]]) == []


@pytest.mark.parametrize("body", [
    # the same sentence: two people side by side
    "Marguerite Okonkwo, 61, and Margurite Okonkwo, 30, spoke. Okonkwo said no.",
    # a relative in apposition
    "Chair Marguerite Okonkwo spoke. Okonkwo said no. Her sister, Margurite Okonkwo, left.",
    # each used three times: two people, or the story's own forms
    "Marguerite Okonkwo spoke. " * 3 + "Margurite Okonkwo said no. " * 3 + "Okonkwo left.",
    # a hyphened given name is not compared word by word
    "Anne-Marie Okonkwo spoke. Okonkwo said no. Anna-Marie Okonkwo left.",
    # an initial is no given name
    "J. Okonkwo spoke. Okonkwo said no. K. Okonkwo left.",
])
def test_two_people_or_no_given_name_stay_quiet(body):
    assert flagged(body) == []
