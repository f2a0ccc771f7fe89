"""The names a headline gives: runs of capitalised words that are not
ordinary words, and whether the body bears each out. Split from `headline`,
which scores the rest of a headline's content."""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

import regex

from .calendar import MONTHS, WEEKDAYS
from .name_titles import tables as name_tables
from .words import WORD, is_common, stem, tables

if TYPE_CHECKING:
    from .headline import BodyProfile

_POSSESSIVE = regex.compile(r"['’]s?$")


class Token(NamedTuple):
    start: int
    end: int
    text: str
    stem: str


def name_groups(text: str, openers: bool = False, weak: bool = False) -> list[list[Token]]:
    """Runs of capitalised words in a headline that are not ordinary words:
    the people, places and bodies it names. A lone word opening the headline
    (or a part after a colon) is left out unless `openers`: a capital there
    says little, though comparing two titles may still want it. A word that
    ends like an ordinary word (`_WORD_ENDINGS`: "Felicity", "Trinity",
    "Scarcity") is a name right after a lower-case word of a sentence-case
    headline, where only a name takes a capital ("Fire at Trinity destroys
    chapel"), or beside a name word ("Felicity Jones"); not in a capitalised
    label ("Course Scarcity: Unveiling ...") nor alone in Title Case; `weak`
    keeps these too, for `wrong_openers` to judge."""
    title = is_title_cased(text)
    groups: list[list[Token]] = []
    strong: list[bool] = []        # the run holds a word that is a name by its form too
    last_end = -2
    for m in WORD.finditer(text):
        w = name_word(m[0]) or _ending_name(m[0])
        if w:
            tok = Token(m.start(), m.start() + len(w), w, stem(w))
            sure = bool(name_word(m[0])) or not title and _after_lower(text, m.start())
            if groups and text[last_end:m.start()] in (" ", "-"):
                groups[-1].append(tok)
                strong[-1] = strong[-1] or sure
            else:
                groups.append([tok])
                strong.append(sure)
            last_end = tok.end
        else:
            last_end = -2
    groups = [g for g, sure in zip(groups, strong) if sure or weak]
    if openers:
        return groups
    if title:
        return [g for g in groups if len(g) > 1]   # every word has a capital: only runs tell
    return [g for g in groups if len(g) > 1 or not _opens(text, g[0].start)]


@lru_cache(maxsize=8192)
def name_word(word: str) -> str:
    """The word without its possessive if it may be a name, else ""."""
    w = _POSSESSIVE.sub("", word)
    return w if _is_name(w) and w.lower() not in tables()["demonyms"] else ""


def _after_lower(text: str, i: int) -> bool:
    """Whether the word before text[i] is in lower case (a capital after it
    is a name's, not a label's or a title's)."""
    before = WORD.findall(text[max(0, i - 40):i])
    return bool(before) and before[-1][0].islower()


@lru_cache(maxsize=8192)
def _ending_name(word: str) -> str:
    """The word without its possessive if it would be a name but for ending
    like an ordinary word ("Felicity", "Scarcity"), else ""."""
    w = _POSSESSIVE.sub("", word)
    return w if _is_name(w, endings=False) and w.endswith(_WORD_ENDINGS) \
        and w.lower() not in tables()["demonyms"] else ""


def is_title_cased(text: str) -> bool:
    """Three or more words of four letters or more, three in four capitalised."""
    longer = [w for w in WORD.findall(text) if len(w) >= 4]
    return len(longer) >= 3 and sum(w[0].isupper() for w in longer) >= 0.75 * len(longer)


def _is_name(word: str, endings: bool = True) -> bool:
    """Capitalised, four letters or more, not an acronym (`MPs`, `Utd` and `OAPs`
    are abbreviations a body often spells out), not an ordinary word nor the
    plural of one ("From Pauley to the Pros": `pro` is ordinary, though its
    plural is too rare in the table; a surname such as "Woods" alone is then
    not checked, one beside a given name still is), and no month or weekday
    ("31 January 2025", "Sept", "Thurs": a date, not a name)."""
    return (len(word) >= 4 and word.isalpha() and word[0].isupper()
            and sum(c.isupper() for c in word) == 1
            and not is_common(word) and not (endings and word.endswith(_WORD_ENDINGS))
            and not (word.endswith("s") and not word.endswith("ss") and is_common(word[:-1]))
            and word.lower() not in MONTHS and word.lower() not in WEEKDAYS)


# Endings of ordinary English words that the rarity table may not know
# ("Casually", "Rampages", "Scarcity" in a headline are no names).
_WORD_ENDINGS = ("ly", "ing", "ings", "ed", "tion", "tions", "ness", "ment", "ments", "ous",
                 "ive", "able", "ible", "ful", "less", "ism", "ist", "ists", "ize", "ise",
                 "izes", "ises", "ages", "ates", "ity", "ities")


def _opens(text: str, i: int) -> bool:
    head = text[:i].rstrip(" \"'‘“")
    return not head or head.endswith((":", "?", "!", "."))


def name_supported(group: list[Token], body: BodyProfile) -> bool:
    """A name is supported when the body has any of its words, so "Harris" is
    supported by "Kamala Harris" and the other way round; a shared five-letter
    start also counts ("Korea" and "Korean", "Beijing" and "Beijingers"). A
    full name whose last word the body never has is not supported by its
    first word when the body writes that first word before another capitalised
    word: "Carla Jenkins" in the headline, "Carla Jennings" in the story (nu22
    #2), while "Goldman Sachs" is still supported by "Goldman said". Nor is
    a full name whose surname is a slip (`slipped_surname`)."""
    return slipped_surname(group, body) is None and _words_bear_out(group, body)


def _words_bear_out(group: list[Token], body: BodyProfile) -> bool:
    """`name_supported` but for the slip test."""
    if len(group) > 1 and not _word_supported(group[-1], body) and _first_with_another(group, body):
        return False
    return any(_word_supported(tok, body) for tok in group)


def unsupported_names(headline: str, body: BodyProfile) -> list[tuple[int, int, str | None]]:
    """(start, end, surname as the body writes it or None) of each name in
    `headline` the body does not bear out, in order: a name group
    (`name_groups`) not `name_supported`, a wrong opener (`wrong_openers`),
    and a short or common given name's slip (`short_name_slips`, which
    stands in for any of those it overlaps: the whole name, for the slip's
    message). The surname is the one a slip misspells. Each slip test runs
    once for the headline."""
    found: list[tuple[int, int, str | None]] = []
    for g in name_groups(headline):
        slip = slipped_surname(g, body)
        if slip is not None or not _words_bear_out(g, body):
            found.append((g[0].start, g[-1].end, slip))
    found += [(tok.start, tok.end, surname) for tok, surname in wrong_openers(headline, body)]
    for start, end, surname in short_name_slips(headline, body):
        found = [f for f in found if not (f[0] < end and start < f[1])] + [(start, end, surname)]
    return sorted(found, key=lambda f: f[:2])


def slipped_surname(group: list[Token], body: BodyProfile) -> str | None:
    """The surname, as the body writes it, that a headline's full name
    misspells, else None: the body never writes the name's last word, but
    writes its first word before a surname (`_given_surnames`) of which that
    word is a slip (`_slip_of`): "Hollis Brandvold" over "Hollis Brandvoll"
    (nu24 #1), where the five letters they share would otherwise bear it
    out. A plural or a people's name of the surname (`_NAME_ENDINGS`) is no
    slip, nor a word the body has without its accents; its stem is no
    support ("Brandvol" and "Brandvoll" share one)."""
    if len(group) < 2:
        return None
    return _slip_after(group[0].text, group[-1].text, body)


# A capitalised word and the one after it, possessive off: a given name and
# surname however short or common ("Dan McCarthy", "Grace Kelly").
_PAIR = regex.compile(r"(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+)[ \u00a0](\p{Lu}[\p{L}\p{M}]+)(?:['’]s?)?"
                      r"(?![\p{L}\p{M}'’-])")


def short_name_slips(headline: str, body: BodyProfile) -> list[tuple[int, int, str]]:
    """(start, end, surname as the body writes it) of a headline's full name
    that `name_groups` leaves out, a short or common given name or a surname
    of two capitals ("Dan McCarthy" over "Dan MacCarthy", "Grace Kelly" over
    "Grace Kelley": qa54 #3), when its surname is a slip (`slipped_surname`)
    of the one the body writes after that given name. In a Title Case
    headline, where every word has a capital, an ordinary word after
    another is the headline's word ("Art Show Opens Friday" over the
    painter "Art Shaw": fx69), unless that other word is a given name: no
    ordinary word, or one of names.yaml's `given_words` ("Grace Show")."""
    out = []
    title = is_title_cased(headline)
    for m in _PAIR.finditer(headline, overlapped=True):
        if name_word(m[1]) and name_word(m[2]):
            continue                    # a group of name words: `slipped_surname` judges it
        if title and is_common(m[2]) and is_common(m[1]) and m[1].lower() not in _given_words():
            continue                    # two words of the headline
        written = _slip_after(m[1], m[2], body)
        if written is not None:
            out.append((m.start(), m.start(2) + len(m[2]), written))
    return out


@lru_cache(maxsize=1)
def _given_words() -> frozenset[str]:
    """Ordinary words that are given names too (names.yaml `given_words`)."""
    return frozenset(map(str, name_tables()["given_words"]))


def _slip_after(given: str, last: str, body: BodyProfile) -> str | None:
    """The surname the body writes after `given` of which `last` is a slip, else None."""
    low = last.lower()
    if body.has_word(low) or _fold(low) in _folded_surnames(body):
        return None
    for written in _given_surnames(body).get(given.lower(), ()):
        s = written.lower()
        if _slip_of(low, s) and not (low.startswith(s) and low[len(s):] in _NAME_ENDINGS
                                     or s.startswith(low) and s[len(low):] in _NAME_ENDINGS
                                     or _transliterated(low) == _transliterated(s)):
            return written
    return None


@lru_cache(maxsize=4096)
def _transliterated(word: str) -> str:
    """`word` (lower case) with titles.yaml's `transliterations` replaced, so
    two transliterations of one name ("zelensky", "zelenskyy") read alike."""
    for pattern, to in tables()["transliterations"].items():
        word = regex.sub(pattern, to, word)
    return word


def _given_surnames(body: BodyProfile) -> dict[str, tuple[str, ...]]:
    """Each word of the body's runs of capitalised words but the last, lower
    case -> the last words (surnames, possessive off, as first written) it
    comes before ("Capt. Hollis J. Brandvoll's": hollis -> Brandvoll)
    (`_surname_runs`)."""
    return _surname_runs(body)[1]


def _surname_runs(body: BodyProfile) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """(`_body_surnames`, `_given_surnames`): one scan of the body's runs of
    capitalised words (`_BODY_RUN`), asked once per body."""
    def build(b: BodyProfile) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
        surnames: dict[str, str] = {}
        given: dict[str, dict[str, str]] = {}
        for m in _BODY_RUN.finditer(b.text):
            words = m[0].split()
            last = _POSSESSIVE.sub("", words[-1])
            surnames.setdefault(last.lower(), last)
            for w in words[:-1]:
                given.setdefault(w.rstrip(".").lower(), {}).setdefault(last.lower(), last)
        return surnames, {g: tuple(names.values()) for g, names in given.items()}
    return body.answer("surname-runs", build)


def _first_with_another(group: list[Token], body: BodyProfile) -> bool:
    """The body writes the name's first word before a capitalised word that is
    not the name's next word ("Carla Jennings" against "Carla Jenkins")."""
    after = _words_before_capitals(body).get(group[0].text, ())
    second = group[1].text.lower()[:5]
    return bool(after) and all(word.lower()[:5] != second for word in after)


# A word and the capitalised word after it, overlapping ("Ann Carla Jennings":
# Ann -> Carla, Carla -> Jennings).
_BEFORE_CAPITAL = regex.compile(r"(?<![\p{L}\p{M}'’-])([\p{L}\p{M}'’-]+)\s+(?=(\p{Lu}[\p{L}\p{M}'’-]*))")


def _words_before_capitals(body: BodyProfile) -> dict[str, tuple[str, ...]]:
    """Each word of the body, as written -> the capitalised words it comes
    right before (space between); asked once per body, not scanned again
    for each headline name."""
    def build(b: BodyProfile) -> dict[str, tuple[str, ...]]:
        out: dict[str, list[str]] = {}
        for m in _BEFORE_CAPITAL.finditer(b.text):
            out.setdefault(m[1], []).append(m[2])
        return {word: tuple(after) for word, after in out.items()}
    return body.answer("words-before-capitals", build)


def _word_supported(tok: Token, body: BodyProfile) -> bool:
    low = tok.text.lower()
    return (body.has_word(low) or body.has_stem(tok.stem) or body.has_start(low[:5])
            or body.has_shorter(low)        # "Iowans" and "Americans" by "Iowa" and "America"
            or _fold(low) in _folded_surnames(body))    # "Pena" by "Mayor Ana Peña" (qa46 #6)


def _fold(word: str) -> str:
    """`word` without its accents: a headline that drops them (for a URL or
    a font) writes the same name."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _folded_surnames(body: BodyProfile) -> frozenset[str]:
    """The body's surnames (`_body_surnames`) without their accents; asked once per body."""
    return body.answer("surnames-folded", lambda b: frozenset(_fold(s) for s in _body_surnames(b)))


# A run of two capitalised words or more in the body ("Mayor Carla Jennings",
# "Carla M. Jennings"): its last word is a surname the story uses.
_BODY_RUN = regex.compile(r"(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]*"
                          r"(?:\.?[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]*)+")


def wrong_openers(text: str, body: BodyProfile) -> list[tuple[Token, str]]:
    """Lone names opening the headline (or a part after a colon) that the
    body never writes but that are a slip away from a surname it does
    (`_slip_of`), each with that surname as the body writes it: "Jenkins
    unveils park plan" over "Mayor Carla Jennings said" (nu22 #2), the
    surname-first headline AP writes. `name_groups` leaves a lone opener
    out, since a capital there says little; a wrong surname says a lot. The
    slip is looked for before the body's words count as support
    (`_borne_out`): a shared five-letter start is no support when the body
    word is the surname the opener misspells ("Okonkow" over "Okonkwo", nu23
    #1). A word ending like an ordinary word ("Jenings": `_WORD_ENDINGS`) is
    judged as a name here only when it is one edit from the surname."""
    kept = {g[0].start for g in name_groups(text)}
    found = []
    for group in name_groups(text, openers=True, weak=True):
        tok = group[0]
        if len(group) > 1 or tok.start in kept or not _opens(text, tok.start):
            continue
        low, ordinary_end = tok.text.lower(), not name_word(tok.text)
        near = next((written for s, written in _body_surnames(body).items()
                     if _slip_of(low, s, 1 if ordinary_end else None)), None)
        if near is not None and not _borne_out(tok, body):
            found.append((tok, near))
    return found


# What a name may add and still be the same name: a plural or a people's
# name ("Obamas", "Korean" of "Korea", "Iowans" of "Iowa").
_NAME_ENDINGS = ("s", "es", "n", "an", "ian", "ns", "ans", "ians", "er", "ers")


def _borne_out(tok: Token, body: BodyProfile) -> bool:
    """The body bears out an opener that is a slip from one of its surnames:
    it writes the word itself, the word without its accents (`_folded_surnames`)
    or a word of its stem ("Smiths" by "Smith"), or the word or a capitalised
    body word adds a name's ending to the other (`_NAME_ENDINGS`: "Korea" by
    "South Korean", "Iowan" by "Iowa"), or a capitalised body word that
    shares the word's first five letters and is no slip of it ("Beijing" by
    "Beijingers"); unlike `_word_supported`, a body word the opener misspells
    ("Okonkwo" for "Okonkow") is no support."""
    low = tok.text.lower()
    if body.has_word(low) or body.has_stem(tok.stem) or _fold(low) in _folded_surnames(body):
        return True
    if any(low[k:] in _NAME_ENDINGS and body.has_word(low[:k]) for k in range(4, len(low))):
        return True
    if len(low) < 5 or not body.has_start(low[:5]):
        return False
    for m in regex.finditer(rf"(?<![\p{{L}}\p{{M}}])(?i:{regex.escape(low[:5])})[\p{{L}}\p{{M}}'’]*", body.text):
        word = _POSSESSIVE.sub("", m[0]).lower()
        if m[0][0].isupper() and (word[len(low):] in _NAME_ENDINGS and word.startswith(low)
                                  or not _slip_of(low, word)):
            return True
    return False


def _body_surnames(body: BodyProfile) -> dict[str, str]:
    """The last words of the body's runs of capitalised words, lower case
    (possessive off) -> as first written (`_surname_runs`)."""
    return _surname_runs(body)[0]


def _slip_of(word: str, surname: str, most: int | None = None) -> bool:
    """`word` (lower case) is a slip for `surname`: the same first letter (a
    slip rarely hits it) and one edit apart, or two when both have seven
    letters or more (Jenkins/Jennings: a letter changed and one added);
    `most` edits when given."""
    if word == surname or word[:1] != surname[:1] or len(surname) < 4:
        return False
    if most is None:
        most = 2 if min(len(word), len(surname)) >= _TWO_EDITS_FROM else 1
    return _distance(word, surname, most) <= most


_TWO_EDITS_FROM = 7


def _distance(a: str, b: str, most: int) -> int:
    """Edit distance of `a` and `b` (a swap of two letters counts as one),
    or `most` + 1 once it is over `most`."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    before, row = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(row[j] + 1, cur[j - 1] + 1, row[j - 1] + (ca != cb))
            if before is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], before[j - 2] + 1)
        if min(cur) > most:
            return most + 1
        before, row = row, cur
    return row[-1]
