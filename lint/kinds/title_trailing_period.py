"""`title-trailing-period`: a headline or title that ends with a full stop.

Headlines take no closing period. An ellipsis and an abbreviation's own stop
("U.S.", "Inc.", a month's "Sept.", a weekday's "Tues.") are not flagged.
A headline of two sentences parted by a full stop ("Writing for the web is
easy. Writing for users is not.") is flagged with no fix (nu73 #7): AP
joins a hed's two clauses with a semicolon, so stripping the last stop alone
would leave it half punctuated; the writer rewrites it.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..analysis import name_titles
from ..analysis.abbreviations import SENTENCE_FINAL_ABBREVIATION_WORDS, STOP_ABBREVIATION_WORDS, WEEKDAY_ABBREVIATIONS
from ..analysis.calendar import WEEKDAY_NAMES
from ..analysis.sentences import sentence_bounds
from ..analysis.words import tables as word_tables
from .base import Finding, Kind, Option

# A stop that may be a sentence's end: not an ellipsis or an initial ("U.S.",
# "John F."); the word before it is read next, with any dotted parts ("W.Va").
_END = regex.compile(r"(?<![.\s]|\b\p{L}|\b\p{L}\.\p{L})\.\s*$")
_LAST_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}'’.])(?:\p{L}+\.)*\p{L}+(?=\.\s*$)")

# Weekday abbreviations that are also words ("Couple Finally Wed.", "Fun in
# the Sun.", "Where the Jury Sat."), and "No." ("Voters Say No."); every
# other abbreviation keeps its stop: abbreviations.py's (the AP months and
# weekdays ...), names.yaml's title abbreviations ("Atty.", "Rev.") and AP
# state abbreviations ("Calif.", "W.Va."), and titles.yaml's
# `headline_abbreviations` ("Ave.", "Univ.", "etc.").
_AMBIGUOUS_DAYS = frozenset({"wed", "sat", "sun"})
# The abbreviations written in lower case; any other keeps its stop only with
# its capital: "a full-size ark." and "engines rev." end in words (qa55 #2).
_LOWER_CASE = frozenset({"etc", "vs"})


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(abbreviations whose stop is kept, abbreviations that are also
    words), lower case, without their final stop."""
    names, words = name_titles.tables(), word_tables()
    also_words = frozenset(str(a).lower() for a in words["abbreviations_also_words"])
    found = [*STOP_ABBREVIATION_WORDS, *map(str, names["abbreviations"]),
             *(str(a).rstrip(".") for a in names["state_abbreviations"] if str(a).endswith(".")),
             *map(str, words["headline_abbreviations"])]
    keep = frozenset(a.lower() for a in found if regex.fullmatch(r"(?:\p{L}+\.)*\p{L}+", a))
    return keep - _AMBIGUOUS_DAYS - also_words - {"no"}, also_words


# A weekday written out (in the plural too, "Saturdays") or as AP's short
# form ("Wed", "Tues"), with its capital: in a title-case or an all-caps
# headline ("SAT. & SUN.").
_DAY = rf"(?=\p{{Lu}})(?i:(?:{'|'.join(WEEKDAY_NAMES)})s?|{WEEKDAY_ABBREVIATIONS})"
# What shows a Wed/Sat/Sun to be the weekday: a word of time before it ("set
# for Sat.", "until Wed.", "this Sun.", "at noon Sat."), a time of day ("10
# a.m. Sun.", "7:30 Wed.") or a weekday it pairs with ("Sat. & Sun.",
# "Fri.-Sun.", "Fri., Sat.").
_AS_WEEKDAY = regex.compile(
    r"(?:(?<![\p{L}\p{M}])(?i:on|by|for|until|till|through|thru|from|before|after|since|this|next"
    r"|last|late|early|starting|beginning|every|each|noon|midnight)\s+"
    r"|\d(?:\s*(?i:[ap]\.?m\.?)|:\d\d)\s+"
    rf"|(?<![\p{{L}}\p{{M}}])(?:{_DAY})\.?(?:\s*[-–—/,&]\s*|\s+(?i:and|or|to|through|thru)\s+))$")
# What shows it to be a word: a determiner before it ("in the Sun.").
_AS_WORD = regex.compile(r"(?<![\p{L}\p{M}])(?i:the|a|an|his|her|its|their|our|my|your)\s+$")


def _stop(text: str) -> tuple[int, str] | None:
    """Where a headline's closing stop is and, when removing it may be unsafe,
    the word before it ("" when it is safe); None when the stop is an
    abbreviation's own."""
    m = _END.search(text)
    if m is None:
        return None
    word = _LAST_WORD.search(text, 0, m.start() + 1)
    low = word[0].lower() if word else ""
    keep, also_words = _abbreviations()
    if low in keep and (word[0][0].isupper() or low in _LOWER_CASE):
        return None
    if low in also_words and word[0][0].isupper():
        # "Portland, Ore." is the state; "Senator Falls Ill." may be the
        # word: flagged, but the stop is left for the writer.
        if regex.search(r",\s*$", text[:word.start()]):
            return None
        return m.start(), word[0]
    if low in _AMBIGUOUS_DAYS:
        before = text[max(0, word.start() - 40):word.start()]
        if _AS_WEEKDAY.search(before):
            return None
        # "Couple Finally Wed." or "Cold wave alert Sat.": flagged, but the
        # stop is left for the writer, since removing a weekday's would
        # leave "Sat".
        return m.start(), "" if _AS_WORD.search(before) else word[0]
    return m.start(), ""


def _sentences(text: str) -> bool:
    """Does a sentence of `text` end in a full stop before its last one
    ("... is easy. Writing for users is not."): a stop `_stop` reads as a
    sentence's end, not an abbreviation's ("9 a.m. Saturday", "U.S.")? A
    stop inside closing quote marks counts ('"Enough." Mayor quits.', qa417 #4)."""
    for b in sentence_bounds(text)[1:]:
        head = text[:b].rstrip().rstrip("\"'\u201d\u2019")
        if head.endswith(".") and (inner := _stop(head)) is not None and not inner[1]:
            return True
    return False


# An abbreviation whose stop may end a sentence, after a word of the headline
# and before a capital ("Pope visits U.S. Crowds cheer.", qa417 #5): a.m. or
# p.m., also glued to its time ("at 9a.m. Crowds", qa426 #6) or ending a
# range so ("9a.m.-5p.m. Crowds", "9-10a.m. Crowds", qa434 #9; "9a.m.—5p.m.",
# "noon-5p.m.": qa441 #5), or one
# `_sentence_final` names ("U.S.", "Inc.", "Calif.").
_ABBREVIATION_BEFORE_CAPITAL = regex.compile(
    r"(?:(?<=\S\s+)(?<![\p{L}\p{M}\p{N}.'’])"
    r"|(?<=\S\s+(?:(?:[\p{N}:.]*\p{N}(?:[ \u00a0]?[aApP]\.?[mM]\.?)?|[Nn]oon|[Mm]idnight)[-–—])?[\p{N}:.]*\p{N})"
    r"(?=[aApP]\.))"
    r"(?:(?P<ap>[aApP]\.[mM]\.)|(?P<word>\p{Lu}(?:\p{L}*|(?:\.\p{Lu})+)\.))(?=\s+\p{Lu})")
# A word of four letters or more in lower case: the headline is in sentence
# case, where a capital after the abbreviation may open a sentence; in title
# case or capitals ("Obama To Asians Worried About U.S. Election") it says nothing.
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}'’-])\p{Ll}{4,}")


@lru_cache(maxsize=1)
def _sentence_final() -> frozenset[str]:
    """The abbreviations (lower case, no final stop) whose stop AP lets end a
    sentence: a name's or a firm's suffix ("Jr.", "Inc."), a state's
    ("Calif.") and titles.yaml's `sentence_final_initials` ("U.S.")."""
    states = (str(a).rstrip(".") for a in name_titles.tables()["state_abbreviations"] if str(a).endswith("."))
    return frozenset(str(a).lower() for a in (*SENTENCE_FINAL_ABBREVIATION_WORDS, *states,
                                              *word_tables()["sentence_final_initials"]))


def _abbreviation_sentence(text: str) -> str:
    """The abbreviation (with its stop) that may end a sentence inside the
    headline `text`, a capital after it ("U.S." of "Pope visits U.S. Crowds
    cheer"), or "": stripping the closing stop alone may leave the headline
    half punctuated, and whether it is two sentences is the writer's call.
    Only in sentence case (`_LOWER_WORD`).
    An a.m. or p.m. counts where the sentence reader ends a sentence after it
    (not before a day or a zone: "9 a.m. Saturday")."""
    bounds = None
    if not _LOWER_WORD.search(text):
        return ""
    for m in _ABBREVIATION_BEFORE_CAPITAL.finditer(text):
        if m["ap"]:
            bounds = sentence_bounds(text) if bounds is None else bounds
            if not any(m.end() < b <= m.end() + 3 and not text[m.end():b].strip() for b in bounds):
                continue
        elif m["word"] and m["word"][:-1].lower() not in _sentence_final():
            continue
        return m[0]
    return ""


class TitleTrailingPeriod(Kind):
    name = "title-trailing-period"
    placeholders = frozenset({"word"})
    description = "Flags a headline or title ending in a full stop."
    default_scope = ("headline", "title")
    fixable = True
    options = {
        "message-weekday": Option(str, "", help="message for a stop after Wed, Sat or Sun, which may "
                                  "be the weekday's abbreviation (not fixed): {word}"),
        "message-abbreviation": Option(str, "", help="message for a stop after a state abbreviation "
                                       "that is also a word, as 'Ill' (not fixed): {word}"),
        "message-sentences": Option(str, "", help="message for a headline of two sentences parted by "
                                    "a full stop (not fixed)"),
        "message-abbreviation-sentences": Option(str, "", help="message for a headline whose abbreviation "
                                                 "before a capital may end a sentence, as 'U.S.' (not "
                                                 "fixed): {word}"),
    }

    def check(self, doc, parts):
        for part in parts:
            stop = _stop(part.text)
            if stop is not None:
                at, word = stop
                option = "message-weekday" if word.lower() in _AMBIGUOUS_DAYS else "message-abbreviation"
                if not word and _sentences(part.text[:at]):
                    option = "message-sentences"     # a hed of two sentences: the writer's to rewrite
                elif not word and (word := _abbreviation_sentence(part.text[:at])):
                    option = "message-abbreviation-sentences"    # may be two sentences: the writer's call
                held = bool(word) or option == "message-sentences"
                yield Finding(part, at, at + 1, fix=None if held else "",
                              message=held and self.opts[option] or None, args={"word": word})


KIND = TitleTrailingPeriod
