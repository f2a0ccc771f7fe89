"""The words of attribution: cue verbs, speakers, and quotes that are names.

`attribution.py` cuts a quote's sentence down to its *frame* (the sentence
with each quote replaced by a NUL token) and asks this module whether the
frame says who spoke: a cue verb (`said`, `according to`, `in her words`)
with a speaker near it (a name, a pronoun, a title, `the statement`). It
also tells a direct quote from a name or a term: a quote after `so-called`
or `known as the`, one followed by `as the river is known`, or a
composition title (`Game of Thrones`). Every word list lives in
`lint/data/attribution.yaml`, so a newsroom can extend them."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import rx as regex

from ..regex_cache import SERIAL
from ..rule_cache import load_data
from .calendar import MONTHS

WORD = regex.compile(r"[\p{L}\p{N}]+(?:['\u2019.&-][\p{L}\p{N}]+)*")
TOKEN = regex.compile(r"@?[\p{L}\p{N}]+(?:['\u2019.&-][\p{L}\p{N}]+)*|\x00")   # @handle too
WINDOW = 6   # words after a cue verb searched for a speaker
LEAD = 12    # words into the next sentence the cue of an inverted attribution may stand
LEAD_IN_REACH = 40    # characters before a quote searched for a lead-in (`so-called`)
LEAD_OUT_REACH = 80   # characters after it searched for `as … is known`
# A quote's last mark ends a sentence: `… this week.”` (read back from its end).
_ENDS_SENTENCE = regex.compile(r"[.!?\u2026][\"'\u201d\u2019]*\s*$")
TAG_WORDS = 4    # a sentence after a quote's full stop this short may be its tag (`Mutasa said.`: `quote_tags`)
TERM_WORDS = 5   # a quote this short after `the`, `called`, `as` ... is a term (AP "quotation marks")
# A name and the apposition after it that opens a sentence: `Miller, a retired worker, said`
APPOSITION = regex.compile(r"^(\s*(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}\p{Lu}[\p{L}'\u2019-]*),[^,.!?\x00]{1,150},")
SENTENCE_MARK = regex.compile(r"[.!?\u2026]")
# A paragraph ending in `the following.` or `as follows:` announces the next one.
FOLLOWING = regex.compile(r"(?i)\b(?:the following|as follows)\s*[.:]?$")
# The last sentence of a paragraph: what follows the last . ! ? (closing marks after it).
LAST_SENTENCE = regex.compile(r"(?:^|[.!?\u2026][\"'\u201d\u2019)\]]*\s)(?P<tail>[^.!?\u2026]*)$")
# `“…,” said researchers`: a plural common noun straight after a cue that follows the quote
PLURAL = regex.compile(r"\p{Ll}[\p{Ll}'\u2019-]*[^su's]s")


@dataclass(frozen=True)
class Lexicon:
    """The speech-cue word lists and patterns attribution reads."""

    cues: frozenset[str]
    multi_cues: dict[str, tuple[tuple[str, ...], ...]]   # first word -> whole cues
    pronouns: frozenset[str]
    nouns: frozenset[str]
    determiners: frozenset[str]
    owners: frozenset[str]       # possessive determiners: `his`, `their`
    titles: frozenset[str]
    openers: frozenset[str]
    small: frozenset[str]
    lead_in: "regex.Pattern"
    term_lead_in: "regex.Pattern"
    work: "regex.Pattern"
    tag: "regex.Pattern"
    noun_tag: "regex.Pattern"
    lead_out: "regex.Pattern"
    possessive: "regex.Pattern"
    abbreviation: "regex.Pattern"
    # The first word of each possessive cue noun, lowered, all ASCII; None when
    # one is not (`may_be_possessive` cannot answer then).
    possessive_words: tuple[str, ...] | None = None
    # `after`, `at`: `the` and a word after one names no document's owner (nu24 #3)
    not_owner_prepositions: frozenset[str] = frozenset()
    # `recommended`: a cue that is also an adjective (`recommended reading`, `as recommended`)
    adjective_cues: frozenset[str] = frozenset()
    # One more than the longest listed abbreviation: a stop after that many
    # letters ends no abbreviation or initial (`quote_sentences.boundaries`); 0: unknown
    abbreviation_reach: int = 0


@lru_cache(maxsize=None)
def word_lists() -> dict:
    """The attribution word lists shipped in `lint/data/attribution.yaml`."""
    return load_data("attribution.yaml")


def lowered(key: str) -> frozenset[str]:
    """The `attribution.yaml` list `key`, lowercased."""
    return frozenset(str(w).lower() for w in word_lists()[key])


def alternatives(items) -> str:
    """Entries as one alternation; a space in an entry matches any run of spaces."""
    return "|".join(r"\s+".join(map(regex.escape, str(x).split())) for x in items)


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    """The word lists of `attribution.yaml`, compiled once per process."""
    w = word_lists()
    low = lambda key: frozenset(str(x).lower() for x in w[key])  # noqa: E731
    cues = {tuple(str(c).lower().split()) for c in w["cue_verbs"]}
    multi: dict[str, list[tuple[str, ...]]] = {}
    for c in sorted(cues, key=len, reverse=True):
        if len(c) > 1:
            multi.setdefault(c[0], []).append(c)
    abbrevs = "|".join(regex.escape(str(a)) for a in w["abbreviations"])
    owners = alternatives(w["possessive_determiners"])
    possessive_words = tuple(sorted({str(x).split()[0].lower() for x in w["possessive_cue_nouns"]}))
    return Lexicon(
        cues=frozenset(c[0] for c in cues if len(c) == 1),
        multi_cues={k: tuple(v) for k, v in multi.items()},
        pronouns=low("speaker_pronouns"), nouns=low("speaker_nouns"),
        determiners=low("determiners"), owners=low("possessive_determiners"),
        titles=low("titles"),
        openers=low("sentence_openers"), small=low("title_small_words"),
        # `, Hannity started.`, `, she shrugged.`, `, Mr Champion.` (a name, a verb at most)
        # (a paragraph's line breaks are spaces: wire copy wraps its lines)
        tag=regex.compile(r",?\s+(?:(?:\p{Lu}[\p{L}'\u2019-]*\.?\s+){0,3}\p{Lu}[\p{L}'\u2019-]*"
                          rf"|@\w+|(?i:{alternatives(w['speaker_pronouns'])}))"
                          r"(?:\s+\p{Ll}+(?:ed|s))?\s*\.\s*$"),
        # `, today's survey said.`, `, the post chides.`: a noun phrase and a cue verb
        noun_tag=regex.compile(
            rf",?\s+(?:(?i:{alternatives(w['determiners'])})|\p{{L}}+['\u2019]s)"
            r"\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)\s*\.\s*$"),
        # `so-called “…”`, `known as the “…”`
        lead_in=regex.compile(rf"(?i)(?<![\w-])(?:{alternatives(w['non_quote_lead_ins'])})"
                              r"(?:\s+(?:the|a|an))?[\s,:]*$"),
        # `Ana Ruiz's commentary, “…”`: the title of a work
        work=regex.compile(rf"(?i)(?<![\w-])(?:{alternatives(w['work_nouns'])}),?\s*$"),
        # `the “tip of the iceberg”`, `what it calls “a fair share”` (short quotes only)
        term_lead_in=regex.compile(
            rf"(?i)(?<![\w-])(?:(?:{alternatives(w['term_lead_ins'])})"
            rf"|(?:{alternatives(w['term_determiners'])})(?:\s+(?-i:\p{{Ll}}[\p{{Ll}}-]*))?)\s*$"),
        # `“river of golden sand” as the upper reaches are known`
        lead_out=regex.compile(r"(?i)[\s,]*as\s+(?:[\w\u2019'.-]+\s+){1,8}?(?:is|are|was|were)"
                               rf"\s+(?:(?:now|often|also|widely|locally)\s+)?"
                               rf"(?:{alternatives(w['non_quote_lead_outs'])})\b"),
        # `in Bolton’s view`, `in Forbes’ words`, `in the mayor’s words`, `in his own words`;
        # the owner after the noun: `in the wise words of Reid Hoffman`, `in the view of Marsh`,
        # an aside in brackets too: `in the (probably trademarked) words of Ron Popeil`
        possessive=regex.compile(
            rf"(?i)(?<!\w)(?:in|by)\s+(?:{owners}|(?:the\s+)?(?:[\p{{L}}.&-]+\s+){{0,2}}"
            r"(?:[\p{L}\p{N}.&-]+['\u2019]s|[\p{L}.&-]*s['\u2019]))"
            rf"\s+(?:own\s+)?(?:{alternatives(w['possessive_cue_nouns'])})(?!\w)"
            r"|(?<!\w)in\s+the\s+(?:\p{Ll}+\s+){0,2}(?:\((?:\p{Ll}+\s+){0,2}\p{Ll}+\)\s+)?"
            rf"(?:{alternatives(w['possessive_cue_nouns'])})\s+of\s+(?-i:\p{{Lu}})"),
        # an initial or a run of them (`J. Doe`, `C.W. Nance`, `L.F. Rothschild`), a title;
        # never a contraction's or possessive's last letter (`you don't.`, `the mayor's.`)
        abbreviation=regex.compile(rf"(?i)(?<![\w.])(?<!\w['\u2019])"
                                   rf"(?:(?:\p{{Lu}}\.)*\p{{Lu}}|{abbrevs})\.$"),
        possessive_words=possessive_words if all(x.isascii() for x in possessive_words) else None,
        not_owner_prepositions=low("not_owner_prepositions"),
        adjective_cues=low("adjective_cues"),
        abbreviation_reach=1 + max((len(str(a)) for a in w["abbreviations"]), default=0),
    )


def may_hold(frame: str, words: tuple[str, ...] | None) -> bool:
    """False when `frame` surely holds none of `words` (lower-case ASCII) in
    any case, so a case-blind pattern every match of which holds one of them
    need not be tried (it is tried at every character; most frames hold
    none). Lowering the frame finds a word, unless the frame holds one of
    the two letters `regex` matches to an ASCII one under IGNORECASE that do
    not lower to it (İ for i, ſ for s): True then, and when `words` is None
    (a word not all ASCII: no test)."""
    if words is None or "İ" in frame or "ſ" in frame:
        return True
    low = frame.lower()
    return any(word in low for word in words)


def may_be_possessive(frame: str, lex: Lexicon) -> bool:
    """False when `lex.possessive` cannot match in `frame`: every match holds a
    possessive cue noun (`may_hold`)."""
    return may_hold(frame, lex.possessive_words)


def cue_width(lower: list[str], k: int, lex: Lexicon) -> int:
    """How many words the cue verb opening at lower[k] (lower-cased words)
    takes: 1 (`said`), 2 or more (`according to`, the longest listed first);
    0 when none opens there."""
    word = lower[k]
    if word in lex.cues:
        return 1
    return next((len(c) for c in lex.multi_cues.get(word, ()) if tuple(lower[k:k + len(c)]) == c), 0)


def has_cue_and_speaker(frame: str, lex: Lexicon, lead: bool = False,
                        skip: frozenset[str] = frozenset()) -> bool:
    """A cue verb with a speaker anywhere before it or a few words after it,
    or a possessive attribution (`in Bolton’s view`). A participle cue
    (`saying`, `adding`) takes its speaker from the main clause, so it needs
    none of its own. With `lead`, the cue must stand near the start of the
    frame (the attribution after a quote ending in ? or !). Words in `skip`
    (lower-cased) are no speakers, nor is `the`/`a` before one of them
    (`ownerless.py`: is anybody named beside `the statement`?)."""
    if not lead and may_be_possessive(frame, lex) and lex.possessive.search(frame):
        return True
    if lead:    # `Miller, a retired worker from a nuclear plant, said …`: skip the apposition
        frame = APPOSITION.sub(regex.group1, frame, count=1)
    tokens = TOKEN.findall(frame, None, None, False, SERIAL)
    lower = [t.lower() for t in tokens]
    first_speaker, scanned = None, 0
    for k in range(min(len(tokens), LEAD) if lead else len(tokens)):
        width = cue_width(lower, k, lex)
        if not width:
            continue
        word = lower[k]
        if word in lex.adjective_cues and adjective(tokens, lower, k, lex):
            continue
        if not lead and word.endswith("ing"):
            return True
        # A speaker anywhere before the cue: found once, by a scan that only moves forward.
        while first_speaker is None and scanned < k:
            if is_speaker(tokens, lower, scanned, lex, skip):
                first_speaker = scanned
            scanned += 1
        if first_speaker is not None and first_speaker < k:
            return True
        if not lead and k and tokens[k - 1] == "\x00" and k + width < len(tokens) \
                and PLURAL.fullmatch(tokens[k + width]) \
                and lower[k + width] not in lex.determiners:
            return True     # `“…,” said researchers.`: who else but the researchers
        for i in range(k + width, min(len(tokens), k + width + WINDOW)):
            if is_speaker(tokens, lower, i, lex, skip):
                return True
    return False


def adjective(tokens: list[str], lower: list[str], k: int, lex: Lexicon) -> bool:
    """Whether the cue lower[k] (one of `adjective_cues`) is an adjective
    here, saying nobody spoke (qa105 #5): after `as` or a determiner (`as
    recommended by`, `the recommended budget`), or before a lower-case word
    that opens no speaker or clause (`recommended reading`; not `recommended
    the panel`, `recommended that`, `recommended Smith`)."""
    if k and (lower[k - 1] == "as" or lower[k - 1] in lex.determiners):
        return True
    if k + 1 >= len(tokens):
        return False
    nxt, low = tokens[k + 1], lower[k + 1]
    return nxt[:1].islower() and nxt.isalpha() and low not in lex.determiners \
        and low not in lex.pronouns and low not in lex.nouns and low not in lex.titles \
        and low not in ("that", "to", "by", "in", "on", "for", "at", "with")


def is_date(tokens: list[str], i: int) -> bool:
    """tokens[i] is a month, spelled or short (`calendar.MONTHS`), before a
    figure: `Dec. 9`, `Sept. 30`, `May 9`, `December 2019` name a date, nobody
    (fx75). Alone a month may be a name (`May said`, `Jan Lee`, `said Jan.`)."""
    return i + 1 < len(tokens) and tokens[i + 1][:1].isdecimal() and tokens[i].lower() in MONTHS


def is_speaker(tokens: list[str], lower: list[str], i: int, lex: Lexicon,
               skip: frozenset[str] = frozenset()) -> bool:
    """A pronoun, a speaker noun, a title, a capitalised name (not a month
    before a figure: `is_date`), or `the` + a word. A capitalised cue word is a name only right before another cue
    (`“…,” Read said.`): alone it is a sentence's first word (`Asked …`).
    A word in `skip` is none, and neither is a determiner before one unless
    it is a possessive one (`his statement` is his). With `skip` (is anybody
    named who owns a document?), `the` and a word after a preposition of
    time or place (`not_owner_prepositions`: `released after the vote`) is
    when or where, not who (nu24 #3)."""
    word, low = tokens[i], lower[i]
    if word == "\x00" or low in skip or is_date(tokens, i):
        return False
    if low in lex.pronouns or low in lex.nouns or low in lex.titles:
        return True
    if low in lex.determiners:
        if skip and i + 1 < len(lower) and lower[i + 1] in skip:
            return low in lex.owners        # `their statement` is theirs, `the statement` nobody's
        if skip and _when_or_where(lower, i, lex):
            return False
        return i + 1 < len(tokens) and tokens[i + 1] != "\x00" and lower[i + 1] not in lex.cues
    if word[0] == "@":
        return True     # a social media handle: `@Gillette`
    if word[0].isupper() and low not in lex.openers:
        return low not in lex.cues or (i + 1 < len(tokens) and lower[i + 1] in lex.cues
                                       and lower[i + 1] != low)
    return False


def _when_or_where(lower: list[str], i: int, lex: Lexicon) -> bool:
    """The determiner lower[i] opens a phrase of time or place: after one of
    `not_owner_prepositions` (`after the vote`), or after `of` in such a
    phrase (`at the end of the day`, `after a meeting of the board`; not
    `on behalf of the family`)."""
    while i:
        if lower[i - 1] in lex.not_owner_prepositions:
            return True
        if lower[i - 1] != "of" or i < 3 or lower[i - 3] not in lex.determiners:
            return False
        i -= 3
    return False


def is_dialogue_tag(text: str, end: int, close_width: int, sentence_end: int,
                    lex: Lexicon) -> bool:
    """A quote that closes on a comma (`“…,”`) and a short tag after it that
    ends the sentence: a speaker and at most one verb (`Hannity started.`,
    `she shrugged.`), or a speaker alone when the verb was dropped
    (`Mr Champion.`), or a noun phrase and a cue verb (`today's survey
    said.`). A comma there leaves only a dialogue tag to come."""
    mark = end - close_width
    if text[mark - 1:mark] != "," and text[end:end + 1] != ",":
        return False
    if lex.tag.match(text, end, sentence_end):
        return True
    m = lex.noun_tag.match(text, end, sentence_end)
    return bool(m) and m[1] in lex.cues


def is_name(text: str, sentence_start: int, start: int, end: int, words: list[str],
            lex: Lexicon) -> bool:
    """The quote `text[start:end]` (words `words`) names something rather than
    reports speech: a lead-in before it (`so-called`, `known as the`), a
    lead-out after it (`as the upper reaches are known`), every word
    capitalised (a composition title), or a short term: TERM_WORDS words or
    fewer with no sentence-final mark inside, straight after a determiner or
    a naming word (`the “tip of the iceberg”`, `dubbed “search and replace”`),
    or a quote with no space inside (an identifier such as `“update_time”`),
    or a quote right after `=` (markup's attribute value: `class="a b"`).
    AP Stylebook, "quotation marks": nicknames, titles of works and words
    used in a special sense are quoted, and are not anybody's speech."""
    if not any(c.isspace() for c in text[start:end]):
        return True     # `getElementById("update_time_476")`: a token, never speech
    if text[max(0, start - 2):start].rstrip(" ")[-1:] == "=":
        return True     # `class="story-text wide">` left in scraped copy: an attribute value
    reach = max(sentence_start, start - LEAD_IN_REACH)
    if lex.lead_in.search(text, reach, start):
        return True
    if len(words) <= TERM_WORDS and not SENTENCE_MARK.search(text, start, end) \
            and lex.term_lead_in.search(text, reach, start):
        return True
    if lex.lead_out.match(text, end, min(len(text), end + LEAD_OUT_REACH)):
        return True
    return is_title(words, lex)


def is_work_title(text: str, start: int, open_width: int, lex: Lexicon, end: int | None = None) -> bool:
    """The quote at text[start] opens with a capital right after a work's noun
    (`commentary, “Riders, tell your story,”`): that work's title (AP
    Stylebook, "composition titles"). Asked only of quotes nobody is said to
    have said, so `In her book, “…,” she writes` stays speech. Set off by a
    comma, a title is an aside the sentence goes on from: a quote there that
    ends the sentence (`After dropping the series, “We just didn't hit.”`,
    `end` just past its closing mark) is somebody's words."""
    if not text[start + open_width:start + open_width + 1].isupper():
        return False
    work = lex.work.search(text, max(0, start - LEAD_IN_REACH), start)
    if work is None:
        return False
    return not (end is not None and "," in work[0] and _ENDS_SENTENCE.search(text, max(start, end - 8), end))


def is_title(words: list[str], lex: Lexicon) -> bool:
    """`Game of Thrones`, `101 Dalmatians`: every word capitalised (or a
    number) but the small ones, and one capitalised word at least."""
    if not words or not (words[0][0].isupper() or words[0][0].isdigit()) \
            or not any(w[0].isupper() for w in words):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in lex.small for w in words)


def leads_in(paragraph: str, lex: Lexicon) -> bool:
    """The paragraph ends in a lead-in to a quote that opens the next one: a
    colon (`She said:`), `the following.`/`as follows`, or a sentence that a
    paragraph break cut off after its cue (`…, saying,`, `she told
    reporters,`): a comma ends it and it holds a cue verb and a speaker."""
    text = paragraph.rstrip()
    if text.endswith(":") or FOLLOWING.search(text, max(0, len(text) - 30), None, SERIAL):
        return True
    if not text.endswith(","):
        return False
    m = LAST_SENTENCE.search(text, max(0, len(text) - 300))
    return m is not None and has_cue_and_speaker(m["tail"], lex)
