"""`name-first-reference`: a surname alone before the person's full name.

News style gives a person's full name at first reference and the surname
after it. A surname used alone (with or without a title) before the full
name first appears is flagged once per person. Headlines are out of scope:
they use surnames alone by design; a surname shared by two people given in
full (Barack and Michelle Obama) is left alone, since "Obama" may be either.
"""
from __future__ import annotations

from ..analysis.names import given_names, people
from ..analysis.words import is_common
from .base import Finding, Kind


class NameFirstReference(Kind):
    name = "name-first-reference"
    description = "Flags a surname used alone before the person's full name appears."
    default_scope = ("paragraph", "blockquote", "caption")

    def check(self, doc, parts):
        wanted = {p.index for p in parts}
        given = given_names(doc)
        for surname, ms in people(doc).items():
            if is_common(surname) or len(given[surname]) > 1:
                continue       # "Bank" before "Deutsche Bank"; Barack and Michelle Obama
            early = ms[0]      # in reading order: any use before the first full one
            if not early.full and early.part.index in wanted:
                first_full = next(m for m in ms if m.full)
                full = first_full.part.text[first_full.start:first_full.end]
                yield Finding(early.part, early.start, early.end, args={"full": full})


KIND = NameFirstReference
