"""Job titles before a name ("Russian Deputy Foreign Minister Sergey Ryabkov").

The names table (`rules/data/names.yaml`: titles, rank modifiers, past-office
words, courtesy titles, abbreviations) and the walk back from a name over the
title words before it. Split from `names` so the title logic reads on its own.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from .. import rx as regex

from ..regex_cache import SERIAL
from ..rule_cache import load_data

# A word, with inner hyphens and apostrophes ("O'Brien", "then-Mayor").
TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:[-'’‘]\p{L}[\p{L}\p{M}]*)*")
# The same words read right to left (a walk back over a job title stops early).
_TOKEN_BACK = regex.compile(r"(?r)" + TOKEN.pattern)


class Title(NamedTuple):
    start: int
    end: int
    base: str                     # the job, abbreviations expanded: "mayor"
    modifiers: frozenset[str]     # rank words: {"deputy"}
    past: bool                    # "former", "then-": a different title is normal
    office: str = ""              # the job with its service word ("police chief"), else `base`


@lru_cache(maxsize=1)
def tables() -> dict:
    data = load_data("names.yaml")
    for key in ("titles", "modifiers", "past", "courtesy", "peerage", "not_names", "particles", "offices",
                "given_words", "given_months", "month_lead_ins", "place_nouns", "places",
                "capital_prefixes", "wordy_zones", "entry_openers"):
        data[key] = frozenset(data[key])
    # Compound titles as word tuples, longest first, and every word in one but
    # "of" (the walk back takes it anyway; "King Abdullah II of Jordan" leads no name).
    data["compound_titles"] = tuple(sorted((tuple(c.split()) for c in data["compound_titles"]),
                                           key=len, reverse=True))
    data["compound_words"] = frozenset(w for c in data["compound_titles"] for w in c) - {"of"}
    # The same tuples by their last word, each list still longest first: a
    # compound can end a title's words only on its own last word, so the
    # walk back (`_compound`) and a name's first word (`compound_tail`) look
    # up the few that end on theirs instead of trying every compound.
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for words in data["compound_titles"]:
        if words:
            by_last.setdefault(words[-1], []).append(words)
    data["compounds_ending"] = {w: tuple(c) for w, c in by_last.items()}
    # The compounds a run of capitalised words may hold whole (no "of"), by
    # their first word, longest first: `compound_head` reads them.
    by_first: dict[str, list[str]] = {}
    for words in data["compound_titles"]:
        if len(words) > 1 and "of" not in words:
            by_first.setdefault(words[0], []).append(" ".join(words) + " ")
    data["compounds_opening"] = {w: tuple(c) for w, c in by_first.items()}
    # Abbreviations of letters only: a word glued to a mark or quote is none of them.
    data["plain_abbreviations"] = all(str(k).isalpha() for k in data["abbreviations"])
    return data


@lru_cache(maxsize=32768)
def title_word(word: str) -> str | None:
    t = tables()
    low = word.lower()
    low = t["abbreviations"].get(low, low)
    return low if low in t["titles"] or low in t["modifiers"] else None


def _gap_ok(gap: str, word: str) -> bool:
    """A space, or an abbreviation's full stop and a space ("Sen. Ortiz"); the
    space may be a run of them, as a browser shows one (an HTML line wrap and
    its indentation, which `name_wraps.flat` made spaces: qa155)."""
    if gap == " ":
        return True
    if gap[:1] == "." and word.lower() in tables()["abbreviations"]:
        gap = gap[1:]
    return gap[:1] == " " and not gap.strip(" ")


# The word before a name, read backwards from the space before it.
WORD_BEFORE = regex.compile(r"(?r)[\p{L}\-.'’]*")


@lru_cache(maxsize=8192)
def may_lead(before: str) -> bool:
    """Cheap test of the word before a name (`WORD_BEFORE`): most names follow
    "said", "and", "by" or "Mr.", and then there is no title to walk back over."""
    word = before.rstrip(".")
    if not word:
        return False
    t = tables()
    if before[-1] == "." and word.isalpha() and t["plain_abbreviations"] and \
            word.lower() not in t["abbreviations"]:
        return False            # only a title's abbreviation stands before the stop: "Sen. Ortiz"
    return word[0].isupper() or "-" in word or title_word(word) is not None \
        or word.lower() in t["past"] or word.lower() in t["compound_words"]


def title_before(text: str, at: int) -> Title | None:
    """The job title right before a name at `at`, if any ("Deputy Secretary of
    State"); the caller has checked `may_lead` on the word before it.

    Walks left over title words, capitalised words and "of"; the title starts
    at the leftmost title word. "former", "then-" or "ex-" mark a past office.
    """
    t = tables()
    words = _TOKEN_BACK.finditer(text, max(0, at - 80), at, False, SERIAL)   # right to left, as needed
    tok = next(words, None)
    right = at                                      # start of the word right of `tok`
    taken: list[tuple[str, int, int]] = []          # (word, start, end), right to left
    past = False
    while tok is not None and _gap_ok(text[tok.end():right], tok[0]):
        s, e, w = tok.start(), tok.end(), tok[0]
        low = w.lower()
        head, _, rest = low.partition("-")
        if rest and head in t["past"] and title_word(rest):
            taken.append((rest, s + len(head) + 1, e))
            past = True
            break
        if low in t["past"]:
            past = True
            break
        if title_word(w) or w[0].isupper() or low in ("of", "for") or low in t["compound_words"] or \
                taken and f"{low} {taken[-1][0]}" in t["offices"]:
            taken.append((low, s, e))
            right, tok = s, next(words, None)
            continue
        break
    if not past and tok is not None and tok[0].lower() in t["past"]:
        past = True
    compound = _compound([t["abbreviations"].get(w, w) for w, _, _ in taken])
    while len(taken) > len(compound) and not title_word(taken[-1][0]) and not (
            len(taken) > 1 and f"{taken[-1][0]} {taken[-2][0]}" in t["offices"]):
        taken.pop()             # "US President": the title starts at "President"
    if not taken or not (compound or any(title_word(w) for w, _, _ in taken)):
        return None
    jobs = [t["abbreviations"].get(w, w) for w, _, _ in taken]
    # a compound of no title word ("wide receiver") has its last word for base
    at_base = next((i for i, w in enumerate(jobs) if w in t["titles"] or w in t["modifiers"]), 0)
    base = jobs[at_base]        # right to left: the last title word is the job
    mods = frozenset(w for w in jobs[max(at_base, len(compound) - 1) + 1:] if w in t["modifiers"])
    office = " ".join(jobs[at_base:at_base + 2][::-1])
    return Title(taken[-1][1], taken[0][2], base, mods, past,
                 " ".join(compound) or (office if office in t["offices"] else base))


def _compound(jobs: list[str]) -> tuple[str, ...]:
    """The compound title (names.yaml `compound_titles`) that the title words
    `jobs`, read right to left from the name, end with ("chief of staff"),
    else (). Only the compounds that end on `jobs[0]` can (`compounds_ending`)."""
    if not jobs:
        return ()
    for words in tables()["compounds_ending"].get(jobs[0], ()):
        if len(jobs) >= len(words) and tuple(jobs[len(words) - 1::-1]) == words:
            return words
    return ()


def compound_tail(text: str, start: int, word: str) -> bool:
    """Does `word` at text[start] end a compound title whose other words stand
    right before it ("Staff" in "Chief of Staff Jane Ortiz"): no name's word."""
    for words in tables()["compounds_ending"].get(word.lower(), ()):
        head = " ".join(words[:-1]) + " "
        if text[max(0, start - len(head)):start].lower() == head:
            return True
    return False


def compound_head(run: str) -> int:
    """The length of the compound title (names.yaml `compound_titles`, of
    no "of") that opens the run of capitalised words `run`, with its space
    ("Wide Receiver " of "Wide Receiver Tom Smith"), else 0: its words are
    the title's, no name's. A run that is the title alone ("Wide Receiver")
    gives its length and one more, so no word of it is left for a name."""
    first = run.partition(" ")[0].lower()
    low = run.lower()
    for head in tables()["compounds_opening"].get(first, ()):
        if low.startswith(head) or low == head[:-1]:
            return len(head)
    return 0


def office_after(text: str, at: int) -> bool:
    """After a possessive, a title word that runs on into another within two
    words names an office ("Georgia’s deputy governor", "Ukraine’s deputy
    foreign minister": a place's), not a person the name owns ("Venkataram’s
    deputy said", qa43)."""
    first = TOKEN.match(text, at, None, SERIAL)
    if first is None or not title_word(first[0]):
        return False
    at = first.end()
    for _ in range(2):
        if text[at:at + 1] != " " or (word := TOKEN.match(text, at + 1, None, SERIAL)) is None:
            return False
        if title_word(word[0]):
            return True
        at = word.end()
    return False
