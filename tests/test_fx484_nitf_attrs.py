"""fx484: NITF attributes read by walking the start tag attribute by
attribute (a name inside another attribute's value is never the attribute),
and `alternate-text` decoded as XML reads it, as the caption's text is."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes
from lint.readers._articles import attr_match, xml_attr_text
from lint.readers._xml import parse

CAPTIONS = Config(select=("captions",))
CAPTION = "Volunteers stack sandbags along the levee on Monday."


def nitf(media: str, dateline: str = "") -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n<nitf>\n'
            '  <body>\n    <body.head><hedline><hl1>Levee holds</hl1></hedline>' + dateline + '</body.head>\n'
            '    <body.content>\n      <p>The levee held overnight, the county said.</p>\n'
            f'      {media}\n    </body.content>\n  </body>\n</nitf>\n')


def picture(ref: str, caption: str = CAPTION, after: str = "") -> str:
    return f'<media media-type="image">{ref}<media-caption>{caption}</media-caption>{after}</media>'


def read(text: str):
    return read_bytes("story.nitf", text.encode())


def lint(text: str):
    doc = read(text)
    return doc, lint_document(doc, active_rules(CAPTIONS), CAPTIONS).diagnostics


def alts(doc):
    return [p for p in doc.parts if p.kind == "alt"]


# --------------------------------------------------------------------------
# The attribute walk.

@pytest.mark.parametrize("tag, value", [
    ('<x title="by alt=&quot;no&quot;" alt="yes"/>', "yes"),
    ("<x title='see alt=\"no\"' alt='yes'/>", "yes"),
    ('<x title="a &gt; alt=\'no\'" alt="yes"/>', "yes"),           # '>' and quotes of the other kind inside
    ('<x title="x alt=no" n:alt="yes" xmlns:n="urn:n"/>', "yes"),    # any prefix
    ('<x\n  alt\n  =\n  "yes"/>', "yes"),                              # white space around '='
    ('<x alt-text="no" data-alt="no" alt="yes"/>', "yes"),            # longer names are not it
    ('<x title="alt=&quot;no&quot;"/>', None),
    ('<x title=" alt=\'no\'"></x>', None),
])
def test_the_attribute_is_found_only_among_the_tags_own_attributes(tag, value):
    source = "<r>" + tag + "</r>"
    node = parse(source).child("r").child("x")
    m = attr_match(source, node, "alt")
    assert (m[2] if m else None) == value == (node.attr("alt") or None)
    if m:
        assert source[m.start(2):m.end(2)] == value


def test_a_name_in_a_childs_text_is_not_an_attribute_of_the_element():
    source = '<r><x a="1"><y/>alt="no"</x></r>'
    node = parse(source).child("r").child("x")
    assert attr_match(source, node, "alt") is None


def test_copyright_inside_another_attribute_value_is_not_the_credit():
    text = nitf(picture('<media-reference source="levee.jpg" title="see copyright=\'Bo Lee\'" '
                        'copyright="Ana Ruiz" alternate-text="A barge"/>'))
    credit = read(text).first("credit")
    assert credit.text == "Ana Ruiz"
    assert credit.source_offset(0) == text.index('copyright="Ana Ruiz"') + len('copyright="')


def test_credit_metadata_value_inside_another_attribute_value_is_not_the_credit():
    meta = '<media-metadata name="credit" title="old value=\'Bo Lee\'" value="Ana Ruiz/AP"/>'
    text = nitf(picture('<media-reference source="levee.jpg" alternate-text="A barge"/>', after=meta))
    credit = read(text).first("credit")
    assert credit.text == "Ana Ruiz/AP" and credit.source_offset(0) == text.index("Ana Ruiz/AP")


def test_story_date_norm_inside_another_attribute_value_is_not_the_date():
    dateline = ('<dateline><location>PORT ELLIS</location><story.date title="was norm=\'20200101\'" '
                'norm="20241203T100000">Dec. 3</story.date></dateline>')
    text = nitf("", dateline=dateline)
    doc = read(text)
    assert doc.published == dt.date(2024, 12, 3)
    assert doc.published_part.source_offset(0) == text.index("20241203")


def test_the_nearest_credit_shape_is_unchanged():
    """A plain source-credit with no decoy: read as before, at its value."""
    text = nitf(picture('<media-reference source="levee.jpg" source-credit=" Ana Ruiz/AP "/>'))
    credit = read(text).first("credit")
    assert credit.text == "Ana Ruiz/AP" and credit.source_offset(0) == text.index("Ana Ruiz/AP")


# --------------------------------------------------------------------------
# alternate-text decoded as XML.

@pytest.mark.parametrize("written, decoded", [
    ("&#128;", "\x80"), ("&#x80;", "\x80"), ("&#8364;", "\u20ac"), ("&amp;", "&"), ("&lt;", "<"),
    ("&quot;", '"'), ("&apos;", "'"), ("&eacute;", "\u00e9"), ("&#10;", "\n"), ("\t", " "), ("\n", " "),
    ("\r\n", " "),
])
def test_each_reference_decodes_to_one_character_at_its_own_offset(written, decoded):
    source = f'<r a="Go{written}on"/>'
    start = source.index("Go")
    part = xml_attr_text(source, start, source.index('"/>')).part("alt")
    assert part.text == f"Go{decoded}on"
    assert [part.source_offset(i) for i in range(len(part.text))] == [
        start, start + 1, start + 2, start + 2 + len(written), start + 3 + len(written)]


def test_the_alt_text_is_what_expat_reads_for_the_attribute():
    value = "Caf&#xe9; &amp; &lt;b&gt; &#128;&#x20AC;\tline&#10;two\r\nthree"
    text = nitf(picture(f'<media-reference source="levee.jpg" alternate-text="{value}"/>'))
    doc = read(text)
    [alt] = alts(doc)
    expat = parse(text).path("nitf", "body", "body.content", "media", "media-reference").attr("alternate-text")
    assert alt.text == expat.strip()
    assert "\x80\u20ac" in alt.text


def test_an_undeclared_name_reads_as_in_the_caption():
    """A name the unread DTD declares reads as its HTML character in the alt
    text as in the caption; one no table knows is nothing in both."""
    text = nitf(picture('<media-reference source="levee.jpg" alternate-text="Caf&eacute; &bogus;now"/>',
                        caption="Caf&eacute; &bogus;now"))
    doc = read(text)
    [alt] = alts(doc)
    assert alt.text == doc.first("caption").text == "Caf\u00e9 now"


def test_a_file_name_after_a_decoded_reference_is_flagged_at_its_characters():
    text = nitf(picture('<media-reference source="levee.jpg" alternate-text="&#128;&amp;\r\n IMG_4471.JPG"/>',
                        after="<media-producer>Ana Ruiz/AP</media-producer>"))
    doc, diags = lint(text)
    assert [(d.rule, doc.source[d.offset:d.end_offset]) for d in diags] == [("captions.filename", "IMG_4471.JPG")]


def test_html_alt_still_decodes_by_html_rules():
    """The nearest shape that must not change: an HTML page's alt= follows
    HTML's rules (&#128; is the euro sign there)."""
    html = ('<html><body><p>The levee held.</p><figure><img src="l.jpg" alt="Price &#128;100">'
            '<figcaption>Volunteers stack sandbags. (AP Photo/Ana Ruiz)</figcaption></figure></body></html>')
    doc = read_bytes("page.html", html.encode())
    assert [a.text for a in alts(doc)] == ["Price \u20ac100"]
