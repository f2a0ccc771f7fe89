"""`title-weekday`: the headline dates an event to a weekday the body does
not, giving the same event another weekday ("Council to vote Tuesday on
parking plan" over "The council will vote Wednesday"): see
`lint.analysis.headline_weekday` for how the event is matched. Reported at
the headline's weekday; a message's `{other}` is the body's weekday and
`{said}` its words from the shared word to that weekday. Source: AP
Stylebook, "time element" (an event within a week of the story is dated by
its weekday, so headline and body name the same day).
"""
from __future__ import annotations

from ..analysis.headline_weekday import contradictions
from .base import Finding, Kind


class TitleWeekday(Kind):
    name = "title-weekday"
    description = "Flags a headline weekday the body gives the same event as another weekday."
    default_scope = ("headline",)

    def check(self, doc, parts):
        for part in parts:
            for c in contradictions(part.text, doc):
                yield Finding(part, c.start, c.end, args={"other": c.other, "said": c.said})


KIND = TitleWeekday
