"""`repetition`: the same word twice in a row ("the the"), with a fix that drops one.

Words joined inside one part are neighbours, also across a line break
(`voted to` / `to approve`): a part is one paragraph, heading or caption, so
a break inside it is only where the text was wrapped. Such a pair gets no
fix: a fix never adds or drops a line break. A doubled word inside
a short quotation in the body (`the “the the” typo in the report`) is a
mention of the slip, not the slip, and is left alone; so is any other
doubled word in a quotation (the speaker's "way way too large") unless it
is a function word, whose repeat is a typing slip even there ("the the");
and so is a refrain, a word said three or more times in a row, a comma
between or not ("fa la la, la la"). An acronym beside the same letters as a
plain word is two words, not one twice ("in case IS is using it", "the US
us"): a case-insensitive match is only a repeat when the cases agree that far.

`number_forms` also reads figures the word pattern splits: a grouped number
("1,000 1,000"), a clock time ("10:30 10:30") and an amount after a currency
sign ("$1.2 1.2 billion"), each a slip even in a quote. A figure beside
another figure is a table or agate run ("10,234 10,234 10,180"), and a
figure pair after a name that ends the clause is a score line ("Brown 102
102."): both are left alone, as plain numbers are.

`bearings` names the compass points written with a doubled word: the 16-point
rose's "south south east" (SSE) or "north north west" (NNW) is no slip, and
dropping a word would change the bearing; "south south of the river" still is.
"""
from __future__ import annotations

import bisect
import operator
import re
from itertools import islice

from .. import rx as regex

from ..analysis.calendar import MONTHS
from ..analysis.guillemet_quotes import guillemet_quotes, innermost
from ..analysis.headline_names import is_title_cased
from ..analysis.quote_parts import BODY_KINDS
from ..analysis.quotes import quote_analysis
from ..analysis.words import ascii_letters
from ..regex_join import enclosed
from .base import Finding, Kind, Option, compile_pattern, matches


WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*")
# The word after a pair or before it, parted by spaces or a comma ("la la, la la").
_NEXT = regex.compile(r",?[ \t]+([\p{L}\p{N}'’]+)")
_PREVIOUS = regex.compile(r"(?<![\p{L}\p{N}'’])([\p{L}\p{N}'’]+),?[ \t]+\Z")
DEFAULT_TOKENS = r"[\p{L}\p{N}'’]+"

# Figures the word pattern splits at a comma, colon or point (`number_forms`):
# a grouped number, a clock time, an amount after a currency sign. A race
# time's seconds or a decimal after it make it another figure ("2:05.3").
_FIGURE_PAIR = regex.compile(
    r"(?<![\p{L}\p{N},.:])(?P<n>\d{1,3}(?:,\d{3})++(?:\.\d+)?|(?:[01]?\d|2[0-3]):[0-5]\d"
    r"|(?<=[$€£¥])\d+\.\d+)[ \t]+(?P=n)(?![\p{L}\p{N}]|[,.:]\d|-[\p{L}\p{N}])")
_FIGURE_QUICK = re.compile(r"\d[ \t]+\d")     # no figure pair without this
# The same test over all of an article's parts at once (a blank line parts
# them, so no match crosses two). `regex`'s scan is about twice as fast as
# `re`'s here, and its \d (a newer Unicode's digits) takes every digit `re`'s
# does: no match here means no match of `_FIGURE_QUICK` in any part.
_ANY_FIGURE_QUICK = regex.compile(r"\d[ \t]+\d")
_FIGURE_NEXT = regex.compile(r",?[ \t]+[$€£¥]?\d")
_FIGURE_BEFORE = regex.compile(r"[\p{N}%][,;]?[ \t]+\Z")
# A capitalised word, then the pair, then the clause's end: a score line
# ("Brown 102 102."), unless the word is a month ("January 2009 2009.").
_NAME_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}'’.-]*)[ \t]+\Z")
_CLAUSE_END = regex.compile(r"[ \t]*(?:[.;,:]|$)", regex.MULTILINE)
# The word right after a pair, parted by spaces or one line break (`bearings`).
_WORD_AFTER = regex.compile(r"(?:[ \t]*(?:\r\n|[\r\n])[ \t]*|[ \t]+)(\p{L}+)(?![\p{L}\p{N}'’-])")

# Bytes other than a lowered word character become spaces (runs split there).
_RUN_BYTES = bytes(c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789'" else 32 for c in range(256))
# An apostrophe that opens a run: no word character or apostrophe before it. Written
# apostrophe first, the look-behind reading it again: `re` then looks for the apostrophe
# with its fast search instead of trying the look-behind at every byte (pf36: 22 -> 0.7
# us over a BBC story's body; at the text's first byte the look-behind has nothing to
# read, so it passes, as the old one did).
_QUOTE_OPENS = re.compile(rb"'(?<![a-z0-9']')")


def _word_lists(value) -> str | None:
    """An error text unless every value of a mapping option is a list of words."""
    if not all(isinstance(v, list) and all(isinstance(w, str) for w in v) for v in value.values()):
        return "every value must be a list of words"
    return None


class Repetition(Kind):
    name = "repetition"
    placeholders = frozenset({"word"})
    description = "Flags a word repeated straight after itself."
    fixable = True
    options = {
        "tokens": Option(str, DEFAULT_TOKENS, help="regex for one word"),
        "ignorecase": Option(bool, True, help="`The the` counts as a repetition"),
        "exceptions": Option(list, [], help="words that may legitimately repeat (`had had`)"),
        "refrains": Option(bool, True, help=(
            "a word said three or more times in a row (a refrain: `fa la la la la`) is "
            "deliberate; false flags every pair in it")),
        "not_refrains": Option(list, [], help=(
            "words whose runs are still slips (`the the the`): articles, prepositions")),
        "names": Option(bool, True, help=(
            "the same capitalised word twice (`Walla Walla`, `Duran Duran`) is a name, "
            "not a slip, unless it is a `not_refrains` word, or the part is in title case "
            "and no other part writes the pair")),
        "titles": Option(list, [], help=(
            "titles before a name (`Lord`, `Sir`): the same one twice (`Lord Lord Bingham`) "
            "is a slip, never a reduplicated name")),
        "mention_words": Option(int, 4, help=(
            "a repeat inside a body quotation of at most this many words is a mention "
            "of the slip (the “the the” typo), not the slip; 0 flags those too")),
        "number_digits": Option(int, 0, help=(
            "a number of at least this many digits said twice (`since 1998 1998`) is a "
            "slip; shorter ones (a score or tally, `5 5`) are left alone; 0 leaves every "
            "number alone")),
        "number_forms": Option(bool, False, help=(
            "also flag a grouped number, clock time or currency amount said twice "
            "(`1,000 1,000`, `10:30 10:30`, `$1.2 1.2`), which the word pattern splits")),
        "bearings": Option(dict, {}, check=_word_lists, help=(
            "word -> the words that may follow it doubled in a compass point: with "
            "`south: [east, west]`, `south south east` (SSE) is no repeat")),
        "speech": Option(bool, True, help=(
            "a repeat inside a body quotation is the speaker's (`way way too large`) "
            "unless it is a `not_refrains` word (`the the`); false flags those too")),
    }

    def setup(self) -> None:
        tok = self.opts["tokens"]
        compile_pattern("tokens", tok)
        # Spaces, or one line break with the spaces around it (a blank line
        # never occurs inside a part). `\b` lets the engine skip ahead faster
        # than a lookbehind; atomic groups stop backtracking into a word;
        # case-folding only the back-reference is several times faster than a
        # global IGNORECASE. A hyphen and a word after the second makes it a
        # compound's first word ("for the reader reader-centered"), no repeat;
        # a first word after a word and a hyphen is a compound's tail ("a
        # business-present present").
        again = "(?i:(?P=w))" if self.opts["ignorecase"] else "(?P=w)"
        self.pattern = compile_pattern(
            "tokens", rf"\b(?<!['’]|[\p{{L}}\p{{N}}]-)(?>{enclosed(tok, name='w')})"
                      rf"(?>[ \t]*(?:\r\n|[\r\n])[ \t]*|[ \t]+){again}(?![\w'’]|-[\p{{L}}\p{{N}}])")
        self.exceptions = {e.lower() for e in self.opts["exceptions"]}
        self.not_refrains = {e.casefold() for e in self.opts["not_refrains"]}
        self.titles = {e.casefold() for e in self.opts["titles"]}
        self.bearings = {k.casefold(): {w.casefold() for w in v} for k, v in self.opts["bearings"].items()}
        self.quick = tok == DEFAULT_TOKENS

    def check(self, doc, parts):
        joined = "\n\n".join([p.text for p in parts]) if len(parts) > 1 else None
        if self.opts["number_forms"] and (joined is None or _ANY_FIGURE_QUICK.search(joined)):
            for part in parts:
                if _FIGURE_QUICK.search(part.text):
                    yield from _figure_pairs(part)
        if self.quick and joined is not None and not may_repeat(joined):
            return         # the quick test once over every part (a blank line parts them)
        for part in parts:
            if self.quick and not may_repeat(part.text):
                continue
            for m in matches(self.pattern, part.text, self.trusted):
                word = m.group("w")
                if word.lower() in self.exceptions or self._number(part.text, m.start(), m.end(), word) or \
                        _acronym_and_word(word, m[0][-len(word):]) or \
                        self._title_before_name(part.text, m.end(), word, m[0][-len(word):]) or \
                        self._refrain(part.text, m.start(), m.end(), word) or \
                        self._bearing(part.text, m.end(), word) or \
                        self._name(doc, part, m[0], word) or \
                        self._quoted(doc, part, m.start(), m.end(), word):
                    continue
                fix = None if "\n" in m[0] or "\r" in m[0] else word
                yield Finding(part, m.start(), m.end(), fix=fix, args={"word": word})

    def _number(self, text: str, start: int, end: int, word: str) -> bool:
        """A number left alone: all of them unless `number_digits` is set,
        else those shorter than it (a score or tally, `5 5`) and those in a
        run of digit groups, as a phone number is written ("0845 8 505 505",
        "03000 999 999")."""
        if not word.isdigit():
            return False
        least = self.opts["number_digits"]
        if least <= 0 or len(word) < least:
            return True
        after = _NEXT.match(text, end)
        before = _PREVIOUS.search(text, max(start - 64, 0), start)
        return (after is not None and after[1].isdigit()) or \
            (before is not None and before[1].isdigit()) or _score_line(text, start, end)

    def _refrain(self, text: str, start: int, end: int, word: str) -> bool:
        """The pair is part of a run of three or more: the same word also
        stands just before it or just after it, parted by spaces only."""
        key = word.casefold()
        if not self.opts["refrains"] or key in self.not_refrains:
            return False
        after = _NEXT.match(text, end)
        if after is not None and after[1].casefold() == key:
            return True
        before = _PREVIOUS.search(text, max(start - 64, 0), start)
        return before is not None and before[1].casefold() == key

    def _bearing(self, text: str, end: int, word: str) -> bool:
        """The pair and the word after it name a compass point (`bearings`):
        "south south east" is south-southeast, one bearing, not a repeat."""
        follows = self.bearings.get(word.casefold())
        if not follows:
            return False
        after = _WORD_AFTER.match(text, end)
        return after is not None and after[1].casefold() in follows

    def _title_before_name(self, text: str, end: int, first: str, second: str) -> bool:
        """A common noun and then the same word as the title of a name that
        follows ("senior law lord Lord Bingham", "the party's whip Whip
        Jones"): the first in lower case, the second capitalised and a
        capitalised word after it. A function word (`not_refrains`) is still
        a slip ("the The Times"), and so is the title twice ("Lord Lord")."""
        if not (first.islower() and second[:1].isupper() and second[1:].islower()
                and first.casefold() not in self.not_refrains):
            return False
        after = _NEXT.match(text, end)
        return after is not None and "," not in after[0] and after[1][:1].isupper()

    def _name(self, doc, part, pair: str, word: str) -> bool:
        """Both words capitalised alike and not an acronym: a reduplicated
        name (Walla Walla, Bora Bora, Duran Duran), unless the word is a
        function word ("The The" is a slip) or a title (`titles`: "Lord Lord
        Bingham" is a slip). In a title-case headline capitals
        say nothing, so there the pair is a name only when the article writes
        it in a part that is not title case ("Walla Walla Council Votes" over
        a body naming Walla Walla; its fix would cut the name)."""
        if not (self.opts["names"] and word[:1].isupper() and not word.isupper()
                and pair.endswith(word) and word.casefold() not in self.not_refrains
                and word.casefold() not in self.titles):
            return False
        if not is_title_cased(part.text):
            return True
        named = regex.compile(rf"(?<![\w'’]){regex.escape(word)}\s+{regex.escape(word)}(?![\w'’])")
        return any(named.search(p.text) for p in doc.parts
                   if p is not part and not is_title_cased(p.text))

    def _quoted(self, doc, part, start: int, end: int, word: str) -> bool:
        """The repeat lies inside a quotation of the body or a footnote (curly or
        straight marks, or guillemets: `guillemet_quotes`), and is either a
        mention of the slip (the innermost quote has at most `mention_words`
        words: the “the the” typo) or the speaker's own words (`speech`: "way
        way too large"), unless the word is a function word (`not_refrains`),
        whose repeat is a typing slip even in a quote, as is a number long
        enough to be checked at all (`number_digits`: "since 1998 1998")."""
        most = self.opts["mention_words"]
        speech = self.opts["speech"] and word.casefold() not in self.not_refrains \
            and not word.isdigit()
        if (most <= 0 and not speech) or part.kind not in BODY_KINDS and part.kind != "footnote":
            return False
        quotes = doc.analysis("hygiene.quotes-by-part", _quotes_by_part).get(part.index)
        if quotes:
            # The quote opening last before the repeat, or one around it, is the
            # innermost candidate: quotes nest or stand apart, never overlap.
            k = bisect.bisect_left(quotes[0], start) - 1
            q = quotes[1][k] if k >= 0 else None
            while q is not None and q.end <= end:
                q = q.parent
            if q is not None and (speech or _words_at_most(q.inner, most)):
                return True
        # Guillemets, which the curly scan does not read, as --fix's hold reads them (nu77 #10).
        spans = guillemet_quotes(doc).get(part.index)
        held = innermost(spans, start, end) if spans else None
        return held is not None and (speech or _words_at_most(part.text[held[0]:held[1]], most))


def _words_at_most(text: str, most: int) -> bool:
    """`text` has at most `most` words. Counted only to one past the limit: a
    long quotation (an unclosed mark) holding many repeats was read whole for
    each of them, quadratic in the part (benchmarks/adversarial.py)."""
    return sum(1 for _ in islice(WORD.finditer(text), most + 1)) <= most


def _figure_pairs(part):
    """Findings for each figure said twice (`_FIGURE_PAIR`) that is not part
    of a run of figures or a score line; the fix keeps one."""
    text = part.text
    for m in _FIGURE_PAIR.finditer(text):
        start, end = m.span()
        if _FIGURE_NEXT.match(text, end) or _FIGURE_BEFORE.search(text, max(0, start - 8), start) \
                or _score_line(text, start, end):
            continue
        yield Finding(part, start, end, fix=m["n"], args={"word": m["n"]})


def _score_line(text: str, start: int, end: int) -> bool:
    """The pair follows a name and ends its clause: a player's two scores in
    agate ("Brown 102 102."), not a slip."""
    if not _CLAUSE_END.match(text, end):
        return False
    name = _NAME_BEFORE.search(text, max(0, start - 40), start)
    return name is not None and name[1].rstrip(".").lower() not in MONTHS


def _acronym_and_word(first: str, second: str) -> bool:
    """One of the pair is an acronym in capitals and the other the same letters
    in lower case ("IS is", "us US", "WHO who"): two different words."""
    return len(first) > 1 and ((first.isupper() and second.islower())
                               or (first.islower() and second.isupper()))


def may_repeat(text: str) -> bool:
    """False only when the default `tokens` pattern cannot match in `text`; a
    quick test (a tenth of the pattern's time) that lets most parts skip it.

    In the alphabet of `ascii_letters` (ASCII and the marks news copy is
    full of, none of which has a case or is a word character),
    case-insensitive is ASCII lower case, and a match "w w" is two
    neighbouring maximal runs of word characters with only
    spaces between: the same run twice (lowercased), or, when the first `w`
    starts with an apostrophe inside a run ("x'a 'a"), a run that opens with
    an apostrophe. Any other character: True (the pattern decides). The runs
    are read as ASCII bytes, with ’ as ' (runs equal before stay equal) and
    the other marks as "?" (no word character either)."""
    if not ascii_letters(text):
        return True
    low = text.replace("’", "'").encode("ascii", "replace").lower()   # (bytes: ASCII lowering)
    runs = low.translate(_RUN_BYTES).split()
    if any(map(operator.eq, runs, islice(runs, 1, None))):   # (bytes.__eq__: 3x slower)
        return True
    return b"'" in low and _QUOTE_OPENS.search(low) is not None


def _quotes_by_part(doc) -> dict[int, tuple[list[int], list]]:
    """part index -> (starts, quotes) of the body's and the footnotes' quotes, in order of opening."""
    out: dict[int, tuple[list[int], list]] = {}
    qa = quote_analysis(doc)
    for q in qa.quotes + qa.notes:
        starts, quotes = out.setdefault(q.part.index, ([], []))
        starts.append(q.start)
        quotes.append(q)
    return out


KIND = Repetition
