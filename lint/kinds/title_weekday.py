"""`title-weekday`: the headline dates an event to a weekday the body does
not, giving the same event another weekday ("Council to vote Tuesday on
parking plan" over "The council will vote Wednesday"): see
`lint.analysis.headline_weekday` for how the event is matched. Reported at
the headline's weekday; a message's `{other}` is the body's weekday and
`{said}` its words from the shared word to that weekday, `{check}` the
advice. A body's day told near midnight next to the headline's ("late
Saturday" under "Sunday", "early Sunday" under "Saturday": AP Stylebook,
"midnight", "late" and "early" are the day's edges) is a suggestion, not a
warning: the event may have run past midnight, or the headline read it in
another time zone; the message asks the body to say so. Source: AP
Stylebook, "time element" (an event within a week of the story is dated by
its weekday, so headline and body name the same day).
"""
from __future__ import annotations

from ..analysis.headline_weekday import contradictions
from .base import Finding, Kind


class TitleWeekday(Kind):
    name = "title-weekday"
    placeholders = frozenset({"check", "other", "said"})
    description = "Flags a headline weekday the body gives the same event as another weekday."
    other_levels = (("suggestion", "when the body's day is the night next to the headline's "
                                   "('late Saturday' under 'Sunday')"),)
    default_scope = ("headline",)

    def check(self, doc, parts):
        for part in parts:
            for c in contradictions(part.text, doc):
                args = {"other": c.other, "said": c.said, "check": "check the day"}
                if not c.night:
                    yield Finding(part, c.start, c.end, args=args)
                    continue
                days = (c.other, part.text[c.start:c.end])[::1 if c.night == "late" else -1]
                args["check"] = ("check the day; if the event ran past midnight, say so "
                                 f"('late {days[0]} into early {days[1]}')")
                yield Finding(part, c.start, c.end, args=args, level="suggestion")


KIND = TitleWeekday
