"""A writer's lines between a web page's kicker and its story heading
(`_opening_names`, read by `_html_opening.kicker_line`): a name by its
marks or an author's link is passed over, a bare name is a byline only over
the byline's other line (a role or a date line)."""
from __future__ import annotations

import pytest

from lint.readers._opening_names import bare_name, name_shaped
from test_html_pages import HEADLINE
from test_qa85_regressions import BOX, _bylines, _headline, _kickers, read, shell


@pytest.mark.parametrize("text", ["Mark A. Smith", "J. K. Rowling", "Jan de Vries", "Mary Anne de la Cruz",
                                  "Dr Jane Doe", "Prof. Jane Doe", "Jane Doe Jr.", "Martin Luther King III"])
def test_a_name_with_an_initial_a_particle_an_honorific_or_a_suffix_is_name_shaped(text):
    assert name_shaped(text)


@pytest.mark.parametrize("text", ["Jane Doe", "Starmer Landslide Victory", "Gaza Ceasefire Deal",
                                  "U.S. Strikes Back", "Kremlin Watch", "de Vries", "Jan de", "Smith A.", "Dr Doe",
                                  "Politics", "Mark A. Smith and the Giants of the Deep", "Lord Of The Rings",
                                  "Miss A. Of Ferries"])
def test_plain_title_case_words_a_headline_or_a_broken_name_are_not_name_shaped(text):
    assert not name_shaped(text)


@pytest.mark.parametrize("text, name", [("Jane Doe", True), ("Mary Jane Doe", True), ("Island Ferries", True),
                                        ("Jane", False), ("Not cheap", False), ("The Ferries", False),
                                        ("Political Editor of Courier", False)])
def test_a_bare_name_is_two_or_three_name_words(text, name):
    assert bare_name(text) is name


def test_a_name_by_its_marks_is_passed_over_and_no_byline_nor_kicker():
    doc = read(shell(f"<div>Politics</div><div>Mark A. Smith</div><h2>{HEADLINE}</h2>"))
    assert _headline(doc) == HEADLINE and _bylines(doc) == [] and _kickers(doc) == ["Politics"]


def test_a_bare_name_over_a_role_line_is_a_byline_with_it():
    doc = read(shell(f"<div>Politics</div><div>Jane Doe</div><div>Political Editor</div><h2>{HEADLINE}</h2>"))
    assert _bylines(doc) == ["Jane Doe", "Political Editor"] and _kickers(doc) == ["Politics"]


def test_a_series_kicker_over_an_advertisement_label_stays_a_kicker():
    # only a role or a date line makes the line over it a byline; an ad's label is other furniture
    doc = read(shell(f"<div>Politics</div><div>Island Ferries</div><div>Advertisement</div><h2>{HEADLINE}</h2>"))
    assert _bylines(doc) == [] and _kickers(doc) == ["Politics", "Island Ferries"]


def test_a_heading_no_longer_than_a_passed_name_is_no_headline():
    doc = read(shell("<div>Politics</div><div>Mark A. Smith</div><h2>Tories reel now</h2>"))
    assert _headline(doc) is None


def test_a_box_title_under_a_passed_name_is_no_headline():
    doc = read(shell(f"<div>Politics</div><div>Mark A. Smith</div><h3>Key points from the vote</h3>{BOX}"))
    assert _headline(doc) != "Key points from the vote"


@pytest.mark.parametrize("href", ["/politics/island-ferries", "/author/jane-doe#bio\"></a><a href=\"/tag/ferries"])
def test_a_link_to_no_author_page_is_not_passed_over(href):
    doc = read(shell(f'<div>Politics</div><div><a href="{href}">Jane Doe</a></div><h2>{HEADLINE}</h2>'))
    assert _headline(doc) is None
