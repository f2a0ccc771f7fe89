"""`name-spelling-variant`: one person's surname spelled two ways.

Surnames of five letters or more are grouped with every capitalised word
within one edit of them, or equal once transliteration is folded
(Ryabkov/Riabkov, Khodorkovsky/Hodorkovsky, Marsh/Marsch, Zelenskyy/Zelensky;
from three letters, Merz/Mertz and Cho/Choe), or differing only by endings
names.yaml lists as one name's (`surname_endings`: Montgomery/Montgomerie). One spelling must be given in
full (two forms each given in full are two people when the given names
differ or each form is used again: Tom Smith and Tom Smyth, then "Smith
said ... Smyth declined"), and one of the two used as a person is (a
title, a speech cue, an age): a cue on the variant counts as much as one on
the main spelling (`Colin McDonald … MacDonald said`). The spelling used less often is
flagged at every use, naming the one the article mostly uses; names the
newsroom lists under `distinct` are different people, and a form never given
in full that is used as a place ("across Britain") is no spelling of a
surname (Abu Abdullah al-Britani); so is a form the story uses as an
ordinary word, a place, another person's given name or a firm's name, and
two forms with different ages or job titles are two people, and so are a
form given in full and one never given in full that carries a title the
first, titled itself or used less often, never has (`name_uses`: chief of
staff Donald Regan, or a Donald Regan used twice, and three of President
Reagan; not Thomas Hendricks and Mayor Hendriks). A pair
with no job title and no given name but an initial ("U.S. Treasury") gets
`message-word`: one name's spelling, no person's. Spellings that differ
only in the apostrophe mark (O'Brien, O’Brien) are one name: they get a
suggestion to use one mark, never the variant warning; a capital in another
place (DesChenes, Deschenes) is a variant, a name in capitals (MACRON) none.
The other spelling is named as the article first writes it (O’Neal). A particle run into
the surname ("Elerian" for "El-Erian") is a variant too, and so is a double
surname written with a hyphen and with a space (`name_forms`: Vasquez-Lind,
Vasquez Lind). A Slavic feminine surname's masculine form is her relative
unless the story says it is her (`read_as`), and only her uses are flagged.
A final s dropped or added and ck typed x (Hendricks, Hendrick, Hendrix)
pair only where the story shows one person (`name_slips`). Spellings that differ
by accents or by letters English copy writes out (ß as ss, Đ as Dj, ø as o,
ü as ue: names.yaml `ascii_spellings`) are one name, short ones too (Groß/Gross);
a whole name so written, given name too (Jürgen Müller, Juergen Mueller), is
one person's even when each form is used again alone (`name_people.respelled`),
unless a use shows somebody else (a relative, Sr. or Jr., "another", "no
relation") or the two are described apart ("the mayor", "a plumber").
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..analysis.name_cut import cut_short
from ..analysis.name_forms import double_surnames
from ..analysis.name_order import page_order
from ..analysis.name_particles import hyphen_before, particle_before
from ..analysis.name_slips import slip_pairs
from ..analysis.names import (ending_keys, ending_variant, fold, given_names, is_person, is_place, mentions,
                              names_a_place, one_edit)
from ..analysis.name_accents import (accent_pairs, accent_variants, ascii_keys, letters_written,
                                     may_have_middle, middle_accents, share_a_key)
from ..analysis.words import is_common
from .base import Finding, Kind, Option, name_groups, times


class NameSpellingVariant(Kind):
    name = "name-spelling-variant"
    placeholders = frozenset({"count", "letters", "other", "times", "ways"})
    description = "Flags the minority spelling of a surname spelled two ways."
    other_levels = (("suggestion", "for one name typed with two apostrophe marks"),)
    default_scope = ("paragraph", "blockquote", "caption", "dek", "footnote")
    options = {
        "distinct": Option(list, [], items=list, check=name_groups,
                           help="groups of names that belong to different people"),
        "min_length": Option(int, 5, help="shortest surname compared"),
        "message-word": Option(str, "", help="message when neither form is known to name a person "
                               "(no job title, no given name but an initial): {other}, {times}"),
        "message-accent": Option(str, "", help="message when the two forms differ only by accents "
                                 "(Dubé, Dube): {other}, {times}"),
        "message-accents": Option(str, "", help="message when the story spells the name three ways or more "
                                  "that differ only by accents: {other}, {times}, {ways}"),
        "message-letters": Option(str, "", help="message when a form writes a letter of the other another "
                                  "way (ß as ss, Đ as Dj, ø as o, ü as ue): {other}, {times}, {letters}"),
    }

    def setup(self) -> None:
        self.distinct = [frozenset(n.lower() for n in g) for g in self.opts["distinct"]]

    def check(self, doc, parts):
        wanted = {p.index for p in parts}
        counts: dict[str, list] = {}
        short: dict[str, list] = {}
        least = self.opts["min_length"]
        for m in page_order(mentions(doc)):      # a tie goes to the form the page prints first
            n = len(m.surname)
            if not m.full and names_a_place(m):
                continue        # "Dubois Street": no spelling of Ann DuBois's name (qa42 #8)
            if n >= least:
                counts.setdefault(m.surname, []).append(m)
            elif n >= _SILENT_E_LEAST:
                short.setdefault(m.surname, []).append(m)
        given = given_names(doc)
        joined = _joined(counts)
        pairs = self._candidates(counts) + [p for p in joined if not self._distinct(*p)]
        seen = set(pairs)        # sets and dicts: a long article has thousands of pairs (qa42 #10)
        cut = {p: uses for p, uses in {**cut_short(counts, given), **slip_pairs(counts, given)}.items()
               if not self._distinct(*p) and p not in seen and p[::-1] not in seen}
        pairs += cut
        doubled: set[tuple[str, str]] = set()
        if short:
            pairs += self._short_pairs(short, counts, doubled)
            counts = {**short, **counts}
        pairs, kin = accent_pairs(pairs, counts, given)
        for a, b in pairs:
            from ..analysis.name_people import respelled, two_people    # a story with a pair only
            from ..analysis.name_uses import no_person_here, other_roles
            ga, gb = given.get(a, set()), given.get(b, set())
            # one of them given in full; two forms each given in full are two
            # people when their given names differ (David Walliams and Robbie
            # Williams) or each form is used again alone (Tom Smith and Tom
            # Smyth, then "Smith said ... Smyth declined"), unless two letters
            # are swapped (`two_people`: Jane Kowalczyk ... Jane Kowalcyzk,
            # "Kowalcyzk said" is a slip repeated, qa415 #8); a full name typed
            # the other way, once or twice, is a slip; a whole name written the other way,
            # given name and surname, is one person however often each is used
            # (Jürgen Müller, Juergen Mueller: `respelled`)
            if not (ga or gb) or (ga and gb and not respelled(a, b, ga, gb, counts[a], counts[b])
                                  and (not ga & gb or two_people(a, b, counts[a], counts[b]))) or \
                    not (_as_surname(a, ga) and _as_surname(b, gb)) or \
                    not any(is_person(m, given) for m in kin.get(a) or counts[a] + counts[b]) or \
                    _place(counts[a], ga) or _place(counts[b], gb) or \
                    no_person_here(counts[a], bool(ga), given, doc) or \
                    no_person_here(counts[b], bool(gb), given, doc) or other_roles(counts[a], counts[b]):
                continue        # the word, place, firm or other person the story shows (qa46 #5)
            # the spelling used more often; on a tie, the one given in full
            # ("Rep. Jim Kerr ... Ker said": Kerr is the name, Ker the slip)
            major, minor = (a, b) if (len(counts[a]), bool(ga)) >= (len(counts[b]), bool(gb)) else (b, a)
            if (a, b) in cut:
                major, minor = a, b      # the full name is the spelling, the later cut form the slip
            if (a, b) in doubled and not (ga & gb or _lone_slip(counts[minor], counts[major])):
                continue
            hyphened = minor == a and (a, b) in joined     # flag "El-Erian" from its "El-"
            word = not _known_person(counts[a] + counts[b]) and self.opts["message-word"] or None
            ways = len({m.surname for m in kin.get(a, ())})
            letters = ""
            if accent_variants(a, b):        # an accent lost or added (nu29 #7); three ways or more (qa65 #6)
                letters = letters_written(minor, major)     # Groß/Gross, Đoković/Djokovic (fx122)
                word = (letters and self.opts["message-letters"]) or \
                    (ways > 2 and self.opts["message-accents"]) or self.opts["message-accent"] or word
            for m in cut.get((a, b)) or counts[minor]:     # a feminine form: her uses only
                if m.part.index in wanted:
                    start = m.surname_start
                    p = hyphened and particle_before().search(m.part.text, max(0, start - _PARTICLE_REACH), start)
                    if p:
                        start = p.start()                  # the particle as written before it
                    yield Finding(m.part, start, m.end, message=word, args={
                        "other": joined.get((a, b)) if major == a and (a, b) in joined
                        else _written(counts[major]),
                        "count": len(counts[major]), "times": times(len(counts[major])), "ways": ways,
                        "letters": letters})
        yield from _mixed_marks(counts, given, wanted)
        yield from self._middle(doc, given, wanted)
        yield from self._double(doc, wanted)

    def _middle(self, doc, given: dict, wanted: set[int]):
        """A middle word of a full name written with and without its accents
        (López, Lopez in "Andrés Manuel López Obrador": `middle_accents`).
        A story with no full name of more than one given word (most) has no
        group to read: told once for the story, before it is grouped."""
        found = mentions(doc)
        if not any(m.full and may_have_middle(m.part.text, m.start, m.surname_start) for m in found):
            return
        by_surname: dict[str, list] = {}
        for m in found:
            by_surname.setdefault(m.surname, []).append(m)
        for ms in by_surname.values():
            for m, start, end, other, count in middle_accents(ms, lambda u: is_person(u, given)):
                if m.part.index in wanted:
                    yield Finding(m.part, start, end, message=self.opts["message-accent"] or None,
                                  args={"other": other, "count": count, "times": times(count), "ways": 2})

    def _double(self, doc, wanted: set[int]):
        """A double surname written with a hyphen and with a space
        (Vasquez-Lind, Vasquez Lind): the form used less often is flagged, on
        a tie the spaced one (a space is how a hyphen gets lost: BBC's "Robert
        Kilroy Silk" beside "Mr Kilroy-Silk"), when one of the two is used as
        a person is."""
        for one, two in double_surnames(mentions(doc)):
            hyphened = one[0].mention.surname
            spaced = hyphened.replace("-", " ")
            if self._distinct(hyphened, spaced) or not any(is_person(u.mention) for u in one + two):
                continue
            if len(one) >= len(two):
                major, minor, other = one, two, hyphened
            else:
                major, minor, other = two, one, spaced
            for u in minor:
                if u.mention.part.index in wanted:
                    yield Finding(u.mention.part, u.start, u.mention.end, args={
                        "other": other, "count": len(major), "times": times(len(major))})

    def _candidates(self, counts: dict) -> list[tuple[str, str]]:
        """Pairs of spellings that are variants, first-seen first. Only forms
        that share a key can be variants (`_keys`: the lower-case form, its
        fold, and the form with one letter dropped), so the forms are indexed
        by key rather than all compared (qa42 #10: thousands of surnames with
        one first letter were compared pair by pair)."""
        keys = [_keys(f) for f in counts]
        if not share_a_key(keys):
            return []       # no key is two forms' (most stories): no index
        order = {f: i for i, f in enumerate(counts)}    # mentions come in reading order
        index: dict[str, list[str]] = {}
        for f, fk in zip(counts, keys):
            for key in fk:
                index.setdefault(key, []).append(f)
        pairs = set()
        for forms in index.values():
            if len(forms) < 2:
                continue
            for i, a in enumerate(forms):
                for b in forms[i + 1:]:
                    if a != b and _variants(a, b) and not self._distinct(a, b):
                        pairs.add((a, b) if order[a] < order[b] else (b, a))
        return sorted(pairs, key=lambda p: (counts[p[0]][0].position, counts[p[1]][0].position))

    def _short_pairs(self, short: dict, counts: dict, doubled: set) -> list[tuple[str, str]]:
        """Pairs of a surname under `min_length` (three letters or more) and
        the same once names.yaml's `short_transliteration` is folded
        (Merz/Mertz): the only variants short names are compared for, since
        any other edit of a three-letter name is usually another name
        (Kim/Kin, Chan/Chang), and so is the y/i or kh/h fold (Kay/Kai,
        Khan/Han). A doubled letter is folded (Bary/Barry); pairs that differ
        only by one are added to `doubled` too, as they need more to pair."""
        pairs = []
        folded: dict[str, list[str]] = {}
        for f in list(short) + list(counts):
            for key in _short_fold(f):
                folded.setdefault(key, []).append(f)
        for f in short:
            e = f + "e"
            if (e in short or e in counts) and not self._distinct(f, e):
                pairs.append((f, e))
            alike = dict.fromkeys(g for key in _short_fold(f) for g in folded[key])
            same = [(f, g) for g in alike if g != f and (g in counts or g > f) and not self._distinct(f, g)]
            pairs += same
            doubled.update(p for p in same if _undoubled(p[0]).isdisjoint(_undoubled(p[1])))
        return pairs

    def _distinct(self, a: str, b: str) -> bool:
        """The newsroom lists the two as different people."""
        return bool(self.distinct) and any({a.lower(), b.lower()} <= g for g in self.distinct)


# Surnames this short are compared only with the same plus a final e (Cho/Choe).
_SILENT_E_LEAST = 3

# A particle joined to the surname by a hyphen ("El-Erian", "Al-Sadr", AP's
# lowercase "al-Assad"; names.yaml `hyphen_particles`): the names analysis keys
# the surname without it ("Erian"). Read this far back before the surname.
_PARTICLE_REACH = 8


@lru_cache(maxsize=4096)
def _short_fold(name: str) -> frozenset[str]:
    """A short surname's plain spellings (`ascii_keys`: its accents dropped,
    ß as ss, ł as l, ...) under `short_transliteration` and with doubled
    letters folded (Mertz -> merz, Barry -> bary, Dubé -> dube, Groß -> gros)."""
    return frozenset(fold(k, "short_transliteration") for k in ascii_keys(name))


def _undoubled(name: str) -> frozenset[str]:
    """The same, its doubled letters kept (Mertz -> merz, Barry -> barry, Groß -> gross)."""
    return frozenset(fold(k, "short_transliteration", doubled=False) for k in ascii_keys(name))


# A short surname and the same with a letter doubled (Bary/Barry, Kim/Kimm,
# Hal/Hall) are often two names, each a given name or surname in its own
# right: the minority form is a slip only when used once against this many
# uses of the other (FNC-1 616: 'Bary' six times, 'Barry' once), or when both
# are given in full with one given name.
_DOUBLED_SLIP_AGAINST = 3


def _lone_slip(minor: list, major: list) -> bool:
    """The minority form of a doubled-letter pair is used once, never in
    full, against `_DOUBLED_SLIP_AGAINST` uses or more of the other: a slip,
    not a second person introduced and quoted ('Tom Hall ... Hall said ...
    Hal said' is two to one, as likely a second speaker)."""
    return len(minor) == 1 and not minor[0].full and len(major) >= _DOUBLED_SLIP_AGAINST


def _known_person(ms: list) -> bool:
    """Is the name known to be a person's: a job title before a use, or a
    given name of two letters or more ("Donald Regan"; not the "S." of "U.S.
    Treasury", whose "Treassury" slip is no person's name: nu26 #9)."""
    return any(m.title or m.full and regex.match(r"\p{Lu}\p{Ll}", m.part.text[m.start:m.surname_start])
               for m in ms)


def _written(ms: list) -> str:
    """A surname as the article first writes it: its key has straight
    apostrophes, the copy may have curly ones (O’Neal)."""
    return ms[0].part.text[ms[0].surname_start:ms[0].end]



def _joined(counts: dict) -> dict[tuple[str, str], str]:
    """(surname, form) pairs where the form is the surname with its hyphened
    particle run in, the hyphen lost ("Elerian" for "El-Erian"), each with
    the hyphened spelling as written."""
    lower = {f.lower(): f for f in counts}
    out: dict[tuple[str, str], str] = {}
    for surname, ms in counts.items():
        for m in ms:
            p = hyphen_before(m.part.text, m.surname_start) and particle_before().search(
                m.part.text, max(0, m.surname_start - _PARTICLE_REACH), m.surname_start)
            form = lower.get((p[1] + surname).lower()) if p else None
            if form is not None and form != surname:
                out[(surname, form)] = f"{p[0]}{surname}"
                break
    return out


@lru_cache(maxsize=16384)
def _keys(form: str) -> frozenset[str]:
    """Keys two forms share when `_variants` may hold: the same lower-case
    form or fold (Zelenskyy/Zelensky), or the same form once one letter is
    dropped from each or from one (a swap, a changed, a lost or a silent-e
    letter: Kowalczyk/Kowalczik, Whitcombe/Whitcomb), or the same once a
    names.yaml `surname_endings` ending is set to its group's first
    (Montgomerie/Montgomery)."""
    low = form.lower()
    return frozenset((low, "\0" + fold(form), *("\2" + k for k in ascii_keys(form)),
                      *("\1" + k for k in ending_keys(low)),
                      *(low[:i] + low[i + 1:] for i in range(len(low)))))


def _mixed_marks(counts: dict, given: dict, wanted: set[int]):
    """One person's name typed with two apostrophe marks (O'Brien, O’Brien):
    the same name (the surname key has straight marks), so only a suggestion,
    at each use of the rarer mark."""
    for surname, ms in counts.items():
        if "'" not in surname or surname not in given or not any(is_person(m) for m in ms):
            continue
        typed: dict[str, list] = {}
        for m in ms:
            typed.setdefault(m.part.text[m.surname_start:m.end], []).append(m)
        if len(typed) < 2:
            continue
        major = max(typed, key=lambda t: len(typed[t]))   # first seen on a tie
        for form, uses in typed.items():
            for m in uses if form != major else ():
                if m.part.index in wanted:
                    yield Finding(m.part, m.surname_start, m.end, level="suggestion", message=(
                        f"'{form}' and '{major}' are one name typed with different "
                        "apostrophe marks; use one mark throughout"))


_CAPS_RUN = regex.compile(r"\p{Lu}{2}")


@lru_cache(maxsize=16384)
def _variants(a: str, b: str) -> bool:
    """Two spellings of one name (cached: the same pairs recur across stories)."""
    la, lb = a.lower(), b.lower()
    if la == lb:
        # a capital in another place (DesChenes/Deschenes, DeSantis/Desantis) is
        # another spelling; a name set in capitals as a style (McDONALD, MACRON) is not
        return not (_CAPS_RUN.search(a) or _CAPS_RUN.search(b))
    if fold(a) == fold(b) or accent_variants(a, b):
        return True             # before the prefix test: Zelenskyy/Zelensky, Émond/Emond, Müller/Mueller
    if ending_variant(la, lb):
        return True             # Montgomery/Montgomerie: a known ending, two letters apart
    if la.startswith(lb) or lb.startswith(la):
        # plurals and demonyms (Jenkins/Jenkin, India/Indian) are other
        # words; a final silent e is a spelling (Whitcombe/Whitcomb)
        longer, shorter = (la, lb) if len(la) > len(lb) else (lb, la)
        return longer == shorter + "e"
    return la[0] == lb[0] and one_edit(la, lb)   # a slip rarely hits the first letter


def _place(ms: list, given: set[str]) -> bool:
    """A form never given in full that is used as a place ("across
    Britain") is no spelling of a person's surname (Abu Abdullah al-Britani)."""
    return not given and any(map(is_place, ms))


def _as_surname(form: str, given: set[str]) -> bool:
    """An ordinary word is compared only as somebody's surname: "Helen Marsh",
    not the "Workers Union"."""
    return not is_common(form) or any(not is_common(g) for g in given)


KIND = NameSpellingVariant
