"""`name-title-changed`: one person's job title changes rank within the story.

"Deputy Mayor Irena Kowalczyk" followed by "Mayor Kowalczyk" promotes her:
a `Deputy`, `Vice`, `Acting` or `Assistant` dropped or added to the same job
is the classic error, unless a clause after the name tells the person took the later title
("who was promoted to chief", "who became superintendent": `_promoted`).
So is a move between two jobs nobody holds at once
(names.yaml `exclusive_titles`: "Assembly Speaker Carl Heastie" then
"Majority Leader Heastie"; "Police Chief" then "Fire Chief", the service word
kept as part of the office by names.yaml `offices`). Each later title is compared with the person's
first one; a title marked as past ("former", "then-") is normal and skipped, and a
surname shared by two people given in full is left alone. A Jr. and a Sr. (or
II, III) are two people: each is compared with its own first title, and the
surname without a suffix, which may be either, is skipped. A title inside a
direct quote is the speaker's, which the desk may not change ('"Senator Baker
must have his own people," Koehler said' of a former senator, AP's
quotations entry): it is neither compared nor the one compared with (qa148
#21, as `analysis.quoted_spans` reads quotes). The message gives
both titles as written, an abbreviation with its stop ('Gov.', 'Lt. Gov.').
"""
from __future__ import annotations

from .. import rx as regex

from ..analysis.name_promotions import office_forms, own_promotion, undated_promotion
from ..analysis.name_order import page_order
from ..analysis.names import generation_suffix, given_names, people, tables
from ..analysis.quoted_spans import quoted
from .base import Finding, Kind


class NameTitleChanged(Kind):
    name = "name-title-changed"
    placeholders = frozenset({"first", "here", "name"})
    description = "Flags a person whose job title gains or loses a rank word."
    default_scope = ("paragraph", "blockquote", "caption", "dek", "footnote")

    def check(self, doc, parts):
        wanted = {p.index for p in parts}
        given = given_names(doc)
        for surname, ms in people(doc).items():
            ms = page_order(ms)       # a footnote's names after the story's
            if len(given[surname]) > 1:
                continue  # two people with one surname
            # a father and a son ("Sen. John Smith Jr.", "Rep. John Smith Sr."): each
            # suffix is one person, compared with its own first title; the
            # surname without one may be either (qa179 #3, as names.age-changed)
            gens = {generation_suffix(m) for m in ms} - {""}
            groups: dict[str, list] = {}
            for m in ms:
                if m.title and not m.title.past and (len(gens) < 2 or generation_suffix(m)) \
                        and not quoted(doc, m.part, m.title.start, m.end):
                    groups.setdefault(generation_suffix(m) if len(gens) > 1 else "", []).append(m)
            known: dict[tuple, bool] = {}    # `_moved` and `_promoted` answers
            for titled in groups.values():
                first = titled[0].title
                for m in titled[1:]:
                    t = m.title
                    if (t.base == first.base and t.modifiers != first.modifiers
                            and not _promoted(ms, t, known) or
                            _exclusive(t.office, first.office) and
                            not _moved(ms, t.office, first.office, known)) \
                            and m.part.index in wanted:
                        yield Finding(m.part, t.start, t.end, args={
                            "name": surname, "here": _as_written(m.part.text, t),
                            "first": _as_written(titled[0].part.text, first)})


def _as_written(text: str, title) -> str:
    """The title as the copy sets it: its span with the full stop of an
    abbreviation that ends it ('Lt. Gov.'; the span stops before the stop,
    which stands between the title and the name), each run of spaces or a
    line wrap shown as one space ("Deputy\\n      Mayor": qa186 #7)."""
    return " ".join(text[title.start:title.end + (text[title.end:title.end + 1] == ".")].split())


def _exclusive(a: str, b: str) -> bool:
    """Two different jobs one person cannot hold together (Speaker, Majority
    Leader). Titles of one office (names.yaml `same_office`: Rep.,
    Congresswoman) are one job."""
    same = tables().get("same_office") or {}
    a, b = same.get(a, a), same.get(b, b)
    return a != b and any(a in g and b in g for g in tables()["exclusive_titles"])


def _moved(ms: list, a: str, b: str, known: dict[tuple, bool]) -> bool:
    """The story says the person held or seeks the other job ("Gov. Jane
    Ortiz, a former mayor", "then a mayor", "Mayor-elect", "running for
    governor") in a paragraph that names them: both titles are then the
    story's, not a slip. The answer for the person's mentions `ms` is kept
    in `known` per pair of jobs, so their paragraphs are read once per pair,
    not per titled mention (qa75 #9)."""
    if (a, b) not in known:
        known[(a, b)] = _told_moved(ms, a, b)
    return known[(a, b)]


def _told_moved(ms: list, a: str, b: str) -> bool:
    """`_moved`, read on the paragraphs; or the person's own who-clause tells
    they took the later job `a` ("Capt. Tom Ng, who was promoted Tuesday to
    major": `name_promotions.own_promotion`, nu47 #2)."""
    told = _MOVE.get((a, b))
    if told is None:
        jobs = "|".join(sorted({a, b}))
        past = "|".join(sorted(tables()["past"]))
        told = _MOVE[(a, b)] = regex.compile(
            rf"(?i)\b(?:(?:{past}|was|became|become|elected|for|promoted\s+to)[ \t-]+(?:(?:an?|the)\s+)?"
            rf"(?:\p{{L}}+\s+)?(?:{jobs})|(?:{jobs})-elect)\b")
    own = own_promotion(ms[0].surname, office_forms(a))
    return any(told.search(p.text) or own.search(p.text) for p in _paragraphs(ms))


def _paragraphs(ms: list) -> list:
    """The parts naming the person, each once, in order."""
    return list({id(m.part): m.part for m in ms}.values())


_MOVE: dict[tuple[str, str], regex.Pattern] = {}


def _promoted(ms: list, title, known: dict[tuple, bool]) -> bool:
    """The story says, in a clause right after the person's surname, that they
    took the later `title` itself, its rank words and all ("Deputy Police
    Chief Ray Soto, who was promoted to chief last week", "Interim
    Superintendent Carla Nunes, who became superintendent"), an age, an
    adverb or a day in it or not ("Kowalczyk, 52, who was later named
    mayor", "promoted to chief of police": qa191 #1, #6): the new title
    is the story's, no slip (qa148 #6). Only that clause counts: another
    person's promotion in the paragraph, one denied or hoped for ("who was
    not promoted to chief", "who hopes to be"), a job word that is no job
    taken ("named mayor of the year", "became chief of staff", "the
    mayor's aide") or another rank word ("who became deputy mayor") leave
    the slip (qa186 #1-#3). The answer is kept in `known` per title, as
    `_moved` keeps its own."""
    key = (title.base, title.office, title.modifiers)
    if key not in known:
        known[key] = _told_promoted(ms, title)
    return known[key]


def _told_promoted(ms: list, title) -> bool:
    """`_promoted`, read once on each paragraph that names the person: the
    clause must follow their surname (`ms[0].surname`), as
    `name_promotions.own_promotion` reads it, or as main read it
    (`name_promotions.undated_promotion`: qa201 #1)."""
    jobs = (regex.escape(title.base),) + office_forms(title.office or title.base)
    told = own_promotion(ms[0].surname, jobs, title.modifiers)
    undated = undated_promotion(ms[0].surname, (title.base, title.office or title.base), title.modifiers)
    return any(told.search(p.text) or undated.search(p.text) for p in _paragraphs(ms))


KIND = NameTitleChanged
