"""nu43: the new-user trial's quote faults (H1, H2, H3, M1, L3), each with
the near miss that must keep its reading. Stories are our own."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.analysis import quote_misclosed
from lint.analysis.quotes import quote_analysis
from lint.readers import read_bytes
from story_helpers import ferry_page

WIRE = "LONDON, March 3 (Reuters) - "
NEWSPAPER = "LONDON — "


def _found(text: str, rule: str, name: str = "story.txt") -> list[tuple[int, int, str]]:
    """(line, column, message) of each finding of `rule` in `text` read as `name`."""
    return [(d.line, d.column, d.message) for d in lint_text(text, name) if d.rule == rule]


def _at(text: str, rule: str, name: str = "story.txt") -> list[tuple[int, int]]:
    return [(line, column) for line, column, _ in _found(text, rule, name)]


# --- H1: the wire reading does not carry a quote another speaker follows ------

def _lease(dateline: str, before: str, after: str) -> str:
    """A text story: headline, a lede opened by `dateline`, the paragraph
    `before` (line 5), then a quote followed by `after` (line 7)."""
    return (f"Stadium lease deal criticised\n\n{dateline}The council approved a new stadium lease "
            f"on Tuesday.\n\n{before}\n\n“The team has been a good partner for thirty years.” {after}\n")


QUOTED = "“The lease gives away far too much public money for the team,” Smith said."
REPORTED = "Mayor Ann Smith said the lease gave away far too much public money."


@pytest.mark.parametrize("before", [QUOTED, REPORTED])
@pytest.mark.parametrize("after", ["Police said nothing.", "Ames said on Tuesday he would appeal.",
                                   "Nobody said who wrote it."])
@pytest.mark.parametrize("dateline", [WIRE, NEWSPAPER, ""])
def test_a_quote_followed_by_another_speaker_is_unattributed_in_wire_copy_too(dateline, before, after):
    assert _at(_lease(dateline, before, after), "quotes.unattributed") == [(7, 1)]


@pytest.mark.parametrize("after", ["She said the vote was close.", "Smith said on Tuesday she would appeal.",
                                   "The vote is due on Friday."])
def test_wire_reported_speech_still_carries_when_the_speaker_goes_on(after):
    # a pronoun, the same name, or no speech after the quote: the paraphrase's speaker's words
    assert _at(_lease(WIRE, REPORTED, after), "quotes.unattributed") == []
    # ... which only wire copy reads so: a newspaper's paraphrase gives no quote its speaker
    assert _at(_lease(NEWSPAPER, REPORTED, after), "quotes.unattributed") == [(7, 1)]


# --- H2, M1: a double quote closed by a single mark ---------------------------

MISMATCHED = "a mark of the other kind closes"


def _ames(*after: str) -> str:
    return ("Union votes to strike at Ohio plant\n\nUnion president Carla Mendes said on Tuesday the "
            "plant would close.\n\n“They were lucky to get out,’ Ames said.\n\n" + "".join(a + "\n\n" for a in after))


@pytest.mark.parametrize("after", [(), ("“Nobody told us why, not once,” Mendes said.",),
                                   ("The plant closes on Friday.",)])
def test_a_double_quote_closed_by_a_single_mark_is_one_mismatch(after):
    found = _found(_ames(*after), "quotes.unbalanced")
    assert [(line, column) for line, column, _ in found] == [(5, 1)]
    assert MISMATCHED in found[0][2]


def test_the_quote_after_the_mismatch_is_its_own_and_attributed():
    assert _at(_ames("“Nobody told us why, not once,” Mendes said."), "quotes.unattributed") == []


def test_a_quote_after_the_mismatch_in_its_paragraph_is_a_quote_of_its_own():
    story = "Union votes\n\n“They were lucky to get out,’ Ames said. “We all were, in the end,” Mendes said.\n"
    found = _found(story, "quotes.unbalanced")
    assert [(line, column) for line, column, _ in found] == [(3, 1)]
    assert MISMATCHED in found[0][2]


def test_guard_a_single_close_before_a_tag_inside_a_quote_that_closes_later():
    # the inner quote lost its opening mark; the double quote closes at the paragraph's end
    story = ("Union votes\n\n“The mayor came up to me, and he said, ‘Ann!’ I said, I’m Ann now.' "
             "He said, ‘well, then I’m Bob.’”\n")
    assert _found(story, "quotes.unbalanced") == []


def test_a_paragraph_of_many_single_closes_searches_for_the_next_double_mark_once(monkeypatch):
    searched: list[int] = []

    class Counting:
        def search(self, text, at):
            searched.append(at)
            return real.search(text, at)
    real = quote_misclosed._DOUBLE
    monkeypatch.setattr(quote_misclosed, "_DOUBLE", Counting())
    paragraph = "“" + "no,’ he said, " * 3000 + "and we left.”"
    doc = read_bytes("story.txt", f"Union votes\n\n{paragraph}\n".encode("utf-8"))
    assert [q.closed for q in quote_analysis(doc).quotes] == [True]
    assert len(searched) == 1


@pytest.mark.parametrize("paragraph", [
    "“They called it a ‘fair deal,’ and we believed them for years.",   # the single quote opened inside
    "“We were rockin’, rollin’ and working three shifts a day.",         # apostrophes after letters
])
def test_a_quote_that_runs_on_keeps_running_on(paragraph):
    story = ("Union votes to strike at Ohio plant\n\nUnion president Carla Mendes said on Tuesday the "
             f"plant would close.\n\n{paragraph}\n\n“Nobody told us why, not once,” Mendes said.\n")
    assert _found(story, "quotes.unbalanced") == []


def test_the_reverse_mismatch_keeps_its_message():
    story = "Union votes\n\n‘They were lucky to get out,” Ames said.\n"
    found = _found(story, "quotes.unbalanced")
    assert [(line, column) for line, column, _ in found] == [(3, 1)]
    assert MISMATCHED in found[0][2]


# --- H3: <br><br> before inline markup that opens a quote ---------------------

def _paragraphs(body: str) -> list[str]:
    doc = read_bytes("story.html", ferry_page(body).encode("utf-8"))
    return [p.text for p in doc.parts if p.kind == "paragraph"]


SAID = "The contract protects every driver on the road,{close} Ruiz said."


@pytest.mark.parametrize("lead", ["Service resumes at 4 p.m.", "Service resumes today."])
@pytest.mark.parametrize("tag", ["em", "b", 'a href="/x"'])
def test_br_br_before_inline_markup_that_opens_a_quote_ends_the_paragraph(lead, tag):
    name = tag.split()[0]
    body = f"<p>{lead}<br><br><{tag}>“{SAID.format(close='”</' + name + '>')}</p>"
    assert _paragraphs(body) == [lead, "“" + SAID.format(close="”")]


def test_the_inline_mark_goes_on_in_the_paragraph_after_the_break():
    doc = read_bytes("story.html", ferry_page(
        "<p>Service resumes at 4 p.m.<br><br><em>“We are ready,”</em> Ruiz said.</p>").encode("utf-8"))
    second = [p for p in doc.parts if p.kind == "paragraph"][-1]
    assert second.text == "“We are ready,” Ruiz said."
    assert ("emphasis", 0, len("“We are ready,”")) in second.attrs["inline"]


def test_a_break_after_a_sentence_inside_bold_leaves_two_paragraphs_not_three():
    doc = read_bytes("story.html", ferry_page(
        "<p>Yes. <b>It is done.<br><br>The</b> council will vote.</p>").encode("utf-8"))
    paragraphs = [p for p in doc.parts if p.kind == "paragraph"]
    assert [p.text for p in paragraphs] == ["Yes. It is done.", "The council will vote."]
    assert [m for m in paragraphs[0].attrs["inline"] if m[0] == "strong"] == [("strong", 5, 16)]
    assert [m for m in paragraphs[1].attrs["inline"] if m[0] == "strong"] == [("strong", 0, 3)]


def test_no_false_lost_break_before_an_emphasised_quote():
    body = "<p>“Service resumes at 4 p.m.<br><br><em>“" + SAID.format(close="”</em>") + "</p>"
    assert _found(ferry_page(body), "quotes.unbalanced", "story.html") == []


@pytest.mark.parametrize("mark", ["'", "‘"])
@pytest.mark.parametrize("inline", [False, True])
def test_a_single_mark_after_the_break_opens_a_paragraph(mark, inline):
    close = "’" if mark == "‘" else "'"
    quote = mark + SAID.format(close=close)
    body = "<em>" + mark + SAID.format(close=close + "</em>") if inline else quote
    assert _paragraphs(f"<p>Service resumes at 4 p.m.<br><br>{body}</p>") == ["Service resumes at 4 p.m.", quote]


@pytest.mark.parametrize("words", ["It starts at 4 p.m.<br><br><em>Tuesday</em> in the hall.",
                                   "It starts at 6 a.m.<br><br>Tuesday in the hall.",
                                   "It starts at 4 p.m.<br><br><b>The</b> hall opens.",
                                   "It starts at 4 p.m.<br><br>'til dawn on Tuesday.",
                                   "It starts at 4 p.m.<br><br><em>'til</em> dawn on Tuesday."])
def test_guard_no_quote_after_the_break_keeps_one_paragraph(words):
    assert len(_paragraphs(f"<p>{words}</p>")) == 1


def test_guard_a_quote_left_open_before_the_break_goes_on_over_a_single_mark():
    body = "<p>“We will run the buses until 4 p.m.<br><br><em>'Til then</em> we wait,” Ruiz said.</p>"
    assert len(_paragraphs(body)) == 1


# --- L3: a straight mark is named in the message ------------------------------

@pytest.mark.parametrize("mark, named", [("'", "straight single quote (')"),
                                         ('"', 'straight double quote (")')])
def test_a_straight_mark_is_named(mark, named):
    found = _found(f"Bridge works\n\nThe mayor said {mark}we will finish the bridge by spring.\n",
                   "quotes.unbalanced")
    assert len(found) == 1
    assert found[0][2].startswith(f"unbalanced {named}: ")


def test_a_curly_mark_is_shown_as_it_is():
    found = _found("Bridge works\n\nThe mayor said “we will finish the bridge by spring.\n", "quotes.unbalanced")
    assert [m for _, _, m in found] and found[0][2].startswith("unbalanced quote mark “: ")
