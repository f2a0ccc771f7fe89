"""A clock time in a headline ("7:05 p.m.") is one time, never the numbers 7
and 05: `titles.headline-unsupported` looks for that time in the body."""
from __future__ import annotations

import pytest

from lint.analysis.numbers import half_after, numbers
from lint.config import Config
from lint.engine import lint_bytes

BODY = ("The Phillies host the Diamondbacks at Citizens Bank Park for the start of a "
        "three-game series, and both teams come off weekend sweeps.")


def nitf(headline: str, body: str) -> bytes:
    return (f"<nitf><body><body.head><hedline><hl1>{headline}</hl1></hedline></body.head>"
            f"<body.content><p>{body}</p></body.content></body></nitf>\n").encode()


@pytest.mark.parametrize("text, found", [
    ("7:05 p.m.", [(0, 4, "7:05pm")]),
    ("at 7:05p.m. Tuesday", [(3, 7, "7:05pm")]),
    ("10:30 a.m.", [(0, 5, "10:30am")]),
    ("7:00 p.m.", [(0, 4, "7pm")]),         # as "7 p.m." says it
    ("at 7 p.m.", [(3, 4, "7pm")]),         # an hour with its half of the day is a time
    ("at 5am", [(3, 4, "5am")]),
    ("at 7:00", [(3, 7, "7:00")]),          # neither half: a time, never the count 7
    ("at 7:30", [(3, 7, "7:30")]),
    ("at 05:00", [(3, 8, "5am")]),          # a leading zero: the 24-hour face
    ("won 3:1", [(4, 5, "3"), (6, 7, "1")]),  # no minutes: a ratio stays two numbers
    ("19:30", [(0, 5, "7:30pm")]),           # one clock face: 19:30 is 7:30 p.m.
    ("at 0:30", [(3, 7, "12:30am")]),
    ("at 7.30pm", [(3, 7, "7:30pm")]),         # the British form, before am or pm
    ("at 7.30 a.m. Monday", [(3, 7, "7:30am")]),
    ("rose 7.30 percent", [(5, 9, "7.3")]),  # no am or pm: a decimal
    ("won in 2:01:09", [(7, 14, "2:01:09")]),  # seconds: one value, not three numbers
    ("at 10:30:15", [(3, 11, "10:30:15")]),
    ("shut at 24:00", [(8, 13, "12am")]),     # midnight ends the day: 12 a.m.
    ("shut at 24:30", [(8, 10, "24"), (11, 13, "30")]),  # no such time
    ("won 25:13", [(4, 6, "25"), (7, 9, "13")]),
    ("John 3:16 read", [(5, 6, "3"), (7, 9, "16")]),  # a verse: chapter 3, verse 16
    ("under Section 2:15 of the act", [(14, 15, "2"), (16, 18, "15")]),
    ("Mark 3:15 p.m.", [(5, 9, "3:15pm")]),   # am or pm: a time after all
    ("At 10:30 the vote", [(3, 8, "10:30")]),  # a time preposition, not a book
    ("Friday 19:30", [(7, 12, "7:30pm")]),     # a weekday before a time
    ("Tonight 20:00", [(8, 13, "8pm")]),
    ("kick-off 15:00", [(9, 14, "3pm")]),      # no capital: no reference
    ("at 12 noon", [(3, 5, "12pm")]),          # noon and midnight name the half
    ("at 12 Midnight", [(3, 5, "12am")]),
    ("12 noonday", [(0, 2, "12")]),
    ("at 5 o'clock", [(3, 4, "5:00")]),        # a time, of neither half
    ("at 11 o’clock", [(3, 5, "11:00")]),
    ("5 noon", [(0, 1, "5")]),                 # only 12 is noon
    ("5-7pm", [(0, 1, "5pm"), (2, 3, "7pm")]),  # a range's first hour takes its half
    ("from 5-7 p.m.", [(5, 6, "5pm"), (7, 8, "7pm")]),
    ("from 5 to 7 p.m.", [(5, 6, "5pm"), (10, 11, "7pm")]),
    ("10–11:30 a.m.", [(0, 2, "10am"), (3, 8, "11:30am")]),
    ("between 9 and 11 a.m.", [(8, 9, "9am"), (14, 16, "11am")]),
    ("open 11-12 noon", [(5, 7, "11am"), (8, 10, "12pm")]),  # a range up to noon: no score
    ("11–12 midnight", [(0, 2, "11pm"), (3, 5, "12am")]),   # ... up to midnight: p.m. before it
    ("runs 7.30-9pm", [(5, 9, "7:30pm"), (10, 11, "9pm")]),  # a dot time opening a range, no 7.3
    ("7.30 to 9.45 p.m.", [(0, 4, "7:30pm"), (8, 12, "9:45pm")]),
    ("rose 7.30-9 percent", [(5, 9, "7.3"), (10, 11, "9")]),  # no am or pm: decimals
    ("won 5-2 in Miami", [(4, 7, "5-2")]),       # a score stays one value
    ("Top 10 - 5 p.m. update", [(4, 6, "10"), (9, 10, "5pm")]),  # spaced: no range
    ("at 7  pm", [(3, 4, "7pm")]),             # a run of spaces joins as one does (fx403)
    ("at 7\t\u00a0PM", [(3, 4, "7pm")]),
    ("at 7\n\npm", [(3, 4, "7")]),            # a blank line never does
])
def test_a_clock_time_is_one_value(text, found):
    assert numbers(text) == found


def test_a_headline_time_in_nitf_is_checked_as_a_time():
    select = Config(select=("titles.headline-unsupported",))
    data = nitf("Diamondbacks at Phillies,\n   7:05 p.m.", BODY)
    [d] = lint_bytes("preview.nitf", data, select).diagnostics
    assert (d.line, d.column, d.snippet) == (2, 4, "7:05")
    assert d.message.startswith("time '7:05' in the headline")
    said = nitf("Diamondbacks at Phillies, 7:05 p.m.", BODY + " The first pitch is at 7:05 p.m.")
    assert lint_bytes("preview.nitf", said, select).diagnostics == []


@pytest.mark.parametrize("headline, body", [
    ("Kick-off moved to 19:30", "The match now starts at 7:30 p.m. on Saturday at the old stadium, the club said."),
    ("Kick-off moved to 7:30 p.m.", "The match now starts at 19:30 on Saturday at the old stadium, the club said."),
    ("Kick-off moved to 7:30", "The match now starts at 7.30pm on Saturday at the old stadium, the club said."),
])
def test_a_headline_time_is_the_body_s_time_in_another_form(headline, body):
    select = Config(select=("titles.headline-unsupported",))
    assert lint_bytes("preview.nitf", nitf(headline, body), select).diagnostics == []
    other = body.replace("7:30", "8:30").replace("19:30", "20:30").replace("7.30", "8.30")
    [d] = lint_bytes("preview.nitf", nitf(headline, other), select).diagnostics
    assert d.message.startswith("time ")


def test_a_dot_decimal_is_no_time_beside_a_percent_or_a_currency():
    select = Config(select=("titles.headline-unsupported",))
    body = "Prices rose on Saturday, the highest since records began at the old exchange, officials said at 7:30 p.m."
    for headline in ("Prices rose 7.30%", "Tickets now cost $7.30"):
        [d] = lint_bytes("preview.nitf", nitf(headline, body), select).diagnostics
        assert d.message.startswith("number ")


@pytest.mark.parametrize("headline, body, other", [
    # A dot for the colon and no am or pm (a British headline): 7.30, 19.30.
    ("Kick-off moved to 7.30", "at 7:30 p.m.", "at 8:30 p.m."),
    ("Kick-off moved to 19.30", "at 7.30pm", "at 8.30pm"),
    ("Kick-off moved to 7:30 p.m.", "at 19.30", "at 20.30"),
    # 12 o'clock that the body gives as noon or midnight.
    ("Kick-off moved to 12 noon", "at noon", "at 1 p.m."),
    ("Kick-off moved to 12 p.m.", "at midday", "at 1 p.m."),
    ("Kick-off moved to 12:00", "at noon", "at 1 p.m."),
    ("Kick-off moved to 12 midnight", "at midnight", "at noon"),
    # The half of the day is part of the time: 5 p.m. is not 5 a.m.
    ("Protest set for 5 p.m. Friday", "at 5 p.m.", "at 5 a.m."),
    ("Protest set for 5pm Friday", "at 17:00", "at 05:00"),
    ("Protest set for 7:30 a.m.", "at 7.30am", "at 7.30pm"),
    ("Protest set for 7.30pm", "at 7:30 p.m.", "at 7:30 a.m."),
    # A dotted 24-hour time is p.m.: 17.00 is 5 p.m., never the count 5.
    ("Kick-off moved to 17.00", "at 5 p.m.", "at 5 a.m."),
    ("Kick-off moved to 17.00", "at 5 p.m.", "with 5 players"),
    ("Kick-off moved to 19.30", "at 7:30 p.m.", "at 7:30 a.m."),
    # 12 noon is 12 p.m. and 12 midnight 12 a.m.; 5 o'clock is a time of neither half.
    ("Kick-off moved to 12 noon", "at 12 p.m.", "at 12 a.m."),
    ("Kick-off moved to 12 noon", "at 12:00 p.m.", "with 12 players"),
    ("Kick-off moved to 12 p.m.", "at 12 noon", "at 12 midnight"),
    ("Kick-off moved to 12 midnight", "at 12 a.m.", "at 12 p.m."),
    ("Kick-off moved to 5 o'clock", "at 5 p.m.", "at 6 p.m."),
    # A range: the first hour has the half of the day written after the second.
    ("Fan zone open 5-7pm", "from 5 p.m. until 7 p.m.", "from 5 a.m. until 7 p.m."),
    ("Fan zone open 5-7 p.m.", "from 17:00 to 19:00", "from 05:00 to 19:00"),
    ("Fan zone open 5 to 7 p.m.", "from 5-7 p.m.", "from 4-7 p.m."),
    ("Clinic open 11-12 noon", "from 11 a.m. until noon", "from 11 p.m. until noon"),
    ("Talk runs 7.30-9pm", "from 7:30 p.m. to 9 p.m.", "from 7:30 a.m. to 9 p.m."),
    ("Lunch served 12-1pm", "from noon to 1 p.m.", "from midnight to 1 p.m."),
    ("Clinic open 11 to 12 noon", "from 11 a.m. until noon", "from 11 p.m. until noon"),
])
def test_a_headline_time_is_the_body_s_time_with_its_half_of_the_day(headline, body, other):
    select = Config(select=("titles.headline-unsupported",))
    story = "The match now starts {} on Saturday at the old stadium, the club said."
    assert lint_bytes("preview.nitf", nitf(headline, story.format(body)), select).diagnostics == []
    [d] = lint_bytes("preview.nitf", nitf(headline, story.format(other)), select).diagnostics
    assert d.message.split("'")[1] in headline


@pytest.mark.parametrize("a, b, same", [
    ("5pm", "5pm", True), ("5pm", "5am", False),
    ("7:30", "7:30pm", True), ("7:30", "7:30am", True),   # neither half: either
    ("7:00", "7", True),                                   # a bare 7:00 may be the 7
    ("5pm", "5", False), ("5", "5am", False),             # a count is no time of day
    ("12am", "12pm", False), ("7:30pm", "7:45pm", False),
    ("12", "13", False), ("4000000", "4100000", True),  # numbers as before
])
def test_close_compares_times_by_face_and_half(a, b, same):
    from lint.analysis.numbers import close
    assert close(a, b) is same and close(b, a) is same


@pytest.mark.parametrize("text, half", [
    ("7 p.m.", "p"), ("7am", "a"), ("7 PM", "p"), ("12 noon", "p"), ("12 Midday", "p"),
    ("12 midnight", "a"), ("7 and", ""), ("7 amps", ""), ("12 noonish", ""),
    ("7  pm", "p"), ("7\n\npm", ""),
])
def test_the_half_of_the_day_after_a_time_is_read_by_one_pattern(text, half):
    assert half_after(text, text.index(" ") if " " in text else 1) == half


# fx403 (nu55 #1): the body's `7  pm` (two spaces) is the headline's 7 p.m.;
# a blank line between the figure and pm still leaves the headline's time unsaid.
def test_fx403_a_body_time_with_a_run_of_spaces_supports_the_headline():
    select = Config(select=("titles.headline-unsupported",))
    body = "The council meets at 7{}pm on Tuesday to vote on the budget, the clerk said."
    assert lint_bytes("preview.nitf", nitf("Council to vote at 7 p.m.", body.format("  ")), select).diagnostics == []
    [d] = lint_bytes("preview.nitf", nitf("Council to vote at 7 p.m.", body.format("\n\n")), select).diagnostics
    assert d.message.startswith("time '7'")
