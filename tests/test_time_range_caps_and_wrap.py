"""qa263 #2: a range up to 12 noon or midnight whose joining word is in
capitals (`THE FAIR RUNS 11 TO 12 NOON`) is told only `'noon', not '12 NOON'`.
fx400 read the word in any case; QA found all-caps moves (`FROM 3 TO 12 NOON`)
read as ranges and a title-case range lower-cased (qa271 #1, #4), so it was
taken back: the wanted cases are strict xfails, as on main.

qa263 #3, below: a wrapped range's message shows one space at its wrap."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes

HED = "Council votes\n\n"
NOON = Config(select=("style.noon-midnight",))


def _messages(body: str, config: Config) -> list[str]:
    got = lint_bytes("story.txt", (HED + body + "\n").encode("utf-8"), config)
    return [d.message for d in got.diagnostics]


def _fixed(body: str, config: Config, end: str = "\n") -> str:
    data = (HED + body + "\n").replace("\n", end).encode("utf-8")
    return fix_bytes("story.txt", data, config).fixed


CAPS_TAKEN_BACK = ("qa263 #2, taken back (qa271 #1, #4): reading a range's word in any case read all-caps "
                   "moves ('FROM 3 TO 12 NOON') as ranges and lower-cased a title-case range; as on main, "
                   "only a lower-case word joins a range to 12 noon")


@pytest.mark.xfail(strict=True, reason=CAPS_TAKEN_BACK)
@pytest.mark.parametrize("body, message, fixed", [
    ("THE FAIR RUNS 11 TO 12 NOON ON FRIDAY.", "write '11 a.m. TO noon', not '11 TO 12 NOON'",
     "THE FAIR RUNS 11 a.m. TO noon ON FRIDAY."),
    ("The fair runs 11 To 12 noon on Friday.", "write '11 a.m. To noon', not '11 To 12 noon'",
     "The fair runs 11 a.m. To noon on Friday."),
    ("BAR OPEN 11 UNTIL 12 MIDNIGHT FRIDAY.", "write '11 p.m. UNTIL midnight', not '11 UNTIL 12 MIDNIGHT'",
     "BAR OPEN 11 p.m. UNTIL midnight FRIDAY."),
    ("DESK STAFFED 9 THROUGH 12 NOON, 10 TILL 12 NOON.", "write '9 a.m. THROUGH noon', not '9 THROUGH 12 NOON'",
     "DESK STAFFED 9 a.m. THROUGH noon, 10 a.m. TILL noon."),
    ("VOTING BETWEEN 10 AND 12 NOON.", "write '10 a.m. AND noon', not '10 AND 12 NOON'",
     "VOTING BETWEEN 10 a.m. AND noon."),
])
def test_an_all_caps_worded_range_to_noon_is_a_range(body, message, fixed):
    assert any(message in m for m in _messages(body, NOON)), _messages(body, NOON)
    assert _fixed(body, NOON) == HED + fixed + "\n"


@pytest.mark.xfail(strict=True, reason=CAPS_TAKEN_BACK)
def test_an_all_caps_range_reads_as_its_lower_case():
    # the same finding, place and half of the day; only the words keep their case
    caps = lint_bytes("caps.txt", (HED + "THE FAIR RUNS 11 TO 12 NOON.\n").encode(), NOON).diagnostics
    lower = lint_bytes("lower.txt", (HED + "The fair runs 11 to 12 noon.\n").encode(), NOON).diagnostics
    assert [(d.line, d.column, d.message.lower()) for d in caps] == \
        [(d.line, d.column, d.message.lower()) for d in lower] == [(3, 15, "ap style: write '11 a.m. to noon', "
                                                                   "not '11 to 12 noon'")]


@pytest.mark.parametrize("body, message", [
    # the nearest cases that stay: TO as a word elsewhere in an all-caps line opens no range
    ("COUNCIL VOTES TO MEET AT 12 NOON.", "write 'noon', not '12 NOON'"),
    ("THE VOTE WAS 11 TO 1 AT 12 NOON.", "write 'noon', not '12 NOON'"),
    ("THE FAIR RUNS 11 TOO, 12 NOON.", "write 'noon', not '12 NOON'"),
])
def test_to_elsewhere_in_an_all_caps_line_is_no_range(body, message):
    assert [m.split(": ", 1)[1] for m in _messages(body, NOON)] == [message]


@pytest.mark.parametrize("body", [
    pytest.param("Classes for AGES 10 TO 12 NOON CLASSES.", marks=pytest.mark.xfail(strict=True, reason=CAPS_TAKEN_BACK)),
    "Classes for ages 10 to 12 noon classes."])
def test_a_count_of_ages_up_to_12_stays_unfound_in_any_case(body):
    # `twelve_count_words`: the range is ages, no time, in caps as in lower case
    assert _messages(body, NOON) == []


# qa263 #3: a range wrapped after its word with a space left before the line
# break (`1:00 until \n5:00 PM`) was told `'1 until  5 p.m.'`: the message
# made the line break a space beside the space. The fix keeps the source's
# whitespace as written (the wrap, LF or CRLF, and the space); the message
# shows the words as they will read, one space (`vale.messages.one_line`, as
# its `written` side already was).
TIME = Config(select=("style.time-of-day",))


@pytest.mark.parametrize("end", ["\n", "\r\n"])
def test_a_wrapped_range_with_a_space_before_its_wrap_is_told_with_one_space(end):
    body = "The call runs 1:00 until \n5:00 PM on Friday."
    got = lint_bytes("story.txt", (HED + body + "\n").replace("\n", end).encode("utf-8"), TIME)
    assert [d.message for d in got.diagnostics] == ["AP style time form: '1:00 until 5:00 PM' -> '1 until 5 p.m.'"]
    assert _fixed(body, TIME, end) == (HED + "The call runs 1 until \n5 p.m. on Friday.\n").replace("\n", end)


@pytest.mark.parametrize("body, message, fixed", [
    # the nearest cases that stay: a wrap with no space is one space; two spaces on one line are
    # no wrap, so the message shows them as the fix writes them, as its `written` side does
    ("The call runs 1:00 until\n5:00 PM on Friday.", "'1:00 until 5:00 PM' -> '1 until 5 p.m.'",
     "The call runs 1 until\n5 p.m. on Friday."),
    ("The call runs 1:00 until  5:00 PM on Friday.", "'1:00 until  5:00 PM' -> '1 until  5 p.m.'",
     "The call runs 1 until  5 p.m. on Friday."),
])
def test_a_range_without_a_space_at_its_wrap_is_told_as_before(body, message, fixed):
    assert _messages(body, TIME) == [f"AP style time form: {message}"]
    assert _fixed(body, TIME) == HED + fixed + "\n"


# qa271 #1: a move "from 3 to 12 noon" is no range; reading the caps join made
# the all-caps line's 3 "3 a.m." (main says only 'noon', not '12 NOON', and
# does again since the caps reading was taken back). The lower-case twin is
# read so on main; it should keep the 3 bare too.
@pytest.mark.parametrize("body, fixed", [
    ("KICKOFF MOVED FROM 3 TO 12 NOON.", "KICKOFF MOVED FROM 3 TO noon."),
    ("THE MEETING WAS CHANGED FROM 7 TO 12 NOON.", "THE MEETING WAS CHANGED FROM 7 TO noon."),
    pytest.param("Kickoff moved from 3 to 12 noon.", "Kickoff moved from 3 to noon.", marks=pytest.mark.xfail(
        strict=True, reason="qa271 #1, on main too: 'moved from 3 to 12 noon' in lower case is read as a range")),
])
def test_a_move_to_12_noon_is_no_range(body, fixed):
    assert all("a.m." not in m for m in _messages(body, NOON)), _messages(body, NOON)
    assert _fixed(body, NOON) == HED + fixed + "\n"


# qa271 #2: with the caps reading, an HTML caps range joined by &nbsp; was one
# finding spanning the entities, left unfixed. Since it was taken back the caps
# line is fixed as on main ('12 NOON' to 'noon', the 11 bare); the lower-case
# one is found as a range but left unfixed, on main too. The fix need not
# rewrite the entities (it adds " a.m." after 11 and writes noon for 12 NOON).
@pytest.mark.parametrize("para", [
    pytest.param("THE FAIR RUNS 11&nbsp;TO&nbsp;12 NOON ON FRIDAY.",
                 marks=pytest.mark.xfail(strict=True, reason=CAPS_TAKEN_BACK)),
    pytest.param("The fair runs 11&nbsp;to&nbsp;12 noon on Friday.", marks=pytest.mark.xfail(
        strict=True, reason="qa271 #2, on main too: a range joined by &nbsp; entities is found "
        "('11 a.m.\\xa0to\\xa0noon') but its fix is not written"))])
def test_an_html_range_joined_by_nbsp_entities_is_fixed(para):
    page = f"<html><head><title>Fair</title></head><body><h1>Fair</h1><p>{para}</p></body></html>\n"
    fixed = fix_bytes("story.html", page.encode("utf-8"), NOON).fixed
    fixed = fixed.decode("utf-8") if isinstance(fixed, bytes) else fixed
    assert "12 NOON" not in fixed.upper(), fixed
    assert "11 a.m.&nbsp;" in fixed, fixed


# qa271 #3: "one space however many spaces stand round the line break" holds
# for spaces and tabs; a no-break space at the wrap (CMS '&nbsp;\n') showed
# 'until\xa0 5' in the message. The fix keeps the wrap as written.
@pytest.mark.parametrize("body", ["The call runs 1:00 until\u00a0\n5:00 PM on Friday.",
                                  "The call runs 1:00 until\n\u00a05:00 PM on Friday."])
def test_a_no_break_space_at_a_wrap_is_told_as_one_space(body):
    assert _messages(body, TIME) == ["AP style time form: '1:00 until 5:00 PM' -> '1 until 5 p.m.'"]
    assert _fixed(body, TIME) == HED + body.replace("1:00", "1").replace("5:00 PM", "5 p.m.") + "\n"


# the nearest case: a no-break space with no wrap beside it is the writer's, shown as written
def test_a_no_break_space_away_from_a_wrap_is_shown_as_written():
    assert _messages("The call runs 1:00 until\u00a05:00 PM on Friday.", TIME) == \
        ["AP style time form: '1:00 until\u00a05:00 PM' -> '1 until\u00a05 p.m.'"]


# qa271 #4: with the caps reading, a range that opened a sentence or a headline
# went through `str.capitalize()` (meant for a bare noon), which lower-cased all
# after the 11 ("11 To Noon" became "11 a.m. to noon"). Since it was taken back
# none of these joins is read (each is fixed at '12 NOON' alone, as on main), so
# they fail for the caps reading; a case kept for whoever reads it again.
@pytest.mark.xfail(strict=True, reason=CAPS_TAKEN_BACK + " (qa271 #4: read again, a sentence-opening "
                   "range's join and Noon were lower-cased)")
@pytest.mark.parametrize("name, data, fixed", [
    ("story.md", "# 11 To 12 Noon Fair Hours Set\n\nThe fair runs daily.\n",
     "# 11 a.m. To Noon Fair Hours Set\n\nThe fair runs daily.\n"),
    ("story.txt", HED + "11 TO 12 NOON DAILY.\n", HED + "11 a.m. TO noon DAILY.\n"),
    ("story.txt", HED + "OPEN DAILY. 10:30 UNTIL 12 MIDNIGHT ON FRIDAYS.\n",
     HED + "OPEN DAILY. 10:30 p.m. UNTIL midnight ON FRIDAYS.\n"),
])
def test_a_range_opening_a_sentence_keeps_its_words_case(name, data, fixed):
    assert fix_bytes(name, data.encode("utf-8"), NOON).fixed in (fixed, fixed.encode("utf-8"))


# qa289 #3: the folding is for a wrap alone. A tab is no line break: a no-break
# space beside it shows as written, as on main ('7 \xa0p.m.', the tab one space).
def test_a_no_break_space_beside_a_tab_is_shown_as_written():
    [message] = _messages("It starts at 7\t\u00a0p.m. on Friday.", TIME)
    assert message.startswith("AP style time form: '7 \u00a0p.m.' -> '7 p.m.' (they differ only in their space "
                              "characters: a tab and a no-break space (U+00A0) in the text,"), message
