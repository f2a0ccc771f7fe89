"""fx481 (qa332 #8): NITF's alt text, `<media-reference alternate-text="...">`
(NITF 3.6), is read as the picture's `alt` part, at the attribute value's own
characters with its references decoded; guards for what must stay as it was."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes

CAPTIONS = Config(select=("captions",))
CAPTION = "Volunteers stack sandbags along the levee on Monday."


def nitf(media: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n<nitf>\n'
            '  <head><title>Levee holds</title><docdata><date.issue norm="20241203T000000"/></docdata></head>\n'
            '  <body>\n    <body.head><hedline><hl1>Levee holds</hl1></hedline></body.head>\n'
            '    <body.content>\n      <p>The levee held overnight, the county said.</p>\n'
            f'      {media}\n    </body.content>\n  </body>\n</nitf>\n')


PRODUCER = "<media-producer>Ana Ruiz/Ellis Wire</media-producer>"


def picture(refs: str, caption: str = CAPTION, tail: str = PRODUCER, media_type: str = "image") -> str:
    return f'<media media-type="{media_type}">{refs}<media-caption>{caption}</media-caption>{tail}</media>'


def lint(text: str, config: Config = CAPTIONS):
    doc = read_bytes("story.nitf", text.encode("utf-8"))
    return doc, lint_document(doc, active_rules(config), config).diagnostics


def found(text: str, diags) -> list[tuple[str, int, str]]:
    """(rule, source offset, source text) of each finding."""
    return [(d.rule, d.offset, text[d.offset:d.end_offset]) for d in diags]


def alts(doc):
    return [p for p in doc.parts if p.kind == "alt"]


def test_a_file_name_in_alternate_text_is_flagged_at_its_characters():
    text = nitf(picture('<media-reference source="levee.jpg" alternate-text="IMG_4471.JPG"/>'))
    doc, diags = lint(text)
    assert found(text, diags) == [("captions.filename", text.index("IMG_4471.JPG"), "IMG_4471.JPG")]
    [alt] = alts(doc)
    assert (alt.text, alt.attrs["src"], alt.attrs["missing"]) == ("IMG_4471.JPG", "levee.jpg", False)


@pytest.mark.parametrize("written, decoded", [
    ("Sandbags &amp; IMG_4471.JPG", "Sandbags & IMG_4471.JPG"),
    ("Caf&#233; wall. IMG_4471.JPG", "Café wall. IMG_4471.JPG"),
    ("Caf&#xE9; wall. IMG_4471.JPG", "Café wall. IMG_4471.JPG"),
    ("Caf&eacute; wall. IMG_4471.JPG", "Café wall. IMG_4471.JPG"),     # the DTD's HTML entity, as in text
    ("&quot;Levee&quot; wall. IMG_4471.JPG", '"Levee" wall. IMG_4471.JPG'),
])
def test_references_in_alternate_text_are_decoded_and_positions_stay_exact(written, decoded):
    text = nitf(picture(f'<media-reference source="levee.jpg" alternate-text="{written}"/>'))
    doc, diags = lint(text, Config(select=("captions.filename",)))
    [alt] = alts(doc)
    assert alt.text == decoded
    value = text.index(written)
    assert alt.source_offset(0) == value
    assert alt.source_offset(len(decoded)) == value + len(written)
    assert found(text, diags) == [("captions.filename", text.index("IMG_4471.JPG"), "IMG_4471.JPG")]
    ref = decoded.index("&") if "&" in decoded else decoded.index("é") if "é" in decoded else 0
    assert not alt.is_verbatim(text, max(ref - 1, 0), ref + 1)      # no fix may span a reference


def test_outer_blank_in_alternate_text_is_left_out():
    text = nitf(picture('<media-reference source="levee.jpg" alternate-text="  A line of volunteers  "/>'))
    [alt] = alts(lint(text)[0])
    assert alt.text == "A line of volunteers" and alt.source_offset(0) == text.index("A line")


def test_an_empty_alternate_text_is_missing_alt_text_at_the_value():
    text = nitf(picture('<media-reference source="levee.jpg" alternate-text=""/>'))
    doc, diags = lint(text)
    value = text.index('alternate-text=""') + len('alternate-text="')
    assert found(text, diags) == [("captions.missing-alt", value, "")]
    assert "'levee.jpg'" in diags[0].message
    assert 'alt=""' not in diags[0].message      # NITF cannot mark a picture decorative: no such hint


def test_a_blank_alternate_text_is_missing_alt_text_too():
    text = nitf(picture('<media-reference source="levee.jpg" alternate-text="   "/>'))
    assert [d.rule for d in lint(text)[1]] == ["captions.missing-alt"]


def test_a_picture_with_alt_text_caption_and_credit_stays_quiet():
    text = nitf(picture('<media-reference source="levee.jpg" mime-type="image/jpeg" '
                        'alternate-text="Volunteers pass sandbags hand to hand along a muddy levee"/>'))
    doc, diags = lint(text)
    assert diags == []
    [alt] = alts(doc)
    caption, credit = doc.first("caption"), doc.first("credit")
    assert caption.attrs["image"] == alt.index and caption.attrs["credit"] == credit.index


def test_a_picture_with_a_trailing_caption_credit_and_alt_text_stays_quiet():
    text = nitf(picture('<media-reference source="levee.jpg" alternate-text="Volunteers on a levee"/>',
                        caption=CAPTION + " (AP Photo/Ana Ruiz)", tail=""))
    assert lint(text)[1] == []


def test_no_alternate_text_attribute_gives_no_alt_part_and_no_finding():
    """A wire feed that writes no alternate-text has no alt field to fill
    (as a bare front-matter image path): not asked for one."""
    text = nitf(picture('<media-reference source="levee.jpg"/>'))
    doc, diags = lint(text)
    assert alts(doc) == [] and diags == []


def test_one_rendition_with_alt_text_describes_the_picture():
    text = nitf(picture('<media-reference source="levee-small.jpg" alternate-text=""/>'
                        '<media-reference source="levee-large.jpg" alternate-text="Volunteers on a levee"/>'))
    doc, diags = lint(text)
    assert diags == []
    assert [(a.text, a.attrs["src"]) for a in alts(doc)] == [("Volunteers on a levee", "levee-large.jpg")]


def test_every_rendition_s_alt_text_is_read():
    text = nitf(picture('<media-reference source="s.jpg" alternate-text="Volunteers on a levee"/>'
                        '<media-reference source="l.jpg" alternate-text="DSC_0042"/>'))
    doc, diags = lint(text)
    assert found(text, diags) == [("captions.filename", text.index("DSC_0042"), "DSC_0042")]
    assert [a.text for a in alts(doc)] == ["Volunteers on a levee", "DSC_0042"]


def test_a_blank_alternate_text_on_a_video_is_no_missing_image_alt():
    text = nitf(picture('<media-reference source="levee.mp4" mime-type="video/mp4" alternate-text=""/>',
                        media_type="video"))
    doc, diags = lint(text)
    assert alts(doc) == [] and diags == []


def test_an_image_mime_type_makes_a_picture_of_other_media():
    text = nitf(picture('<media-reference source="levee.png" mime-type="image/png" alternate-text=""/>',
                        media_type="other"))
    assert [d.rule for d in lint(text)[1]] == ["captions.missing-alt"]


def test_a_video_s_alt_text_is_still_read():
    text = nitf(picture('<media-reference source="levee.mp4" alternate-text="IMG_4471.MOV"/>',
                        media_type="video"))
    assert found(text, lint(text)[1]) == [("captions.filename", text.index("IMG_4471"), "IMG_4471")]


def test_the_alt_text_is_read_in_a_newsml_g2_story_too():
    story = nitf(picture('<media-reference source="levee.jpg" alternate-text="IMG_4471.JPG"/>'))
    story = story.split("<nitf>", 1)[1].rsplit("</nitf>", 1)[0]
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" '
            'guid="urn:example:1" version="1" standard="NewsML-G2" standardversion="2.29">\n'
            '  <itemMeta><itemClass qcode="ninat:text"/><firstCreated>2024-12-03T00:00:00Z</firstCreated>'
            '</itemMeta>\n  <contentMeta><headline>Levee holds</headline></contentMeta>\n'
            '  <contentSet><inlineXML contenttype="application/nitf+xml">'
            f'<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">{story}</nitf></inlineXML></contentSet>\n'
            '</newsItem>\n')
    doc = read_bytes("item.xml", text.encode("utf-8"))
    assert doc.format == "newsml"
    diags = lint_document(doc, active_rules(CAPTIONS), CAPTIONS).diagnostics
    assert found(text, diags) == [("captions.filename", text.index("IMG_4471.JPG"), "IMG_4471.JPG")]


def test_a_fix_in_the_alt_text_may_not_write_the_attribute_s_quote():
    text = nitf(picture("<media-reference source='levee.jpg' alternate-text='Volunteers on a levee'/>"))
    [alt] = alts(lint(text)[0])
    assert "'" in alt.attrs["unsafe_chars"] and "<" in alt.attrs["unsafe_chars"]
