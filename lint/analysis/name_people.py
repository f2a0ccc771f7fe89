"""Two full names spelled alike for names.spelling-variant: one person
written two ways, or two people (Tom Smith and Tom Smyth)?

- `both_again`: each spelling is used again alone after its full name, or
  both full names stand in one sentence: two people, each introduced;
- `respelled` (qa67): a whole name written the other way, given name and
  surname (Jürgen Müller, Juergen Mueller), is one person however each is
  used, unless the story says it is another's ("no relation").
"""
from __future__ import annotations

import regex

from .name_accents import accent_variants
from .names import fold
from .words import SENTENCE_END


def respelled(a: str, b: str, ga: set[str], gb: set[str], uses: list) -> bool:
    """Two full names that are one name written two ways, given name and
    surname alike (qa67: Jürgen Müller and Juergen Mueller, Łukasz Kowalczyk
    and Lukasz Kowalczik, José García and Jose Garcia): a given name of one
    is the other's with its accents or letters written out (`accent_variants`,
    names.yaml `ascii_spellings`), and the surnames differ only so or by
    transliteration (`fold`). Each then looks used consistently as a whole
    name, so neither the different given names nor each surname used again
    alone make them two people. Given names that differ otherwise (Jon and
    John Smyth) or are the same (Tom Smith and Tom Smyth) still do, and so
    does a use the story says is another person's (`UNRELATED`: "José
    Ramírez ... Jose Ramirez, no relation, pitched")."""
    return (accent_variants(a, b) or fold(a) == fold(b)) and \
        any(accent_variants(x, y) for x in ga for y in gb) and \
        not any(UNRELATED.match(m.part.text, m.end) for m in uses)


# After a name, in its sentence, the story's word that it is another person's:
# AP's "no relation", "not related", "unrelated".
UNRELATED = regex.compile(r"[^.!?\n]{0,40}?\b(?i:no relation|not related|unrelated)\b")


def both_again(ma: list, mb: list) -> bool:
    """Each spelling is used again on its own, as a bare surname after its
    full name: two people, each introduced and then referred to ("Smith
    said ... Smyth declined"). A full name typed the other way twice and
    never alone ("Steven Soltoff" twice among "Sotloff"s) is still a slip."""
    return any(not m.full for m in ma) and any(not m.full for m in mb) or _side_by_side(ma, mb)


def _side_by_side(ma: list, mb: list) -> bool:
    """Both full names stand in one sentence ("Police Chief Tom Smith and
    Councilman Tom Smyth clashed"): a writer sets two people side by side,
    a slip does not sit beside the right spelling."""
    for a in ma:
        for b in mb:
            if a.full and b.full and a.part is b.part:
                lo, hi = sorted((a, b), key=lambda m: m.start)
                if not SENTENCE_END.search(a.part.text, lo.end, hi.start):
                    return True
    return False
