"""A wire's sign-off closing a plain-text story (Reuters' ` Reuter` /
`REUTER`) is to be an `end-mark` field, the last paragraph ending before it
at its own offsets (nu60 #9: an archive with both gave `doubled word:
'REUTER Reuter'`). fx450's reading was taken back after qa317 #1, #2, so those
cases are strict xfails; the same word inside the copy, glued to a line of
it, or followed by more text stays prose, as at main. Every story here is
written for the test, in the archive's shape."""
from __future__ import annotations

import json

import pytest

from lint import lint_text
from lint.readers import read_bytes

HED = "Acme profits rise"
BODY = ("NEW YORK, March 3 - Acme Corp said its profits rose 10 pct.\n"
        "    Revs 60.8 mln vs 32.9 mln")
LAST = "Revs 60.8 mln vs 32.9 mln"


def _marks(doc):
    return [(p.text, p.source_offset(0)) for p in doc.parts_of(("field",)) if p.name == "end-mark"]


def _paragraphs(doc):
    return [p.text for p in doc.parts_of(("paragraph",))]


@pytest.mark.xfail(strict=True, reason="taken back (fx450, qa317 #1, #2): a wire sign-off is read as copy")
@pytest.mark.parametrize("tail", ["\n Reuter\n", "\n\n REUTER\n", "\n reuter", "\n Reuter\n\x03", "\n Reuter \r\n"])
def test_a_sign_off_closing_the_story_is_an_end_mark(tail):
    src = f"{HED}\n\n{BODY}{tail}"
    doc = read_bytes("story.txt", src.encode())
    word = tail.strip(" \n\r\x03")
    assert _marks(doc) == [(word, src.rindex(word))]
    # (a line of the ETX alone stays the paragraph it is at lead53: nu60 #9 asks only for the word)
    last = [p for p in doc.parts_of(("paragraph",)) if p.source_offset(0) < src.rindex(word)][-1]
    assert last.text == LAST and src[last.source_offset(0):last.source_offset(len(LAST) - 1) + 1] == LAST


@pytest.mark.xfail(strict=True, reason="taken back (fx450, qa317 #1, #2): a wire sign-off is read as copy")
def test_two_sign_offs_in_a_row_are_both_end_marks_and_no_doubled_word():
    src = f"{HED}\n\n{BODY}\nREUTER\n Reuter\n"
    doc = read_bytes("story.txt", src.encode())
    assert _marks(doc) == [("REUTER", src.index("REUTER")), ("Reuter", src.rindex("Reuter"))]
    assert _paragraphs(doc)[-1] == LAST
    assert not [d for d in lint_text(src) if d.rule == "hygiene.doubled-word"]


@pytest.mark.xfail(strict=True, reason="taken back (fx450, qa317 #1, #2): a wire sign-off is read as copy")
def test_a_json_lines_body_loses_its_sign_offs_at_exact_offsets():
    line = json.dumps({"id": "a1", "title": HED, "format": "text", "body": f"{BODY}\nREUTER\n Reuter\n"})
    [doc] = read_bytes("feed.jsonl", (line + "\n").encode()).articles
    assert [(t, line[o:o + len(t)]) for t, o in _marks(doc)] == [("REUTER", "REUTER"), ("Reuter", "Reuter")]
    assert _paragraphs(doc)[-1] == LAST


@pytest.mark.parametrize("tail", [
    "\nThe chairman, Paul Reuter, said more would follow.\n",     # the name inside the copy
    "\n Reuter said the figures were final.\n",                   # the word opens a sentence
    " REUTER\n",                                                  # glued to the line of copy
    "\n Reuter\n\nThe company also said it would hire.\n",        # more copy under it
])
def test_the_word_inside_the_copy_stays_prose(tail):
    src = f"{HED}\n\n{BODY}{tail}"
    doc = read_bytes("story.txt", src.encode())
    assert not _marks(doc)
    assert "Reuter" in " ".join(_paragraphs(doc)) or "REUTER" in " ".join(_paragraphs(doc))


def test_the_agency_name_alone_is_no_sign_off():
    src = f"{HED}\n\n{BODY}\n Reuters\n"        # not a sign-off word: read as at lead53
    assert not _marks(read_bytes("story.txt", src.encode()))


@pytest.mark.xfail(strict=True, reason="taken back (fx450, qa317 #1, #2): a wire sign-off is read as copy")
def test_a_sign_off_glued_to_the_copy_keeps_only_the_last_line_as_a_mark():
    src = f"{HED}\n\n{BODY} REUTER\n Reuter\n"
    doc = read_bytes("story.txt", src.encode())
    assert _marks(doc) == [("Reuter", src.rindex("Reuter"))]
    assert _paragraphs(doc)[-1] == LAST + " REUTER"


def test_a_text_that_is_only_the_word_has_no_end_mark():
    doc = read_bytes("story.txt", b"Reuter\n")
    assert not _marks(doc)


def test_a_surname_wrapped_onto_the_last_line_stays_prose():
    src = ("Berlin names square for mayor\n\nBERLIN, March 2 - Berlin mayor Ernst Reuter led the city "
           "through the blockade. Reuter died in 1953.\n\nErnst Reuter is buried in the city he led.\n\n"
           "The square, the largest in the west of the city, is named for Ernest\nReuter\n")
    doc = read_bytes("story.txt", src.encode())
    assert _marks(doc) == []
    assert _paragraphs(doc)[-1].split()[-2:] == ["Ernest", "Reuter"]
    found = [d for d in lint_text(src, "story.txt") if d.rule == "names.given-name-variant"]
    assert [(d.line, d.column, d.end_column) for d in found] == [(7, 63, 69)]   # 'Ernest', as main gives


# qa317: a title-case ` Reuter` is read as a sign-off by its indent alone, and `REUTER`
# by nothing at all; copy whose lines are all indented, or set in capitals, loses its
# last word (main keeps it in the last paragraph).
@pytest.mark.parametrize("src, last", [
    ("Agency history\n\n    The agency took its name from its founder, Paul Julius\n    Reuter\n", "Reuter"),
    ("Signatories\n\nThe letter was signed by:\n  Schmidt\n  Weber\n  Reuter\n", "Reuter"),
])
def test_qa317_indented_copy_ending_in_the_word_keeps_it(src, last):
    doc = read_bytes("story.txt", src.encode())
    assert _marks(doc) == []
    assert _paragraphs(doc)[-1].split()[-1] == last


def test_qa317_all_caps_copy_wrapped_before_the_surname_keeps_it():
    src = ("BERLIN NAMES SQUARE FOR MAYOR\n\nBERLIN, MARCH 2 - THE SQUARE, THE LARGEST IN THE WEST "
           "OF THE CITY, IS NAMED FOR ERNST\nREUTER\n")
    doc = read_bytes("story.txt", src.encode())
    assert _marks(doc) == []
    assert _paragraphs(doc)[-1].split()[-2:] == ["ERNST", "REUTER"]


@pytest.mark.xfail(strict=True, reason="taken back (fx450, qa317 #1, #2): a wire sign-off is read as "
                   "copy; qa317 #5 then: the archive's raw SGML body ends ' Reuter' over '&#3;' (the ETX as an entity)")
def test_qa317_a_sign_off_over_the_archives_etx_entity_is_an_end_mark():
    src = f"{HED}\n\n{BODY}\n Reuter\n&#3;\n"
    doc = read_bytes("story.txt", src.encode())
    assert _marks(doc) == [("Reuter", src.rindex("Reuter"))]
