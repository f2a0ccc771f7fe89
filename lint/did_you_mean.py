"""The name a typo most likely meant, for the one-line errors that refuse a
misspelt key, kind, part, count or keyword (`mesage` -> message). One place,
so every refusal suggests alike: difflib's closest match at its default
ratio (0.6), or at the closer `cutoff` a caller asks for (a rule id, a
misnamed `extends:`), or nothing when none is that close."""
from __future__ import annotations


def nearest(word: str, known, cutoff: float = 0.6) -> str | None:
    """The one of `known` (any iterable of str) closest to `word` at
    difflib's ratio `cutoff` (0 to 1) or more, or None."""
    import difflib   # a mistake's message only: start-up stays light

    near = difflib.get_close_matches(word, sorted(known), n=1, cutoff=cutoff)
    return near[0] if near else None


def hint(word: str, known, shown=str) -> str:
    """'did you mean X? ' for the nearest of `known` (written by `shown`), or
    '' when none is near: the opening of a refusal's parenthesis."""
    near = nearest(word, known)
    return f"did you mean {shown(near)}? " if near else ""


def alternatives(names) -> str:
    """The names a did-you-mean offers (a list of str), as every refusal
    lists them: `A`, `A or B`, `A, B or C`; '' for none."""
    names = list(names)
    return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else "".join(names)
