"""qa374: review of fx506 (2f23e2aa..8c865619): an `existence` plain phrase's
literal is the whole phrase again, looked for folded or squeezed
(`_squeeze`, `_literals.holding/tokens_in`); a phrase over odd white space
is quoted with one space (`Finding.spaced`); and hygiene.boilerplate's
closing tagline is read over the lines that run on into each other
(`_closing.Closing`).

Strict xfails state what a desk expects and does not get today (qa374 #N);
the plain tests guard the nearest shapes that work now. The literal
pre-check lost no finding on any shape tried (each built-in existence
rule's plain phrases and a house rule mixing plain phrases, regex tokens,
`St. Louis`, `e-mail`, `café society`, `İstanbul office`, `ﬁnal say`,
`straße nicht`, ignorecase on and off, over a space, a wrap, CRLF, a tab, a
no-break space, U+2028, U+3000, a form feed, in .txt, .md with front matter
and .html), and over mdrepos, realhtml, BBC, NewsML-G2 and WordPress the
four built-in existence rules give the same findings before and after.
"""
from __future__ import annotations

import pytest

TAKEN_BACK = pytest.mark.xfail(strict=True, reason="taken back (fx506 7462d868, qa374 #1, #2 HIGH: the run-on tagline reading spared pitches and footers under a copyright line that main reported); qa367 #1-#4, #6-#8 open again")

from lint import lint_text
from lint.config import Config
from courier_helpers import house, source_at

BOILERPLATE = Config(select=("hygiene.boilerplate",))
STORY = "Ex-treasurer sentenced\n\nKessler must report to prison by Jan. 4.\n\n"
MD_STORY = "---\ntitle: Ex-treasurer sentenced\n---\n\nKessler must report to prison by Jan. 4.\n\n"
NITF_HEAD = ('<?xml version="1.0"?>\n<nitf><head><title>Council approves budget</title></head><body><body.head>'
             "<hedline><hl1>Council approves budget</hl1></hedline></body.head><body.content>\n"
             "<p>The council met on Monday.</p>\n")
NITF_TAIL = "</body.content></body></nitf>\n"
HTML_HEAD = "<html><body><h1>Ex-treasurer sentenced</h1><p>Kessler must report to prison by Jan. 4.</p><p>"
HTML_TAIL = "</p></body></html>"

PITCH = "CMS boilerplate in the copy: 'Sign up for our newsletter'; delete it"
RIGHTS = "CMS boilerplate in the copy: 'All rights reserved'; delete it"


def found(text: str, path: str = "s.txt") -> list[tuple]:
    return [(d.line, d.column, d.end_line, d.end_column, d.message)
            for d in lint_text(text, path, config=BOILERPLATE)]


def messages(text: str, path: str = "s.txt") -> list[str]:
    return [f[4] for f in found(text, path)]


def shapes(tail: str) -> list[tuple[str, str]]:
    """(text, path) of one closing paragraph in .txt, .txt CRLF, .md (front matter), .html (<br>) and NITF."""
    return [(STORY + tail, "s.txt"), ((STORY + tail).replace("\n", "\r\n"), "s.txt"),
            (MD_STORY + tail, "s.md"),
            (HTML_HEAD + tail.strip().replace("\n", "<br>") + HTML_TAIL, "s.html"),
            (NITF_HEAD + "<p>" + tail.strip() + "</p>\n" + NITF_TAIL, "s.nitf")]


# --- #1 (HIGH, new in 7462d868) a pitch or footer on the line under a copyright line with no -----
# closing stop is read as the tagline run on, and spared, unless the match opens that line

UNDER_NO_STOP = [
    ("\u00a9 2026 Lakeshore Ledger\nWant more? Sign up for our newsletter.\n", PITCH),
    ("\u00a9 2026 Lakeshore Ledger\nGet the news: Sign up for our newsletter\n", PITCH),
    ("\u00a9 2026 Lakeshore Ledger\nTo get stories like this, sign up for our newsletter.\n",
     "CMS boilerplate in the copy: 'sign up for our newsletter'; delete it"),
    ("\u00a9 2026 Lakeshore Ledger\nTerms of Use | Privacy Policy | All rights reserved\n", RIGHTS),
    ("Copyright 2026 Lakeshore Ledger\nPlease share this article\n",
     "CMS boilerplate in the copy: 'share this article'; delete it"),
    ("\u00a9 2026 Lakeshore Ledger\n12 issues for $1. Subscribe now for 99 cents\n",
     "CMS boilerplate in the copy: 'Subscribe now'; delete it"),
]


@pytest.mark.parametrize("tail, message", UNDER_NO_STOP)
def test_a_pitch_inside_the_line_under_a_copyright_line_is_reported(tail, message):
    assert messages(STORY + tail) == [message]


@pytest.mark.parametrize("fmt", range(5))
def test_a_pitch_inside_the_line_under_a_copyright_line_is_reported_in_each_format(fmt):
    text, path = shapes("\u00a9 2026 Lakeshore Ledger\nWant more? Sign up for our newsletter.\n")[fmt]
    assert messages(text, path) == [PITCH]


@pytest.mark.parametrize("fmt", range(5))
def test_guard_a_pitch_opening_the_line_under_a_copyright_line_is_reported_in_each_format(fmt):
    text, path = shapes("\u00a9 2026 Lakeshore Ledger\nSign up for our newsletter.\n")[fmt]
    got = found(text, path)
    assert [f[4] for f in got] == [PITCH]
    assert source_at(text, got[0]) == "Sign up for our newsletter"


def test_guard_a_pitch_inside_the_line_under_a_copyright_line_ending_a_sentence_is_reported():
    assert found(STORY + "\u00a9 2026 Lakeshore Ledger.\nWant more? Sign up for our newsletter.\n") == [
        (6, 12, 6, 38, PITCH)]


# --- #2 (HIGH, new in 7462d868) a pitch opening a line under a tagline wrapped over two lines --------
# is spared when those two lines run on: the 'word a line' exception checks only that line at-2
# runs on, not that the lines are one word each (docs: "Only a tagline wrapped a word a line
# runs on over a sentence's end")

@pytest.mark.parametrize("tail, message", [
    ("Copyright 2026 Lakeshore\nLedger\nSign up for our newsletter\n", PITCH),
    ("Copyright 2026 Lakeshore Ledger, all rights\nreserved\nSign up for our newsletter\n", PITCH),
    ("Copyright 2026 Lakeshore Ledger. All rights\nreserved\nComments are closed\n",
     "CMS boilerplate in the copy: 'Comments are closed'; delete it"),
])
def test_a_line_opening_pitch_under_a_two_line_tagline_is_reported(tail, message):
    assert messages(STORY + tail) == [message]


@pytest.mark.parametrize("fmt", range(5))
def test_a_line_opening_pitch_under_a_two_line_tagline_is_reported_in_each_format(fmt):
    text, path = shapes("Copyright 2026 Lakeshore\nLedger\nSign up for our newsletter\n")[fmt]
    assert messages(text, path) == [PITCH]


def test_the_phrase_on_its_own_line_under_a_two_line_notice_is_reported_as_under_one():
    assert messages(STORY + "Copyright 2026\nLakeshore Ledger\nAll rights reserved\n") == [RIGHTS]


def test_guard_the_phrase_on_its_own_line_under_a_one_line_notice_is_reported():
    assert found(STORY + "\u00a9 2026 Lakeshore Ledger\nAll rights reserved\n") == [(6, 1, 6, 20, RIGHTS)]


@pytest.mark.parametrize("tail", [
    "Copyright\n2026\nLakeshore\nLedger.\nAll\nrights reserved.\n",        # a word a line
    pytest.param("Copyright 2026 Lakeshore Ledger, a division of\nU.S. News Corp. All rights reserved.\n", marks=TAKEN_BACK),
    pytest.param("Copyright 2026 Ledger. All rights reserved.\n\n(Reporting by Jane Doe; Editing by\nJohn Roe)\n", marks=TAKEN_BACK),
    pytest.param("Copyright 2026 Ledger. All rights reserved.\n\nJane Doe contributed\nto this report.\n", marks=TAKEN_BACK),
])
def test_guard_real_taglines_are_spared(tail):
    assert found(STORY + tail) == []


# --- #3 (MED) a credit wrapped after its semicolon is no closing-after line: the tagline above ------
# it is reported (new in 7462d868 for a wrapped tagline; before it, for a one-line tagline)

def test_a_wrapped_tagline_over_a_credit_wrapped_after_its_semicolon_is_spared():
    assert found(STORY + "Copyright 2026 Ledger. All rights\nreserved.\n(Reporting by Jane Doe;\nEditing by John Roe)\n") == []


@pytest.mark.xfail(strict=True, reason="qa374 #3: the same for a one-line tagline over the ';'-wrapped credit "
                                       "(reported before fx506 too; fx506's wrapped-credit reading (qa367 #7) misses it)")
@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_one_line_tagline_over_a_credit_wrapped_after_its_semicolon_is_spared(gap):
    assert found(STORY + "Copyright 2026 Ledger. All rights reserved.\n" + gap
                 + "(Reporting by Jane Doe;\nEditing by John Roe)\n") == []


def test_guard_a_wrapped_tagline_over_a_credit_wrapped_inside_it_is_spared():
    assert found(STORY + "Copyright 2026 Ledger. All rights\nreserved.\n(Reporting by Jane Doe; Editing by\nJohn Roe)\n") == []


# --- #4 (LOW, new in 7462d868) the tagline's own 'All rights reserved' is spared though a pitch -----
# follows it in its paragraph (read as the tagline run on); the pitch itself is still reported

@pytest.mark.parametrize("tail, pitch", [
    ("Copyright 2026 Lakeshore Ledger, all rights reserved\nSign up for our newsletter\n", PITCH),
    ("Copyright 2026 Lakeshore Ledger. All rights reserved.\nclick here to subscribe\n",
     "CMS boilerplate in the copy: 'click here to subscribe'; delete it"),
])
def test_a_tagline_with_a_pitch_after_it_in_its_paragraph_is_reported(tail, pitch):
    got = messages(STORY + tail)
    assert pitch in got
    assert len(got) == 2


def test_guard_a_tagline_ending_a_sentence_with_a_pitch_line_after_it_is_reported():
    got = found(STORY + "Copyright 2026 Lakeshore Ledger. All rights reserved.\nSign up for our newsletter\n")
    assert got == [(5, 34, 5, 53, RIGHTS), (6, 1, 6, 27, PITCH)]


# --- #5 (LOW, new in 026af9fb) the one-space quote misses a phrase with a dotted capital I ----------

RULE = ("extends: existence\nmessage: \"house: '%s'\"\nlevel: warning\nignorecase: true\n"
        "scope: [paragraph, headline]\ntokens:\n  - in order to\n  - İstanbul office\n  - 'order(?:s)? to'\n"
        "  - St. Louis\n  - e-mail\n  - café society\n  - ﬁnal say\n  - straße nicht\n")


@pytest.mark.xfail(strict=True, reason="qa374 #5: `_spaced` folds with str.lower, which turns İ into i + U+0307, so "
                                       "a phrase holding a dotted capital I (or matched on one) over a no-break space is "
                                       "quoted with the raw NBSP, not one space")
@pytest.mark.parametrize("said, quoted", [
    ("İn\u00a0order to", "İn order to"),
    ("istanbul\u00a0office", "istanbul office"),
])
def test_a_phrase_with_a_dotted_capital_i_is_quoted_with_one_space(tmp_path, said, quoted):
    got = house(tmp_path, RULE, "The board met " + said + " today.\n")
    assert [f[4] for f in got] == [f"house: '{quoted}'"]


@pytest.mark.parametrize("said, quoted", [
    ("İn\norder to", "İn order to"),
    ("IN\u00a0ORDER\u00a0TO", "IN ORDER TO"),
    ("İstanbul\u00a0office", "İstanbul office"),
    ("in\u2028order\x0cto", "in order to"),
])
def test_guard_phrases_over_odd_white_space_are_quoted_with_one_space(tmp_path, said, quoted):
    got = house(tmp_path, RULE, "The board met " + said + " today.\n")
    assert [f[4] for f in got] == [f"house: '{quoted}'"]


# --- guards: the whole-phrase literal loses no wrapped phrase ------------------------------------

WHITE = ["\n", "\r\n", "\t", "\u00a0", "\u2028", "  ", " \n ", "\u3000", "\x0c", "\u202f"]


@pytest.mark.parametrize("phrase", ["Sign up for our newsletter", "Subscribe to our newsletter",
                                    "This content was produced by", "All rights reserved",
                                    "Comments are closed"])
@pytest.mark.parametrize("white", WHITE)
def test_guard_each_plain_phrase_of_boilerplate_is_found_over_any_white_space(phrase, white):
    said = phrase.replace(" ", white)
    text = "Ferry fares\n\nThe board voted 5-2. " + said + " today.\n\nFares rise in March.\n"
    got = found(text)
    assert len(got) == 1
    assert source_at(text, got[0]) == said
    assert got[0][4] == f"CMS boilerplate in the copy: '{phrase}'; delete it"


@pytest.mark.parametrize("white", ["&nbsp;", "<br>", "\n", "&#8232;", " &nbsp; "])
def test_guard_a_wrapped_phrase_in_html_is_found(white):
    text = ("<html><body><h1>Ferry fares</h1><p>The board voted 5-2. Sign" + white
            + "up for our newsletter today.</p><p>Fares rise in March.</p></body></html>")
    assert messages(text, "s.html") == [PITCH]


@pytest.mark.parametrize("white", ["  \n", "\\\n", "&nbsp;", "\n"])
def test_guard_a_wrapped_phrase_in_markdown_with_front_matter_is_found(white):
    text = MD_STORY + "The board voted 5-2. Sign" + white + "up for our newsletter today.\n\nFares rise.\n"
    assert messages(text, "s.md") == [PITCH]


@pytest.mark.parametrize("said", [
    "in\norder\nto", "in\r\norder to", "in\torder\x0bto", "In\u00a0order\u2028to", "İn order to",
    "St.\nLouis", "ST.\u00a0LOUIS", "e-mail", "café\nsociety", "CAFÉ\u00a0SOCIETY", "İstanbul\noffice",
    "ﬁnal\nsay", "straße\nnicht", "orders to",
])
def test_guard_a_house_rule_of_phrases_and_regex_tokens_finds_the_phrase_wrapped(tmp_path, said):
    text = "Ferry fares\n\nThe board met " + said + " today.\n\nFares rise.\n"
    got = house(tmp_path, RULE, text)
    assert len(got) == 1
    assert source_at(text, got[0]) in (said, said[3:])     # (the regex token 'order(?:s)? to' takes 'orders to')


@pytest.mark.parametrize("said", ["white\nhouse", "White\u00a0House", "White\r\nHouse"])
def test_guard_a_case_sensitive_phrase_is_found_wrapped_only_in_its_case(tmp_path, said):
    rule = RULE.replace("ignorecase: true", "ignorecase: false").replace("  - in order to\n", "  - White House\n")
    text = "Ferry fares\n\nThe board met at the " + said + " today.\n\nFares rise.\n"
    got = house(tmp_path, rule, text)
    assert len(got) == (0 if said.startswith("white") else 1)
