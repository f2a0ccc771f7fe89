"""People in an article, found by capitalised name sequences after an optional title.

No NLP model: a name is a run of capitalised words whose last word is not an
ordinary lower-case English word (by the shipped word table), so "Strategic
Stability Dialogue" is not a person and "Sergey Ryabkov" is. A job title
directly before the name ("Russian Deputy Foreign Minister Sergey Ryabkov")
is kept as the words that matter for comparison: its base title and its rank
modifiers. One regex pass per part; the result is cached on the document.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex
import yaml

from ..document import Document, Part
from .words import DATA, is_common
from .words import tables as word_tables

NAME_KINDS = ("paragraph", "blockquote", "caption", "dek")
TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*")
_POSSESSIVE = regex.compile(r"['’]s?$")


@dataclass(frozen=True)
class Title:
    start: int
    end: int
    base: str                     # the job, abbreviations expanded: "mayor"
    modifiers: frozenset[str]     # rank words: {"deputy"}
    past: bool                    # "former", "then-": a different title is normal


@dataclass(frozen=True)
class Mention:
    part: Part
    start: int                    # the whole name, possessive excluded
    end: int
    surname_start: int
    surname: str
    full: bool                    # has a given name or initial before the surname
    title: Title | None

    @property
    def position(self) -> tuple[int, int]:
        return self.part.index, self.start


@lru_cache(maxsize=1)
def tables() -> dict:
    with open(DATA / "names.yaml", encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    for key in ("titles", "modifiers", "past", "courtesy", "not_names"):
        data[key] = frozenset(data[key])
    return data


def _title_word(word: str) -> str | None:
    t = tables()
    low = word.lower()
    low = t["abbreviations"].get(low, low)
    return low if low in t["titles"] or low in t["modifiers"] else None


def _is_name_word(word: str, text: str, end: int) -> bool:
    if not word[0].isupper():
        return False
    if len(word) == 1:
        return text[end:end + 1] == "."        # an initial: "Wendy R. Sherman"
    low = word.lower()
    t = tables()
    if low.partition("-")[0] in t["past"]:
        return False                          # "Then-Mayor"
    return not (word.isupper() or low in t["not_names"] or _title_word(word)
                or low in t["courtesy"])


def find_mentions(part: Part) -> list[tuple[Mention, bool]]:
    """(mention, sure) for every capitalised name run in the part. A run is
    sure when its last word is no ordinary word ("Ryabkov"), or a given name
    that is none leads it ("Helen Marsh"); a lone ordinary word ("Marsh") is a
    mention only once the article names that person in full."""
    text = part.text
    toks = [(m.start(), m.end(), m[0]) for m in TOKEN.finditer(text)]
    out: list[tuple[Mention, bool]] = []
    i, n = 0, len(toks)
    while i < n:
        if not _is_name_word(toks[i][2], text, toks[i][1]):
            i += 1
            continue
        j = i
        while j + 1 < n and _adjacent(text, toks[j], toks[j + 1]) and \
                _is_name_word(toks[j + 1][2], text, toks[j + 1][1]) and \
                not _POSSESSIVE.search(toks[j][2]):
            j += 1
        first = i
        while first < j and len(toks[first][2]) > 1 and is_common(toks[first][2]):
            first += 1         # "Joining Bonnie Jenkins": a sentence opener is no name
        last = toks[j]
        surname = _POSSESSIVE.sub("", last[2])
        if len(surname) > 1:
            given = toks[first][2].lower()
            sure = not is_common(surname) or (
                first < j and not is_common(given) and given not in word_tables()["demonyms"])
            if j + 1 < n and _title_word(toks[j + 1][2]):
                sure = sure and first < j     # "Foreign" in "Deputy Foreign Minister"
            out.append((Mention(part, toks[first][0], last[0] + len(surname), last[0], surname,
                                first < j, _title_before(text, toks, first)), sure))
        i = j + 1
    return out


def _adjacent(text: str, a, b) -> bool:
    gap = text[a[1]:b[0]]
    return gap == " " or (gap == ". " and len(a[2]) == 1)


def _gap_ok(gap: str, word: str) -> bool:
    """One space, or an abbreviation's full stop and a space ("Sen. Ortiz")."""
    return gap == " " or (gap == ". " and word.lower() in tables()["abbreviations"])


def _title_before(text: str, toks: list, first: int) -> Title | None:
    """The job title right before token `first`, if any ("Deputy Secretary of State").

    Walks left over title words, capitalised words and "of"; the title starts
    at the leftmost title word. "former", "then-" or "ex-" mark a past office.
    """
    t = tables()
    k = first - 1
    taken: list[tuple[str, int, int]] = []          # (word, start, end), right to left
    past = False
    while k >= 0 and _gap_ok(text[toks[k][1]:toks[k + 1][0]], toks[k][2]):
        s, e, w = toks[k]
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
            k -= 1
            continue
        break
    if not past and k >= 0 and toks[k][2].lower() in t["past"]:
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
        found = [c for p in d.parts if p.kind in NAME_KINDS for c in find_mentions(p)]
        known = {m.surname for m, sure in found if sure and m.full}
        return [m for m, sure in found if sure or m.surname in known]
    return doc.analysis("names.mentions", build)


def people(doc: Document) -> dict[str, list[Mention]]:
    """Mentions grouped by surname, for surnames given in full at least once."""
    def build(d: Document) -> dict[str, list[Mention]]:
        groups: dict[str, list[Mention]] = {}
        for m in mentions(d):
            groups.setdefault(m.surname, []).append(m)
        return {s: ms for s, ms in groups.items() if any(m.full for m in ms)}
    return doc.analysis("names.people", build)


def fold(name: str) -> str:
    """Transliteration-neutral spelling: Ryabkov and Riabkov fold alike."""
    low = name.lower()
    for a, b in tables()["transliteration"]:
        low = low.replace(a, b)
    return regex.sub(r"(\p{L})\1+", r"\1", low)


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
