"""Speakers named without a cue verb: the sentence's subject, a partial
quote's sentence, a transcript label, a list of quotes.

`attribution.py` asks these once a quote's own frame has no cue verb. Each
test reads only the quote's paragraph, so a quote whose paragraph was cut
down to the bare quote is never attributed by them:

- a *partial quote* (`Standard Chartered sees “the opportunity to …”`): it
  opens with a lower-case word in the middle of the writer's sentence, so the
  words are woven into a sentence whose speaker is the named subject; it is
  attributed when its sentence names somebody (a name, a pronoun other than
  `it`, a title or a speaker noun), not when it names nobody (`The ferry is, in other
  words, “the slowest boat …”`); so is a quote set off by dashes inside
  a sentence that names somebody (`When Trump wrapped up — “I will fight for
  you!” — the balloons fell`);
- an *introduced* quote (`Mr Howard was dismissive. “These things happen.”`):
  a quote in the sentence right after one whose subject is a person,
  opening it or woven into it (`Gleske was sceptical. Such targets threatened
  conflicts, “both within countries …”`);
- a quote *named as someone's words* (`My next words were, “…”`, `His reply
  was: “…”`): the sentence before it, up to the quote, is an owner (a
  possessive determiner or a capitalised possessive), a noun for speech
  (`speech_lead_nouns`) and `was`/`were`/`is`: the owner said it, the
  writer when it is `my` or `our`;
- a *transcript turn* (`Q: …`, `ROBERTS: …`, `Jane Roe: …`): a paragraph that
  opens with a speaker label;
- a quote *listed* after another (`“Peace,” “Law and Order” and “Sanity”`)
  is what the first one is: a term, or the same speaker's words.

A capitalised word that opens a sentence is only taken for a name when the
document also writes it capitalised inside a sentence, a line break
counting as a space (`Officials closed the bridge.` names nobody; `Viguerie
is upbeat.` does when `Viguerie notes` stands elsewhere). In *lower-case
copy*, where hardly a word inside a sentence is capitalised (`"…," azpurua
said.`, as some wire feeds send it), any word beside a cue verb may be the
speaker (`lower_case_copy`, `cased`). The word lists are in `lint/data/attribution.yaml`.
"""
from __future__ import annotations

import bisect
from functools import lru_cache

from .. import rx as regex

from ..document import Document, Part
from .calendar import MONTHS
from .name_titles import title_word
from .names import dateline_end, datelines
from .quote_parts import DASHES, HSPACE
from .speech_cues import TOKEN, WORD, Lexicon, is_date, lexicon, word_lists
from .word_patterns import phrase_alternation
from .words import is_common

# A capitalised word written inside a sentence: after a lower-case word, a
# comma or a closing quote mark and one space or a line break (wrapped copy:
# `said Walter\nBrown`).
INSIDE = regex.compile(r"(?<=[\p{Ll}\d,;\u201d\u2019\"'][ \n])(\p{Lu}[\p{L}'\u2019-]*)")
# `Q:`, `A:`, `ROBERTS:`, `Jane Roe:`, `Sen. Marsh:` or a lost label (`: Well …`)
LABEL = regex.compile(
    rf"\s*(?:Q|A|Question|Answer|\p{{Lu}}[\p{{Lu}}.'\u2019-]+(?:{HSPACE}+\p{{Lu}}[\p{{Lu}}.'\u2019-]+){{0,2}}"
    rf"|(?:\p{{Lu}}[\p{{L}}.'\u2019-]*{HSPACE}+){{1,2}}\p{{Lu}}[\p{{L}}'\u2019-]*)?{HSPACE}*:{HSPACE}")
# `Trump: …`: one capitalised word as a label, if it is a name (`Update:` is not)
ONE_NAME = regex.compile(rf"\s*(\p{{Lu}}[\p{{L}}'\u2019-]+){HSPACE}*:{HSPACE}")
# The gap between two quotes of a list: `, `, ` and `, `, or `, `, and, yes, `
LISTED = regex.compile(rf"(?i){HSPACE}*,?{HSPACE}*(?:(?:and|or|as well as|and then){HSPACE}*,?"
                       rf"(?:{HSPACE}*\p{{Ll}}+,)?{HSPACE}*)?")
# The word before a quote that weaves it in as a clause, whatever its first letter.
CLAUSE_LEAD = regex.compile(r"(?i)(?<![\p{L}'\u2019-])(?:that|because)$")
# A partial quote opens with a lower-case word (after an ellipsis, if any).
LOWER_START = regex.compile(r"(?:\.\.\.|\u2026)?\s*\p{Ll}")
QUOTE_OPENERS = ("\u201c", "\u2018", '"', "'")
PERSONAL = frozenset({"i", "he", "she", "we"})   # `they` and `it` are as often things
SUBJECT_WORDS = 4   # words of a question searched for its subject (`Why was he out?`)
# Lower-case copy: fewer capitalised words inside sentences than this share of its words
# (some wire feeds write `finance minister manuel azpurua told a press conference`).
LOWER_CASE_SHARE = 0.02
LOWER_CASE_WORDS = 40   # ... in a body of at least this many words
LETTERS = regex.compile(r"\p{L}+")
WORD_START = regex.compile(r"(?<![\p{L}'\u2019-])\p{Ll}")
# The capitalised word before a word inside a sentence (`Theresa` of `Theresa May`),
# and a figure after one (`May 9`).
CAPITAL_BEFORE = regex.compile(r"(?r)(?<![\p{L}'\u2019-])(\p{Lu}[\p{L}'\u2019-]*)[ \n]$")
FIGURE_AFTER = regex.compile(r"[ \u00a0]*\d")


@lru_cache(maxsize=None)
def _not_names() -> frozenset[str]:
    """Capitalised words that name no speaker: weekdays, months."""
    return frozenset(str(w).lower() for w in word_lists()["not_speakers"])


def _surname_month(text: str, m: "regex.Match") -> bool:
    """The month text[m.start():m.end()], written inside a sentence, is a
    person's surname: a title (`Prime Minister May`, `Mrs May`) or a word no
    dictionary holds (a given name: `Theresa May`, `Brian May`) stands right
    before it, and no figure after it. Not after an ordinary word (`In May`,
    `Last May`, `Pride March`), a possessive (`Florida's March`) or a weekday."""
    if FIGURE_AFTER.match(text, m.end()) is not None:
        return False
    before = CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if before is None:
        return False
    word = before[1]
    if word.lower() in lexicon().titles or title_word(word):
        return True
    return not (is_common(word) or word.endswith(("'s", "\u2019s", "'", "\u2019"))
                or word.lower() in _not_names())


@lru_cache(maxsize=None)
def _predicates() -> frozenset[str]:
    return frozenset(str(w).lower() for w in word_lists()["predicate_verbs"])


def proper_names(doc: Document) -> frozenset[str]:
    """Capitalised words that the body writes inside a sentence (so names,
    not sentence openers), lower-cased, and the months it writes as a
    person's surname (`_surname_month`: `Theresa May`, `Prime Minister May`;
    not `in May`, `Last May`, `May 9`); computed once per document."""
    def build(d: Document) -> frozenset[str]:
        found, surnames, not_names = set(), set(), _not_names()
        for part in d.parts:
            if part.kind in ("paragraph", "blockquote"):
                text = part.text
                for m in INSIDE.finditer(text):
                    low = m[0].lower()
                    found.add(low)
                    if low in not_names and low in MONTHS and low not in surnames \
                            and _surname_month(text, m):
                        surnames.add(low)
        return frozenset(found - not_names | surnames)
    return doc.analysis("quotes.proper_names", build)


def lower_case_copy(doc: Document) -> bool:
    """The body writes names in lower case (`"…," azpurua said.`, `bank
    workers leader mario galindas told reuters`): hardly a capitalised word
    stands inside a sentence. Computed once per document."""
    def build(d: Document) -> bool:
        texts = [p.text for p in d.parts if p.kind in ("paragraph", "blockquote")]
        inside = 0
        for text in texts:
            found = INSIDE.findall(text)
            inside += len(found) - found.count("I")
        # Most copy is decided before its words are counted (a `LETTERS` scan, some 2% of
        # a BBC story): each run of letters but a text's last is followed by a character
        # that is no letter, so a text of n characters holds at most (n + 1) // 2 words;
        # capitals that reach the share of that many reach the share of the words (pf36).
        most = sum((len(text) + 1) // 2 for text in texts)
        if most < LOWER_CASE_WORDS or inside >= LOWER_CASE_SHARE * most:
            return False
        words = sum(len(LETTERS.findall(text)) for text in texts)
        return words >= LOWER_CASE_WORDS and inside < LOWER_CASE_SHARE * words
    return doc.analysis("quotes.lower_case_copy", build)


def cased(frame: str) -> str:
    """The frame with every word capitalised: in lower-case copy any word may
    be a name, so a cue verb's neighbour is read as one (`Azpurua Said`)."""
    return WORD_START.sub(lambda m: m[0].upper(), frame)


def _person(tokens: list[str], i: int, lex: Lexicon, names: frozenset[str],
            first: bool) -> bool:
    """tokens[i] names somebody: a pronoun, title, speaker noun or a name (a
    sentence's first word is a name only when the document says so, or when
    a second capitalised word follows it: `Standard Chartered`; a month
    before a figure is a date, no name: `posted on Dec. 9`, `is_date`). A
    weekday is nobody, and so is a month, unless the story writes it as a
    surname (`proper_names`: `Theresa May`) and a cue or `predicate_verbs`
    follows it (`May was dismissive.`, `May said`)."""
    word = tokens[i]
    low = word.lower()
    if word == "\x00" or low in lex.openers or is_date(tokens, i):
        return False
    if low in _not_names():
        following = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        return low in names and (following in lex.cues or following in _predicates())
    if word.startswith("@") or low in lex.titles or low in lex.nouns or \
            low in lex.pronouns and low not in ("it", "which", "one", "another"):
        return True
    if not word[0].isupper():
        return False
    if not first:
        return True
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    return low in names or (following[:1].isupper() and following.lower() not in lex.openers)


@lru_cache(maxsize=None)
def reporting_alternation() -> str:
    """A regex alternation (no group) of the verbs that report speech
    (`reporting_verbs` in attribution.yaml: `said`, `according to`), as
    `word_patterns.phrase_alternation` writes it; read by `reports` and by
    `quote_reported.tag_inside`."""
    return phrase_alternation(word_lists()["reporting_verbs"])


@lru_cache(maxsize=None)
def _reporting():
    return regex.compile(rf"(?i)(?<![\p{{L}}'\u2019-])(?:{reporting_alternation()})(?![\p{{L}}'\u2019-])")


def reports(sentence: str) -> bool:
    """The sentence holds a verb that reports speech (`said`, `according to`:
    `reporting_verbs`), not only one that may say what somebody did (`closed`)."""
    return _reporting().search(sentence) is not None


@lru_cache(maxsize=None)
def person_objects() -> frozenset[str]:
    """`me`, `him`, `her`, `us`: object pronouns that stand for people."""
    return frozenset(str(w).lower() for w in word_lists()["person_objects"])


def names_somebody(frame: str, lex: Lexicon, names: frozenset[str],
                   places: frozenset[str] = frozenset(), opens: bool = True,
                   where: frozenset[int] = frozenset()) -> bool:
    """The frame (a sentence with its quotes cut out) names a speaker anywhere,
    or a person by an object pronoun (`The delay left her “feeling …”`).
    Words in `places` (lower-cased) name nobody (`at Lincoln High`: `ownerless.py`),
    nor do the tokens at the positions `where` (`TOKEN`'s cut of the frame:
    `dateline_places.city_tokens`, `The plan in Chicago is`).
    `opens`: the frame's first word opens its sentence (not so after a dateline
    or a place opener cut from it: `CHICAGO (AP) — Smith is`); when it does not,
    it is still nobody when it is a determiner or a preposition of time or
    place (`determiners`, `not_owner_prepositions`: `CHICAGO (AP) — Despite
    the rain,`, `— Both plans are`; qa201 #3)."""
    tokens = TOKEN.findall(frame)
    objects = person_objects()
    return any((not places or tokens[i].lower() not in places) and i not in where
               and _person(tokens, i, lex, names, i == 0 and opens)
               and (i or opens or not _function_word(tokens[0], lex))
               or tokens[i].lower() in objects for i in range(len(tokens)))


def _function_word(word: str, lex: Lexicon) -> bool:
    """The word is a determiner (`Both`, `Its`, `Two`) or a preposition of
    time or place (`Despite`, `Under`): it names nobody, capitalised or not."""
    low = word.lower()
    return low in lex.determiners or low in lex.not_owner_prepositions


def place_opener(sentence: str, lex: Lexicon) -> tuple[int, int]:
    """A phrase of time or place that opens the sentence: (how many words
    open it, connectives and then a preposition of time or place,
    `not_owner_prepositions` in attribution.yaml, last: `In`, `But at`;
    where the comma that ends it stands, -1 with none), or (0, -1) when no
    such preposition opens the sentence. With only capitalised words
    between that comma and the next, the next ends it: a place and its
    country or state (`In Lima, Peru, Ruiz said`, qa191 #5)."""
    cut, last = 0, ""
    for m in WORD.finditer(sentence):
        if m.group().lower() not in lex.openers:
            break
        cut, last = cut + 1, m.group().lower()
    if not cut or last not in lex.not_owner_prepositions:
        return 0, -1
    comma = sentence.find(",", next(WORD.finditer(sentence)).start())
    pair = sentence.find(",", comma + 1) if comma >= 0 else -1
    between = WORD.findall(sentence, comma, pair) if pair >= 0 else []
    if between and all(w[:1].isupper() for w in between):
        comma = pair
    return cut, comma


def after_place(sentence: str, lex: Lexicon) -> int:
    """Where the sentence's clause starts after a place's name that opens it,
    set off by a comma (`In Chicago, the plan is`, `At City Hall, `, `In
    Lima, Peru, `: `place_opener`, with only capitalised words between its
    preposition and its comma), else 0. The name is where, never who: a
    partial quote's sentence (its frame, quotes cut to NULs) names its
    speaker, if any, from there on (nu46 #3). The sentence is read whole, as
    before, when the phrase holds any other word (`At her urging,`, `After
    Smith spoke,`), and when the clause sets words off by another comma
    before its first quote: the phrase's last name may then be the speaker
    and an aside (`In Houston, Garcia, 34, is`, `On Tuesday Smith, however,
    was`: qa198 #1, #2), which commas alone cannot tell from a place."""
    cut, comma = place_opener(sentence, lex)
    place = WORD.findall(sentence, 0, comma)[cut:] if comma >= 0 else []
    if not place or not all(w[:1].isupper() for w in place):
        return 0
    clause = sentence[comma + 1:].split("\x00", 1)[0]     # up to its first quote
    return 0 if "," in clause else comma + 1


def after_dateline(doc: Document, part: Part, start: int, end: int) -> int:
    """How many characters of part.text[start:end] (a sentence up to its
    first quote) from its start lie in a wire dateline that opens the
    paragraph (`CHICAGO (AP) —`: the reader's `dateline` part over the same
    source), else 0. The dateline's place and agency tell where and who
    filed, never who speaks (qa198 #5)."""
    last = dateline_end(datelines(doc), part.source_offset(start))
    return 0 if last is None else bisect.bisect_left(range(start, end), last, key=part.source_offset)


def is_partial(text: str, sentence_start: int, start: int, open_width: int) -> bool:
    """The quote at text[start] opens with a lower-case word in the middle of
    its sentence (after a word, not after a colon or at the sentence start),
    or with any word after `that` or `because` (a clause woven into the
    writer's sentence: `Park made sure that “No rider will wait …”`)."""
    k = start
    while k > sentence_start and text[k - 1].isspace():
        k -= 1        # (a scan back over spaces, not a copy: many quotes may share a sentence)
    if k == sentence_start or text[k - 1] in ":-(" + DASHES:
        return False
    return bool(LOWER_START.match(text, start + open_width) or CLAUSE_LEAD.search(text, max(0, k - 8), k))


def is_aside(text: str, start: int, end: int) -> bool:
    """The quote text[start:end] stands between dashes inside a sentence
    (`When Trump wrapped up — “I will fight for you!” — the balloons fell`)."""
    k = start
    while k and text[k - 1].isspace():
        k -= 1
    n = end
    while n < len(text) and text[n].isspace():
        n += 1
    return k > 0 and text[k - 1] in DASHES and n < len(text) and text[n] in DASHES


@lru_cache(maxsize=None)
def _owned_words():
    w = word_lists()
    owners = "|".join(regex.escape(str(o)) for o in w["possessive_determiners"])
    nouns = "|".join(regex.escape(str(n)) for n in w["speech_lead_nouns"])
    # `My next words were,` / `Marsh's only answer is:` / `Our team's mantra is,`
    # right before the quote (a word between may be a group's possessive)
    return regex.compile(rf"(?i)(?<![\w'’])(?:{owners}|(?-i:\p{{Lu}})[\p{{L}}.-]*['’]s?)"
                         rf"\s+(?:[\p{{Ll}}-]+(?:['’]s?)?\s+){{0,2}}(?:{nouns})\s+(?:was|were|is|are|had\s+been)"
                         r"\s*[,:]?\s*$")


def owned_words(text: str, sentence_start: int, start: int) -> bool:
    """The quote at text[start] is named as its owner's words by the start of
    its sentence (`My next words were, “…”`: the writer's; `Her reply was:`)."""
    return _owned_words().search(text, max(sentence_start, start - 80), start) is not None


def introduces(sentence: str, lex: Lexicon, names: frozenset[str], opens: bool = True) -> bool:
    """The sentence's subject is a person (`Mr Howard was dismissive.`, `And
    she won't commit.`), or, for a question, one of its first words (`Why
    was he out in the heat?`): the quote opening the next sentence is theirs.
    `opens`: as for `names_somebody` (False: a wire dateline was cut from the
    sentence's front, `CHICAGO (AP) — Smith was dismissive.`; its first word
    is then a name when capitalised, unless it is a determiner or a
    preposition of time or place: `— The river rose.`, qa214 #1)."""
    words = TOKEN.findall(sentence)
    tokens = [t for t in words if t.lower() not in lex.openers]
    if not tokens or "\x00" in tokens[:2]:
        return False
    first = opens and words[0].lower() not in lex.openers
    low = tokens[0].lower()
    if low in PERSONAL or low in lex.titles or (
            low not in lex.pronouns and low not in lex.nouns
            and (opens or not _function_word(tokens[0], lex))
            and _person(tokens, 0, lex, names, first)):
        return True
    if sentence.rstrip().rstrip("\"'\u201d\u2019)").endswith("?"):
        return any(t.lower() in PERSONAL for t in tokens[:SUBJECT_WORDS])
    return False


def has_label(text: str, names) -> bool:
    """The paragraph opens with a transcript speaker label (`Q:`, `ROBERTS:`,
    `Jane Roe:`, or `Trump:` when the document writes `Trump` as a name;
    `names` is called for that set only when needed)."""
    if LABEL.match(text):
        return True
    m = ONE_NAME.match(text)
    return bool(m) and m[1].lower() in names()


def headline_speaks(doc: Document, names) -> bool:
    """The headline is a speaker label and a quote (`Cecile Richards: ‘I’m
    Sick Of …’`): a quote opening the body continues that speaker's words."""
    head = next((p for p in doc.parts if p.kind == "headline"), None)
    if head is None:
        return False
    m = LABEL.match(head.text)
    if m is None:    # a one-word label counts only as a name the story writes
        m = ONE_NAME.match(head.text)
        if m is None or m[1].lower() not in names():
            return False
    return head.text[m.end():m.end() + 1] in QUOTE_OPENERS


def listed(text: str, previous_end: int, start: int) -> bool:
    """Only a list's glue (`, `, ` and `, `, or, yes, `) stands between the
    previous quote's end and this quote."""
    return LISTED.fullmatch(text, previous_end, start) is not None
