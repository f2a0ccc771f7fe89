"""A TOML document (pyproject.toml's [tool.newslint], a Hugo site config),
loaded under `safeload`'s limits.

tomllib builds the whole document before anything can be measured, so the
depth and size are checked on the data it gives (`check_depth`), and its
errors are given back as a `LoadError` with the line and column it names
(`toml_repeats` says which key a "Cannot overwrite a value" error repeats).
Imported only when a TOML file is read: a run without one never loads it.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from .line_index import LineIndex
from .safeload import MAX_DEPTH, MAX_NODES, LoadError
from .toml_repeats import at_end, open_literal, position, repeat, unclosed
from .toml_scan import multiline, spans, string_end

if TYPE_CHECKING:
    from .marks import Marks


def check_depth(data: object, max_depth: int = MAX_DEPTH, max_items: int = MAX_NODES) -> str | None:
    """Why already-built data (what tomllib gives) is too deep or too big, or None."""
    stack = [(data, 0)]
    seen = 0
    while stack:
        item, level = stack.pop()
        seen += 1
        if seen > max_items:
            return f"more than {max_items:,} values"
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, (list, tuple)):
            children = item
        else:
            continue
        if level >= max_depth:
            return f"nested more than {max_depth} deep"
        stack.extend((c, level + 1) for c in children)
    return None


def load_toml(text: str) -> dict:
    """A TOML document as a dict; LoadError for bad or too deeply nested TOML."""
    try:  # Python 3.11+
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        if (rep := repeat(text.replace("\r\n", "\n"), str(exc))) is not None:
            raise LoadError(rep.problem(), rep.line, rep.key, rep.column) from None
        if (at := _open_string(text, str(exc)) or position(str(exc)) or open_literal(text, str(exc))
                or at_end(text, str(exc), "the file")) is not None:
            raise LoadError(f"invalid TOML: {at[0]}{_lone_cr(text, at[1], at[2])}", at[1], None, at[2]) from None
        raise LoadError(f"invalid TOML: {exc}") from None
    except RecursionError:
        raise LoadError(f"invalid TOML: nested more than {MAX_DEPTH} deep") from None
    problem = check_depth(data)
    if problem:
        raise LoadError(f"invalid TOML: {problem}")
    return data


def _lone_cr(text: str, line: int, column: int) -> str:
    """What to add to tomllib's words when the character it names (1-based
    `line` and `column`, lines ended by LF as tomllib counts them) is a
    carriage return with no LF after it: a file saved with CR-only line ends
    (classic Mac) broke at its first line's end, which the message alone
    never says (qa412 #5); else ""."""
    start = _line_start(text, line)
    at = -1 if start is None else start + column - 1
    if at < 0 or text[at:at + 1] != "\r" or text[at + 1:at + 2] == "\n":
        return ""
    return ("; the character there is a carriage return (CR) with no line feed after it, which TOML does "
            "not take for a line break: save the file with LF or CRLF line ends")


# tomllib's words for a line break inside a one-line string, by its quote
_BREAK_IN_STRING = {"Illegal character '\\n'": '"', "Found invalid character '\\n'": "'"}


def _open_string(text: str, message: str) -> tuple[str, int, int] | None:
    """A one-line quoted value left open where a quote of its kind follows
    later (`select = ['dates]`, black's `['py37']` below): tomllib names the
    line break, "Found invalid character '\\n'" ("Illegal character" for a
    "basic" one), not the fault (qa412 #8). The words `unclosed` gives and
    its opening quote (1-based line and column), as `open_literal` and TOML
    front matter say it; None for another error, or a quote opening no value
    (no `=` before it outside strings on its line: a key, an array's item)."""
    at = position(message)
    if at is None or (quote := _BREAK_IN_STRING.get(at[0])) is None:
        return None
    text = text.replace("\r\n", "\n")        # as tomllib reads it: the same lines and columns
    if (start := _line_start(text, at[1])) is None:
        return None
    offset, gap, valued, opened = start + at[2] - 1, start, False, ""
    for s in spans(text, start):
        valued = valued or "=" in text[gap:s.start]
        opened = _still_open(opened + text[gap:s.start])
        if s.end >= offset:         # the first string or comment that reaches the break
            left_open = s.start < offset and s.body == s.start + 1 and s.body_end == s.end == offset
            if not (left_open and text[s.start] == quote and valued):
                return None
            # an inline table's key (`levels = { 'dates = "warn" }`) is no value (qa425 #5)
            keyed = opened[-1:] == "{" and text[gap:s.start].rstrip(" \t")[-1:] in ("{", ",")
            return (unclosed(quote, "key" if keyed else "value"), at[1], s.start - start + 1)
        gap = s.end
    return None


def _still_open(brackets: str) -> str:
    """The brackets (`[` and `{`) in `brackets` (text outside strings) left open, in order."""
    out = []
    for c in brackets:
        if c in "[{":
            out.append(c)
        elif c in "]}" and out:
            out.pop()
    return "".join(out)


def _line_start(text: str, line: int) -> int | None:
    """The offset of 1-based `line` (lines ended by LF), or None past the text's last."""
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return None
    return start


_HEADER = re.compile(r"""[ \t]*\[\[?([^\]\r\n]*)\]""")
_PART = re.compile(r"""[ \t]*(?:([A-Za-z0-9_-]+)|"([^"\\\r\n]*)"|'([^'\r\n]*)')[ \t]*""")
_BLANKS = re.compile(r"[ \t]*")


def table_marks(text: str, table: tuple[str, ...]) -> "Marks":
    """Where each key of `table` (("tool", "newslint")) and of its sub-tables
    is set, as `Marks` (1-based line and column of the key): tomllib keeps no
    positions, so a wrong value in pyproject.toml's [tool.newslint] was named
    by its key alone (`select: no rule or pack 'datez'`), never its line, as a
    YAML config's is. Read from the `key =` lines under each `[header]` (a
    sub-table's header marks it) and in the inline tables that hold the table
    (`tool = { newslint = { select = ... } }`, `newslint = {...}` under
    `[tool]`, `tool.newslint = {...}`; nu67: such an error was `path: key:
    problem`, with no `line:col`). A dotted key is not marked (`_key`); a
    line that starts inside a multi-line string is text (qa343 #4)."""
    from .marks import Marks

    text = text.replace("\r\n", "\n")
    marks, index, depth = Marks(), LineIndex(text), len(table)
    starts = index.starts
    inside = {n for s in multiline(text)        # lines that start inside a multi-line string
              for n in range(bisect_right(starts, s.start), bisect_left(starts, s.end))}

    def mark(path: tuple[str, ...], at: tuple) -> None:
        """Each key of `path` below `table` at its offset in `at` (None: not here)."""
        if path[:depth] == table:
            for end in range(depth + 1, len(path) + 1):
                if at[end - 1] is not None:
                    marks.spots.setdefault(path[depth:end], index.position(at[end - 1]))

    header: tuple[str, ...] | None = ()
    for n, line in enumerate(text.split("\n")):
        if n in inside:
            continue
        if (h := _HEADER.match(line)) is not None:
            header = _dotted(h[1])
            if header is not None:      # the sub-table itself, at its header
                mark(header, (None,) * (len(header) - 1) + (starts[n] + h.start(1),))
            continue
        if header is None or (key := _key(text, starts[n])) is None:
            continue
        parts, at, end = key
        full = header + parts
        mark(full, (None,) * len(header) + at)
        if full == table[:len(full)] and text.startswith("{", end):    # `tool = {`, `newslint = {`
            for path, at in _inline_keys(text, end, full):
                mark(path, at)
    return marks


def _key(text: str, at: int) -> tuple[tuple[str, ...], tuple[int, ...], int] | None:
    """The key at `at` (`select`, or dotted: `tool . "newslint" . select`): its
    parts, the offset of a lone part (at its quote, if any; a dotted key's
    parts get None: not placed, as before, so its error falls back to its
    table's place or the file) and where its value starts (after `=` and
    blanks); None when no `key =` is there."""
    parts, offsets = [], []
    while (m := _PART.match(text, at)) is not None and m.end() > at:
        group = next(i for i in (1, 2, 3) if m.start(i) != -1)
        offsets.append(m.start(group) - (group != 1))
        parts.append(m[group])
        at = m.end()
        if text.startswith(".", at):
            at += 1
            continue
        if not text.startswith("=", at):
            return None
        placed = tuple(offsets) if len(parts) == 1 else (None,) * len(parts)
        return tuple(parts), placed, _BLANKS.match(text, at + 1).end()
    return None


_SCALAR_END = re.compile(r"[\s,\]}#]")


def _inline_keys(text: str, at: int, base: tuple[str, ...]):
    """(key path, offsets) of each key in the inline table opening at `at` (a
    `{`) whose path is `base` (offsets: None for `base`'s parts, then the
    offset of each part of the key: `_key`), and in the inline tables
    nested in it (an array's tables have no key path: not given). TOML 1.0
    'Inline Table': one line, but an array in it may run over lines.
    Stops at the closing `}` or at anything it cannot read (tomllib has
    read the file, so that is no TOML it allows)."""
    stack: list = [(base, (None,) * len(base))]   # per bracket: a table's (path, offsets) (None: one
    # in an array), or "[" an array
    want_key, at = True, at + 1
    while at < len(text) and stack:
        c = text[at]
        if c in " \t\n":
            at += 1
        elif c == "#":        # a comment, in an array that runs over lines
            at = text.find("\n", at)
            at = len(text) if at < 0 else at
        elif want_key and stack[-1] != "[" and c != "}":
            key = _key(text, at)
            if key is None:
                return
            parts, offsets, at = key
            table = (stack[-1][0] + parts, stack[-1][1] + offsets) if stack[-1] is not None else None
            if table is not None:
                yield table
            want_key = text.startswith("{", at)
            if want_key:
                stack.append(table)
                at += 1
        elif c in "}]":
            stack.pop()
            want_key, at = False, at + 1
        elif c in "{[":
            stack.append(None if c == "{" else "[")
            want_key, at = c == "{", at + 1
        elif c == ",":
            want_key, at = stack[-1] != "[", at + 1
        elif c in "\"'":
            at = string_end(text, at)
        else:
            at = m.start() if (m := _SCALAR_END.search(text, at + 1)) else len(text)


def _dotted(header: str) -> tuple[str, ...] | None:
    """A table header's key path (`tool . "newslint"` -> ("tool", "newslint"))."""
    parts, at = [], 0
    while True:
        m = _PART.match(header, at)
        if m is None or m.end() == at:
            return None
        parts.append(m[1] or m[2] or m[3] or "")
        at = m.end()
        if at == len(header):
            return tuple(parts)
        if header[at] != ".":
            return None
        at += 1
