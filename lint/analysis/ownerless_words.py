"""The words of a frame that name a document or no owner, for `ownerless.py`.

A document (`ownerless_nouns` in `lint/data/attribution.yaml`: `the
statement`, `the post`), a word for one or a verb of putting one out
(`mention_pattern`: `issuing_verbs`, `document_words`), a share of one
(`Part of the statement`), and the capitals that are no owner: a place after
`on`/`in`/`at`/`via` (`on Facebook`, `at Lincoln High`), a month's short
form, weekdays; and `signed by`, which says whose a document is. All
patterns are built once from attribution.yaml.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..regex_join import longest_first
from .speech_cues import TOKEN, Lexicon, may_hold, word_lists


@lru_cache(maxsize=None)
def share_of() -> "regex.Pattern":
    """A share of a document before it (`Part of `, `Excerpts of `, before
    `the statement`): attribution.yaml `document_shares`."""
    shares = "|".join(regex.escape(str(x)).replace(r"\ ", r"\s+") for x in sorted(
        word_lists()["document_shares"], key=len, reverse=True))
    return regex.compile(rf"(?i)(?<![\w'\u2019-])(?:{shares})\s+of\s+"
                         r"(?=(?:the|a|an|this|that|its|his|her|their|our)\s)")


@lru_cache(maxsize=None)
def document_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in word_lists()["ownerless_nouns"])


@lru_cache(maxsize=None)
def no_owner_words() -> frozenset[str]:
    """Words that are no owner: the documents, and weekdays and months, also a
    month's short form (`the statement read Tuesday` names nobody; nor does an
    earlier `A statement was released on Jan. 5.`, whose `Jan` is no person:
    qa57)."""
    return document_nouns() | frozenset(str(w).lower() for w in word_lists()["not_speakers"]) | _frame_words()[1]


@lru_cache(maxsize=None)
def mention_pattern():
    """A document noun, or its stem as a verb (`posted`, `emailed`, `released`),
    or a verb of putting any document out (`announced`, `issued`) or another
    word for one (`report`, `article`): group `issue`, which counts for any."""
    stems = sorted({n[:-1] if n.endswith("s") else n for n in document_nouns()}, key=longest_first)
    nouns = "|".join(regex.escape(s) for s in stems)
    verbs = "|".join(regex.escape(str(v)) for v in sorted(
        (*word_lists()["issuing_verbs"], *word_lists()["document_words"]), key=len, reverse=True))
    return regex.compile(rf"(?i)(?<![\w'\u2019-])(?:(?P<issue>{verbs})|(?:{nouns})(?:s|ed)?)"
                         r"(?![\w'\u2019-])")


@lru_cache(maxsize=None)
def document_patterns():
    """A document noun (blanked out before a sentence is asked whether it
    names somebody), and a sentence whose subject is one (`A statement said …`)."""
    nouns = "|".join(regex.escape(n) for n in sorted(document_nouns(), key=longest_first))
    return (regex.compile(rf"(?i)(?<![\w'\u2019-])(?:{nouns})(?![\w'\u2019-])"),
            regex.compile(rf"\s*(?i:a|an|the|this|that)\s+(?:\p{{Ll}}[\p{{L}}-]*\s+)?"
                          rf"(?P<noun>{nouns})(?![\w'\u2019-])"))


@lru_cache(maxsize=None)
def noun_hints() -> tuple[str, ...] | None:
    """The document nouns that hold no other one (`statement`, not
    `statements`), one of which every frame the noun pattern matches holds
    once lowered; None when a noun is not all ASCII (no test then)."""
    nouns = document_nouns()
    if not all(n.isascii() for n in nouns):
        return None
    return tuple(sorted(n for n in nouns if not any(o != n and o in n for o in nouns)))


def documents_in(frame: str) -> set[str]:
    """The document nouns the frame holds, as stems (`statements` -> `statement`),
    written lower-case: `the Post reported` names a newspaper, a speaker (in an
    all-capitals frame any case will do)."""
    if not may_hold(frame, noun_hints()):   # (most frames name no document)
        return set()
    found = document_patterns()[0].findall(frame)
    if not found:
        return set()
    caps = not any(c.islower() for c in frame)
    return {w.lower().removesuffix("s") for w in found if caps or w.islower()}


@lru_cache(maxsize=None)
def _frame_words():
    """A run of capitalised words after a place's preposition, the months'
    short forms, `signed by` and the like, and the saints' words."""
    w = word_lists()
    places = "|".join(regex.escape(str(p)) for p in w["document_places"])
    verbs = "|".join(regex.escape(str(v)) for v in w["document_owner_verbs"])
    capital = r"\p{Lu}[\p{L}\p{N}'\u2019.&-]*"
    return (regex.compile(rf"(?i)(?<!\w)(?:{places})\s+(?-i:({capital}(?:\s+{capital})*))"),
            frozenset(str(x).lower() for x in w["document_not_owners"]),
            regex.compile(rf"(?i)(?<!\w)(?:{verbs})\s+by\s+\S"),
            frozenset(str(x).lower() for x in w["saint_words"]))


def not_owners(frame: str, lex: Lexicon) -> frozenset[str]:
    """Capitals in the frame that are no owner, lower-cased as `TOKEN` cuts
    them: the run of capitalised words after `on`/`in`/`at`/`via`
    (`document_places`) is a place the document went out on or from (`on
    Facebook`, `at Lincoln High`, `in New York`, `on Main St.`). The run
    stops at a title (`in Boston Mayor Wu`), a weekday or month (`On Tuesday
    Acme`) and before a possessive (`on Acme's website`, `on Jones' page`:
    theirs) but a saint's (`at St. Mary's`: `saint_words`). (A month's short
    form is in `no_owner_words`.)"""
    places, _, _, saints = _frame_words()
    out: list[str] = []
    for m in places.finditer(frame):
        run, before = m[1], ""
        for t in TOKEN.finditer(run):
            low = t[0].lower()
            if low in lex.titles or (before not in saints and (
                    low.endswith(("'s", "\u2019s")) or run.startswith(("'", "\u2019"), t.end()))):
                break
            out.append(low)
            if low in no_owner_words():
                break
            before = low
    return frozenset(out)


def signed_by(frame: str) -> bool:
    """`the statement, signed by 40 professors, read`: the frame says whose it is."""
    return _frame_words()[2].search(frame) is not None
