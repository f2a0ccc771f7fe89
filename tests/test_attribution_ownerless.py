"""A document that names nobody is no speaker (nu22 #6): `“…,” the statement
read.` is a suggestion of `quotes.unattributed`, owned statements stay quiet,
and the continuation convention never carries an unknown speaker on."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.analysis.attribution import attribution
from lint.config import Config
from test_quotes import body

QUOTES = Config(select=("quotes.unattributed",))
PIPE = "“This pipe was installed in 1931 and it simply gave out,”"


def hows(*paragraphs: str) -> list[str]:
    return [s.how for s in attribution(body(*paragraphs))]


@pytest.mark.parametrize("tag", [
    "the statement read.", "the statement read in part.", "the statement said Tuesday.",
    "the post said.", "the email said.", "the release said.", "said the statement.",
    "a statement said.",
])
def test_a_document_alone_credits_nobody(tag):
    assert hows(f"{PIPE} {tag}") == ["document"]


@pytest.mark.parametrize("tag", [
    "a statement from the mayor’s office said.", "Smith’s statement said.",
    "their statement read.", "the company said in a statement.",
    "the statement from Mayor Ellen Park read.", "the city’s statement said.",
    "organisers said in a statement.", "organisers said in a brief statement.",
])
def test_a_document_whose_owner_the_sentence_names(tag):
    assert hows(f"{PIPE} {tag}") != ["document"]
    assert hows(f"{PIPE} {tag}")[0] != ""


@pytest.mark.parametrize("before", [
    "The water department issued a statement on Wednesday.",
    "Herrera said in a statement that the pipe was old.",
    "The mayor posted on Facebook on Tuesday night.",
    "On Thursday, the Republican Party of Wyoming announced she was not coming.",
])
def test_an_earlier_sentence_that_names_the_owner(before):
    tag = "the post said." if "posted" in before else "the statement read."
    assert hows(before, f"{PIPE} {tag}") == ["cue"]


def test_an_earlier_sentence_where_somebody_only_speaks_does_not_own_it():
    # s06: the spokesman said something; nothing says he issued the statement
    assert hows("Crews shut off the line by 10 a.m., department spokesman Luis Herrera said.",
                f"{PIPE} the statement read in part.") == ["document"]


def test_an_earlier_mention_that_names_nobody_does_not_own_it():
    assert hows("A statement was read at noon.", f"{PIPE} the statement read.") == ["document"]
    # the words of an earlier quote are no owner
    assert hows("“We will look into it,” the statement said.",
                f"{PIPE} the statement read.") == ["document", "document"]


def test_the_paragraph_shares_it_but_the_next_paragraph_is_not_carried():
    assert hows(f"{PIPE} the statement read. “Nobody listened to us for years.”") == \
        ["document", "document"]
    assert hows(f"{PIPE} the statement read.", "“Nobody listened to us for years and years.”") == \
        ["document", ""]
    # an owned statement is a speaker, and the convention carries it as before
    assert hows(f"{PIPE} their statement read.", "“Nobody listened to us for years and years.”") == \
        ["cue", "continues"]


def test_the_finding_is_a_suggestion_and_the_bare_quote_a_warning():
    text = ("Water main breaks\n\nA water main broke on Wednesday.\n\n"
            f"{PIPE} the statement read.\n\n“We asked the council for money and nobody listened.”\n")
    found = [(d.line, d.column, d.level, d.message[:40]) for d in lint_text(text, "s.txt", config=QUOTES)]
    assert found == [(5, 1, "suggestion", "direct quote is credited only to a docum"),
                     (7, 1, "warning", "direct quote has no attribution: add who")]
