"""People in an article, found by capitalised name sequences after an optional title.

No NLP model: a name is a run of capitalised words whose last word is not an
ordinary lower-case English word (by the shipped word table), so "Strategic
Stability Dialogue" is not a person and "Sergey Ryabkov" is. A job title
directly before the name ("Russian Deputy Foreign Minister Sergey Ryabkov")
is kept as the words that matter for comparison: its base title and its rank
modifiers. One regex pass over the body yields the runs of capitalised words;
a run's reading is cached per spelling, and the result on the document.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from ..rule_cache import load_data

from ..document import Document, Part
from .words import is_common
from .words import tables as word_tables

NAME_KINDS = ("paragraph", "blockquote", "caption", "dek")
TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:[-'’‘]\p{L}[\p{L}\p{M}]*)*")
# The same words read right to left (a walk back over a job title stops early).
_TOKEN_BACK = regex.compile(r"(?r)" + TOKEN.pattern)
_POSSESSIVE = regex.compile(r"['’]s?$")
# A capitalised word not glued to a word before it ("then-Mayor" is not one).
CAPITAL = regex.compile(r"(?<![\p{L}\p{M}'’‘-])\p{Lu}[\p{L}\p{M}]*(?:[-'’‘]\p{L}[\p{L}\p{M}]*)*")
_CONTRACTION = regex.compile(r"['’](?:m|ll|re|ve|d|t)$")
# O'Brien and O’Brien are one name: surnames (the key every rule groups by) get straight marks.
APOSTROPHES = str.maketrans("\u2019\u2018\u02bc", "'" * 3)


class Title(NamedTuple):
    start: int
    end: int
    base: str                     # the job, abbreviations expanded: "mayor"
    modifiers: frozenset[str]     # rank words: {"deputy"}
    past: bool                    # "former", "then-": a different title is normal


_UNSET = object()


class Mention:
    """One use of a name; plain slots rather than a dataclass, since an
    article has dozens and the job title is worked out only when asked."""
    __slots__ = ("part", "start", "end", "surname_start", "surname", "full", "_title")

    def __init__(self, part: Part, start: int, end: int, surname_start: int, surname: str,
                 full: bool):
        self.part = part
        self.start = start                  # the whole name, possessive excluded
        self.end = end
        self.surname_start = surname_start
        self.surname = surname
        self.full = full                    # has a given name or initial before the surname
        self._title = _UNSET

    @property
    def title(self) -> Title | None:
        """The job title right before the name ("Deputy Mayor"), if any."""
        if self._title is _UNSET:
            text, at = self.part.text, self.start
            self._title = _title_before(text, at) if at > 1 and text[at - 1] == " " and \
                _may_lead(_WORD_BEFORE.match(text, 0, at - 1)[0]) else None
        return self._title

    @property
    def position(self) -> tuple[int, int]:
        return self.part.index, self.start

    def __repr__(self) -> str:
        return f"Mention({self.part.text[self.start:self.end]!r} at {self.position})"


@lru_cache(maxsize=1)
def tables() -> dict:
    data = load_data("names.yaml")
    for key in ("titles", "modifiers", "past", "courtesy", "not_names", "particles"):
        data[key] = frozenset(data[key])
    # Abbreviations of letters only: a word glued to a mark or quote is none of them.
    data["plain_abbreviations"] = all(str(k).isalpha() for k in data["abbreviations"])
    return data


@lru_cache(maxsize=32768)
def _title_word(word: str) -> str | None:
    t = tables()
    low = word.lower()
    low = t["abbreviations"].get(low, low)
    return low if low in t["titles"] or low in t["modifiers"] else None


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
    return not (word.isupper() or low in t["not_names"] or _title_word(word)
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
    for run in _run_pattern().finditer(text):
        start, end = run.span()
        while start >= limit:                     # the run is in a later part
            k += 1
            part, base = parts[k], limit + len(_JOIN)
            limit = base + len(part.text)
        word = run[0]
        if " " not in word:                       # most runs are one word
            found = lone(word)
            if found:
                surname, sure = found
                if sure and text[end:end + 1] == " ":
                    sure = not _title_next(text, end + 1)
                at = start - base
                append((part, at, at + len(surname), at, surname, False, sure))
            continue
        for s, e, ss, surname, full, sure, last in _split_run(
                word, _opens_sentence(text, start), text[end:end + 1] == "."):
            if last and sure and text[end:end + 1] == " ":
                sure = not _title_next(text, end + 1)
            at = start - base
            append((part, at + s, at + e, at + ss, surname, full, sure))
    return out


def _title_next(text: str, at: int) -> bool:
    """A job title follows: "Foreign" in "Foreign Minister" is no surname."""
    after = TOKEN.match(text, at)
    return bool(after and _title_word(after[0]))


# Whitespace that str.strip() removes (every character for which str.isspace() holds).
_SPACE = r"\t\n\x0b\x0c\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_REST = r"[\p{L}\p{M}]*(?:[-'’‘]\p{L}[\p{L}\p{M}]*)*"


@lru_cache(maxsize=1)
def _run_pattern() -> "regex.Pattern":
    """Capitalised words joined the way `_adjacent` joins them: one space, an
    initial's full stop ("Wendy R. Sherman"), or one or two particles."""
    words = sorted((w for w in tables()["particles"] if w and not any(c.isspace() for c in w)),
                   key=lambda w: (-len(w), w))    # longest first; the same pattern every run
    # The stop first, then the look back: a full stop is rarer than a capital.
    sep = r" |\.(?<=(?<![\p{L}\p{M}'’‘-])\p{Lu}\.) "
    if words:
        one = "(?:" + "|".join(regex.escape(w) for w in words) + ")"
        firsts = "".join(regex.escape(c) for c in sorted({w[0] for w in words}))
        sep += rf"| (?=[{_SPACE}]*[{firsts}])[{_SPACE}]*{one}(?: {one})?[{_SPACE}]* "
    return regex.compile(rf"\p{{Lu}}(?<![\p{{L}}\p{{M}}'’‘-].){_REST}(?:(?:{sep})\p{{Lu}}{_REST})*")


_Found = tuple[tuple[int, int, int, str, bool, bool, bool], ...]


@lru_cache(maxsize=16384)
def _lone(word: str) -> tuple[str, bool] | tuple[()]:
    """(surname, sure) for a capitalised word standing alone; () when it is no
    name word."""
    if len(word) > 1 and _name_like(word):
        surname = _POSSESSIVE.sub("", word).translate(APOSTROPHES)
        if len(surname) > 1:
            return surname, not is_common(surname)
    return ()


@lru_cache(maxsize=16384)
def _split_run(run: str, opens: bool, dot_after: bool) -> _Found:
    """The names in a run of capitalised words, relative to its start. The
    run's context is all that matters beyond it: whether it opens a sentence
    and whether a full stop follows it (a last initial). Each name carries a
    flag when the word after the run may still take its sureness away."""
    text = run + "." if dot_after else run
    size = len(run)
    toks = [(m.start(), m.end(), m[0]) for m in CAPITAL.finditer(text, 0, size)
            if _is_name_word(m[0], text, m.end())]
    stop = word_tables()["stopwords"]
    demonyms = word_tables()["demonyms"]
    found = []
    i, n = 0, len(toks)
    while i < n:
        j = i
        while j + 1 < n and _adjacent(text, toks[j], toks[j + 1]) and \
                not _POSSESSIVE.search(toks[j][2]):
            j += 1
        first = i
        while first < j:       # "Joining Bonnie Jenkins", "American Christians": no given name
            s, _, w = toks[first]
            if len(w) > 1 and (w.lower() in demonyms or is_common(w) and (
                    opens if s == 0 else _opens_sentence(text, s))):
                first += 1
            else:
                break
        s_last, e_last, w_last = toks[j]
        surname = _POSSESSIVE.sub("", w_last).translate(APOSTROPHES)
        if len(surname) > 1:
            full = first < j
            org = any(is_common(w) for _, _, w in toks[first + 1:j] if len(w) > 1)
            sure = not org and not is_common(surname) or (
                full and not org and toks[first][2].lower() not in demonyms
                and surname.lower() not in stop)
            if e_last < size and text[e_last] == " " and not full and _title_next(text, e_last + 1):
                sure = False   # "Foreign" in "Deputy Foreign Minister"
            found.append((toks[first][0], s_last + len(surname), s_last, surname, full, sure,
                          not full and e_last == size))
        i = j + 1
    return tuple(found)


def _opens_sentence(text: str, i: int) -> bool:
    head = text[max(0, i - 4):i].rstrip(" \"'“‘(")
    return not head or head[-1] in ".!?:;—–"


def _adjacent(text: str, a, b) -> bool:
    gap = text[a[1]:b[0]]
    if gap == " " or (gap == ". " and len(a[2]) == 1):
        return True
    words = gap.strip().split(" ")     # "bin" in "Osama bin Laden"
    return gap[:1] == " " and gap[-1:] == " " and len(words) <= 2 and \
        all(w in tables()["particles"] for w in words)


def _gap_ok(gap: str, word: str) -> bool:
    """One space, or an abbreviation's full stop and a space ("Sen. Ortiz")."""
    return gap == " " or (gap == ". " and word.lower() in tables()["abbreviations"])


# The word before a name, read backwards from the space before it.
_WORD_BEFORE = regex.compile(r"(?r)[\p{L}\-.'’]*")


@lru_cache(maxsize=8192)
def _may_lead(before: str) -> bool:
    """Cheap test of the word before a name (`_WORD_BEFORE`): most names follow
    "said", "and", "by" or "Mr.", and then there is no title to walk back over."""
    word = before.rstrip(".")
    if not word:
        return False
    t = tables()
    if before[-1] == "." and word.isalpha() and t["plain_abbreviations"] and \
            word.lower() not in t["abbreviations"]:
        return False            # only a title's abbreviation stands before the stop: "Sen. Ortiz"
    return word[0].isupper() or "-" in word or _title_word(word) is not None \
        or word.lower() in t["past"]


def _title_before(text: str, at: int) -> Title | None:
    """The job title right before a name at `at`, if any ("Deputy Secretary of
    State"); the caller has checked `_may_lead` on the word before it.

    Walks left over title words, capitalised words and "of"; the title starts
    at the leftmost title word. "former", "then-" or "ex-" mark a past office.
    """
    t = tables()
    words = _TOKEN_BACK.finditer(text, max(0, at - 80), at)   # right to left, as needed
    tok = next(words, None)
    right = at                                      # start of the word right of `tok`
    taken: list[tuple[str, int, int]] = []          # (word, start, end), right to left
    past = False
    while tok is not None and _gap_ok(text[tok.end():right], tok[0]):
        s, e, w = tok.start(), tok.end(), tok[0]
        low = w.lower()
        head, _, rest = low.partition("-")
        if rest and head in t["past"] and _title_word(rest):
            taken.append((rest, s + len(head) + 1, e))
            past = True
            break
        if low in t["past"]:
            past = True
            break
        if _title_word(w) or w[0].isupper() or low in ("of", "for"):
            taken.append((low, s, e))
            right, tok = s, next(words, None)
            continue
        break
    if not past and tok is not None and tok[0].lower() in t["past"]:
        past = True
    while taken and not _title_word(taken[-1][0]):
        taken.pop()             # "US President": the title starts at "President"
    if not taken:
        return None
    jobs = [t["abbreviations"].get(w, w) for w, _, _ in taken]
    titled = [w for w in jobs if w in t["titles"] or w in t["modifiers"]]
    base = titled[0]            # right to left: the last title word is the job
    mods = frozenset(w for w in titled[1:] if w in t["modifiers"])
    return Title(taken[-1][1], taken[0][2], base, mods, past)


def mentions(doc: Document) -> list[Mention]:
    """Every name mention in the body, in reading order."""
    def build(d: Document) -> list[Mention]:
        found = find_mentions([p for p in d.parts if p.kind in NAME_KINDS])
        known = {r[4] for r in found if r[6] and r[5]}
        return [Mention(p, s, e, ss, sn, full) for p, s, e, ss, sn, full, sure in found
                if sure or sn in known]
    return doc.analysis("names.mentions", build)


def given_names(doc: Document) -> dict[str, set[str]]:
    """surname -> the given names it is used with (two of them are two people);
    surnames never given in full are absent."""
    def build(d: Document) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for m in mentions(d):
            if m.full:
                given = m.part.text[m.start:m.surname_start].split(" ", 1)[0].lower()
                out.setdefault(m.surname, set()).add(given)
        return out
    return doc.analysis("names.given", build)


def people(doc: Document) -> dict[str, list[Mention]]:
    """Mentions grouped by surname, for people: surnames given in full at least
    once and used at least once as a person is ("Ryabkov said", "Mr Ryabkov",
    a job title), which keeps "Deutsche Bank" and "Latin America" out."""
    def build(d: Document) -> dict[str, list[Mention]]:
        given = given_names(d)             # exactly the surnames given in full
        groups: dict[str, list[Mention]] = {}
        for m in mentions(d):
            if m.surname in given:
                groups.setdefault(m.surname, []).append(m)
        return {s: ms for s, ms in groups.items() if any(is_person(m) for m in ms)}
    return doc.analysis("names.people", build)


_SPEAKS_AFTER = regex.compile(
    r"(?:['’]s)?,?\s(?:said|says|told|added|argued|explained|wrote|noted|insisted|warned|"
    r"stated|asked|replied|spoke|announced|who|whose|\(\d{1,3}\))\b|,\s\d{1,3},")
_SPEAKS_BEFORE = regex.compile(   # read backwards: it ends where the name starts
    r"(?r)(?:\b(?:said|says|told|added|according\sto|Mr|Mrs|Ms|Dr|Miss|Sir)\.?,?\s)$")


def is_person(m: Mention) -> bool:
    """A mention used the way news copy uses a person: with a job title, a
    courtesy title, a speech verb, "who", or an age."""
    text = m.part.text
    return bool(m.title or _SPEAKS_AFTER.match(text, m.end) or
                _SPEAKS_BEFORE.search(text, max(0, m.start - 16), m.start))


_DOUBLED = regex.compile(r"(\p{L})\1+")


@lru_cache(maxsize=16384)
def fold(name: str) -> str:
    """Transliteration-neutral spelling: Ryabkov and Riabkov fold alike."""
    low = name.lower()
    for a, b in tables()["transliteration"]:
        low = low.replace(a, b)
    return _DOUBLED.sub(r"\1", low)


def one_edit(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance of exactly one (a swap counts as one edit)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])
    return a[i:] == b[i + 1:]
