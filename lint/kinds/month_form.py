"""`month_form`: AP month style (abbreviate with a day, else spell out).

AP abbreviates only Jan., Feb., Aug., Sept., Oct., Nov. and Dec., and only
before a day (`Jan. 5`); March to July are never abbreviated, and a month
alone or with a year only is spelled out (`January 2020`). One scan of a part
serves the three rules built on this kind (cached on the document), and each
rule reports one sort of deviation, so a house can switch off just that one.

False positives are avoided by context, not by word lists: `May` and `March`
are only ever full names here (they are never flagged as abbreviations), and
an abbreviation without a day must stand before a year or after a word such as
`in` or `since` (`Jan.` ending a sentence may be a person's name).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..analysis.calendar import MONTH_NAMES
from .base import Finding, Kind, Option, matches

# AP's abbreviation for each month that has one (before a day only).
AP_ABBREVIATION = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.",
                   "October": "Oct.", "November": "Nov.", "December": "Dec."}
# Abbreviations writers use, mapped to the full name.
ABBREVIATED = {"Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April",
               "Jun": "June", "Jul": "July", "Aug": "August", "Sep": "September",
               "Sept": "September", "Oct": "October", "Nov": "November", "Dec": "December"}

_NAMES = sorted([*MONTH_NAMES, *ABBREVIATED], key=len, reverse=True)
MONTH = regex.compile(r"(?<![\p{L}\p{N}.'’-])(?P<name>" + "|".join(_NAMES)
                      + r")(?P<dot>\.)?(?![\p{L}\p{N}'’-])")
# A day after the month: 1-31, maybe an ordinal, not part of a larger number.
DAY = regex.compile(r"\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\p{N}%]|[.,:/]\p{N}"
                    r"|\s*(?:percent|per cent|million|billion|trillion)\b)")
YEAR = regex.compile(r",?\s+(?:of\s+)?(?:1[6-9]|20)\d\d(?!\p{N})")
# Words after which an abbreviation with a period is surely a month, not a name.
LEAD_IN = regex.compile(r"(?:\b(?:in|since|until|till|by|from|through|during|last|next|early|"
                        r"late|mid|of|this|that|each|every|before|after)\s+|\bmid-)$",
                        regex.IGNORECASE)
# "In January 25 people ..." : after `in`, a number is a count, not a day.
IN_BEFORE = regex.compile(r"\b[Ii]n\s+$")
SENTENCE_GOES_ON = regex.compile(r"\s*(?:$|\p{Lu}|[\"“”])")
FLAGS = ("abbreviate", "spell-out", "form")


@dataclass(frozen=True)
class Month:
    start: int
    end: int
    name: str         # as written, without the period
    dot: bool
    context: str      # "day", "year", "lead-in" or "" (nothing telling)
    sentence_end: bool  # the period may also end the sentence


def scan(text: str) -> list[Month]:
    found = []
    for m in matches(MONTH, text):
        end = m.end()
        after_in = IN_BEFORE.search(text, max(0, m.start() - 4), m.start())
        if DAY.match(text, end):
            context = "lead-in" if after_in else "day"
        elif YEAR.match(text, end):
            context = "year"
        elif LEAD_IN.search(text, max(0, m.start() - 12), m.start()):
            context = "lead-in"
        else:
            context = ""
        sentence_end = bool(m["dot"]) and context != "year" and bool(
            SENTENCE_GOES_ON.match(text, end))
        found.append(Month(m.start(), end, m["name"], bool(m["dot"]), context, sentence_end))
    return found


def ap_form(mo: Month, flag: str) -> str | None:
    """The AP replacement for the month token if it deviates in the `flag` way."""
    full = ABBREVIATED.get(mo.name)
    if flag == "abbreviate":
        return AP_ABBREVIATION.get(mo.name) if mo.context == "day" else None
    if full is None:
        return None
    if flag == "form":
        want = AP_ABBREVIATION.get(full)
        written = mo.name + ("." if mo.dot else "")
        return want if mo.context == "day" and want and want != written else None
    # spell-out: an abbreviation AP never uses, or one without a day.
    if mo.context == "day" and full in AP_ABBREVIATION:
        return None
    if mo.context == "" or (mo.context == "lead-in" and not mo.dot):
        return None  # too little evidence that `Jan` is a month here
    return full + ("." if mo.sentence_end else "")


def _flag(value) -> str | None:
    return None if value in FLAGS else f"must be one of {', '.join(FLAGS)}"


class MonthForm(Kind):
    name = "month_form"
    description = "AP month forms: abbreviate only Jan./Feb./Aug./Sept./Oct./Nov./Dec. before a day."
    fixable = True
    default_scope = ("headline", "title", "dek", "dateline", "heading", "paragraph",
                     "blockquote", "caption")
    options = {
        "flag": Option(str, required=True, check=_flag,
                       help="which deviation to report: abbreviate (January 5), "
                            "spell-out (Mar. 5, Jan. 2020) or form (Sep. 5, Jan 5)"),
    }

    def check(self, doc, parts):
        cache = doc.analysis("month_form", lambda d: {})
        flag = self.opts["flag"]
        for part in parts:
            months = cache.get(part.index)
            if months is None:
                months = cache[part.index] = scan(part.text)
            for mo in months:
                new = ap_form(mo, flag)
                if new is not None:
                    yield Finding(part, mo.start, mo.end, args={"replacement": new}, fix=new)


KIND = MonthForm
