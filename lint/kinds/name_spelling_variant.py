"""`name-spelling-variant`: one person's surname spelled two ways.

Surnames of five letters or more are grouped with every capitalised word
within one edit of them, or equal once transliteration is folded
(Ryabkov/Riabkov, Khodorkovsky/Hodorkovsky, Marsh/Marsch). At least one
spelling must be a person's surname given in full. The spelling used less
often is flagged at every use, naming the one the article mostly uses; names
the newsroom lists under `distinct` are different people.
"""
from __future__ import annotations

from ..analysis.names import fold, given_names, mentions, one_edit, people
from ..analysis.words import is_common
from .base import Finding, Kind, Option


def _pairs(value) -> str | None:
    if not all(isinstance(g, list) and len(g) >= 2 and all(isinstance(n, str) for n in g)
               for g in value):
        return "must be a list of lists of names, e.g. [[Marsh, Marsch]]"
    return None


class NameSpellingVariant(Kind):
    name = "name-spelling-variant"
    description = "Flags the minority spelling of a surname spelled two ways."
    default_scope = ("paragraph", "blockquote", "caption", "dek")
    options = {
        "distinct": Option(list, [], items=list, check=_pairs,
                           help="groups of names that belong to different people"),
        "min_length": Option(int, 5, help="shortest surname compared"),
    }

    def setup(self) -> None:
        self.distinct = [frozenset(n.lower() for n in g) for g in self.opts["distinct"]]

    def check(self, doc, parts):
        wanted = {p.index for p in parts}
        found = [m for m in mentions(doc) if len(m.surname) >= self.opts["min_length"]]
        counts: dict[str, list] = {}
        for m in found:
            counts.setdefault(m.surname, []).append(m)
        persons = set(people(doc))
        # An ordinary word is compared only as somebody's surname: "Helen Marsh",
        # not the "Workers Union".
        forms_ok = {f for f, ms in counts.items() if not is_common(f) or
                    any(not is_common(g) for g in given_names(ms))}
        forms = sorted(counts, key=lambda s: counts[s][0].position)
        for i, a in enumerate(forms):
            for b in forms[i + 1:]:
                if (a in persons or b in persons) and {a, b} <= forms_ok and \
                        self._variants(a, b) and \
                        not _two_people(counts[a], counts[b]):
                    major, minor = (a, b) if len(counts[a]) >= len(counts[b]) else (b, a)
                    for m in counts[minor]:
                        if m.part.index in wanted:
                            yield Finding(m.part, m.surname_start, m.end, args={
                                "other": major, "count": len(counts[major])})

    def _variants(self, a: str, b: str) -> bool:
        la, lb = a.lower(), b.lower()
        if la.startswith(lb) or lb.startswith(la) or any({la, lb} <= g for g in self.distinct):
            return False       # plurals and demonyms: Jenkins/Jenkin, India/Indian
        if fold(a) == fold(b):
            return True
        return la[0] == lb[0] and one_edit(la, lb)   # a slip rarely hits the first letter


def _two_people(ma: list, mb: list) -> bool:
    """Both spellings given in full with different given names: two people
    (David Walliams and Robbie Williams)."""
    ga, gb = given_names(ma), given_names(mb)
    return bool(ga and gb and not ga & gb)


KIND = NameSpellingVariant
