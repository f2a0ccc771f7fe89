"""Verb forms that a clause uses as nouns, so they carry no tense.

`verb_group.cue` asks these before it reads an -ing word or a past form
that equals the base form (`bare_past` in lint/data/tense.yaml) as a verb:
- an -ing word after a determiner and modifiers is a noun ("its first
  crossing", "the new swimming pool": nu24 #2, nu26 #1);
- a bare past form that heads a compound noun is that noun: wire copy's
  "declared a two-for-one stock split", "a one-for-10 reverse split", "a
  3-for-2 split" (Reuters-21578, where `split` comes after "stock", "reverse",
  "share" or a ratio in nearly every use; nu60 #4). "The company split its
  shares" keeps its verb.
"""
from __future__ import annotations

import regex

# A share ratio as wire copy writes it: "two-for-one", "3-for-2", "one-for-10".
_RATIO = regex.compile(r"[\p{L}\p{N}]+-for-[\p{L}\p{N}]+")


def modified_noun(lows: list[str], i: int, w) -> bool:
    """The -ing word lows[i] is a noun after a determiner and up to three of
    `noun_modifiers` ("its first crossing", "the first winter crossing",
    "the new swimming pool"), as after a determiner alone ("a crossing")."""
    k = i - 1
    while k >= 0 and i - k <= 3 and lows[k] in w["noun_modifiers"]:
        k -= 1
    return k < i - 1 and k >= 0 and (lows[k] in w["determiners"] or lows[k].endswith(("'s", "’s")))


def compound_head(prev: str, low: str, w) -> bool:
    """The bare past form `low` heads a compound noun with the word `prev`
    before it (both lower case): a phrase of `bare_past_compounds` ("stock
    split"), or a ratio before `split` ("two-for-one split", "3-for-2 split")."""
    return f"{prev} {low}" in w["bare_past_compounds"] or (low == "split" and _RATIO.fullmatch(prev) is not None)
