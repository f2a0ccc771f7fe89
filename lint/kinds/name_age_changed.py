"""`name-age-changed`: one person's age given two ways in one story (nu25 #12).

AP style (AP Stylebook, "ages": always figures) gives an age in apposition
right after the name, set off by commas ("Mayor Thomas Hendricks, 54,
said"); a later "Hendricks, 45, has been mayor" is the same person with the
digits swapped. Each later age is compared with the person's first one and
flagged where it differs. People are read as names.title-changed reads them
(`people`: a surname given in full and used as a person); a surname given in
full two ways is two people ("Abu Hussain al-Britani" and "Abu Abdullah
al-Britani", FNC-1 551), so only its full uses are compared, each full name
on its own. An age after a relative in apposition ("his brother, Hendricks,
50,") is another person's, and so is one in a list of names with figures
("Smith, 12, Ann Jones, 10": scores, not ages), which is skipped, and so is
one after a determiner ("Another Smith, 25,"). An age one more than the
first in a story that tells of a birthday ("Smith, 99, ... Smith, 100,") is
the new age, not a slip (qa59). Offsets are the age's digits in the part's
text.
"""
from __future__ import annotations

import regex

from ..analysis.name_relations import relation_of
from ..analysis.names import NAME_KINDS, people
from .base import Finding, Kind

# An age in apposition: ", 54," right after the name, closed by a comma
# ("Hendricks, 54." at a sentence's end is not read).
_AGE = regex.compile(r",[ \u00a0](\d{1,3}),(?![\d])")
# A list of names with figures: another capitalised name and a figure after
# the age ("Smith, 12, Ann Jones, 10").
_LISTED = regex.compile(r"[ \u00a0](?:\p{Lu}[\p{L}\p{M}'’.-]*[ \u00a0]){0,2}\p{Lu}[\p{L}\p{M}'’-]*,[ \u00a0]\d")
# Another person of the surname: a determiner right before it ("Another
# Smith, 25,", "a Smith, 30,"), read backwards (qa59).
_ANOTHER = regex.compile(r"(?r)(?<![\p{L}\p{M}'’-])(?i:another|a|one|the other)\s+$")
# A birthday in the story: an age one more than the first is the new one
# ("Edna Smith, 99, ... By evening, Smith, 100,"), not a slip (qa59).
_BIRTHDAY = regex.compile(r"(?i)(?<![\p{L}])(?:birthdays?|turn(?:s|ed|ing)?)(?![\p{L}])")


class NameAgeChanged(Kind):
    name = "name-age-changed"
    description = "Flags a person whose age in apposition differs from the age given first."
    default_scope = NAME_KINDS

    def check(self, doc, parts):
        if not any(_AGE.search(p.text) for p in doc.parts):
            return      # no age in apposition to compare: the people are not read
        wanted = {p.index for p in parts}
        for surname, ms in people(doc).items():
            two = len({_given(m) for m in ms if m.full}) > 1
            first: dict[str, tuple] = {}
            for m in ms:
                if two and not m.full:
                    continue        # which of the two is meant is not said
                age = _AGE.match(m.part.text, m.end)
                if age is None or relation_of(m) or _LISTED.match(m.part.text, age.end()) or \
                        _ANOTHER.search(m.part.text, max(0, m.start - 12), m.start):
                    continue
                key = _given(m) if two else ""
                seen = first.setdefault(key, (age[1], m))
                if age[1] != seen[0] and m.part.index in wanted and not (
                        int(age[1]) == int(seen[0]) + 1 and _birthday(doc)):
                    yield Finding(m.part, age.start(1), age.end(1), args={
                        "name": surname, "first": seen[0]})


def _birthday(doc) -> bool:
    """The story tells of a birthday or of someone turning an age."""
    return doc.analysis("names.birthday", lambda d: any(_BIRTHDAY.search(p.text) for p in d.parts))


def _given(m) -> str:
    """All a full name holds before its surname, lower case ("abu hussain")."""
    return " ".join(m.part.text[m.start:m.surname_start].lower().split())


KIND = NameAgeChanged
