"""Quotes credited to a document that names nobody: `“…,” the statement read.`

A cue verb whose only speaker is a document (`the statement`, `the post`,
`the email`, `the release`: `ownerless_nouns` in `lint/data/attribution.yaml`)
tells the reader what carried the words but not whose they are. Such a
frame is no attribution unless the story says whose document it is:

- in the quote's own sentence, by anybody else it names (`Smith's statement
  said`, `a statement from the mayor's office`, `in a statement, the mayor
  said`, `their statement read`: a possessive determiner is an owner), or by
  the subject of a cue that spoke in it (`organisers said in a statement`);
- or in a headline that has somebody speak (`OPEC SAYS OUTPUT UNDER
  CEILING`);
- or in an earlier sentence of the story that mentions the document or
  another (`a report on a satirical Web site`: `document_words`), or puts
  one out (`announced`, `issued`: `issuing_verbs`), and names somebody (`The water department issued a statement Wednesday.`, `Herrera
  said in an email that …`, `the state party announced she was not coming`).
  Any such sentence will do: a reader who can tell whose it is gets no
  finding. A sentence that only has somebody say something (`…, spokesman
  Luis Herrera said.`) does not say who issued the statement.

`attribution.py` asks `unowned` for a frame that has a cue and a speaker,
and marks a quote whose only attribution is such a frame "document" once
nothing else attributes it (a dash line, a colon lead-in, the sentence
before). Later quotes of that paragraph share it (a paragraph keeps its
speaker), but the continuation convention never carries it to the next
paragraph: a speakerless quote there is plainly unattributed.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..document import Document, Part
from .quotes import word_lists
from .speech_cues import TOKEN, Lexicon, has_cue_and_speaker, is_speaker

# An earlier sentence: what lies between two sentence ends around a mention.
_SENTENCE_END = regex.compile(r"[.!?\u2026](?=[\"'\u201d\u2019)\]]*\s)")
# Quoted words, cut out of an earlier sentence before it is searched for a speaker.
_QUOTED = regex.compile(r"[\u201c\"][^\u201c\u201d\"]*[\u201d\"]")
PROSE = ("headline", "paragraph", "blockquote")
# `organisers said in a statement`: whoever the cue's subject is, the
# document is theirs (a word, not a quote, before the verb before `in`).
_SPOKE_IN = regex.compile(r"(?i)(?<![\p{L}\x00])[\p{L}'\u2019-]+\s+\p{L}+\s+in\s+(?:a|an|the|this|that)"
                          r"\s+(?:[\p{L}-]+\s+)?(?P<noun>\p{L}+)\b")


@lru_cache(maxsize=None)
def _nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in word_lists()["ownerless_nouns"])


@lru_cache(maxsize=None)
def _skip() -> frozenset[str]:
    """Words that are no owner: the documents, and weekdays and months
    (`the statement read Tuesday` names nobody)."""
    return _nouns() | frozenset(str(w).lower() for w in word_lists()["not_speakers"])


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


def _documents(frame: str) -> set[str]:
    """The document nouns the frame holds, as stems (`statements` -> `statement`)."""
    nouns = _nouns()
    return {w.lower().removesuffix("s") for w in TOKEN.findall(frame) if w.lower() in nouns}


def unowned(doc: Document, part: Part, sentence_start: int, frame: str, lex: Lexicon,
            lead: bool = False) -> bool:
    """The frame (which has a cue and a speaker) names nobody but a document,
    no earlier sentence of the story says whose that document is, and the
    headline names no speaker (`OPEC SAYS FEBRUARY OUTPUT UNDER CEILING`:
    the story reports OPEC's words)."""
    stems = _documents(frame)
    if not stems or has_cue_and_speaker(frame, lex, lead, _skip()) or any(
            m["noun"].lower() in _nouns() and m[0].split()[1].lower() in lex.cues
            for m in _SPOKE_IN.finditer(frame)):
        return False
    head = next((p for p in doc.parts if p.kind == "headline"), None)
    if head is not None and has_cue_and_speaker(_QUOTED.sub(" \x00 ", head.text), lex, False, _skip()):
        return False
    return not _owned_before(doc, part, sentence_start, stems, lex)


def _owned_before(doc: Document, part: Part, before: int, stems: set[str], lex: Lexicon) -> bool:
    """A sentence ahead of text[before] in `part` (or in an earlier prose part)
    mentions one of the documents and names somebody (quoted words aside)."""
    skip, mention = _skip(), _mention()
    for p in doc.parts:
        if p.index > part.index:
            break
        if p.kind not in PROSE:
            continue
        text = p.text if p.index < part.index else part.text[:before]
        for m in mention.finditer(text):
            if not m["issue"] and not any(m[0].lower().startswith(s) for s in stems):
                continue
            starts = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
            start = starts[-1] if starts else 0
            end = _SENTENCE_END.search(text, m.end())
            sentence = _QUOTED.sub(" \x00 ", text[start:end.end() if end else len(text)])
            tokens = TOKEN.findall(sentence)
            lower = [t.lower() for t in tokens]
            if any(is_speaker(tokens, lower, i, lex, skip) for i in range(len(tokens))):
                return True
    return False


def documented(by_part: dict, how: dict[int, str], documents: set[int]) -> None:
    """Mark "document" each quote still unattributed whose own frame named only
    a document, and each unattributed quote after one in its paragraph."""
    for quotes in by_part.values():
        after = False
        for q in quotes:
            if id(q) in how:
                continue
            if after or id(q) in documents:
                how[id(q)] = "document"
                after = True
