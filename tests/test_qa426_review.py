"""qa426: review of fx561 (4cd14317..5c118e57): style.decades across a line
break, clock_times.a_name_label in glued_halves, the sentence reader's
glued and bracketed a.m./p.m., titles.trailing-period's held fix after an
abbreviation that may end a sentence, and the readers' `<sup>` mark read by
style.time-of-day. Each strict xfail states what a desk expects and fails
today; the plain tests guard the nearest shapes that work now.

Findings (see the report): #1 HIGH a `<sup>` footnote figure glued to a date
hides dates.weekday-mismatch and dates.after-publication (a `[^1]` does not);
#2 HIGH style.time-of-day's --fix rewrites a file name, path, address or
hashtag the label skip does not know (`photo-6am.PNG`, `IMG-6AM.JPG`,
`x.com/6am-shift.html`, `7pm@news.com`, `#6am`); #3 MED `1990's<sup>1</sup>`
is missed by style.decades (`1990's[^1]` is found); #4 MED a `<sup>` of
several footnote figures (`7pm<sup>1,2</sup>.`) still hides the time; #5 MED
a hard-wrapped decade in indented HTML or NITF source, or after a trailing
space, is still missed; #6 MED titles.trailing-period fixes `Market opens at
9a.m. Crowds gather.` half punctuated, though the sentence reader ends a
sentence after the glued `9a.m.`; #7 LOW the held message speaks only of two
clauses for `U.S. Capitol`, the name shape the rule's own description names.
The same_findings corpora (generated, BBC, Reuters, FNC-1, PolNeAR train,
realhtml dev, mdrepos, seeds, NewsML-G2, WXR) gave byte-identical reports at
4cd14317 and 5c118e57.
"""
from __future__ import annotations

import pytest

from lint.analysis.clock_times import glued_halves
from lint.analysis.sentences import sentence_bounds
from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes

FRONT = "---\ntitle: Council votes\ndate: 2024-09-01\n---\n\n"
HTML = ("<html><head><title>Council votes</title>"
        "<meta property=\"article:published_time\" content=\"2024-09-01\"></head>"
        "<body><h1>Council votes</h1><p>{}</p></body></html>\n")
BODY = "The council voted on the plan on Tuesday, officials said, and the mayor signed it.\n"


def _doc(name: str, para: str) -> str:
    return HTML.format(para) if name.endswith(".html") else FRONT + para + "\n"


def _found(name: str, text: str, rules: tuple[str, ...]):
    return lint_bytes(name, text.encode(), Config(select=rules)).diagnostics


def _fixed(name: str, text: str, rules: tuple[str, ...]) -> str:
    return fix_bytes(name, text.encode(), Config(select=rules)).fixed


# --- #1 HIGH: a <sup> footnote figure glued to a date ----------------------

DATE_CASES = [
    ("The vote is on Monday, Sept. 10{}, officials said.", "dates.weekday-mismatch"),
    ("The vote was held on Sept. 9{}, officials said.", "dates.after-publication"),
]


@pytest.mark.parametrize("name", ["a.md", "a.html"])
@pytest.mark.parametrize("para, rule", DATE_CASES)
def test_a_sup_footnote_after_a_date_keeps_the_date_finding(name, para, rule):
    found = _found(name, _doc(name, para.format("<sup>1</sup>")), ("dates",))
    assert rule in [d.rule for d in found]


@pytest.mark.parametrize("para, rule", DATE_CASES)
@pytest.mark.parametrize("mark", ["", "[^1]"])
def test_guard_a_date_bare_or_before_a_markdown_footnote_is_found(para, rule, mark):
    text = FRONT + para.format(mark) + "\n" + ("\n[^1]: City records.\n" if mark else "")
    (d,) = [d for d in _found("a.md", text, ("dates",)) if d.rule == rule]
    assert d.snippet.startswith(("Monday, Sept. 10", "Sept. 9"))


# --- #2 HIGH: --fix rewrites a label the skip does not know ------------------

@pytest.mark.parametrize("label", ["photo-6am.PNG", "IMG-6AM.JPG", "x.com/6am-shift.html", "x.com/6am",
                                   "7pm@news.com", "#6am"])
def test_a_label_is_never_rewritten_by_the_fix(label):
    text = f"# Council\n\nSee {label} for the pictures.\n"
    assert _fixed("a.md", text, ("style.time-of-day",)) == text


@pytest.mark.parametrize("label", ["photo-6am.jpg", "x.com/6am.html", "news@7pm", "https://7pm.com",
                                   "WWW.7PM.COM", "photo-6am.tar.gz", "7pm.com.au"])
def test_guard_a_known_label_is_left_and_no_half(label):
    text = f"See {label} for the pictures."
    assert glued_halves(text, 0, len(text)) == frozenset()
    doc = f"# Council\n\n{text}\n"
    assert _fixed("a.md", doc, ("style.time-of-day",)) == doc


@pytest.mark.parametrize("text, fixed", [
    ("The vote was at 6am.", "The vote was at 6 a.m."),
    ("The vote was at 6am.\nIt passed.", "The vote was at 6 a.m.\nIt passed."),
    ("The shift ran 6am-8am.", "The shift ran 6-8 a.m."),
    ("The vote was at 6am.The board met.", "The vote was at 6 a.m.The board met."),
])
def test_guard_a_real_glued_time_still_reads_and_is_fixed(text, fixed):
    assert glued_halves(text, 0, len(text))
    assert _fixed("a.txt", f"Council\n\n{text}\n", ("style.time-of-day",)) == f"Council\n\n{fixed}\n"


# --- #3 MED, #4 MED: the <sup> mark read by one rule only ------------------

@pytest.mark.parametrize("name", ["a.md", "a.html"])
def test_a_decade_before_a_sup_footnote_is_found(name):
    found = _found(name, _doc(name, "Prices soared in the 1990's<sup>1</sup> and fell."), ("style.decades",))
    assert [d.snippet for d in found] == ["'s"]


def test_guard_a_decade_before_a_markdown_footnote_is_found():
    text = FRONT + "Prices soared in the 1990's[^1] and fell.\n\n[^1]: Data.\n"
    assert [d.snippet for d in _found("a.md", text, ("style.decades",))] == ["'s"]


@pytest.mark.parametrize("name", ["a.md", "a.html"])
@pytest.mark.parametrize("sup", ["1,2", "1, 2", "1-3"])
def test_a_time_before_several_footnote_figures_is_found(name, sup):
    found = _found(name, _doc(name, f"It met at 7pm<sup>{sup}</sup>. Then it voted."), ("style.time-of-day",))
    assert [d.snippet for d in found] == ["7pm"]


@pytest.mark.parametrize("name", ["a.md", "a.html"])
@pytest.mark.parametrize("sup", ["1", "<a href=\"#fn1\">1</a>", "[1]", "12"])
def test_guard_a_time_before_one_footnote_is_fixed_in_place(name, sup):
    para = f"It met at 7pm<sup>{sup}</sup>. Then it voted."
    text = _doc(name, para)
    (d,) = _found(name, text, ("style.time-of-day",))
    assert text[d.offset:d.end_offset] == "7pm" and d.snippet == "7pm"
    assert _fixed(name, text, ("style.time-of-day",)) == text.replace("7pm<sup>", "7 p.m.<sup>")


def test_guard_crlf_and_entities_before_a_sup_time_keep_the_position():
    text = "# Council\r\n\r\nCaf\u00e9 \u201cnews\u201d &amp; more.\r\nIt met at 7pm<sup>1</sup>. Then it voted.\r\n"
    (d,) = _found("a.md", text, ("style.time-of-day",))
    assert (d.line, d.column) == (4, 11)
    assert _fixed("a.md", text, ("style.time-of-day",)) == text.replace("7pm<sup>", "7 p.m.<sup>")


@pytest.mark.parametrize("name", ["a.md", "a.html"])
def test_guard_other_sups_and_subs_make_no_time(name):
    para = "The area is 10 m<sup>2</sup>, x<sup>2</sup> grows, CO<sub>2</sub> rose and I am<sup>3</sup> here."
    assert _found(name, _doc(name, para), ("style.time-of-day",)) == []


@pytest.mark.parametrize("name", ["a.md", "a.html"])
def test_guard_a_quote_before_a_sup_stays_attributed(name):
    para = "\u201cWe will win the vote next week for sure,\u201d<sup>1</sup> she said on Tuesday."
    assert _found(name, _doc(name, para), ("quotes",)) == []


# --- #5 MED: a hard-wrapped decade with other white space ------------------

NITF = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nitf>\n  <head><title>Prices</title></head>\n  <body>\n"
        "    <body.head><hedline><hl1>Prices soar</hl1></hedline></body.head>\n    <body.content>\n"
        "      <p>Prices soared in the\n         1990's and fell after.</p>\n    </body.content>\n  </body>\n</nitf>\n")


@pytest.mark.parametrize("name, text", [
    ("a.html", "<html><body><h1>Prices</h1>\n  <p>Prices soared in the\n     1990's and fell.</p>\n</body></html>\n"),
    ("a.html", "<html><body><h1>Prices</h1><p>Prices soared in the \n1990's and fell.</p></body></html>\n"),
    ("a.xml", NITF),
    ("a.txt", "Prices\n\nPrices soared in the \n1990's and fell.\n"),
])
def test_a_decade_wrapped_with_indent_or_trailing_space_is_fixed(name, text):
    assert _fixed(name, text, ("style.decades",)) == text.replace("1990's", "1990s")


@pytest.mark.parametrize("name, text, at", [
    ("a.md", "---\ntitle: Prices\n---\n# Prices\n\nPrices soared in the\r\n1990's and fell.\r\n", (7, 5)),
    ("a.md", "# Prices\n\n> Prices soared in the\n> 1990's and fell.\n", (4, 7)),
    ("a.md", "# Prices\n\n- Prices soared in the\n  1990's and fell.\n", (4, 7)),
    ("a.md", "# Prices\n\nPrices soared in the  \n1990's and fell.\n", (4, 5)),
    ("a.html", "<html><body><h1>Prices</h1>\r\n<p>Prices soared in the\r\n1990's and fell.</p></body></html>\r\n", (3, 5)),
    ("a.txt", "Prices\r\n\r\nPrices soared in the 1980's,\r\nand 1990's.\r\n", (4, 9)),
    ("a.txt", "Prices\n\nShe saw the\n1990\u2019s boom.\n", (4, 5)),
])
def test_guard_a_hard_wrapped_decade_is_found_where_it_is_and_fixed(name, text, at):
    found = _found(name, text, ("style.decades",))
    assert (found[-1].line, found[-1].column) == at
    assert _fixed(name, text, ("style.decades",)) == text.replace("'s", "s").replace("\u2019s", "s")


# --- sentences: glued and bracketed a.m./p.m. -----------------------------

@pytest.mark.parametrize("text, second", [
    ("The rally ended at 7 p.m. (local time) He said it went well.", "(local time)"),
    ("The rally ended at 9p.m. The mayor said it went well.", "The mayor"),
    ("The rally ended at 9p.m. Mayor Lee said it went well.", "Mayor Lee"),
    ("He arrived at 5a.m. GMT. He left.", "He left"),
])
def test_guard_a_real_sentence_end_after_p_m_still_ends(text, second):
    assert sentence_bounds(text) == [0, text.index(second)]


@pytest.mark.parametrize("name", ["a.md", "a.html"])
@pytest.mark.parametrize("para, rule", [
    ("The vote was at 9a.m. (ET) on Sept. 9, officials said.", "dates.after-publication"),
    ("The rally ended at 9p.m. The vote was held on Sept. 9.", "dates.after-publication"),
    ("Lee spoke at 9p.m. \u201cWe will be back next year for sure.\u201d", "quotes.unattributed"),
])
def test_guard_findings_around_a_glued_time_are_kept(name, para, rule):
    found = _found(name, _doc(name, para), ("dates.after-publication", "quotes.unattributed"))
    assert [d.rule for d in found] == [rule]


def test_guard_a_quote_after_a_glued_time_keeps_its_speaker():
    para = "The rally ended at 9p.m. The mayor said, \u201cWe will be back next year for sure.\u201d"
    assert _found("a.md", _doc("a.md", para), ("quotes.unattributed",)) == []


# --- #6 MED, #7 LOW: titles.trailing-period ---------------------------------

def _hed(hed: str):
    return [(d.fix is not None, d.message) for d in
            _found("a.md", f"# {hed}\n\n{BODY}", ("titles.trailing-period",))]


@pytest.mark.parametrize("hed", ["Market opens at 9a.m. Crowds gather.", "Polls close at 8p.m. Voters wait."])
def test_a_glued_time_that_ends_a_sentence_holds_the_fix(hed):
    assert sentence_bounds(hed[:-1])[1:]       # the reader parts two sentences
    ((fixed, message),) = _hed(hed)
    assert not fixed and "before a capital" in message


@pytest.mark.parametrize("hed, fixed", [
    ("Market opens at 9 a.m. Crowds gather.", False), ("Pope visits U.S. Crowds cheer.", False),
    ("Storm hits N.Y. Residents flee.", False), ("Market opens at 9 a.m. (ET) Crowds gather.", True),
    ("Market opens at 9a.m. Saturday.", True), ("Pope Visits U.S. Crowds Cheer.", True),
    ("Pope visits U.S.A. Crowds cheer.", True), ("Fans cheer J.K. Rowling.", True),
])
def test_guard_the_held_fix_and_the_kept_fix(hed, fixed):
    ((got, _),) = _hed(hed)
    assert got is fixed


@pytest.mark.parametrize("hed", ["Pope visits U.S. Capitol.", "Gauff wins U.S. Open."])
def test_the_held_message_names_the_name_reading(hed):
    ((fixed, message),) = _hed(hed)
    assert not fixed and "name" in message
