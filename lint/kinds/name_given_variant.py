"""`name-given-variant`: one person's given name spelled two ways.

names.spelling-variant compares surnames; this kind compares the given names
a surname is written with in full ("chair Marguerite Okonkwo", then
"Margurite Okonkwo said"; "Sen. Marco Rubio", then "Mario Rubio"). Two
given names one edit apart (a swap counts as one) are one person's name
typed twice unless the story shows two people:
- the two forms stand in one paragraph ("Devin Williams scored twice.
  Bayview goalkeeper Devon Williams made nine saves.") or in one list (a
  roster's items): a writer sets two people with alike names side by side,
  while each slip read in the corpora stood paragraphs away from the name
  it misspells;
- the forms are coordinated before one surname ("Steven and Stephen Lee
  opened a bakery": two people of one family);
- each is given an age and the ages differ ("Mohammed Hassan, 30," and
  "Mohamed Hassan, 45,");
- either is in apposition with a relative ("His father, Adel Abdel Bary,";
  `name_relations.relation_of`);
- the longer form only adds letters at the end (Eric Garner and his
  daughter Erica, Pete and Peter, Louis and Louise: a nickname or another
  person) or only the final vowel differs (Christina, Christine; Carla,
  Carlo: usually two people);
- the first letters differ (Gill and Jill, Carl and Karl are names of their
  own as often as slips);
- the newsroom lists the pair under `distinct`.
Spellings that differ only by accents or by letters English copy writes out
(Łukasz/Lukasz, Søren/Soeren, Jürgen/Juergen: names.yaml `ascii_spellings`) and
spellings given_names.yaml or the `known` option lists as one name's (Katherine/Catherine,
Steven/Stephen, Sara/Sarah; not Jon/John nor Ann/Anne) are alike whatever their letters (the
edit, ending and first-letter tests are skipped), but the tests for two
people and `distinct` still apply. Other forms need four letters or more,
a form used three times or more is the story's own, and the rarer form is flagged at each use, once, against
the alike form the story uses most, naming it and how often it is used. On
a tie the form the story writes later is flagged with `message-tie`, which
names both and says neither is known to be right (Hilary and Hillary: only
the reporter can tell).
"""
from __future__ import annotations

import unicodedata

from .. import rx as regex

from ..analysis.name_accents import accent_variants
from ..analysis.name_order import page_key, page_order
from ..analysis.name_relations import relation_of
from ..analysis.names import Mention, one_edit, people
from ..regex_cache import SERIAL
from ..rule_cache import load_data
from .base import Finding, Kind, Option, name_groups, times

# A given name as a word of its own: a capital, then lower-case letters
# ("Marguerite"), or a second capital after a prefix of one to three letters
# ("DeAndre", "LaToya"); not an initial, "J.", nor a hyphened "Abdel-Majed",
# nor a word in Mc or Mac, which opens a surname far more often than a given
# name, and a place named for one ("McDonald Field", "MacArthur Park": qa46).
_GIVEN = regex.compile(r"(?!Ma?c\p{Lu})\p{Lu}(?:\p{Ll}{1,3}\p{Lu})?\p{Ll}+(?= )")
_VOWELS = frozenset("aeiouy")
_LEAST = 4          # shortest given name compared
_MOST_SLIPS = 2     # a form used more often than this is no slip


class NameGivenVariant(Kind):
    name = "name-given-variant"
    placeholders = frozenset({"other", "surname", "times"})
    description = "Flags the rarer spelling of a given name used with one surname."
    default_scope = ("paragraph", "blockquote", "caption", "dek", "footnote")
    options = {
        "distinct": Option(list, [], items=list, check=name_groups,
                           help="groups of given names that belong to different people"),
        "known": Option(list, [], items=list, check=name_groups,
                        help="more groups of spellings of one given name, besides given_names.yaml's"),
        "message-tie": Option(str, "", help="message when both forms are used as often: "
                              "{other}, {surname}, {times}"),
    }

    def setup(self) -> None:
        self.distinct = [frozenset(n.lower() for n in g) for g in self.opts["distinct"]]
        self.known = [frozenset(n.lower() for n in g) for g in self.opts["known"]]

    def check(self, doc, parts):
        wanted = {p.index for p in parts}
        units = _units(doc)
        for ms in people(doc).values():
            forms: dict[str, list[Mention]] = {}
            for m in page_order(ms):        # each form's first use as the page prints it
                given = _GIVEN.match(m.part.text, m.start, m.surname_start, SERIAL) if m.full else None
                if given is not None:
                    forms.setdefault(given[0], []).append(m)
            if len(forms) < 2:
                continue
            paired = {frozenset((other, given)) for given, uses in forms.items()
                      for m in uses for other in _coordinated(m)}
            for rare, main in self._slips(forms, units, paired):
                tie = len(forms[rare]) == len(forms[main]) and self.opts["message-tie"] or None
                for m in forms[rare]:
                    if m.part.index in wanted:
                        yield Finding(m.part, m.start, m.start + len(rare), message=tie, args={
                            "other": main, "surname": m.surname,
                            "times": times(len(forms[main]))})

    def _slips(self, forms: dict[str, list[Mention]], units: dict[int, int], paired: set[frozenset[str]]):
        """(rarer form, main form) for each given name that reads as one
        person's name typed another way: each rarer form once, against the
        alike form used most (the earliest on a tie), and never against a
        form that is itself a slip."""
        rank = sorted(forms, key=lambda f: (-len(forms[f]), page_key(forms[f][0]), forms[f][0].position))
        slips: dict[str, str] = {}
        for i, rare in enumerate(rank):
            if len(forms[rare]) > _MOST_SLIPS:
                continue
            main = next((m for m in rank[:i] if m not in slips and self._alike(m, rare)
                         and frozenset((m, rare)) not in paired
                         and not _two_people(forms[m], forms[rare], units)), None)
            if main is not None:
                slips[rare] = main
        return slips.items()

    def _alike(self, a: str, b: str) -> bool:
        la, lb = a.lower(), b.lower()
        if any(la in g and lb in g for g in self.distinct):
            return False
        if known_variants(la, lb) or any(la in g and lb in g for g in self.known):
            return True                     # Katherine/Catherine, Sara/Sarah: given_names.yaml
        if accent_variants(a, b):
            return True                     # Łukasz/Lukasz, Søren/Soeren, Jürgen/Juergen (fx122)
        if min(len(a), len(b)) < _LEAST or _base(la[0]) != _base(lb[0]) or not one_edit(la, lb):
            return False
        if la.startswith(lb) or lb.startswith(la):
            return False                    # Eric/Erica, Pete/Peter: another name
        if len(la) == len(lb) and la[:-1] == lb[:-1] and {la[-1], lb[-1]} <= _VOWELS:
            return False                    # Christina/Christine, Carla/Carlo
        return True


def _groups(data: dict) -> dict[str, frozenset[int]]:
    """given_names.yaml's `variants`: each lower-case spelling -> the groups it is in."""
    out: dict[str, set[int]] = {}
    for i, group in enumerate(data["variants"]):
        for name in group:
            out.setdefault(str(name).lower(), set()).add(i)
    return {name: frozenset(ids) for name, ids in out.items()}


def known_variants(a: str, b: str) -> bool:
    """Two lower-case given names listed as spellings of one name
    (given_names.yaml: Katherine/Catherine, Steven/Stephen, Sara/Sarah)."""
    groups = load_data("given_names.yaml", _groups)
    return a != b and not groups.get(a, frozenset()).isdisjoint(groups.get(b, frozenset()))


def _base(letter: str) -> str:
    """A letter without its accent: Élise and Elise begin alike."""
    return unicodedata.normalize("NFD", letter)[0]


def _two_people(ua: list[Mention], ub: list[Mention], units: dict[int, int]) -> bool:
    """The story shows two people: the forms share a paragraph (or a list:
    a roster's items, `_units`), their ages differ, or one is a relative."""
    if any(units[x.part.index] == units[y.part.index] for x in ua for y in ub):
        return True
    from ..analysis.name_uses import different_ages     # two forms in different paragraphs only
    return different_ages(ua, ub) or any(relation_of(m) for m in ua + ub)


def _units(doc) -> dict[int, int]:
    """Each part's index -> the paragraph it stands in for `_two_people`: its
    own, or for an item of a list the list's first item, so a roster's
    items ("- John Smith, 18, forward" / "- Jon Smith, 18, midfielder") are
    side by side as two people in one paragraph are."""
    out: dict[int, int] = {}
    prev = None
    for p in doc.parts:
        item = p.attrs.get("block") == "li"
        out[p.index] = out[prev.index] if item and prev is not None and prev.attrs.get("block") == "li" \
            and prev.index == p.index - 1 else p.index
        prev = p
    return out


# Given names coordinated before a full name share its surname and name
# other people: "John and Jon Smith opened a bakery", "Ann, Anne and Sara
# Baker". Read backwards from the full name's given name.
_COORDINATED = regex.compile(r"(?r)(?<![\p{L}\p{M}'’.-])(?P<run>(?:\p{Lu}\p{Ll}+,\s+)*\p{Lu}\p{Ll}+),?\s+(?:and|&)\s+$")
_GIVEN_IN_RUN = regex.compile(r"\p{Lu}\p{Ll}+")


def _coordinated(m: Mention) -> list[str]:
    """The given names coordinated before the full name `m` ("John and" of
    "John and Jon Smith"), each another person of m's surname."""
    text = m.part.text
    found = _COORDINATED.search(text, max(0, m.start - 80), m.start)
    return _GIVEN_IN_RUN.findall(found["run"]) if found else []


KIND = NameGivenVariant
