"""fx484: NITF attributes read by walking the start tag attribute by
attribute (a name inside another attribute's value is never the attribute)."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes
from lint.readers._articles import attr_match
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
