"""The commonest surname slips, for names.spelling-variant (nu25 #3): a final
"s" dropped or added ("Mayor Thomas Hendricks" ... "Hendrick said") and ck
typed x ("Mayor Hendrix"). Split from the kind so the test of one person
reads on its own.

Letters alone cannot tell these from other names: Roberts and Robert,
Williams and William, Dickson and Dixon are names of their own, and a
final s is also a plural ("the Hendricks") or a possessive ("Hendricks'
plan"). So a pair is a slip only where the story shows one person: the
other form is never given in full with another given name, never stands
beside a relation ("his brother, Hendrick"), neither form is an ordinary
word or stands after a determiner anywhere ("the Hendricks", "the only
Sixer", "Both Hendricks") or before a family noun ("Hendricks family
members"), and each of its uses agrees
with the name given in full: the same given name, a job title the name
holds (`Mayor Hendrix` after `Mayor Thomas Hendricks`), or a lone bare use
after the story has used the name alone itself (`Hendricks said ...
Hendrick said`), unless the bare form is a given name names.yaml lists
under `given_with_s` (a bare "William" beside "Williams" is someone called
by first name, qa59). Ages and titles that tell two people apart are read by
the kind (`other_roles`).
"""
from __future__ import annotations

from .. import rx as regex

from .name_relations import relation
from .name_titles import tables
from .names import Mention
from .words import is_common

# A determiner right before the form or one lower-case word before it ("the
# Hendricks", "the only Sixer", "a senior Official"), read backwards: a
# plural, a team's member or a thing, no person's name.
_NOUN_BEFORE = regex.compile(
    r"(?r)(?<![\p{L}\p{M}'’-])(?i:the|a|an|one|every|each|another|any|no|both|all)\s+(?:\p{Ll}+\s+)?$")
# A family noun right after the form ("Hendricks family members", "the
# Hendricks brothers"): the family, no one person's name (qa59).
_FAMILY_AFTER = regex.compile(
    r"\s+(?:family|families|household|clan|siblings|brothers|sisters|twins|children|kids)(?![\p{L}\p{M}])")


def slip_key(form: str) -> str:
    """The lower-case form with ck read as k and ks as x (Hendricks ->
    hendrix, Hendrick -> hendrik)."""
    return form.lower().replace("ck", "k").replace("ks", "x")


def _slip(long: str, short: str) -> bool:
    """Whether two different lower-case forms are a final-s or a ck/x slip
    of one another."""
    return long == short + "s" or short == long + "s" or (long != short and slip_key(long) == slip_key(short))


def slip_pairs(counts: dict[str, list[Mention]], given: dict[str, set[str]]) -> dict[tuple[str, str], None]:
    """(surname given in full, slip) pairs: `counts` maps a surname to its
    Mentions in reading order, `given` a surname to the given names it is
    used with. None stands for "flag every use of the slip", as
    `name_cut.cut_short`'s pairs do."""
    keys: dict[str, list[str]] = {}
    for form in counts:
        low = form.lower()
        for key in {slip_key(low), slip_key(low[:-1]) if low.endswith("s") else slip_key(low)}:
            keys.setdefault(key, []).append(form)
    pairs: dict[tuple[str, str], None] = {}
    for forms in keys.values():
        for name in forms:
            if name not in given:
                continue
            for other in forms:
                if other != name and _slip(name.lower(), other.lower()) and \
                        not any(map(_noun, counts[name] + counts[other])) and \
                        _one_person(counts[other], counts[name], given.get(other, set()), given[name]):
                    pairs[(name, other)] = None
    return pairs


def _one_person(slips: list[Mention], uses: list[Mention], slip_given: set[str], names: set[str]) -> bool:
    """Every use of the slip agrees with the name given in full (`uses`,
    with given names `names`), as the module says."""
    first_full = min(m.position for m in uses if m.full)
    if slip_given - names or min(m.position for m in slips) < first_full:
        return False
    offices = {m.title.office for m in uses if m.title}
    alone = [m for m in uses if not m.full]
    for m in slips:
        text = m.part.text
        if relation(m) or text[m.end:m.end + 1] in ("'", "’"):
            return False
        if m.full or (m.title and m.title.office in offices):
            continue
        if m.title or len(slips) > 1 or not any(a.position < m.position for a in alone) or \
                m.surname.lower() in tables()["given_with_s"]:
            return False        # a bare William beside Williams: a first name (qa59)
    return True


def _noun(m: Mention) -> bool:
    """The form is an ordinary word or stands after a determiner
    (`_NOUN_BEFORE`): a word or a plural, no person's surname ("U.S.
    Officials", "the Hillview Reservoir", "the Sixers")."""
    return is_common(m.surname) or _NOUN_BEFORE.search(m.part.text, max(0, m.start - 24), m.start) is not None \
        or _FAMILY_AFTER.match(m.part.text, m.end) is not None
