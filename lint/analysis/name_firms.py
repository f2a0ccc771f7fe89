"""Firms a story names the way it names people: "Taft vice chairman Dudley
S. Taft", "Lorimar said", "E.A. Viner Holdings Ltd said ... Viner holds".

Wire copy gives a firm's full name once ("Taft Broadcasting Co") and then
its first word alone, as it gives a person's surname alone, so a firm's
short form reads as a surname used before the person's full name. A story
introduces a firm by a run of capitalised words closed by a legal form,
a firm's closing word or, before no capitalised word, a descriptive word
(firms.yaml `legal_forms`, `closing_words`, `descriptive_words`, read
through `firm_terms`: "Jacobs Engineering Group Inc", "Sandoz AG", "Dell
Technologies", "Ford Motor"), by a
cue before or after a one-word name (`cues`: "a unit of Unilever",
"417,100 Jacobs common shares", "its Bass shoe division"), or by a firm's
noun in apposition (`nouns_in_apposition`: no trade a person is also
called, no startup a person's phrase may end on: "Ford, the US car
company,"). `firm_words` gives the first word of each such name with where
the story first names that firm; `firm_use` says whether a name used alone
is inside such a name, or that firm's short form: its first word, after
the firm is named, with no job title and no courtesy title before it ("Mr
Jacobs", "Chairman Jacobs" stay a person's). A person's name near a firm's
word ("Bank of England Governor Mark Carney") is no firm's: only the words
before the designator are. Losing a person's first reference is worse than
missing a firm (qa159), so every reading is narrow: no run over a
sentence's end, a hard break or a possessive, no title-case dek or
caption, no later word of the name as its short form, no use before the
firm is named.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .. import rx as regex

from ..document import Document
from ..regex_cache import SERIAL
from .apposed_titles import titled_apposition
from .firm_terms import firm_terms
from .names import Mention, courtesy_before, flat_parts, owns_a_person, people, person_after
from .word_patterns import phrase_alternation, word_trie

__all__ = ["Firms", "firm_words", "firm_use"]

# How far back from a designator the firm's words are read (characters), and
# how many of its words before the designator are read at most, initials
# counted ("Manufacturers Hanover Trust Co" has three).
_REACH = 120
_MOST_WORDS = 6
_NAME = r"\p{Lu}[\p{L}\p{M}'’-]*"


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern]:
    """(a designator, a closing word or a descriptive word closing a firm's
    name, a one-word name after a cue, a one-word name before a cue, a
    one-word name after "its" and before a firm's unit noun, a one-word
    name with a firm's noun in apposition), built from firms.yaml
    (`firm_terms`)."""
    terms = firm_terms()
    titled = {d.rstrip(".") for d in terms.legal_forms_also_titles}

    def designator(d: str) -> str:
        d = d.rstrip(".")
        # "Washington AG Bob Ferguson", "Texas AG's office": an attorney general
        return regex.escape(d) + (r"(?!\.?(?:\s+\p{Lu}|['’]))" if d in titled else "")

    def alternatives(words: tuple[str, ...]) -> str:
        # an empty list matches nothing (an empty alternation would match everywhere)
        return "|".join(designator(d) for d in sorted(words, key=len, reverse=True)) or "(?!)"
    end = r"(?=['’]s(?![\p{L}\p{N}])|(?![\p{L}\p{M}\p{N}'’-]))"    # "Corp's", not "Co-founder"
    # a closing word, not before "of": "Group of 20", "Bank of England"
    words = rf"(?:{alternatives(terms.closing_words)}){end}(?!\s+of(?![\p{{L}}\p{{M}}]))"
    # a descriptive word, only where the run is the firm's name in its sentence:
    # before a mark, its possessive, "said"/"says"/"told", an auxiliary or a
    # verb in -ed ("Dell Technologies said", "Ford Motor’s rival", "Walton
    # Enterprises reported"). Not before a capitalised word ("Ford Motor Co"
    # is closed by its legal form, "Energy Secretary Chris Wright" is an
    # office: nu44 H7), "of", or a lower-case noun it modifies ("Biden Energy
    # rules", "the Biden Energy policy": qa175 #2)
    described = (rf"(?:{alternatives(terms.descriptive_words)}){end}"
                 r"(?=['’]s(?![\p{L}\p{N}])|\s*(?:[,.;:!?)\]]|$)"
                 r"|\s+(?:said|says|told|is|was|has|had|will|would|\p{Ll}{2,}ed)(?![\p{L}\p{M}'’-]))")
    closing = regex.compile(rf"(?<=\s)(?:(?:{alternatives(terms.legal_forms)})\.?{end}|{words}|{described})")

    def phrases(cues) -> str:
        """`phrase_alternation`, a straight apostrophe matching a curly one too."""
        return phrase_alternation(cues).replace("'", "['’]")

    before = phrases(terms.cues_before)
    # "'s common shares" after the name's possessive, "common shares" after a space
    owned = [c[3:] for c in terms.cues_after if c.startswith("'s ")]
    plain = [c for c in terms.cues_after if not c.startswith("'s ")]
    after = "|".join(alt for alt in (owned and rf"['’]s\s+(?:{phrases(owned)})",
                                     plain and rf"\s+(?:{phrases(plain)})") if alt)
    one_word = rf"(?P<name>{_NAME})(?<!['’]s)"
    after_cue = regex.compile(rf"(?<![\p{{L}}\p{{M}}'’-])(?:{before})\s+{one_word}(?!\s+\p{{Lu}}|[\p{{L}}\p{{M}}'’-])")
    before_cue = regex.compile(rf"(?<![\p{{L}}\p{{M}}'’-])(?P<name>\p{{Lu}}[\p{{L}}\p{{M}}'’-]*?)(?:{after})"
                               r"(?![\p{L}\p{M}])")
    units = "|".join(regex.escape(u) for u in terms.its_units)
    its_unit = regex.compile(rf"(?<![\p{{L}}\p{{M}}'’-])its\s+{one_word}(?:\s+\p{{Ll}}+){{0,2}}\s+(?:{units})"
                             r"(?![\p{L}\p{M}])")
    nouns = "|".join(regex.escape(n) for n in terms.nouns_in_apposition)   # no trade: "Smith, a publisher,"
    # a preposition ends it: the noun after one is the person's employer ("Smith, a
    # spokeswoman from the company,", "the brains behind the startup": qa167 #2)
    between = (r"(?:(?!(?:of|for|at|in|to|from|behind|inside|within|and|or|with|who|whose)\b)"
               r"[\p{L}\p{N}-]+\s+){0,3}")
    apposed = regex.compile(rf"(?<![\p{{L}}\p{{M}}'’-]){one_word},\s+(?:the|a|an)\s+{between}(?:{nouns})"
                            rf"(?=\s*[,;:.)]|\s+(?:that|which|whose|based)\b)")
    return closing, after_cue, before_cue, its_unit, apposed


def _first_word(phrase: str) -> str:
    """A cue's first word, up to its first space or apostrophe: a match of
    the cue's pattern holds it as written ("stake" of "stake in")."""
    return regex.split(r"[\s']", phrase, maxsplit=1)[0]


@lru_cache(maxsize=1)
def _gates() -> tuple:
    """For each of `_patterns` in order, a test of a part's text that is
    false only where that pattern cannot match, or None (always try it).
    Each pattern, tried at every character, holds a word of firms.yaml as
    written: a designator, closing word or descriptive word (the closing
    pattern), a cue's first word (the cues before and after a name), "its"
    and a unit's noun (`its_units`), a
    firm's noun with a comma before the name's apposition. Most parts hold none, and a
    literal search finds that at a third of the pattern's cost or less
    (pf43). Case as written: no pattern ignores case."""
    terms = firm_terms()
    designators = {d.rstrip(".") for d in (*terms.legal_forms, *terms.closing_words,
                                           *terms.descriptive_words)}
    before = {_first_word(c) for c in terms.cues_before}
    after = {_first_word(c[3:] if c.startswith("'s ") else c) for c in terms.cues_after}
    nouns = set(terms.nouns_in_apposition)     # the list `_patterns` builds `apposed` from
    if "" in designators | before | after | nouns:
        return None, None, None, None, None       # a word with no literal lead: try every pattern
    # `re`, not `regex`: a literal alternation's first characters let `re` skip the rest in C;
    # nested by shared beginnings (`word_trie`), one branch is tried at a capital, not 58 (pf56)
    closing = re.compile(word_trie(designators) if designators else "")

    def holds(words: set[str], mark: str = ""):
        ordered = sorted(words)
        return lambda text: (not mark or mark in text) and any(w in text for w in ordered)
    units = set(terms.its_units)     # after "its" and the name (`_patterns`' `its_unit`)
    return (lambda text: closing.search(text) is not None, holds(before), holds(after),
            holds(units, "its") if units and "" not in units else None, holds(nouns, ","))


# A word of a firm's name, walking left from its designator: a capitalised
# word, initials with their stops ("G.H.") or a given name's abbreviation
# ("Wm."). Any other word with a stop ends a sentence ("Ann.", "Tomas Ruiz
# Jr. Acme Holdings": qa159 #3), and a possessive is no word of the name
# ("Okafor's Group of 20": qa159 #13).
_INITIALS = regex.compile(r"(?:\p{Lu}\.)+|(?:Wm|Chas|Geo|Jas|Jos|Thos)\.")
_WORD = regex.compile(r"[<(]?(\p{Lu}[\p{L}\p{M}'’-]*)")
_POSSESSIVE = regex.compile(r"['’]s?$")


def _run_before(text: str, at: int) -> tuple[list[tuple[str, int]], int, str]:
    """The words of the firm's name that ends right before `at` (its
    designator), each with its offset, first word first, a hyphened word
    also in its parts ("Lorimar-Telepictures", "Lorimar", "Telepictures");
    the index in those words of the name's first word that is no initials,
    its short form ("Tesfaye" of "Wm. Tesfaye Jr Co"; -1 when there is
    none); and the family's name when "and" or "&" stands before the
    designator ("Pesch and Co": "Pesch"; else ""). The run stops at a
    sentence's end, a line break (after `flat`, a hard one: qa159 #12), a
    possessive, a word in lower case or a "-based" descriptor ("Texas-based
    Dell Technologies"); a first word naming the firm's kind is left out
    when a word follows it (`_descriptor`: "Automaker Ford Motor")."""
    lo = max(0, at - _REACH)
    tokens = list(_TOKEN.finditer(text, lo, at, False, SERIAL))
    if lo and tokens and tokens[0].start() == lo:
        tokens = tokens[1:]                     # a token at the reach's edge may be cut: none, cut or not
    words: list[tuple[str, int]] = []
    initials: set[int] = set()                  # indexes in `words`, last word first
    family = ""
    later = at
    for k, t in enumerate(reversed(tokens)):
        tok, gap = t[0], text[t.end():later]
        later = t.start()
        if "\n" in gap:
            break                               # "Ana Okafor<br><br>Kessler Holdings Ltd"
        if k == 0 and tok in ("and", "&"):
            family = "?"
            continue
        if len(words) == _MOST_WORDS or tok.endswith(".") and not _INITIALS.fullmatch(tok):
            break                               # "... said Wilzig. Jacobs Corp": a sentence's end
        if tok.endswith("-based"):
            break                               # "Texas-based Dell Technologies": a descriptor (qa175 #4)
        if _INITIALS.fullmatch(tok):
            word, start = tok.rstrip("."), t.start()
            initials.add(len(words))
        elif _POSSESSIVE.search(tok) is None and (m := _WORD.fullmatch(tok)) is not None:
            word, start = m[1], t.start() + m.start(1)
        else:
            break
        if family == "?":
            family = word
        words.append((word, start))
        if tok[0] in "<(":
            break
    if len(words) > 1 and len(words) - 1 not in initials and _descriptor(words[-1][0]):
        words.pop()                             # "Automaker Ford Motor": the firm's kind (qa175 #4)
    first = next((len(words) - 1 - k for k in range(len(words) - 1, -1, -1) if k not in initials), -1)
    words.reverse()
    out: list[tuple[str, int]] = []
    head = -1
    for k, (word, start) in enumerate(words):
        if k == first:
            head = len(out)
        out.append((word, start))
        if "-" in word:
            at = start
            for piece in word.split("-"):
                if piece:
                    out.append((piece, at))
                at += len(piece) + 1
    return out, head, family.strip("?")


_TOKEN = regex.compile(r"\S+")


def _descriptor(word: str) -> bool:
    """Whether a capitalised word before a firm's name names its kind, not
    the firm: a noun firms.yaml puts before a firm's name (`firm_nouns`,
    `trade_nouns`: "Automaker", "Insurer", "Retailer") or a "-maker"
    ("Carmaker", "Drugmaker")."""
    low = word.lower()
    return low.endswith("maker") or low in firm_terms().nouns_before_a_name


class Firms(NamedTuple):
    """What `firm_words` reads of a story's firms."""
    short: dict[str, tuple[int, int]]   # short form: (part index, offset) where its firm is first named
    spots: frozenset[tuple[int, int]]   # (part index, offset) of every word used in a firm's name or cue


def _title_case(text: str) -> bool:
    """Whether a dek's or a caption's words of four letters or more are all
    capitalised ("Okafor Joins Bank Board"): its capitals say nothing of a
    firm (qa159 #9)."""
    long = [w for w in _LETTERS.findall(text) if len(w) > 3]
    return len(long) > 1 and all(w[0].isupper() for w in long)


_LETTERS = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*")


def firm_words(doc: Document) -> Firms:
    """The firms the story names (`Firms`): each firm's short form, the
    first word of its name as written ("Taft" of "Taft Broadcasting Co",
    "Viner" of "E.A. Viner Holdings Ltd", "Lorimar-Telepictures" and
    "Lorimar" of "Lorimar-Telepictures Corp", not "Hathaway" of "Berkshire
    Hathaway Inc"), with the (part index, offset) where the story first
    names that firm; and the (part index, offset) of every word used in a
    firm's name or beside a cue ("Taft" in "Taft Broadcasting Co", "Jacobs"
    in "417,100 Jacobs common shares"). Read over the body's paragraphs,
    block quotes, and deks and captions that are not in title case, with
    their soft wraps as spaces (`flat_parts`, the parts the mentions are in),
    once per document, when a rule asks. A firm named for a family, with
    "and" or "&" before its designator ("Pesch and Co", "Smith & Sons"),
    makes its family's name no short form, nor does a cue beside that name
    ("a unit of Pesch and Co"): that name alone is as often the family's
    member, whom the story names in full ("Pesch said ... Dr. LeRoy Pesch":
    qa148 #11). Another firm's name closed by a designator still makes it
    one ("E.A. Viner Holdings Ltd" beside "Edward A. Viner and Co"), and
    every use in a firm's name stays a firm's use."""
    def build(d: Document) -> Firms:
        patterns, gates = _patterns(), _gates()
        parts = flat_parts(d)
        closing, cues = patterns[0], _live_cues(patterns[1:], gates[1:], parts)
        families: set[str] = set()
        found: dict[str, tuple[int, int]] = {}    # short forms of firms' names closed by a designator
        cued: dict[str, tuple[int, int]] = {}     # words beside a cue
        spots: set[tuple[int, int]] = set()
        for part in parts:
            if part.kind in ("dek", "caption") and _title_case(part.text):
                continue
            text = part.text
            for m in (closing.finditer(text, 0, None, False, SERIAL)
                      if gates[0] is None or gates[0](text) else ()):
                words, head, family = _run_before(text, m.start())
                spots.update((part.index, at) for _, at in words)
                if family:
                    families.add(family)
                elif head >= 0:
                    short = [words[head]]
                    if "-" in words[head][0]:            # "Lorimar-Telepictures": "Lorimar" too
                        short.append(words[head + 1])
                    for word, at in short:
                        found.setdefault(word, (part.index, at))
            for pattern, gate in cues:
                if gate is not None and not gate(text):
                    continue
                for m in pattern.finditer(text, 0, None, False, SERIAL):
                    if m["name"]:
                        cued.setdefault(m["name"], (part.index, m.start("name")))
                        spots.add((part.index, m.start("name")))
        short = {w: at for w, at in cued.items() if w not in families}
        for w, at in found.items():
            short[w] = min(at, short.get(w, at))
        return Firms(short, frozenset(spots))
    return doc.analysis("names.firms", build)


def _live_cues(patterns, gates, parts) -> tuple:
    """The (cue pattern, gate) pairs worth trying on some part: a gate
    (`_gates`: a literal word, and a mark, as a substring) false over
    every part's text at once, joined, is false over each part, so its
    pattern can match in none and is left out (most stories name no firm
    by a cue; pf48: one search of the story instead of one per part)."""
    joined = "\n".join(p.text for p in parts)
    return tuple((pattern, gate) for pattern, gate in zip(patterns, gates) if gate is None or gate(joined))


def firm_use(m: Mention, doc: Document) -> bool:
    """Whether the name used alone names a firm the story names
    (`firm_words`): a use inside a firm's name or beside a firm's cue ("Taft
    Broadcasting Co", "417,100 Jacobs common shares", "its Bass shoe
    division"), or the firm's short form after the story names the firm,
    with no job title or courtesy title before it ("Mr Jacobs", "Fed
    Chairman Jacobs"), owning no person ("Taft's wife") and with no age or
    "who" or "said he" after it ("Dell, 58,", "Dell (58)", "Dell, who",
    "Dell said he": `person_after`),
    which keep it a person's. "Said he" is no such cue when another person
    is named between the firm and the use ("Ford Motor Co ... CEO Jim
    Farley said ... Ford said he would be replaced": the pronoun may be
    Farley, qa179 #2). A use before the firm is named is a person's ("Jacobs said
    she would retire. Jacobs Engineering Group Inc fell": qa159 #4), and
    so the finding stays at the first use (qa159 #5)."""
    if m.full:
        return False
    firms = firm_words(doc)
    if (m.part.index, m.start) in firms.spots:
        return True
    named = firms.short.get(m.surname)
    if named is None or (m.part.index, m.start) < named or m.title or owns_a_person(m) \
            or titled_apposition(m.part.text, m.end):
        return False
    cue = person_after(m)
    if cue is not None and not (cue["pronoun"] and _named_between(doc, named, m)):
        return False
    return not courtesy_before(m)


def _named_between(doc: Document, named: tuple[int, int], m: Mention) -> bool:
    """Whether a person of another surname (`people`: given in full and
    used as a person) is mentioned after the firm is first named at `named`
    ((part index, offset)) and before `m`."""
    at = (m.part.index, m.start)
    return any(named < (x.part.index, x.start) < at
               for surname, xs in people(doc).items() if surname != m.surname for x in xs)
