"""qa159: names.first-reference after fx253's firm notion (lint/analysis/name_firms.py).
Most cases are a person whose surname alone comes before the full name, which main
flagged and fx253 read as a firm's short form (or flagged at the wrong use); one
(`Porsche SE`) is a firm's name fx253 did not close. Each was a strict xfail until
fx258 fixed them all (1a22e57f) and removed the marks: now each guards the fix.
Synthetic input only."""
from __future__ import annotations

from titles_helpers import first_references, read, run, where


def test_brothers_who_are_people_make_no_firm():
    body = "Wright said the museum would reopen in May. It honours the Wright Brothers. Later, Ana Wright spoke."
    assert first_references(body) == [(5, 1, "Wright")]


def test_owned_by_a_person_in_apposition_is_no_firm():
    body = "The cottage is owned by Smith, a retired teacher. Later, Ana Smith spoke."
    assert first_references(body) == [(5, 25, "Smith")]


def test_jr_ending_a_sentence_stops_the_firms_name():
    body = "Ruiz said she would go. The award went to Tomas Ruiz Jr. Acme Holdings paid for it."
    assert first_references(body) == [(5, 1, "Ruiz")]


def test_a_person_before_the_firm_is_named_is_still_flagged():
    body = "Jacobs said she would retire. Jacobs Engineering Group Inc fell. Later, Joan Jacobs spoke."
    assert first_references(body) == [(5, 1, "Jacobs")]


def test_finding_stays_at_the_first_alone_use():
    body = "Jones said no. Chief Executive Jones of Jones Group agreed. Later, Tom Jones spoke."
    assert first_references(body) == [(5, 1, "Jones")]


def test_its_before_a_name_is_no_firm_by_itself():
    body = "Kessler said she was tired. The band and its Kessler left. Later, Ida Kessler spoke."
    assert first_references(body) == [(5, 1, "Kessler")]


def test_a_persons_shares_make_no_firm():
    body = "Kessler's shares in Acme were sold last year, her lawyer said. Later, Ida Kessler spoke."
    assert first_references(body) == [(5, 1, "Kessler")]


def test_a_brewer_in_apposition_is_a_person():
    body = "Okafor, a local brewer, said sales fell. Later, Ana Okafor spoke."
    assert first_references(body) == [(5, 1, "Okafor")]


def test_a_title_case_dek_names_no_firm():
    doc = read("<html><body><h1>Vote</h1><p class=dek>Okafor Joins Bank Board</p>"
               "<p>Okafor said she was proud. Later, Ana Okafor spoke.</p></body></html>", ".html")
    assert where(run(doc, "names.first-reference")) == [(1, 69, "Okafor")]


def test_a_later_word_of_a_firms_name_is_no_short_form():
    body = ("Berkshire Hathaway Inc shares rose. Hathaway said she was thrilled by the film. "
            "Later, Anne Hathaway spoke.")
    assert first_references(body) == [(5, 37, "Hathaway")]


def test_an_attorney_general_ag_names_no_firm():
    body = "Washington said she would sue. Washington AG Bob Ferguson agreed. Later, Ana Washington spoke."
    assert first_references(body) == [(5, 1, "Washington")]


def test_a_firms_name_stops_at_a_hard_break():
    doc = read("<html><body><h1>Vote</h1><p>Okafor said she was proud.</p><p>By Tom Ruiz and Ana Okafor"
               "<br><br>Kessler Holdings Ltd said so. Later, Ana Okafor spoke.</p></body></html>", ".html")
    assert where(run(doc, "names.first-reference")) == [(1, 29, "Okafor")]


def test_societas_europaea_closes_a_firms_name():
    body = "Porsche SE said profits rose. Porsche said costs fell. Chairman Wolfgang Porsche spoke."
    assert first_references(body) == []


def test_a_possessive_before_group_of_is_no_firm():
    body = ("Okafor said she was hopeful. At the talks, Okafor's Group of 20 counterparts agreed. "
            "Later, Ana Okafor spoke.")
    assert first_references(body) == [(5, 1, "Okafor")]


def test_a_politicians_stock_is_no_firms():
    body = ("Okafor said she was hopeful. The win boosted Okafor's stock with voters. "
            "Later, Ana Okafor spoke.")
    assert first_references(body) == [(5, 1, "Okafor")]
