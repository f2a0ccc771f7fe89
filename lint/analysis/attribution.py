"""Who said it: attribution of the direct quotes found by `quotes.py`.

A quote's *frame* is its sentence with every quote cut out. A quote is
attributed when (1) its frame holds a cue verb with a speaker near it, on
either side (`“…,” said board chair Lena Marsh, who …`, `it added`, `in
Bolton’s view`: `speech_cues.py`), or it closes on a comma before a bare
dialogue tag (`“…,” Hannity started.`, "tag"); (2) it opens a sentence
straight after a sentence of the same paragraph that holds an attributed
quote or an attribution of its own (`The city said the walls hold. “Water
cannot get in.”`), or it stands anywhere after an attributed direct quote
of its paragraph ("paragraph": a paragraph keeps one speaker unless it
names another); (3) a colon lead-in stands right before it, in its
sentence, or a lead-in ends the paragraph before (`She said:`, `the
following.`, a sentence cut off after its cue: `…, saying,`; a lead-in in its
sentence that names only a document nobody owns, `The statement read:`, is
`ownerless.py`'s case); (4) any segment of
its multi-paragraph run is attributed; (5) the blocks around it attribute
it (`quote_blocks.py`: a `— Name` dash line, an embedded post's signature,
a `[Reuters.]` source tag, a pull quote marked in the markup or repeating
an attributed quote); or (6) by the continuation convention, it opens a
paragraph right after a paragraph that holds an attributed direct quote of
three words or more ("continues": the same speaker goes on; figures,
embedded posts, pull quotes and dash lines in between do not break it;
another speaker's reporting verb opening the next sentence of its paragraph
does: `quote_tags.another_speaks`), or, in raw wire copy, one whose paragraph
before ends in a speaker's reported speech (`quote_reported.py`), which
another speaker after it breaks as well (nu43 H1; rules (2) and (6) are
`quote_follow.py`'s); or
(7) its own paragraph names the speaker with no cue (`speakers.py`): a
transcript label (`Q:`), an owner's words (`My next words were, “…”`), a partial quote's sentence (`Standard Chartered
sees “the opportunity …”`), or the sentence before: its subject (`Mr
Howard was dismissive. “These things happen.”`), or, for a quote inside
its sentence, a speaker and a verb that reports speech (`Keefe said it holds. Furthermore, “we
still …”`). A quote listed after
another (`“A,” “B” and “C”`) shares its status. A
quote after `so-called`, `known as the` and the like, before `as … is
known`, one whose words are all capitalised (a composition title), or a
short one after a determiner or a naming word (`the “tip of the iceberg”`),
is a name or a term and not a direct quote; so is a capitalised quote
right after a work's noun (`commentary, “Riders, tell …”`) that nobody is
said to have said. All word lists live in
`lint/data/attribution.yaml`.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

from ..document import Document, Part
from .ownerless import documented, unowned
from .quote_blocks import block_attribution, carried, repeats
from .quote_follow import follow_on
from .quote_examples import is_example, joins_examples
from .quote_italics import italic_inside
from .quote_sentences import Openers as _Openers, boundaries as _boundaries, frame as _frame
from .quotes import Quote, quote_analysis
from .speakers import (after_dateline, after_place, cased, has_label, introduces, is_aside, is_partial, listed,
                       lower_case_copy, names_somebody, owned_words, proper_names, reports)
from .speech_cues import (WORD, Lexicon, has_cue_and_speaker, is_dialogue_tag,
                          is_name, is_work_title, leads_in, lexicon)

__all__ = ["QuoteStatus", "attribution"]
LISTED_WORDS = 10    # a longer quote listed after a term is no list item but speech
# How a quote that speaks for somebody was attributed (a pull quote repeats one of these).
SAID = frozenset({"cue", "tag", "colon", "follows", "paragraph", "continues", "run", "dash",
                  "source", "partial", "introduced", "label", "listed", "document"})


@dataclass
class QuoteStatus:
    """What the attribution analysis decided for one quote run (keyed by its head).
    Length and directness are worked out only when asked for: most quotes are
    attributed, and then nobody asks."""

    head: Quote
    attributed: bool
    how: str            # "cue", "tag", "colon", "follows", "paragraph", "run", "continues",
                        # "dash", "embed", "source", "pullquote" (markup), "repeat";
                        # "document" (credited to a statement nobody owns: `ownerless.py`);
                        # "" if unattributed
    sentence_start: int  # where the head's sentence starts in its part
    like: "QuoteStatus | None" = None   # the first quote of the list this one ends (`“A,” “B” and “C”`)
    dateline: int = 0   # characters of a wire dateline opening the head's sentence (`LONDON (Reuters) -`)
    glued: bool = True  # list glue carries `like`'s example reading too (False: `speech_unless_example` only)

    @cached_property
    def word_list(self) -> list[str]:
        return WORD.findall(" ".join(s.inner for s in self.head.segments()))

    @property
    def closed(self) -> bool:
        """The run's last segment closes (an unclosed quote has no sentence to judge)."""
        return self.head.segments()[-1].closed

    @property
    def words(self) -> int:
        """Words in the whole run, marks excluded."""
        return len(self.word_list)

    @cached_property
    def example(self) -> bool:
        """Nobody said it and it follows a kind of words and `like` (`questions
        like “…”`: `quote_examples.py`); so are the quotes listed after it."""
        if self.like is not None:
            return self.glued and self.like.example
        return not self.attributed and is_example(self.head.part.text, self.head.start,
                                                  self.sentence_start + self.dateline)

    @cached_property
    def direct(self) -> bool:
        """False for names, terms, examples and composition titles (`so-called “…”`;
        a capitalised quote after a work's noun, a quote after `questions
        like` or one in italics inside its marks, when nobody said it)."""
        if self.like is not None:
            return self.like.direct if self.glued else self.like.speech_unless_example
        return self.speech_unless_example and not self.example

    @cached_property
    def speech_unless_example(self) -> bool:
        """`direct` without the example reading (fx366): False for
        names, terms, titles and italic mentions (`“Fares.”` in `topics like
        “Fares.” “…”`), True for anything else, examples included."""
        if self.like is not None:
            return self.like.speech_unless_example
        head, lex = self.head, lexicon()
        if not self.attributed:     # (an attributed quote, the usual one, loads neither module)
            from .quote_modifiers import modifies_noun
            from .quote_tags import bylined
            if is_work_title(head.part.text, head.start, head.open_width, lex, head.end):
                return False    # `commentary, “Riders, tell …,” is thoughtful`: a title
            if bylined(head.part.text, head.end):
                return False    # `“The Living Room to close,” by Times' Ben Sisario`: a title
            if modifies_noun(head.part.text, head.start, head.end, head.open_width, head.close_width):
                return False    # `the “Visits to all Domains” file`: a name
            if italic_inside(head.part, head.start, head.end, head.open_width, head.close_width):
                return False    # `“*Why isn’t Python an O*NET Skill?*”`: a title or a mention
        return not is_name(head.part.text, self.sentence_start, head.start, head.end,
                           self.word_list, lex)


def attribution(doc: Document) -> list[QuoteStatus]:
    """One status per top-level quote run in the body, in document order."""
    return doc.analysis("quotes.attribution", _attribute)


def _attribute(doc: Document) -> list[QuoteStatus]:
    qa = quote_analysis(doc)
    lex = lexicon()
    by_part: dict[int, list[Quote]] = {}
    for q in qa.top_level():
        by_part.setdefault(q.part.index, []).append(q)
    how: dict[int, str] = {}           # id(segment) -> how it is attributed
    sentences: dict[int, tuple[int, int]] = {}   # id(segment) -> its sentence span
    previous_text = ""
    documents: set[int] = set()     # quotes whose frame credits a document nobody owns
    for part in qa.parts:
        quotes = by_part.get(part.index)
        if quotes:
            _own_frames(doc, part, quotes, previous_text, lex, how, sentences, documents)
        previous_text = part.text
    heads = [q for q in qa.top_level() if q.prev is None]
    block_attribution(doc, by_part, how)
    _spread_over_runs(heads, how)
    follow_on(doc, by_part, lex, how, sentences)
    _named_around(doc, by_part, lex, how, sentences)
    documented(by_part, how, documents)
    loose = [h for h in heads if h.next is None and id(h) not in how]
    if loose:
        said = [q for q in qa.top_level() if how.get(id(q)) in SAID]
        for found in repeats(doc, loose, said):
            how[found] = "repeat"
        for found in carried(doc, [h for h in loose if id(h) not in how]):
            how[found] = "embed"          # the story quoting the post it embeds
    return _statuses(doc, heads, by_part, how, sentences)


def _statuses(doc: Document, heads: list[Quote], by_part: dict[int, list[Quote]], how: dict[int, str],
              sentences: dict[int, tuple[int, int]]) -> list[QuoteStatus]:
    """One status per run; a quote listed after another of its paragraph
    (`“A,” “B” and “C”`) is what that one is: attributed, or a term."""
    of_head: dict[int, QuoteStatus] = {}
    for head in heads:
        found = next((how[id(s)] for s in head.segments() if id(s) in how), "")
        s_start = sentences[id(head)][0]     # a dateline opens a paragraph: only `example` reads it
        cut = 0 if found or s_start else after_dateline(doc, head.part, 0, head.start)
        of_head[id(head)] = QuoteStatus(head, bool(found), found, s_start, dateline=cut)
    for quotes in by_part.values():
        for before, q in zip(quotes, quotes[1:]):
            status = of_head.get(id(q))
            if status is None or not listed(q.part.text, before.end, q.start):
                continue
            first = of_head[id(before.head)]
            close = before.close_width if before.closed else 0
            joined = first.example and joins_examples(q.part.text, before.end, close, q.start)
            if joined or status.words <= LISTED_WORDS:     # a list of titles, slogans or examples
                # a sentence after a spoken example takes its own `speech_unless_example`, not the
                # example reading (qa244 #1); `like` is the
                # list's first quote, whose own `like` is None, and `glued` holds for the whole way
                # there, so a long list (`“” “” “” …`, fx377) is no chain that `example` and
                # `direct` recurse down
                status.glued = (joined or not (first.example and first.speech_unless_example)) \
                    and (first.like is None or first.glued)
                status.like = first.like or first
            if not status.attributed and first.attributed:
                status.attributed, status.how = True, "listed"
    return [of_head[id(h)] for h in heads]


def _spread_over_runs(heads: list[Quote], how: dict[int, str]) -> None:
    """Rule (4): one attributed segment attributes its whole run."""
    for head in heads:
        segs = head.segments()
        if any(id(s) in how for s in segs):
            for s in segs:
                how.setdefault(id(s), "run")


def _named_around(doc: Document, by_part: dict[int, list[Quote]], lex: Lexicon,
                  how: dict[int, str], sentences: dict[int, tuple[int, int]]) -> None:
    """Rule (7), for quotes still unattributed: a transcript label opening the
    paragraph, a partial quote in a sentence that names somebody, a quote in
    the sentence after one whose subject is a person (`speakers.py`) or, when
    the quote does not open its sentence, one with a cue, a speaker and a
    verb that reports speech and no quote of its own (`reports`; a quote
    that opens it was asked for a cue in `_own_frames`, and a sentence with
    a quote hands on its speaker by rule (2) only)."""
    names = lambda: proper_names(doc)  # noqa: E731  (built once per document, when asked)
    for quotes in by_part.values():
        loose = [q for q in quotes if id(q) not in how]
        if not loose:
            continue
        text = quotes[0].part.text
        if has_label(text, names):
            for q in loose:
                how[id(q)] = "label"     # `Q: …`, `ROBERTS: …`
            continue
        spans = [(q.start, q.end) for q in quotes]
        ends = [b for _, b in spans]
        starts = None
        openers = _Openers(text, lex)
        naming: dict[int, bool] = {}     # sentence start -> it names somebody (asked once)
        # sentence start -> the sentence before it: [its start, frame, it introduces, it reports
        # (None: not asked yet)], asked once however many quotes its next sentence holds
        heard: dict[int, list] = {}
        for q in loose:
            s_start, s_end = sentences[id(q)]
            if is_partial(text, s_start, q.start, q.open_width) or \
                    is_aside(text, q.start, q.end):
                if s_start not in naming:
                    from .dateline_places import city_tokens    # a partial quote's frame only
                    frame = _frame(text, s_start, s_end, spans, ends)
                    cut = after_dateline(doc, quotes[0].part, s_start, q.start)
                    cut += after_place(frame[cut:], lex)
                    clause = frame[cut:]
                    naming[s_start] = names_somebody(clause, lex, names(), opens=not cut,
                                                     where=city_tokens(clause))
                if naming[s_start]:
                    how[id(q)] = "partial"   # `Standard Chartered sees “the opportunity to …”`
            elif owned_words(text, s_start, q.start):
                how[id(q)] = "introduced"    # `My next words were, “…”`: the writer's
            if id(q) in how or not s_start or q.prev is not None:
                continue
            if s_start not in heard:
                starts = _starts(doc, quotes[0].part, spans, lex) if starts is None else starts
                before = starts[bisect.bisect_left(starts, s_start) - 1]
                cut = after_dateline(doc, quotes[0].part, before, s_start)   # no subject (qa214 #1)
                before += cut
                sentence = _frame(text, before, s_start, spans, ends)
                heard[s_start] = [before, sentence, introduces(sentence, lex, names(), opens=not cut), None]
            said = heard[s_start]
            before, sentence = said[0], said[1]
            if said[2]:
                how[id(q)] = "introduced"   # `Mr Howard was dismissive. “These things happen.”`
            elif "\x00" not in sentence and not openers(s_start, q.start):
                if said[3] is None:
                    said[3] = reports(sentence) and has_cue_and_speaker(sentence, lex) \
                        and not unowned(doc, quotes[0].part, before, sentence, lex)
                if said[3]:
                    how[id(q)] = "follows"   # `Keefe said it holds. Furthermore, “we still …”`


def _starts(doc: Document, part: Part, spans: list[tuple[int, int]], lex: Lexicon) -> list[int]:
    """Where the sentences of part.text start (0 first), the quotes `spans`
    read as `quote_sentences.boundaries` reads them; none inside a wire
    dateline that opens the paragraph (`LINCOLN, Neb. (AP) —`: the stop of a
    state's AP abbreviation ends no sentence there; `speakers.after_dateline`,
    qa201 #4)."""
    text = part.text
    cut = after_dateline(doc, part, 0, len(text))
    return [0] + [b for b in _boundaries(text, spans, lex) if b > cut]


def _own_frames(doc: Document, part: Part, quotes: list[Quote], previous_text: str, lex: Lexicon,
                how: dict[int, str], sentences: dict[int, tuple[int, int]], documents: set[int]) -> None:
    """Rules (1) and (3) for the top-level quotes of one part; a quote whose
    only cue and speaker credit a document nobody owns goes to `documents`."""
    text = part.text
    spans = [(q.start, q.end) for q in quotes]
    ends = [b for _, b in spans]      # top-level quotes: sorted and disjoint
    starts = _starts(doc, part, spans, lex)
    verdicts: dict[tuple[int, int, bool], bool | None] = {}   # None: a document nobody owns
    lead_ins: dict[tuple[int, int], bool] = {}    # a colon lead-in's sentence -> a document nobody owns
    openers = _Openers(text, lex)
    asking: list[Quote] = []     # [the quote being decided]

    def attributed(start: int, end: int, lead: bool = False) -> bool:
        """Cue and speaker in text[start:end]; quotes in one sentence share the answer."""
        key = (start, end, lead)
        if key not in verdicts:
            frame = _frame(text, start, end, spans, ends)
            # names may be lower-case (`“…,” azpurua said.`): asked only when needed
            verdicts[key] = (has_cue_and_speaker(frame, lex, lead) or lower_case_copy(doc)
                             and has_cue_and_speaker(cased(frame), lex, lead)) and (
                None if unowned(doc, part, start, frame, lex, lead) else True)
        if verdicts[key] is None:
            documents.add(id(asking[-1]))
        return bool(verdicts[key])

    for q in quotes:
        asking[:] = [q]
        k = bisect.bisect_right(starts, q.start) - 1
        s_start = starts[k]
        j = bisect.bisect_left(starts, q.end, k + 1)
        s_end = starts[j] if j < len(starts) else len(text)
        sentences[id(q)] = (s_start, s_end)
        lead = q.start   # scan back over spaces, never copy: a sentence may hold many quotes
        while lead > s_start and text[lead - 1].isspace():
            lead -= 1
        opens = lead == s_start    # nothing but spaces between the sentence start and the quote
        if text[lead - 1:lead] == ":" and not opens:
            if (s_start, s_end) not in lead_ins:    # asked once per sentence: it may hold many quotes
                lead_ins[s_start, s_end] = unowned(doc, part, s_start,
                                                   _frame(text, s_start, s_end, spans, ends), lex)
            if lead_ins[s_start, s_end]:
                documents.add(id(q))    # `The statement read: “…”`: a document nobody owns (nu23 #5)
            else:
                how[id(q)] = "colon"
        elif opens and s_start == 0 and q.prev is None and leads_in(previous_text, lex):
            how[id(q)] = "colon"
        elif attributed(s_start, s_end):
            how[id(q)] = "cue"
        elif id(q) in documents:
            pass                     # `“…,” the statement read.`: no tag either
        elif q.closed and opens and is_dialogue_tag(text, q.end, q.close_width, s_end, lex):
            how[id(q)] = "tag"       # `“…,” Hannity started.`, `“…,” Mr Champion.`
        elif j < len(starts) and not text[q.end:s_end].strip():
            # `“Who are they?” Trump said.` : a ? or ! inside the quote looks
            # like a sentence end, so look at the start of the next sentence.
            # A quote ending in a full stop ends its sentence: the next one
            # (`The council declined to comment.`) is its tag only when it is
            # nothing else (`“….” Mutasa said.`, a comma typed as a stop)
            n_end = starts[j + 1] if j + 1 < len(starts) else len(text)
            from .quote_tags import asks_or_exclaims, bare_tag   # a sentence after the quote only
            if (asks_or_exclaims(q) or bare_tag(text, s_end, n_end, lex)) and attributed(s_end, n_end, lead=True):
                how[id(q)] = "cue"
                sentences[id(q)] = (s_start, n_end)
        if id(q) not in how and id(q) not in documents and k and openers(s_start, q.start) and \
                attributed(starts[k - 1], s_start):
            how[id(q)] = "follows"   # `The city said the walls hold. “Water cannot get in.”`
