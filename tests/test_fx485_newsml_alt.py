"""fx485: a NewsML-G2 `description` whose role names alt text (`drol:altText`,
any case; a `roleuri` ending in `/altText`) is the picture's alt part, at
its own characters, never a caption: `IMG_4471.JPG` there is
captions.filename's and no longer a caption with no credit."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes

CAPTIONS = Config(select=("captions",))
CAPTION = "Volunteers stack sandbags on the levee. (AP Photo/Ana Ruiz)"
ALT = '<description role="drol:altText">IMG_4471.JPG</description>'


def item(meta: str, item_class: str = "ninat:picture", content: str = "") -> str:
    content = content or '<remoteContent href="levee.jpg" contenttype="image/jpeg"/>'
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:pic1" version="1" '
            'standard="NewsML-G2" standardversion="2.29">\n'
            f'  <itemMeta><itemClass qcode="{item_class}"/>'
            '<versionCreated>2024-03-01T10:00:00Z</versionCreated></itemMeta>\n'
            f'  <contentMeta>\n    <headline>Levee holds</headline>\n    {meta}\n  </contentMeta>\n'
            f'  <contentSet>{content}</contentSet>\n</newsItem>\n')


def caption(text: str = CAPTION) -> str:
    return f'<description role="drol:caption">{text}</description>'


def lint(text: str, name: str = "pic.xml"):
    doc = read_bytes(name, text.encode("utf-8"))
    return doc, lint_document(doc, active_rules(CAPTIONS), CAPTIONS).diagnostics


def found(doc, diags) -> list[tuple[str, str]]:
    """(rule, source text under the finding) of each finding."""
    return [(d.rule, doc.source[d.offset:d.end_offset]) for d in diags]


def kinds(doc) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in doc.parts if p.kind in ("alt", "caption", "dek", "credit")]


# --- the false alarm: an alt-text description is no caption ----------------------------------

@pytest.mark.parametrize("meta", [
    ALT + caption(),
    caption() + ALT,
    ALT.replace("drol:altText", "DROL:ALTTEXT") + caption(),
    ALT.replace("drol:altText", "drol:alttext") + caption(),
    ALT.replace('role="drol:altText"', 'roleuri="http://cv.iptc.org/newscodes/descriptionrole/altText"')
    + caption(),
    ALT.replace("IMG_4471.JPG", "<![CDATA[IMG_4471.JPG]]>") + caption(),
    ALT.replace("IMG_4471.JPG", "\r\n  IMG_4471.JPG\r\n  ") + caption(),
])
def test_an_alt_text_description_is_the_alt_part_and_no_caption(meta):
    doc, diags = lint(item(meta))
    alt, cap = ("alt", "IMG_4471.JPG"), ("caption", CAPTION)
    expected = [cap, alt] if meta.startswith(caption()) else [alt, cap]
    assert [k for k in kinds(doc) if k[0] in ("alt", "caption")] == expected
    assert found(doc, diags) == [("captions.filename", "IMG_4471.JPG")]


def test_the_alt_part_maps_to_its_characters_through_entities():
    text = item(ALT.replace("IMG_4471.JPG", "Caf&#xE9; IMG&#95;4471.JPG") + caption())
    doc, diags = lint(text)
    [alt] = [p for p in doc.parts if p.kind == "alt"]
    assert alt.text == "Caf\u00e9 IMG_4471.JPG"
    assert alt.attrs["src"] == "levee.jpg" and alt.attrs["missing"] is False
    assert found(doc, diags) == [("captions.filename", "IMG&#95;4471.JPG")]


def test_a_caption_and_its_credit_still_link_with_the_alt_before_them():
    doc, diags = lint(item(ALT.replace("IMG_4471.JPG", "Sandbags piled along a levee")
                           + caption("Volunteers stack sandbags on the levee.")
                           + "<creditline>Ana Ruiz/AP</creditline>"))
    assert diags == []
    cap = doc.first("caption")
    assert cap.text == "Volunteers stack sandbags on the levee."
    assert doc.parts[cap.attrs["image"]].kind == "alt"


def test_in_a_news_message_each_item_reads_its_own_alt():
    one = item(ALT + caption())
    body = one[one.index("<newsItem"):]
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">'
            f'<itemSet>{body}{body.replace("pic1", "pic2")}</itemSet></newsMessage>\n')
    doc, _ = lint(text)
    assert [kinds(a) for a in doc.articles] == [[("alt", "IMG_4471.JPG"), ("caption", CAPTION),
                                                 ("credit", "(AP Photo/Ana Ruiz)")]] * 2


# --- a blank alt-text description: missing alt, between the tags -----------------------------

@pytest.mark.parametrize("blank, at", [
    ('<description role="drol:altText"></description>', '<description role="drol:altText">'),
    ('<description role="drol:altText">  </description>', '<description role="drol:altText">'),
    ('<description role="drol:altText"/>', ""),
])
def test_a_blank_alt_text_on_a_picture_is_missing_alt(blank, at):
    text = item(blank + caption())
    doc, diags = lint(text)
    offset = text.index(blank) + len(at)
    assert [(d.rule, d.offset, d.end_offset) for d in diags] == [("captions.missing-alt", offset, offset)]
    assert diags[0].message == ("image 'levee.jpg' has no alt text: describe it for readers who "
                                "cannot see it")


# --- guards: what stays a caption or dek -------------------------------------------------------

@pytest.mark.parametrize("role", ["drol:caption", "drol:summary", "", "drol:altTextLong", "alttext",
                                  "drol:longDesc"])
def test_any_other_description_of_a_picture_is_still_its_caption(role):
    attr = f' role="{role}"' if role else ""
    doc, diags = lint(item(f"<description{attr}>IMG_4471.JPG</description>"))
    assert kinds(doc) == [("caption", "IMG_4471.JPG")]
    assert ("captions.missing-credit", "IMG_4471.JPG") in found(doc, diags)


def test_a_roleuri_that_only_ends_in_the_letters_is_not_alt_text():
    doc, _ = lint(item('<description roleuri="http://example.com/roles/notaltText">IMG_4471.JPG</description>'))
    assert kinds(doc) == [("caption", "IMG_4471.JPG")]


def test_a_text_items_summary_is_still_its_dek_and_its_alt_text_no_dek():
    doc, diags = lint(item('<description role="drol:summary">The levee held overnight.</description>'
                           '<description role="drol:altText">A levee lined with sandbags</description>',
                           item_class="ninat:text", content='<inlineData contenttype="text/plain">'
                           'The levee held overnight, the county said.</inlineData>'))
    assert kinds(doc) == [("dek", "The levee held overnight."), ("alt", "A levee lined with sandbags")]
    assert diags == []


def test_a_blank_alt_text_on_a_text_item_asks_for_nothing():
    doc, diags = lint(item('<description role="drol:altText"></description>', item_class="ninat:text",
                           content='<inlineData contenttype="text/plain">The levee held.</inlineData>'))
    assert not [p for p in doc.parts if p.kind == "alt"] and diags == []


def test_a_picture_with_no_alt_text_description_asks_for_none():
    # no alt field to fill, as a NITF reference with no alternate-text attribute
    doc, diags = lint(item(caption()))
    assert kinds(doc) == [("caption", CAPTION), ("credit", "(AP Photo/Ana Ruiz)")] and diags == []
