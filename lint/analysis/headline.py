"""What a headline claims, and how much of it the body bears out.

A headline's content words are its words minus stop words, stemmed; its
numbers are normalised (`$4M` = `$4 million`, `two` = `2`, `5-2` kept); its
names are capitalised words that are not ordinary lower-case words. The body
(`body_profile`, one per document, shared by every title rule) answers
questions about single headline words, so a check costs a few string searches.
Which headline numbers the body states is `headline_numbers`.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any, Callable, NamedTuple, TypeVar

from .. import rx as regex

from ..document import Document, Part
from .agent_nouns import agent_noun_of
from .headline_names import Token, name_word
from .headline_numbers import no_count, states_number
from .headline_wire import furniture, is_furniture, spelled_out
from .numbers import NUMBER, close, dot_time, fractions, is_year, number_value, numbers, year_tail
from .spelled_numbers import lone_number_words, spelled_numbers
from .word_patterns import BARE_WORD, WORD
from .words import idf, stem, tables

# A capitalised word inside a sentence: after a word or comma, not after a
# sentence end, a colon, an opening quote or a line start.
MID_CAPITAL = regex.compile(r"(?<=[\p{L}\p{N},;)] )\p{Lu}[\p{L}\p{M}]*")
BODY_KINDS = ("dek", "paragraph", "blockquote", "caption", "heading")
_T = TypeVar("_T")


class BodyProfile:
    """The body, asked about one headline word at a time.

    A headline has a dozen words and a body hundreds, so rather than list and
    stem every body word, each question ("is `talks` a body word?") finds the
    word in the lower-cased body with `str.find` and checks that a whole body
    word starts and ends there. Answers equal those of the full word set
    (`BARE_WORD` matches, lower-cased); a body whose lower-casing is not one
    character per character (a dotted capital I, a Greek capital sigma) is
    answered from that set instead.
    """

    def __init__(self, text: str, lead_words: int = 0):
        self.text = text
        self.lead_words = lead_words   # how many opening words `lead` holds
        low = text.lower()
        self._low = low if len(low) == len(text) and "Σ" not in text else None
        self._folded: str | None = None
        self._numbers: tuple[str, ...] | None = None
        self._clocks: set[str] = set()      # what its `H.MM` numbers read as times (`dot_time`)
        self._proper: frozenset[str] | None = None
        self._sets: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None
        self._seen: dict[tuple[str, object], bool] = {}   # its yes/no answers: rules share them
        self._answers: dict[str, Any] = {}                 # other modules' questions (`answer`)
        self._lead: BodyProfile | None = None

    @property
    def lead(self) -> "BodyProfile":
        """The story's opening `lead_words` words as a profile of their own
        (the lede: a headline's own words recur there)."""
        if self._lead is None:
            words = self.text.split(maxsplit=self.lead_words)   # words as spaces part them
            rest = words[-1] if len(words) > self.lead_words else ""
            self._lead = BodyProfile(self.text[:len(self.text) - len(rest)])
        return self._lead

    def answer(self, key: str, build: Callable[[BodyProfile], _T]) -> _T:
        """`build(self)`, worked out once per body and kept under `key`: a
        question other modules ask of the whole body (a set, a text, a map)."""
        if key not in self._answers:
            self._answers[key] = build(self)
        return self._answers[key]

    def enough_words(self, n: int) -> bool:
        """At least `n` distinct words (lower case); stops reading once there."""
        key = ("n", n)
        if key not in self._seen:
            seen: set[str] = set()
            for m in BARE_WORD.finditer(self.text):
                seen.add(m[0].lower())
                if len(seen) >= n:
                    break
            self._seen[key] = len(seen) >= n
        return self._seen[key]

    def has_prose(self) -> bool:
        """A sentence's end after a lower-case word, or six words in a row,
        outside a table's footnotes (`headline_prose.is_prose`): a table of
        figures (an earnings or sports agate) has neither, so a headline
        cannot be measured against its words."""
        if ("prose", None) not in self._seen:
            from .headline_prose import is_prose    # the headline rules that ask only
            self._seen[("prose", None)] = is_prose(self.text)
        return self._seen[("prose", None)]

    def has_word(self, word: str) -> bool:
        """`word` (lower case) is a body word."""
        if self._low is None:
            return word in self._word_sets()[0]
        key = ("w", word)
        if key not in self._seen:
            self._seen[key] = self._find_word(word)
        return self._seen[key]

    def _find_word(self, word: str) -> bool:
        text, n = self.text, len(word)
        plain = word.isalpha()
        i = self._low.find(word)
        while i >= 0:
            prev = text[i - 1] if i else " "
            if not prev.isalpha():              # a letter after a letter is inside a word
                after = text[i + n:i + n + 1]
                if after.isalpha():
                    pass                        # a longer word
                elif plain and not (prev in "'’" or _is_mark(prev) or
                                    after and (after in "'’" or _is_mark(after))):
                    return True                 # letters between two plain breaks
                elif self._word_end(i) == i + n:
                    return True
            i = self._low.find(word, i + 1)
        return False

    def has_stem(self, stem_: str) -> bool:
        """Some body word has this stem. A Snowball stem is a start of its
        word (lower case) with at most its last two letters rewritten
        ("happi" of "happy"), so only the body words that start with the
        stem less those letters are stemmed; a three-letter stem in "ie" is
        also looked for as "_y" ("die" of "dying")."""
        if self._low is None or not stem_:
            return stem_ in self._word_sets()[1]
        if self._folded is None:
            self._folded = self._low.replace("’", "'")
        key = ("s", stem_)
        if key not in self._seen:
            heads = [stem_[:max(2, len(stem_) - _STEM_REWRITE)]]
            if len(stem_) == 3 and stem_.endswith("ie"):
                heads.append(stem_[0] + "y")
            self._seen[key] = any(stem(self._low[i:e]) == stem_ for head in heads
                                  for i, e in self._starts(self._folded, head))
        return self._seen[key]

    def has_start(self, five: str) -> bool:
        """Some capitalised body word of five letters or more starts with `five`."""
        if self._low is None:
            return five in self._word_sets()[2]
        return len(five) == 5 and any(e - i >= 5 and self.text[i].isupper()
                                      for i, e in self._starts(self._low, five))

    def has_shorter(self, word: str) -> bool:
        """A body word of four letters or more is a shorter start of `word`
        ("Iowa" of "iowans")."""
        if self._low is None:
            return any(word[:k] in self._word_sets()[0] for k in range(4, len(word)))
        return len(word) > 4 and any(
            4 <= e - i < len(word) and word.startswith(self._low[i:e])
            for i, e in self._starts(self._low, word[:4]))

    def has_proper(self, word: str) -> bool:
        """`word` (lower case) is capitalised mid-sentence in the body."""
        if self._low is None:
            if self._proper is None:
                self._proper = frozenset(w.lower() for w in MID_CAPITAL.findall(self.text))
            return word in self._proper
        text, spaced = self.text, " " + word
        i = self._low.find(spaced, 1) if word else -1
        while i >= 0:          # a space leads to a mid-sentence capital
            if text[i + 1].isupper():
                m = MID_CAPITAL.match(text, i + 1)
                if m and m.end() == i + len(spaced):
                    return True
            i = self._low.find(spaced, i + 1)
        return False

    def has_number(self, value: str) -> bool:
        """The body states this normalised number (or one close to it), in
        digits, as a number word outside a larger number (`spelled_numbers.lone_number_words`),
        in words (`twenty-five`, `Two million`: `spelled_numbers.spelled_numbers`, as
        `numbers.numbers` reads them in a headline)
        or as a fraction in words (`a quarter
        point` is 0.25: `numbers.fractions`); a score or range (`11-12`) also as the
        body writes a range out (`11 to 12`, `11 through 12`, `11–12`); a
        clock time also as `H.MM` (`19.30` is `7:30pm`, see `numbers.dot_time`). The
        tail of a year span (`26` of `2025/26`) is its year (`numbers.year_tail`).
        A count of years or an age the body gives as an ordinal is
        `headline_ordinals.said_as_ordinal`, which `headline_numbers.states_number`
        asks: it needs the headline's words."""
        if self._numbers is None:
            found = list(NUMBER.finditer(self.text))
            spelled = spelled_numbers(self.text)
            self._numbers = tuple(year_tail(self.text, *m.span(), number_value(m)) for m in found) + tuple(
                v for _, _, v in spelled) + tuple(v for _, _, v in fractions(self.text)) + tuple(
                str(v) for v in lone_number_words(self.text, spelled))
            self._clocks = {t for m in found if m["dec"] and (t := dot_time(self.text, *m.span()))}
        if any(close(value, v) for v in self._numbers) or any(close(value, c) for c in self._clocks):
            return True
        low, _, high = value.partition("-")
        return bool(high) and _range(low, high).search(self.text) is not None

    def _starts(self, hay: str, needle: str):
        """(start, end) of every body word that starts where `needle` occurs in `hay`."""
        text = self.text
        i = hay.find(needle)
        while i >= 0:
            prev = text[i - 1] if i else " "
            if not prev.isalpha():          # a letter after a letter is inside a word
                end = self._word_end(i)
                if end > 0:
                    yield i, end
            i = hay.find(needle, i + 1)

    def _word_end(self, i: int) -> int:
        """The end of the body word starting at `i`, or -1 when none starts
        there; after an apostrophe or a mark, re-read from the last break."""
        text = self.text
        prev = text[i - 1] if i else " "
        if prev.isalpha():
            return -1
        if not (prev in "'’" or _is_mark(prev)):
            m = BARE_WORD.match(text, i)
            return m.end() if m else -1
        k = i - 1
        while k and (text[k - 1].isalpha() or text[k - 1] in "'’" or _is_mark(text[k - 1])):
            k -= 1
        for m in BARE_WORD.finditer(text, k):
            if m.end() > i:
                return m.end() if m.start() == i else -1
        return -1

    def _word_sets(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """(words, stems, first five letters of capitalised words), lower case."""
        if self._sets is None:
            words = set(BARE_WORD.findall(self.text))
            low = frozenset(w.lower() for w in words)
            self._sets = (low, frozenset(stem(w) for w in low),
                          frozenset(w[:5].lower() for w in words if len(w) >= 5 and w[0].isupper()))
        return self._sets


# How many of a stem's last letters Snowball may have rewritten ("happy" ->
# "happi"). Over the 34,386 distinct words of the BBC and FNC-1 corpora, only
# the three-letter "-ie" stems of "-ying" words ("dying") rewrite more.
_STEM_REWRITE = 2


@lru_cache(maxsize=256)
def _range(low: str, high: str) -> "regex.Pattern":
    """`low` to `high` written out as a range (AP: `from 11 to 12`, a hyphen
    or en dash in a headline or table)."""
    return regex.compile(rf"(?<![\d.,]){low}\s*(?:to|through|-|\u2013)\s*{high}(?![\d])")


def _is_mark(c: str) -> bool:
    return c >= "\u0300" and unicodedata.category(c)[0] == "M"


def body_text_parts(doc: Document) -> list[Part]:
    return [p for p in doc.parts if p.kind in BODY_KINDS]


LEAD_WORDS = 60   # the opening `BodyProfile.lead` holds: a lede and a nut graf


def profile_text(texts: list[str], lead_words: int = LEAD_WORDS) -> BodyProfile:
    """The body of `texts`; the benchmark calls this directly, once per body."""
    return BodyProfile("\n\n".join(texts), lead_words)


def body_profile(doc: Document) -> BodyProfile:
    return doc.analysis("titles.body", lambda d: profile_text([p.text for p in body_text_parts(d)]))


@lru_cache(maxsize=1024)
def content_tokens(text: str, wire: bool = False) -> tuple[Token, ...]:
    """The headline's content words (stop words, one-letter words and a wire
    headline's ticker, lead (tag and sport's slug: `wire` as
    `headline_wire.wire_lead` takes it) and ordinal suffixes out); cached,
    as the unrelated check asks twice."""
    stop, spans = tables()["stopwords"], furniture(text, wire)
    return tuple(Token(m.start(), m.end(), m[0], stem(m[0])) for m in WORD.finditer(text)
                 if len(m[0]) >= 2 and m[0].lower() not in stop and not is_furniture(text, *m.span(), spans))


class Weights(NamedTuple):
    """How much each kind of headline evidence counts (rule options of
    titles.headline-unrelated, learnt on FNC-1 train: eval_titles.py --tune)."""
    number: float = 2.0        # a number (not a year), against a word's rarity
    name: float = 1.0          # times the rarity of a name word (capitalised, not ordinary)
    rarity_power: float = 1.0  # rarity (idf) raised to this power: 0 counts every word alike
    lead: float = 1.0          # times the weight of what the story's opening repeats


class Evidence(NamedTuple):
    """One piece of the headline and whether the body repeats it."""
    rarity: float      # idf of the word's stem; 0.0 for a number
    kind: str          # "word", "name" or "number"
    found: bool
    in_lead: bool      # the story's opening (`BodyProfile.lead`) repeats it


def _repeats(body: BodyProfile, tok: Token) -> bool:
    """The body has the word, its stem or, for a wire abbreviation, a word it
    stands for (`headline_wire.spelled_out`: "QTR" for "quarter")."""
    return (body.has_word(tok.text.lower()) or body.has_stem(tok.stem)
            or any(body.has_word(w) for w in spelled_out(tok.text)))


def evidence(headline: str, body: BodyProfile, wire: bool = False) -> list[Evidence]:
    """The headline's content words (`content_tokens`, `wire` as it takes
    it) and numbers, each with whether the body repeats it (the same word or
    stem; a number close to one the body states) and whether the body's
    opening words do."""
    out, lead = [], body.lead
    for tok in content_tokens(headline, wire):
        in_lead = _repeats(lead, tok) or agent_noun_of(lead, tok.text.lower())
        found = in_lead or _repeats(body, tok)
        kind = "name" if name_word(tok.text) and tok.start else "word"
        out.append(Evidence(idf(tok.stem), kind, found, in_lead))
    for s, e, value in numbers(headline):
        # a year says little about which story this is; a wire tag's or a name's number nothing
        if not is_year(value) and not no_count(headline, s, e):
            found = states_number(body, headline, s, e, value)
            out.append(Evidence(0.0, "number", found, found and states_number(lead, headline, s, e, value)))
    return out


def score(pieces: list[Evidence], weights: Weights = Weights()) -> float:
    """Share of the weighted evidence that the body repeats: 1.0 when all of
    it recurs (or there is none), 0.0 when none does."""
    total = found = 0.0
    for piece in pieces:
        if piece.kind == "number":
            w = weights.number
        else:
            w = piece.rarity ** weights.rarity_power
            if piece.kind == "name":
                w *= weights.name
        if piece.in_lead:
            w *= weights.lead
        total += w
        if piece.found:
            found += w
    return found / total if total else 1.0


def support(headline: str, body: BodyProfile, weights: Weights = Weights()) -> float:
    """Share of the headline's rarity-weighted content (words and numbers)
    that the body repeats: 1.0 when every word recurs, 0.0 when none does."""
    return score(evidence(headline, body), weights)
