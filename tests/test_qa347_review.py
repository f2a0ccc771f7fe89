"""qa347: review of 260a0a4c..6cfe0b2c (NITF attribute walk, XML decoding of
alternate-text, captions.filename's screenshot run-on, NewsML-G2 alt-text
descriptions, Markdown's missing-alt hint).

Each test states what a copy desk expects. Faults are strict xfails; the
rest guard the nearest shapes that work today."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes
from lint.readers._articles import attr_match
from lint.readers._xml import parse

CAPTIONS = Config(select=("captions",))
CAPTION = "Volunteers stack sandbags along the levee on Monday. (AP Photo/Ana Ruiz)"
NNBSP, NBSP = "\u202f", "\u00a0"


def run(name: str, text: str):
    doc = read_bytes(name, text.encode("utf-8"))
    return doc, lint_document(doc, active_rules(CAPTIONS), CAPTIONS).diagnostics


def found(doc, diags, rule=None):
    """(rule, source text under the finding) of each finding."""
    return [(d.rule, doc.source[d.offset:d.end_offset]) for d in diags if rule in (None, d.rule)]


# --- NITF ----------------------------------------------------------------------------------

def nitf(ref: str, caption: str = CAPTION) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n<nitf>\n'
            '  <body>\n    <body.head><hedline><hl1>Levee holds</hl1></hedline></body.head>\n'
            '    <body.content>\n      <p>The levee held overnight, the county said.</p>\n'
            f'      <media media-type="image">{ref}<media-caption>{caption}</media-caption></media>\n'
            '    </body.content>\n  </body>\n</nitf>\n')


def ref(alt: str, before: str = 'source="barge.jpg" ') -> str:
    return f'<media-reference {before}alternate-text="{alt}"/>'


def nitf_filenames(text: str):
    doc, diags = run("story.nitf", text)
    return found(doc, diags, "captions.filename")


def test_ten_thousand_attributes_before_alternate_text_are_walked_and_the_name_found():
    many = " ".join(f'data-a{i}="v{i}"' for i in range(10000)) + " "
    assert nitf_filenames(nitf(ref("IMG_4471.JPG", before=many))) == [("captions.filename", "IMG_4471.JPG")]


def test_ten_thousand_attributes_and_no_alternate_text_is_no_match_and_no_finding():
    many = " ".join(f'data-a{i}="v{i}"' for i in range(10000))
    source = f'<r><media-reference source="barge.jpg" {many} title=\'x alternate-text="IMG_1.JPG"\'/></r>'
    node = parse(source).child("r").child("media-reference")
    assert attr_match(source, node, "alternate-text") is None
    m = attr_match(source, node, "title")
    assert m is not None and source[m.start(2):m.end(2)] == 'x alternate-text="IMG_1.JPG"'
    assert nitf_filenames(nitf(f'<media-reference source="barge.jpg" {many}/>')) == []


@pytest.mark.parametrize("before", [
    'title="a &gt; b alternate-text=&quot;x&quot;" ',
    "title='see alternate-text=\"IMG_1.JPG\"' ",
    'xml:lang="en"\n  ',
    'source="a/b.jpg"\r\n\t',
    'data-alternate-text="decoy" ',
])
def test_a_decoy_or_odd_spacing_before_alternate_text_leaves_the_finding_on_the_real_value(before):
    assert nitf_filenames(nitf(ref("IMG_4471.JPG", before=before))) == [("captions.filename", "IMG_4471.JPG")]


def test_alternate_text_split_over_lines_around_the_equals_sign_keeps_its_position():
    text = nitf('<media-reference source="barge.jpg"\n  alternate-text\n  =\n  "IMG_4471.JPG"/>')
    assert nitf_filenames(text) == [("captions.filename", "IMG_4471.JPG")]


@pytest.mark.parametrize("alt, under", [
    ("Levee&#13;&#10;IMG_4471.JPG", "IMG_4471.JPG"),
    ("Levee&#9;IMG_4471.JPG", "IMG_4471.JPG"),
    ("&#x1F600; IMG_4471.JPG", "IMG_4471.JPG"),
    ("Levee &amp; IMG_4471.JPG", "IMG_4471.JPG"),
    ("Levee\r\n IMG_4471.JPG", "IMG_4471.JPG"),
    ("&#73;MG_4471.JPG", "&#73;MG_4471.JPG"),
])
def test_references_and_line_ends_before_a_name_keep_the_span_on_the_name_as_written(alt, under):
    assert nitf_filenames(nitf(ref(alt))) == [("captions.filename", under)]


@pytest.mark.parametrize("alt", ["&#9;", "&#10;", "&#13;&#10;", "&#32;&#32;"])
def test_an_alternate_text_of_only_white_space_references_is_missing_alt(alt):
    doc, diags = run("story.nitf", nitf(ref(alt)))
    assert [d.rule for d in diags if d.rule == "captions.missing-alt"] == ["captions.missing-alt"]


# --- captions.filename: a second, separate name is never swallowed -------------------------

MD = """---
title: Storm hits the levee
date: 2024-03-01
---
# Storm hits the levee

The storm hit the levee on Friday, the mayor said.

![{alt}](a.png)
"""

HTML = ('<html><body><h1>Storm hits the levee</h1><p>The storm hit the levee on Friday, the mayor said.</p>'
        '<figure><img src="a.png" alt="{alt}"><figcaption>Levee. (AP Photo/Ana Ruiz)</figcaption></figure>'
        '</body></html>\n')

SHOT = "Screen Shot 2024-03-01 at 10.15.32" + NNBSP + "AM.png"


@pytest.mark.parametrize("alt, tokens", [
    ("IMG_1.JPG IMG_2.JPG", ["IMG_1.JPG", "IMG_2.JPG"]),
    (SHOT + " IMG_2.JPG", ["Screen Shot 2024-03-01 at 10.15.32", "IMG_2.JPG"]),
    (SHOT + NBSP + "IMG_2.JPG", ["Screen Shot 2024-03-01 at 10.15.32", "IMG_2.JPG"]),
    ("IMG_4471 copy.jpg and " + SHOT, ["IMG_4471", "Screen Shot 2024-03-01 at 10.15.32"]),
    ("IMG_1.jpg copy.jpg", ["IMG_1.jpg", "copy.jpg"]),
    ("IMG_1.JPG (Photo: IMG_2.JPG)", ["IMG_1.JPG", "IMG_2.JPG"]),
    (SHOT + " and " + SHOT.replace("10.15.32", "10.16.01"),
     ["Screen Shot 2024-03-01 at 10.15.32", "Screen Shot 2024-03-01 at 10.16.01"]),
])
@pytest.mark.parametrize("fmt", ["md", "html", "nitf"])
def test_every_separate_file_name_in_an_alt_text_is_flagged(fmt, alt, tokens):
    name, template = {"md": ("page.md", MD), "html": ("page.html", HTML), "nitf": ("story.nitf", None)}[fmt]
    text = nitf(ref(alt)) if fmt == "nitf" else template.format(alt=alt)
    doc, diags = run(name, text)
    under = [u for _, u in found(doc, diags, "captions.filename")]
    assert len(under) == len(tokens), under
    for u, token in zip(under, tokens):
        assert u.startswith(token.split()[0]) or u == token, (u, token)


@pytest.mark.parametrize("credit", ["(Photo: Ana Ruiz)", "(photo by Ana Ruiz)", "(PHOTO: AP)", "(Photo by Ana Ruiz )"])
def test_a_name_before_a_photo_by_or_photo_colon_credit_is_quoted_whole(credit):
    doc, diags = run("page.md", MD.format(alt="levee at dusk.jpg " + credit))
    msgs = [d.message for d in diags if d.rule == "captions.filename"]
    assert msgs == ["file name in a caption or alt text: 'levee at dusk.jpg'; describe the picture instead"]


# --- NewsML-G2 alt text --------------------------------------------------------------------

def g2(meta: str, item_class: str = "ninat:picture") -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:pic1" version="1" '
            'standard="NewsML-G2" standardversion="2.29">\n'
            '  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>\n'
            f'  <itemMeta><itemClass qcode="{item_class}"/>'
            '<versionCreated>2024-03-01T10:00:00Z</versionCreated></itemMeta>\n'
            f'  <contentMeta>\n    <headline>Levee holds</headline>\n    {meta}\n  </contentMeta>\n'
            '  <contentSet><remoteContent href="levee.jpg" contenttype="image/jpeg"/></contentSet>\n</newsItem>\n')


def g2_caption(text: str = CAPTION) -> str:
    return f'<description role="drol:caption">{text}</description>'


@pytest.mark.parametrize("role", [
    'role="drol:altText"', 'role="drol:summary drol:altText"',
    'roleuri="http://cv.iptc.org/newscodes/descriptionrole/altText"',
])
def test_a_g2_alt_text_description_holding_a_file_name_is_the_alt_and_not_an_uncredited_caption(role):
    doc, diags = run("pic.xml", g2(f'<description {role}>IMG_4471.JPG</description>' + g2_caption()))
    assert sorted(found(doc, diags)) == [("captions.filename", "IMG_4471.JPG")]


def test_a_blank_g2_alt_text_on_a_picture_is_missing_alt_and_on_a_text_item_nothing():
    doc, diags = run("pic.xml", g2('<description role="drol:altText"> </description>' + g2_caption()))
    assert [d.rule for d in diags] == ["captions.missing-alt"]
    doc, diags = run("text.xml", g2('<description role="drol:altText"> </description>', "ninat:text"))
    assert [d.rule for d in diags if d.rule == "captions.missing-alt"] == []


def test_a_blank_alt_text_in_one_language_beside_a_written_one_is_no_missing_alt():
    meta = ('<description role="drol:altText" xml:lang="en">Sandbags on the levee</description>'
            '<description role="drol:altText" xml:lang="fr"/>' + g2_caption())
    doc, diags = run("pic.xml", g2(meta))
    assert [d.rule for d in diags] == []


# --- Markdown's missing-alt hint -----------------------------------------------------------

HINT = '(alt="" marks a purely decorative image)'


def md_missing_alt(body: str):
    text = "# Levee holds\n\nThe storm hit the levee on Friday, the mayor said.\n\n" + body
    doc, diags = run("page.md", text)
    return [d.message for d in diags if d.rule == "captions.missing-alt"]


@pytest.mark.parametrize("body", ["![](levee.jpg)\n", "![][r]\n\n[r]: levee.jpg\n", "![ ](levee.jpg)\n"])
def test_markdown_image_without_alt_is_flagged_without_the_decorative_hint(body):
    msgs = md_missing_alt(body)
    assert len(msgs) == 1 and HINT not in msgs[0] and "'levee.jpg'" in msgs[0]


def test_raw_html_img_in_markdown_keeps_the_hint_and_an_empty_alt_there_is_decorative():
    assert [HINT in m for m in md_missing_alt('<img src="levee.jpg">\n')] == [True]
    assert md_missing_alt('<img src="levee.jpg" alt="">\n') == []


def test_a_front_matter_image_hint_names_the_yaml_mark():
    text = ("---\ntitle: Levee holds\nimage:\n  src: levee.jpg\n---\n\n"
            "Volunteers stacked sandbags all night, the mayor said.\n")
    doc, diags = run("page.md", text)
    [msg] = [d.message for d in diags if d.rule == "captions.missing-alt"]
    assert 'alt=""' not in msg and 'alt: ""' in msg


# --- the second of two names is quoted alone ------------------------------------------------

@pytest.mark.parametrize("alt, second", [
    ("IMG_1.JPG and IMG_2.JPG", "IMG_2.JPG"),
    ("levee.jpg IMG_2.JPG", "IMG_2.JPG"),
    ("IMG_1.jpg copy.jpg", "copy.jpg"),
])
def test_the_second_name_s_message_quotes_only_that_name(alt, second):
    doc, diags = run("page.md", MD.format(alt=alt))
    msgs = [d.message for d in diags if d.rule == "captions.filename"]
    assert msgs[-1] == f"file name in a caption or alt text: '{second}'; describe the picture instead"


def test_the_first_of_two_names_is_quoted_alone():
    doc, diags = run("page.md", MD.format(alt="IMG_1.JPG and IMG_2.JPG"))
    msgs = [d.message for d in diags if d.rule == "captions.filename"]
    assert msgs[0] == "file name in a caption or alt text: 'IMG_1.JPG'; describe the picture instead"


# --- a roleuri list -----------------------------------------------------------------------

URI = "http://cv.iptc.org/newscodes/descriptionrole/"


def test_a_roleuri_list_ending_in_alt_text_is_the_alt():
    doc, diags = run("pic.xml", g2(f'<description roleuri="{URI}summary {URI}altText">IMG_4471.JPG</description>'
                                   + g2_caption()))
    assert sorted(found(doc, diags)) == [("captions.filename", "IMG_4471.JPG")]


def test_a_roleuri_list_naming_alt_text_first_is_the_alt():
    doc, diags = run("pic.xml", g2(f'<description roleuri="{URI}altText {URI}summary">IMG_4471.JPG</description>'
                                   + g2_caption()))
    assert sorted(found(doc, diags)) == [("captions.filename", "IMG_4471.JPG")]
