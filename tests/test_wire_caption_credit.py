"""Wire captions and their credit (nu21 #3): NITF's `media-producer` and a
NewsML-G2 picture's `creditline` are the caption's credit; a blank one is a
credit left empty (captions.empty-credit); a caption with neither a credit
element nor a credit in its text is captions.missing-credit, which checks the
wire formats by default."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from lint.config import Config, from_mapping
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes

ROOT = Path(__file__).resolve().parents[1]
CAPTIONS = Config(select=("captions",))
CAPTION = "A barge idles near the north channel on Monday."


def nitf(media_tail: str = "", caption: str = CAPTION) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<nitf>\n  <body>\n    <body.head><hedline><hl1>Harbor board '
            'delays vote</hl1></hedline></body.head>\n    <body.content>\n      <p>The board delayed the '
            'dredging vote.</p>\n      <media media-type="image">\n        <media-reference source="barge.jpg"/>\n'
            f'        <media-caption>{caption}</media-caption>{media_tail}\n      </media>\n    </body.content>\n'
            '  </body>\n</nitf>\n')


def newsml(meta: str = "", body: str = "", picture: bool = False) -> str:
    kind = "picture" if picture else "text"
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" '
            'guid="urn:example:1" version="1" standard="NewsML-G2" standardversion="2.29">\n'
            f'  <itemMeta><itemClass qcode="ninat:{kind}"/></itemMeta>\n'
            f'  <contentMeta>\n    <headline>Bridge reopens after repairs</headline>\n{meta}  </contentMeta>\n'
            '  <contentSet>\n    <inlineXML contenttype="application/xhtml+xml">\n'
            '      <html xmlns="http://www.w3.org/1999/xhtml"><body>\n'
            f'        <p>The bridge reopened after repairs, officials said.</p>\n{body}'
            '      </body></html>\n    </inlineXML>\n  </contentSet>\n</newsItem>\n')


def lint(text: str, name: str, config: Config = CAPTIONS):
    doc = read_bytes(name, text.encode("utf-8"))
    return doc, lint_document(doc, active_rules(config), config).diagnostics


def found(text: str, diags) -> list[tuple[str, int, str]]:
    """(rule, source offset, text) of each finding."""
    return [(d.rule, d.offset, text[d.offset:d.end_offset]) for d in diags]


def test_an_nitf_caption_with_no_producer_and_no_credit_is_missing_one():
    text = nitf()
    assert found(text, lint(text, "s.nitf")[1]) == [
        ("captions.missing-credit", text.index(CAPTION), CAPTION)]


def test_an_nitf_producer_is_the_captions_credit():
    text = nitf("\n        <media-producer>Ana Ruiz/Ellis Wire</media-producer>")
    doc, diags = lint(text, "s.nitf")
    assert diags == []
    assert doc.parts[doc.first("caption").attrs["credit"]].text == "Ana Ruiz/Ellis Wire"


@pytest.mark.parametrize("element, at", [
    ("<media-producer></media-producer>", "</media-producer>"),
    ("<media-producer>  </media-producer>", "  </media-producer>"),
    ("<media-producer/>", "<media-producer/>"),
])
def test_a_blank_nitf_producer_is_an_empty_credit(element, at):
    text = nitf("\n        " + element)
    diags = lint(text, "s.nitf")[1]
    assert found(text, diags) == [("captions.empty-credit", text.index(at), "")]
    assert "the credit is blank" in diags[0].message


def test_an_empty_lead_in_in_the_caption_is_reported_beside_a_blank_producer():
    caption = "A barge idles near the north channel on Monday. (Photo by: )"
    text = nitf("\n        <media-producer></media-producer>", caption)
    assert found(text, lint(text, "s.nitf")[1]) == [
        ("captions.empty-credit", text.index("(Photo by: )"), "(Photo by: )"),
        ("captions.empty-credit", text.index("</media-producer>"), "")]


def test_a_credit_in_the_caption_under_a_blank_producer_is_its_credit():
    caption = "A barge idles near the north channel on Monday. (AP Photo/Ana Ruiz)"
    text = nitf("\n        <media-producer></media-producer>", caption)
    doc, diags = lint(text, "s.nitf")
    assert [d.rule for d in diags] == ["captions.empty-credit"]     # the blank element only
    assert doc.parts[doc.first("caption").attrs["credit"]].text == "(AP Photo/Ana Ruiz)"


def test_a_newsml_xhtml_figcaption_with_no_credit_is_missing_one():
    body = '        <figure><img src="bridge.jpg" alt="The bridge"/><figcaption>The bridge on Tuesday.</figcaption></figure>\n'
    text = newsml(body=body)
    assert found(text, lint(text, "item.xml")[1]) == [
        ("captions.missing-credit", text.index("The bridge on Tuesday."), "The bridge on Tuesday.")]


def test_a_picture_items_creditline_before_its_caption_is_its_credit():
    meta = ('    <creditline>Ana Ruiz/Ellis Wire</creditline>\n'
            '    <description role="drol:caption">The bridge on Tuesday.</description>\n')
    doc, diags = lint(newsml(meta, picture=True), "item.xml")
    assert diags == []
    assert doc.parts[doc.first("caption").attrs["credit"]].text == "Ana Ruiz/Ellis Wire"


def test_a_blank_creditline_is_an_empty_credit_on_a_picture_item_only():
    meta = '    <description role="drol:caption">The bridge on Tuesday.</description>\n    <creditline></creditline>\n'
    text = newsml(meta, picture=True)
    assert found(text, lint(text, "item.xml")[1]) == [("captions.empty-credit", text.index("</creditline>"), "")]
    doc, diags = lint(newsml("    <creditline></creditline>\n"), "item.xml")
    assert doc.first("credit") is None and diags == []


def test_a_house_can_leave_wire_captions_unchecked():
    config = from_mapping({"select": ["captions"], "options": {
        "captions.missing-credit": {"formats": ["text", "markdown", "html"]}}}, ".newslint.yaml")
    assert lint(nitf(), "s.nitf", config)[1] == []


def test_readme_and_the_rule_name_the_same_default_formats():
    rule = yaml.safe_load((ROOT / "rules/captions/missing-credit.yaml").read_text(encoding="utf-8"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    wire = readme[readme.index("### Wire and CMS formats"):]
    wire = wire[:wire.index("\n### ")]
    said = re.search(r"its `formats`\s+option: ([a-z, ]+);", wire)
    assert said is not None and said[1].split(", ") == rule["formats"]
    assert "nitf" in rule["formats"] and "newsml" in rule["formats"]
    assert "all five by" in " ".join(rule["description"].split())


# qa44 #5: NITF 3.6's media-reference attributes and a media-metadata item
# carry the credit too (nitf-3-6.xsd: source-credit, copyright; media-metadata
# "when the attributes of media-reference do not suffice").
@pytest.mark.parametrize("attrs, tail", [
    (' source-credit="AP Photo/Ann Lee"', ""),
    (' copyright="AP Photo/Ann Lee"', ""),
    ("", '\n        <media-metadata name="credit" value="AP Photo/Ann Lee"/>'),
])
def test_an_nitf_credit_attribute_is_the_captions_credit(attrs, tail):
    text = nitf(tail).replace('source="barge.jpg"/>', f'source="barge.jpg"{attrs}/>')
    doc, diags = lint(text, "s.nitf")
    credit, caption = doc.first("credit"), doc.first("caption")
    assert diags == [] and credit.text == "AP Photo/Ann Lee"
    assert credit.source_offset(0) == text.index("AP Photo/Ann Lee")   # the value's own characters
    assert caption.attrs["credit"] == credit.index


@pytest.mark.parametrize("attrs, tail, before", [
    (' source-credit=""', "", 'source-credit="'),
    (" copyright='   '", "", "copyright='"),
    ("", '\n        <media-metadata name="credit" value=" "/>', 'value="'),
])
def test_a_blank_nitf_credit_attribute_is_an_empty_credit(attrs, tail, before):
    text = nitf(tail).replace('source="barge.jpg"/>', f'source="barge.jpg"{attrs}/>')
    at = text.index(before) + len(before)
    assert found(text, lint(text, "s.nitf")[1]) == [("captions.empty-credit", at, "")]


def test_the_producer_goes_before_the_attributes_and_a_named_credit_before_a_blank_one():
    text = nitf("\n        <media-producer>Ana Ruiz/Ellis Wire</media-producer>").replace(
        'source="barge.jpg"/>', 'source="barge.jpg" source-credit="AP Photo/Ann Lee"/>')
    doc, diags = lint(text, "s.nitf")
    assert diags == [] and [p.text for p in doc.parts if p.kind == "credit"] == ["Ana Ruiz/Ellis Wire"]
    text = nitf().replace('source="barge.jpg"/>', 'source="barge.jpg" source-credit="" copyright="Ellis Wire"/>')
    doc, diags = lint(text, "s.nitf")
    assert diags == [] and doc.first("credit").text == "Ellis Wire"


def test_a_credit_attributes_value_takes_no_fix_that_would_end_it():
    text = nitf().replace('source="barge.jpg"/>', 'source="barge.jpg" source-credit="AP Photo/Ann Lee"/>')
    assert set('"<&') <= set(read_bytes("s.nitf", text.encode()).first("credit").attrs["unsafe_chars"])
