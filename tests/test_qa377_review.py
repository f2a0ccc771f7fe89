"""qa377: review of fx510 (93154dab, 3ccf3d36, 49922867).

names.spelling-variant now reads a job title after a name with "as" as the
name's own ("to succeed Donald Regan as chief of staff": two people beside
"President Reagan"), and names.given-name-variant reads a name whose last
word closes a firm's name, or is an ordinary word never used alone as a
person, as a firm's: given names compared only within one whole name, with
`message-name`. Each strict xfail is a slip a desk expects flagged (or a
message or doc that misleads) that the change lets go; the plain tests guard
the nearest shapes that work now.
"""
from __future__ import annotations

from pathlib import Path

import pytest

TAKEN_BACK = pytest.mark.xfail(strict=True, reason="taken back (fx510 93154dab/3ccf3d36/49922867, qa377 #1-#3 HIGH: 'remember X as a leader' read as a job, one job written two ways read as two, people with ordinary-word surnames read as firms: real name slips went quiet); nu70 #2, #8, #10 open again")

from titles_helpers import read, run

DOCS = Path(__file__).resolve().parent.parent / "docs" / "names.md"


def variants(body: str, suffix: str = ".txt", head: str = "Aides under fire\n\n"):
    return [(d.line, d.column, d.snippet)
            for d in run(read(head + body + "\n", suffix), "names.spelling-variant")]


def given(body: str, suffix: str = ".txt", head: str = "Harbor board meets\n\n"):
    return [(d.line, d.column, d.snippet, d.message)
            for d in run(read(head + body + "\n", suffix), "names.given-name-variant")]


REAGAN = "President Reagan signed the bill. Reagan said it was needed.\n\n"
NU70_2 = ("Lawmakers praised President Reagan's address. Critics said Reagan had to show "
          "he meant it.\n\nReagan picked Howard Baker to succeed Donald Regan")


# --- #1 HIGH: an "as" that says how someone is seen is no job of his ---

def test_as_after_a_verb_of_regard_is_no_job():
    assert variants(REAGAN + "Historians will remember Ronald Regan as a leader who kept his word.") == \
        [(5, 33, "Regan")]


# --- #2 HIGH: one job written two ways is read as two jobs ---

@pytest.mark.parametrize("body, at", [
    ("Chief Executive John Smith said profits rose. Smith said sales were strong.\n\n"
     "John Smyth as CEO said costs fell.", (5, 6, "Smyth")),
    ("Chief Executive Officer John Smith said profits rose. Smith said sales were strong.\n\n"
     "John Smyth as chief executive said costs fell.", (5, 6, "Smyth")),
    ("Treasury Secretary James Baker spoke on Monday. Baker said the dollar was stable.\n\n"
     "James Bakker as Treasury chief said so too.", (5, 7, "Bakker")),
    ("Chief Executive John Smith said profits rose. Smith said sales were strong.\n\n"
     "John Smyth as chief said costs fell.", (5, 6, "Smyth")),
])
def test_one_job_written_two_ways_is_one_person(body, at):
    assert variants(body) == [at]


# guards: the nearest shapes that keep the slip today

@pytest.mark.parametrize("tail, col", [
    ("Ronald Regan as expected vetoed it.", 8),          # no title at all
    ("Ronald Regan as well vetoed it.", 8),
    ("Ronald Regan as a result vetoed it.", 8),
    ("Ronald Regan as president vetoed it.", 8),         # the same office
    ("Ronald Regan as President vetoed it.", 8),
    ("Aides described Ronald Regan as a director of his own image.", 24),   # "of" closes no title
])
def test_guard_an_as_phrase_that_is_no_other_job_keeps_the_slip(tail, col):
    assert variants(REAGAN + tail) == [(5, col, "Regan")]


@pytest.mark.parametrize("body, at", [
    ("Gov. Chris Christie signed the bill. Christie said it was needed.\n\n"
     "Chris Christy as governor vetoed a similar bill last year.", (5, 7, "Christy")),
    ("Police Chief Ann Montgomerie spoke. Montgomerie said the arrests were lawful.\n\n"
     "Ann Montgomery as police chief said so too.", (5, 5, "Montgomery")),
    ("Coach Dana Kelley spoke on Monday. Kelley said the team was ready.\n\n"
     "Dana Kelly as head coach has won three titles.", (5, 6, "Kelly")),
    ("Chairman John Smith said profits rose. Smith said sales were strong.\n\n"
     "The board kept John Smyth as chairman and chief executive.", (5, 21, "Smyth")),
])
def test_guard_the_same_office_after_as_keeps_the_slip(body, at):
    assert variants(body) == [at]


# --- #5 MED: the fix does not hold on a hard-wrapped text line ---

@pytest.mark.xfail(strict=True, reason="qa377 #5: in a hard-wrapped .txt story (wire copy's own layout) "
                   "'Donald Regan' at a line's end and 'as chief of staff' on the next is not read, "
                   "so nu70 #2's false alarm stays (also with CRLF or two spaces before 'as')")
@pytest.mark.parametrize("gap", ["\n", "\r\n", "  "])
def test_a_title_after_as_across_a_wrapped_line_is_read(gap):
    assert variants(NU70_2 + gap + "as chief of staff.") == []


@TAKEN_BACK
@pytest.mark.parametrize("body, suffix, head", [
    (NU70_2 + " as chief of staff.", ".txt", "Aides under fire\n\n"),
    (NU70_2 + "\nas chief of staff.", ".md", "---\ntitle: Aides under fire\n---\n\n"),
    ("<p>" + NU70_2.replace("\n\n", "</p><p>") + "&nbsp;as chief of staff.</p></body></html>", ".html",
     "<html><body><h1>Aides under fire</h1>"),
])
def test_guard_a_title_after_as_is_read_in_one_line_markdown_and_html(body, suffix, head):
    assert variants(body, suffix, head) == []


# --- #3 HIGH: a person with an ordinary-word surname is read as a firm ---

@pytest.mark.parametrize("body, at", [
    ("Katherine A. Brown runs the shelter. She said the shelter was full.\n\n"
     "Kathrine Brown said more beds were coming.", (5, 1, "Kathrine")),
    ("Marguerite Hall chairs the harbor board. Hall opened the meeting.\n\n"
     "Later, Margurite J. Hall said the dredging plan was sound.", (5, 8, "Margurite")),
    ("Dr. Katherine Young chairs the harbor board. She opened the meeting.\n\n"
     "Later, Dr. Kathrine E. Young said the dredging plan was sound.", (5, 12, "Kathrine")),
    ("Katherine Young, 52, chairs the harbor board. She opened the meeting. Katherine Young said "
     "the plan was sound.\n\nLater, Kathrine M. Young said the dredging plan was sound.", (5, 8, "Kathrine")),
    ("Grace Bank, 34, a nurse, spoke at the rally. Ms. Bank said pay was too low.\n\n"
     "Grae E. Bank said nurses would strike.", (5, 1, "Grae")),
])
def test_a_person_with_a_middle_initial_and_an_ordinary_surname(body, at):
    assert [f[:3] for f in given(body)] == [at]


@pytest.mark.parametrize("body, at", [
    # no middle initial: the same whole name, still compared
    ("Katherine Brown runs the shelter. She said the shelter was full.\n\n"
     "Kathrine Brown said more beds were coming.", (5, 1, "Kathrine")),
    # the surname used alone as a person: a person's, compared whatever the middle initial
    ("Katherine A. Brown runs the shelter. Brown said the shelter was full.\n\n"
     "Kathrine Brown said more beds were coming.", (5, 1, "Kathrine")),
    ("Marguerite Hall chairs the harbor board. Ms. Hall opened the meeting.\n\n"
     "Later, Margurite J. Hall said the dredging plan was sound.", (5, 8, "Margurite")),
    # a surname that is no ordinary word: never asked
    ("Katherine A. Ford runs the shelter. She said the shelter was full.\n\n"
     "Kathrine Ford said more beds were coming.", (5, 1, "Kathrine")),
])
def test_guard_a_person_is_compared(body, at):
    assert [f[:3] for f in given(body)] == [at]


# --- #4 MED: message-name on a person and on a tie ---

@pytest.mark.parametrize("body", [
    "Eric Garner died in 2014. His family sued the city.\n\nErik Garner's mother spoke at the rally.",
    "Kaiser Cement said holders voted for the deal.\n\nKasier Cement said it would buy back warrants.",
    "Katherine Young chairs the harbor board. She opened the meeting.\n\n"
    "Later, Kathrine Young, 52, said the dredging plan was sound.",
])
def test_a_tie_keeps_the_tie_message(body):
    found = given(body)
    assert len(found) == 1 and "check which is right" in found[0][3]


@TAKEN_BACK
def test_guard_kaiser_cement_in_markdown_front_matter_crlf_and_html():
    want = ("'Kasier' looks like another spelling of 'Kaiser' (in 'Kaiser Cement'), which the "
            "story writes twice; one name, one spelling")
    story = ("Kaiser Cement said holders voted for the deal. Kaiser Cement shares rose.\n\n"
             "Kasier Cement said it would buy back warrants.")
    assert given(story, ".md", "---\ntitle: Cement deal\n---\n\n") == [(7, 1, "Kasier", want)]
    crlf = ("---\ntitle: Cement deal\n---\n\n" + story.replace("Kasier Cement", "Kasier&nbsp;Cement")
            ).replace("\n", "\r\n")
    assert given(crlf, ".md", "") == [(7, 1, "Kasier", want)]
    html = ("<html><body><h1>Cement deal</h1><p>Kaiser Cement said holders voted for the deal. "
            "Kaiser&nbsp;Cement shares rose.</p><p>Kasier Cement&#8217;s board said it would buy "
            "back warrants.</p></body></html>")
    found = given(html, ".html", "")
    assert [(f[2], f[3]) for f in found] == [("Kasier", want)]
    assert html[found[0][1] - 1:].startswith("Kasier Cement&#8217;s")


@TAKEN_BACK
def test_guard_a_firms_first_word_typed_two_ways_reuters_georgia_power():
    # Reuters-21578 NEWID 3062's shape: one firm's first word typed two ways, still flagged
    want = ("'Geogia' looks like another spelling of 'Georgia' (in 'Georgia Power'), which the "
            "story writes 3 times; one name, one spelling")
    assert given("The utility's largest unit, Georgia Power, said costs rose.\n\n"
                 "Geogia Power also said its board delayed the plant.\n\n"
                 "Georgia Power said the budget was revised. Under the new budget, Georgia Power "
                 "will pay more.") == [(5, 1, "Geogia", want)]


# --- #6 MED: docs claim a firm's first word typed two ways is still flagged ---

@pytest.mark.xfail(strict=True, reason="qa377 #6: docs/names.md and the rule's description say a first "
                   "word typed two ways in one firm's name is still flagged; 'Hang Seng Bank' twice and "
                   "'Hong Seng Bank' once (or closed by Ltd) give nothing, before fx510 as after")
@pytest.mark.parametrize("firm", ["Hang Seng Bank", "Hang Seng Bank Ltd"])
def test_a_firms_first_word_typed_two_ways_is_flagged(firm):
    assert "a first word typed two ways in one firm's name is still flagged" in \
        " ".join(DOCS.read_text(encoding="utf-8").split())
    wrong = firm.replace("Hang", "Hong")
    assert [f[2] for f in given(f"{firm} reports its results on Friday. {firm} shares rose.\n\n"
                                f"\"Provisions fell,\" said Peter Lam of {wrong}.")] == ["Hong"]
