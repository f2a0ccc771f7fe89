"""qa155: late QA of fx238's names fixes (soft wraps and no-break spaces, Jr./Sr. ages,
birthdays, nicknames, double surnames, firms and datelines). Each test is a fault and
asserts the right behaviour. fx245 fixed seven of the ten and removed their marks (list
lines and headings, <br> and Markdown hard breaks: bf1cf366, a5d0e84c; nicknames: f59ca859;
double surnames: 8e1a1f0e; agency datelines: 40006b94). Later fixes removed two more marks:
another person's turned age (9bdb34ce) and a double surname alone with a dropped accent
(84af4a9e), and fx306 the last, an indented HTML wrap. Synthetic input only."""
from __future__ import annotations

import pytest

from titles_helpers import read, run

HED = "Council vote set\n\nPublished May 1, 2024\n\n"


def _snippets(src: str, rule: str, suffix: str = ".txt") -> list[str]:
    return [d.snippet for d in run(read(src, suffix), rule)]


@pytest.mark.parametrize("body", [
    "The new officers were sworn in on Monday:\nIrena Kowalczyk, Deputy Mayor\nTom Reed, Mayor\n\n"
    "Mayor Reed said the budget was tight.\n",
    # an all-capitals heading line over its paragraph
    "INTERVIEW WITH THE MAYOR\nTom Reed, 45, has run the city for two years.\n\nDeputy Mayor Tom Reed said no.\n",
])
def test_a_plain_text_list_line_ending_in_a_title_is_no_wrap(body):
    assert _snippets(HED + body, "names.title-changed") == []


def test_an_html_br_is_no_soft_wrap():
    src = ("<html><body><h1>Council vote set</h1><p>The new officers were sworn in on Monday:<br>"
           "Irena Kowalczyk, Deputy Mayor<br>Tom Reed, Mayor</p>"
           "<p>Mayor Reed said the budget was tight.</p></body></html>")
    assert _snippets(src, "names.title-changed", ".html") == []


def test_a_markdown_backslash_hard_break_is_no_soft_wrap():
    src = ("# Council vote set\n\nThe new officers were sworn in on Monday:\\\n"
           "Irena Kowalczyk, Deputy Mayor\\\nTom Reed, Mayor\n\nMayor Reed said the budget was tight.\n")
    assert _snippets(src, "names.title-changed", ".md") == []


@pytest.mark.parametrize("clause", [
    "Hendricks, 46, and Ann Lee, who turned 46 on Sunday, left.",
    "Hendricks, 46, whose wife turned 46 on Sunday, left.",
    "Hendricks, 46, said Ann Lee had her birthday on Sunday.",
])
def test_another_persons_turned_age_does_not_excuse_the_slip(clause):
    body = "Mayor Thomas Hendricks, 45, spoke. " + clause
    assert _snippets(HED + body + "\n", "names.age-changed") == ["46"]


def test_a_given_name_and_surname_is_no_double_surname_alone():
    body = ("Former President Carlos Andrés Pérez, 70, spoke on Monday. The lawyer Andrés Pérez, 41, said "
            "the family would appeal.")
    assert _snippets(HED + body + "\n", "names.age-changed") == []


# fixed (fx306): in HTML and Markdown the indentation after a wrap is part of its space (name_wraps.flat)
def test_an_indented_html_line_wrap_inside_a_title_is_a_space():
    src = ("<html><body><h1>Council vote set</h1>\n<p>Deputy Mayor Irena Kowalczyk opened the meeting. "
           "Later, Deputy\n      Mayor Kowalczyk closed it.</p></body></html>")
    assert _snippets(src, "names.title-changed", ".html") == []


def test_an_indented_html_line_wrap_still_shows_a_title_really_dropped():
    src = ("<html><body><h1>Council vote set</h1>\n<p>Deputy Mayor Irena Kowalczyk opened the meeting. "
           "Later, the\n      Mayor Kowalczyk closed it.</p></body></html>")
    assert _snippets(src, "names.title-changed", ".html") == ["Mayor"]


def test_an_indented_plain_text_line_after_a_title_is_no_wrap():
    body = "Deputy Mayor Irena Kowalczyk opened the meeting.\n\nOfficers:\nDeputy\n    Mayor Kowalczyk\n"
    assert _snippets(HED + body, "names.title-changed") == ["Mayor"]


@pytest.mark.parametrize("dateline, place", [("Lincoln, Neb. (ap) —", "Lincoln"), ("Houston, Texas (reuters) -", "Houston")])
def test_a_lower_case_agency_dateline_is_a_place(dateline, place):
    src = f"Council vote set\n\n{dateline} {place} said the vote was set. Sam {place} left.\n"
    found = [(d.line, d.column, d.snippet) for d in run(read(src), "names.first-reference")]
    assert found == [(3, len(dateline) + 2, place)]


def test_a_markdown_two_space_hard_break_is_no_soft_wrap():
    src = ("# Council vote set\n\nThe new officers:  \nIrena Kowalczyk, Deputy Mayor  \nTom Reed, Mayor\n\n"
           "Mayor Reed said the budget was tight.\n")
    assert _snippets(src, "names.title-changed", ".md") == []


def test_a_double_surname_alone_with_a_dropped_accent_is_flagged():
    body = "Andrés Manuel López Obrador spoke. Lopez Obrador said no. López Obrador left."
    found = [(d.line, d.column, d.snippet.split()[0]) for d in run(read(HED + body + "\n"), "names.spelling-variant")]
    assert found == [(5, 36, "Lopez")]   # 'Lopez' or 'Lopez Obrador', placed on the slip


@pytest.mark.parametrize("clause", [
    "The crowd chanted Kim \"Out\" Reed, 54, said.",
    "As supporters of Kim chanted her name, Kim \"Resign\" Reed, 54, said.",
])
def test_a_quoted_ordinary_word_is_no_nickname(clause):
    body = "Tom Reed, 45, spoke first. " + clause
    assert _snippets(HED + body + "\n", "names.age-changed") == ["54"]


# qa186 #7: the message shows an indented title with single spaces, not as the markup wraps it
@pytest.mark.parametrize("first, shown", [("Deputy\n      Mayor", "Deputy Mayor"), ("Deputy Mayor", "Deputy Mayor")])
def test_the_title_changed_message_shows_a_wrapped_title_with_one_space(first, shown):
    src = (f"<html><body><h1>Council vote set</h1>\n<p>{first} Irena Kowalczyk opened the meeting. "
           "Later, Mayor Kowalczyk closed it.</p></body></html>")
    found = run(read(src, ".html"), "names.title-changed")
    assert len(found) == 1 and f"'{shown}'" in found[0].message
