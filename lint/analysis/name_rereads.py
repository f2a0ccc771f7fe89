"""Second reads of an article's name runs, with its full names known.

`name_runs.find_mentions` reads each run of capitalised words alone, by its
spelling and the words right around it. Two readings need the whole article:
a given name that opens a sentence and so read as an ordinary word ("Bowe
Bergdahl"), and capitalised particles read as a given name ("Von der Leyen").
Both take the runs (`name_runs.Raw`) and give them back re-read, from the full
names the same article writes elsewhere.
"""
from __future__ import annotations

import regex

from ..regex_cache import SERIAL
from .name_runs import Raw
from .name_titles import tables


# The word right before a surname, read backwards from the space before it.
_GIVEN_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{M}'’‘.-])\p{Lu}[\p{L}\p{M}]+")


def _heads(found: list[Raw]):
    """(surname, the words before it) for each full name in `found`."""
    for part, start, _, surname_start, surname, full, _ in found:
        if full:
            yield surname, part.text[start:surname_start]


def given_first(found: list[Raw]) -> list[Raw]:
    """`found` with a surname alone made a full name when the word right
    before it is a given name the article uses with that surname elsewhere:
    "Bowe Bergdahl" opening a sentence reads "Bowe" as an ordinary word ("bow"),
    so without this the article's first full name would be a surname alone."""
    given: dict[str, set[str]] = {}
    for surname, head in _heads(found):
        given.setdefault(surname, set()).add(head.split(" ", 1)[0])
    if not given:
        return found
    out = found          # copied on the first change: most surnames alone stay so
    for k, raw in enumerate(found):
        if raw[5] or raw[4] not in given:
            continue                        # a full name, or no given name known for it
        part, start, end, surname_start, surname, _, _ = raw
        if start > 1 and part.text[start - 1] == " ":
            word = _GIVEN_BEFORE.match(part.text, 0, start - 1, SERIAL)
            if word and word[0] in given[surname]:
                if out is found:
                    out = list(found)
                out[k] = (part, word.start(), end, surname_start, surname, True, True)
    return out


# One or two words right before a name, read backwards: "van ", "de la ".
_PARTICLES_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{M}'’-])(\p{L}+ )?\p{L}+ $")


def particle_surnames(found: list[Raw]) -> list[Raw]:
    """`found` with a run that opens with capitalised particles ("Von der
    Leyen", "Van Dijk", "Bin Laden", "Le Pen" opening a sentence) made the
    surname alone, when the article writes those particles inside a full
    name with that surname, in lower case ("Ursula von der Leyen") or as
    particles of the table ("Marine Le Pen"): read as a given name, "Von"
    made a second person of her. "Al Gore" stays a full name unless the
    article has someone "... al Gore"."""
    lower: dict[str, set[str]] = {}
    particles = tables()["particles"]
    for surname, head in _heads(found):
        first, _, rest = head.partition(" ")
        rest = rest.strip()
        if rest and first.lower() not in particles and (
                rest.islower() or all(w.lower() in particles for w in rest.split(" "))):
            lower.setdefault(surname, set()).add(rest.lower())
    if not lower:
        return found
    out = []
    for raw in found:
        part, start, end, surname_start, surname, full, sure = raw
        ours = lower.get(surname)
        if ours and full and part.text[start:surname_start].strip().lower() in ours:
            raw = (part, start, end, surname_start, surname, False, sure)
        elif ours and not full:          # "van Dijk", "Van Dijk": the particles are the name's
            m = _PARTICLES_BEFORE.search(part.text, max(0, start - 16), start, SERIAL)
            for words in (m[0], m[0][len(m[1] or ""):]) if m else ():
                if words.strip().lower() in ours:
                    raw = (part, start - len(words), end, surname_start, surname, False, sure)
                    break
        out.append(raw)
    return out
