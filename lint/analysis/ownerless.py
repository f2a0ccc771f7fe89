"""Quotes credited to a document that names nobody: `“…,” the statement read.`

A cue verb whose only speaker is a document (`the statement`, `the post`,
`the email`, `the release`: `ownerless_nouns` in `lint/data/attribution.yaml`)
tells the reader what carried the words but not whose they are. Such a
frame is no attribution unless the story says whose document it is:

- in the quote's own sentence, by anybody else it names (`Smith's statement
  said`, `a statement from the mayor's office`, `in a statement, the mayor
  said`, `their statement read`: a possessive determiner is an owner;
  `the statement, signed by 40 professors, read`), or by the subject of a
  cue that spoke in it (`organisers said in a statement`). A run of
  capitals after `on`/`in`/`at`/`via` is a place, here and in the earlier
  sentences below (`the post on Facebook read`, `A statement was released
  at Lincoln High.`), a month's short form a date (`read Dec. 9`), and
  `according to the statement` names nobody. A capitalised noun is a name
  (`the Post reported`);
- or in a headline that has somebody speak (`OPEC SAYS OUTPUT UNDER
  CEILING`), whatever the statement is about;
- or in an earlier sentence of the story that mentions the document or
  another (`a report on a satirical Web site`: `document_words`), or puts
  one out (`announced`, `issued`: `issuing_verbs`), and names somebody
  (`The water department issued a statement Wednesday.`, `Herrera said in
  an email that …`, `the state party announced she was not coming`);
- or in the sentence just before the quote's (in its paragraph, or the
  last of the paragraph before) when somebody it names says or puts words
  out (`statement_owner_verbs`: `Police said two men were arrested.`, `Jane
  Roe shared a photo on Instagram.`). A sentence that only names somebody
  (`Mayor Linda Park attended the ribbon cutting.`), one further back, and a
  news outlet's `reported` own nothing (qa49 #2). When that sentence is a
  quote's, a person spoke (`“…,” Park said.`) and nothing says they issued
  the statement, but an organisation's words are its statement (`“…,” the
  Pentagon said Tuesday.`, qa49 #5; `FEMA said`, and `Acme said` in a story
  that writes `Acme Inc.` or `the retailer Acme` and gives no person that
  name: `is_firm`; `JD said`, `AOC said` are a person's initials, qa50 #5).

`it said` is the document when the sentence just before opens with one
that names nobody (`A statement was released at noon. “…,” it said.`).
All earlier sentences are read once per story (`_Owners`), so a story with
many such quotes costs no more than one pass.

`attribution.py` asks `unowned` for a frame that has a cue and a speaker,
and for the sentence of a quote after a colon lead-in (`The statement read:
“…”`, nu23 #5: the same case), and marks a quote whose only attribution is such a frame "document" once
nothing else attributes it (a dash line, a colon lead-in, the sentence
before). Later quotes of that paragraph share it (a paragraph keeps its
speaker), but the continuation convention never carries it to the next
paragraph (a speakerless quote there is plainly unattributed), nor gives
such a quote the speaker of the paragraph before.
"""
from __future__ import annotations

import bisect
from functools import lru_cache

import regex

from ..document import Document, Part
from .ownerless_firms import PROSE, is_firm, story_firms
from .quote_sentences import abbreviation_at
from .quotes import word_lists
from .speakers import names_somebody, proper_names
from .speech_cues import TOKEN, Lexicon, has_cue_and_speaker, is_speaker, lexicon, may_hold

# An earlier sentence: what lies between two sentence ends around a mention.
ISSUE = "\x01"   # the key of a verb or word of putting any document out
_SENTENCE_END = regex.compile(r"[.!?\u2026](?=[\"'\u201d\u2019)\]]*\s)")
# Quoted words, cut out of an earlier sentence before it is searched for a speaker.
_QUOTED = regex.compile(r"[\u201c\"][^\u201c\u201d\"]*[\u201d\"]")
# `according to the statement`: a participle-like cue that would need no speaker of its own.
_ACCORDING = regex.compile(r"(?i)(?<!\w)according\s+to(?!\w)")
# `it said`: the pronoun that may stand for a document named the sentence before.
_IT = regex.compile(r"(?i)(?<![\w'\u2019-])it(?![\w'\u2019-])")
# A quotation mark left open in a sentence (a quote that runs on past it).
_OPEN = regex.compile(r"[\u201c\u201d\"]")
# `organisers said in a statement`: whoever the cue's subject is, the
# document is theirs (a word, not a quote, before the verb before `in`).
_SPOKE_IN = regex.compile(r"(?i)(?<![\p{L}\x00])[\p{L}'\u2019-]+\s+\p{L}+\s+in\s+(?:a|an|the|this|that)"
                          r"\s+(?:[\p{L}-]+\s+)?(?P<noun>\p{L}+)\b")


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
    if verb.search(cut) is None or not names_somebody(cut, lex, names, _not_owners(cut, lex)):
        return False
    if "\x00" not in cut and not _OPEN.search(cut):
        return True
    return any(m["name"].split()[0].lower() not in lex.titles for m in organisation.finditer(cut)) \
        or any(is_firm(m["name"], cut, firms) for m in named.finditer(cut))


@lru_cache(maxsize=None)
def _share_of() -> "regex.Pattern":
    """A share of a document before it (`Part of `, `Excerpts of `, before
    `the statement`): attribution.yaml `document_shares`."""
    shares = "|".join(regex.escape(str(x)).replace(r"\ ", r"\s+") for x in sorted(
        word_lists()["document_shares"], key=len, reverse=True))
    return regex.compile(rf"(?i)(?<![\w'\u2019-])(?:{shares})\s+of\s+"
                         r"(?=(?:the|a|an|this|that|its|his|her|their|our)\s)")


@lru_cache(maxsize=None)
def _nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in word_lists()["ownerless_nouns"])


@lru_cache(maxsize=None)
def _skip() -> frozenset[str]:
    """Words that are no owner: the documents, and weekdays and months, also a
    month's short form (`the statement read Tuesday` names nobody; nor does an
    earlier `A statement was released on Jan. 5.`, whose `Jan` is no person:
    qa57)."""
    return _nouns() | frozenset(str(w).lower() for w in word_lists()["not_speakers"]) | _frame_words()[1]


@lru_cache(maxsize=None)
def _mention():
    """A document noun, or its stem as a verb (`posted`, `emailed`, `released`),
    or a verb of putting any document out (`announced`, `issued`) or another
    word for one (`report`, `article`): group `issue`, which counts for any."""
    stems = sorted({n[:-1] if n.endswith("s") else n for n in _nouns()}, key=len, reverse=True)
    nouns = "|".join(regex.escape(s) for s in stems)
    verbs = "|".join(regex.escape(str(v)) for v in sorted(
        (*word_lists()["issuing_verbs"], *word_lists()["document_words"]), key=len, reverse=True))
    return regex.compile(rf"(?i)(?<![\w'\u2019-])(?:(?P<issue>{verbs})|(?:{nouns})(?:s|ed)?)"
                         r"(?![\w'\u2019-])")


@lru_cache(maxsize=None)
def _document_patterns():
    """A document noun (blanked out before a sentence is asked whether it
    names somebody), and a sentence whose subject is one (`A statement said …`)."""
    nouns = "|".join(regex.escape(n) for n in sorted(_nouns(), key=len, reverse=True))
    return (regex.compile(rf"(?i)(?<![\w'\u2019-])(?:{nouns})(?![\w'\u2019-])"),
            regex.compile(rf"\s*(?i:a|an|the|this|that)\s+(?:\p{{Ll}}[\p{{L}}-]*\s+)?"
                          rf"(?P<noun>{nouns})(?![\w'\u2019-])"))


@lru_cache(maxsize=None)
def _noun_hints() -> tuple[str, ...] | None:
    """The document nouns that hold no other one (`statement`, not
    `statements`), one of which every frame the noun pattern matches holds
    once lowered; None when a noun is not all ASCII (no test then)."""
    nouns = _nouns()
    if not all(n.isascii() for n in nouns):
        return None
    return tuple(sorted(n for n in nouns if not any(o != n and o in n for o in nouns)))


def _documents(frame: str) -> set[str]:
    """The document nouns the frame holds, as stems (`statements` -> `statement`),
    written lower-case: `the Post reported` names a newspaper, a speaker (in an
    all-capitals frame any case will do)."""
    if not may_hold(frame, _noun_hints()):   # (most frames name no document)
        return set()
    found = _document_patterns()[0].findall(frame)
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


def _not_owners(frame: str, lex: Lexicon) -> frozenset[str]:
    """Capitals in the frame that are no owner, lower-cased as `TOKEN` cuts
    them: the run of capitalised words after `on`/`in`/`at`/`via`
    (`document_places`) is a place the document went out on or from (`on
    Facebook`, `at Lincoln High`, `in New York`, `on Main St.`). The run
    stops at a title (`in Boston Mayor Wu`), a weekday or month (`On Tuesday
    Acme`) and before a possessive (`on Acme's website`, `on Jones' page`:
    theirs) but a saint's (`at St. Mary's`: `saint_words`). (A month's short
    form is in `_skip`.)"""
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
            if low in _skip():
                break
            before = low
    return frozenset(out)


def _signed_by(frame: str) -> bool:
    """`the statement, signed by 40 professors, read`: the frame says whose it is."""
    return _frame_words()[2].search(frame) is not None


def unowned(doc: Document, part: Part, sentence_start: int, frame: str, lex: Lexicon,
            lead: bool = False) -> bool:
    """The frame (which has a cue and a speaker) names nobody but a document,
    no earlier sentence of the story says whose that document is, and the
    headline names no speaker (`OPEC SAYS FEBRUARY OUTPUT UNDER CEILING`:
    the story reports OPEC's words)."""
    stems = _documents(frame)
    if not stems:
        return _it_is_the_document(doc, part, sentence_start, frame, lex, lead)
    frame = _ACCORDING.sub("said", _share_of().sub("", frame))   # `according to the statement`:
    # no participle cue; `Part of the statement read:` is the statement's words (qa50 #6)
    skip = _skip() | _not_owners(frame, lex)
    if _signed_by(frame) or has_cue_and_speaker(frame, lex, lead, skip) or any(
            m["noun"].lower() in _nouns() and m[0].split()[1].lower() in lex.cues
            for m in _SPOKE_IN.finditer(frame)):
        return False
    owners = doc.analysis("quotes.ownerless", _Owners)
    return not (owners.headline or owners.before(part, sentence_start, stems, lex))


def _it_is_the_document(doc: Document, part: Part, sentence_start: int, frame: str, lex: Lexicon,
                        lead: bool) -> bool:
    """`A statement said the deal was off. “…,” it said.`: `it` is the document
    the sentence before opens with, when that sentence names nobody else and
    nothing before it owns the document (qa47 #4). The story's pass
    (`_Owners`) is made only past the frame's own tests: most frames name
    neither a document nor `it`, and most stories quote no document."""
    if not _IT.search(frame) or has_cue_and_speaker(frame, lex, lead, _skip() | {"it"}):
        return False
    owners = doc.analysis("quotes.ownerless", _Owners)
    ends, text = owners.ends.get(part.index, []), part.text
    j = bisect.bisect_right(ends, sentence_start)
    if not j or text[ends[j - 1]:sentence_start].strip():
        return False
    start = ends[j - 2] if j > 1 else 0
    blank, subject = _document_patterns()
    m = subject.match(text, start, ends[j - 1])
    if m is None:
        return False
    cut = blank.sub("\x00", _QUOTED.sub(" \x00 ", text[start:ends[j - 1]]))
    if names_somebody(cut, lex, owners.names, _not_owners(cut, lex)):
        return False
    stems = {m["noun"].lower().removesuffix("s")}
    return not (owners.headline or owners.before(part, start, stems, lex))


class _Owners:
    """One pass over the story's prose that remembers, for each document word,
    where a sentence first mentions it and names somebody (`The water
    department issued a statement.`), and for every body sentence whether it
    owns the statement quoted in the sentence after it (`_owns_next`:
    `Police said two men were arrested.` does; `“…,” Park said.` does not:
    Park spoke, nothing says Park issued anything). A frame then
    asks in O(log n), whatever the number of earlier sentences (qa47 #1)."""

    def __init__(self, doc: Document):
        lex, skip, mention, blank = lexicon(), _skip(), _mention(), _document_patterns()[0]
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
            _QUOTED.sub(" \x00 ", head.text), lex, False, skip)
        for p in doc.parts:
            if p.kind not in PROSE and p.kind != "heading":   # a subhead may name the owner (qa50 #6)
                continue
            text = p.text
            ends = self.ends[p.index] = _sentence_ends(text, lex)
            body = p.kind in PROSE and p.kind != "headline"
            if body:
                if last is not None:
                    self.previous[p.index] = last
                last = p.index
            for start, end in zip([0, *ends], [*ends, len(text)]):
                cut = _QUOTED.sub(" \x00 ", text[start:end])
                found = {ISSUE if m["issue"] else m[0].lower()
                         for m in mention.finditer(text, start, end)}
                if any(w not in self.first for w in found) and _names(cut, lex, skip | _not_owners(cut, lex)):
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
            for m in _mention().finditer(text, start, before):
                if m["issue"] or any(m[0].lower().startswith(s) for s in stems):
                    cut = _QUOTED.sub(" \x00 ", text[start:before])
                    return _names(cut, lex, _skip() | _not_owners(cut, lex))
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


def _sentence_ends(text: str, lex: Lexicon) -> list[int]:
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
    `after the vote` names nobody, nu24 #3)."""
    tokens = TOKEN.findall(sentence)
    lower = [t.lower() for t in tokens]
    return any(is_speaker(tokens, lower, i, lex, skip) for i in range(len(tokens)))


def documented(by_part: dict, how: dict[int, str], documents: set[int]) -> None:
    """Mark "document" each quote still unattributed whose own frame named only
    a document, and each unattributed quote after one in its paragraph. The
    continuation convention gives no such quote the last paragraph's speaker:
    its own frame says it is the document's words (`“…,” Park said.` then
    `“…,” the statement read.`); and a paragraph whose only speaker turned out
    to be such a document carries nobody on to the next (`by_part` is in
    document order)."""
    carried_document = False
    for quotes in by_part.values():
        after = False
        for q in quotes:
            if how.get(id(q)) == "continues" and (id(q) in documents or carried_document):
                del how[id(q)]
            if id(q) in how:
                continue
            if after or id(q) in documents:
                how[id(q)] = "document"
                after = True
        said = [how.get(id(q), "") for q in quotes]
        carried_document = "document" in said and all(h in ("", "document") for h in said)
