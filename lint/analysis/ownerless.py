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
All earlier sentences are read once per story (`Owners`, in
`ownerless_story.py`), so a story with many such quotes costs no more than
one pass. The words that name a document, a place or no owner are
`ownerless_words.py`'s; which names are firms, `ownerless_firms.py`'s.

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

from .. import rx as regex

from ..document import Document, Part
from ..regex_cache import SERIAL
from .ownerless_story import QUOTED, Owners
from .ownerless_words import (document_nouns, document_patterns, documents_in, no_owner_words,
                              not_owners, share_of, signed_by)
from .speakers import names_somebody
from .speech_cues import Lexicon, has_cue_and_speaker

# `according to the statement`: a participle-like cue that would need no speaker of its own.
_ACCORDING = regex.compile(r"(?i)(?<!\w)according\s+to(?!\w)")
# `it said`: the pronoun that may stand for a document named the sentence before.
_IT = regex.compile(r"(?i)(?<![\w'\u2019-])it(?![\w'\u2019-])")
# `organisers said in a statement`: whoever the cue's subject is, the
# document is theirs (a word, not a quote, before the verb before `in`).
_SPOKE_IN = regex.compile(r"(?i)(?<![\p{L}\x00])[\p{L}'\u2019-]+\s+\p{L}+\s+in\s+(?:a|an|the|this|that)"
                          r"\s+(?:[\p{L}-]+\s+)?(?P<noun>\p{L}+)\b")


def unowned(doc: Document, part: Part, sentence_start: int, frame: str, lex: Lexicon,
            lead: bool = False) -> bool:
    """The frame (which has a cue and a speaker) names nobody but a document,
    no earlier sentence of the story says whose that document is, and the
    headline names no speaker (`OPEC SAYS FEBRUARY OUTPUT UNDER CEILING`:
    the story reports OPEC's words)."""
    stems = documents_in(frame)
    if not stems:
        return _it_is_the_document(doc, part, sentence_start, frame, lex, lead)
    frame = _ACCORDING.sub("said", share_of().sub("", frame))   # `according to the statement`:
    # no participle cue; `Part of the statement read:` is the statement's words (qa50 #6)
    skip = no_owner_words() | not_owners(frame, lex)
    if signed_by(frame) or has_cue_and_speaker(frame, lex, lead, skip) or any(
            m["noun"].lower() in document_nouns() and m[0].split()[1].lower() in lex.cues
            for m in _SPOKE_IN.finditer(frame)):
        return False
    owners = doc.analysis("quotes.ownerless", Owners)
    return not (owners.headline or owners.before(part, sentence_start, stems, lex))


def _it_is_the_document(doc: Document, part: Part, sentence_start: int, frame: str, lex: Lexicon,
                        lead: bool) -> bool:
    """`A statement said the deal was off. “…,” it said.`: `it` is the document
    the sentence before opens with, when that sentence names nobody else and
    nothing before it owns the document (qa47 #4). The story's pass
    (`Owners`) is made only past the frame's own tests: most frames name
    neither a document nor `it`, and most stories quote no document."""
    if not _IT.search(frame, None, None, SERIAL) or has_cue_and_speaker(frame, lex, lead, no_owner_words() | {"it"}):
        return False
    owners = doc.analysis("quotes.ownerless", Owners)
    ends, text = owners.ends.get(part.index, []), part.text
    j = bisect.bisect_right(ends, sentence_start)
    if not j or text[ends[j - 1]:sentence_start].strip():
        return False
    start = ends[j - 2] if j > 1 else 0
    blank, subject = document_patterns()
    m = subject.match(text, start, ends[j - 1])
    if m is None:
        return False
    cut = blank.sub("\x00", QUOTED.sub(" \x00 ", text[start:ends[j - 1]]))
    if names_somebody(cut, lex, owners.names, not_owners(cut, lex)):
        return False
    stems = {m["noun"].lower().removesuffix("s")}
    return not (owners.headline or owners.before(part, start, stems, lex))


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
