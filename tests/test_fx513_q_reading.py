"""fx513: how the readers and the quote scan take a `<q>` in shapes qa372
found missed: a `<br><br>` inside one, a blank one, one under a Markdown
byline, one opening a div or a WordPress post, an unclosed one in
Markdown. Guards keep the nearest shapes as they were."""
from __future__ import annotations

from lint.readers import read_bytes

HEAD = ('<html><head><title>Council approves budget</title></head><body><article>'
        '<h1>Council approves budget</h1>\n')
TAIL = '\n</article></body></html>\n'


def _paragraphs(text, name="t.html"):
    doc = read_bytes(name, text.encode("utf-8"))
    doc = doc.articles[0] if doc.articles else doc
    return [(p.text, [(k, p.text[s:e]) for k, s, e in p.attrs.get("inline", ())])
            for p in doc.parts if p.kind == "paragraph"]


# --- a <br><br> inside a <q> is a line end (qa372 #3)

def test_double_br_inside_a_q_keeps_one_paragraph():
    got = _paragraphs(HEAD + "<p><q>We waited far too long.<br><br>It hurt us all,</q> Reyes said.</p>" + TAIL)
    assert got == [("We waited far too long.\nIt hurt us all, Reyes said.",
                    [("quotation", "We waited far too long.\nIt hurt us all,")])]


def test_guard_double_br_after_a_closed_q_still_splits():
    got = _paragraphs(HEAD + "<p><q>We waited far too long,</q> Reyes said.<br><br>The vote was close.</p>" + TAIL)
    assert got == [("We waited far too long, Reyes said.", [("quotation", "We waited far too long,")]),
                   ("The vote was close.", [])]


def test_guard_double_br_inside_em_still_splits():
    got = _paragraphs(HEAD + "<p><em>The council met.<br><br>The vote was close.</em></p>" + TAIL)
    assert [t for t, _ in got] == ["The council met.", "The vote was close."]
    assert [m for _, m in got] == [[("emphasis", "The council met.")], [("emphasis", "The vote was close.")]]


# --- a <q> of white space only is no quote (qa372 #6)

def _quotes(text, name="t.html"):
    from lint.analysis.quotes import quote_analysis
    doc = read_bytes(name, text.encode("utf-8"))
    doc = doc.articles[0] if doc.articles else doc
    return [(q.part.text[q.start:q.end], q.element) for q in quote_analysis(doc).quotes]


def test_blank_q_is_no_quote():
    assert _quotes(HEAD + "<p>The council <q> \n </q>met <q>&nbsp;</q>on Monday.</p>" + TAIL) == []


def test_guard_q_of_one_word_or_a_mark_is_a_quote():
    got = _quotes(HEAD + "<p>The so-called <q>reform</q> passed <q>.</q></p>" + TAIL)
    assert got == [("reform", True), (".", True)]
