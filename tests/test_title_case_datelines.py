"""A wire dateline with its place in title case (nu26 #11): `Sydney, March
3 -`, `Harbor City, Nov. 12 (Courier) -` opening the first body paragraph
is a dateline, compared by dateline-mismatch, no event for after-publication.
A weekday or a preposition before the comma is no place, and the form is read
only at the first body paragraph's start."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes


def wire(text: str, name: str = "x.txt") -> str | None:
    """The text of the story's wire dateline, or None (a date line alone is no wire dateline)."""
    doc = read_bytes(name, text.encode())
    return next((p.text for p in doc.parts if p.kind == "dateline" and p.attrs.get("wire")), None)


def rules(text: str, name: str = "x.txt") -> list[tuple[str, str]]:
    config = Config(select=("dates",))
    doc = read_bytes(name, text.encode())
    return [(d.rule, doc.source[d.offset:d.end_offset])
            for d in lint_document(doc, active_rules(config), config).diagnostics]


@pytest.mark.parametrize("line", ["Sydney, March 3 -", "Harbor City, Nov. 12 (Courier) -",
                                  "Portland, Maine, Nov. 12 --", "New York, March 3 (Reuters) -"])
@pytest.mark.parametrize("name,template", [("x.txt", "Money supply rises\n\nMarch 2, 1987\n\n{}"),
                                           ("x.md", "# Money supply rises\n\n{}"),
                                           ("x.html", "<h1>Money supply rises</h1><p>{}</p>")])
def test_a_title_case_place_and_date_open_a_dateline(line, name, template):
    assert wire(template.format(f"{line} Australia's broad money supply rose 2.1 pct.\n"), name) == line


@pytest.mark.parametrize("opening", ["On Tuesday, March 3 - the council met.", "Monday, March 3 - the council met.",
                                     "Harbor City officials, Nov. 12 - the council met.",
                                     "Sydney, March 3 (Reuters) the council met."])
def test_a_weekday_a_preposition_or_no_dash_is_no_dateline(opening):
    assert wire(f"Money supply rises\n\nMarch 2, 1987\n\n{opening}\n") is None


def test_only_the_first_body_paragraph_opens_a_dateline():
    # (a one-clause line under the hed is a release's subhead, over a dateline with its date, as in capitals)
    lede = "The bank said money rose. It gave no reason."
    assert wire(f"Money supply rises\n\nMarch 2, 1987\n\n{lede}\n\nSydney, March 3 - It rose.\n") is None


def test_the_nu26_reproducers_go_to_dateline_mismatch():
    sydney = "Money supply rises\n\nMarch 2, 1987\n\nSydney, March 3 - Australia's broad money supply rose 2.1 pct.\n"
    assert rules(sydney) == []          # a day's difference is tolerated
    harbor = "Budget passes\n\nPublished Nov. 14, 2026\n\nHarbor City, Nov. 12 (Courier) - The council approved it.\n"
    assert rules(harbor) == [("dates.dateline-mismatch", "Nov. 12")]


# fx88: two or three title-case words are as often a person's name; a place only in a shape no name takes
@pytest.mark.parametrize("line", ["Fort Worth, Nov. 12 -", "Harbor City, Nov. 12 -", "San Luis Obispo, Nov. 12 -",
                                  "Alice Springs, March 3 -", "Ann Arbor, Mich., March 3 -"])
def test_a_place_word_or_a_state_makes_two_title_case_words_a_place(line):
    assert wire(f"Money supply rises\n\nMarch 2, 1987\n\n{line} The council met on Tuesday.\n") == line


@pytest.mark.parametrize("opening", ["Tom Smith, March 3 - The council met on Tuesday.",
                                     "Mayor Tom Smith, March 3 - The council met on Tuesday.",
                                     "Kim Park, March 3 - The council met on Tuesday.",
                                     "Tom West, March 3 -- The council met on Tuesday.",
                                     "Michael Bay, March 3 - The crew met on Tuesday.",    # qa63 #7
                                     "Sylvia Beach, March 3 - The shop opened on Tuesday."])
@pytest.mark.parametrize("name,template", [("x.txt", "Money supply rises\n\nMarch 2, 1987\n\n{}"),
                                           ("x.md", "# Money supply rises\n\n{}"),
                                           ("x.html", "<h1>Money supply rises</h1><p>{}</p>")])
def test_a_persons_name_a_date_and_a_dash_is_no_dateline(opening, name, template):
    assert wire(template.format(opening + "\n"), name) is None
