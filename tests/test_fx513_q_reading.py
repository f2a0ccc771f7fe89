"""fx513: how the readers and the quote scan take a `<q>` in shapes qa372
found missed: a `<br><br>` inside one, a blank one, one under a Markdown
byline, one opening a div or a WordPress post, an unclosed one in
Markdown. Guards keep the nearest shapes as they were."""
from __future__ import annotations

from lint.readers import read_bytes
from q_element_helpers import TAIL, paragraphs as _paragraphs
from vale_helpers import it_is_desk

HEAD = ('<html><head><title>Council approves budget</title></head><body><article>'
        '<h1>Council approves budget</h1>\n')


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


# --- a Markdown paragraph under a byline or date line keeps its inline marks (qa372 #1)

MD = "# Council approves budget\n\n{}\n<q>We waited *far* too long for [this](x) budget.</q>\n"


def test_md_rest_under_a_byline_or_date_keeps_its_marks():
    for line in ("By Jane Doe", "March 4, 2025", "Published March 4, 2025"):
        got = _paragraphs(MD.format(line), "s.md")
        assert got == [("We waited far too long for this budget.",
                        [("quotation", "We waited far too long for this budget."), ("emphasis", "far"),
                         ("link", "this")])], line


def test_guard_md_byline_and_date_parts_are_as_before():
    doc = read_bytes("s.md", MD.format("By Jane Doe\nMarch 4, 2025").encode())
    got = [(p.kind, p.text, p.attrs) for p in doc.parts if p.kind in ("byline", "dateline")]
    assert got == [("byline", "By Jane Doe", {}), ("dateline", "March 4, 2025", {})]


def test_guard_md_rest_with_no_marks_has_no_attrs():
    doc = read_bytes("s.md", b"# Council approves budget\n\nBy Jane Doe\nThe council met.\n")
    assert [(p.text, p.attrs) for p in doc.parts if p.kind == "paragraph"] == [("The council met.", {})]


# --- a <q> opening loose text keeps its quotation mark and its line (qa372 #2)

def test_q_opening_a_div_is_a_quotation_with_its_line():
    got = _paragraphs(HEAD + "<div><q>We waited,</q> Reyes said.<p>The vote was close.</p></div>" + TAIL)
    assert got == [("We waited, Reyes said.", [("quotation", "We waited,")]), ("The vote was close.", [])]


def test_q_in_em_opening_a_div_keeps_both_marks():
    got = _paragraphs(HEAD + "<div><em><q>We waited</q> long</em></div>" + TAIL)
    assert got == [("We waited long", [("emphasis", "We waited long"), ("quotation", "We waited")])]


def test_link_opening_a_div_keeps_its_mark():
    # the link mark is no longer lost; the split after it (older, kept here by fx513) is gone
    # since fx519: a line that runs on in its sentence after the link is one paragraph (qa379 #5)
    got = _paragraphs(HEAD + "<div><a href='x'>The council</a> met on Monday.</div>" + TAIL)
    assert got == [("The council met on Monday.", [("link", "The council")])]


def test_em_opening_a_div_keeps_its_mark_over_a_double_br():
    got = _paragraphs(HEAD + "<div><em>The council met.<br><br>The vote was <b>close</b>.</em></div>" + TAIL)
    assert got == [("The council met.", [("emphasis", "The council met.")]),
                   ("The vote was close.", [("emphasis", "The vote was close."), ("strong", "close")])]


def test_guard_q_inside_a_paragraph_is_as_before():
    got = _paragraphs(HEAD + "<div>So <q>We waited,</q> Reyes said.</div><p><q>Go,</q> he said.</p>" + TAIL)
    assert got == [("So We waited, Reyes said.", [("quotation", "We waited,")]),
                   ("Go, he said.", [("quotation", "Go,")])]


# --- an unclosed Markdown <q> ends with its paragraph (qa372 #5)

def test_md_unclosed_q_ends_with_its_run():
    got = _paragraphs("# Council approves budget\n\nHe said <q>Go <q>now</q> ok\n\n- <q>We waited\n- far\n", "s.md")
    assert got == [("He said Go now ok", [("quotation", "Go now ok"), ("quotation", "now")]),
                   ("We waited", [("quotation", "We waited")]), ("far", [])]


def test_guard_md_links_and_emphasis_close_where_they_did():
    got = _paragraphs("# Council approves budget\n\nThe *council* met on [Monday](x) at noon.\n", "s.md")
    assert got == [("The council met on Monday at noon.", [("emphasis", "council"), ("link", "Monday")])]


# --- an ignorecase swap keeps the capital of a <q>'s first word after blanks (qa372 #4)

def _vale_fix(run_cli, tmp_path, body):
    it_is_desk(tmp_path)
    head = "<html><head><title>Council approves budget</title></head><body>\n"
    post = tmp_path / "p.html"
    post.write_bytes((head + body).encode("utf-8"))
    result = run_cli("check", "--no-cache", "--fix", post, cwd=tmp_path)
    assert "Traceback" not in result.stderr, result.stderr
    return post.read_bytes().decode("utf-8")[len(head):]


def test_swap_keeps_the_capital_after_blanks_opening_a_q(run_cli, tmp_path):
    body = "<p>He said <q>\r\n &nbsp; It is late</q>.</p>\n"
    assert _vale_fix(run_cli, tmp_path, body) == body      # a <q>'s words are left to the writer (fx564, AP)


def test_guard_swap_after_a_blank_q_is_mid_sentence(run_cli, tmp_path):
    # a <q> of blanks opens no quotation: the word after it is mid-sentence, as before
    body = "<p>He said <q> </q>It is late.</p>\n"
    assert _vale_fix(run_cli, tmp_path, body) == "<p>He said <q> </q>it's late.</p>\n"
