"""qa380: review of fx515 (dcc53e49, 54a3048b, 58fe985a, eefff120, 0317d5bc:
where a turned ‘ closing a two-sentence ‘ quote is found, widened to
footnote marks `[^1]`/`[1]`/`*` after the stop, a new sentence opening with
‘, ' or " before a capital, a spaced ellipsis `. . .`, a `―` or glued `--`
dash credit) and of bf0366c3 (vale-substitution: a curly opening mark, then
a line break or no-break space, still opens a quotation for --fix's capital).

What works: the new shapes are found at the exact mark in .txt (CRLF, a
hard-wrapped line break before the new quote), .md (front matter, CRLF,
`[^label]` whatever its definition), .html (entities, &nbsp;, <sup>[1]) and
NITF (numeric entities); the `goin‘.` run-on guard holds when the next
paragraph is an HTML `&lsquo;` or a Markdown `*‘…’*` one. Over the files of
PolNeAR train, the realhtml dev pages and mdrepos that hold a ‘ (256 files),
`check --select quotes` gives byte-identical output at bf0366c3~1,
bf0366c3 and 0317d5bc: no new false alarm, and no new find either. bf0366c3
keeps the capital after “⏎, “\\r\\n, “ NBSP, ‘ + space, « + space or NNBSP,
a Markdown hard break and HTML `&ldquo;<br>⏎`; `word“ It is` stays mid-sentence.

Faults (all there at each commit's parent too; the change does not reach them):
#1 a dash credit spaced on one side only or typed as three hyphens
   (`hurt.‘ --Lee Smith`, `hurt.‘-- Lee Smith`, `hurt‘. --Lee Smith`,
   `hurt.‘ --- Lee Smith`): silent, though `hurt.‘--Lee` and `hurt.‘ -- Lee` are found.
#2 a spaced ellipsis whose spaces are no-break or thin ones (`hurt‘.&nbsp;.&nbsp;.`,
   typesetters' U+00A0/U+202F/U+2009): silent, though `hurt‘. . .` is found.
#3 footnote marks † ‡, a lettered `[a]` and `(1)` after the stop: silent, though `*` and `[1]` are found.
#4 a new quote sentence opening with ‘ before a “, an ellipsis or a dash
   (British nesting `‘“No,” he said,’`; dialogue `‘…And then?’`): silent.
#5 a new sentence opening with a turned ” (`hurt.‘ ”No,” Kim said.`): the ” is found, the ‘ is not.
#6 bf0366c3's blanks leave out thin, em and zero-width spaces: `«\\u2009It is` -> `«\\u2009it's`.
#7 --fix lowers a quotation's first word after „ ‚ (German marks the quote scan knows) and after
   a ” or ’ typed as the opening mark: `He said „It is late.“` -> `„it's`.
#8 a straight " after a space then a line break or &nbsp; (wire copy's mark; it cannot be a
   close there) is not read as opening: `He said "⏎It is late."` -> `"⏎it's`.
"""
from __future__ import annotations

import pytest

from turned_quote_helpers import L, R, LD, RD, HEAD, turned_at as _turned
from vale_helpers import it_is_desk


# --- what works now: the new shapes at the exact mark in every format -------------------------

@pytest.mark.parametrize("body, after", [
    (f"{L}We lost. It hurt.{L}\n{L}No,{R} Kim said.", f"t.{L}"),            # hard-wrapped line
    (f"{L}We lost. It hurt.{L}\r\n{L}No,{R} Kim said.", f"t.{L}"),
    (f"{L}We lost. It hurt{L}.\r\n{L}No,{R} Kim said.", f"t{L}."),
    (f"{L}We lost. It hurt.{L}\u00a0{L}No,{R} Kim said.", f"t.{L}"),
    (f"{L}We lost. It hurt{L}. . . . Then he left.", f"t{L}."),
    (f"{L}We lost. It hurt{L}\u2026 {L}No,{R} Kim said.", f"t{L}\u2026"),
    (f"{L}We lost. It hurt.{L} \u2015Lee Smith", f"t.{L}"),
    (f"{L}We lost. It hurt.{L} \u2014Lee Smith", f"t.{L}"),
])
def test_new_shapes_in_plain_text_at_the_mark(body, after):
    text = HEAD + body + "\n"
    assert _turned("a.txt", text) == [text.index(after) + len(after.split(L)[0])]


@pytest.mark.parametrize("front", ["---\ntitle: Council votes\n---\n\n", "---\r\ntitle: Council votes\r\n---\r\n\r\n"])
def test_markdown_footnote_before_a_quote_sentence_under_front_matter(front):
    text = front + f"{L}We lost. It hurt{L}.[^note] {L}No,{R} Kim said.\n\n[^note]: From the minutes.\n"
    assert _turned("a.md", text) == [text.index(f"t{L}.") + 1]


def test_markdown_file_positions_line_and_column(run_cli, tmp_path):
    post = tmp_path / "a.md"
    post.write_bytes(("---\r\ntitle: \"Vote\"\r\n---\r\n\r\n# Council votes\r\n\r\n"
                      f"Lee said: {L}We lost. It hurt{L}.[^1] {L}No,{R} Kim said.\r\n\r\n"
                      f"She said: {L}We won. It *mattered*.{L} {L}Yes,{R} Kim said.\r\n\r\n"
                      "[^1]: From the minutes.\r\n").encode("utf-8"))
    out = run_cli("check", "--no-cache", "--select", "quotes", post).stdout
    assert "a.md:7:28: error [quotes.unbalanced]" in out and "a.md:9:34: error [quotes.unbalanced]" in out, out


def test_html_entities_sup_and_nbsp_at_the_entity():
    text = ("<html><body><article><h1>Council votes</h1>\n<p>Lee said: &lsquo;We lost. It hurt&lsquo;."
            "<sup><a href=\"#n1\">[1]</a></sup> &#8216;No,&#8217; Kim said.</p>\n<p>She said: &#x2018;We won. "
            "It <em>mattered</em>.&#x2018;&nbsp;&lsquo;Yes,&rsquo; Kim said.</p>\n</article></body></html>\n")
    assert _turned("a.html", text) == [text.index("t&lsquo;.") + 1, text.index(".&#x2018;&nbsp;") + 1]


def test_nitf_numeric_entity():
    text = ('<?xml version="1.0"?>\n<nitf><head><title>Council votes</title></head><body><body.content>'
            "<p>Lee said: &#8216;We lost. It hurt&#8216;. &#8216;No,&#8217; Kim said.</p>"
            "</body.content></body></nitf>\n")
    assert _turned("a.nitf", text) == [text.index("t&#8216;.") + 1]


@pytest.mark.parametrize("name, text", [
    ("a.html", f"<p>{L}We lost. We were goin{L}. {L}No,{R} Kim said.</p><p>&lsquo;We will win,&rsquo; Lee said.</p>\n"),
    ("a.md", HEAD + f"{L}We lost. We were goin{L}. {L}No,{R} Kim said.\n\n*{L}We will win,{R}* Lee said.\n"),
])
def test_guard_run_on_into_a_single_mark_paragraph_in_html_and_emphasis(name, text):
    assert _turned(name, text) == []


# --- #1: a dash credit spaced on one side only, or three hyphens ------------------------------

@pytest.mark.xfail(strict=True, reason="qa380 #1: a dash credit spaced on one side only (` --Lee`, `-- Lee`) or "
                                       "typed as --- leaves the turned close unread")
@pytest.mark.parametrize("body", [
    f"{L}We lost. It hurt.{L} --Lee Smith",
    f"{L}We lost. It hurt.{L}-- Lee Smith",
    f"{L}We lost. It hurt,{L} --Lee Smith",
    f"{L}We lost. It hurt{L}. --Lee Smith",
    f"{L}We lost. It hurt.{L} --- Lee Smith",
    f"{L}We lost. It hurt.{L}---Lee Smith",
])
@pytest.mark.parametrize("name", ["a.txt", "a.md"])
def test_half_spaced_or_triple_hyphen_credit(body, name):
    text = HEAD + body + "\n"
    assert _turned(name, text) == [text.index(L, text.index("hurt"))]


@pytest.mark.parametrize("body", [f"{L}We lost. It hurt.{L}--Lee Smith", f"{L}We lost. It hurt.{L} -- Lee Smith",
                                  f"{L}We lost. It hurt{L}.--Lee Smith"])
def test_guard_glued_and_spaced_credits_found(body):
    text = HEAD + body + "\n"
    assert _turned("a.txt", text) == [text.index(L, text.index("hurt"))]


# --- #2: a spaced ellipsis with no-break or thin spaces --------------------------------------

@pytest.mark.xfail(strict=True, reason="qa380 #2: a spaced ellipsis typeset with no-break/thin spaces "
                                       "(`hurt‘.&nbsp;.&nbsp;.`) hides the turned close")
@pytest.mark.parametrize("name, text", [
    ("a.txt", HEAD + f"{L}We lost. It hurt{L}.\u00a0.\u00a0.\n"),
    ("a.txt", HEAD + f"{L}We lost. It hurt{L}.\u202f.\u202f.\n"),
    ("a.txt", HEAD + f"{L}We lost. It hurt{L}.\u2009.\u2009. Then he left.\n"),
    ("a.html", f"<html><body><h1>Council votes</h1><p>{L}We lost. It hurt{L}.&nbsp;.&nbsp;.</p></body></html>\n"),
])
def test_spaced_ellipsis_with_no_break_spaces(name, text):
    assert _turned(name, text) == [text.index(f"t{L}.") + 1]


def test_guard_spaced_ellipsis_in_html_with_plain_spaces():
    text = f"<html><body><h1>Council votes</h1><p>{L}We lost. It hurt{L}. . .</p></body></html>\n"
    assert _turned("a.html", text) == [text.index(f"t{L}.") + 1]


# --- #3: other footnote marks -----------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="qa380 #3: footnote marks † ‡ [a] (1) after the stop hide the turned close")
@pytest.mark.parametrize("mark", ["\u2020", "\u2021", "[a]", "(1)"])
@pytest.mark.parametrize("after", ["", " Then he left."])
def test_dagger_lettered_and_parenthesised_footnote_marks(mark, after):
    text = HEAD + f"Lee said: {L}We lost. It hurt{L}.{mark}{after}\n"
    assert _turned("a.txt", text) == [text.index(f"t{L}.") + 1]


@pytest.mark.parametrize("mark", ["\u00b9", "[1]", "***"])
def test_guard_footnote_marks_found(mark):
    text = HEAD + f"Lee said: {L}We lost. It hurt{L}.{mark} Then he left.\n"
    assert _turned("a.txt", text) == [text.index(f"t{L}.") + 1]


# --- #4: a new quote sentence opening with ‘ before “, … or a dash ------------------------------

@pytest.mark.xfail(strict=True, reason="qa380 #4: a new quote sentence opening ‘“, ‘… or ‘— (British nesting, "
                                       "dialogue) leaves the turned close unread")
@pytest.mark.parametrize("after", [f"{L}{LD}No,{RD} he said,{R} she said.", f"{L}\u2026And then?{R} she asked.",
                                   f"{L}\u2014And then?{R} she asked.", f"{L}({LD}No{RD}), he said.{R}"])
def test_new_quote_sentence_opening_with_nested_or_ellipsis(after):
    text = HEAD + f"She said: {L}Go. Now.{L} {after}\n"
    assert _turned("a.txt", text) == [text.index(f"w.{L}") + 2]


# --- #5: a new sentence opening with a turned ” ---------------------------------------------------

@pytest.mark.xfail(strict=True, reason="qa380 #5: before a new sentence opening with a turned ” the ” is "
                                       "found but the turned ‘ close is not")
def test_new_sentence_opening_with_a_turned_right_double():
    text = HEAD + f"{L}We lost. It hurt.{L} {RD}No,{RD} Kim said.\n"
    assert _turned("a.txt", text) == [text.index(f"t.{L}") + 2, text.index(f" {RD}No") + 1]


# --- bf0366c3: vale-substitution's capital after an opening mark and a blank ------------------

HEADS = {"txt": "Council approves budget\n\n", "md": "# Council approves budget\n\n",
         "html": "<html><head><title>Council approves budget</title></head><body>\n"}


def _vale_fix(run_cli, tmp_path, kind, body):
    it_is_desk(tmp_path)
    post = tmp_path / f"p.{kind}"
    post.write_bytes((HEADS[kind] + body).encode("utf-8"))
    result = run_cli("check", "--no-cache", "--fix", post, cwd=tmp_path)
    assert "Traceback" not in result.stderr, result.stderr
    return post.read_bytes().decode("utf-8")[len(HEADS[kind]):]


@pytest.mark.parametrize("kind, body, fixed", [
    ("txt", f"He said {LD}\nIt is late.{RD}\n", f"He said {LD}\nIt is late.{RD}\n"),  # the quotation's words: the writer's (fx564)
    ("txt", f"He said {LD}\r\nIt is late.{RD}\r\n", f"He said {LD}\r\nIt is late.{RD}\r\n"),  # the quotation's words: the writer's (fx564)
    ("txt", f"He said {LD}\u00a0It is late.{RD}\n", f"He said {LD}\u00a0It is late.{RD}\n"),  # the quotation's words: the writer's (fx564)
    ("txt", f"He said {L} It is late.{R}\n", f"He said {L} It's late.{R}\n"),
    # guillemets quote too: the words inside are the speaker's, left to the writer (qa429 #3, the lead's
    # AP decision); these rows asserted the swap until then, which recorded what the decision ends
    ("txt", "He said \u00ab It is late \u00bb.\n", "He said \u00ab It is late \u00bb.\n"),
    ("txt", "He said \u00ab\u202fIt is late\u202f\u00bb.\n", "He said \u00ab\u202fIt is late\u202f\u00bb.\n"),
    ("md", f"He said {LD}  \nIt is late.{RD}\n", f"He said {LD}  \nIt is late.{RD}\n"),  # the quotation's words: the writer's (fx564)
    ("md", f"> He said {LD}\n> It is late.{RD}\n", f"> He said {LD}\n> It is late.{RD}\n"),  # the quotation's words: the writer's (fx564)
    ("md", f"He said {LD}&nbsp;It is late.{RD}\n", f"He said {LD}&nbsp;It is late.{RD}\n"),  # the quotation's words: the writer's (fx564)
    ("html", "<p>He said &ldquo;<br>\nIt is late.&rdquo;</p>\n", "<p>He said &ldquo;<br>\nIt is late.&rdquo;</p>\n"),  # the quotation's words: the writer's (fx564)
    ("html", "<p>He said &laquo;&nbsp;It is late&nbsp;&raquo;.</p>\n",
     "<p>He said &laquo;&nbsp;It is late&nbsp;&raquo;.</p>\n"),     # guillemets: held (qa429 #3)
    # guards: a “ after a word is no opening, so the word after it stays mid-sentence
    ("txt", f"Fans said no{LD} It is late.\n", f"Fans said no{LD} it's late.\n"),
    ("txt", f"The so-called {LD}fix{LD} It is late.\n", f"The so-called {LD}fix{LD} it's late.\n"),
])
def test_bf0366c3_capital_kept_after_curly_mark_and_blank(run_cli, tmp_path, kind, body, fixed):
    assert _vale_fix(run_cli, tmp_path, kind, body) == fixed


@pytest.mark.parametrize("space", ["\u2009", "\u2003", "\u200b"])
@pytest.mark.parametrize("opening, closing", [("\u00ab", "\u00bb"), (LD, RD)])
def test_capital_kept_after_thin_or_em_space(run_cli, tmp_path, space, opening, closing):
    body = f"He said {opening}{space}It is late{space}{closing}.\n"
    # where a quotation is read (a curly mark and a zero-width space; guillemets, with any space,
    # since qa429 #3 made them quotation marks for the hold), its words are left to the writer
    # (fx564, AP); elsewhere the capital is kept
    quoted = opening == "\u00ab" or opening == LD and space == "\u200b"
    assert _vale_fix(run_cli, tmp_path, "txt", body) == (body if quoted else body.replace("It is", "It's"))


@pytest.mark.parametrize("body", ["He said \u201eIt is late.\u201c\n", "He said \u201aIt is late.\u2018\n",
                                  f"He said {RD}It is late.{RD}\n", f"He said {R}It is late.{R}\n",
                                  f"He said {RD} It is late.{RD}\n"])
def test_capital_kept_after_low_or_turned_opening_mark(run_cli, tmp_path, body):
    # each of these is a quotation (\u201e, a \u201d opening; since qa429 #3 a low single mark and a
    # turned \u2019 opening too, which this test's swap rows recorded until the lead's AP decision),
    # so its words, the capital too, are left to the writer (fx564, AP)
    assert _vale_fix(run_cli, tmp_path, "txt", body) == body


@pytest.mark.parametrize("kind, body", [("txt", 'He said "\nIt is late."\n'),
                                        ("html", '<p>He said "&nbsp;It is late."</p>\n'),
                                        ("html", '<p>He said &quot;\nIt is late.&quot;</p>\n')])
def test_capital_kept_after_straight_mark_and_blank(run_cli, tmp_path, kind, body):
    assert _vale_fix(run_cli, tmp_path, kind, body) == body      # a quotation's words: the writer's (fx564, AP)


@pytest.mark.parametrize("body, fixed", [('He said "It is late."\n', 'He said "It is late."\n'),   # (fx564, AP)
                                         ('He left." It is late.\n', "He left.\" It's late.\n")])
def test_guard_straight_mark_glued_and_after_a_stop(run_cli, tmp_path, body, fixed):
    assert _vale_fix(run_cli, tmp_path, "txt", body) == fixed


# Cases whose outcome a take-back changed: each a strict xfail at run time, named by its test id
# (conftest's `_runtime_xfail` applies them).
_TAKEN_BACK = "taken back (fx509's sentence-start test 56606f55/a456a0f7 and the lead's mends bf0366c3/da458eb1/ab7ef8b7, qa381 #1-#4 HIGH: list items and quoted lines lost their capital under --fix; with qa375 #1/#2 before them); nu69 #1 open again"
_RUNTIME_XFAIL = {
    "test_bf0366c3_capital_kept_after_curly_mark_and_blank[txt-Fans said no\\u201c It is late.\\n-Fans said no\\u201c it's late.\\n]": _TAKEN_BACK,
    "test_bf0366c3_capital_kept_after_curly_mark_and_blank[txt-The so-called \\u201cfix\\u201c It is late.\\n-The so-called \\u201cfix\\u201c it's late.\\n]": _TAKEN_BACK,
}
