"""How a slip in an inline directive is said (qa69 #4, #10): the dashes a
reason goes after are ones the comment can hold (an em dash in an XML
comment, where `--` is malformed XML), what the writer wrote is quoted as
written, a misspelt action is named as written, and the warning spans the
words it is about, so an editor underlines them."""
from __future__ import annotations

import pytest

from lint import lint_text

SELECT = ["hygiene.placeholder", "file.directive"]
FM = '---\ntitle: "Council meets"\ndate: 2026-03-02\n---\n\n'


def said(text: str, path: str = "story.md") -> list[tuple[str, str]]:
    """(the words each file.directive warning spans, its message) in `text`."""
    return [(text[d.offset:d.end_offset], d.message) for d in lint_text(text, path, select=SELECT)
            if d.rule == "file.directive"]


def placeholders(text: str, path: str = "story.md") -> int:
    return sum(d.rule == "hygiene.placeholder" for d in lint_text(text, path, select=SELECT))


def nitf(comment: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<nitf><body><body.head><hedline><hl1>Budget vote'
            '</hl1></hedline></body.head><body.content>\n'
            f'{comment}\n<p>The fee is TK.</p>\n</body.content></body></nitf>\n')


def newsml(inline: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" '
            'guid="urn:a:1"><contentMeta><headline>Budget vote</headline></contentMeta><contentSet>'
            f'{inline}</contentSet></newsItem>\n')


@pytest.mark.parametrize("comment, words, hint", [
    ("<!-- newslint-disable-next-line hygiene.placeholdr -->", "hygiene.placeholdr",
     "a reason goes after ' \u2014 ' (an em dash: an XML comment may not hold '--')"),
    ("<!-- newslint-disable-next-line hygiene approved -->", "approved",
     "write it after ' \u2014 ' (an em dash: an XML comment may not hold '--'): "
     "newslint-disable-next-line hygiene \u2014 reason")])
def test_in_nitf_the_reason_goes_after_an_em_dash_not_two_dashes(comment, words, hint):
    ((spanned, message),) = said(nitf(comment), "story.nitf")
    assert spanned == words and hint in message and "' -- '" not in message


def test_the_nitf_hint_followed_reads_and_hides():
    # (a guard, passing before too) what the hint says gives a well-formed file whose
    # directive hides the placeholder; two dashes there are malformed XML, and nothing
    # in the story is read
    assert placeholders(nitf("<!-- newslint-disable-next-line hygiene \u2014 approved -->"), "story.nitf") == 0
    assert said(nitf("<!-- newslint-disable-next-line hygiene \u2014 approved -->"), "story.nitf") == []
    broken = lint_text(nitf("<!-- newslint-disable-next-line hygiene -- approved -->"), "story.nitf")
    assert [d.rule for d in broken] == ["file.xml"]


def test_a_newsml_items_xhtml_story_is_xml_and_its_escaped_html_is_not():
    xhtml = newsml('<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">'
                   '<body><p>The fee is TK. <!-- newslint-disable-line hygiene.placeholdr --></p>'
                   '</body></html></inlineXML>')
    ((_, message),) = said(xhtml, "item.xml")
    assert "a reason goes after ' \u2014 '" in message
    # escaped HTML is the element's text: two dashes are fine there
    escaped = newsml('<inlineData contenttype="text/html">&lt;p&gt;The fee is TK. &lt;!-- '
                     'newslint-disable-line hygiene.placeholdr --&gt;&lt;/p&gt;</inlineData>')
    ((spanned, message),) = said(escaped, "item.xml")
    assert "a reason goes after ' -- '" in message and spanned == "hygiene.placeholdr"


def test_a_misspelt_action_is_named_as_written_with_the_right_one():
    text = FM + "The fee is TK. <!-- newslint-disable-lines hygiene -->\n"
    assert said(text) == [("newslint-disable-lines", "newslint-disable-lines: no such directive (did you mean "
                                     "newslint-disable-line?); as written it hides nothing")]
    assert placeholders(text) == 1


@pytest.mark.parametrize("comment", ["newslint-disable-line: hygiene", "newslint-disable-line:hygiene",
                                     "newslint-disable-line : hygiene -- approved"])
def test_a_colon_after_the_action_is_read_as_ruffs_noqa_colon(comment):
    text = FM + f"The fee is TK. <!-- {comment} -->\n"
    assert (said(text), placeholders(text)) == ([], 0)


def test_the_reason_is_quoted_as_written_commas_and_all():
    text = FM + "The fee is TK. <!-- newslint-disable-line hygiene approved, legal -->\n"
    ((spanned, message),) = said(text)
    assert spanned == "approved, legal" and message.startswith(
        "newslint-disable-line: is 'approved, legal' a reason? write it after ' -- '")
    assert placeholders(text) == 0          # the id before it still acts


@pytest.mark.parametrize("dash", ["\u2014", "--"])
def test_a_writer_who_gave_a_reason_is_not_told_where_a_reason_goes(dash):
    text = FM + f"The fee is TK. <!-- newslint-disable-line approved {dash} desk -->\n"
    assert said(text) == [("approved", "newslint-disable-line: no rule or pack 'approved'; "
                                       "as written it hides nothing")]
    text = FM + f"The fee is TK. <!-- newslint-disable-line hygiene approved {dash} desk -->\n"
    assert said(text) == [("approved", f"newslint-disable-line: is 'approved' part of the reason? put it "
                                       f"after ' {dash} ': newslint-disable-line hygiene {dash} approved desk; "
                                       "read as hiding hygiene")]


def test_the_warning_spans_the_unknown_id_in_every_form():
    md = FM + "The fee is TK. <!-- newslint-disable-line hygiene.placeholdr -->\n"
    yaml = '---\ntitle: "Fee TK"  # newslint-disable-line hygiene.placeholdr\ndate: 2026-03-02\n---\n\nBody.\n'
    toml = '+++\ntitle = "Fee TK" # newslint-disable-line hygiene.placeholdr\n+++\n\nBody.\n'
    jsonl = '{"id": "a", "headline": "Fee", "format": "html", "body": "<p>Fee TK. <!-- ' \
            'newslint-disable-line hygiene.placeholdr --></p>"}\n'
    for text, path in ((md, "story.md"), (yaml, "story.md"), (toml, "story.md"), (jsonl, "dump.jsonl")):
        assert [spanned for spanned, _ in said(text, path)] == ["hygiene.placeholdr"], path


def test_a_misspelt_enable_says_what_is_off_stays_off_not_that_it_hides_nothing():
    # qa72 #7: 'hides nothing' read as harmless, while the TK below stays hidden
    text = (FM + "<!-- newslint-disable hygiene -->\n\nThe fee is TK.\n\n"
            "<!-- newslint-enabel hygiene -->\n\nThe vote is TK.\n")
    ((words, message),) = said(text)
    assert "did you mean newslint-enable?" in message and "what is off above stays off" in message
    assert "hides nothing" not in message and placeholders(text) == 0
