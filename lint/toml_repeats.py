"""Which key a TOML document sets twice, read from tomllib's error.

tomllib refuses a repeated key with "Cannot overwrite a value (at line L,
column C)", naming neither the key nor where it was first set, and placing
it after the value; YAML and JSON say `KEY given twice (first on line N)` at
the repeat. Line L is read again only to learn the key: a plain `key =` pair
(bare or quoted, not dotted; TOML 1.0 section 'Keys'). Its first line is
the first `key =` pair since the table header in force, skipping multi-line
strings. A dotted key, a table declared twice (`[a]`, tomllib says so
itself) or a first setting made otherwise (`key.x = 1`, a `[key]` header)
is not guessed at: `repeat` says what it cannot know. `at_end` places the
errors tomllib gives no line for (a value left open where the text ends),
for pyproject.toml and Hugo's TOML front matter alike; `open_literal` one
of them, a 'literal' string left open, at its opening quote.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_POSITION = re.compile(r" \(at line (\d+), column (\d+)\)$")
_PAIR = re.compile(r"""[ \t]*(?:([A-Za-z0-9_-]+)|"([^"\\\r\n]*)"|'([^'\r\n]*)')[ \t]*=""")
_HEADER = re.compile(r"[ \t]*(\[\[?)[ \t]*([^\]\r\n]*?)[ \t]*\]")


@dataclass(frozen=True)
class Repeat:
    """A key set twice: `key` its dotted path (`[[p]]` entries by index, as
    YAML front matter names them), `line` and `column` (1-based, in the text
    given) where the repeat's key starts, `first` the line it was first set
    on (None when that is not known)."""
    key: str
    line: int
    column: int
    first: int | None

    def problem(self, lines_before: int = 0) -> str:
        """What is wrong, to follow the key's name; `lines_before` the text's
        first line has before it in its file (front matter's fence and above)."""
        if self.first is None:
            return "already has a value; TOML sets a key once"
        return (f"given twice (first on line {lines_before + self.first}); TOML allows a key "
                "once, so write it once")


def position(message: str) -> tuple[str, int, int] | None:
    """tomllib's message without its `(at line L, column C)`, and L and C
    (1-based); None when it gives no position."""
    m = _POSITION.search(message)
    return (message[:m.start()], int(m[1]), int(m[2])) if m else None


_AT_END = " (at end of document)"


def at_end(text: str, message: str, what: str) -> tuple[str, int, int] | None:
    """tomllib gives no line for an error at the end of the text (an array,
    inline table or string left open): the message, saying where `what`
    ("the file", "the front matter") ends, and the place just after the last
    character of `text` that is not white space (1-based line and column),
    so the one line names a spot in the file, not the blank lines after it."""
    if not message.endswith(_AT_END):
        return None
    lines = text.replace("\r\n", "\n").rstrip().split("\n")
    return f"{message[:-len(_AT_END)]} where {what} ends", len(lines), len(lines[-1]) + 1


def open_literal(text: str, message: str) -> tuple[str, int, int] | None:
    """tomllib places a 'literal' string left open where no `'` follows it
    at the end of the text ("Expected \"'\" (at end of document)"), so
    pyproject.toml's refusal named the last line, another table's (qa390
    #4): the words for it (`unclosed`) and its opening quote, the text's
    last `'` (none follows it), as 1-based line and column; else None."""
    if message != 'Expected "\'"' + _AT_END or (q := text.rfind("'")) < 0:
        return None
    line_start = text.rfind("\n", 0, q) + 1
    return unclosed("'"), text.count("\n", 0, q) + 1, q - line_start + 1


def unclosed(quote: str, what: str = "value") -> str:
    """The plain words for a "basic" or 'literal' TOML value (`quote`) left
    open, or a quoted key (`what` "key")."""
    return f"the quoted {what} that opens here is never closed (TOML ends a {quote}...{quote} {what} on its line)"


def repeat(text: str, message: str) -> Repeat | None:
    """The key a TOMLDecodeError `message` about `text` (LF line breaks) is
    about, when it is a plain key set twice; None otherwise."""
    at = position(message)
    lines = text.split("\n")
    if at is None or at[0] != "Cannot overwrite a value" or at[1] > len(lines):
        return None
    pair = _PAIR.match(lines[at[1] - 1])
    if pair is None:
        return None
    name, column = _key(pair)
    table, first, string, seen = "", None, None, {}
    for n, line in enumerate(lines[:at[1] - 1], 1):
        if string is None:
            if (h := _HEADER.match(line)) is not None:
                table, first = h[2].strip(), None
                if h[1] == "[[":
                    seen[table] = seen.get(table, -1) + 1
                    table = f"{table}.{seen[table]}"
                continue
            if first is None and (p := _PAIR.match(line)) is not None and _key(p)[0] == name:
                first = n
        string = _string_after(line, string)
    return Repeat(f"{table}.{name}" if table else name, at[1], column, first)


def _key(pair: re.Match) -> tuple[str, int]:
    k = next(i for i in (1, 2, 3) if pair.start(i) != -1)
    start = pair.start(k) - (k != 1)          # a quoted key starts at its quote
    return pair[k], start + 1


def _string_after(line: str, string: str | None) -> str | None:
    """The multi-line string delimiter (`\"\"\"` or `'''`) still open after
    `line`, given the one open before it."""
    for m in re.finditer(r'"""|\'\'\'', line):
        if string is None:
            string = m[0]
        elif m[0] == string:
            string = None
    return string
