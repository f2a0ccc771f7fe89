"""Phrases around a date that tell its time without a verb.

`lint.analysis.tense` reads the verb group that governs a date; some phrases
decide before any verb does:

- a comparison baseline ("40 percent, down six points from March", "up from
  3.5 percent in August", "compared with 12 pct in May") is
  a measure already taken, so its date is past whatever the clause's verb.

The word lists live in `lint/data/tense.yaml`.
"""
from __future__ import annotations

from .verb_group import PAST, Tense, copulas, tense_of


def _amount(low: str, w) -> bool:
    """A piece of an amount: "six", "3" (of "3.5"), "points", "percent"."""
    return low.isdigit() or low in w["amount_words"]


def baseline(lows: list[str], commas: list[bool], n: int, w) -> Tense | None:
    """Past when the date after lows[:n] dates a comparison baseline.

    `from` is a baseline after `up`/`down`/`higher`/`lower` (and an amount:
    "down two points from March"), when that word follows a copula, an
    amount or a comma ("is up from", "38 percent, up from"; not "fares go up
    from April": a start), or after `to` + an amount and a comma ("to 44
    percent, from 54 percent in July"). A date after an amount and `in`/`on`
    ("from 54 percent in July") dates the amount. `compared with`/`to` and
    `than in` are baselines too. lows[n] (if any) is the word after the
    date; commas[i] tells whether a comma stands before lows[i].
    """
    i = n - 1
    if i >= 1 and lows[i] in ("in", "on", "at"):
        j = i - 1
        while j >= 0 and _amount(lows[j], w):
            j -= 1
        if j == i - 1:
            return None              # "from Boston in August": no amount
        i = j
    elif i >= 0 and lows[i] in w["determiners"]:     # "from the March poll"
        i -= 1
    if i < 1:
        return None
    if lows[i] in ("with", "to") and lows[i - 1] == "compared":
        return tense_of(PAST, marker=f"compared {lows[i]}")
    if lows[i] != "from":
        return None
    k = i - 1
    while k >= 0 and _amount(lows[k], w):
        k -= 1
    if k >= 0 and lows[k] in w["comparatives"] and (
            commas[k] or k == 0 or lows[k - 1] in copulas() or _amount(lows[k - 1], w)):
        return tense_of(PAST, marker=f"{lows[k]} ... from" if k < i - 1 else f"{lows[k]} from")
    if k < i - 1 and commas[i] and k >= 0 and lows[k] == "to":
        return tense_of(PAST, marker="to ..., from")    # "falling to 44 percent, from 54 percent in July"
    return None
