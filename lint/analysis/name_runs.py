"""Capitalised name runs in body text: which runs are names, and which word is the surname.

No NLP model: a name is a run of capitalised words whose last word is not an
ordinary lower-case English word (by the shipped word table), so "Strategic
Stability Dialogue" is not a person and "Sergey Ryabkov" is. One regex pass
over the parts yields the runs of capitalised words; a run's reading is cached
per spelling and context, since names repeat.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rx as regex

from ..document import Part
from ..regex_cache import SERIAL
from .name_particles import CAP_WORD as _CAP_WORD
from .name_particles import HYPHEN, has_particle, hyphen_particles, hyphened, particle_len
from .name_particles import NOT_GLUED as _NOT_GLUED
from .name_titles import TOKEN, compound_head, compound_tail, office_after, tables, title_word
from .words import ascii_letters, is_common
from .words import tables as word_tables

_POSSESSIVE = regex.compile(r"['’]s?$")
_POSSESSIVE_ENDS = ("'", "’", "'s", "’s")      # where `_POSSESSIVE` matches a word (pf52)
CAPITAL = regex.compile(_NOT_GLUED + _CAP_WORD)
_CONTRACTION = regex.compile(r"['’](?:m|ll|re|ve|d|t)$")
# O'Brien and O’Brien are one name: surnames (the key every rule groups by) get straight marks.
APOSTROPHES = str.maketrans("\u2019\u2018\u02bc", "'" * 3)


def _is_name_word(word: str, text: str, end: int) -> bool:
    if len(word) == 1:
        return text[end:end + 1] == "."        # an initial: "Wendy R. Sherman"
    return _name_like(word)


@lru_cache(maxsize=16384)
def _name_like(word: str) -> bool:
    """A capitalised word that may be part of a name (cached: names repeat)."""
    low = word.lower()
    t = tables()
    if _CONTRACTION.search(word):
        return False                          # "I’m Nancy"
    head = low.rpartition("-")[0]
    if head and (head.partition("-")[0] in t["past"] or word[len(head) + 1:].islower()):
        return False                          # "Then-Mayor", "Madrid-based"
    return not (word.isupper() or low in t["not_names"] or title_word(word)
                or low in t["courtesy"])


# part, start, end, surname start, surname, full, sure
Raw = tuple[Part, int, int, int, str, bool, bool]
# Parts are read as one text, joined so that no run of names crosses a join
# and a part's first words still open a sentence (the full stops say so).
_JOIN = "\n\n...."


def find_mentions(parts: list[Part]) -> list[Raw]:
    """(part, start, end, surname_start, surname, full, sure) for every
    capitalised name run in the parts. A run is sure when its last word is no
    ordinary word ("Ryabkov"), or a given name that is none leads it ("Helen
    Marsh"); a lone ordinary word ("Marsh") is a mention only once the article
    names that person in full. One regex pass yields the runs of capitalised
    words; each run is worked out once per spelling and context (cached: names
    repeat), so the per-article cost is the regex pass and a look-up per run."""
    out: list[Raw] = []
    if not parts:
        return out
    text = _JOIN.join(p.text for p in parts)
    k, base = 0, 0
    part, limit = parts[0], len(parts[0].text)
    lone, append = _lone, out.append
    t = tables()
    compound_words, given_months = t["compound_words"], t["given_months"]
    runs, plain, particle = _run_pattern(ascii_letters(text))
    if particle is None or not has_particle(particle, text):
        runs = plain              # no run can open with a hyphened particle here
    for run in runs.finditer(text):
        start, end = run.span()
        while start >= limit:                     # the run is in a later part
            k += 1
            part, base = parts[k], limit + len(_JOIN)
            limit = base + len(part.text)
        word = run[0]
        # "2.07pm BST An Indonesian": the stamp's zone, no name (qa427 #5); each of
        # `_ENTRY_ZONE`'s forms ends in a space, so a one-word run (most) skips its match
        zone = _ENTRY_ZONE.match(word) if " " in word else None
        if zone and opens_sentence(text, start + zone.end()) and not _zone_leads_run(word, zone.end(), t):
            start, word = start + zone.end(), word[zone.end():]
        first = word.partition(" ")[0]
        if first.lower() in compound_words:
            if compound_tail(text, start, first):
                if first == word:
                    continue                      # "Chief of Staff said"
                start, word = start + len(first) + 1, word[len(first) + 1:]     # "Staff Jane Ortiz"
            elif head := compound_head(word):     # "Wide Receiver Tom Smith": the title whole
                if head >= len(word):
                    continue
                start, word = start + head, word[head:]
        if " " not in word:                       # most runs are one word
            found = lone(word)
            if found:
                surname, sure, skip = found
                # (`_POSSESSIVE`'s test, as `endswith`: a run ends in a letter, never in "\n")
                if sure and text[end:end + 1] == " " and (not word.endswith(_POSSESSIVE_ENDS)
                                                           or office_after(text, end + 1)):
                    sure = not _title_next(text, end + 1)   # "Venkataram’s deputy": an owner, no title word
                at = start - base
                append((part, at, at + skip + len(surname), at + skip, surname, False, sure))
            continue
        month = word[:word.find(" ")].lower() in given_months and \
            _month_given(text, start, end)
        opens = opens_sentence(text, start) and not _wordy_zone_before(text, start, word, t)
        for s, e, ss, surname, full, sure, last in _split_run(
                word, opens, text[end:end + 1] == ".", month):
            if last and sure and text[end:end + 1] == " ":
                sure = not _title_next(text, end + 1)
            at = start - base
            append((part, at + s, at + e, at + ss, surname, full, sure))
    return out


def _zone_leads_run(word: str, cut: int, t: dict) -> bool:
    """Is a stamp's zone that is also a word (names.yaml `wordy_zones`: `GST`,
    `CAT`) read with the two or more capitalised words after it, not as
    opening their sentence? So `14.07 GST Will Quince` keeps `Will` (qa438 #3);
    after one of `entry_openers` (`14.07 GST An Indonesian`) the zone is the stamp's."""
    rest = word[cut:].split(" ")
    return word[:cut].split()[-1].lower() in t["wordy_zones"] and len(rest) > 1 \
        and rest[0].lower() not in t["entry_openers"]


def _wordy_zone_before(text: str, start: int, word: str, t: dict) -> bool:
    """Does a live blog stamp ending in a wordy zone (`_zone_leads_run`)
    stand before the run `word` at text[start], parted from it by white
    space other than one space (`14.07 GST\tWill Quince`, `14.07 GST  Will
    Quince`: qa446 #4)? Then the run is read as if the zone led it, so its
    first word is a given name, not a sentence's opening word; the run
    pattern joins words by one space only, so the zone is a run of its own."""
    cut = word.find(" ")
    if cut < 0 or word[:cut].lower() in t["entry_openers"]:
        return False
    lead = text.rfind(_JOIN, max(0, start - _ENTRY_TIME_MAX - len(_JOIN)), start)
    begin = lead + len(_JOIN) if lead >= 0 else 0
    if start - begin > _ENTRY_TIME_MAX:
        return False
    stamp = text[begin:start].split()
    return bool(stamp) and stamp[-1].lower() in t["wordy_zones"] and \
        _ENTRY_TIME.fullmatch(text, begin, start, SERIAL) is not None


def _title_next(text: str, at: int) -> bool:
    """A job title follows: "Foreign" in "Foreign Minister" is no surname."""
    after = TOKEN.match(text, at, None, SERIAL)
    return bool(after and title_word(after[0]))


# Whitespace that str.strip() removes (every character for which str.isspace() holds).
_SPACE = r"\t\n\x0b\x0c\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# (capital, letter, letters and marks inside a set) for Unicode text, and for
# text whose letters are all ASCII, where the plain sets say the same.
_UNICODE = (r"\p{Lu}", r"\p{L}", r"\p{L}\p{M}")
_ASCII = ("[A-Z]", "[A-Za-z]", "A-Za-z")


@lru_cache(maxsize=2)
def _run_pattern(ascii: bool = False) -> tuple["regex.Pattern", "regex.Pattern", "regex.Pattern | None"]:
    """Capitalised words joined the way `_adjacent` joins them: one space, an
    initial's full stop ("Wendy R. Sherman"), or one or two particles. As
    (the pattern, the same without its opening by a hyphened particle, a
    test for such an opening: None when there are no hyphened particles).
    Most texts have no "al-X": the second pattern finds the same runs there,
    in half the time (the alternative was tried at every character).

    With `ascii`, for a text with no letter or mark beyond ASCII
    (`ascii_letters`), the runs are the same patterns over ASCII letters,
    compiled by `re`: `regex` read every character's Unicode properties,
    and took the GIL back at every run (find_mentions was 6% of a run's
    instructions; this is 30% less)."""
    upper, letter, letters = _ASCII if ascii else _UNICODE
    compile_ = re.compile if ascii else regex.compile
    word_rest = rf"[{letters}]*(?:[-'’‘]{letter}[{letters}]*)*"
    words = sorted((w for w in tables()["particles"] if w and not any(c.isspace() for c in w)),
                   key=lambda w: (-len(w), w))    # longest first; the same pattern every run
    # The stop first, then the look back: a full stop is rarer than a capital.
    sep = rf" |\.(?<=(?<![{letters}'’‘-]){upper}\.) "
    if words:
        one = "(?:" + "|".join(regex.escape(w) for w in words) + ")"
        firsts = "".join(regex.escape(c) for c in sorted({w[0] for w in words}))
        sep += rf"| (?=[{_SPACE}]*[{firsts}])[{_SPACE}]*{one}(?: {one})?[{_SPACE}]* "
    particles = hyphen_particles()
    if particles:       # "Bashar al-Assad", "Mohamed El\u2010Erian", and "al-Assad" alone
        # (first: a space alone would end "Mohamed El\u2010Erian" at "El")
        sep = rf" (?i:{particles}){HYPHEN}|" + sep
    # a nickname in quotes between a given name and a surname ("William “Bill” Smith",
    # AP style; qa148 #15): the run goes over it, and `_split_run` reads no name in it
    sep += "| [\"\u201c]" + rf"{upper}{word_rest}" + "[\"\u201d] "
    capital = rf"{upper}(?<![{letters}'’‘-].)"
    rest = rf"{word_rest}(?:(?:{sep}){upper}{word_rest})*"
    plain = compile_(capital + rest)
    if not particles:
        return plain, plain, None
    # (the particle first: "El\u2010Erian" as a capital alone would end at "El")
    first = rf"(?:(?<![{letters}'’‘-])(?i:{particles}){HYPHEN}{upper}|{capital})"
    return compile_(first + rest), plain, regex.compile(rf"(?i:{particles}){HYPHEN}\p{{Lu}}")


_Found = tuple[tuple[int, int, int, str, bool, bool, bool], ...]


@lru_cache(maxsize=16384)
def _lone(word: str) -> tuple[str, bool, int] | tuple[()]:
    """(surname, sure, where the surname starts in the word: past a hyphened
    particle) for a capitalised word standing alone; () when it is no name
    word."""
    if len(word) > 1 and _name_like(word):
        skip = particle_len(word)
        surname = _POSSESSIVE.sub("", word[skip:]).translate(APOSTROPHES)
        if len(surname) > 1:
            return surname, not is_common(surname), skip
    return ()


@lru_cache(maxsize=16384)
def _split_run(run: str, opens: bool, dot_after: bool, month: bool = False) -> _Found:
    """The names in a run of capitalised words, relative to its start. The
    run's context is all that matters beyond it: whether it opens a sentence,
    whether a full stop follows it (a last initial) and whether its first word,
    a month, is a given name there (`_month_given`). Each name carries a flag
    when the word after the run may still take its sureness away."""
    text = run + "." if dot_after else run
    size = len(run)
    toks = [(m.start(), m.end(), m[0]) for m in hyphened()[0].finditer(text, 0, size)
            if (_is_name_word(m[0], text, m.end()) or month and m.start() == 0)
            and not (m.start() >= 2 and _nickname(text, m.start() - 2, m.end() + 2))]
    stop = word_tables()["stopwords"]
    demonyms = word_tables()["demonyms"]
    given = tables()["given_words"]
    particles = tables()["particles"]
    found = []
    i, n = 0, len(toks)
    while i < n:
        j = i
        while j + 1 < n and _adjacent(text, toks[j], toks[j + 1]) and \
                not _POSSESSIVE.search(toks[j][2], None, None, SERIAL):
            j += 1
        first = i
        while first < j:       # "Joining Bonnie Jenkins", "American Christians": no given name
            s, _, w = toks[first]
            low = w.lower()    # but "Mark Walker", "Bill Clinton" open a sentence with a name
            if len(w) > 1 and not (month and s == 0) and (low in demonyms or is_common(w) and low not in given and (
                    opens if s == 0 else opens_sentence(text, s))):
                first += 1
            else:
                break
        s_last, e_last, w_last = toks[j]
        skip = particle_len(w_last)              # "al-" of "al-Assad" is no part of the key
        s_last, w_last = s_last + skip, w_last[skip:]
        surname = _POSSESSIVE.sub("", w_last).translate(APOSTROPHES)
        if len(surname) > 1:
            full = first < j
            org = any(is_common(w) and w.lower() not in particles    # "Van" in "Dick Van Dyke"
                      for _, _, w in toks[first + 1:j] if len(w) > 1)
            sure = not org and not is_common(surname) or (
                full and not org and toks[first][2].lower() not in demonyms
                and surname.lower() not in stop)
            if e_last < size and text[e_last] == " " and not full and _title_next(text, e_last + 1):
                sure = False   # "Foreign" in "Deputy Foreign Minister"
            found.append((toks[first][0], s_last + len(surname), s_last, surname, full, sure,
                          not full and e_last == size))
        i = j + 1
    return tuple(found)


# The word before a run that opens with a month: a date's lead-in ("in June",
# "last May", "the June summit") or a number makes the month a date.
_WORD_BEFORE_RUN = regex.compile(r"(?r)(?:(?<![\p{L}\p{M}'’-])([\p{L}]+)|(\d))[\s\p{Pd}]*$")
# After the run, what follows a person's name: a comma (apposition: "April
# Mellody, a spokeswoman") or, within two words, a speech verb ("June Carter
# Cash previously said").
_AFTER_RUN = regex.compile(r"(?:\s+\p{Ll}+){1,2}")


def _month_given(text: str, start: int, end: int) -> bool:
    """Whether the run at text[start:end], which opens with a month that is
    also a given name (`given_months`: "June Carter", "April Ryan"), names a
    person by it: its next word is name-like and no ordinary word, no date
    word or number stands before it ("in June Smith", "a June Gallup poll"),
    and a comma or a speech verb comes after it. Headlines never take a month
    for a name (`headline_names`). Measured on BBC, Reuters, the FNC-1 train
    bodies and PolNeAR train/dev: see docs/names.md."""
    run = text[start:end].split(" ")
    if len(run) < 2 or not _name_like(run[1]) or is_common(run[1]) or run[1].lower() in tables()["not_names"]:
        return False
    before = _WORD_BEFORE_RUN.search(text, max(0, start - 24), start)
    if before is not None and (before[2] or before[1].lower() in _date_lead_ins()):
        return False
    if text.startswith(",", end):
        return True
    from .speech_cues import lexicon      # (the attribution lists: loaded only here)
    after = _AFTER_RUN.match(text, end)
    return after is not None and any(w in lexicon().cues for w in after[0].split())


@lru_cache(maxsize=1)
def _date_lead_ins() -> frozenset[str]:
    from .speech_cues import lexicon
    return frozenset(tables()["month_lead_ins"]) | lexicon().determiners


# What may stand between a sentence's end and its first word: spaces,
# opening quotes and brackets.
_OPENING_MARKS = regex.compile(r"[\s\"'“‘(]+$")
# A list item's mark at a line's or a part's start (`_JOIN`) before a word:
# "\n    -- The Kodak ...".
LIST_MARK = regex.compile(rf"(?:^|\n|{regex.escape(_JOIN)})[ \t]*(?:--?|[*•·])[ \t]+$")
# A live blog entry's time stamp alone before the word at its part's start ("14.07 An
# Indonesian search official", "2.10pm Stormy weather"): the word opens the entry (nu74 #5),
# with its time zone or a dash after it too ("14.07 GMT An", "2.07pm BST ", "14.07 - ": qa427 #5),
# an upper-case PM ("2:07 PM ET ") and a zone in brackets or with its offset ("(GMT)", "GMT+1":
# qa435 #4, #5). Zones are upper-case abbreviations only, so no word of the story is read as one.
_ZONES = ("GMT|UTC|BST|IST|CES?T|EES?T|WES?T|MSK|SAST|[CEW]AT|JST|KST|HKT|SGT|PHT|ICT|PKT|MYT|WIB|WITA|"
          "A[ECW][SD]T|AET|NZ[SD]?T|[ECMP][SD]?T|H[SD]T|HAST|AK[SD]T|[AN][SD]T|BRT|ART|GST|TRT")
_ZONE = rf"(?-i:{_ZONES})(?:[+\-\u2212]\d{{1,2}}(?::?\d\d)?)?"
# A meridiem is the stamp's glued to it ("14.07pm"), after a 12-hour clock's hour or before a
# zone ("14.07 PM ET"): "14.07 PM Will Quince" is the title PM (qa438 #3).
_TWELVE = r"(?:0?[1-9]|1[0-2])"
_ENTRY_TIME = regex.compile(rf"[ \t]*(?:{_TWELVE}[.:][0-5]\d[ \t]*[ap]\.?m\.?|[012]?\d[.:][0-5]\d(?:[ap]\.?m\.?"
                            rf"|[ \t]*[ap]\.?m\.?(?=[ \t]+(?:{_ZONE}|\({_ZONE}\))[ \t]))?"
                            rf"|{_TWELVE}[ \t]*[ap]\.?m\.?|[01]?\d[ap]\.?m\.?)"
                            rf"(?:[ \t]+(?:{_ZONE}|\({_ZONE}\)))?(?:[ \t]*[-\u2013\u2014])?[ \t]+", regex.IGNORECASE)
# The words of a capitalised run that are the stamp's, not a name's: "PM ET An Indonesian".
_ENTRY_ZONE = regex.compile(rf"(?:[AP]M (?:(?:{_ZONES}) )?|(?:{_ZONES}) )")
_ENTRY_TIME_MAX = 28        # characters a stamp takes at most ("2:10 p.m. AEST - ", "14:07 (GMT+10:30) - ")
# The word before a full stop, read backwards from the stop.
_WORD_AT_STOP = regex.compile(r"(?r)(?<![\p{L}\p{M}])\p{L}+(?=\.$)")


def opens_sentence(text: str, i: int) -> bool:
    """Whether the word at `i` starts a sentence. The full stop of a title's
    abbreviation ("Rep. Mark Walker", "Dr. Hope Lin") ends no sentence: read
    as one, it made the given name a sentence's first word and so no name.
    A closing quote or bracket may stand after the stop ("…for theatre.’
    (Via Chortle)": "Via" opens, so it is no given name), but not after a
    question or exclamation mark, whose quote an attribution goes on ("“Why
    now?” Will Hurd asked": "Will" is his given name). Any space may stand
    after the stop (a line break, a no-break space: "interred.\nIf Kim"), and
    a list item's dash or bullet at a line's start opens one ("\n    -- The
    Kodak optical disk"); a line break alone does not (wire copy wraps its
    sentences). A live blog entry's time stamp alone before it opens one too."""
    lead = text.rfind(_JOIN, max(0, i - _ENTRY_TIME_MAX - len(_JOIN)), i)      # the part's start in joined text
    begin = lead + len(_JOIN) if lead >= 0 else 0
    if i - begin <= _ENTRY_TIME_MAX and _ENTRY_TIME.fullmatch(text, begin, i, SERIAL) is not None:
        return True
    head = _OPENING_MARKS.sub("", text[max(0, i - 8):i], 0, None, None, SERIAL)
    if head.rstrip("”’)").endswith("."):
        head = head.rstrip("”’)")
    if not head:
        return True
    if head[-1] != ".":
        return head[-1] in ".!?:;—–" or LIST_MARK.search(text, max(0, i - 12), i, SERIAL) is not None
    stop = max(0, i - 8) + len(head)      # just after the full stop
    word = _WORD_AT_STOP.search(text, max(0, stop - 8), stop, SERIAL)
    if word is None:
        return True
    t, low = tables(), word[0].lower()
    return not (low in t["abbreviations"] or low in t["courtesy"])


# A nickname in quotes, with the spaces either side: the gap between a given
# name and a surname it stands in. Its word reads as a name (`_nickname`).
_NICKNAME = regex.compile(r" [\"“]([\p{Lu}][\p{L}\p{M}'’-]*)[\"”] ")


def _nickname(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] is a quoted nickname gap: a capitalised word
    that is no ordinary word, or a given name ("Bill"); a chant or a verb
    (`Kim "Out" Reed`, `"Resign"`) is none (qa155 #5)."""
    m = _NICKNAME.fullmatch(text, start, len(text) if end is None else end)
    return m is not None and (not is_common(m[1]) or m[1].lower() in tables()["given_words"])


def _adjacent(text: str, a, b) -> bool:
    gap = text[a[1]:b[0]]
    if gap == " " or (gap == ". " and len(a[2]) == 1) or _nickname(gap):
        return True
    words = gap.strip().split(" ")     # "bin" in "Osama bin Laden", "Van" in "Dick Van Dyke"
    return gap[:1] == " " and gap[-1:] == " " and len(words) <= 2 and \
        all(w.lower() in tables()["particles"] for w in words)
