"""The names a headline gives: runs of capitalised words that are not
ordinary words, and whether the body bears each out. Split from `headline`,
which scores the rest of a headline's content."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from .. import rx as regex

from ..regex_cache import SERIAL
from .body_names import (POSSESSIVE, body_surnames, fold, folded_surnames, given_surnames, slip_of,
                         words_before_capitals)
from .calendar import MONTHS, WEEKDAYS
from .name_titles import tables as name_tables
from .word_patterns import WORD
from .words import is_common, stem, tables

if TYPE_CHECKING:
    from .headline import BodyProfile


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
    keeps these too, for `wrong_openers` to judge. Each option set reads the
    one scan of the text (`_group_scan`); the lists returned are the
    caller's own."""
    title, scanned = _group_scan(text)
    groups = [list(g) for g, sure in scanned if sure or weak]
    if openers:
        return groups
    if title:   # every word has a capital: only runs tell, or a title opening the headline
        return [g for g in groups if len(g) > 1 or _titled_opener(text, g[0].start)]
    return [g for g in groups if len(g) > 1 or not _opens(text, g[0].start)
            or _titled_opener(text, g[0].start)]


@lru_cache(maxsize=256)
def _group_scan(text: str) -> tuple[bool, tuple[tuple[tuple[Token, ...], bool], ...]]:
    """`is_title_cased(text)` and every run of name words in `text`, each
    with whether it holds a word that is a name by its form too (else only
    by its place: `name_groups`' `weak`). Kept by the text itself, so the
    headline's groups are scanned once a story however many checks and
    option sets ask (pf24: 3.7 scans a story before), and never stale."""
    title = is_title_cased(text)
    groups: list[list[Token]] = []
    strong: list[bool] = []        # the run holds a word that is a name by its form too
    last_end = -2
    for m in WORD.finditer(text, None, None, False, SERIAL):
        w = name_word(m[0]) or _ending_name(m[0])
        if w and not _is_label_word(text, m.end(), w):
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
    return title, tuple((tuple(g), sure) for g, sure in zip(groups, strong))


def _is_label_word(text: str, end: int, word: str) -> bool:
    """Does `word`, ending at text[end], name the kind of piece right before
    the headline label's colon ("Webinar Recap: The Part-Timer": titles.yaml
    `label_words`, nu61 #4)? Then it is no name word, and the rest of the
    label is judged without it (a lone word opening the headline says little)."""
    return text.startswith(":", end) and word.lower() in tables()["label_words"]


@lru_cache(maxsize=8192)
def name_word(word: str) -> str:
    """The word without its possessive if it may be a name, else ""."""
    w = POSSESSIVE.sub("", word)
    return w if _is_name(w) and w.lower() not in tables()["demonyms"] else ""


def _after_lower(text: str, i: int) -> bool:
    """Whether the word before text[i] is in lower case (a capital after it
    is a name's, not a label's or a title's)."""
    before = WORD.findall(text[max(0, i - 40):i], None, None, False, SERIAL)
    return bool(before) and before[-1][0].islower()


@lru_cache(maxsize=8192)
def _ending_name(word: str) -> str:
    """The word without its possessive if it would be a name but for ending
    like an ordinary word ("Felicity", "Scarcity"), else ""."""
    w = POSSESSIVE.sub("", word)
    return w if _is_name(w, endings=False) and w.endswith(_WORD_ENDINGS) \
        and w.lower() not in tables()["demonyms"] else ""


@lru_cache(maxsize=256)
def is_title_cased(text: str) -> bool:
    """Three or more words of four letters or more, three in four capitalised.
    Kept by the text (a headline is asked about by several checks a story)."""
    longer = [w for w in WORD.findall(text, None, None, False, SERIAL) if len(w) >= 4]
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


# A word and maybe its full stop right before a headline word, read backwards.
_WORD_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{M}'’.-])(\p{Lu}\p{Ll}*)(\.?)[ \u00a0]$")


def _titled_opener(text: str, i: int) -> bool:
    """Is the word at text[i] right after a job or courtesy title that opens
    the headline (or a part after a colon)? "Gov. Ellis signs off on seawall",
    "Mayor Ellis ...", "Dr. Ellis ...": the title makes the lone word a
    person's name, however little a capital there says (nu26 #5). A title
    is names.yaml's: an abbreviation ("Gov.", "Sen.") or courtesy title
    ("Dr.", "Mr") with or without its stop, or a job title ("Mayor")."""
    before = _WORD_BEFORE.search(text, max(0, i - 16), i)
    if before is None or not _opens(text, before.start()):
        return False
    t, low = name_tables(), before[1].lower()
    return low in t["abbreviations"] or low in t["courtesy"] or not before[2] and low in t["titles"]


def _words_bear_out(group: list[Token], body: BodyProfile) -> bool:
    """Does the body bear out the name's words? It does when it has any of
    them, so "Harris" is supported by "Kamala Harris" and the other way
    round; a shared five-letter start also counts ("Korea" and "Korean",
    "Beijing" and "Beijingers"). A full name whose last word the body never
    has is not supported by its first word when the body writes that first
    word before another capitalised word: "Carla Jenkins" in the headline,
    "Carla Jennings" in the story (nu22 #2), while "Goldman Sachs" is still
    supported by "Goldman said". A slip of the surname (`slipped_surname`)
    is `unsupported_names`' own test. An AP abbreviation of a word the body
    writes out ("Dept." of "Department", "Corp." of "Corporation":
    `abbreviated_name_words` in data/titles.yaml, qa151 #5) is borne out but
    bears out nothing: "Acme Corp." needs the body's "Acme"."""
    spelled = tables()["abbreviated_name_words"]
    group = [tok for tok in group if not any(map(body.has_word, spelled.get(tok.text.lower(), ())))]
    if not group:
        return True
    if len(group) > 1 and not _word_supported(group[-1], body) and _first_with_another(group, body):
        return False
    return any(_word_supported(tok, body) for tok in group)


def unsupported_names(headline: str, body: BodyProfile) -> list[tuple[int, int, str | None]]:
    """(start, end, surname as the body writes it or None) of each name in
    `headline` the body does not bear out, in order: a name group
    (`name_groups`) with a slipped surname or words the body does not bear
    out (`_words_bear_out`), a wrong opener (`wrong_openers`),
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
    writes its first word before a surname (`given_surnames`) of which that
    word is a slip (`slip_of`): "Hollis Brandvold" over "Hollis Brandvoll"
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
        if title and is_common(m[2]) and is_common(m[1]) and m[1].lower() not in name_tables()["given_words"]:
            continue                    # two words of the headline
        written = _slip_after(m[1], m[2], body)
        if written is not None:
            out.append((m.start(), m.start(2) + len(m[2]), written))
    return out


def _slip_after(given: str, last: str, body: BodyProfile) -> str | None:
    """The surname the body writes after `given` of which `last` is a slip, else None."""
    low = last.lower()
    if body.has_word(low) or fold(low) in folded_surnames(body):
        return None
    for written in given_surnames(body).get(given.lower(), ()):
        s = written.lower()
        if slip_of(low, s) and not (_adds_ending(low, s, _NAME_ENDINGS)
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


def _first_with_another(group: list[Token], body: BodyProfile) -> bool:
    """The body writes the name's first word before a capitalised word that is
    not the name's next word ("Carla Jennings" against "Carla Jenkins"): it
    shares neither the word's first five letters nor its transliteration
    ("Saddam Husein" over "Saddam Hussein": `_transliterated`, fx77 #5)."""
    after = words_before_capitals(body).get(group[0].text, ())
    second = group[1].text.lower()
    return bool(after) and all(word.lower()[:5] != second[:5]
                               and _transliterated(word.lower()) != _transliterated(second) for word in after)


def _word_supported(tok: Token, body: BodyProfile) -> bool:
    """The body writes the name word, or it without its accents ("Pena" by
    "Mayor Ana Peña", qa46 #6), or another form of it (`_other_form`)."""
    low = tok.text.lower()
    if body.has_word(low) or fold(low) in folded_surnames(body):
        return True
    return (body.has_stem(tok.stem) or body.has_start(low[:5])
            or body.has_shorter(low)) and _other_form(tok, body)


def _other_form(tok: Token, body: BodyProfile) -> bool:
    """Some body word tied to the name word by its stem, its first five
    letters (a capitalised word) or as a shorter start of four letters or
    more ("Iowans" and "Americans" by "Iowa" and "America", "Beijing" by
    "Beijingers", "Olympic" by "Olympian") is a form of it: not one edit
    from it (`slip_of`) unless one adds a name's ending to the other
    (`_FORM_ENDINGS`: "Korea" by "South Korean", "Smiths" by "Smith",
    "Israel" by "Israeli"). A name is not stemmed: "Clark" and "Clarke",
    "Burke" and "Burk" are two names (fx69). Asked once per body and word."""
    low = tok.text.lower()

    def scan(b: BodyProfile) -> bool:
        for m in regex.finditer(rf"(?<![\p{{L}}\p{{M}}])(?i:{regex.escape(low[:3])})[\p{{L}}\p{{M}}'’]*", b.text):
            word = POSSESSIVE.sub("", m[0]).lower()
            tied = (stem(word) == tok.stem or len(word) >= 5 and word[:5] == low[:5] and m[0][0].isupper()
                    or 4 <= len(word) < len(low) and low.startswith(word))
            if tied and (_adds_ending(low, word) or not slip_of(low, word, 1)):
                return True
        return False
    return body.answer(f"name-form {low}", scan)


def _adds_ending(a: str, b: str, endings: tuple[str, ...] | None = None) -> bool:
    """One word (lower case) is the other plus a name's ending (`endings`,
    by default `_FORM_ENDINGS`)."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return long.startswith(short) and long[len(short):] in (endings or _FORM_ENDINGS)


def wrong_openers(text: str, body: BodyProfile) -> list[tuple[Token, str]]:
    """Lone names opening the headline (or a part after a colon) that the
    body never writes but that are a slip away from a surname it does
    (`slip_of`), each with that surname as the body writes it: "Jenkins
    unveils park plan" over "Mayor Carla Jennings said" (nu22 #2), the
    surname-first headline AP writes. `name_groups` leaves a lone opener
    out, since a capital there says little; a wrong surname says a lot. The
    slip is looked for before the body's words count as support
    (`_borne_out`): a shared five-letter start is no support when the body
    word is the surname the opener misspells ("Okonkow" over "Okonkwo", nu23
    #1). A word ending like an ordinary word ("Jenings": `_WORD_ENDINGS`) is
    judged as a name here only when it is one edit from the surname. Two
    transliterations of one name are no slip here either ("Zelenskyy visits
    Kyiv" over "Volodymyr Zelensky": `_transliterated`, qa57)."""
    kept = {g[0].start for g in name_groups(text)}
    found = []
    for group in name_groups(text, openers=True, weak=True):
        tok = group[0]
        if len(group) > 1 or tok.start in kept or not _opens(text, tok.start):
            continue
        low, ordinary_end = tok.text.lower(), not name_word(tok.text)
        near = next((written for s, written in body_surnames(body).items()
                     if slip_of(low, s, 1 if ordinary_end else None)
                     and _transliterated(low) != _transliterated(s)), None)
        if near is not None and not _borne_out(tok, body):
            found.append((tok, near))
    return found


# What a name may add and still be the same name: a plural or a people's
# name ("Obamas", "Korean" of "Korea", "Iowans" of "Iowa").
_NAME_ENDINGS = ("s", "es", "n", "an", "ian", "ns", "ans", "ians", "er", "ers")
# ... and what a place's people may add besides ("Israeli", "Pakistanis" of
# "Israel", "Pakistan"; "German" of "Germany"): a form of a name that bears
# it out, though after a given name "Kell" for "Kelly" stays a slip.
_FORM_ENDINGS = _NAME_ENDINGS + ("i", "is", "y")


def _borne_out(tok: Token, body: BodyProfile) -> bool:
    """The body bears out an opener that is a slip from one of its surnames:
    it writes the word itself or the word without its accents
    (`folded_surnames`), or the word or a capitalised body word adds a
    name's ending to the other (`_NAME_ENDINGS`: "Smiths" by "Smith",
    "Korea" by "South Korean", "Iowan" by "Iowa"), or a capitalised body
    word that shares the word's first five letters and is no slip of it
    ("Beijing" by "Beijingers"); unlike `_word_supported`, a body word two
    edits from the opener ("Okonkwo" for "Okonkow") is no support either,
    and no stem is (a name is not stemmed: "Clarke" over "Clark", fx69)."""
    low = tok.text.lower()
    if body.has_word(low) or fold(low) in folded_surnames(body):
        return True
    if any(low[k:] in _NAME_ENDINGS and body.has_word(low[:k]) for k in range(4, len(low))):
        return True
    if len(low) < 5 or not body.has_start(low[:5]):
        return False
    for m in regex.finditer(rf"(?<![\p{{L}}\p{{M}}])(?i:{regex.escape(low[:5])})[\p{{L}}\p{{M}}'’]*", body.text):
        word = POSSESSIVE.sub("", m[0]).lower()
        if m[0][0].isupper() and (word[len(low):] in _NAME_ENDINGS and word.startswith(low)
                                  or not slip_of(low, word)):
            return True
    return False
