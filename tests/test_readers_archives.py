"""Wire and CMS formats: NITF, NewsML-G2, WordPress WXR and JSON Lines
(tests/archives, our own small files; the shared IPTC and WordPress
samples only when present)."""
from __future__ import annotations

import codecs
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from lint.config import Config, ConfigError, from_mapping
from lint.engine import lint_bytes
from lint.readers import ReadError, read_bytes, read_slice
from lint.readers.jsonl import string_map
from lint.readers.options import ReadOptions
from shared_data import shared

ARCHIVES = Path(__file__).parent / "archives"
SHARED = shared("formats") or Path("/nonexistent")
MAPPING = ReadOptions(jsonl=(("body", "content"), ("headline", "title"), ("published", "date")))


def read(name: str, options: ReadOptions = ReadOptions()):
    path = ARCHIVES / name
    return read_bytes(str(path), path.read_bytes(), options=options)


def at(doc, part, i: int = 0) -> tuple[int, int]:
    return doc.lines.position(part.source_offset(i))


def exact(doc, part) -> bool:
    """Every character of the part is the file's own character (or an entity /
    escape standing for it), so a finding lands where it should."""
    return all(doc.source[part.source_offset(i)] in (ch, "&", "\\", "\r")
               for i, ch in enumerate(part.text))


def kinds(doc) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in doc.parts]


def test_nitf_parts_date_and_positions():
    doc = read("story.nitf")
    got = kinds(doc)
    assert ("headline", "Council approves budget") in got
    assert ("dek", "Spending rises 4 percent") in got
    assert ("byline", "By Ana Ruiz") in got
    assert ("dateline", "SPRINGFIELD, March 4") in got
    assert ("field", "The vote was close.") in got                 # abstract, after an hl2 dek
    assert ("heading", "Reaction") in got
    assert ("blockquote", "It is a fair budget.") in got
    assert not any("not prose" in text for _, text in got)          # tables are not prose
    para = doc.first("paragraph")
    assert para.text == "The council voted 5-4 on Tuesday & the mayor signed it it the same day."
    assert at(doc, para) == (21, 10) and exact(doc, para)
    assert doc.first("blockquote").attrs["cite"] == "Mayor Lee"
    caption, credit = doc.first("caption"), doc.first("credit")
    assert (caption.text, credit.text) == ("City hall on Tuesday.", "Photo: Jo Kim")
    assert caption.attrs["credit"] == credit.index
    assert doc.published == dt.date(2024, 3, 5) and doc.published_from == "NITF date.issue"
    # '&amp;' maps to its own five characters: no fix may span it.
    amp = para.text.index("&")
    assert not para.is_verbatim(doc.source, amp - 1, amp + 2)


def test_nitf_finding_is_placed_inside_inline_markup():
    path = ARCHIVES / "story.nitf"
    result = lint_bytes(str(path), path.read_bytes(), Config(select=("hygiene.doubled-word",)))
    [d] = result.diagnostics
    line = path.read_text().splitlines()[d.line - 1]
    assert line[d.column - 1:d.end_column - 1] == "it it" and d.article == ""


def test_newsml_message_gives_one_article_per_item():
    doc = read("message.xml")
    assert doc.format == "newsml" and [a.article for a in doc.articles] == [
        "urn:example:one", "urn:example:two"]
    one, two = doc.articles
    assert one.first("headline").text == "Storm closes schools"
    assert [p.text for p in one.parts if p.kind == "title"] == []
    assert {("field", "Springfield"), ("field", "STORM-SCHOOLS"), ("dateline", "SPRINGFIELD, March 5"),
            ("byline", "By Ana Ruiz")} <= set(kinds(one))
    assert one.published == dt.date(2024, 3, 5) and one.published_from == "firstCreated"
    para = one.first("paragraph")
    assert para.text == "Schools closed on Tuesday as the the storm hit." and exact(doc, para)
    assert two.first("paragraph").text == "Crews cleared the roads roads by noon."
    assert at(two, two.first("paragraph")) == (29, 63)
    assert two.published == dt.date(2024, 3, 6)


def test_wxr_posts_captions_dates_and_sections():
    doc = read("export.xml")
    assert doc.format == "wxr" and [a.article for a in doc.articles] == ["10", "12"]   # no draft
    post, escaped = doc.articles
    assert post.first("headline").text == "Council approves budget"
    assert post.first("dek").text == "Spending rises"
    assert post.fields["section"] == "Local"
    assert post.published == dt.date(2024, 3, 5) and post.published_from == "wp:post_date_gmt"
    paras = [p.text for p in post.parts if p.kind == "paragraph"]
    assert paras == ["The council voted on Tuesday. It was was close.",
                     "A second paragraph & the the end."]          # split at the blank line
    captions = [p for p in post.parts if p.kind == "caption"]
    assert [c.text for c in captions] == ["City hall on Tuesday.", "The mayor in in her office."]
    assert captions[1].attrs["attachment"] == "11"
    assert not any("[caption" in p.text for p in post.parts)
    assert all(exact(post, p) for p in post.parts)
    assert at(post, captions[1]) == (23, 31)
    # A zero GMT date falls back to the local post date.
    assert escaped.published == dt.date(2024, 3, 6) and escaped.published_from == "wp:post_date"
    para = escaped.first("paragraph")
    assert para.text == "Tom & Jerry said said hi." and at(escaped, para) == (31, 31)
    assert para.attrs["unsafe_chars"] == "&<]"


def test_jsonl_mapping_escapes_and_formats():
    doc = read("dump.jsonl", MAPPING)
    assert [a.article for a in doc.articles] == ["a1", "2", "a3"]
    first, cafe, notes = doc.articles
    assert first.first("headline").text == "Mayor opens bridge" and first.fields["section"] == "Local"
    assert first.published == dt.date(2024, 3, 5)
    assert [p.text for p in first.parts if p.kind == "paragraph"] == [
        'The mayor said "it is done" on Monday.', "She said it was was fine."]
    assert cafe.format == "html" and cafe.first("headline").text == "Café closes"
    para = cafe.first("paragraph")
    assert para.text == "The café closed closed." and at(cafe, para, para.text.index("closed")) == (2, 69)
    assert notes.format == "markdown" and notes.first("headline").text == "Notes"
    assert [p.kind for p in notes.parts].count("headline") == 1      # '# Notes' is a heading there
    assert notes.published is None


def test_jsonl_string_map_counts_each_escape_as_one_character():
    line = '{"b": "a\\u00e9\\n\\ud83d\\ude00z"}'
    value = json.loads(line)["b"]
    segments = string_map(line, 6, len(line) - 1)
    assert [t for t, _ in segments] == [0, 1, 2, 3, 4] and len(value) == 5
    assert [line[s] for _, s in segments] == ["a", "\\", "\\", "\\", "z"]
    line = '{"b": "\\"no\\/\\\\"}'                 # an escaped quote or slash: its own character
    assert [line[s] for _, s in string_map(line, 6, len(line) - 1)] == ['"', "n", "/", "\\"]


def test_jsonl_escaped_quote_is_placed_at_the_mark():
    line = '{"headline": "Vote", "body": "He said \\"no to it.\\n\\nShe left."}\n'
    config = Config(select=("quotes.unbalanced",))
    [d] = lint_bytes("a.jsonl", line.encode(), config).diagnostics
    assert d.column == line.index('"no') + 1 and (d.line, line[d.offset:d.end_offset]) == (1, '"')


def test_jsonl_bad_line_is_reported_and_the_rest_read(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"headline": "One", "body": "Fine text."}\n[1, 2]\n{"body": "Two two words."}\n'
                    '{"body": ' + "[" * 100000 + "]" * 100000 + '}\n')
    result = lint_bytes(str(path), path.read_bytes(), Config(select=("file", "hygiene")))
    got = [(d.line, d.rule, d.article) for d in result.diagnostics]
    assert (2, "file.jsonl", "") in got and (3, "hygiene.doubled-word", "line 3") in got
    assert (4, "file.jsonl", "") in got


def test_jsonl_mapping_in_config_is_checked(tmp_path):
    assert from_mapping({"jsonl": {"headline": "title"}}, "c.yaml").jsonl == (("headline", "title"),)
    with pytest.raises(ConfigError, match="hedline"):
        from_mapping({"jsonl": {"hedline": "title"}}, "c.yaml")


@pytest.mark.parametrize("xml, message", [
    ('<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>'
     "<nitf><body><body.content><p>&b;</p></body.content></body></nitf>",
     "unsafe XML at line 1, column 38: entity declaration 'a' refused (never expanded)"),
    ('<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY x SYSTEM "http://127.0.0.1/x">]>'
     "<nitf><p>&x;</p></nitf>", "external entity 'x' ('http://127.0.0.1/x') refused (never read)"),
    ('<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY % p SYSTEM "http://127.0.0.1/p"> %p;]>'
     "<nitf><p>x</p></nitf>", "unsafe XML at line 1, column 38: external entity 'p'"),
    ("<nitf><body>\n<p>open</body></nitf>", "malformed XML at line 2, column 10: mismatched tag"),
    ("<nitf><p>&mdash;</p></nitf>", "undefined entity"),      # no DTD that could declare it
])
def test_unsafe_or_broken_xml_is_one_file_error(tmp_path, xml, message):
    path = tmp_path / "bad.nitf"
    path.write_text(xml)
    with pytest.raises(ReadError) as err:
        read_bytes(str(path), path.read_bytes())
    assert err.value.rule == "file.xml" and message in str(err.value)


def test_unknown_xml_is_skipped_with_a_warning(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_text("<urlset><url/></urlset>")
    result = lint_bytes(str(path), path.read_bytes(), Config())
    [d] = result.diagnostics
    assert (d.rule, d.level) == ("file.format", "warning") and "<urlset>" in d.message   # was file.xml


def test_json_and_sarif_name_the_article(run_cli):
    out = json.loads(run_cli("check", "--format", "json", "--select", "hygiene",
                             ARCHIVES / "export.xml").stdout)
    assert {(d["line"], d["article"]) for d in out} == {(8, "10"), (10, "10"), (23, "10"), (31, "12")}
    sarif = json.loads(run_cli("check", "--format", "sarif", "--select", "hygiene",
                               ARCHIVES / "message.xml").stdout)
    assert [r["properties"]["article"] for r in sarif["runs"][0]["results"]] == [
        "urn:example:one", "urn:example:two"]


def test_fix_rewrites_only_the_flagged_words_in_every_format(tmp_path, run_cli):
    for name in ("export.xml", "dump.jsonl", "story.nitf", "message.xml"):
        shutil.copy(ARCHIVES / name, tmp_path / name)
    shutil.copy(ARCHIVES / ".newslint.yaml", tmp_path / ".newslint.yaml")
    run_cli("check", "--fix", "--select", "hygiene.doubled-word", tmp_path / "export.xml",
            tmp_path / "dump.jsonl", tmp_path / "story.nitf", tmp_path / "message.xml")
    for name in ("export.xml", "dump.jsonl", "story.nitf", "message.xml"):
        before, after = (ARCHIVES / name).read_text(), (tmp_path / name).read_text()
        assert after != before
        for doubled in ("was was", "the the", "said said", "closed closed", "note note", "in in",
                        "it it", "roads roads"):
            assert doubled not in after
        # The export still reads to the same articles.
        assert [a.article for a in read_bytes(name, after.encode()).articles] == \
            [a.article for a in read_bytes(name, before.encode()).articles]
    assert "&amp;amp; Jerry said hi." in (tmp_path / "export.xml").read_text()


def test_fix_never_writes_a_quote_into_a_json_string():
    doc = read("dump.jsonl", MAPPING)
    assert all('"' in p.attrs["unsafe_chars"] for a in doc.articles for p in a.parts)


def test_baseline_keys_findings_by_article(tmp_path, run_cli):
    shutil.copy(ARCHIVES / "export.xml", tmp_path / "export.xml")
    base = tmp_path / "base.json"
    run_cli("check", "--select", "hygiene", "--write-baseline", base, tmp_path / "export.xml")
    assert {f.get("article") for f in json.loads(base.read_text())["findings"]} == {"10", "12"}
    result = run_cli("check", "--select", "hygiene", "--baseline", base, tmp_path / "export.xml")
    assert result.exit_code == 0 and "No problems" in result.stdout


def test_a_slice_of_an_export_reads_with_the_files_own_lines():
    source = (ARCHIVES / "export.xml").read_text()
    lines = source.splitlines(keepends=True)
    cut = "".join(lines[5:21]) + "".join(lines[29:37])          # post 10 and post 12
    doc = read_slice("export.xml", cut, "wxr", ((0, 6), (len("".join(lines[5:21])), 30)))
    whole = read("export.xml")
    assert [a.article for a in doc.articles] == ["10", "12"]
    for got, want in zip(doc.articles, whole.articles):
        assert [(p.kind, p.text, at(got, p)) for p in got.parts if p.kind != "caption"] == \
            [(p.kind, p.text, at(want, p))
             for p in want.parts if p.kind != "caption"]


def test_parse_lists_each_article(run_cli):
    out = json.loads(run_cli("parse", "--format", "json", ARCHIVES / "export.xml").stdout)
    assert [a["article"] for a in out[0]["articles"]] == ["10", "12"]
    assert out[0]["articles"][0]["headline"] == "Council approves budget"


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared format samples absent")
@pytest.mark.parametrize("name", ["LISTING_1_A_NewsML-G2_News_Item.xml",
                                  "LISTING_2_NewsML-G2_Text_Document.xml",
                                  "LISTING_22_Sports_story_in_NewsML-G2NITF.xml",
                                  "LISTING_3_Photo_in_NewsML-G2.xml"])
def test_iptc_samples_read(name):
    path = SHARED / "newsml-g2" / name
    doc = read_bytes(str(path), path.read_bytes())
    assert doc.first("headline") is not None and doc.published is not None and doc.article
    if name != "LISTING_1_A_NewsML-G2_News_Item.xml":      # its inlineXML is a comment only
        assert doc.first("paragraph") is not None or doc.first("caption") is not None


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared format samples absent")
def test_wordpress_theme_unit_test_export_reads():
    path = SHARED / "wordpress-wxr" / "themeunittestdata.wordpress.xml"
    doc = read_bytes(str(path), path.read_bytes(), max_bytes=1 << 24)
    assert len(doc.articles) >= 30 and not doc.notices
    assert all(a.published is not None for a in doc.articles)
    untitled = [a for a in doc.articles if a.first("headline") is None]
    assert len(untitled) <= 1            # the export's deliberately untitled post
    assert sum(a.first("paragraph") is not None for a in doc.articles) >= 30
    assert any(p.kind == "caption" for a in doc.articles for p in a.parts)


def test_a_slice_with_non_ascii_text_keeps_exact_offsets():
    from lint.readers._xml import parse

    source = "<item>\u201ca\u201d</item>\n<item>b</item>"
    first, second = parse(source, slice_=True).children()
    assert (first.start, first.inner, second.start) == (0, 6, 17)
    assert source[second.items[0].offset] == "b"


@pytest.mark.parametrize("name,data", [
    ("q.nitf", b'<nitf><body><body.head><hedline><hl1>Mayor quits after &quot;scandal&quot;</hl1>'
               b'</hedline></body.head></body></nitf>\n'),
    ("q.jsonl", b'{"id": "a1", "headline": "Mayor quits after \\u201cscandal\\u201d"}\n'),
])
def test_a_finding_ending_on_an_escape_covers_the_whole_escape(name, data):
    result = lint_bytes(name, data, Config(select=("style.headline-quotes",)))
    [d] = result.diagnostics
    line = data.decode().splitlines()[d.line - 1]
    assert line[d.column - 1:d.end_column - 1] in ('&quot;scandal&quot;', '\\u201cscandal\\u201d')
    assert d.snippet == line[d.column - 1:d.end_column - 1]


def test_an_external_dtd_is_skipped_not_fetched_and_its_html_entities_read(tmp_path):
    """NITF files often name their DTD; it is never read (no network), and the
    HTML entities it would declare read as their characters, mapped to the file."""
    path = tmp_path / "dtd.nitf"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE nitf SYSTEM "http://127.0.0.1:9/nitf-3-6.dtd">\n'
                    "<nitf><body><body.head><hedline><hl1>Rates &mdash; up</hl1></hedline></body.head>"
                    "<body.content><p>Caf&eacute; &unknown; it it.</p></body.content></body></nitf>\n")
    doc = read_bytes(str(path), path.read_bytes())
    headline, para = doc.first("headline"), doc.first("paragraph")
    assert headline.text == "Rates \u2014 up" and para.text == "Caf\u00e9  it it."
    assert doc.source[headline.source_offset(6):headline.source_span(6, 7, doc.source)[1]] == "&mdash;"
    result = lint_bytes(str(path), path.read_bytes(), Config(select=("hygiene.doubled-word",)))
    [d] = result.diagnostics
    assert d.snippet == "it it" and d.line == 3


@pytest.mark.parametrize("encoding", ["UTF-16", "ISO-8859-1", "windows-1252"])
def test_xml_in_its_declared_encoding_reads_without_a_notice(tmp_path, encoding):
    text = (f'<?xml version="1.0" encoding="{encoding}"?>\n<nitf><body><body.head><hedline>'
            "<hl1>Caf\u00e9 owners</hl1></hedline></body.head>"
            "<body.content><p>Caf\u00e9 it it.</p></body.content></body></nitf>\n")
    path = tmp_path / "story.nitf"
    path.write_bytes(text.encode(encoding))
    result = lint_bytes(str(path), path.read_bytes(), Config(select=("file", "hygiene.doubled-word")))
    [d] = result.diagnostics
    assert (d.rule, d.line, d.column, d.snippet) == ("hygiene.doubled-word", 2, 99, "it it")
    doc = read_bytes(str(path), path.read_bytes())
    assert doc.first("headline").text == "Caf\u00e9 owners"
    assert codecs.lookup(doc.encoding).name == codecs.lookup(encoding).name    # --fix writes it back so


def test_jsonl_ids_formats_and_a_missing_body_are_reported():
    lines = ['{"id": null, "headline": "A", "body": "One."}',
             '{"id": {"x": 1}, "headline": "B", "body": "Two.", "format": "pdf"}',
             '{"id": " 7 ", "headline": "C", "content": "Three."}',
             '{"headline": "D", "content": "Four."}']
    data = ("\n".join(lines) + "\n").encode()
    result = lint_bytes("dump.jsonl", data, Config(select=("file",)))
    got = [(d.line, d.column, d.article, d.message.split(";")[0]) for d in result.diagnostics]
    assert got == [
        (2, 8, "line 2", "line 2: 'id' is an object, not a string or number"),
        (2, 61, "line 2", "line 2: format 'pdf' is not one of text, markdown, html"),
        (3, 1, "7", "line 3 has no body field 'body' (its keys: 'id', 'headline', 'content')"),
    ]     # said once a file, not again on line 4
    doc = read_bytes("dump.jsonl", data)
    assert [a.article for a in doc.articles] == ["line 1", "line 2", "7", "line 4"]


def test_jsonl_line_ids_in_a_slice_are_the_file_lines():
    """An audit partition of id-less lines names them by the export's own line."""
    cut = '{"headline": "E", "body": "x"}\n{"headline": "F", "body": "y"}\n'
    doc = read_slice("dump.jsonl", cut, "jsonl", ((0, 41),))
    assert [a.article for a in doc.articles] == ["line 41", "line 42"]


WXR_TITLES = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<item><title><![CDATA[Q&amp;A: the the <em>mayor</em>]]></title>
<content:encoded><![CDATA[Body.]]></content:encoded><wp:post_id>1</wp:post_id>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
<item><title>Escaped &lt;b&gt;it it&lt;/b&gt; title</title>
<content:encoded>Body.</content:encoded><wp:post_id>2</wp:post_id>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
</channel></rss>
"""


def test_wxr_titles_are_html_as_wordpress_shows_them():
    data = WXR_TITLES.encode()
    doc = read_bytes("export.xml", data)
    assert [a.first("headline").text for a in doc.articles] == ["Q&A: the the mayor",
                                                               "Escaped it it title"]
    result = lint_bytes("export.xml", data, Config(select=("hygiene.doubled-word",)))
    assert [(d.line, d.snippet, d.article) for d in result.diagnostics] == [
        (4, "the the", "1"), (7, "it it", "2")]
    assert all(d.fix is not None for d in result.diagnostics)


def test_a_jsonl_text_body_never_becomes_the_headline():
    """Without a headline field the first line of a text body stays body: a
    headline rule's fix must not rewrite it."""
    data = b'{"id": "x", "body": "The mayor resigned.\\n\\nShe left."}\n'
    doc = read_bytes("dump.jsonl", data)
    assert [p.kind for p in doc.articles[0].parts] == ["paragraph", "paragraph"]
    rules = {d.rule for d in lint_bytes("dump.jsonl", data, Config()).diagnostics}
    assert "titles.missing-headline" in rules and "titles.trailing-period" not in rules


def test_a_nitf_file_that_is_not_nitf_says_so():
    result = lint_bytes("story.nitf", b"<html><body><p>Not a wire story.</p></body></html>\n", Config())
    [d] = result.diagnostics
    assert (d.rule, d.level, d.line, d.column) == ("file.xml", "warning", 1, 1)
    assert "not NITF (root element <html>)" in d.message


def test_newsml_text_and_xhtml_bodies_under_a_contentmeta_headline():
    data = b"""<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>
<newsItem guid="urn:a:1"><contentMeta><headline>Rates rise</headline></contentMeta>
<contentSet><inlineXML contenttype="application/xhtml+xml"><html><body><h1>Rates rise</h1>
<p>Body.</p></body></html></inlineXML></contentSet></newsItem>
<newsItem><contentMeta><headline>Rain due</headline></contentMeta>
<contentSet><inlineData contenttype="text/plain">It will rain and and blow.</inlineData>
</contentSet></newsItem>
</itemSet></newsMessage>
"""
    doc = read_bytes("wire.xml", data)
    assert [a.article for a in doc.articles] == ["urn:a:1", "item 2"]
    assert [[(p.kind, p.text) for p in a.parts] for a in doc.articles] == [
        [("headline", "Rates rise"), ("heading", "Rates rise"), ("paragraph", "Body.")],
        [("headline", "Rain due"), ("paragraph", "It will rain and and blow.")]]
    [d] = lint_bytes("wire.xml", data, Config(select=("hygiene.doubled-word",))).diagnostics
    assert (d.line, d.snippet, d.article) == (6, "and and", "item 2")


def test_broken_xml_is_reported_where_the_parser_stopped():
    # An editor jumps to the finding: at the mismatched tag, not the file's 1:1
    # (columns count characters: the é before it is one).
    src = "<nitf><body>\n<p>Caf\u00e9 open</body></nitf>\n"
    [d] = lint_bytes("bad.nitf", src.encode("utf-8"), Config()).diagnostics
    assert (d.rule, d.line, d.column) == ("file.xml", 2, 15)
    assert src.splitlines()[1][d.column - 1:].startswith("body>")
    [d] = lint_bytes("deep.nitf", ("<nitf>\n" + "<b>" * 600 + "</b>" * 600 + "</nitf>").encode(),
                     Config()).diagnostics
    assert (d.rule, d.line) == ("file.xml", 2) and "nested more than" in d.message


def test_jsonl_body_of_html_markup_with_no_format_key_is_read_as_html():
    lines = [{"id": "a", "headline": "Vote", "body": "<p>The council met.</p>\n<p>It voted 5-2.</p>"},
             {"id": "b", "headline": "Love", "body": "<3 the ferry, she said."},
             {"id": "c", "headline": "Code", "body": "<p>The council met.</p>", "format": "text"}]
    doc = read_bytes("dump.jsonl", "\n".join(json.dumps(x) for x in lines).encode("utf-8"))
    html, text, told = doc.articles
    assert html.format == "html"
    assert [p.text for p in html.parts if p.kind == "paragraph"] == ["The council met.", "It voted 5-2."]
    assert text.format == "text" and text.first("paragraph").text == "<3 the ferry, she said."
    assert told.format == "text" and told.first("paragraph").text == "<p>The council met.</p>"
