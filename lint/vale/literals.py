"""The literal pre-check of a Vale kind (`ValeKind.check`): lower-case
strings one of which every match of a rule's patterns must contain, so a
rule whose patterns are not compiled yet is skipped while none occurs in a
file (`literals`; None when a pattern is too free to tell).
"""
from __future__ import annotations


_QUANT = "?*{"
_BREAK_ESCAPES = set("bBsSwWdDpPAZzGnrtfvx0123456789kgNXRhHu")


def _split_top(pat: str) -> list[str] | None:
    """`pat` split at its top-level `|`; None when brackets do not balance."""
    parts, depth, cls, start, i = [], 0, False, 0, 0
    while i < len(pat):
        ch = pat[i]
        if ch == "\\":
            i += 2
            continue
        if cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
            if pat[i + 1:i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "|" and depth == 0:
            parts.append(pat[start:i])
            start = i + 1
        i += 1
    if depth or cls:
        return None
    parts.append(pat[start:])
    return parts


def _required(pat: str) -> list[str] | None:
    """Literal strings one of which every match of `pat` contains (lower case,
    three characters or more), or None when that cannot be told simply."""
    while pat.startswith(("(?i)", "(?m)", "(?s)")):
        pat = pat[4:]
    alts = _split_top(pat)
    if alts is None:
        return None
    if len(alts) > 1:
        out: list[str] = []
        for alt in alts:
            got = _required(alt)
            if got is None:
                return None
            out += got
        return out
    if pat.startswith(("(?:", "(")) and pat.endswith(")") and _split_top(pat[1:-1]) is not None:
        inner = pat[3:-1] if pat.startswith("(?:") else pat[1:-1]
        if not inner.startswith("?") and _balanced_group(pat):
            return _required(inner)
    best, run, depth, cls, i = "", [], 0, False, 0

    def flush():
        nonlocal best, run
        word = "".join(run)
        if len(word) > len(best):
            best = word
        run = []
    while i < len(pat):
        ch = pat[i]
        nxt = pat[i + 1:i + 2]
        if cls:
            if ch == "\\":
                i += 1
            elif ch == "]":
                cls = False
            i += 1
            continue
        if ch == "\\":
            esc = pat[i + 1:i + 2]
            if depth == 0 and esc and esc not in _BREAK_ESCAPES:
                if pat[i + 2:i + 3] and pat[i + 2:i + 3] in _QUANT:
                    flush()
                else:
                    run.append(esc.lower())
            else:
                flush()
            i += 2
            continue
        if ch in "([":
            flush()
            if ch == "(":
                depth += 1
            else:
                cls = True
                if nxt == "]":
                    i += 1
        elif ch == ")":
            depth -= 1
            flush()
            if nxt == "{":
                close = pat.find("}", i)
                i = len(pat) if close < 0 else close
            elif nxt and nxt in _QUANT:
                i += 1
        elif ch in ".^$|":
            flush()
        elif ch in "?*+{":
            if ch in "?*{" and run:
                run.pop()
            flush()
            if ch == "{":
                close = pat.find("}", i)
                i = len(pat) if close < 0 else close
        elif depth == 0:
            if nxt and nxt in _QUANT:
                flush()
            else:
                run.append(ch.lower())
        i += 1
    flush()
    return [best] if len(best.strip()) >= 3 else None


def _balanced_group(pat: str) -> bool:
    """True when `pat`'s first `(` closes at its last character."""
    depth, i = 0, 0
    while i < len(pat):
        ch = pat[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i == len(pat) - 1
        i += 1
    return False


def literals(patterns: list[str] | None) -> tuple[str, ...] | None:
    """Lower-case literals one of which every match of any of `patterns`
    contains (`a chip off the old block`, `kongite` of `Hong Kongite`); None
    when a pattern is too free to tell."""
    if not patterns:
        return None
    out: set[str] = set()
    for pat in patterns:
        got = _required(str(pat))
        if got is None:
            return None
        out.update(got)
    return tuple(out)
