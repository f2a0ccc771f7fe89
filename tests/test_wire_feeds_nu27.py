"""Wire feeds as a wire desk sends them (nu27): a dateline opening the NITF
body, an empty NewsML-G2 item, a refused entity's place, a wrong encoding
label and where a NewsML item's missing headline is put."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes

LEDE = "PORT ELLIS, Ill., Nov. 30 (LNS) {dash} Port Ellis opened a warming center, Mayor Ellen Broad said."
NITF = ('<?xml version="1.0" encoding="UTF-8"?>\n<nitf>\n<head><docdata><date.issue norm="20261202T100000Z"/>'
        "</docdata></head>\n<body>\n<body.head><hedline><hl1>Port Ellis opens warming center</hl1></hedline>"
        "</body.head>\n<body.content>\n<p>{lede}</p>\n<p>Broad said it would stay open.</p>\n"
        "</body.content>\n</body>\n</nitf>\n")
NEWSML = ('<?xml version="1.0" encoding="UTF-8"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" '
          'guid="urn:lns:fire" version="1">\n<itemMeta><itemClass qcode="ninat:text"/>'
          "<firstCreated>2026-12-02T17:45:00Z</firstCreated></itemMeta>\n"
          "<contentMeta><headline>Port Ellis opens warming center</headline></contentMeta>\n"
          '<contentSet><inlineXML contenttype="{type}">\n{body}\n</inlineXML></contentSet>\n</newsItem>\n')
IN_NITF = "<nitf><body><body.content><p>{lede}</p><p>Broad said it would stay open.</p></body.content></body></nitf>"
IN_XHTML = ('<html xmlns="http://www.w3.org/1999/xhtml"><body><p>{lede}</p>'
            "<p>Broad said it would stay open.</p></body></html>")
MARKDOWN = "---\ndate: 2026-12-02\n---\n# Port Ellis opens warming center\n\n{lede}\n\nBroad said it would stay open.\n"


def _lint(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return lint_bytes(str(path), path.read_bytes(), Config())


def _datelines(result):
    docs = result.document.articles or [result.document]
    return [(p.text, p.source_offset(0)) for d in docs for p in d.parts if p.kind == "dateline"]


@pytest.mark.parametrize("dash, written", [("—", "—"), ("--", "--"), ("&#8212;", "—"), ("-", "-")])
@pytest.mark.parametrize("name, template", [
    ("story.nitf", lambda lede: NITF.format(lede=lede)),
    ("item.xml", lambda lede: NEWSML.format(type="application/nitf+xml", body=IN_NITF.format(lede=lede))),
    ("xhtml.xml", lambda lede: NEWSML.format(type="application/xhtml+xml", body=IN_XHTML.format(lede=lede))),
    ("story.md", lambda lede: MARKDOWN.format(lede=lede))])
def test_a_wire_dateline_opening_the_body_is_one_dateline_in_every_format(tmp_path, name, template,
                                                                         dash, written):
    # nu27 #1: NITF and NewsML's inline NITF read it as a plain paragraph, so
    # dates.dateline-mismatch was missed where Markdown, HTML and WXR found it
    if name == "story.md" and dash.startswith("&"):
        dash = written          # (an XML character reference is no Markdown)
    text = template(LEDE.format(dash=dash))
    result = _lint(tmp_path, name, text)
    ((said, at),) = _datelines(result)
    assert said == f"PORT ELLIS, Ill., Nov. 30 (LNS) {written}"
    assert at == text.index("PORT ELLIS")        # the dateline's first character in the file
    (finding,) = [d for d in result.diagnostics if d.rule == "dates.dateline-mismatch"]
    line = text.count("\n", 0, text.index("Nov. 30")) + 1
    column = text.index("Nov. 30") - text.rfind("\n", 0, text.index("Nov. 30"))
    assert (finding.line, finding.column, finding.level) == (line, column, "error")
    assert "differs from the publication date, December 2, 2026" in finding.message


def test_a_nitf_lede_with_no_dateline_gives_none(tmp_path):
    text = NITF.format(lede="Port Ellis opened a warming center - the first - Mayor Ellen Broad said.")
    assert _datelines(_lint(tmp_path, "story.nitf", text)) == []


def test_a_body_dateline_with_its_year_does_not_outrank_the_nitf_date(tmp_path):
    text = NITF.format(lede=LEDE.format(dash="—").replace("Nov. 30", "Nov. 30, 2026"))
    result = _lint(tmp_path, "story.nitf", text)
    assert result.document.published_from == "NITF date.issue"
    undated = text.replace('<date.issue norm="20261202T100000Z"/>', "")
    assert _lint(tmp_path, "story.nitf", undated).document.published_from == "wire dateline"


@pytest.mark.parametrize("meta, where", [
    ("<contentMeta>\n<dateline>PORT ELLIS, Ill., Dec. 2 (LNS)</dateline></contentMeta>\n", "<contentMeta>"),
    ("", "<newsItem")])
def test_a_newsml_items_missing_headline_is_at_its_content_meta_not_its_date(tmp_path, meta, where):
    # nu27 #11: it was put on the first part, the versionCreated date's value
    text = NEWSML.format(type="application/nitf+xml", body=IN_NITF.format(lede="Fire crews left at noon."))
    text = text.replace("<contentMeta><headline>Port Ellis opens warming center</headline></contentMeta>\n", meta)
    text = text.replace("<firstCreated>", "<versionCreated>2026-12-02T18:30:00Z</versionCreated><firstCreated>")
    (finding,) = [d for d in _lint(tmp_path, "item.xml", text).diagnostics if d.rule == "titles.missing-headline"]
    at = text.index(where)
    assert (finding.line, finding.column) == (text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at))
    assert finding.article == "urn:lns:fire"


@pytest.mark.parametrize("declaration, said", [
    ('  <!ENTITY lol "lol">', "entity declaration 'lol' refused (never expanded)"),
    ('  <!ENTITY xxe SYSTEM "file:///etc/passwd">', "external entity 'xxe' ('file:///etc/passwd') refused (never read)")])
def test_a_refused_entity_is_said_in_words_at_its_declaration(tmp_path, declaration, said):
    # nu27 #9: the message showed defusedxml's exception repr, at 1:1
    text = f'<?xml version="1.0"?>\n<!DOCTYPE nitf [\n{declaration}\n]>\n<nitf><body/></nitf>\n'
    (d,) = _lint(tmp_path, "story.nitf", text).diagnostics
    assert (d.rule, d.line, d.column) == ("file.xml", 3, 3)
    assert d.message == f"unsafe XML at line 3, column 3: {said}"


ITEM = ('<?xml version="1.0"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:lns:empty" '
        'version="1">{inner}</newsItem>\n')


@pytest.mark.parametrize("inner", [
    "",
    "<itemMeta><firstCreated>2026-12-02T10:00:00Z</firstCreated></itemMeta><contentMeta><headline> </headline>"
    '</contentMeta><contentSet><inlineXML contenttype="application/nitf+xml"></inlineXML></contentSet>'])
def test_an_empty_news_item_is_file_empty_naming_it(tmp_path, inner):
    # nu27 #5: "No problems found." for an item with no headline and no story
    text = ITEM.format(inner=inner)
    (d,) = _lint(tmp_path, "item.xml", text).diagnostics
    assert (d.rule, d.level, d.line, d.column, d.article) == ("file.empty", "warning", 2, 1, "urn:lns:empty")
    assert d.message.startswith("empty news item")


@pytest.mark.parametrize("inner", [
    '<contentMeta><subject qcode="medtop:20000568"/><located><name>Port Ellis</name></located></contentMeta>',
    '<contentSet><remoteContent href="fire.jpg" contenttype="image/jpeg"/></contentSet>',
    # qa63 #10: a kill or withhold notice has no content by design
    '<itemMeta><pubStatus qcode="stat:canceled"/><firstCreated>2026-12-02T10:00:00Z</firstCreated></itemMeta>',
    '<itemMeta><pubStatus qcode="stat:withheld"/></itemMeta>'])
def test_an_item_of_metadata_or_a_picture_is_not_empty(tmp_path, inner):
    # README: an item of metadata alone has no story to head; it is not flagged
    assert [d.rule for d in _lint(tmp_path, "item.xml", ITEM.format(inner=inner)).diagnostics] == []


def test_a_news_message_with_no_item_is_file_empty_at_its_item_set(tmp_path):
    text = ('<?xml version="1.0"?>\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">'
            "<header><sent>2026-12-02T20:00:00Z</sent></header>\n<itemSet></itemSet></newsMessage>\n")
    (d,) = _lint(tmp_path, "message.xml", text).diagnostics
    assert (d.rule, d.line, d.column, d.article) == ("file.empty", 3, 1, "")
    one = text.replace("<itemSet></itemSet>", f"<itemSet>{ITEM.split('?>', 1)[1].format(inner='')}</itemSet>")
    (d,) = _lint(tmp_path, "message.xml", one).diagnostics        # the item is, the message is not
    assert (d.rule, d.article) == ("file.empty", "urn:lns:empty")


@pytest.mark.parametrize("label, body, said", [
    ("ISO-8859-1", "Café owner", True), ("windows-1252", "Café owner", True), ("latin-1", "“thrilled”", True),
    ("ISO-8859-1", "Cafe owner", False),      # all ASCII: either reading is the same
    ("UTF-8", "Café owner", False)])
def test_a_latin_1_label_over_utf8_bytes_is_file_encoding_at_the_label(tmp_path, label, body, said):
    # nu27 #10: read as UTF-8 with no word, while an importer honouring the label shows CafÃ©
    text = (f'<?xml version="1.0" encoding="{label}"?>\n<nitf><body><body.content>'
            f"<p>The {body} said she was pleased.</p></body.content></body></nitf>\n")
    path = tmp_path / "story.nitf"
    path.write_bytes(text.encode("utf-8"))
    result = lint_bytes(str(path), path.read_bytes(), Config())
    found = [d for d in result.diagnostics if d.rule == "file.encoding"]
    assert result.document.parts[0].text == f"The {body} said she was pleased."     # read as UTF-8
    if not said:
        assert found == []
        return
    (d,) = found
    assert (d.level, d.line, d.column) == ("warning", 1, 31)
    assert d.message.startswith(f"the XML declaration names {label}, but the bytes are UTF-8 (")
    assert "on line 2" in d.message


def test_cp1252_bytes_under_a_latin_1_label_are_read_by_the_label_without_a_word(tmp_path):
    path = tmp_path / "story.nitf"
    path.write_bytes('<?xml version="1.0" encoding="ISO-8859-1"?>\n<nitf><body><body.content>'
                     "<p>The Café owner said so.</p></body.content></body></nitf>\n".encode("latin-1"))
    result = lint_bytes(str(path), path.read_bytes(), Config())
    assert [d for d in result.diagnostics if d.rule.startswith("file.")] == []
    assert "Café" in result.document.parts[0].text
