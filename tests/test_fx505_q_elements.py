"""fx505 (nu68 #2): a quotation marked up as an element (HTML `<q>`, NITF `q`,
NewsML-G2's XHTML or NITF body) is a quote to the quotes rules, with no mark
added to the text: the reader keeps the element's span (an inline `quotation`
mark), the scan opens a quote of zero-width marks there, and a finding about
it starts at the quotation's first character. Guards: typed quotes, a
`<blockquote>`, and parts outside the body are read as before."""
from __future__ import annotations

import json

import pytest

from lint.analysis.quote_elements import CLOSE, OPEN, merged
from lint.analysis.quotes import quote_analysis
from lint.readers import read_bytes
from q_element_helpers import HEAD, TAIL, NITF, SAID, VALE_HEAD
from q_element_helpers import at as _at

G2 = ('<?xml version="1.0" encoding="UTF-8"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" '
      'guid="urn:lns:q" version="1">\n<itemMeta><itemClass qcode="ninat:text"/>'
      "<firstCreated>2025-03-04T10:00:00Z</firstCreated></itemMeta>\n"
      "<contentMeta><headline>Council approves budget</headline></contentMeta>\n"
      '<contentSet><inlineXML contenttype="{ct}">\n{body}\n</inlineXML></contentSet>\n</newsItem>\n')


def _check(run_cli, tmp_path, text, name="q.html"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = run_cli("check", "--format", "json", path)
    assert result.exit_code in (0, 1), (result.exit_code, result.stdout, result.stderr)
    return [f for f in json.loads(result.stdout) if f["rule"].startswith("quotes.")], text


def _html(run_cli, tmp_path, body):
    return _check(run_cli, tmp_path, HEAD + body + TAIL)


def _doc(text, name="q.html"):
    return read_bytes(name, text.encode())


# --- what is found, and where ---

def test_an_unsaid_html_q_is_unattributed_at_its_first_character(run_cli, tmp_path):
    found, text = _html(run_cli, tmp_path, f"<p><q>{SAID}</q></p>")
    assert [f["rule"] for f in found] == ["quotes.unattributed"], found
    assert _at(text, found) == [text.index(SAID)]       # after the <q> tag, not at it
    assert (found[0]["end_line"], found[0]["end_column"]) == (2, 7 + len(SAID))


def test_an_unsaid_nitf_q_is_unattributed_at_its_first_character(run_cli, tmp_path):
    found, text = _check(run_cli, tmp_path, NITF.format(f"<p> <q>{SAID}</q></p>"), "q.nitf")
    assert [f["rule"] for f in found] == ["quotes.unattributed"], found
    assert _at(text, found) == [text.index(SAID)]


@pytest.mark.parametrize("body", [
    f"<p><q>{SAID[:-1]},</q> Mayor Ann Reyes said.</p>",
    f"<p>Mayor Ann Reyes said, <q>{SAID}</q></p>",
    "<p>Mayor Ann Reyes called the budget <q>a disgrace</q> and left.</p>",
])
def test_a_said_or_partial_q_is_no_finding(run_cli, tmp_path, body):
    found, _ = _html(run_cli, tmp_path, body)
    assert found == []


def test_the_same_words_typed_are_found_the_same(run_cli, tmp_path):
    """The guard: a typed quote nobody said, and one said, as before."""
    found, _ = _html(run_cli, tmp_path, f"<p>“{SAID}”</p>")
    assert [f["rule"] for f in found] == ["quotes.unattributed"]
    found, _ = _html(run_cli, tmp_path, f"<p>“{SAID[:-1]},” Mayor Ann Reyes said.</p>")
    assert found == []


@pytest.mark.parametrize("ct, body", [
    ("application/xhtml+xml", f'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>The council met.</p>'
                              f"<p><q>{SAID}</q></p></body></html>"),
    ("application/nitf+xml", f"<nitf><body><body.content><p>The council met.</p><p><q>{SAID}</q></p>"
                             "</body.content></body></nitf>"),
])
def test_a_newsml_g2_body_q_is_a_quote(run_cli, tmp_path, ct, body):
    found, text = _check(run_cli, tmp_path, G2.format(ct=ct, body=body), "item.xml")
    assert [f["rule"] for f in found] == ["quotes.unattributed"], found
    assert _at(text, found) == [text.index(SAID)]


# --- typed marks beside a <q> ---

@pytest.mark.parametrize("body", [
    f"<p><q>“{SAID}”</q> Reyes said.</p>",
    f"<p>“<q>{SAID}</q>” Reyes said.</p>",
    f"<p><q>‘{SAID}’</q> Reyes said.</p>",
])
def test_typed_marks_round_a_qs_words_are_one_quote_marked_twice(run_cli, tmp_path, body):
    found, _ = _html(run_cli, tmp_path, body)
    assert [(f["rule"], "marked twice" in f["message"]) for f in found] == [("quotes.nested-same-mark", True)]


def test_a_typed_double_quote_inside_a_q_is_nested_in_the_same_marks(run_cli, tmp_path):
    found, text = _html(run_cli, tmp_path, "<p><q>He told us “no” and left the room,</q> Reyes said.</p>")
    assert [f["rule"] for f in found] == ["quotes.nested-same-mark"]
    assert "marked twice" not in found[0]["message"]
    assert _at(text, found) == [text.index("“no”")]


def test_a_q_inside_a_q_is_single_marked_and_no_fault(run_cli, tmp_path):
    found, _ = _html(run_cli, tmp_path, "<p><q>He told us <q>we waited far too long</q> and left,</q> "
                                        "Reyes said.</p>")
    assert found == []


def test_a_q_inside_a_typed_double_quote_is_nested_in_the_same_marks(run_cli, tmp_path):
    found, text = _html(run_cli, tmp_path, "<p>“He told us <q>we waited far too long</q> and left,” "
                                           "Reyes said.</p>")
    assert [f["rule"] for f in found] == ["quotes.nested-same-mark"]
    assert _at(text, found) == [text.index("we waited")]
    assert found[0]["message"].startswith("<q> quotation inside a typed quote in double marks"), found


def test_a_typed_mark_left_open_in_a_q_is_one_unbalanced_mark(run_cli, tmp_path):
    found, text = _html(run_cli, tmp_path, "<p><q>He told us “no and left the room,</q> Reyes said.</p>")
    assert [f["rule"] for f in found] == ["quotes.unbalanced"]
    assert _at(text, found) == [text.index("“no")]


def test_a_typed_close_inside_a_q_never_closes_it(run_cli, tmp_path):
    """`“a <q>b” c</q>`: the ” closes nothing inside the element (a stray),
    and the typed “ outside stays open (another)."""
    found, text = _html(run_cli, tmp_path, "<p>“He said <q>we waited” too long</q> today, Reyes said.</p>")
    assert sorted(_at(text, found)) == [text.index("“He"), text.index("”")]
    assert {f["rule"] for f in found} == {"quotes.unbalanced"}


def test_a_q_is_no_style_to_mixed_marks(run_cli, tmp_path):
    """Straight typed marks beside a <q>: the page's marks count for no style."""
    found, _ = _html(run_cli, tmp_path, '<p>"We waited," Reyes said. "It hurt us."</p>\n'
                                        f"<p><q>{SAID[:-1]},</q> Ames said.</p>")
    assert found == []
    found, _ = _html(run_cli, tmp_path, '<p>"We waited," Reyes said. “It hurt us.”</p>\n'
                                        f"<p><q>{SAID[:-1]},</q> Ames said.</p>")
    assert [f["rule"] for f in found] == ["quotes.mixed-marks"]       # the typed styles still count


# --- parts that are not the body; blockquotes ---

def test_a_q_in_a_caption_or_headline_is_no_quote_to_the_scan(run_cli, tmp_path):
    text = (HEAD.replace("<h1>Council approves budget</h1>", "<h1>Mayor: <q>We waited too long</q></h1>")
            + '<figure><img src="a.jpg" alt="Mayor"><figcaption>Mayor Ann Reyes says <q>we waited far too '
              'long for this</q> on Monday. (AP Photo/Jo Roe)</figcaption></figure>' + TAIL)
    found, _ = _check(run_cli, tmp_path, text)
    assert found == []
    doc = _doc(text)
    assert quote_analysis(doc).quotes == []
    caption = doc.first("caption")
    assert [(k, caption.text[s:e]) for k, s, e in caption.attrs["inline"]] == [
        ("quotation", "we waited far too long for this")]


def test_a_blockquote_is_read_as_before(run_cli, tmp_path):
    found, _ = _html(run_cli, tmp_path, f"<blockquote><p>{SAID}</p></blockquote>")
    assert found == []


# --- the readers' spans and the scan's quotes ---

def test_nitf_spans_nested_q_and_trimmed_text():
    text = NITF.format("<p>  <q>We waited <q>far</q> too long.</q>  Reyes said.</p>")
    doc = _doc(text, "q.nitf")
    part = doc.parts_of(["paragraph"])[1]
    assert part.text == "We waited far too long.  Reyes said."
    assert [(k, part.text[s:e]) for k, s, e in part.attrs["inline"]] == [
        ("quotation", "We waited far too long."), ("quotation", "far")]
    assert part.source_offset(0) == text.index("We waited")     # the text holds no mark
    quotes = quote_analysis(doc).quotes
    assert [(part.text[q.start:q.end], q.mark, q.depth, q.element, q.closed, q.open_width, q.close_width)
            for q in quotes] == [("We waited far too long.", "double", 0, True, True, 0, 0),
                                 ("far", "single", 1, True, True, 0, 0)]
    assert quotes[1].parent is quotes[0]


def test_html_without_q_has_no_quotation_marks():
    doc = _doc(HEAD + f"<p><em>{SAID}</em></p>" + TAIL)
    assert all(k != "quotation" for p in doc.parts for k, _, _ in p.attrs.get("inline", ()))


def test_merged_orders_closes_then_opens_then_the_mark():
    marks = [(0, "“"), (5, "”"), (9, '"')]
    spans = [(5, 9), (0, 5), (5, 7)]       # one ends at 5 where two start; one ends at 9
    assert list(merged(iter(marks), spans)) == [
        (0, OPEN), (0, "“"), (5, CLOSE), (5, OPEN), (5, OPEN), (5, "”"), (7, CLOSE), (9, CLOSE), (9, '"')]


WXR = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
       'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
       'xmlns:wp="http://wordpress.org/export/1.2/"><channel>\n'
       '<item><title>Budget vote</title><wp:post_id>10</wp:post_id>'
       '<wp:post_date>2026-03-02 10:00:00</wp:post_date><wp:status>publish</wp:status>'
       '<wp:post_type>post</wp:post_type><content:encoded><![CDATA[The council met on '
       '<a href="https://example.com/">Monday</a>.\n\n<q>{}</q>\n\nThe vote was close.]]>'
       '</content:encoded></item>\n</channel></rss>\n')


def test_wxr_paragraphs_keep_only_their_own_inline_marks():
    """A post's blank-line paragraphs (`wpautop`) each keep the inline marks over
    their own text, rebased: the whole post's marks, copied to every
    paragraph unmoved, made a quote of words no <q> holds."""
    doc = _doc(WXR.format(SAID), "export.xml").articles[0]
    marks = [(p.text, [(k, p.text[s:e]) for k, s, e in p.attrs.get("inline", ())])
             for p in doc.parts if p.kind == "paragraph"]
    assert marks == [("The council met on Monday.", [("link", "Monday")]),
                     (SAID, [("quotation", SAID)]),
                     ("The vote was close.", [])]
    assert [(q.part.text[q.start:q.end], q.element) for q in quote_analysis(doc).quotes] == [(SAID, True)]


def test_wxr_q_nobody_said_is_unattributed(run_cli, tmp_path):
    found, text = _check(run_cli, tmp_path, WXR.format(SAID), "export.xml")
    assert [f["rule"] for f in found] == ["quotes.unattributed"], found
    assert _at(text, found) == [text.index(SAID)]


def test_markdown_inline_q_is_a_quote(run_cli, tmp_path):
    text = ("---\ntitle: Council approves budget\ndate: 2025-03-04\n---\n\nThe council approved the budget.\n\n"
            f"<q>{SAID}</q>\n\nAmes called it <q>a long wait</q> and <Q cite='x'>a hard one</Q>.\n")
    found, _ = _check(run_cli, tmp_path, text, "story.md")
    assert [f["rule"] for f in found] == ["quotes.unattributed"], found
    assert _at(text, found) == [text.index(SAID)]
    doc = _doc(text, "story.md")
    assert [(p.text[s:e]) for p in doc.parts for k, s, e in p.attrs.get("inline", ()) if k == "quotation"] == [
        SAID, "a long wait", "a hard one"]


# --- a Vale swap's fix at a <q>'s first word (qa360 #6) ---


def _vale_fix(run_cli, tmp_path, body):
    from test_qa360_review import SWAPS, _vale
    post = _vale(tmp_path, SWAPS, body, "p.html", VALE_HEAD)
    result = run_cli("check", "--no-cache", "--fix", post, cwd=tmp_path)
    assert "Traceback" not in result.stderr, result.stderr
    return post.read_text(encoding="utf-8")[len(VALE_HEAD):]


@pytest.mark.parametrize("body, fixed", [
    # a <q>'s words are left to the writer (fx564, AP): no fix, its capital kept
    ("<p>He said <q>It is late</q>.</p>\n", "<p>He said <q>It is late</q>.</p>\n"),
    ("<p>He said <q>so It is late</q>.</p>\n", "<p>He said <q>so It is late</q>.</p>\n"),
    # guard: mid-sentence with no <q>, the form is written as given
    ("<p>He said <em>It is late</em>.</p>\n", "<p>He said <em>it's late</em>.</p>\n"),
])
def test_a_swap_keeps_the_capital_of_a_qs_first_word_only(run_cli, tmp_path, body, fixed):
    assert _vale_fix(run_cli, tmp_path, body) == fixed
