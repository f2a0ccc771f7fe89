"""Accent variants of a name: spellings that differ only by accents and
the letters English-language copy writes in plain ASCII (Dubé and Dube;
Müller, Muller and Mueller; Đoković and Djokovic), for
names.spelling-variant (lint/kinds/name_spelling_variant.py).

`ascii_keys` gives a spelling's plain forms (lint/data/names.yaml
`ascii_spellings`); two spellings sharing one are one name. `accent_groups`
gathers a story's spellings of one name, however many ways it is written
(Dubé-Lefèvre, Dubé-Lefevre, Dube-Lefèvre, Dube-Lefevre), and `accent_pairs`
sets each against the group's main spelling. `middle_accents`
reads the words between a given name and the surname ("Andrés Manuel López
Obrador" beside "Andres Manuel Lopez Obrador"), which neither the surname
nor the given-name comparison reads.
"""
from __future__ import annotations

import itertools
from functools import lru_cache

from .. import rx as regex

from ..rule_cache import load_data
from .body_names import fold as unaccented

__all__ = ["accent_groups", "accent_pairs", "accent_variants", "ascii_keys", "letters_written", "middle_accents",
           "share_a_key"]

_MOST_SPECIAL = 4      # letters with more than one ASCII spelling expanded at most (2**4 keys)


@lru_cache(maxsize=1)
def _spellings() -> dict[str, tuple[str, ...]]:
    return {str(k): tuple(str(v) for v in vs) for k, vs in load_data("names.yaml")["ascii_spellings"].items()}


@lru_cache(maxsize=16384)
def ascii_keys(form: str) -> frozenset[str]:
    """The plain lower-case spellings of `form`: its accents dropped and each
    `ascii_spellings` letter written each usual way ("Müller" -> muller,
    mueller; "Dubé" -> dube). A form with none of those letters has one key:
    an ASCII form, its lower case (most surnames: one test, not a product)."""
    low = form.lower()
    if low.isascii() and not _ascii_spelled():
        return frozenset((low,))
    return frozenset(unaccented("".join(p)) for p in itertools.product(*_options(low)))


@lru_cache(maxsize=1)
def _ascii_spelled() -> bool:
    """Does `ascii_spellings` spell an ASCII letter (none of the shipped ones)?"""
    return any(k.isascii() for k in _spellings())


def _options(low: str) -> list[tuple[str, ...]]:
    """Each letter of the lower-case `low` as itself, or each way
    `ascii_spellings` writes it (at most `_MOST_SPECIAL` letters expanded)."""
    options = [_spellings().get(c, (c,)) for c in low]
    if sum(len(o) > 1 for o in options) > _MOST_SPECIAL:
        options = [o[:1] for o in options]
    return options


def letters_written(form: str, other: str) -> str:
    """How one of two accent variants (`accent_variants`) writes a letter of
    the other that Unicode decomposition does not split, as the one that has
    it spells it: "ß written ss" (Gross, Groß), "Đ written Dj" (Djokovic,
    Đoković), "ø written o" (Soren, Søren), and "an accent dropped or added"
    after it when the two differ by an accent too; "" when they differ only
    by accents (Dube, Dubé; Muller, Müller), as ü written u is."""
    for x, y in ((other, form), (form, other)):
        keys, low = ascii_keys(y), x.lower()
        for combo in itertools.product(*_options(low)):
            if unaccented("".join(combo)) not in keys:
                continue
            ways = [f"{c} written {p.capitalize() if c.isupper() else p}" for c, p, l in zip(x, combo, low)
                    if l in _spellings() and p != unaccented(l)]
            if not ways:
                break
            plain = "".join(combo)
            if unaccented(plain) != plain or unaccented(y) != y:
                ways.append("an accent dropped or added")
            return ", ".join(dict.fromkeys(ways))
    return ""


def accent_variants(a: str, b: str) -> bool:
    """Are `a` and `b` one name with accents dropped or added: different once
    lower-cased, alike in some plain spelling?"""
    return a.lower() != b.lower() and not ascii_keys(a).isdisjoint(ascii_keys(b))


def accent_groups(forms) -> list[list[str]]:
    """The spellings among `forms` (in reading order) that are accent variants
    of one another, joined through any of them (Müller joins Muller and
    Mueller), as lists of two forms or more in reading order. No two forms
    sharing a key (most stories: `share_a_key`) means no group."""
    keys = [ascii_keys(form) for form in forms]
    if not share_a_key(keys):
        return []
    owner: dict[str, int] = {}
    groups: list[list[str]] = []
    for form, form_keys in zip(forms, keys):
        hits = sorted({owner[k] for k in form_keys if k in owner})
        if not hits:
            groups.append([form])
            at = len(groups) - 1
        else:
            at = hits[0]
            for other in hits[1:]:             # a form that joins two groups
                groups[at] += groups[other]
                for k in list(owner):
                    if owner[k] == other:
                        owner[k] = at
                groups[other] = []
            groups[at].append(form)
        for k in form_keys:
            owner[k] = at
    order = {f: i for i, f in enumerate(forms)}
    return [sorted(g, key=order.__getitem__) for g in groups if len(g) > 1]


def share_a_key(keys: list[frozenset[str]]) -> bool:
    """Do two of the forms whose key sets are `keys` share a key? Told by one
    count, with no index: the keys are as many as the sets hold only when
    no key is in two of them."""
    return sum(map(len, keys)) != len(frozenset().union(*keys))


def accent_pairs(pairs: list, counts: dict, given: dict) -> tuple[list, dict]:
    """(pairs, kin) for the kind's (form, form) `pairs`, `counts` (form ->
    its mentions, in reading order) and `given` (form -> given names, for
    forms given in full). The pairs are `pairs` with those between
    spellings of one name that differ only by accents (`accent_groups`:
    Dubé-Lefèvre, Dubé-Lefevre, Dube-Lefèvre) set to each spelling against
    the group's main one, the one used most
    (on a tie, given in full, then first written): every other spelling is
    flagged against it, not only those paired with it (qa65 #6), for groups of
    three spellings or more (two make one pair already). `kin` maps each
    such spelling to all the group's mentions, in which a person's cue counts
    for every spelling (Müller given in full, Mueller said, Muller's office)."""
    kin: dict[str, list] = {}
    for group in accent_groups(list(counts)):
        if len(group) < 3:
            continue
        major = max(group, key=lambda f: (len(counts[f]), f in given, -group.index(f)))
        inside = set(group)
        pairs = [p for p in pairs if not (p[0] in inside and p[1] in inside)]
        pairs += [(major, f) for f in group if f != major]
        uses = [m for f in group for m in counts[f]]
        kin.update((f, uses) for f in group)
    return pairs, kin


_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]*")
_UPPER = regex.compile(r"\p{Lu}")
_LEAST = 3    # letters a middle word needs to be compared ("J." and "De" are not)
# A lower-case word inside a full name ("de", "la"): the words after it are
# read only as the opener's, since the run may have begun before the name
# ("Intervención de Raúl Castro", a Spanish tweet's opening words).
_PARTICLE = regex.compile(r"(?<![\p{L}\p{M}'’-])\p{Ll}")


def middle_accents(ms: list, is_person) -> list[tuple]:
    """Middle words of one surname's full names spelled with and without
    accents ("Andrés Manuel López Obrador", "Andres Manuel Lopez Obrador",
    "Lopez Obrador": López and Lopez): (mention, start, end, other, count)
    for each middle use of a rarer spelling, `other` the spelling used most
    (on a tie, the first written) and `count` its uses. `ms` are the
    surname's mentions in reading order; a word opening a name counts as a
    use but is never flagged (names.given-name-variant reads given names),
    and a full name with a lower-case word in it has no middle words read.
    Quiet unless one of the mentions is a person's (`is_person`) and every
    full name holding a middle word of the group opens with one given name,
    accents aside ("José Pérez López" and "Juan Perez Lopez" are two people)."""
    if not any(m.full and may_have_middle(m.part.text, m.start, m.surname_start) for m in ms):
        return []       # no middle word anywhere: no group can be flagged (most surnames)
    uses: dict[str, list[tuple]] = {}
    for m in ms:
        if not m.full and m.start == m.surname_start:
            continue
        # a double surname alone ("Lopez Obrador said", not m.full): its first word is a
        # surname's, read as a middle word (qa155 #10)
        words = list(_NAME_WORD.finditer(m.part.text, m.start, m.surname_start))
        if _PARTICLE.search(m.part.text, m.start, m.surname_start):
            del words[1:]       # "Intervención de Raúl Castro": the run may open before the name
        for i, w in enumerate(words):
            if len(w[0]) >= _LEAST:
                uses.setdefault(w[0], []).append((m, w.start(), w.end(), i > 0 or not m.full, words[0][0]))
    found = []
    for group in accent_groups(list(uses)):
        held = [u for f in group for u in uses[f]]
        openers = {u[4] for u in held if u[3]}
        if not any(u[3] for u in held) or not _one_given(openers, group) \
                or not any(is_person(m) for m in ms):
            continue
        major = max(group, key=lambda f: (len(uses[f]), -group.index(f)))
        found += [(m, a, b, major, len(uses[major])) for f in group if f != major
                  for m, a, b, middle, _ in uses[f] if middle]
    return found


def may_have_middle(text: str, start: int, end: int) -> bool:
    """False when the name words of text[start:end] (`_NAME_WORD`: each opens
    with a \\p{Lu} letter) are surely at most one, so none is a middle word:
    no upper-case letter after the first character. ASCII is told by
    lower-casing it; other text by `regex`'s own \\p{Lu}
    (Python's Unicode tables may be older: a letter new to Unicode is no
    cased letter to `str`). Most full names have one given name ("Jane "):
    then no pattern runs."""
    head = text[start + 1:end]
    if head.isascii():
        return head.lower() != head
    return _UPPER.search(text, start + 1, end) is not None


def _one_given(openers: set[str], group: list[str]) -> bool:
    """Do the full names holding a group's middle words open with one given
    name, accents aside (Andrés, Andres), or with a spelling of the group?"""
    firsts = [o for o in openers if o not in group]
    return all(accent_variants(a, b) or a == b for a, b in itertools.combinations(firsts, 2))
