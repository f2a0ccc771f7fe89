"""A named speaker's reported speech in the paragraph right before a quote
(nu59 #1): outside wire copy (`quote_reported.py`'s case), a quote opening a
paragraph right after one that paraphrases one named speaker is that
speaker's (BBC business/360.txt: `Mr Cartagena said the industry expects to
see investment worth $10bn …`, then `"With these investments, …"`).

Readings that widened attribution were taken back five times for silencing
true findings, so this one asks a lot of the paragraph before: it holds no
quote; its last sentence reports a speaker's words (`quote_reported.
reported_before`); each of its sentences that holds a verb that reports
speech gives its speaker as a name, the subject before the verb (`Mr
Cartagena said`, courtesy and job titles aside; the verb one of
`paraphrase_verbs`, said, told, added: `Coach Wei Ding explains his goals.` is
a lead-in, which crosses a paragraph only with a colon) or a closing tag (`…, said
Cochilco vice president Patricio Cartagena.`, `…, Mr Bannister said.`), or
as `he` or `she`; and one surname names them all, given at least once. So a
deed lends nobody (`Mr Cartagena signed the deal.`: no verb of speech), nor
does a noun (`Officials said …`), a pronoun alone (`He said …`) or two
speakers (`Smith and Jones said`, `Smith said Jones told him …`, `Smith said
…. Officials said …`).

And the story must not write the other convention: a story that opens a
paragraph with a quote and its own tag (`"…," he said.`) anywhere tags its
quotes, and an untagged one is a slip the rule keeps reporting
(`tags_such_quotes`). US papers write that way: on PolNeAR train, without
this, the paraphrase before lent its speaker to 91 of the 1,665 quotes that
`eval_quotes.py` strips of their tag (recall 95.5% -> 90.1%); with it, none.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..document import Document, Part
from .calendar import MONTHS, WEEKDAYS
from .quote_blocks import prose_order
from .quote_reported import reported_before
from .quote_sentences import boundaries
from .quote_tags import courtesy_or_title, sentence_subject
from .speakers import reporting_alternation, reports
from .speech_cues import WORD, Lexicon, alternatives, lowered, word_lists

__all__ = ["named_reporter", "tags_such_quotes"]
# How a quote is attributed by its own tag (`"…," he said.`), or a later segment of its run's
OWN_TAG = frozenset({"cue", "tag", "run"})
PRONOUNS = frozenset({"he", "she"})
NAME_WORDS = 3      # a subject of more capitalised words (titles aside) is no one person's name


@lru_cache(maxsize=None)
def _paraphrase() -> str:
    """`paraphrase_verbs` (attribution.yaml: `said`, `told`, `added`) as an alternation."""
    return alternatives(word_lists()["paraphrase_verbs"])


@lru_cache(maxsize=None)
def _closing_tags():
    """`…, said Cochilco vice president Patricio Cartagena.` (group `inverted`:
    the words after the verb, the name last) and `…, Mr Bannister said.`
    (group `before`), each ending its sentence."""
    verb = rf"(?i:{_paraphrase()})"
    return regex.compile(
        rf",\s+(?:{verb}\s+(?P<inverted>[^,;()\n]{{1,80}})|(?P<before>(?:\S+\s+){{0,3}}\S+)\s+{verb})\s*[.!?]?\s*$")


@lru_cache(maxsize=None)
def _named_verbs():
    """A capitalised word right before a verb that reports speech (`Jones told`)."""
    return regex.compile(rf"(?<![\p{{L}}'\u2019-])(\p{{Lu}}[\p{{L}}'\u2019-]*)\s+(?i:{reporting_alternation()})"
                         rf"(?![\p{{L}}'\u2019-])")


def _name(words: list[str], lex: Lexicon) -> str | None:
    """The surname of `words` when they are one person's name (each
    capitalised, titles aside, NAME_WORDS at most: `Mr Cartagena`, `Cochilco
    vice president Patricio Cartagena` ends in one), "" for `he` or `she`,
    and None for anything else (`Officials`, `The minister`, `Some Democrats`,
    `Smith and Jones`)."""
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return ""
    name = [w for w in words if not courtesy_or_title(w)]
    if not 0 < len(name) <= NAME_WORDS or not all(w[:1].isupper() for w in name) \
            or any(w.lower() in lex.determiners or w.lower() in lex.not_owner_prepositions for w in name):
        return None
    return name[-1]


def _speaker(sentence: str, lex: Lexicon, names: frozenset[str]) -> str | None:
    """The surname of the speaker whose words the sentence reports ("" for a
    pronoun), or None when it gives none as a name; `names` are the story's
    proper names (`speakers.proper_names`)."""
    found = sentence_subject(sentence, lex)
    if found is not None and found[0][found[1]].lower() in lowered("paraphrase_verbs"):
        words, k = found
        # the subject opens the sentence (not `But Smith said`, nor `The Times said`, the cut `The`);
        # a lone word there is a name only when the story writes it inside a sentence (`Officials`)
        if WORD.findall(sentence)[:k] != words[:k] or k == 1 and words[0].lower() not in names \
                and words[0].lower() not in PRONOUNS:
            return None
        return _name(words[:k], lex)
    tag = _closing_tags().search(sentence)
    if tag is None:
        return None
    if tag["before"] is not None:
        return _name(WORD.findall(tag["before"]), lex)
    words = WORD.findall(tag["inverted"])
    return words[-1] if words and words[-1][:1].isupper() and "and" not in words else None


def named_reporter(previous: Part, lex: Lexicon, names: frozenset[str]) -> bool:
    """`previous`, a paragraph with no quote, paraphrases one named speaker
    (see the module docstring): a quote opening the next paragraph is theirs.
    `names`: the story's proper names, lower-cased (`speakers.proper_names`)."""
    text = previous.text.rstrip()
    if not reported_before(previous, [], lex):
        return False
    starts = [0] + boundaries(text, [], lex) + [len(text)]
    names: set[str] = set()
    for a, b in zip(starts, starts[1:]):
        sentence = text[a:b]
        if not reports(sentence):
            continue
        name = _speaker(sentence, lex, names)
        if name is None:
            return False
        names.add(name)
        # another capitalised word right before a verb of speech (`Smith said Jones told him`)
        names.update(m[1] for m in _named_verbs().finditer(sentence)
                     if m[1].lower() not in PRONOUNS and not courtesy_or_title(m[1]))
    names.discard("")
    return len(names) == 1 and not _others_named(text[starts[-2]:], names)


def _others_named(last: str, names: set[str]) -> bool:
    """The paragraph's last sentence, the one right before the quote, holds a
    capitalised word past its first that is neither in the speaker's name (a
    run of capitalised words ending in the surname in `names`) nor a title,
    a month or a weekday: another person may be the quote's speaker
    (`Carson said his knife was stopped, something that Trump mocked.`)."""
    words = WORD.findall(last)
    speaker = next(iter(names))
    run = False     # inside a run of capitalised words that ends in the surname
    for i in range(len(words) - 1, 0, -1):
        w = words[i]
        if not w[:1].isupper():
            run = False
            continue
        run = run or w == speaker
        if not (run or courtesy_or_title(w) or w.lower() in MONTHS or w.lower() in WEEKDAYS):
            return True
    return False


def tags_such_quotes(doc: Document, by_part: dict, how: dict[int, str], lex: Lexicon) -> bool:
    """Some quote of the story opens its paragraph with a tag of its own
    (`how`, id(quote) -> how it is attributed so far: OWN_TAG; `by_part`
    maps a part's index to its top-level quotes): the story tags its quotes,
    and an untagged one is a slip."""
    for part, _ in prose_order(doc):
        quotes = by_part.get(part.index)
        if quotes and not part.text[:quotes[0].start].strip() and how.get(id(quotes[0])) in OWN_TAG:
            return True
    return False
