"""`time_form.scan` looks for a dot-time range ("7.30-9pm") only from its
hint: the first dot with a digit before it and the minutes and a dash after
(`_RANGE_DOT_HINT`, which starts at the dot so that `re` finds it with a fast
search). The RANGE_DOT scan starts three characters before that dot; these
tests check that `scan` then reports every range the full RANGE_DOT scan
finds, in texts made of the pieces a range is built from."""
from __future__ import annotations

import random

from lint.kinds.time_form import _RANGE_DOT_HINT, RANGE_DOT, scan

# Each slot of a range and its near misses ("010.30-9pm", "7.5-9", "a7.30–11 p.m.",
# "8.15.30-9pm"): a text is two such runs, so some hold a range and some a hint only.
SLOTS = (("", " ", "x", "5.", "_", "\n"), ("", "0", "1", "7", "10", "12", "010", "13"),
         (".", ":", ""), ("30", "59", "5", "60", "00"), ("-", "–", "", " "),
         ("9", "11", "010", "x"), ("", " ", "."), ("pm", "a.m.", "PM", "pmx", ""))


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(slot) for _ in range(2) for slot in SLOTS)


def _ranges(text: str) -> list[tuple[int, int, str]]:
    """The ranges `scan` reports in `text`: a range's time is written with
    no a.m. or p.m. ("7:30"), every other time with one, or noon/midnight."""
    return [(t.start, t.end, t.replacement) for t in scan(text)
            if t.check == "form" and not t.replacement.endswith("m.")]


def _full(text: str) -> list[tuple[int, int, str]]:
    """RANGE_DOT's matches in `text` from its first character, as `_ranges` gives them."""
    return [(m.start(), m.end(), f"{m['hour']}:{m['min']}") for m in RANGE_DOT.finditer(text)]


# `scan` reads ranges only once it has seen an a.m. or p.m., so every text
# starts with one; it holds no digit before a dot, so it is no hint.
LEAD = "At 7 pm; "


def test_the_hint_loses_no_range_in_random_texts():
    rng = random.Random(36)
    found = 0
    for _ in range(20000):
        text = LEAD + _text(rng)
        full = _full(text)
        assert _ranges(text) == full, text
        found += bool(full)
    assert found > 50          # the texts hold ranges, so the test can tell


def test_a_two_digit_hour_with_a_leading_zero_starts_three_before_the_dot():
    # "010.30": the match starts three characters before the dot; a scan
    # started two before it would find "10.30" and miss the leading zero
    text = "open 010.30-9pm daily"
    assert _RANGE_DOT_HINT.search(text).start() == 8
    assert _ranges(text) == _full(text) == [(5, 11, "10:30")]


def test_scan_reads_the_range():
    times = scan("Doors open 7.30-9pm on Friday.")
    assert [(t.start, t.end, t.replacement) for t in times if t.replacement == "7:30"] == [(11, 15, "7:30")]
