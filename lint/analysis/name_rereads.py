"""Second reads of an article's name runs, with its full names known.

`name_runs.find_mentions` reads each run of capitalised words alone, by its
spelling and the words right around it. Three readings need the whole article:
a given name that opens a sentence and so read as an ordinary word ("Bowe
Bergdahl", `given_first`), capitalised particles read as a given name ("Von
der Leyen", `particle_surnames`), and a two-word surname used alone read as a
full name ("López Obrador", `double_surnames_alone`). Each takes the runs
(`name_runs.Raw`) and gives them back re-read, from the full names the same
article writes elsewhere.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..regex_cache import SERIAL
from .body_names import fold as unaccented
from .name_runs import Raw, opens_sentence
from .name_titles import tables
from .words import is_common


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


def double_surnames_alone(found: list) -> list:
    """`found` (name_runs' raw tuples) with a two-word surname used alone
    made the surname alone, not a full name: "López Obrador said" after
    "Andrés Manuel López Obrador" (Spanish and Portuguese names carry both
    parents' surnames, and copy drops the given names, not the first
    surname): its first word is the last of the words before the surname in
    a longer full name of the story, so it is no given name, and the story
    has one person, not a second with the given name "López" (qa148 #2).
    The longer name's words must be no ordinary words ("If Charles Kennedy"
    leaves "Charles Kennedy" a full name: BBC), and before the surname there
    are two or three (one or two given names and the first surname; "San
    Francisco Supervisor Jane Kim" is a place and a title before a name); two
    of them must not open a sentence, where a word the tables do not know
    takes a capital ("Pic shows: Schoolboy Nikolai Kryaglyachenko", "“Crooked
    Hillary Clinton": FNC-1 and PolNeAR train). A short form after a
    lower-case word ("The lawyer Andrés Pérez") introduces a person: it stays
    a full name (`_introduced`). The first word is compared with its accents
    dropped: "Lopez Obrador" is the same double surname alone, spelled
    without them (qa155 #10; names.spelling-variant reads the slip)."""
    heads: dict[str, set[str]] = {}
    for part, start, _, surname_start, surname, full, _ in found:
        if full:
            words = part.text[start:surname_start].split()
            if 1 < len(words) <= 3 and not any(map(is_common, words)) and (
                    len(words) == 3 or not opens_sentence(part.text, start)):
                heads.setdefault(surname, set()).add(unaccented(words[-1]))
    if not heads:
        return found
    out = []
    for raw in found:
        part, start, end, surname_start, surname, full, sure = raw
        if full and surname in heads and unaccented(part.text[start:surname_start].strip()) in heads[surname] \
                and not _introduced(part.text, start):
            raw = (part, start, end, surname_start, surname, False, sure)
        out.append(raw)
    return out


# The word before a name, past a comma: "The lawyer Andrés Pérez", "His nephew, Andrés Pérez".
_WORD_BEFORE = regex.compile(r"(\p{L}+),?\s*$")


def _introduced(text: str, start: int) -> bool:
    """Whether the name at text[start] follows a lower-case noun that
    introduces a person (names.yaml `relatives`, `possessed_people` or
    `titles`: "The lawyer Andrés Pérez", "His nephew, Andrés Pérez"): then
    "Andrés Pérez" beside "Carlos Andrés Pérez" is another person's given
    name and surname, no double surname alone (qa155 #6). A preposition or
    verb before it ("praised by López Obrador", "told López Obrador") is no
    such noun (rr42a #3), nor is a capitalised title or a sentence's start."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m[1].islower() and m[1] in _introducing_nouns()


@lru_cache(maxsize=1)
def _introducing_nouns() -> frozenset[str]:
    """The lower-case nouns that introduce a person by name (see `_introduced`)."""
    t = tables()
    return frozenset(t["relatives"]) | frozenset(t["possessed_people"]) | t["titles"]
