"""Which of a headline's numbers its body states (titles.headline-unsupported
lists the rest; `headline.evidence` weighs them with the headline's words).

A headline number (`numbers.numbers`, normalised) is stated when the body
gives it or one close to it (`BodyProfile.has_number`), a year span's short
year in full, or a count of years or an age as an ordinal (`states_number`,
which `headline.evidence` asks too); titles.headline-unsupported also takes a
time the body gives in another form (`time_said_otherwise`). A wire tag's, a
name's or a count of digits' number is no count at all.
Split from `headline`, which keeps the body index and the word evidence.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .headline_wire import furniture, is_furniture, named_number
from .numbers import dot_time, half_after, is_clock_time, numbers, short_span_years
from .spelled_numbers import counts_digits

if TYPE_CHECKING:
    from .headline import BodyProfile


def unsupported_numbers(headline: str, body: BodyProfile) -> list[tuple[int, int, str]]:
    """Numbers the body never states (`states_number`); a headline's "one" is left alone ("One
    more thing" is no count), so is its "zero" ("Zero Fluff", "zero
    tolerance": none, which a body says with "no"), a wire tag's and a
    name's number (`UPDATE 2-`, `Covid-19`: `headline_wire`), a count of
    digits (`6-figure`: `spelled_numbers.counts_digits`, as in the body),
    and so is a time the body
    gives another way (`time_said_otherwise`)."""
    return [(s, e, v) for s, e, v in numbers(headline)
            if not (v in ("0", "1") and headline[s].isalpha())
            and not no_count(headline, s, e)
            and not states_number(body, headline, s, e, v)
            and not time_said_otherwise(headline, s, e, v, body)]


def no_count(headline: str, start: int, end: int) -> bool:
    """Whether headline[start:end] is no count a body must give: a ticker's or
    wire tag's (`furniture`), a name's (`Covid-19`) or a count of digits (`6-figure`)."""
    return (is_furniture(headline, start, end, furniture(headline)) or named_number(headline, start, end)
            or counts_digits(headline, end))


def states_number(body: BodyProfile, headline: str, start: int, end: int, value: str) -> bool:
    """The body states the headline number headline[start:end] (`value`):
    `BodyProfile.has_number`, or for a year written short in a span (`86`
    of `86/87`, `numbers.short_span_years`) that year in full (`1986/87`),
    or a count of years or an age as an ordinal (`said_as_ordinal`: `50
    years on` by `the 50th anniversary`)."""
    if body.has_number(value) or any(body.has_number(y) for y in short_span_years(headline, start, end)):
        return True
    from .headline_ordinals import said_as_ordinal    # a number the body does not state only
    return said_as_ordinal(headline, start, end, value, body.text)


def time_said_otherwise(headline: str, start: int, end: int, value: str, body: BodyProfile) -> bool:
    """The headline number headline[start:end] (normalised `value`) is a time
    the body gives in another form: `7.30` or `19.30` (a dot, no am or pm,
    not read as a time) as `7:30 p.m.`, or 12 o'clock (`12 noon`, `12 p.m.`, `12:00`, `12
    midnight`) as noon, midday or midnight."""
    alt = None if is_clock_time(headline, start) else dot_time(headline, start, end)
    if alt is not None and body.has_number(alt):      # (`7.30pm`, `7.30-9pm` have their half)
        return True
    if value not in ("12", "12:00", "12am", "12pm") or not headline[start].isdigit():
        return False
    # what follows it makes it noon or midnight (AP: "noon", "midnight",
    # never "12 noon"; a headline may still write it so)
    # (or its range's end: "12-1pm" is noon to 1 p.m., never midnight)
    half = value[2] if value in ("12am", "12pm") else half_after(headline, end)
    if not half and not is_clock_time(headline, start):
        return False
    words = ("noon", "midday", "midnight") if not half else \
        ("noon", "midday") if half == "p" else ("midnight",)
    return any(body.has_word(w) for w in words)
