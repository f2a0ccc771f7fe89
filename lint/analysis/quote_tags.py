"""A quote's tag after its full stop: when the next sentence names its speaker.

A quote ending in ? or ! (or an ellipsis) does not end its sentence, so a
tag may follow as a new sentence would (`“Who are they?” Trump said.`:
`asks_or_exclaims`). After a full stop, the next sentence is the quote's
tag only when it is a tag and nothing else, a stop typed for a comma
(`“….” Mutasa said.`: `bare_tag`); a sentence of its own with a cue in it
(`However, Ames said the fares would not rise.`, `Ames said on Tuesday he
would appeal.`, `Police said nothing.`) reports other speech and is none.
`attribution._own_frames` asks these, then whether the sentence holds a
cue and a speaker. `another_speaks` asks the same sentence for the
continuation convention: one that opens with another speaker's reporting
verb keeps the quote before it from being the last paragraph's speaker's
(nu42 M1). `bylined`: a quote closing on a comma before `by` and a name is a
quoted headline with its byline, a title (`byline_words`).
"""
from __future__ import annotations

from collections.abc import Container
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import rx as regex

from ..rule_cache import load_data
from .calendar import MONTHS, WEEKDAYS
from .name_titles import tables as name_tables, title_word
from .speakers import place_opener, reports
from .speech_cues import TAG_WORDS, WORD, Lexicon, word_lists

if TYPE_CHECKING:                   # (attribution imports quotes; types only)
    from .quotes import Quote

__all__ = ["another_speaks", "asks_or_exclaims", "bare_tag", "bylined", "nobody_speaks", "speaker_spoke"]
# Words that start a time or place after a tag's verb (`said after the vote`), not a clause
TAG_TAILS = frozenset({"after", "at", "on", "in", "during", "before", "from", "via", "today", "yesterday",
                       "tonight", "earlier", "later", "last", "this"})
# A double quote's opening mark (or a doubled single: wire copy's '')
OPENING = regex.compile("[\u201c\u201e\u00ab\"]|''")
# Words that say nobody spoke (`Police said nothing.`, `Nobody said anything.`)
NOT_SAID = frozenset({"nothing", "anything", "nobody", "none", "not", "never", "no"})
# Words that begin or carry a clause of its own after a tag's time or place
# (`said on Tuesday he would appeal`, `said after the vote that …`)
CLAUSE_WORDS = frozenset({"that", "he", "she", "it", "they", "we", "i", "you", "who", "would", "will",
                          "could", "should", "might", "must", "was", "were", "is", "are", "had", "has"})
# Nouns after which `that` points at a time, not a clause (`said later that day`)
THAT_TIMES = frozenset({"day", "night", "morning", "afternoon", "evening", "week", "month", "year", "time"})


def asks_or_exclaims(q: Quote) -> bool:
    """The closed quote's words end in ? or ! (or an ellipsis, … or ...), which a tag
    may follow as a new sentence would (`“Who are they?” Trump said.`), an
    inner quote's closing marks aside (`‘What did he mean?’”`)."""
    words = q.inner.rstrip(" \n'\"\u2019\u201d")
    return q.closed and (words[-1:] in ("?", "!", "\u2026") or words.endswith("..."))


def bare_tag(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The sentence text[start:end] may be a quote's tag, as after a full
    stop typed for a comma: TAG_WORDS words at most before its first comma
    or its end, a cue among them and none after it when a comma follows
    up to a quote it leads in to, unless a speech verb's participle opens
    the words after the comma (`Mutasa said.`, `Mr. Biden said, clutching
    the lectern`, `Ames said, adding that the vote was close.`, `Edwards
    continued, “…”`; not `However, Ames said …`, `In a statement, the
    council said …`), or a cue
    verb among its first TAG_WORDS words followed by a time or place
    (`Mayor Ellen Park said after the vote.`) with no clause after it
    (`said on Tuesday he would appeal.`, `Ames said he would appeal.`). A
    sentence saying nobody spoke (`Police said nothing.`, `Smith didn't
    say.`) is none. A speaker's apposition between two commas (`Smith, 45,
    said.`, `Ames, a lawyer, said Tuesday.`) is read past: the cue must
    then open the rest, TAG_WORDS words at most with no clause word."""
    comma = text.find(",", start, end)
    words = [w.lower() for w in WORD.findall(text, start, comma if comma >= 0 else end)]
    if _says_nothing(words):
        return False
    if comma >= 0 and len(words) <= TAG_WORDS and not lex.cues.intersection(words):
        return _apposed_tag(text, comma, end, lex)
    if len(words) <= TAG_WORDS:
        if comma < 0:
            return True
        opens = OPENING.search(text, comma + 1, end)     # a quote the tag goes on to lead in
        after = [w.lower() for w in WORD.findall(text, comma + 1, opens.start() if opens else end)]
        talking = after[:1] and after[0] in lex.cues and after[0].endswith("ing")
        return any(w in lex.cues for w in words) and (  # `said, adding that …`: the tag goes on
            bool(talking) or lex.cues.isdisjoint(after))
    for k, w in enumerate(words[:TAG_WORDS]):
        if w in lex.cues and words[k + 1] in TAG_TAILS:
            tail = words[k + 2:]
            return CLAUSE_WORDS.isdisjoint(w for i, w in enumerate(tail)
                                           if not (w == "that" and tail[i + 1:i + 2] and tail[i + 1] in THAT_TIMES))
    return False


def _says_nothing(words: list[str]) -> bool:
    """A word among (lower-cased) `words` says nobody spoke: NOT_SAID, or a
    contracted not (`didn't`, `wouldn’t`, which WORD keeps as one word)."""
    return bool(NOT_SAID.intersection(words)) or any(w.endswith(("n't", "n\u2019t")) for w in words)


def _apposed_tag(text: str, comma: int, end: int, lex: Lexicon) -> bool:
    """After a speaker and `comma`, an apposition of TAG_WORDS words at most
    with no cue, a second comma, then a cue opening TAG_WORDS words at most,
    no further comma, no clause word and no word saying nobody spoke
    (`Smith, 45, said.`, `Ames, a lawyer, said Tuesday.`)."""
    second = text.find(",", comma + 1, end)
    if second < 0:
        return False
    apposition = [w.lower() for w in WORD.findall(text, comma + 1, second)]
    rest = [w.lower() for w in WORD.findall(text, second + 1, end)]
    return 0 < len(apposition) <= TAG_WORDS and lex.cues.isdisjoint(apposition) and "," not in text[second + 1:end] \
        and 0 < len(rest) <= TAG_WORDS and rest[0] in lex.cues and CLAUSE_WORDS.isdisjoint(rest) \
        and not _says_nothing(rest)


@lru_cache(maxsize=None)
def _byline():
    words = "|".join(regex.escape(str(w)) for w in word_lists()["byline_words"])
    name = r"\p{Lu}[\p{L}.'\u2019-]*"
    return regex.compile(rf"[ \t]+(?i:{words})[ \t]+(?:the[ \t]+)?(?P<name>{name}(?:[ \t]+{name})+)")


@lru_cache(maxsize=None)
def _day_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_data("dates.yaml")["twelve_day_words"])


def bylined(text: str, end: int) -> bool:
    """The quote ending at text[end] closes on a comma and a byline follows
    (`“The Living Room to close,” by Times' Ben Sisario`: `byline_words`): a
    headline credited to its writer, a composition title. A byline names
    two capitalised words or more (a writer's full name, or a publication's
    and a name: `by DNAinfo's Nicole Levy`, PolNeAR train), none of them a
    month or weekday (`calendar`) or a holiday's `Eve`/`Day` (`dates.yaml`):
    `by Monday`, `By Christmas`, `by Christmas Eve` give a time; and the name
    ends its sentence or paragraph or goes on to a publication
    (`_BYLINE_END`), or it is a time or place (`by New Year the council …`)."""
    inner = text[max(0, end - 3):end]
    m = _byline().match(text, end) if "," in inner else None
    if m is None:
        return False
    words = [w.rstrip(".").lower() for w in m["name"].split()]
    return not any(w in MONTHS or w in WEEKDAYS or w in _day_words() for w in words) \
        and _BYLINE_END.match(text, m.end()) is not None


# What may follow a byline's name: the end of its sentence or paragraph, or a
# publication (`for The Times`); more clause means a time or place (`by New
# York standards, the plan …`, `by New Year the council …`: qa166 #1, #2)
_BYLINE_END = regex.compile(r"[ \t]*(?:\Z|[\n.:;|(\u2014\u2013-]|(?:for|of|at)[ \t]+(?:the[ \t]+)?\p{Lu})")


# Subject pronouns: a sentence they open may go on with the same speaker's words
SAME_SPEAKER = frozenset({"he", "she", "they", "i", "we", "it"})
SUBJECT_WORDS = 3    # a reporting verb this close to the start has the sentence's subject as speaker
# Words of an apposition between a speaker and the verb (`Jane Roe, a spokeswoman for the club, said`)
APPOSITION_WORDS = 8
# How much further a verb may stand after a speaker's full name ends the subject
# (`Ames's lawyer Ruth Cole said …`)
NAMED_SUBJECT_WORDS = 3
# What ends the clause after an inverted tag's pronoun (`…,” said he.`, `said she, adding`)
_CLAUSE_END = regex.compile(r"[ \t]*(?:[,.;:!?\u2014\u201d\"]|\Z)")


def another_speaks(sentence: str, before: str, lex: Lexicon, story: Container[str] | None = None) -> bool:
    """The sentence after a quote's full stop, in its paragraph, opens with a
    speaker and a verb that reports speech, and that speaker is another
    (`Ames said on Tuesday he would appeal.` when `before`, the paragraph
    whose speaker the quote would continue, never names Ames), or says
    nobody spoke (`Police said nothing.`, `Nobody said …`): the quote is not
    that paragraph's speaker going on (nu42 M1). The speaker is the
    sentence's subject (`_subject`): its first words, a name with an
    apposition (`Ames, the club's lawyer, said`, qa170 #2) or words that end
    in a full name (`Ames's lawyer Ruth Cole said`, nu44 H2). Another
    speaker is a capitalised word `before` does not hold, or a speaker noun
    (`attribution.yaml` `speaker_nouns`) `before` does not use (`A club
    spokesman said …`, qa170 #3). A pronoun (`And she said …`) or a name
    `before` holds may be the same speaker, a courtesy or job title before it
    aside (`Mr Howard said …`, `Mayor Ruiz said …` after `Howard said`, `Ruiz
    said`: names.yaml's `courtesy`, `titles`, `abbreviations`), and so may
    any when `before` gives its speaker as a pronoun (`he said`; not the
    reported clause's own subject, `Ames said he was disappointed`, nu44
    H2: `_pronoun_speaker`). A subject that ends in a name further on than
    SUBJECT_WORDS words is judged by that name alone (`_names_another`: `Late
    on Tuesday Ames said`, `Former banker Paul Ames said`, qa176 #1, #2), and
    a speaker noun by `story`, the lowered words of every part above the
    quote (`word in story`), not only `before` (`club spokesman Tom Hill
    said` in the lede, then `The spokesman said`, qa176 #3)."""
    found = _subject(sentence, lex)
    if found is None:
        return False
    words, k = found
    if any(w.lower() in SAME_SPEAKER for w in words[:k]):
        return False
    named = WORD.findall(before)
    # nobody spoke, unless a name `before` holds is the subject (`Smith never said`); a
    # passive (`The deal is said to be …`) names no speaker and is read below (qa166 #5)
    if words[k - 1].lower() not in BE and nobody_speaks(words, k):
        return not any(w[0].isupper() and w in named for w in words[:k])
    if not reports(words[k]) or _pronoun_speaker(before):
        return False        # `Ames spoke …`: nobody's words reported; `…,” he said.`: no name to compare
    head = words[k - 1].lower()
    return _names_another(words[_place_words(sentence, words, k, lex):k], named, k > SUBJECT_WORDS) \
        or head in lex.nouns and head not in (
            story if story is not None else {w.lower() for w in WORD.findall(before)})


def _names_another(subject: list[str], named: list[str], longer: bool) -> bool:
    """`subject` (the words before the verb) names another speaker than
    `named` (the words of the paragraph before). Its name is its last run of
    capitalised words, titles aside (`_titles`); the name is another when its
    surname, its last word, is not among `named`, or when another of its
    words is not and `named` puts another capitalised word before that
    surname (`Jane Smith said` after `John Smith said`). A time or place
    in the run is no speaker of its own (`In New York Ames said`). A capitalised word
    before the run is another speaker (`Cole and Ames said`, `Prosecutors
    said`, as ever), unless the subject is `longer` (`_subject`'s name path):
    then what stands before the name is a time or place (`Late on Tuesday
    Ames said`) or a descriptor (`Former banker Paul Ames said`), and only
    the surname is compared (qa176 #1, #2): a namesake passes for the same
    speaker there, a miss, not a false alarm."""
    run = len(subject)
    while run and subject[run - 1][:1].isupper():
        run -= 1
    name = [w for w in subject[run:] if not _titles(w)]
    if longer:
        return bool(name) and name[-1] not in named
    if any(w[0].isupper() and w not in named and not _titles(w) for w in subject[:run]):
        return True
    if not name:
        return False
    surname = name[-1]
    if surname not in named:
        return True
    return any(w not in named for w in name[:-1]) and any(
        b == surname and a[0].isupper() and a not in name and not _titles(a) for a, b in zip(named, named[1:]))


def _place_words(sentence: str, words: list[str], k: int, lex: Lexicon) -> int:
    """How many of `words`, the sentence's words with the connectives cut,
    name a place or a time, no speaker, before the subject of the verb at k:
    0 unless the cut connectives end in a preposition of time or place
    (`attribution.yaml` `not_owner_prepositions`). Then the words up to a
    comma before the verb (or the next, when only capitalised words lie
    between them: `In Lima, Peru, Ruiz said`, qa191 #5: `speakers.place_opener`), when a name ends
    the subject after it, which is judged in full (`At City Hall, Smith
    said`; `In Lima, Maria Ruiz said` is a namesake); no words when the
    subject ends otherwise (`In court, Ruiz's lawyer said`, `In Lima, her
    lawyer said`: read as before). With
    no comma, the one word before a lone capitalised name (`In Lima Ruiz
    said`, `On Tuesday Ruiz said`); a longer run is not parted, as `In Lima
    Maria Ruiz said`, a namesake, reads as `In New York Ruiz said` (qa185 #1, #2)."""
    cut, comma = place_opener(sentence, lex)
    if not cut:
        return 0
    place = WORD.findall(sentence, 0, comma)[cut:] if comma >= 0 else words[:k]
    if 0 < len(place) < k and words[:len(place)] == place:
        return len(place) if words[k - 1][:1].isupper() else 0
    return 1 if k == 2 and all(w[:1].isupper() for w in words[:2]) else 0


def _subject(sentence: str, lex: Lexicon) -> tuple[list[str], int] | None:
    """The sentence's words (connectives cut off) and the index k of the verb
    of speech its subject, words[:k], governs, or None: a verb among its
    first SUBJECT_WORDS + 1 words (`A club spokesman said`); after a subject
    of SUBJECT_WORDS words at most and an apposition of APPOSITION_WORDS with
    no verb of speech, between two commas (`Ames, the club's lawyer,
    said`); or, with no comma before it, right after a full name of two
    capitalised words at most NAMED_SUBJECT_WORDS words further on (`Ames's
    lawyer Ruth Cole said`)."""
    matches = list(WORD.finditer(sentence))
    while matches and matches[0].group().lower() in lex.openers:
        matches.pop(0)
    if not matches:
        return None
    words = [m.group() for m in matches]
    k = next((i for i, w in enumerate(words[:SUBJECT_WORDS + 1]) if i and _speaks(w)), 0)
    if k:
        return words, k
    for k in range(SUBJECT_WORDS + 1, min(len(words), SUBJECT_WORDS + NAMED_SUBJECT_WORDS + 1)):
        if _speaks(words[k]):
            name = words[k - 2:k]
            if all(w[0].isupper() for w in name) and "," not in sentence[matches[0].start():matches[k].start()]:
                return words, k
            break
    first = sentence.find(",", matches[0].start())
    second = sentence.find(",", first + 1) if first >= 0 else -1
    if second < 0:
        return None
    subject = [m.group() for m in matches if m.end() <= first]
    apposition = WORD.findall(sentence, first + 1, second)
    rest = WORD.findall(sentence, second + 1)
    if 0 < len(subject) <= SUBJECT_WORDS and 0 < len(apposition) <= APPOSITION_WORDS \
            and rest and _speaks(rest[0]) and not any(_speaks(w) for w in apposition):
        return subject + rest, len(subject)
    return None


def _pronoun_speaker(before: str) -> bool:
    """`before` gives a speaker as a pronoun (SAME_SPEAKER): one right before
    a verb that reports speech (`…,” he said.`, `She added that …`) or an
    inverted tag's, ending its clause (`…,” said he.`); not the subject of
    the clause a named speaker's verb reports (`Ames said he was
    disappointed.`, nu44 H2; `Ames said he expected …`, `said that he told
    …`, qa176 #4), unless its verb ends the clause (`Ames said he said so.`)."""
    found = list(WORD.finditer(before))
    for i, (a, b) in enumerate(zip(found, found[1:])):
        x, y = a.group(), b.group()
        opens_clause = i > 0 and (reports(found[i - 1].group()) or found[i - 1].group().lower() == "that")
        if x.lower() in SAME_SPEAKER and reports(y) and (not opens_clause or _CLAUSE_END.match(before, b.end())):
            return True
        if reports(x) and y.lower() in SAME_SPEAKER and _CLAUSE_END.match(before, b.end()):
            return True
    return False


def _titles(word: str) -> bool:
    """`word` is a courtesy or job title (names.yaml: `Mr`, `Ms.`, `Mayor`,
    `Gov.`), which names no speaker of its own."""
    return word.rstrip(".").lower() in name_tables()["courtesy"] or title_word(word.rstrip(".")) is not None


# Verbs that say somebody spoke without reporting words (`No one spoke after that.`)
SPOKE = frozenset({"spoke", "speak", "speaks", "spoken", "commented"})
# Forms of `be` before a verb that reports speech: a passive with no speaker (`It was said that …`)
BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# Verbs before `saying` that take the words back (`denied saying`)
DENIED = frozenset({"denied", "denies", "deny", "denying"})
# Subjects (among a sentence's first two words) that say nobody spoke: `Nobody said …`,
# `But no one …`, `No one spoke`, `None of them commented`
NOBODY = frozenset({"nobody", "no", "none", "nothing"})


def _speaks(word: str) -> bool:
    return reports(word) or word.lower() in SPOKE


def nobody_speaks(words: list[str], k: int) -> bool:
    """`words` (a sentence's, connectives cut off) have a verb of speech at
    words[k], and the sentence says that nobody spoke: its subject does
    (`Nobody said …`, `No one spoke`: NOBODY), the verb is negated right
    before it (NOT_SAID or a contracted not: `The minister never said …`,
    `did not say`), the words after it do (`Police said nothing.`:
    `_says_nothing_after`), it is a passive with no speaker (`It was said
    that …`, `The budget was said to be …`), or a denial (`denied saying`)."""
    before = [w.lower() for w in words[:k]]
    if not before:
        return False
    # the negation sits on the main verb, right before it or one adverb away
    # (`did not immediately say`), not in a clause before it (`Volcker, who is not
    # a minister, said …`, qa166 #4)
    negated = _says_nothing(before[-1:]) or len(before) > 1 and before[-1].endswith("ly") \
        and _says_nothing(before[-2:-1])
    return not NOBODY.isdisjoint(before[:2]) or negated or _says_nothing_after(words, k) \
        or before[-1] in BE or before[-1] in DENIED


def _says_nothing_after(words: list[str], k: int) -> bool:
    """The words after the verb words[k] say nothing was said (`Police said
    nothing.`, `said nothing about the deal`), not open the reported clause
    (`said no new taxes would come`, `said nothing would stop it`, `said none
    of the cuts would hurt`: qa166 #3)."""
    nxt = [w.lower() for w in words[k + 1:k + 3]]
    if not nxt or nxt[0] not in NOT_SAID:
        return False
    return len(nxt) == 1 or nxt[0] in ("nothing", "anything") and nxt[1] not in CLAUSE_WORDS


def speaker_spoke(sentence: str) -> bool:
    """The sentence's first verb that reports speech has a speaker who
    spoke (not `nobody_speaks`): `Volcker said he believed …`, not `Nobody
    said whether …`, `It was said that …` or `The minister never said …`."""
    words = WORD.findall(sentence)
    k = next((i for i, w in enumerate(words) if _speaks(w)), None)
    return k is not None and not nobody_speaks(words, k)
