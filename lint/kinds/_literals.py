"""Literal words that every match of a pattern must contain: a cheap test
that lets a kind skip a document its tokens cannot match.

The `regex` engine tries an alternation of tokens at every character (about
70 ns a character for a list of 16 phrases), while `str.__contains__` scans
for a plain string at memory speed. `required(token)` reads a token's
pattern and returns strings of which at least one is in every text the token
matches (`"leave a (?:reply|comment)"` -> {"leave a "}; `"X{2,}"` -> {"XX"};
`"(?:CAPTION|CREDIT) HERE"` -> {"caption", "credit"}), or None when it cannot
be sure. It reads a conservative subset of the syntax: anything it does not
know (a verbose or full-case-folding flag, a nested set, an escape with an
argument it cannot skip) gives None, and the caller then always runs the
pattern. Literals are ASCII only and lowered; `fold(text)` lowers a text the
same way, first mapping the four non-ASCII letters that `regex`'s
case-insensitive matching takes for ASCII ones (U+0130 for i, U+0131 for I,
U+017F for s, U+212A for k; found by matching every ASCII character, in
both cases, against every code point, see the tests) and leaving
out every other non-ASCII character. So a token matched with or without
IGNORECASE always has one of its literals in `fold(text)`: the test never
skips a text that has a match.
"""
from __future__ import annotations

import re
from functools import cache

from ..rule_cache import load
from ._squeeze import squeeze

# (The dotless i matches a capital I, not a small one: "Iran" finds "\u0131ran".)
_SPECIAL = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k"))
_META = set("\\.^$*+?{}[]()|")
_QUANT = re.compile(r"(?:[?*+]|\{(\d*)(?:,(\d*))?\})[?+]?")
# Escapes that match one position or one character class: no literal, no argument.
_NO_ARG = set("bBwWdDsSAZGmMK")
_CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_FLAGS = re.compile(r"\(\?([aiLmsuwV01]*)(?:-[imsw]*)?([:)])")


class _Unsure(Exception):
    """A construct the reader does not know: the token gets no literals."""


def fold(text: str) -> str:
    """`text` lowered after mapping the non-ASCII letters `regex` matches to
    ASCII ones under IGNORECASE, and with every other non-ASCII character left
    out. Literals are ASCII and no other character lowers to an ASCII one
    (U+0130 and U+212A alone do; checked over every code point), so each
    literal in the lowered text is still there; joining the stretches around
    a dropped character may add one, which only costs the pattern's scan.
    Lowering ASCII is a copy: a story's curly quotes made `str.lower` read
    every character through Unicode's tables (some 3% of a run's
    instructions, for the four `existence` rules)."""
    if text.isascii():
        return text.lower()
    for letter, ascii_letter in _SPECIAL:    # (`str.translate` is ten times slower than four `in`s)
        if letter in text:
            text = text.replace(letter, ascii_letter)
    return text.encode("ascii", "ignore").decode("ascii").lower()


def folded_parts(doc, parts) -> list[str]:
    """`fold` of each part's text, in the order of `parts`, each folded once
    per document and shared by every rule that asks (the four built-in
    `existence` rules read the same paragraphs; folding a 4 KB story that
    holds curly quotes is some 15 µs). `fold` reads each character alone, so
    the parts folded apart and joined are the text joined and folded. A part
    is known by its index and its very text (`is`), so a part made anew is
    folded anew."""
    return _per_part(doc, parts, "literals.folded", fold)


def _per_part(doc, parts, key: str, how) -> list[str]:
    """`how` of each part's text, kept in `doc`'s cache under `key`."""
    cache = doc.cache.get(key)
    if cache is None:
        cache = doc.cache[key] = {}
    out = []
    for part in parts:
        got = cache.get(part.index)
        if got is None or got[0] is not part.text:
            got = cache[part.index] = (part.text, how(part.text))
        out.append(got[1])
    return out


def squeezed(text: str) -> str:
    """`fold` of `text` with each run of white space read as one space
    (`_squeeze.squeeze`): where a plain phrase's literal is when wrapped."""
    return fold(squeeze(text))


def tokens_in(text: str, literals: tuple, spread: dict[str, str]) -> tuple[int, ...]:
    """The indexes of the tokens (`literals`: each one's `required`) one of
    whose literals `text` holds, folded or, in `spread`, squeezed."""
    folded = fold(text)
    if not spread:
        return tuple(i for i, lits in enumerate(literals) if any(map(folded.__contains__, lits)))
    wide = cache(lambda: squeezed(text))      # read once, when a phrase may stand wrapped
    return tuple(i for i, lits in enumerate(literals) if any(_found(s, folded, spread, wide) for s in lits))


def _found(s: str, folded: str, spread: dict[str, str], wide) -> bool:
    """Whether the literal `s` is in `folded`, or, a phrase's in `spread`
    whose longest word `folded` holds, in `wide()`: the text squeezed, read
    on demand."""
    if s in folded:
        return True
    word = spread.get(s)
    return word is not None and word in folded and s in wide()


def holding(doc, parts, literals, spread: dict[str, str] | None = None) -> list:
    """The parts whose folded text holds one of `literals` (`required`'s),
    in order: the only ones a pattern every match of which holds one can
    match in. The document's text is tested first (most copy holds none);
    when it holds some, each part is tested for those alone, so the pattern
    runs over the one paragraph that holds "to come", not over the whole
    story (a `hygiene.placeholder` scan of every part of a 2 KB story was
    some 2.5 ms; 17% of the BBC's stories hold one of its literals).
    A literal in `spread` (`spread_words`) is a plain phrase's, whose
    spaces match any white space: it is looked for in the `squeezed` text
    too, when its longest word is in the folded one."""
    folds = folded_parts(doc, parts)
    text = "".join(folds)
    if not spread:
        present = [s for s in literals if s in text]
        return [part for part, f in zip(parts, folds) if any(map(f.__contains__, present))] if present else []
    wide = None                   # the squeezed text, read when a wrapped phrase may be in it
    present = []
    for s in literals:
        word = spread.get(s)
        if word is None or wide is not None:
            found = s in (text if word is None else wide)
        elif word not in text:    # (most copy: one scan, as for the phrase)
            continue
        elif not (found := s in text):
            wide = "".join(_per_part(doc, parts, "literals.squeezed", squeezed))
            found = s in wide
        if found:
            present.append(s)
    if not present:
        return []
    return [part for part, f in zip(parts, folds)
            if any(_holds(s, f, part, spread, doc) for s in present)]


def _holds(s: str, folded: str, part, spread: dict[str, str], doc) -> bool:
    """Whether the literal `s` is in `folded` (`part`'s fold), or, in
    `spread`, in its text squeezed (`_found`; once per document)."""
    return _found(s, folded, spread, lambda: _per_part(doc, [part], "literals.squeezed", squeezed)[0])


def required(token: str) -> frozenset[str] | None:
    """Lowered ASCII strings, at least one of which is in every text that
    `token` matches (as a `regex` VERSION0 pattern, with or without
    IGNORECASE); None when the token's syntax is beyond this reader."""
    try:
        found, end = _alternation(token, 0)
    except _Unsure:
        return None
    if end != len(token) or not found:
        return None
    return frozenset(s.lower() for s in found)


def any_required(tokens: list[str]) -> frozenset[str] | None:
    """The union of every token's literals, or None if one token has none.
    Kept in the rule-set cache, keyed by the tokens and checked against this
    file's stamp (an edit to the reader reads every token afresh): reading
    the 40 tokens of the four built-in `existence` rules was 13.8M of the
    first article's instructions, in every run."""
    got = load(__file__, lambda _path: (_any_required(tokens),), "\0literals\0" + "\0".join(tokens))
    return got[0]


def each_required(tokens: list[str]) -> tuple[frozenset[str] | None, ...]:
    """`required` of each token, in order (None where a token has none),
    kept in the rule-set cache as `any_required` keeps the union."""
    got = load(__file__, lambda _path: (tuple(required(t) for t in tokens),),
               "\0each\0" + "\0".join(tokens))
    return got[0]


# What a token may hold that ties it to another token of one alternation (a
# numbered or named back-reference, a subroutine call, a conditional on a
# group) or that acts on the whole pattern (a global inline flag: `(?i)`
# turns case-blind matching on for every token in `regex`'s version 0).
# A token list holding one is always matched whole (`alone`).
_TIED = re.compile(r"\\[1-9gk]|\(\?P[=>]|\(\?[&(R0-9+]|\(\?-[0-9]|\(\?[a-zA-Z]*(?:-[a-zA-Z]*)?\)")


def alone(tokens: list[str]) -> bool:
    """True when no token of `tokens` is tied to another or to the whole
    pattern (`_TIED`; read conservatively: an escaped backslash before a
    digit counts too): then an alternation of some of them, in their order,
    matches in a text exactly as the whole one does wherever the tokens left
    out cannot match (a token whose `required` literals the text lacks)."""
    return not any(_TIED.search(t) for t in tokens)


def _any_required(tokens: list[str]) -> frozenset[str] | None:
    """The union, less each literal that holds another ("lorem ipsum dolor"
    holds "lorem ipsum"): a text with the longer one has the shorter, so the
    test gives the same answer with one scan of the text fewer."""
    out: set[str] = set()
    for token in tokens:
        got = required(token)
        if got is None:
            return None
        out |= got
    by_length: dict[int, set[str]] = {}
    for s in out:
        by_length.setdefault(len(s), set()).add(s)
    return frozenset(s for s in out if not _holds_shorter(s, by_length))


def _holds_shorter(s: str, by_length: dict[int, set[str]]) -> bool:
    """Whether `s` holds a shorter literal (`by_length`: the literals by their
    length), the only kind of other literal it can hold: for each shorter
    length, every window of `s` that long is looked up in the set, or each
    literal of that length is looked for in `s`, whichever is fewer. Trying
    every literal against every other was 8 billion tests for a house rule of
    90,000 tokens (a 1 MB rule file, under the limit) and never ended."""
    for n, same in by_length.items():
        if n >= len(s):
            continue
        windows = len(s) - n + 1
        if windows < len(same):
            if any(s[k:k + n] in same for k in range(windows)):
                return True
        elif any(o in s for o in same):
            return True
    return False


def _alternation(s: str, i: int) -> tuple[frozenset[str] | None, int]:
    """Branches from s[i] to the closing ')' or the end: the union of each
    branch's literals (None if one branch has none)."""
    union: set[str] | None = set()
    while True:
        got, i = _sequence(s, i)
        if got is None or union is None:
            union = None
        else:
            union |= got
        if i < len(s) and s[i] == "|":
            i += 1
            continue
        return (frozenset(union) if union else None), i


def _better(best: frozenset[str] | None, new: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two literal sets: the longer shortest literal."""
    if not new or any(not x for x in new):
        return best
    if best is None:
        return new
    key = lambda lits: (min(map(len, lits)), -len(lits))
    return new if key(new) > key(best) else best


def _sequence(s: str, i: int) -> tuple[frozenset[str] | None, int]:
    """One branch: every item in it is required, so the best item's literals
    (or the longest run of plain characters) stand for the branch."""
    best: frozenset[str] | None = None
    run = ""
    while i < len(s) and s[i] not in "|)":
        c = s[i]
        literal = None
        if c == "\\":
            literal, i = _escape(s, i)
            item = None
        elif c == "(":
            item, i = _group(s, i)
        elif c == "[":
            i = _set(s, i)
            item = None
        elif c in _META:           # . ^ $, or a quantifier with nothing before it
            if c in "*+?{":
                raise _Unsure
            i += 1
            item = None
        else:
            literal, i = c, i + 1
            item = None
        low, i = _quantifier(s, i)
        if literal is not None and literal.isascii():
            if low is None:        # exactly once: the run goes on
                run += literal
                continue
            if low >= 1:           # at least `low` times, then maybe more
                best = _better(best, frozenset([run + literal * low]))
            else:
                best = _better(best, frozenset([run]) if run else None)
            run = ""
            continue
        best = _better(best, frozenset([run]) if run else None)
        run = ""
        if item is not None and (low is None or low >= 1):
            best = _better(best, item)
    return _better(best, frozenset([run]) if run else None), i


def _quantifier(s: str, i: int) -> tuple[int | None, int]:
    """(the least count of a quantifier at s[i], or None for none; the index after it)."""
    if i >= len(s) or s[i] not in "?*+{":
        return None, i
    m = _QUANT.match(s, i)
    if m is None:             # a '{' that is no quantifier: regex reads it as a literal; be safe
        raise _Unsure
    c = s[i]
    if c == "+":
        return 1, m.end()
    if c in "?*":
        return 0, m.end()
    return (int(m[1]) if m[1] else 0), m.end()


def _escape(s: str, i: int) -> tuple[str | None, int]:
    """A backslash escape: (the literal character it stands for or None, the index after it)."""
    if i + 1 >= len(s):
        raise _Unsure
    c = s[i + 1]
    if not c.isalnum():
        return c, i + 2
    if c in _CHAR_ESCAPES:
        return _CHAR_ESCAPES[c], i + 2
    if c in _NO_ARG:
        return None, i + 2
    if c in "pPN" and i + 2 < len(s):
        if s[i + 2] == "{":
            close = s.find("}", i + 3)
            if close == -1:
                raise _Unsure
            return None, close + 1
        if c != "N" and s[i + 2].isalpha():
            return None, i + 3
    raise _Unsure


def _set(s: str, i: int) -> int:
    """Skip a character set `[...]` (one character, never a literal here)."""
    j = i + 1
    if j < len(s) and s[j] == "^":
        j += 1
    if j < len(s) and s[j] == "]":
        j += 1
    while j < len(s):
        c = s[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":               # a nested set or a POSIX class: not read here
            raise _Unsure
        if c == "]":
            return j + 1
        j += 1
    raise _Unsure


def _group(s: str, i: int) -> tuple[frozenset[str] | None, int]:
    """A parenthesised group: (its literals when it matches text, else None; the index after it)."""
    if s.startswith("(?", i):
        flags = _FLAGS.match(s, i)
        if flags is not None:
            if "V1" in flags[0] or "f" in flags[1] or "x" in flags[1]:
                raise _Unsure
            if flags[2] == ")":        # a flag change, not a group
                return None, flags.end()
            body = flags.end()
        elif s.startswith(("(?P<", "(?<"), i) and not s.startswith(("(?<=", "(?<!"), i):
            close = s.find(">", i)
            if close == -1:
                raise _Unsure
            body = close + 1
        elif s.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            # Lookarounds consume nothing: read them for syntax, keep no literals.
            _, end = _alternation(s, i + (4 if s[i + 2] == "<" else 3))
            if end >= len(s) or s[end] != ")":
                raise _Unsure
            return None, end + 1
        else:
            raise _Unsure
    else:
        body = i + 1
    got, end = _alternation(s, body)
    if end >= len(s) or s[end] != ")":
        raise _Unsure
    return got, end + 1
