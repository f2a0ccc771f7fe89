"""A writer's lines between a web page's kicker and its story heading
(`_opening_names`, read by `_html_opening.kicker_line`): a name by its
marks or an author's link is passed over, a bare name is a byline only over
a role line (a name by its marks over a date line too)."""
from __future__ import annotations

import pytest

from lint.readers._byline_lines import byline_role, desk_alone
from lint.readers._opening_names import bare_name, headline_verb, name_shaped
from test_html_pages import HEADLINE
from test_qa85_regressions import BOX, _bylines, _headline, _kickers, read, shell


@pytest.mark.parametrize("text", ["Mark A. Smith", "J. K. Rowling", "Jan de Vries", "Mary Anne de la Cruz",
                                  "Dr Jane Doe", "Prof. Jane Doe", "Jane Doe Jr.", "Martin Luther King III",
                                  "Dr John Smith III", "Dr Jane Ross", "Sir Keir Starmer"])
def test_a_name_with_an_initial_a_particle_an_honorific_or_a_suffix_is_name_shaped(text):
    assert name_shaped(text)


@pytest.mark.parametrize("text", ["Jane Doe", "Starmer Landslide Victory", "Gaza Ceasefire Deal",
                                  "U.S. Strikes Back", "Kremlin Watch", "de Vries", "Jan de", "Smith A.", "Dr Doe",
                                  "Politics", "Mark A. Smith and the Giants of the Deep", "Lord Of The Rings",
                                  "Miss A. Of Ferries", "World War II", "King Charles III", "Dr Oz Loses",
                                  "Sir Keir Resigns", "Lady Gaga Wins", "Mrs Brown's Boys", "Jane Doe's Column"])
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


@pytest.mark.parametrize("date", ["March 3, 2026", "Updated 2 hours ago"])
def test_a_bare_name_over_a_date_line_stays_a_kicker_and_a_marked_name_is_a_byline(date):
    # a series' kicker over a date line has a bare name's shape (qa112 #4); a name's marks tell it apart
    bare = read(shell(f"<div>Politics</div><div>Island Ferries</div><div>{date}</div><h2>{HEADLINE}</h2>"))
    marked = read(shell(f"<div>Politics</div><div>Dr Jane Doe</div><div>{date}</div><h2>{HEADLINE}</h2>"))
    assert _bylines(bare) == [] and _kickers(bare) == ["Politics", "Island Ferries"]
    assert _bylines(marked) == ["Dr Jane Doe"] and _kickers(marked) == ["Politics"]


def test_a_bare_name_under_two_kickers_over_a_role_line_is_a_byline_and_over_a_date_line_no_headline():
    head = "<div>Politics</div><div>Island Ferries</div><div>Jane Doe</div>"
    role = read(shell(f"{head}<div>Political Editor</div><h2>{HEADLINE}</h2>"))
    dated = read(shell(f"{head}<div>March 3, 2026</div><h2>{HEADLINE}</h2>"))
    assert _bylines(role) == ["Jane Doe", "Political Editor"] and _headline(role) == HEADLINE
    assert _bylines(dated) == [] and _headline(dated) != HEADLINE


@pytest.mark.parametrize("text", ["Dr Sarah Jones", "Dr Mohammed Ahmed", "Prof. Chris Williams"])
def test_an_honorifics_name_ending_as_a_verb_is_a_name_only_beside_a_byline_line(text):
    # alone it has a headline's shape ("Dr Oz Loses"); over a role or a date line it is a name (qa118 #1)
    assert not name_shaped(text)
    assert name_shaped(text, beside_byline=True) and bare_name(text)


@pytest.mark.parametrize("text, name", [("Henry Ford II", True), ("John Smith III", True), ("Jane Doe Jr.", True),
                                        ("Ford II", False), ("Henry II Ford", False)])
def test_a_bare_name_may_end_in_a_generation_suffix(text, name):
    assert bare_name(text) is name


@pytest.mark.parametrize("name", ["Henry Ford II", "Mary Jane Doe"])
def test_a_three_word_bare_name_under_one_kicker_over_a_role_line_is_a_byline(name):
    # three words are too many for a kicker line, so the role line under it makes it a byline (qa118 #2)
    role = read(shell(f"<div>Politics</div><div>{name}</div><div>Political Editor</div><h2>{HEADLINE}</h2>"))
    dated = read(shell(f"<div>Politics</div><div>{name}</div><div>March 3, 2026</div><h2>{HEADLINE}</h2>"))
    assert _bylines(role) == [name, "Political Editor"] and _headline(role) == HEADLINE
    assert _bylines(dated) == []


@pytest.mark.parametrize("word, verb", [("Returns", True), ("Fired", True), ("Talks", True), ("Jones", False),
                                        ("Ahmed", False), ("Williams", False), ("Collapse", False)])
def test_a_headlines_verb_is_a_common_word_ending_in_s_or_ed(word, verb):
    # a surname of that ending is no ordinary word (qa125 #1, #2)
    assert headline_verb(word) is verb


@pytest.mark.parametrize("line, alone", [("Reuters", True), ("The Associated Press", True), ("Staff Reports", True),
                                         ("Political Editor", False), ("Bloomberg Reporter", False)])
def test_a_desk_alone_is_a_role_line_naming_no_role(line, alone):
    assert byline_role(line) and desk_alone(line) is alone


@pytest.mark.parametrize("text", ["World War II", "King Charles III", "Pope Leo IV"])
def test_a_numeral_after_a_title_or_common_words_makes_no_bare_name(text):
    assert not bare_name(text)      # qa125 #3
