"""A month that is also a given name ("June Carter", "April Ryan") in body
text (name_runs._month_given, names.yaml `given_months`): a name only right
before a name-like word, with no date lead-in before it and a comma or a
speech verb after it; headlines never take a month for a name."""
from __future__ import annotations

import pytest

from lint.analysis.headline_names import name_word
from test_names import names
from titles_helpers import read, run, where


@pytest.mark.parametrize("body,full", [
    ("The show went on with June Ostrander, the band's singer, on stage.", "June Ostrander"),
    ("April Mellanby, a spokeswoman for the party, declined to comment.", "April Mellanby"),
    ("June Ostrander said the tour would end in the fall.", "June Ostrander"),
    ("The tour ended. June Ostrander later told reporters it was time.", "June Ostrander"),
    ("May Okonkwo told the board the plan was sound.", "May Okonkwo"),
])
def test_a_month_before_a_surname_and_a_comma_or_speech_verb_is_a_given_name(body, full):
    got = names(f"Tour ends\n\n{body}\n")
    assert (full, True, None) in got


@pytest.mark.parametrize("body,surname", [
    ("In June Ostrander said the tour would end.", "Ostrander"),           # a date's lead-in
    ("Leaders met at the June Venice summit, officials said.", "Venice"),  # a determiner
    ("It was featured in an August YouTube video, he said.", "YouTube"),
    ("Last May Okonkwo told the board the plan was sound.", "Okonkwo"),
    ("Prices of January Isthmus and Maya crude fell.", "Isthmus"),          # no comma or speech verb
    ("By 2019 June Ostrander said it was over.", "Ostrander"),              # a number before it
])
def test_a_month_that_is_a_date_stays_out_of_the_name(body, surname):
    got = names(f"Tour ends\n\n{body}\n")
    assert not any(n.split()[0] in ("June", "May", "August", "January") for n, _, _ in got)
    assert any(n == surname for n, _, _ in got)


def test_a_month_outside_the_given_months_is_never_a_name():
    got = names("Tour ends\n\nMarch Ostrander, the singer, said it was over.\n")
    assert ("Ostrander", False, None) in got and not any(n.startswith("March") for n, _, _ in got)


def test_the_full_name_with_a_month_counts_for_first_reference():
    story = ("Tour ends\n\nOstrander said the first song was new.\n\n"
             "June Ostrander, the band's singer, said the tour would end.\n")
    assert where(run(read(story), "names.first-reference")) == [(3, 1, "Ostrander")]


def test_headlines_keep_months_out_of_names():
    assert name_word("June") == "" and name_word("April") == ""
    assert name_word("Ostrander") == "Ostrander"
