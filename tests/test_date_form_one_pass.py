"""date-form's one pass per month token (`date_form._token_deviations`, pf18)
gives every check exactly what the check-by-check reading (`findings` of
tests/date_form_reference.py, asked for each of CHECKS in turn) gives: the same tuples, in the same order, under
the same keys in the same order, over many random texts built from the
pieces a date's form turns on (abbreviations with and without a stop, days
with zeros and ordinals, ranges and lists of days, years after a comma or
`of`, weekdays, a day written first, `in` and other lead-ins, a name before
a month, a sentence's end, a machine's date stamp)."""
import random

from lint.kinds.date_form import CHECKS, _token_deviations, scan

from date_form_reference import findings

PIECES = [
    "Jan", "Jan.", "January", "Feb.", "Feb", "February", "Mar.", "March", "Apr", "April", "May",
    "June", "Jun.", "July", "Aug.", "August", "Sept.", "Sep", "September", "Oct.", "Nov",
    "December", "Dec.",
    "5", "05", "03", "3rd", "03rd", "18th", "1st", "21st", "31", "09", "4", "4th", "0",
    "2026", "2019", "1999", "08", "the", "of", "in", "In", "since", "by", "last", "mid-",
    "Wed.", "Wed", "Tues.", "Sun", "Thursday,", "Mon.,", "(", ")", "Theresa", "Carter", "Day",
    "and", "or", "to", "through", "-", "–", ",", ".", "at", "noon", "people", "percent",
    "1, 2026", "05, 2026", "3rd, 2025", "5, 2025 to", "1, 2026,", "5/6", "4/2025", "3rd/4th",
    "Posted on", "Updated", "Date:", "(@ana)", "\n", "p.m.", "He", "onward", "quarter",
]
SEPARATORS = [" ", " ", " ", "", ", ", "-", "\n", "  "]


def _text(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(2, 14)):
        out.append(rng.choice(PIECES))
        out.append(rng.choice(SEPARATORS))
    return "".join(out)


def _by_check(text: str) -> list:
    out: dict = {}
    for mo in scan(text):
        if mo.meta:
            continue
        for check in CHECKS:
            for found in findings(mo, text, check):
                out.setdefault(check, []).append(found)
    return list(out.items())


def _one_pass(text: str) -> list:
    out: dict = {}
    for mo in scan(text):
        if not mo.meta:
            _token_deviations(mo, text, out)
    return list(out.items())


def test_one_pass_equals_check_by_check_on_random_texts():
    rng = random.Random(18)
    seen = set()
    for _ in range(30_000):
        text = _text(rng)
        want = _by_check(text)
        assert _one_pass(text) == want, text
        seen.update(check for check, _ in want)
    assert seen == set(CHECKS)          # every check was exercised


def test_one_pass_equals_check_by_check_on_written_dates():
    texts = [
        "On Wed. Jan. 05, 2026 at noon, and Jan. 5th-7th, 2026 he left.",
        "Sept. 03, 04 and 05, 2025 at the hall; in Sept. 08 it failed; due by Feb. 03, 2027 or so.",
        "the 21st of October, 2019 and 5 January 2020 and 3-5 March 2026 and 4th of July",
        "March, 2020 and March of 2020 and Sept., 2019 and Jan 2020 and in Jan he said. Theresa May, 2017",
        "Tues.(Nov. 17) and Mon., Dec. 1, 2026 at 10 a.m. and Jan. 3, 05 then Jan. 20th, 21st or 22nd",
        "This entry was posted on Tuesday, September 3rd, 2013 at 12:53 pm and June 1st and 2nd.",
        "In January 25 people came; sworn in Jan. 6; phase in Nov. 15; from Dec. 1, 2026 onward.",
    ]
    for text in texts:
        assert _one_pass(text) == _by_check(text), text
