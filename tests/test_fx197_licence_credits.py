"""A Creative Commons or public-domain licence note after a photo credit
(qa110 #4): the credit before it is found and carved out without the note,
a name alone before it is its author's credit, and a licence with no credit
before it is still none."""
from __future__ import annotations

import pytest

from lint.analysis.credit_licences import licence_note
from lint.analysis.credits import find_credit
from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes

CAPTIONS = Config(select=("captions",))


def _credit(caption: str) -> str | None:
    span = find_credit(caption)
    return None if span is None else caption[span[0]:span[1]]


@pytest.mark.parametrize("caption, credit", [
    ("Shoppers rush in. Photo by Jane Doe. Licensed under CC BY 2.0.", "Photo by Jane Doe."),
    ("Shoppers rush in. Photo by Jane Doe/Flickr (CC BY 2.0)", "Photo by Jane Doe/Flickr"),
    ("Shoppers rush in. Photo: Jane Doe. CC0 1.0 Universal", "Photo: Jane Doe."),
    ("Shoppers rush in. Photo by Jane Doe (License: CC BY-NC-ND 3.0 US)", "Photo by Jane Doe"),
    ("Shoppers rush in. Photo by Jane Doe. Licensed under a Creative Commons Attribution "
     "2.0 Generic license.", "Photo by Jane Doe."),
    ("Shoppers rush in. Jane Doe (CC BY 2.0)", "Jane Doe"),
    ("Shoppers rush in. Jane Doe, CC BY-SA 4.0", "Jane Doe"),
    ("Shoppers rush in. Mark Lee (public domain)", "Mark Lee"),    # a given name that is a word
    ("Jane Doe (CC0)", "Jane Doe"),
    # a credit wrapped over a line break, the note after it
    ("Crowds. Photo by\nJane Doe. Licensed\nunder CC BY 2.0.", "Photo by\nJane Doe."),
])
def test_the_credit_before_a_licence_note_is_found_without_the_note(caption, credit):
    assert _credit(caption) == credit


@pytest.mark.parametrize("caption", [
    "Shoppers rush in. Licensed under CC BY 2.0.",       # a licence alone
    "Shoppers rush in (CC BY 2.0)",
    "Shoppers rush in. Main Street (CC BY 2.0)",         # ordinary words, no author
    "Shoppers rush in. Jane (CC BY 2.0)",                # one word
    "Shoppers rush in. Jane Doe (CC)",                   # no licence named
    "St. Louis Blues, by a jazz band with Al Bernard (public domain)",  # the name is not alone
    "Licensed under CC BY 2.0.",
])
def test_a_licence_with_no_credit_before_it_is_no_credit(caption):
    assert _credit(caption) is None


def test_a_credit_the_grammar_already_finds_keeps_its_span():
    # the note inside the credit's brackets stays the credit's, as before
    caption = "Shoppers rush in. (Photo by Jane Doe/Flickr, licensed under CC BY 2.0)"
    assert _credit(caption) == "(Photo by Jane Doe/Flickr, licensed under CC BY 2.0)"


def test_licence_note_gives_where_the_note_starts():
    text = "Photo by Jane Doe/Flickr (CC BY-SA 4.0)."
    assert text[licence_note(text):] == " (CC BY-SA 4.0)."
    assert licence_note("(CC BY 2.0)") is None           # nothing before it
    assert licence_note("Photo by Jane Doe.") is None


def test_the_carved_credit_is_placed_exactly_and_the_caption_passes():
    source = ("# Floods reach Lima\n\nThe river rose on Monday.\n\n<figure>\n<img src=\"a.jpg\" "
              "alt=\"A street\">\n<figcaption>Water &amp; mud. Photo by Jane Doe. Licensed under "
              "CC BY 2.0.</figcaption>\n</figure>\n")
    doc = read_bytes("story.md", source.encode("utf-8"))
    diags = lint_document(doc, active_rules(CAPTIONS), CAPTIONS).diagnostics
    credit = next(p for p in doc.parts if p.kind == "credit")
    start, end = credit.source_offset(0), credit.source_offset(len(credit.text))
    assert source[start:end] == "Photo by Jane Doe."
    assert [d.rule for d in diags] == []


def test_a_licence_alone_is_still_reported():
    source = ("# Floods reach Lima\n\nThe river rose on Monday.\n\n<figure>\n<img src=\"a.jpg\" "
              "alt=\"A street\">\n<figcaption>Water rushes in. Licensed under CC BY 2.0."
              "</figcaption>\n</figure>\n")
    doc = read_bytes("story.md", source.encode("utf-8"))
    diags = lint_document(doc, active_rules(CAPTIONS), CAPTIONS).diagnostics
    assert [d.rule for d in diags] == ["captions.missing-credit"]
