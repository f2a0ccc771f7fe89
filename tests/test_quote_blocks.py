"""Attribution from the blocks around a quote: the continuation convention,
dash lines, embedded posts and pull quotes, in Markdown, text and HTML."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.analysis.attribution import attribution
from lint.analysis.quote_blocks import dash_line, is_embed
from lint.config import Config
from lint.document import Document, Part
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes

QUOTES = Config(select=("quotes",))
QUOTE = "We owe the riders an answer before the summer timetable starts."


def hows(text: str, path: str) -> list[tuple[int, str]]:
    """(line, how) for each quote run the analysis finds."""
    doc = read_bytes(path, text.encode("utf-8"))
    return [(doc.lines.position(s.head.part.source_offset(s.head.start))[0], s.how)
            for s in attribution(doc)]


def flagged(text: str, path: str) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in lint_text(text, path, config=QUOTES)
            if d.rule == "quotes.unattributed"]


# --- the continuation convention ----------------------------------------------

def test_a_quote_paragraph_continues_the_speaker_of_the_paragraph_before():
    text = ("Ferry inquiry\n\nMarch 4, 2025\n\n“We owe the riders an answer,” Mayor Ellen Park "
            "said on Monday.\n\n“The contract was signed in a hurry.”\n\n“Nobody read the fine "
            "print before the vote.”\n")
    assert hows(text, "t.txt") == [(5, "cue"), (7, "continues"), (9, "continues")]
    assert flagged(text, "t.txt") == []


def test_any_attributed_quote_in_the_paragraph_counts_not_only_its_last_sentence():
    text = ("# Ferry inquiry\n\n“We owe the riders an answer,” Mayor Ellen Park said. The vote "
            "was 5-2.\n\n“The contract was signed in a hurry.”\n")
    assert hows(text, "t.md")[1] == (5, "continues")


def test_a_scare_quote_starts_no_continuation():
    text = ("# Ferry inquiry\n\nMayor Ellen Park called the contract “rotten” on Monday.\n\n"
            "“The contract was signed in a hurry and nobody read it.”\n")
    assert flagged(text, "t.md") == [(5, 1)]


def test_a_heading_breaks_the_continuation():
    text = ("# Ferry inquiry\n\n“We owe the riders an answer,” Mayor Ellen Park said.\n\n"
            "## What comes next\n\n“The contract was signed in a hurry and nobody read it.”\n")
    assert flagged(text, "t.md") == [(7, 1)]


def test_continuation_across_a_markdown_figure():
    text = ("# Ferry inquiry\n\n“We owe the riders an answer,” Mayor Ellen Park said.\n\n"
            "![The ferry at dawn](ferry.jpg)\n\n*The ferry at dawn. (Photo: Jane Roe)*\n\n"
            "“The contract was signed in a hurry and nobody read it.”\n")
    assert flagged(text, "t.md") == []


HTML = """<html><body><article><h1>Ferry inquiry</h1>
<p>&ldquo;We owe the riders an answer,&rdquo; Mayor Ellen Park said on Monday.</p>
{between}
<p>&ldquo;The contract was signed in a hurry and nobody read it.&rdquo;</p>
</article></body></html>
"""


@pytest.mark.parametrize("between", [
    '<figure><img src="f.jpg" alt="The ferry"><figcaption>The ferry at dawn. '
    '<span class="credit">Jane Roe/AP</span></figcaption></figure>',
    '<blockquote class="twitter-tweet"><p lang="en">Great crowd at the ferry terminal '
    'tonight. <a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Ellen Park '
    '(@EllenPark) <a href="https://twitter.com/x">March 3, 2025</a></blockquote>',
])
def test_continuation_across_an_html_figure_or_embedded_post(between):
    text = HTML.format(between=between)
    assert flagged(text, "t.html") == []
    assert flagged(HTML.format(between="<h2>Next steps</h2>"), "t.html") == [(4, 4)]


def test_continuation_across_an_embedded_post_in_plain_text():
    text = ("Ferry inquiry\n\nMarch 4, 2025\n\n“We owe the riders an answer,” Mayor Ellen Park "
            "said.\n\nGreat crowd at the terminal tonight. pic.twitter.com/x — Ellen Park "
            "(@EllenPark) March 3, 2025\n\n“The contract was signed in a hurry.”\n")
    assert hows(text, "t.txt")[-1] == (9, "continues")


# --- dash lines ------------------------------------------------------------------

@pytest.mark.parametrize("text,path", [
    (f"# Ferry inquiry\n\n> “{QUOTE}”\n>\n> — Mayor Ellen Park\n", "t.md"),
    (f"# Ferry inquiry\n\n> “{QUOTE}”\n\n— Ellen Park, mayor of Hartwell\n", "t.md"),
    (f"# Ferry inquiry\n\n> “{QUOTE}\n>\n> “Then the road.”\n>\n> -- Mayor Ellen Park\n", "t.md"),
    (f"Ferry inquiry\n\nMarch 4, 2025\n\n“{QUOTE}”\n— Mayor Ellen Park\n", "t.txt"),
    (f"Ferry inquiry\n\nMarch 4, 2025\n\n\"{QUOTE}\"\n\n-Mayor Ellen Park, at the meeting.\n",
     "t.txt"),
    (f"<h1>Ferry inquiry</h1><blockquote><p>&ldquo;{QUOTE}&rdquo;</p></blockquote>"
     "<p>&mdash; Mayor Ellen Park</p>", "t.html"),
])
def test_a_dash_line_attributes_the_quote_before_it(text, path):
    assert [how for _, how in hows(text, path)] == ["dash"]
    assert flagged(text, path) == []


def test_an_html_blockquote_with_a_footer_is_the_reader_s_pull_quote():
    text = (f"<h1>Ferry inquiry</h1><blockquote><p>&ldquo;{QUOTE}&rdquo;</p>"
            "<footer>&mdash; Mayor Ellen Park</footer></blockquote>")
    assert [how for _, how in hows(text, "t.html")] == ["pullquote"]
    assert flagged(text, "t.html") == []


def test_a_dash_line_attributes_only_the_part_right_before_it():
    text = (f"# Ferry inquiry\n\n“{QUOTE}”\n\nThe council met on Monday.\n\n"
            "— Mayor Ellen Park\n")
    assert flagged(text, "t.md") == [(3, 1)]


@pytest.mark.parametrize("line", [
    "\u2013 Old hands \u2013.",                       # a subhead set between dashes
    "\u2014 and then the council voted to approve the plan, which nobody had read "
    "before the meeting started on Monday night",    # a sentence, not a name
    "\u2014 the mayor",                               # no capital: not a name
    "\u2014 Monday was the third time.",              # a sentence: lower-case words
])
def test_lines_that_are_no_dash_line_attribution(line):
    assert dash_line(line) is None


@pytest.mark.parametrize("line,name", [
    ("\u2014 Mayor Ellen Park", "Mayor Ellen Park"),
    ("\u2014 Secretary of State Ellen Park, speaking on Monday", "Secretary of State Ellen Park, "
                                                                "speaking on Monday"),
    ("-President Obama, tweeting after the speech.", "President Obama, tweeting after the speech."),
    ("\u2014 Ellen Park (@EllenPark) March 3, 2025", "Ellen Park (@EllenPark) March 3, 2025"),
    ("\u2014 Ellen Park on the ferry vote", "Ellen Park on the ferry vote"),
])
def test_dash_line_span_is_the_attribution(line, name):
    text = "“We owe them.”\n" + line
    start, end = dash_line(text)
    assert text[start:end] == name


# --- embedded posts and pull quotes ------------------------------------------------

def test_quotes_inside_an_embedded_post_are_the_poster_s():
    part = Part("blockquote", "She said “we will finish the ferry terminal by May” "
                "— Ellen Park (@EllenPark) March 3, 2025", ((0, 0),))
    assert is_embed(part)
    assert is_embed(Part("blockquote", "Tonight. A post shared by Ellen Park (@ellenpark)",
                         ((0, 0),)))
    assert not is_embed(Part("paragraph", "Write to the desk (@desk) for tips.", ((0, 0),)))


@pytest.mark.parametrize("attrs,how", [({"pullquote": True}, "pullquote"),
                                       ({"cite": "Mayor Ellen Park"}, "pullquote")])
def test_a_reader_marked_pull_quote_is_attributed(attrs, how):
    source = f"“{QUOTE}”"
    doc = Document(path="t.html", source=source, format="html")
    doc.add(Part.from_slice("blockquote", source, 0, len(source), attrs=attrs))
    assert [s.how for s in attribution(doc)] == [how]


@pytest.mark.parametrize("pull", [
    f"> “{QUOTE}”",
    "> “We owe the riders an answer … before the summer timetable starts.”",
    "> “We owe the riders an answer [...] before the summer timetable starts.”",
])
@pytest.mark.parametrize("before", [True, False])
def test_a_pull_quote_repeating_a_body_quote_is_not_unattributed(pull, before):
    body = f"“{QUOTE}” Mayor Ellen Park said after the vote."
    blocks = [pull, body] if before else [body, pull]
    text = "# Ferry inquiry\n\n" + "\n\nThe council voted 5-2.\n\n".join(blocks) + "\n"
    assert "repeat" in [how for _, how in hows(text, "t.md")]
    assert flagged(text, "t.md") == []


def test_a_blockquote_that_repeats_nothing_is_still_flagged():
    text = (f"# Ferry inquiry\n\n> “{QUOTE}”\n\nThe council voted 5-2.\n\n"
            "“The contract was signed in a hurry,” Mayor Ellen Park said.\n")
    assert flagged(text, "t.md") == [(3, 3)]


def test_pieces_cut_by_an_ellipsis_count_only_in_the_quote_s_order():
    # Every piece is in the body quote, but reordered: that is no repeat.
    body = f"“{QUOTE}” Mayor Ellen Park said after the vote."
    pull = "> “Before the summer timetable starts … we owe the riders an answer.”"
    text = f"# Ferry inquiry\n\n{body}\n\nThe council voted 5-2.\n\n{pull}\n"
    assert "repeat" not in [how for _, how in hows(text, "t.md")]
    assert flagged(text, "t.md") == [(7, 3)]


def test_a_post_carries_a_quote_only_in_the_quote_s_order():
    post = ('<blockquote class="twitter-tweet"><p>Traffic is terrible in the city tonight. '
            'Please stay home.</p>&mdash; Road Desk (@roaddesk)</blockquote>\n')
    story = ("<article><h1>Flood closes roads</h1>\n<p>The council met on Tuesday.</p>\n"
             f"{post}<p>“{{quote}}”</p>\n</article>\n")
    carried = story.format(quote="Traffic is terrible … please stay home.")
    assert "embed" in [how for _, how in hows(carried, "t.html")]
    reordered = story.format(quote="Please stay home … in the city … tonight.")
    assert "embed" not in [how for _, how in hows(reordered, "t.html")]
    assert flagged(reordered, "t.html") == [(4, 4)]


def test_case_9_markdown_pull_quote_with_a_dash_line():
    text = ("# Council opens ferry inquiry\n\nThe council voted 5-2 on Monday.\n\n"
            f"“{QUOTE[:-1]},” Mayor Ellen Park said after the vote.\n\n"
            f"> “{QUOTE}”\n>\n> — Mayor Ellen Park\n\nThe inquiry will report in June.\n")
    assert lint_text(text, "t.md", config=Config(select=("quotes", "captions"))) == []


def test_a_pull_quote_is_never_asked_for_a_photo_credit():
    captions = Config(select=("captions.missing-credit",))
    source = f"“{QUOTE}”\n— Mayor Ellen Park"
    doc = Document(path="t.html", source=source, format="html")
    doc.add(Part.from_slice("caption", source, 0, len(QUOTE) + 2, attrs={"pullquote": True}))
    doc.add(Part.from_slice("caption", source, len(QUOTE) + 3, len(source)))
    rules = active_rules(captions)
    assert lint_document(doc, rules, captions).diagnostics == []
    doc.parts[0].attrs.clear()       # the same text, not marked: a caption with no credit
    assert [d.line for d in lint_document(doc, rules, captions).diagnostics] == [1]


@pytest.mark.parametrize("text", [
    f"Ferry inquiry\n\nMarch 4, 2025\n\n“{QUOTE}” — Jane Roe, a rider from Hartwell\n",
    f"Ferry inquiry\n\nMarch 4, 2025\n\n\"{QUOTE}\" --Jane Roe.\n",
])
def test_a_dash_after_the_closing_mark_on_the_same_line_attributes_it(text):
    assert [how for _, how in hows(text, "t.txt")] == ["dash"]


def test_a_dash_inside_a_sentence_is_no_attribution():
    text = (f"Ferry inquiry\n\nMarch 4, 2025\n\nThe ferry was “late again and again and again” "
            "— Monday was the third time.\n")
    assert hows(text, "t.txt") == [(5, "")]


# --- dash lines in reader-comment lists (one quote a line, each signed) -------------

@pytest.mark.parametrize("gap", ["\u00a0", "\u2009", "\u202f", " \u00a0", ""])
@pytest.mark.parametrize("dash", ["\u2015", "\u2014", "\u2013"])
def test_a_dash_after_the_quote_with_any_space_or_none_attributes_it(gap, dash):
    text = f"Ferry inquiry\n\nMarch 4, 2025\n\n“{QUOTE}”{gap}{dash}{gap}Jane Roe.\n"
    assert [how for _, how in hows(text, "t.txt")] == ["dash"]
    assert flagged(text, "t.txt") == []


def test_a_no_break_space_before_a_lower_case_sentence_is_still_no_attribution():
    text = (f"Ferry inquiry\n\nMarch 4, 2025\n\nThe ferry was “late again and again and again”"
            "\u00a0\u2014\u00a0Monday was the third time.\n")
    assert hows(text, "t.txt") == [(5, "")]


SIGNED = ("“We owe the riders an answer before the summer timetable starts.” \u2015 Jane Roe\n"
          "“The contract was signed in a hurry and nobody read it.”\u00a0\u2015\u00a0Tom Ames.\n"
          "“Nobody on the council read the fine print before the vote.”\n"
          "\u2015 Ana Ruiz-Lopez\n")


def test_each_signed_line_of_a_paragraph_attributes_its_own_quote():
    text = f"Ferry inquiry\n\nMarch 4, 2025\n\n{SIGNED}More letters from riders run on page 6.\n"
    assert [how for _, how in hows(text, "t.txt")] == ["dash", "dash", "dash"]
    assert flagged(text, "t.txt") == []


def test_a_dash_ending_the_quote_s_line_signs_it_with_the_name_on_the_next():
    text = (f"Ferry inquiry\n\nMarch 4, 2025\n\n“{QUOTE}” \u2015\nJane Roe\n"
            "“The contract was signed in a hurry and nobody read it.” --\nTom Ames, 51\n")
    assert [how for _, how in hows(text, "t.txt")] == ["dash", "dash"]
    text = (f"Ferry inquiry\n\nMarch 4, 2025\n\n“{QUOTE}” \u2015\n"
            "the council clerk kept the minutes.\n")      # no name: a sentence
    assert [how for _, how in hows(text, "t.txt")] == [""]


def test_an_unsigned_line_before_signed_lines_is_still_flagged():
    text = ("Ferry inquiry\n\nMarch 4, 2025\n\n"
            "“The ferry has been late every single day this month.” \u2015\n"
            f"{SIGNED}More letters from riders run on page 6.\n")
    assert [how for _, how in hows(text, "t.txt")] == ["", "dash", "dash", "dash"]
    assert flagged(text, "t.txt") == [(5, 1)]
