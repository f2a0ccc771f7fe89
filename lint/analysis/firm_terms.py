"""What marks a name as a firm's rather than a person's: the one source of
firm words (`lint/data/firms.yaml`) that every firm reading asks, and the
checks of a surname's neighbours built on it.

Three readings use it, each keeping its own narrowness:
- `name_firms` reads the firms a story names for names.first-reference
  (a run of capitalised words closed by a legal form, a closing word or a
  descriptive word, a cue, a firm's noun in apposition);
- `ownerless_firms` reads whether a quote's speaker is a firm (a name ending
  in a firm's ending, one written after a firm's noun, a known body);
- names.first-reference asks `family_firm`, `second_name_of_firm` and
  `is_firm_ending` of a surname used alone.
Where two readings need different sets, the data file keeps them as named
lists and says why (`FirmTerms`).
"""
from __future__ import annotations

import os
from functools import lru_cache
from typing import NamedTuple

from .. import rx as regex

from .. import rule_cache
from ..data_tables import DataFileError, load_table, word_list
from ..regex_cache import SERIAL

__all__ = ["FirmTerms", "firm_terms", "family_firm", "second_name_of_firm", "is_firm_ending"]


class FirmTerms(NamedTuple):
    """The lists of `lint/data/firms.yaml`, in their file's order (a
    pattern's alternation is built from them)."""
    legal_forms: tuple[str, ...]              # as written, case and all: "Inc", "AG", "S.A."
    legal_forms_also_titles: frozenset[str]   # legal forms that are also a title's abbreviation: "AG"
    closing_words: tuple[str, ...]            # as written: "Group", "Holdings"
    descriptive_words: tuple[str, ...]        # as written, a name's line of business: "Technologies", "Motor"
    any_case_endings: tuple[str, ...]         # lower case; legal forms and closing words read in any case
    family_endings: tuple[str, ...]           # as written, after a family's name: "Sons", "Bros."
    family_endings_after_and: tuple[str, ...]  # as written, only after "and": "Co"
    cues_before: tuple[str, ...]              # before a firm's one-word name: "unit of"
    cues_after: tuple[str, ...]               # after it: "common shares", "'s common stock"
    its_units: tuple[str, ...]                # "its Bass shoe division"
    firm_nouns: tuple[str, ...]               # before a name and in apposition: "company"
    apposition_nouns: tuple[str, ...]         # in apposition only: "group" ("the group Smith leads")
    trade_nouns: tuple[str, ...]              # before a name only, a person's too: "publisher"
    known_bodies: frozenset[str]              # bodies' acronyms: "FEMA"

    @property
    def nouns_before_a_name(self) -> tuple[str, ...]:
        """The nouns that make a one-word name after them a firm's ("the
        retailer Acme"): `firm_nouns` and `trade_nouns`."""
        return self.firm_nouns + self.trade_nouns

    @property
    def nouns_in_apposition(self) -> tuple[str, ...]:
        """The nouns that, closing an apposition, make the name before it a
        firm's ("Ford, the US car company,"): `firm_nouns` and
        `apposition_nouns`."""
        return self.firm_nouns + self.apposition_nouns


@lru_cache(maxsize=1)
def firm_terms() -> FirmTerms:
    """The firm words of `lint/data/firms.yaml` (`FirmTerms`), loaded once.
    DataFileError, one line naming the file, when firms.yaml cannot be read
    or parsed, lacks a list or holds something else where a list of words
    belongs, or a subset list holds a word outside its parent
    (`any_case_endings` outside the legal forms and closing words,
    `legal_forms_also_titles` outside the legal forms); and when names.yaml
    or attribution.yaml still holds a list that moved to firms.yaml
    (`MOVED`: a newsroom's edited copy would otherwise go unread)."""
    for name, moved in MOVED.items():
        if stale := [key for key in load_table(name, _firm_keys) if key in moved]:
            path = os.path.join(rule_cache.DATA_FOLDER, name)
            keys = ", ".join(f"`{key}` (now {moved[key]})" for key in stale)
            raise DataFileError(f"{path}: {keys} moved to firms.yaml: move the newsroom's words "
                                f"there and delete {'these keys' if len(stale) > 1 else 'the key'} here")
    # the cache keeps plain tuples and frozensets only (marshal refuses a
    # NamedTuple), so the lists are cached and `FirmTerms` built here
    return FirmTerms(*load_table("firms.yaml", _term_lists))


# The lists that moved to firms.yaml (old key -> its list or lists there),
# by the file that held them.
MOVED = {
    "names.yaml": {"firm_designators": "`legal_forms`", "firm_designators_titled": "`legal_forms_also_titles`",
                   "firm_closing_words": "`closing_words`", "firm_cues": "`cues`",
                   "firm_nouns": "`firm_nouns`/`apposition_nouns`"},
    "attribution.yaml": {"firm_suffixes": "`any_case_endings`", "firm_nouns": "`firm_nouns`/`trade_nouns`",
                         "known_bodies": "`known_bodies`"},
}


def _firm_keys(data) -> tuple[str, ...]:
    """The keys of a parsed data file that name a list `MOVED` to firms.yaml."""
    old = {key for moved in MOVED.values() for key in moved}
    return tuple(key for key in data if key in old) if isinstance(data, dict) else ()


def _term_lists(data) -> tuple:
    """`FirmTerms`' fields, as a plain tuple the rule-set cache can keep, from
    firms.yaml's parsed content; ValueError (naming the list) for a list
    missing or misshapen, or a subset list's stray word."""
    cues = data.get("cues") if isinstance(data, dict) else None
    if not isinstance(cues, dict):
        raise ValueError("no mapping `cues` (its lists `before`, `after`, `its_units`)")
    terms = FirmTerms(
        word_list(data, "legal_forms"), frozenset(word_list(data, "legal_forms_also_titles")),
        word_list(data, "closing_words"), word_list(data, "descriptive_words"),
        tuple(w.lower() for w in word_list(data, "any_case_endings")),
        word_list(data, "family_endings"), word_list(data, "family_endings_after_and"),
        word_list(cues, "before", "cues"), word_list(cues, "after", "cues"), word_list(cues, "its_units", "cues"),
        word_list(data, "firm_nouns"), word_list(data, "apposition_nouns"), word_list(data, "trade_nouns"),
        frozenset(word_list(data, "known_bodies")))
    endings = {w.lower() for w in terms.legal_forms + terms.closing_words}
    if stray := [w for w in terms.any_case_endings if w not in endings]:
        raise ValueError(f"any_case_endings {stray} are no legal form or closing word")
    if stray := sorted(terms.legal_forms_also_titles - set(terms.legal_forms)):
        raise ValueError(f"legal_forms_also_titles {stray} are no legal form")
    return tuple(terms)


@lru_cache(maxsize=1)
def _any_case_endings() -> frozenset[str]:
    """`any_case_endings` as a set for `is_firm_ending`; the field keeps the
    file's order, from which `ownerless_firms` builds its alternation."""
    return frozenset(firm_terms().any_case_endings)


def is_firm_ending(word: str) -> bool:
    """Whether `word`, in any case, is one of `any_case_endings` ("Corp",
    "holdings"): no person's surname, no person's last word."""
    return word.lower() in _any_case_endings()


@lru_cache(maxsize=1)
def _family_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """(a capitalised word and "&" right before a name, read backwards; "&"
    and a capitalised word, or a family's firm ending, right after it)."""
    terms = firm_terms()
    endings = "|".join(regex.escape(w) for w in terms.family_endings)
    after_and = "|".join(regex.escape(w) for w in terms.family_endings_after_and)
    before = regex.compile(r"(?r)\p{Lu}[\p{L}\p{M}'’-]*\s*&\s*$")     # "Smith & Jones": Jones too
    after = regex.compile(rf"\s*&\s*\p{{Lu}}|\s+(?:and\s+)?(?:{endings})(?![\p{{L}}\p{{M}}'’-])"
                          rf"|\s+and\s+(?:{after_and})(?![\p{{L}}\p{{M}}'’-])")
    return before, after


def family_firm(text: str, start: int, end: int) -> bool:
    """Whether the name at `text[start:end]` names a firm named for a family
    (`family_endings`): "Smith & Sons", "Smith & Wesson", "Smith & Jones"
    (both names), "Smith and Sons", "Smith Bros.", "Pesch and Co" ("Al
    Smith & his son" is a person and his son). Offsets are `text`'s."""
    before, after = _family_patterns()
    return bool(after.match(text, end, None, SERIAL) or before.search(text, max(0, start - 30), start, SERIAL))


# The word and comma before a name ("Kidder, " before "Peabody").
_WORD_COMMA_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]*),\s+$")


def second_name_of_firm(text: str, start: int, given: set[str]) -> bool:
    """Whether the name at `text[start]` stands right after a comma and the
    word that `given` (lower-cased given names the story writes this name
    with in full) holds: the second word of a firm's name written with a
    comma ("Kidder, Peabody and Co" before "Kidder Peabody said"), no
    person."""
    before = _WORD_COMMA_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before[1].lower() in given
