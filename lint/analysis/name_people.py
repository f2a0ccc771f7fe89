"""Two full names spelled alike for names.spelling-variant: one person
written two ways, or two people (Tom Smith and Tom Smyth)?

- `two_people`: one given name before two spellings: each used again
  alone after its full name, or both full names in one sentence, makes
  two people, each introduced; for two letters swapped (Kowalczyk,
  Kowalcyzk: a slip) only a sentence, another person or a description
  that tells them apart does (qa415 #8);
- `respelled` (qa67): a whole name written the other way, given name and
  surname (Jürgen Müller, Juergen Mueller), is one person however each is
  used, unless a use shows another person (`another_person`: "no relation",
  a relative, Sr. or Jr., "another", "a namesake") or the two forms are
  described differently (`described_apart`: "the mayor", "a plumber").
"""
from __future__ import annotations

import bisect
from functools import lru_cache

from .. import rx as regex

from ..rule_cache import load_data
from .name_accents import accent_variants
from .name_order import page_place
from .name_relations import relation_of
from .name_uses import said_apart
from .names import GENERATION_SUFFIX, fold, one_edit
from .word_patterns import SENTENCE_END


def respelled(a: str, b: str, ga: set[str], gb: set[str], ma: list, mb: list) -> bool:
    """Two full names that are one name written two ways, given name and
    surname alike (qa67: Jürgen Müller and Juergen Mueller, Łukasz Kowalczyk
    and Lukasz Kowalczik, José García and Jose Garcia): a given name of one
    is the other's with its accents or letters written out (`accent_variants`,
    names.yaml `ascii_spellings`), and the surnames differ only so or by
    transliteration (`fold`). Each then looks used consistently as a whole
    name, so neither the different given names nor each surname used again
    alone make them two people. The same given name with the surname's
    accents or letters written out (fx130: Jürgen Müller and Jürgen Mueller,
    José García and José Garcia) is one person too. Given names that differ
    otherwise (Jon and John Smyth), or the same given name before surnames
    that differ otherwise (Tom Smith and Tom Smyth), still do, and so
    does a use the story shows is another person's (fx130, `another_person`:
    "José Ramírez ... Jose Ramirez, no relation, pitched"; "His father, Jose
    Garcia Sr.,"; "Another Juergen Mueller") and two forms described
    apart (`described_apart`: "José García, the mayor" and "Jose Garcia, a
    plumber from Reno"). `ma` and `mb` are the uses of `a` and `b`."""
    accents = accent_variants(a, b)
    return (accents and bool(ga & gb) or (accents or fold(a) == fold(b)) and
            any(accent_variants(x, y) for x in ga for y in gb)) and \
        not any(map(another_person, ma + mb)) and not described_apart(ma, mb)


# After a name, in its sentence, the story's word that it is another person's:
# AP's "no relation", "not related", "unrelated"; a namesake (fx130).
UNRELATED = regex.compile(r"[^.!?\n]{0,40}?\b(?i:no relation|not related|unrelated|namesake|same name|"
                          r"shares? (?:the|his|her|their|a) name)\b")
# Before a name and bound to it, in its sentence: right before it ("Another
# Juergen Mueller") or a noun phrase in apposition with it ("a different
# man, Jose Garcia", "A namesake, Juergen Mueller") (fx130); after a
# preposition it dates or places something else ("On another day, Jane
# Kowalcyzk": qa424 #5), and so does a phrase ending in a noun of time
# (`_dates_the_sentence`: "Another day, Jane Kowalcyzk": qa431 #4, qa445 #5).
OTHER_BEFORE = regex.compile(r"(?r)(?<!\b(?i:on|in|at|for|during|of|with|from|by|after|before|until|since|over|to)\s)"
                             r"\b(?i:another|a different|namesake)\b(?:\s|(?P<phrase>[^.!?\n,;:]{0,40}),\s)$")
_PHRASE_WORD = regex.compile(r"[\p{L}\p{M}'’-]+")
_OWNER = regex.compile(r"['’]s?$")


@lru_cache(maxsize=1)
def _phrase_words() -> dict[str, frozenset[str]]:
    """names.yaml's words for reading a phrase after "another", lower case:
    `another_time_nouns`, `another_time_parts`, `another_phrase_ends`,
    `another_quantity_words`, `class_year_ordinals` (keys as named)."""
    data = load_data("names.yaml")
    return {k: frozenset(str(w).lower() for w in data[k])
            for k in ("another_time_nouns", "another_time_parts", "another_phrase_ends",
                      "another_quantity_words", "class_year_ordinals")}


def _head_noun(phrase: str) -> list[str]:
    """The words of the phrase apposed after "another" up to its head noun,
    lower case, as hyphened pieces with a possessive's `'s` dropped: all
    before the first word that opens what follows the head (names.yaml
    `another_phrase_ends`: a preposition, a relative, "last", "that",
    "later": "caller last week" -> ["caller"], "Teacher of the Year" ->
    ["teacher"], "week's end" -> ["week", "end"]), read past a word of
    quantity and its "of" ("couple of hours" -> ["couple", "hours"]); the
    phrase's first word never ends it. The head is the last piece; [] for
    no word."""
    w = _phrase_words()
    ends, quantities = w["another_phrase_ends"], w["another_quantity_words"]
    head: list[str] = []
    for word in _PHRASE_WORD.findall(phrase.lower()):
        word = _OWNER.sub("", word)
        if head and word in ends and not (word == "of" and head[-1] in quantities):
            break
        head.append(word)
    return [p for word in head for p in word.split("-") if p and p != "of"]


def _dates_the_sentence(phrase: str) -> bool:
    """Does the phrase apposed after "another" (`OTHER_BEFORE`'s `phrase`:
    " day", " Election Day", " year-end", " week's end", " night nurse",
    " caller last week") have a noun of time for its head (`_head_noun`),
    so it dates the sentence and names nobody? The head, or its last
    hyphened piece, is one (names.yaml `another_time_nouns`: "Another
    Tuesday morning,", "Another two hours,", "Another day of talks,",
    "Another year later,": qa451 #4), or names a part of a time
    (`another_time_parts`) after one, hyphened or possessive ("Another
    year-end,", "Another week's end,"). A person's noun for head keeps
    "another" bound ("Another night nurse,", "Another day-care owner,":
    qa439 #7; "Another caller last week,", "Another Teacher of the Year,":
    qa451 #1, #2), and so does an ordinal's class year ("Another
    first-year,": `class_year_ordinals`, qa451 #3)."""
    w = _phrase_words()
    times, parts = w["another_time_nouns"], w["another_time_parts"]
    pieces = _head_noun(phrase)
    if not pieces:
        return False
    if len(pieces) > 1 and pieces[-1] in ("year", "years") and pieces[-2] in w["class_year_ordinals"]:
        return False
    return pieces[-1] in times or pieces[-1] in parts and len(pieces) > 1 and pieces[-2] in times


def another_person(m) -> bool:
    """A use the story shows is somebody else's (fx130): "no relation" or a
    namesake after it (`UNRELATED`), "another" or "a different" before it
    (`OTHER_BEFORE`), a generational suffix (AP Stylebook, "Jr.", "Sr.";
    II, III, IV: `names.GENERATION_SUFFIX`; "Jose Garcia Sr." is the father
    or son of a José García, never his spelling), or a relative in
    apposition ("His brother, Juergen Mueller"; "Juergen Mueller, Müller's
    cousin": names.yaml `relatives`, `relation_of`)."""
    if _unrelated(m):
        return True
    other = OTHER_BEFORE.search(m.part.text, max(0, m.start - 60), m.start)
    return other is not None and not (other["phrase"] and _dates_the_sentence(other["phrase"]))


def _unrelated(m) -> bool:
    """`another_person`'s signs on the use itself: "no relation" after it,
    Jr. or Sr., a relative in apposition; no "another" before it."""
    text = m.part.text
    return bool(UNRELATED.match(text, m.end) or GENERATION_SUFFIX.match(text, m.end) or relation_of(m))


# A description in apposition after a name, an age may come first: "José
# García, the mayor,"; "Jose Garcia, 31, a plumber from Reno," (AP style).
_DESCRIBED = regex.compile(r",\s+(?:\d{1,3},\s+)?(?i:the|an?)\s+(?P<d>[^,.;:!?()\n]{1,60}?)"
                           r"(?=\s*[,.;:!?)]|\s+(?i:who|whose)\b)")

# An attribution, no description: "... run by Jose Garcia, the company said."
_SAID_END = regex.compile(r"\s(?i:said|says|say|told|added|reported|announced)$")


def described_apart(ma: list, mb: list) -> bool:
    """Each form is described in apposition and no description is shared
    ("José García, the mayor," and "Jose Garcia, a plumber from Reno,"): two
    people, as `name_uses.different_ages` reads two ages (fx130;
    `name_uses.said_apart`)."""
    return said_apart(ma, mb, _description)


def _description(m) -> str | None:
    """The description in apposition after the use `m`, lower case, if any."""
    d = _DESCRIBED.match(m.part.text, m.end)
    return d["d"].lower() if d and not _SAID_END.search(d["d"]) else None


def two_people(a: str, b: str, ma: list, mb: list) -> bool:
    """Are two full names with one given name before the surnames `a` and
    `b` (uses `ma`, `mb`) two people? When each is used again alone or
    both stand in one sentence (`both_again`: Tom Smith, Tom Smyth), unless
    `b` is `a` with two letters swapped (`swapped`: Kowalczyk, Kowalcyzk),
    a typing slip that spells no other family's name: then only where the
    story tells them apart as well (`told_apart`), since each used again
    alone is no sign (qa415 #8: "Jane Kowalcyzk ... Kowalcyzk said" beside
    Mayor Jane Kowalczyk is her name misspelt and repeated). A swap is never
    two people where other spellings are not: "another American
    journalist, Steven Joel Sotloff" ... "Steven Joel Soltoff" stays a slip."""
    return both_again(ma, mb) and (not swapped(a, b) or told_apart(ma, mb))


def swapped(a: str, b: str) -> bool:
    """`b` is `a` with two neighbouring letters swapped, case aside
    (Kowalczyk, Kowalcyzk; Sotloff, Soltoff): a Damerau edit that keeps the
    letters (`names.one_edit`), which no substitution or lost letter does."""
    la, lb = a.lower(), b.lower()
    return sorted(la) == sorted(lb) and one_edit(la, lb)


def told_apart(ma: list, mb: list) -> bool:
    """The story tells two uses' people apart: both full names in one
    sentence (`_side_by_side`: "Tom Smith and Tom Smyth, two aides"), a use
    of somebody else that sets one spelling's person beside the other's
    (`_other_of`: "no relation", a relative, Sr. or Jr.) or the two
    described apart (`described_apart`); different ages or job titles are
    `name_uses.other_roles`'."""
    return _side_by_side(ma, mb) or _other_of(ma, mb) or _other_of(mb, ma) or described_apart(ma, mb)


def _other_of(ma: list, mb: list) -> bool:
    """A full use in `ma` the story shows is another person (`another_person`)
    with a given name of `mb`'s ("Mayor Jane Kowalczyk ... Jane Kowalcyzk, no
    relation"); "another" or "a different" before it, with none of these
    on the use itself, only after a use of `mb` on the page (qa424 #5). The sign says nothing of the two spellings where it is
    another given name's, or an "another" before the other spelling is met
    (qa420 #3: "her husband, Tom Kowalczyk"; "another American journalist,
    Steven Sotloff" before the slip "Steven Soltoff")."""
    firsts = {_given(m) for m in mb if m.full}
    first = min(map(page_place, mb), default=None)
    return first is not None and any(
        m.full and _given(m) in firsts and another_person(m) and
        (page_place(m) > first or _unrelated(m)) for m in ma)


def _given(m) -> str:
    """The first word of the full name `m` before its surname, case aside."""
    words = m.part.text[m.start:m.surname_start].split()
    return words[0].lower() if words else ""


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
                if not _ends_between(a.part.text, lo.end, hi.start):
                    return True
    return False


def _ends_between(text: str, a: int, b: int) -> bool:
    """Does a sentence end (`SENTENCE_END`) lie wholly in text[a:b], as
    `SENTENCE_END.search(text, a, b)` finds? Read from the text's ends, found
    once (`_sentence_ends`): searching the words between each pair of names
    anew was quadratic on one endless sentence of names (qa71 #3)."""
    starts, ends = _sentence_ends(text)
    k = bisect.bisect_left(starts, a)
    return k < len(starts) and ends[k] <= b


@lru_cache(maxsize=8)
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """The (starts, ends) of every `SENTENCE_END` in text, in order. A match
    holds one stop, at its start, so no two overlap and a match within any
    window is one of these."""
    found = [(m.start(), m.end()) for m in SENTENCE_END.finditer(text)]
    return [s for s, _ in found], [e for _, e in found]
