"""fx488: NITF's credit attributes (`source-credit`, `copyright`, a
`media-metadata` item's `value`) and every other attribute read as text
decode their references as XML reads them (as `alternate-text` does since
fx484), each character placed where its source form starts. Guards: plain
credits, blank credits and date fields read as before."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes

CAPTIONS = Config(select=("captions",))
CAPTION = "Volunteers stack sandbags along the levee on Monday."


def nitf(media: str, docdata: str = '<date.issue norm="20241203T000000"/>') -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n<nitf>\n'
            f'  <head><docdata>{docdata}</docdata></head>\n'
            '  <body>\n    <body.head><hedline><hl1>Levee holds</hl1></hedline></body.head>\n'
            '    <body.content>\n      <p>The levee held overnight, the county said.</p>\n'
            f'      <media media-type="image">{media}<media-caption>{CAPTION}</media-caption></media>\n'
            '    </body.content>\n  </body>\n</nitf>\n')


def credit_in(where: str, value: str, quote: str = '"') -> str:
    """A `media` element's credit-bearing child, the credit written in `where`."""
    if where == "meta":
        return (f'<media-reference source="b.jpg"/>'
                f'<media-metadata name="credit" value={quote}{value}{quote}/>')
    return f'<media-reference source="b.jpg" {where}={quote}{value}{quote}/>'


def read(text: str):
    return read_bytes("story.nitf", text.encode("utf-8"))


def credit(doc):
    [part] = [p for p in doc.parts if p.kind == "credit"]
    return part


def lint(text: str, config: Config = CAPTIONS):
    doc = read(text)
    return doc, lint_document(doc, active_rules(config), config).diagnostics


WHERE = ["source-credit", "copyright", "meta"]


# --------------------------------------------------------------------------
# Decoded text.

@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("written, decoded", [
    ("Ana Ruiz &amp; Bo Lee/AP", "Ana Ruiz & Bo Lee/AP"),
    ("Jos&#233; Ruiz/AP", "José Ruiz/AP"),
    ("Jos&#xE9; Ruiz/AP", "José Ruiz/AP"),
    ("AP Photo/Jos&eacute; Ruiz", "AP Photo/José Ruiz"),      # the unread DTD's HTML name
    ("&quot;Ana&quot; Ruiz/AP", '"Ana" Ruiz/AP'),
    ("Ana Ruiz&#10;/AP", "Ana Ruiz\n/AP"),                   # a reference is its character
    ("Ana Ruiz\t/AP", "Ana Ruiz /AP"),                       # a literal tab is a space (XML 3.3.3)
])
def test_a_credit_attribute_reads_as_xml_decodes_it(where, written, decoded):
    text = nitf(credit_in(where, written))
    doc = read(text)
    part = credit(doc)
    assert part.text == decoded
    value = text.index(written)
    assert part.source_offset(0) == value
    assert part.source_offset(len(decoded)) == value + len(written)


def test_each_decoded_character_maps_to_where_its_source_form_starts():
    written = "A&amp;B&#233;C &eacute;&#x2F;D"
    text = nitf(credit_in("source-credit", written))
    part = credit(read(text))
    assert part.text == "A&BéC é/D"
    value = text.index(written)
    # each character's own source form, found by walking the value as written
    forms = ["A", "&amp;", "B", "&#233;", "C", " ", "&eacute;", "&#x2F;", "D"]
    assert "".join(forms) == written
    starts = [value + sum(len(f) for f in forms[:i]) for i in range(len(forms))]
    assert [part.source_offset(i) for i in range(len(part.text))] == starts
    assert part.source_offset(len(part.text)) == value + len(written)


def test_outer_blank_is_left_out_after_decoding():
    written = "&#32; Ana Ruiz/AP&#9; "
    text = nitf(credit_in("source-credit", written))
    part = credit(read(text))
    assert part.text == "Ana Ruiz/AP"
    assert part.source_offset(0) == text.index("Ana Ruiz")


def test_a_credit_of_only_a_space_reference_is_a_credit_left_empty():
    """`&#32;` is a space to XML: the credit is blank, reported where the value starts."""
    text = nitf(credit_in("source-credit", "&#32;"))
    doc, diags = lint(text)
    part = credit(doc)
    assert (part.text, part.source_offset(0)) == ("", text.index("&#32;"))
    assert [(d.rule, d.offset) for d in diags] == [("captions.empty-credit", text.index("&#32;"))]


# --------------------------------------------------------------------------
# Findings after a reference, placed exactly.

@pytest.mark.parametrize("where", WHERE)
def test_a_finding_after_a_reference_is_at_its_characters(where):
    written = "Jos&eacute; Ruiz / AP"
    text = nitf(credit_in(where, written))
    doc, diags = lint(text)
    at = text.index(" / AP")
    assert [(d.rule, d.offset, text[d.offset:d.end_offset]) for d in diags] == [
        ("captions.malformed-credit", at, " / ")]


def test_a_slash_written_as_a_reference_is_the_slash_it_stands_for():
    """`&#47;` is '/': spaces around it are the spaced slash, the finding over
    the reference as written."""
    written = "Ana Ruiz &#47; AP"
    text = nitf(credit_in("source-credit", written))
    doc, diags = lint(text)
    at = text.index(" &#47; ")
    assert [(d.rule, d.offset, text[d.offset:d.end_offset]) for d in diags] == [
        ("captions.malformed-credit", at, " &#47; ")]


# --------------------------------------------------------------------------
# Fixes beside a reference, never over one.

def _fix(doc, part, sub: str, fix: str = "x", nth: int = 0) -> str:
    """`Document.fix_refused`'s why for a fix writing `fix` over the nth `sub`
    of the part's text (the judge --fix asks)."""
    i = -1
    for _ in range(nth + 1):
        i = part.text.index(sub, i + 1)
    j = i + len(sub)
    s, e = part.source_span(i, j, doc.source)
    return doc.fix_refused(part, i, j, s, e, fix)


def test_a_fix_beside_a_reference_is_kept_and_one_over_it_is_not():
    text = nitf(credit_in("source-credit", "Ruiz &amp; Lee/AP"))
    doc = read(text)
    part = credit(doc)
    assert part.text == "Ruiz & Lee/AP"
    assert _fix(doc, part, "Lee") == ""                # right after the reference's `;` and a space
    assert _fix(doc, part, "Ruiz") == ""
    assert _fix(doc, part, "& Lee") != ""               # it would rewrite `&amp;`
    assert _fix(doc, part, " & ") != ""
    assert _fix(doc, part, "Lee", fix="L&") == "quoting&"   # '&' would start a reference
    assert _fix(doc, part, "Lee", fix='L"') == 'quoting"'   # the value's own quote


def test_a_fix_right_after_a_decoded_character_reference_is_kept():
    text = nitf(credit_in("source-credit", "Jos&#233;Ruiz/AP"))
    doc = read(text)
    part = credit(doc)
    assert _fix(doc, part, "Ruiz") == ""
    assert _fix(doc, part, "éR") != ""


def test_a_single_quoted_value_may_not_take_that_quote():
    text = nitf(credit_in("source-credit", "Ana O&apos;Neil/AP", quote="'"))
    doc = read(text)
    part = credit(doc)
    assert part.text == "Ana O'Neil/AP"
    assert _fix(doc, part, "Ana", fix="A'") == "quoting'"
    assert _fix(doc, part, "'") != ""


# --------------------------------------------------------------------------
# Guards: what must not change.

@pytest.mark.parametrize("where", WHERE)
def test_a_plain_credit_reads_as_written(where):
    written = "  Ana Ruiz/AP "
    text = nitf(credit_in(where, written))
    doc, diags = lint(text)
    part = credit(doc)
    assert part.text == "Ana Ruiz/AP"
    assert part.segments == ((0, text.index("Ana Ruiz/AP")),)     # one verbatim run
    assert diags == []
    assert '"' in part.attrs["unsafe_chars"] and "<" in part.attrs["unsafe_chars"]
    assert _fix(doc, part, "Ruiz") == ""
    assert not doc.held


@pytest.mark.parametrize("where", WHERE)
def test_a_blank_credit_attribute_is_empty_where_its_value_starts(where):
    text = nitf(credit_in(where, "   "))
    doc, diags = lint(text)
    part = credit(doc)
    at = text.index('"   "') + 1
    assert (part.text, part.source_offset(0)) == ("", at)
    assert [(d.rule, d.offset) for d in diags] == [("captions.empty-credit", at)]


def test_a_credit_item_without_a_value_is_blank_at_the_element():
    text = nitf('<media-reference source="b.jpg"/><media-metadata name="credit"/>')
    doc = read(text)
    part = credit(doc)
    assert (part.text, part.source_offset(0)) == ("", text.index("<media-metadata"))


def test_the_media_producer_still_wins_over_a_decoded_attribute():
    text = nitf('<media-reference source="b.jpg" source-credit="Bo &amp; Lee/AP"/>'
                '<media-producer>Ana Ruiz/AP</media-producer>')
    part = credit(read(text))
    assert (part.text, part.source_offset(0)) == ("Ana Ruiz/AP", text.index("Ana Ruiz/AP"))


def test_a_plain_date_field_reads_as_before():
    text = nitf(credit_in("source-credit", "Ana Ruiz/AP"))
    doc = read(text)
    assert doc.published == dt.date(2024, 12, 3)
    assert doc.published_part.text == "20241203T000000"
    assert doc.published_part.source_offset(0) == text.index("20241203")


def test_a_date_field_written_with_references_is_decoded():
    text = nitf(credit_in("source-credit", "Ana Ruiz/AP"),
                docdata='<date.issue norm="2024&#45;12&#45;03"/>')
    doc = read(text)
    assert doc.published == dt.date(2024, 12, 3)
    assert doc.published_part.text == "2024-12-03"
    assert doc.published_part.source_offset(5) == text.index("12&#45;03")


def test_a_date_field_that_is_no_date_is_said_where_its_value_starts():
    text = nitf(credit_in("source-credit", "Ana Ruiz/AP"), docdata='<date.issue norm=" TK"/>')
    doc = read(text)
    assert doc.published is None
    [notice] = [n for n in doc.notices if n.rule == "file.xml"]
    assert notice.offset == text.index('" TK"') + 1

