"""A promotion told in a sentence, read for whose it is and whether it
happened (names.title-changed).

Main's bare "promoted to <rank>" (`name_promotions.rank_cue` group `bare`)
is told unless its own clause withdraws it: `promotion_clause` (fx348,
after qa211 #1-#8). The forms main never read must prove themselves: "the
department promoted Diaz to", "Diaz won promotion to", "Diaz, now a
lieutenant," and the mayor path's "Kowalczyk was named mayor"
(`name_promotions.stated_cue`, qa204 #6, #8) tell the person's own move,
done, only as read here; "His brother was promoted", "Kowalczyk was not
named", "will be named" and "Ng said he was" do not.

For those, the subject is read from the sentence's structure: the words
right before the verb group (`promotion_clause.verb_group`), past one
apposition set off by commas, dashes or parentheses, must end in the
person's surname, a "he"/"she" whose antecedent is the person (named in
this sentence or the one before, no speaker between), a "who" right after
the surname, or the surname and other names joined by "and" ("Diaz and Ng
were", "Diaz, Ng and Lee were"; not "Unlike Diaz, Ng was": qa211 #9). The
verb group is done when it is "was"/"were"/"got", "has/had/have been" (no
modal before it), "is"/"are" or no auxiliary at all (a participle set off
by a comma); a "not", "never" or "n't" in it, a "be", "being" or "to", or
a modal or future makes it no told promotion.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .name_promotions import surname_pattern
from .name_titles import TOKEN, tables
from .promotion_clause import DONE, PERFECT, doubted, verb_group, withdrawn
from .sentences import sentence_at, sentence_starts
from .verb_group import words

_TAIL_DIRECT = regex.compile(r"\s*")
_TAIL_WHO = regex.compile(r"(?:,\s*\d{1,3})?,\s*who\s*")
_NAME = r"\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)*"
# Names joined to the surname end with "and" ("Diaz, Ng and Lee were"): a lone ", Reyes" after it
# is the subject after a fronted phrase ("Unlike Kowalczyk, Reyes was named": qa211 #9).
_TAIL_COORD = regex.compile(rf"(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|&)\s+{_NAME}\s*")
_TAIL_APPOSITION = regex.compile(r"\s*(?:,|\(|—|–|--)(.+)(?:,|\)|—|–|--)\s*", regex.DOTALL)
_PIECES = regex.compile(r",|\(|\)|—|–|--")
_PRONOUN = regex.compile(r"(?i)(?<!\p{L})(?:he|she)(?!\p{L})")
_COMMA_BACK = regex.compile(r"(?r)\s*,\s*")
_AFTER_COMMA = regex.compile(r",\s*(?:\p{Lu}[\p{L}.]*\s+){0,3}")


def told_in_sentence(text: str, surname: str, cue: regex.Pattern) -> bool:
    """Does some match of `cue` in the part's `text` tell `surname`'s own
    promotion, done (module docstring)? A match starts at the promotion's
    verb: a participle ("promoted to ... lieutenant", "named mayor"); with
    a group `obj`, an active verb whose object that group is ("promoted
    Diaz to lieutenant": the object must end in the surname); with a group
    `finite`, a verb of the subject's own ("won promotion to"); with a
    group `now`, an apposition right after the surname (", now a
    lieutenant"). Offsets are the text's; case of the surname is ignored,
    as `name_promotions` reads it."""
    return any(_own_and_done(text, m, surname) for m in cue.finditer(text))


def _own_and_done(text: str, m: regex.Match, surname: str) -> bool:
    at, groups = m.start(), m.groupdict()
    starts = sentence_starts(text)
    s, _ = sentence_at(starts, at, len(text))
    if groups.get("now"):
        return any(n.end() == at for n in surname_pattern(surname).finditer(text, s, at))
    vg = verb_group(text, s, at)
    if groups.get("bare"):
        return not withdrawn(text, s, m, vg, surname, starts)
    subject_end, aux = vg.subject_end, list(vg.aux)
    if vg.denied:
        return False
    if groups.get("obj") or groups.get("finite"):
        if aux and (len(aux) > 1 or aux[0] not in PERFECT):
            return False                # "would have promoted", "will win promotion"
        if groups.get("obj"):
            return any(n.end() == m.end("obj") for n in surname_pattern(surname).finditer(text, m.start("obj")))
        return _subject_is(text, s, subject_end, surname, starts)
    if not _done(aux):
        return False
    if not aux:
        return _participle_of(text, s, subject_end, m.end(), surname)
    return _subject_is(text, s, subject_end, surname, starts)


def _done(aux: list[str]) -> bool:
    """The auxiliaries, nearest the verb first, tell a promotion done."""
    if not aux:
        return True
    if aux[0] in DONE:
        return len(aux) == 1
    if aux[0] == "been":
        return len(aux) == 2 and aux[1] in PERFECT
    return False


def _subject_is(text: str, s: int, end: int, surname: str, starts) -> bool:
    """The subject ending at `end` in the sentence from `s` is the person."""
    for m in surname_pattern(surname).finditer(text, s, end):
        if _tail_ok(text, m.end(), end) and not doubted(text, s, m.start()):
            return True
    for m in _PRONOUN.finditer(text, s, end):
        if _TAIL_DIRECT.fullmatch(text, m.end(), end) and not doubted(text, s, m.start()) \
                and _antecedent(text, m.start(), surname, starts):
            return True
    return False


def _tail_ok(text: str, at: int, end: int) -> bool:
    """What stands between the surname and the verb group leaves the surname
    the subject: nothing, ", who", another name joined to it, or an
    apposition whose every piece opens as one (names.yaml `apposition_openers`)."""
    if _TAIL_DIRECT.fullmatch(text, at, end) or _TAIL_WHO.fullmatch(text, at, end) \
            or _TAIL_COORD.fullmatch(text, at, end):
        return True
    m = _TAIL_APPOSITION.fullmatch(text, at, end)
    return bool(m) and all(_opens_apposition(p.strip()) for p in _PIECES.split(m.group(1)) if p.strip())


def _opens_apposition(piece: str) -> bool:
    first = TOKEN.match(piece)
    if piece[:1].isdigit():
        return True
    if not first or first.start() != 0:
        return False
    word = first.group()
    return word[0].isupper() and not _reporting(word) or word.lower() in _openers()


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return frozenset(tables()["apposition_openers"])


def _reporting(word: str) -> bool:
    w = words()
    return word.lower() in w["reporting"] or word.lower() in w["past_reporting"]


def _antecedent(text: str, at: int, surname: str, starts) -> bool:
    """The pronoun at `at` stands for the person: their surname is in this
    sentence or the one before, and no speaker ("Ng said", a capital word
    before a reporting verb) stands between it and the pronoun."""
    s, _ = sentence_at(starts, at, len(text))
    prev, _ = sentence_at(starts, max(s - 1, 0), len(text))
    last = None
    for m in surname_pattern(surname).finditer(text, prev, at):
        last = m
    if last is None:
        return False
    toks = list(TOKEN.finditer(text, last.end(), at))
    return not any(t.group()[0].isupper() and i + 1 < len(toks) and _reporting(toks[i + 1].group())
                   for i, t in enumerate(toks))


def _participle_of(text: str, s: int, subject_end: int, end: int, surname: str) -> bool:
    """A participle with no auxiliary: set off after the person's name
    ("Diaz, promoted to lieutenant in May, agreed") or opening the sentence
    before them ("Newly promoted to lieutenant, Diaz agreed")."""
    if subject_end == s:
        comma = text.find(",", end)
        if comma < 0:
            return False
        heads = (*surname_pattern(surname).finditer(text, comma, comma + 60), *_PRONOUN.finditer(text, comma, comma + 4))
        return any(_AFTER_COMMA.fullmatch(text, comma, m.start()) for m in heads)
    comma = _COMMA_BACK.match(text, s, subject_end)
    if not comma:
        return False
    return any(m.end() == comma.start() for m in surname_pattern(surname).finditer(text, s, comma.start()))
