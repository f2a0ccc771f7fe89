"""qa420: review of fx557 (2aed5fa4..d80ea64f): a note's text after a cited
title read as a statement or a citation (note_citations: `Name verb.`,
attribution.yaml cue verbs, lead-ins, authorless citations before a
semicolon, bold titles), and names.spelling-variant's swapped surnames
(name_people.two_people/swapped/told_apart).

Each strict xfail states what a copy desk expects and fails today; the
plain tests guard the nearest shapes that work now. Synthetic copy only
(the FNC-1 shapes are retold, not quoted).

Findings:
 #1 MED (new): a story person with a title and another with the swapped
    surname described in apposition or by a clause ("Mayor John Pierce" ...
    "John Peirce, a philosophy professor at the college"), each used again
    alone, are flagged as one person misspelt; the rule says a description
    or a title tells them apart. Quiet at 2aed5fa4.
 #2 HIGH (new): in a note, a quote's attribution with a figure before its
    verb ('"The council will vote April 3," Jane Doe, 56, said.'; "Jane Doe
    of District 3 said"; "Lee, 56, told reporters") is read as a citation:
    the future tense about a past date is lost (flagged at 2aed5fa4, and
    in the body still).
 #3 HIGH (was missed before; the change does not reach it): told_apart
    reads "another", a relative or "no relation" on any use of either
    surname, another person's too ("her husband, Tom Kowalczyk"; FNC-1
    782's "another American journalist, Steven Sotloff"), so the swapped
    slip used again alone ("Steven Soltoff ... Soltoff's mother") is lost.
 #4 MED (new): a citation's lower-case word after the outlet, before any
    date, is read as an attribution ("City Council statement, March 30,
    2024."; "WXYZ News report."; "Springfield Gazette online."; "...,
    quoted in Ann Lee, *Budget* (City Press, 2019), 4."): the cited
    title's own date is flagged as future tense. Quiet at 2aed5fa4.
 #5 MED (before): an APA reference in a note (title after "(2024, March
    30).") is no citation: the title's date is flagged.
 #6 LOW (before): the country "Britain" ("Theresa May said Britain must",
    "Britain must ...", "cost Britain dearly") is flagged as a swapped
    spelling of a person's "al-Britani" (FNC-1 2528's shape).
"""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at

SV = ("names.spelling-variant",)
FT = ("dates.future-tense-past-date",)
NOTE_RULES = ("names.spelling-variant", "names.age-changed", "dates.future-tense-past-date")
MET = "The council met.[^1]\n\n[^1]: "
STORY = "Mayor Jane Kowalczyk, 54, said so. Kowalczyk voted.[^1]\n\n[^1]: "
WILL = '"The council will vote April 3,"'


def _every(text, needle, start=0):
    out, i = [], text.find(needle, start)
    while i >= 0:
        out.append(_at(text, needle, i))
        i = text.find(needle, i + 1)
    return out


# ---- #1: a title on one, a description on the other -----------------------

APART = [
    "Mayor John Pierce said the vote was close. Pierce voted yes.\n\n"
    "John Peirce, a philosophy professor at the college, said the budget was unfair. Peirce left.\n",
    "Mayor Jane Kowalczyk said the vote was close. Kowalczyk voted yes.\n\n"
    "Jane Kowalcyzk, a nurse, said the budget was unfair. Kowalcyzk left.\n",
    "Mayor Jane Kowalczyk said the vote was close. Kowalczyk voted yes.\n\n"
    "Jane Kowalcyzk, who runs a bakery on Elm Street, said the budget was unfair. Kowalcyzk left.\n",
    "Jane Kowalczyk, a nurse at St. Mary's, said the wait was long. Kowalczyk left.\n\n"
    "Councilwoman Jane Kowalcyzk said the budget was unfair. Kowalcyzk voted no.\n",
]


@pytest.mark.xfail(strict=True, reason="qa420 #1, left open (fx569): a title on one full name and a description "
                   "or who-clause on the swapped one are still read as one person misspelt. With the same given name "
                   "a swapped letter is far likelier a slip, and no narrow reading tells 'a nurse' or 'who runs a "
                   "bakery' (another person) from 'a mother of three', 'a Democrat' or 'who called the vote' (the "
                   "mayor described: qa424 #1, #2); f2a0925e's reading hid those slips and was reverted")
@pytest.mark.parametrize("body", APART)
def test_a_title_and_a_description_tell_swapped_surnames_apart(body):
    assert _findings(HEAD + body, SV) == []


@pytest.mark.parametrize("body", [
    "Jane Kowalczyk, the mayor, said the vote was close. Kowalczyk voted yes.\n\n"
    "Jane Kowalcyzk, a nurse, said the budget was unfair. Kowalcyzk left.\n",
    "Mayor Jane Kowalczyk said the vote was close. Kowalczyk voted yes.\n\n"
    "Councilwoman Jane Kowalcyzk said the budget was unfair. Kowalcyzk left.\n",
    "Officer David Hsu, 41, said the road was closed. Hsu said crews worked overnight.\n\n"
    "David Shu, a neighbour, said he heard a crash. Shu said he called 911.\n",
    "Anna Chiu, 34, said the bridge was safe. Chiu said crews checked it.\n\n"
    "Anna Chui, 71, said she felt the shaking. Chui said she closed early.\n",
    "Senator John Pierce said the bill would pass. Pierce voted yes.\n\n"
    "Professor John Peirce said the bill was flawed. Peirce teaches law.\n",
])
def test_guard_real_people_with_swapped_surnames_told_apart_stay_quiet(body):
    assert _findings(HEAD + body, SV) == []


@pytest.mark.parametrize("name,body", [
    ("Abarms", "Senator Stacey Abrams spoke Monday. Abrams said the bill would pass.\n\n"
               "Later, Stacey Abarms said she was pleased. Abarms left.\n"),
    ("Stien", "Coach Tom Stein said the team was ready. Stein smiled.\n\nLater, Tom Stien said he was glad. Stien left.\n"),
    ("Kowalcyzk", "Mayor Jane Kowalczyk said the vote was close. Kowalczyk voted yes.\n\n"
                  "Jane Kowalcyzk's office later said the budget was fair. Kowalcyzk's aide left.\n"),
])
def test_guard_a_swapped_slip_used_again_alone_is_flagged_at_each_use(name, body):
    text = HEAD + body
    first = text.index(name)
    assert _findings(text, SV) == [("names.spelling-variant", *at, name) for at in _every(text, name, first)]


# ---- #2: a figure before the attribution's verb in a note -----------------

@pytest.mark.parametrize("tail", ["Jane Doe, 56, said.", "Jane Doe of District 3 said.", "Lee, 56, told reporters.",
                                  "Jane Doe, 56, wrote on Facebook."])
def test_an_attribution_with_a_figure_before_its_verb_keeps_the_date_flagged(tail):
    text = HEAD + MET + WILL + " " + tail + "\n"
    assert _findings(text, FT) == [("dates.future-tense-past-date", *_at(text, "April 3", text.index("[^1]:")), "April 3")]


@pytest.mark.parametrize("story", ["", MET])
def test_guard_an_attribution_without_a_figure_keeps_the_date_flagged(story):
    text = HEAD + story + WILL + " Jane Doe said Monday.\n"
    at = text.index("[^1]:") if story else 0
    assert _findings(text, FT) == [("dates.future-tense-past-date", *_at(text, "April 3", at), "April 3")]


def test_guard_the_same_attribution_in_the_body_is_flagged():
    text = HEAD + WILL + " Jane Doe, 56, said.\n"
    assert _findings(text, FT) == [("dates.future-tense-past-date", *_at(text, "April 3"), "April 3")]


@pytest.mark.parametrize("tail", ["Jane Kowalcyzk, 54, said.", "Jane Kowalcyzk of District 3 said.",
                                  "Jane Kowalcyzk told reporters.", "said Jane Kowalcyzk, 54."])
def test_guard_a_misspelt_name_in_such_an_attribution_is_flagged(tail):
    text = HEAD + STORY + '"We won," ' + tail + "\n"
    assert _findings(text, SV) == [("names.spelling-variant", *_at(text, "Kowalcyzk"), "Kowalcyzk")]


# ---- #3: another person's "another", relative or "no relation" -----------

SLIPS = [
    "Mayor Jane Kowalczyk, 54, and her husband, Tom Kowalczyk, voted. Kowalczyk said so.\n\n"
    "Later, Jane Kowalcyzk said she was glad. Kowalcyzk left.\n",
    "Mayor Jane Kowalczyk, 54, said so. Kowalczyk voted. Pitcher Sam Kowalczyk, no relation, watched.\n\n"
    "Later, Jane Kowalcyzk said she was glad. Kowalcyzk left.\n",
    "Militants threatened journalist James Foley. They paraded another American journalist, Steven Sotloff, "
    "who went missing in 2013. Sotloff last posted in August.\n\n"
    "A caption claims it is Steven Soltoff. Soltoff's mother pleaded for his release.\n",
]


@pytest.mark.parametrize("body", SLIPS)
def test_another_persons_relation_leaves_the_swapped_slip_flagged(body):
    text = HEAD + body
    slip = "Kowalcyzk" if "Kowalcyzk" in body else "Soltoff"
    assert _findings(text, SV) == [("names.spelling-variant", *at, slip) for at in _every(text, slip)]


def test_guard_the_sotloff_slip_without_another_is_flagged_at_each_use():
    text = HEAD + SLIPS[2].replace("another American journalist, Steven Sotloff,", "American journalist Steven Sotloff,")
    assert _findings(text, SV) == [("names.spelling-variant", *at, "Soltoff") for at in _every(text, "Soltoff")]


def test_guard_a_relative_before_a_slip_typed_once_leaves_it_flagged():
    text = HEAD + SLIPS[0].replace(" Kowalcyzk left.", "")
    assert _findings(text, SV) == [("names.spelling-variant", *_at(text, "Kowalcyzk"), "Kowalcyzk")]


# ---- #4: a citation's own lower-case words read as an attribution ---------

@pytest.mark.parametrize("tail", ["City Council statement, March 30, 2024.", "WXYZ News report.",
                                  "Springfield Gazette online.",
                                  "Springfield Gazette, quoted in Ann Lee, *Budget* (City Press, 2019), 4.",
                                  "Springfield Gazette, reported by Tom Ray, March 30, 2024."])
def test_a_citations_lower_case_words_keep_the_citation(tail):
    assert _findings(HEAD + MET + WILL + " " + tail + "\n", FT) == []


@pytest.mark.parametrize("note", [
    f"{WILL} Springfield Gazette, March 30, 2024.",
    f"{WILL} Springfield Gazette, updated March 30, 2024.",
    f"Source: {WILL} Associated Press, March 30, 2024.",
    f"As reported in {WILL} AP News, March 30, 2024.",
    f"See, e.g., {WILL} Springfield Gazette, March 30, 2024.",
    f"Ibid.; Ann Lee, {WILL} Springfield Gazette, March 30, 2024.",
    "Ann Lee, **The council will vote April 3**, Springfield Gazette, March 30, 2024.",
    "Ann Lee, __The council will vote April 3__, Springfield Gazette, March 30, 2024.",
    f"Ann Lee, {WILL} Springfield Gazette, last modified March 30, 2024.",
])
def test_guard_citations_read_as_citations(note):
    assert _findings(HEAD + MET + note + "\n", FT) == []


@pytest.mark.parametrize("tail", ["Lee wept.", "Mayor Lee announced, March 30, 2024.", "the mayor said.",
                                  "Lee told the Gazette."])
def test_guard_statements_after_a_title_keep_the_date_flagged(tail):
    text = HEAD + MET + WILL + " " + tail + "\n"
    assert _findings(text, FT) == [("dates.future-tense-past-date", *_at(text, "April 3", text.index("[^1]:")), "April 3")]


# ---- #5: APA ---------------------------------------------------------------

@pytest.mark.parametrize("note", ["Lee, A. (2024, March 30). The council will vote April 3. *Springfield Gazette*.",
                                  "Lee, A. (2024, March 30). *The council will vote April 3*. Springfield Gazette."])
def test_an_apa_reference_is_a_citation(note):
    assert _findings(HEAD + MET + note + "\n", FT) == []


# ---- #6: a country read as a swapped surname ------------------------------

PLOT = ("Police named two suspects: Abu Hussain al-Britani, 20, a hacker from Birmingham, and Abu Abdullah "
        "al-Britani, from Portsmouth. Al-Britani was jailed in 2012. Officers said al-Britani ran an account online.\n\n")


@pytest.mark.xfail(strict=True, reason="qa420 #6: the country 'Britain' is read as a person, a swapped "
                   "spelling of al-Britani")
@pytest.mark.parametrize("line", ["Home Secretary Theresa May said Britain must introduce new powers.",
                                  "Britain must introduce new powers, the Home Secretary said.",
                                  "The plan will cost Britain dearly."])
def test_a_country_is_no_swapped_surname(line):
    assert _findings(HEAD + PLOT + line + "\n", SV) == []


def test_guard_the_country_after_in_is_quiet():
    assert _findings(HEAD + PLOT + "Ministers in Britain want new powers.\n", SV) == []


# ---- positions of the swapped slip in other formats ------------------------

BODY = "Mayor Jane Kowalczyk, 54, said so. Kowalczyk voted.\n\nLater, Jane Kowalcyzk spoke. Kowalcyzk said she was glad.\n"


@pytest.mark.parametrize("name,text", [
    ("a.md", (HEAD + BODY).replace("\n", "\r\n")),
    ("a.txt", "Council approves budget\r\n\r\n" + BODY.replace("\n", "\r\n")),
    ("a.html", "<html><body><h1>Budget &amp; vote</h1><p>Mayor Jane Kowalczyk, 54, said so. Kowalczyk voted "
               "&mdash; twice.</p>\n<p>Later, Jane&nbsp;Kowalcyzk spoke. Kowalcyzk said she was &ldquo;glad.&rdquo;"
               "</p></body></html>\n"),
    ("a.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<nitf><head><title>Budget</title></head><body><body.head>'
              "<hedline><hl1>Budget</hl1></hedline></body.head><body.content>\n<p>Mayor Jane Kowalczyk, 54, said so. "
              "Kowalczyk voted.</p>\n<p>Later, Jane Kowalcyzk spoke. Kowalcyzk said she was glad.</p>\n"
              "</body.content></body></nitf>\n"),
    ("a.md", HEAD + "Mayor Zoë Kowalczyk, 54, said so. Kowalczyk voted. 👍\n\nLater, 😀 Zoë Kowalcyzk spoke. "
             "Kowalcyzk said she was glad.\n"),
])
def test_guard_swapped_slip_positions_across_formats(name, text):
    assert _findings(text, SV, name=name) == [("names.spelling-variant", *at, "Kowalcyzk")
                                              for at in _every(text, "Kowalcyzk")]


def test_guard_swapped_slip_in_a_unicode_surname():
    text = HEAD + "Mayor Łukasz Wiśniewski, 54, said so. Wiśniewski voted.\n\nLater, Łukasz Wiśniweski spoke. " \
                  "Wiśniweski said he was glad.\n"
    assert _findings(text, SV) == [("names.spelling-variant", *at, "Wiśniweski") for at in _every(text, "Wiśniweski")]


def test_guard_a_swapped_slip_in_a_notes_statement_is_flagged_at_each_use():
    text = HEAD + STORY + "Jane Kowalcyzk later said she was glad. Kowalcyzk left.\n"
    assert _findings(text, SV) == [("names.spelling-variant", *at, "Kowalcyzk") for at in _every(text, "Kowalcyzk")]
