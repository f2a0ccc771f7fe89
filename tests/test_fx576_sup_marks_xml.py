"""fx576: NITF's `<sup>` (NITF 3.6), in a .nitf story and in NewsML-G2's
inline NITF, is an inline `superscript` mark as HTML's is (qa434 #7), and
style.decades reads a `<sup>`'s footnote figures after the s as no word
(the substitution kind's `sup-footnotes`, qa426 #3). Spans and fixes stay on
the source's own characters; the figures are never rewritten."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes
from lint.readers import read_bytes

NITF = ("<?xml version=\"1.0\"?>\n<nitf><head><title>Council votes</title><docdata>"
        "<date.issue norm=\"20240901T000000Z\"/></docdata></head>\n<body><body.head><hedline>"
        "<hl1>Council votes</hl1></hedline></body.head><body.content>\n<p>{}</p>\n"
        "</body.content></body></nitf>\n")
G2 = ('<?xml version="1.0" encoding="UTF-8"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" '
      'guid="urn:x:1" version="1" standard="NewsML-G2" standardversion="2.29">\n'
      '  <itemMeta><itemClass qcode="ninat:text"/><firstCreated>2024-09-01T00:00:00Z</firstCreated>'
      '</itemMeta>\n  <contentMeta><headline>Council votes</headline></contentMeta>\n'
      '  <contentSet><inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">'
      '<body><body.content><p>{}</p></body.content></body></nitf></inlineXML></contentSet>\n</newsItem>\n')
MD = "---\ntitle: Council votes\ndate: 2024-09-01\n---\n\n{}\n"
RULES = ("style.time-of-day", "style.decades")


def _run(name, template, para):
    text = template.format(para)
    found = lint_bytes(name, text.encode(), Config(select=RULES)).diagnostics
    fixed = fix_bytes(name, text.encode(), Config(select=RULES)).fixed
    return [(d.rule, text[d.offset:d.end_offset]) for d in found], fixed, text


@pytest.mark.parametrize("name, template", [("a.nitf", NITF), ("item.xml", G2)])
def test_the_nitf_sup_is_a_superscript_mark(name, template):
    doc = read_bytes(name, template.format("Doors open at 7pm<sup>1</sup> and <q>we vote</q>.").encode())
    (part,) = [p for p in doc.parts if "7pm" in p.text]
    marks = sorted(part.attrs["inline"], key=lambda m: m[1])
    assert [(k, part.text[s:e]) for k, s, e in marks] == [("superscript", "1"), ("quotation", "we vote")]


@pytest.mark.parametrize("name, template", [("a.nitf", NITF), ("item.xml", G2), ("a.md", MD)])
@pytest.mark.parametrize("para, found, want", [
    ("Doors open at 7pm<sup>1,2</sup>.", [("style.time-of-day", "7pm")], "Doors open at 7 p.m.<sup>1,2</sup>."),
    ("Prices soared in the 1990's<sup>1-3</sup> and fell.", [("style.decades", "'s")],
     "Prices soared in the 1990s<sup>1-3</sup> and fell."),
    ("In the '80's<sup>1</sup>, the 1990\u2019s<sup>2</sup> fell.", [("style.decades", "'s"), ("style.decades", "\u2019s")],
     "In the '80s<sup>1</sup>, the 1990s<sup>2</sup> fell."),
])
def test_a_figure_after_the_time_or_decade_is_no_word(name, template, para, found, want):
    got, fixed, text = _run(name, template, para)
    assert got == found
    assert fixed == template.format(want)


@pytest.mark.parametrize("name, template", [("a.nitf", NITF), ("a.md", MD)])
@pytest.mark.parametrize("para", [
    "Interstate 80's<sup>1</sup> traffic and the 1990s<sup>2</sup> were calm.",   # a possessive, a right form
    "The 1990's <sup>1</sup> sup is spaced off.".replace("1990's", "1990s"),
    "The x<sup>2</sup> and 10 m<sup>2</sup> grew in the 1990s.",
])
def test_nearest_shapes_stay_unflagged(name, template, para):
    got, fixed, text = _run(name, template, para)
    assert got == [] and fixed == text
