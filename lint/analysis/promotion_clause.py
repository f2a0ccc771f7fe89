"""The clause of a told promotion, read for clear evidence against it:
main's bare "promoted to <rank>" excuses a rank change (names.title-changed)
unless its own clause withdraws it (fx348, after qa211 found that asking
for proof of the subject lost main's excuse on common wordings).

A promotion is withdrawn when its verb group is denied ("was not", "never",
"wasn't"; "not only" is no denial), ahead ("will be"), only possible
("could be", "would have been", "said he would be"; a narrative "would
later be" is told as done) or planned ("is expected to be", "hopes to be":
tense.yaml `prospective`, `infinitive_plans`); or when its subject is
plainly someone else: another named person ("Capt. Ann Lee was", "Unlike
Diaz, Ng was", "Newly promoted, Ng agreed"), a relative or aide of
somebody's ("His brother, a sergeant, was", "whose wife was": names.yaml
`relatives`, `possessed_people`), a "he"/"she" after another speaker ("Ng
said he was") or after a sentence opened by a relative ("Diaz's son
joined. He was"), or a subject after a denial or an "if" ("Lee denied
reports that Diaz was", "If he was": names.yaml `promotion_doubts`,
`doubted_nouns`, tense.yaml `hypothetical`). Anything else keeps the
excuse: an apposition, an interrupter, a second verb, a participle or a
pronoun with no rival reads as main read it.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from .name_titles import TOKEN, tables
from .sentences import sentence_at
from .verb_group import group_adverb, words
from .words import is_common

_NEGATIONS = frozenset({"not", "never"})
# Auxiliaries a verb group of "promoted" may hold, nearest first.
DONE = frozenset({"was", "were", "got", "gotten", "is", "are"})
PERFECT = frozenset({"has", "have", "had"})
_OTHER_AUX = frozenset({"be", "been", "being", "to", "get", "gets", "am"})
_PRONOUNS = frozenset({"he", "she"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "whose", "my", "our", "your"})
# Words before a participle that opens the sentence ("After being promoted
# ..., Diaz", "Newly promoted ..., Diaz"): its subject follows the comma.
_OPENERS = frozenset({"after", "since", "once", "upon", "before", "when", "while", "until", "having"})
_SET_OFF = regex.compile(r"[,(—–]|--")
_OPENING = {",": ",", ")": "(", "—": "—", "–": "–", "-": "--"}


class VerbGroup(NamedTuple):
    """The words before a promotion's verb: where its subject ends, the
    auxiliaries (nearest first), whether a negation stands in it, and the
    word before the group ("expected" of "is expected to be promoted")."""

    subject_end: int
    aux: tuple[str, ...]
    denied: bool
    before: str


def verb_group(text: str, s: int, at: int) -> VerbGroup:
    """The verb group ending at `at` (the verb's start) in the sentence from
    `s`: walked back over `verb_group.group_adverb` adverbs, names.yaml
    `promotion_adverbs` ("was later promoted", qa211 #1), negations and
    auxiliaries (tense.yaml `modal`, `future`)."""
    toks = list(TOKEN.finditer(text, s, at))
    lows = [t.group().lower() for t in toks]
    k, aux, denied = len(toks) - 1, [], False
    adverbs = frozenset(tables()["promotion_adverbs"]) | {"only", "first", "ever", "also"}
    while k >= 0 and text[toks[k].end():toks[k + 1].start() if k + 1 < len(toks) else at].isspace():
        low = lows[k]
        if low.endswith(("n't", "n’t")) or low in _NEGATIONS:
            denied = denied or not (k + 1 < len(lows) and lows[k + 1] == "only")
        elif low in adverbs or group_adverb(lows, k, words()):
            pass
        elif low in DONE or low in PERFECT or low in _OTHER_AUX or ahead(low):
            aux.append(low)
        else:
            break
        k -= 1
    return VerbGroup(toks[k + 1].start() if k + 1 < len(toks) else at, tuple(aux), denied,
                     lows[k] if k >= 0 else "")


def ahead(low: str) -> bool:
    """A modal or a future auxiliary (tense.yaml)."""
    w = words()
    return low in w["modal"] or low in w["future"]


def withdrawn(text: str, s: int, m: regex.Match, vg: VerbGroup, surname: str, starts) -> bool:
    """Does the clause of the promotion `m` (its verb group `vg`, in the
    sentence from `s`) withdraw it from `surname` (module docstring)?"""
    if vg.denied or _not_done(text, s, vg):
        return True
    toks = list(TOKEN.finditer(text, s, vg.subject_end))
    gap = text[toks[-1].end():vg.subject_end] if toks else ""
    opening = not toks or not gap.strip() and toks[-1].group().lower() in _OPENERS
    if opening and set(vg.aux) <= {"being", "been"}:     # "Promoted ...,", "After being promoted ...,"
        comma = text.find(",", m.end(), sentence_at(starts, m.start(), len(text))[1])
        return comma >= 0 and _other_ahead(text, comma + 1, surname)
    if not toks:
        return False                    # "Was promoted" after a split: no subject to read
    end = toks[-1].end()
    if gap.strip() and vg.aux:
        end = _before_apposition(text, s, end, gap.strip()[-1])
        if end is None:
            return False
    return _someone_else(text, s, end, surname, starts)


def _not_done(text: str, s: int, vg: VerbGroup) -> bool:
    w = words()
    if any(a in w["future"] for a in vg.aux) or "to" in vg.aux and _planned(vg.before):
        return True
    modals = [a for a in vg.aux if a in w["modal"]]
    if not modals:
        return False
    if modals != ["would"] or "have" in vg.aux:
        return True                     # "could be", "would have been"
    said = w["reporting"] | w["past_reporting"] | w["present_reporting"] | w["hypothetical"]
    return any(t.group().lower() in said for t in TOKEN.finditer(text, s, vg.subject_end))


def _planned(low: str) -> bool:
    w = words()
    return low in w["prospective"] or any(low in (p, p + "s", p + "d", p + "ed", p + "ing")
                                          for p in w["infinitive_plans"])


def _before_apposition(text: str, s: int, end: int, close: str) -> int | None:
    """Where the noun before an apposition ending with `close` (", a
    sergeant,", "(41)", "— a veteran —") ends, or None."""
    opener = _OPENING.get(close)
    at = text.rfind(opener, s, end) if opener else -1
    if at < 0:
        return None
    toks = list(TOKEN.finditer(text, s, at))
    return toks[-1].end() if toks else None


def _someone_else(text: str, s: int, end: int, surname: str, starts) -> bool:
    """The subject whose last word ends at `end` is plainly not the person."""
    toks = list(TOKEN.finditer(text, s, end))
    lows = [t.group().lower() for t in toks]
    name = surname.lower()
    if lows[-1] in _PRONOUNS:
        at = toks[-1].start()
        return doubted(text, s, at) or _rival_before(text, at, name, starts, lows[-1] == "he")
    head = len(toks) - 1
    if lows[-1] in _kin():
        head = next((i for i in range(head - 1, max(head - 4, -1), -1) if _possessive(lows[i])), None)
        if head is None:
            return False
        return not _joined(lows, head, name) or doubted(text, s, toks[head].start())
    run = _capital_run(text, toks, head)
    if any(_base(lows[i]) == name for i in run):
        return doubted(text, s, toks[run[0]].start())
    if all(is_common(toks[i].group()) for i in run) or _joined(lows, run[0], name):
        return False
    return not _set_off_before(text, toks, run[0], name)


def _capital_run(text: str, toks: list, last: int) -> list[int]:
    """The capitalised words ending at token `last` ("Capt. Ann Lee"), or
    none when that word is lower case."""
    run = []
    for i in range(last, -1, -1):
        gap = text[toks[i].end():toks[i + 1].start()] if i < last else ""
        if not toks[i].group()[0].isupper() or gap.strip() not in ("", "."):
            break
        run.insert(0, i)
    return run


def _joined(lows: list[str], first: int, name: str) -> bool:
    """The subject starting at token `first` is joined by "and" to the
    person's name ("Diaz and his partner were", "Diaz and Ng were")."""
    return first > 0 and lows[first - 1] in ("and", "&") and name in map(_base, lows[max(first - 6, 0):first - 1])


def _set_off_before(text: str, toks: list, first: int, name: str) -> bool:
    """The person's name stands earlier in the clause, set off by a comma,
    a dash or a parenthesis and not after a preposition ("Diaz, who lives in
    Springfield, Ill., was"; not "Unlike Diaz, Ng was": names.yaml
    `object_prepositions`): the later capital may be inside their apposition."""
    after = frozenset(tables()["object_prepositions"])
    for i in range(first):
        if _base(toks[i].group().lower()) == name and _SET_OFF.match(text, toks[i].end()) \
                and not (i > 0 and toks[i - 1].group().lower() in after):
            return True
    return False


def _other_ahead(text: str, at: int, surname: str) -> bool:
    """The clause after an opening participle's comma at `at` has another
    named person or a relative as its subject ("Newly promoted to
    lieutenant, Ng agreed")."""
    toks = list(TOKEN.finditer(text, at, min(len(text), at + 80)))[:4]
    if not toks or text[at:toks[0].start()].strip():
        return False
    lows = [t.group().lower() for t in toks]
    if _possessive(lows[0]) and any(w in _kin() for w in lows[1:3]):
        return True
    run = []
    for i, t in enumerate(toks):
        if not t.group()[0].isupper() or i and text[toks[i - 1].end():t.start()].strip() not in ("", "."):
            break
        run.append(i)
    return bool(run) and surname.lower() not in (_base(lows[i]) for i in run) \
        and not all(is_common(toks[i].group()) for i in run) and lows[0] not in _PRONOUNS


def _rival_before(text: str, at: int, name: str, starts, he: bool) -> bool:
    """The "he"/"she" at `at` stands for another: a speaker ("Ng said he",
    "Lee told Ng he") since the person's last mention in this sentence or
    the one before, or that sentence opens with a relative of somebody's
    ("Diaz's son joined in 2010. He was"; a "he" needs a man's word of
    names.yaml `masculine_words`, a "she" any other)."""
    s, _ = sentence_at(starts, at, len(text))
    prev, _ = sentence_at(starts, max(s - 1, 0), len(text))
    toks = list(TOKEN.finditer(text, prev, at))
    lows = [t.group().lower() for t in toks]
    last = max((i for i, w in enumerate(lows) if _base(w) == name), default=-1)
    said = words()["reporting"] | words()["past_reporting"]
    if any(toks[i].group()[0].isupper() and lows[i + 1] in said and _base(lows[i]) != name
           and not is_common(toks[i].group()) for i in range(last + 1, len(toks) - 1)):
        return True
    opens = [i for i, t in enumerate(toks) if t.start() in (prev, s) or text[prev:t.start()].isspace()]
    male = frozenset(tables()["masculine_words"])
    return any(_possessive(lows[i]) and last <= i + 1
               and any(w in _kin() and (w in male) == he for w in lows[i + 1:i + 3]) for i in opens[:1])


def doubted(text: str, s: int, at: int) -> bool:
    """A denial or an "if" stands right before the subject at `at` ("Lee
    denied Diaz was", "denied that Diaz", "denied reports that Diaz", "If
    he was"): names.yaml `promotion_doubts`, `doubted_nouns`, tense.yaml
    `hypothetical`."""
    before = [t.group().lower() for t in TOKEN.finditer(text, s, at)][-3:]
    if before and before[-1] == "that":
        before = before[:-1]
    if before and before[-1] in tables()["doubted_nouns"]:
        before = before[:-1]
    doubts = frozenset(tables()["promotion_doubts"]) | words()["hypothetical"]
    return bool(before) and before[-1] in doubts


@lru_cache(maxsize=1)
def _kin() -> frozenset[str]:
    return frozenset(tables()["relatives"]) | frozenset(tables()["possessed_people"])


def _possessive(low: str) -> bool:
    return low in _POSSESSIVES or low.endswith(("'s", "’s"))


def _base(low: str) -> str:
    """A word without its possessive ("diaz's" -> "diaz")."""
    return low[:-2] if low.endswith(("'s", "’s")) else low
