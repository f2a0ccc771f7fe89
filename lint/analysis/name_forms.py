"""Two forms one person's surname takes, for names.spelling-variant.

- A Slavic feminine surname and its masculine form (Kuznetsova, Kuznetsov)
  are usually two relatives, so the masculine form is read as the woman's
  name only at the uses the story says are hers (`read_as`): a feminine
  courtesy title before it ("Ms. Kuznetsov") or a feminine subject pronoun
  after it in its sentence with no masculine one ("Kuznetsov said she was
  glad"); once a use of it is a man's ("Mr. Kuznetsov", "Her father,
  Kuznetsov,", "Kuznetsov said he"), only her own courtesy title
  (`titled_as`; `name_cut._hers` says when). names.yaml `feminine_words`,
  `masculine_words`, `feminine_courtesy` and `masculine_courtesy` hold the
  words.
- A double surname written once with a hyphen and once with a space
  ("Teodora Vasquez-Lind" ... "Vasquez Lind said"): the name runs read the
  spaced form as a given name and a surname, so the pair is found here from
  the runs themselves.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from .. import rx as regex

from .name_titles import tables
from .names import Mention, owns_a_person
from .sentence_ends import LINE_BREAK
from .word_patterns import SENTENCE_END, phrase_alternation as _alternation


@lru_cache(maxsize=1)
def _gender_words() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern, frozenset[str]]:
    t = tables()
    words = _alternation({*t["feminine_words"], *t["masculine_words"]})
    courtesy = _alternation({*t["feminine_courtesy"], *t["masculine_courtesy"]})
    his = _alternation(t["masculine_words"])
    mr = _alternation(t["masculine_courtesy"])
    return (regex.compile(rf"(?i)(?<![\p{{L}}\p{{M}}'’-])(?:{words})(?![\p{{L}}\p{{M}}'’-])"),
            regex.compile(rf"(?r)(?<![\p{{L}}\p{{M}}])(?i:({courtesy}))\.?\s+$"),
            # a man's word or kin noun right before the name ("Her father, Kuznetsov")
            regex.compile(rf"(?r)(?<![\p{{L}}\p{{M}}'’-])(?i:{his})(?:\s*,\s*|\s+)$"),
            # a couple's joint title: "Mr. and Mrs." before the name
            regex.compile(rf"(?r)(?<![\p{{L}}\p{{M}}])(?i:{mr})\.?\s+(?:and|&)\s+$"),
            frozenset(t["feminine_words"]) | frozenset(t["feminine_courtesy"]))


# How far after a name its sentence is read for a pronoun, and before it for a
# man's word in apposition.
_SENTENCE_REACH = 300
_APPOSITION_REACH = 30


def read_as(m: Mention) -> str | None:
    """Whose the story says this use of a name (a Mention) is: "f" a
    woman's, "m" a man's, None when it does not say. In this order:
    - a courtesy title right before it ("Ms. Kuznetsov", "Mr. Kuznetsov");
      a couple's joint title ("Mr. and Mrs. Kuznetsov") is a man's too;
    - a man's word or kin noun right before it ("Her father, Kuznetsov,"):
      a man's;
    - a possessive that owns a person ("Kuznetsov's wife said she"): the
      words after it are the owned person's, so None;
    - the rest of its sentence: feminine words only ("Kuznetsov said she was
      glad") hers, masculine only ("Kuznetsov said he") a man's, both
      ("said she and her husband would stay") or none, None."""
    title = titled_as(m)
    if title:
        return "f" if title == "f" else "m"
    pronoun, _, kin, _, feminine = _gender_words()
    text = m.part.text
    if kin.search(text, max(0, m.start - _APPOSITION_REACH), m.start):
        return "m"
    if owns_a_person(m):
        return None
    reach = min(len(text), m.end + _SENTENCE_REACH)    # a sentence with no end stays linear
    stop = SENTENCE_END.search(text, m.end, reach)
    said = {w[0].lower() in feminine for w in pronoun.finditer(text, m.end, stop.start() + 1 if stop else reach)}
    return None if len(said) != 1 else "f" if True in said else "m"


def titled_as(m: Mention) -> str | None:
    """The courtesy title right before this use of a name: "f" a woman's
    ("Ms. Kuznetsov"), "m" a man's ("Mr. Kuznetsov"), "couple" a couple's
    joint title ("Mr. and Mrs. Kuznetsov", "Mr. & Mrs."), None for none."""
    _, courtesy, _, couple, feminine = _gender_words()
    text = m.part.text
    title = courtesy.search(text, max(0, m.start - 10), m.start)
    if title is None:
        return None
    if couple.search(text, max(0, title.start() - 14), title.start()):
        return "couple"
    return "f" if title[1].lower() in feminine else "m"


class Spaced(NamedTuple):
    """One use of a double surname: the Mention it ends with (its end is the
    flagged form's), where the flagged form starts, and the given name
    written with it ("" when there is none)."""
    mention: Mention
    start: int
    given: str


# The two words of a spaced double surname at the end of a name run.
_SPACED_TAIL = regex.compile(r"(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’]+) \p{Lu}[\p{L}\p{M}'’]+$")


# A space the name runs do not read across (qa42 #9): two spaces or more, a
# line break the names read as a line's end (name_wraps.flat: a plain text
# line of its own); a no-break space and a soft wrap (at LF or CRLF: fx385)
# are plain spaces there since qa148 #1, and kept here for a part read
# without `flat`.
_WIDE_GAP = regex.compile(rf"\u00a0|[ \t]*{LINE_BREAK}[ \t]*| {{2,}}")


def double_surnames(mentions: list[Mention]) -> list[tuple[list[Spaced], list[Spaced]]]:
    """(hyphened uses, spaced uses) of every double surname the article writes
    both ways ("Vasquez-Lind", "Vasquez Lind"), for one person: when both
    forms are given a given name, it is the same one (a cousin "Ana Vasquez
    Lind" beside Teodora Vasquez-Lind is another person). A hyphened
    particle ("al-Assad") is no double surname."""
    particles = tables()["particles"]
    hyphened: dict[str, list[Spaced]] = {}
    for m in mentions:
        head, _, rest = m.surname.partition("-")
        if len(head) > 1 and len(rest) > 1 and head.lower() not in particles:
            given = m.part.text[m.start:m.surname_start].split(" ", 1)[0] if m.full else ""
            hyphened.setdefault(m.surname.lower(), []).append(Spaced(m, m.surname_start, given.lower()))
    if not hyphened:
        return []
    spaced: dict[str, list[Spaced]] = {}
    for i, m in enumerate(mentions):
        if "-" in m.surname:
            continue
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if after is not None and after.part is m.part and not after.full and \
                _WIDE_GAP.fullmatch(m.part.text, m.end, after.start) and \
                f"{m.surname}-{after.surname}".lower() in hyphened:
            # the two words apart, so two runs: "Vasquez<no-break space>Lind", a soft wrap
            given = m.part.text[m.start:m.surname_start].split(" ", 1)[0].lower() if m.full else ""
            key = f"{m.surname}-{after.surname}".lower()
            spaced.setdefault(key, []).append(Spaced(after, m.surname_start, given))
            continue
        if not m.full and m.start == m.surname_start:
            continue        # (a two-word surname alone, "Kilroy Silk said", is read: name_rereads.double_surnames_alone)
        tail = _SPACED_TAIL.search(m.part.text, m.start, m.end)
        key = tail and f"{tail[1]}-{m.surname}".lower()
        if key in hyphened:
            given = m.part.text[m.start:tail.start()].split(" ", 1)[0].lower() if m.full else ""
            spaced.setdefault(key, []).append(Spaced(m, tail.start(), given))
    out = []
    for key, two in spaced.items():
        one = hyphened[key]
        named = {u.given for u in one if u.given}, {u.given for u in two if u.given}
        if (named[0] or named[1]) and not (named[0] and named[1] and not named[0] & named[1]):
            out.append((one, two))
    return out
