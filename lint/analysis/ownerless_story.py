"""The earlier sentences of a story, for `ownerless.py`: does one say whose
a document is?

One pass over the story's prose (`Owners`, kept per document) remembers,
for each document word, where a sentence first mentions it (or puts any
document out: `issuing_verbs`) and names somebody (`The water department
issued a statement Wednesday.`), and, for every body sentence, whether it
owns the statement quoted in the sentence after it (`_owns_next`: `Police
said two men were arrested.` does; `“…,” Park said.` does not: Park spoke,
nothing says Park issued anything; an organisation's words are its
statement: `“…,” the Pentagon said Tuesday.`, `is_firm`). A frame then asks
in O(log n), whatever the number of earlier sentences (qa47 #1).
"""
from __future__ import annotations

import bisect
from functools import lru_cache

from .. import rx as regex

from ..document import Document, Part
from .ownerless_firms import PROSE, is_firm, story_firms
from .ownerless_words import (document_nouns, document_patterns, longest_first, mention_pattern, no_owner_words,
                              not_owners)
from .quote_sentences import abbreviation_at
from .speakers import names_somebody, proper_names
from .speech_cues import TOKEN, Lexicon, has_cue_and_speaker, is_speaker, lexicon, word_lists

# An earlier sentence: what lies between two sentence ends around a mention.
ISSUE = "\x01"   # the key of a verb or word of putting any document out
_SENTENCE_END = regex.compile(r"[.!?\u2026](?=[\"'\u201d\u2019)\]]*\s)")
# Quoted words, cut out of an earlier sentence before it is searched for a speaker.
QUOTED = regex.compile(r"[\u201c\"][^\u201c\u201d\"]*[\u201d\"]")
# A quotation mark left open in a sentence (a quote that runs on past it).
_OPEN = regex.compile(r"[\u201c\u201d\"]")


@lru_cache(maxsize=None)
def _owner_patterns():
    """A verb by which a sentence's subject owns the statement quoted next,
    an organisation crediting a quote (`\x00 the Pentagon said`: `the`
    and a capitalised name, no title, before such a verb), and a name right
    after a quote crediting it (`\x00 Acme said`: `is_firm` judges it)."""
    verbs = "|".join(regex.escape(str(v)).replace(r"\ ", r"\s+") for v in sorted(
        word_lists()["statement_owner_verbs"], key=len, reverse=True))
    verb = rf"(?:{verbs})(?![\w'\u2019-])"
    name = r"(?P<name>\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)*)"
    return (regex.compile(rf"(?i)(?<![\w'\u2019-]){verb}"),
            regex.compile(rf"(?<![\w'\u2019-])(?i:the)\s+{name}\s+(?:\p{{Ll}}+\s+)?(?i:{verb})"),
            regex.compile(rf"(?<=\x00,?\s+|,\s+){name}\s+(?i:{verb})"))


def _owns_next(cut: str, lex: Lexicon, names: frozenset[str], firms) -> bool:
    """A body sentence (quotes cut to \x00, documents blanked) owns the
    statement quoted in the sentence after it: it names somebody who says or
    puts words out, and any quote it holds is an organisation's (`the` and
    a name, or a firm's name: `is_firm`; `firms()` gives the story's)."""
    verb, organisation, named = _owner_patterns()
    if verb.search(cut) is None or not names_somebody(cut, lex, names, not_owners(cut, lex)):
        return False
    if "\x00" not in cut and not _OPEN.search(cut):
        return True
    return any(m["name"].split()[0].lower() not in lex.titles for m in organisation.finditer(cut)) \
        or any(is_firm(m["name"], cut, firms) for m in named.finditer(cut))


class Owners:
    """One pass over the story's prose that remembers, for each document word,
    where a sentence first mentions it and names somebody (`The water
    department issued a statement.`), and for every body sentence whether it
    owns the statement quoted in the sentence after it (`_owns_next`:
    `Police said two men were arrested.` does; `“…,” Park said.` does not:
    Park spoke, nothing says Park issued anything). A frame then
    asks in O(log n), whatever the number of earlier sentences (qa47 #1)."""

    def __init__(self, doc: Document):
        lex, skip, mention, blank = lexicon(), no_owner_words(), mention_pattern(), document_patterns()[0]
        self.names = proper_names(doc)
        self.firms = lambda: story_firms(doc)  # noqa: E731  (asked only of a quote's speaker)
        self.first: dict[str, tuple[int, int]] = {}   # word (or ISSUE) -> (part index, sentence end)
        self.body: list[tuple[int, int]] = []          # (part index, sentence end) of each body sentence
        self.cuts: list[str] = []                      # ... its text, quotes and blanks stood in for
        self.owns: dict[int, bool] = {}                # k -> whether body sentence k owns the next one's
        #                                                statement (`_owns_next`, read when asked)
        self.previous: dict[int, int] = {}             # a body part's index -> the body part's before it
        last = None
        self.ends: dict[int, list[int]] = {}           # part index -> its sentence ends
        head = next((p for p in doc.parts if p.kind == "headline"), None)
        self.headline = head is not None and has_cue_and_speaker(
            QUOTED.sub(" \x00 ", head.text), lex, False, skip)
        for p in doc.parts:
            if p.kind not in PROSE and p.kind != "heading":   # a subhead may name the owner (qa50 #6)
                continue
            text = p.text
            ends = self.ends[p.index] = sentence_ends(text, lex)
            body = p.kind in PROSE and p.kind != "headline"
            if body:
                if last is not None:
                    self.previous[p.index] = last
                last = p.index
            for start, end in zip([0, *ends], [*ends, len(text)]):
                cut = QUOTED.sub(" \x00 ", text[start:end])
                found = {ISSUE if m["issue"] else m[0].lower()
                         for m in mention.finditer(text, start, end)}
                if any(w not in self.first for w in found) and _names(cut, lex, skip | not_owners(cut, lex)):
                    for w in found:
                        self.first.setdefault(w, (p.index, end))
                if body and text[start:end].strip():
                    self.body.append((p.index, end))
                    self.cuts.append(blank.sub("\x00", cut))

    def before(self, part: Part, before: int, stems: set[str], lex: Lexicon) -> bool:
        """A sentence ending before text[before] in `part` (or in an earlier
        prose part) mentions one of the documents, or puts one out, and names
        somebody; or the sentence just before it (in `part`, or the last of
        the body part before) owns it (`_owns_next`)."""
        at = (part.index, before)
        if any(where <= at and (w == ISSUE or any(w.startswith(s) for s in stems))
               for w, where in self.first.items()):
            return True
        k = bisect.bisect_right(self.body, at) - 1
        if k >= 0 and self.body[k][0] in (part.index, self.previous.get(part.index)) and self._owns(k, lex):
            return True
        # the sentence that `before` cuts: it starts before `before` and ends after it
        ends = self.ends.get(part.index, [])
        j = bisect.bisect_right(ends, before)
        start = ends[j - 1] if j else 0
        if j < len(ends) and start < before:
            text = part.text
            for m in mention_pattern().finditer(text, start, before):
                if m["issue"] or any(m[0].lower().startswith(s) for s in stems):
                    cut = QUOTED.sub(" \x00 ", text[start:before])
                    return _names(cut, lex, no_owner_words() | not_owners(cut, lex))
        return False


    def _owns(self, k: int, lex: Lexicon) -> bool:
        """Whether body sentence k owns the statement of the one after it
        (`_owns_next`), worked out the first time a frame asks."""
        if k not in self.owns:
            self.owns[k] = _owns_next(self.cuts[k], lex, self.names, self.firms)
        return self.owns[k]


# What follows a stop: closing marks, space, and a lower-case letter or a
# figure (`Jan. 5`, `No. 2`).
_LOWER_AFTER = regex.compile(r"[\"'\u201d\u2019)\]]*\s+[\p{Ll}\p{Nd}]")


def sentence_ends(text: str, lex: Lexicon) -> list[int]:
    """Where the sentences of `text` end (after the stop and closing marks):
    at `.`, `!`, `?` or `…` before a space, but not at the stop of an
    abbreviation (`abbreviation_at`: attribution.yaml `abbreviations`, the
    sentence splitter's list) before a lower-case word or a figure: `Acme
    Corp. said`, `Acme Inc. said` (fx69), `posted on Dec. 9.` (qa57) are one
    sentence."""
    return [e.end() for e in _SENTENCE_END.finditer(text)
            if not (text[e.start()] == "." and _LOWER_AFTER.match(text, e.end())
                    and abbreviation_at(text, e.start(), lex))]


def _names(sentence: str, lex: Lexicon, skip: frozenset[str]) -> bool:
    """Somebody is named in the sentence (a speaker as `is_speaker` reads one:
    `after the vote` names nobody, nu24 #3), but the subject of a passive of
    putting a document out names nobody when no agent follows (`_agentless`)."""
    tokens = TOKEN.findall(_agentless(sentence))
    lower = [t.lower() for t in tokens]
    return any(is_speaker(tokens, lower, i, lex, skip) for i in range(len(tokens)))


# A passive's auxiliary (and an adverb) right before a verb: `was announced`,
# `were quietly released`, read back from the verb (`(?r)`: matched there
# once, never searched for over all the sentence before it at every verb);
# `by` and a space after it: the passive's agent.
_PASSIVE = regex.compile(r"(?ri)(?<![\w'\u2019-])(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?")
_AGENT = regex.compile(r"(?i)(?<![\w'\u2019-])by\s")
_POSSESSIVE = regex.compile(r"(?<=\p{L})['\u2019]s?(?!\p{L})")


@lru_cache(maxsize=None)
def _owner_after():
    """After the verb, a possessive (`on the district's website`) or a body
    (`document_owner_nouns`) right before a document noun (`in a district
    statement`, `a school district statement`): the document's owner (qa64 #4)."""
    bodies = "|".join(regex.escape(str(b)) for b in word_lists()["document_owner_nouns"])
    nouns = "|".join(regex.escape(n) for n in sorted(document_nouns(), key=longest_first))
    return regex.compile(rf"(?<=\p{{L}})['\u2019]s?(?!\p{{L}})|(?<![\w'\u2019-])(?i:{bodies})\s+"
                         rf"(?i:{nouns})(?![\w'\u2019-])")


def _agentless(sentence: str) -> str:
    """`sentence` with its subject blanked when a verb of putting a document
    out (`mention_pattern`) is a passive that names no agent: `The closure was
    announced.` says what was put out, not who put it out (fx87), as a
    passive without `by` names no speaker. Kept: `… was announced by the
    district` (an agent after the verb), a possessive in the subject
    (`Park's plan was announced`: Park's) and an owner after the verb
    (`_owner_after`: `in a district statement`). Offsets are kept (blanks)."""
    asked = _Asked(sentence)
    for m in mention_pattern().finditer(sentence):
        aux = _PASSIVE.match(sentence, 0, m.start())
        if aux is not None and not asked.agent_after(m.end()) \
                and not asked.possessive_before(aux.start()) and not asked.owner_after(m.end()):
            return " " * aux.start() + sentence[aux.start():]
    return sentence


class _Asked:
    """`_agentless`'s searches of one sentence, each carried on from the last
    answer: the verbs ask in reading order, so a sentence of thousands of
    passives (`was released was released …`) is read about once, not once
    per verb. Each answer is the plain search's."""

    def __init__(self, sentence: str):
        self.text = sentence
        self.agents: list[int] | None = None       # where each `by` starts
        self.seen = (0, False)       # (up to, whether a possessive ends before it)
        self.owner: tuple[int, "regex.Match | None"] | None = None   # (from, the first owner from there)

    def agent_after(self, at: int) -> bool:
        """`_AGENT` matches from text[at] on (`by` holds no other `by`)."""
        if self.agents is None:
            self.agents = [m.start() for m in _AGENT.finditer(self.text)]
        return bisect.bisect_left(self.agents, at) < len(self.agents)

    def possessive_before(self, at: int) -> bool:
        """`_POSSESSIVE` matches in text[:at], `at` an auxiliary's start (so no
        possessive ends right there). None up to the last `at` asked: a match
        now starts at most two characters before it."""
        upto, found = self.seen
        if at < upto:
            return _POSSESSIVE.search(self.text, 0, at) is not None
        if not found:
            found = _POSSESSIVE.search(self.text, max(0, upto - 2), at) is not None
            self.seen = (at, found)
        return found

    def owner_after(self, at: int) -> bool:
        """`_owner_after()` matches from text[at] on: the first match from an
        earlier start answers while it starts at or after `at`."""
        if self.owner is None or at < self.owner[0] or \
                (self.owner[1] is not None and self.owner[1].start() < at):
            self.owner = (at, _owner_after().search(self.text, at))
        return self.owner[1] is not None
