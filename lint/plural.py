"""The word that fits a count in newslint's own messages (English only):
"1 file", "3 files", "2 fixes"; "it" or "them", "is" or "are"; "a, b and c"."""
from __future__ import annotations


def plural(n: int, one: str, many: str | None = None) -> str:
    """`one` when `n` is 1, else `many` (default `one` + "s"): plural(2,
    "file") is "files", plural(1, "it", "them") is "it"."""
    if n == 1:
        return one
    return one + "s" if many is None else many


def counted(n: int, one: str, many: str | None = None) -> str:
    """`n` and the word that fits it (`plural`): counted(1, "file") is "1
    file", counted(3, "fix", "fixes") is "3 fixes"."""
    return f"{n} {plural(n, one, many)}"


def joined(words: list[str]) -> str:
    """`words` as a sentence lists them: "a", "a and b", "a, b and c"; ""
    for none."""
    return ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else "".join(words)
