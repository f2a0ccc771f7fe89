"""Whether a pyproject.toml that tomllib refuses names `tool.newslint` all
the same, so newslint refuses its own broken table in one line (qa339 #1)
but runs as before beside another tool's broken one (qa343 #2, #3).

tomllib is asked for the truth wherever it can give it. It reads a document
in order and stops at the first error, so the statement that broke starts at
the last line before the error's at which the text cut there reads whole
(`_broken_start`): no line inside a multi-line string or array is taken for
a statement (qa349 #1). Which table is open there is tomllib's too (a probe
key read after the cut, `_probe_path`). Only what that one line names is
read by hand (`_names`, TOML 1.0 'Keys', 'Table', 'Inline Table'); then the
line is set aside (a header's keys put under a table of no one's, so none
falls into the table above, and read as in the table it spells) and the
file is read again, until tomllib reads it whole and says whether
`tool.newslint` is there. A string closed sets aside its lines too (text,
never a header: qa343 #1). One left open sets aside only its first line
when the lines below then read whole: the TOML they were meant to be
(qa349 #2); else they are its text to the end, as TOML reads them (in
doubt: a broken `newslint = {` below it is not newslint's, fx486).
"""
from __future__ import annotations

import re
from itertools import chain
from typing import Iterator

from .safeload import MAX_BYTES
from .toml_load import KEY_PART, inline_keys
from .toml_repeats import position
from .toml_scan import masked, spans

TABLE = ("tool", "newslint")
# What the reads may cost, in characters read, before the answer is "in doubt, not newslint's":
# a second of tomllib or so; enough to read the largest config twice over
BUDGET = 2 * MAX_BYTES
_PROBE = '"\\u0000newslint probe"'      # a key no pyproject.toml holds: U+0000 and a space
_PROBE_KEY = "\0newslint probe"
# a line that can open a statement: a header's `[`, a bare key's character or a quote (a probe key
# written after a text that reads whole says which table is open there)
_OPENS = re.compile(r"[ \t]*[\[A-Za-z0-9_\"'-]")
_BLANKS = re.compile(r"[ \t]*")
_ASIDE_KEY = "\0set aside {}"      # the table of a header set aside: a key no file names
_SET_ASIDE = '["\\u0000set aside {}"]'       # (its header)
_TAKEN, _LEFT_OPEN = "taken", "left open"


class _Doubt(Exception):
    """Reading again would cost more than BUDGET: not newslint's."""


def names_table(text: str) -> bool:
    """Whether the TOML `text` (a pyproject.toml, its BOM gone) sets
    `tool.newslint`, valid or not: tomllib's answer for a file it reads,
    else for the file with each broken statement set aside, unless the
    broken statement itself names the table (`[tool.newslint` left open,
    `newslint = {` under `[tool]`, a root `tool.newslint.select = [`). The
    keys under a header set aside are read in the table it spells (`[tool]`
    after `[[tool]]`). In doubt (past BUDGET), False: not newslint's."""
    lines = text.replace("\r\n", "\n").split("\n")
    reader, aside = _Reader(), {}       # (a header set aside: its table's key -> the path it spells)
    try:
        while True:
            doc, error = reader.read(lines, len(lines))
            if error is None:
                return _has_table(doc, aside)
            start, table = _broken_start(reader, lines, error)
            if table and table[0] in aside:
                table = aside[table[0]] + table[1:]
            if _names(lines, start, table):
                return True
            if (header := _header(lines[start])) is not None:
                aside[_ASIDE_KEY.format(len(aside))] = header
            done = _set_aside(lines, start, len(aside) - 1)
            if done is None:
                return False        # nothing left to set aside: in doubt
            if done == _LEFT_OPEN:      # the lines below meant as TOML, if they read so
                doc, error = reader.read(lines, len(lines))
                if error is None:
                    return _has_table(doc, aside)
                del lines[start:]       # else text to the end, as TOML reads it
    except _Doubt:
        return False


def _has_table(doc: dict, aside: dict) -> bool:
    """Whether `doc` has the table `tool.newslint`, or a table set aside
    that spelled `[tool]` has a key `newslint`."""
    tool = doc.get("tool")
    return isinstance(tool, dict) and "newslint" in tool or any(
        path == TABLE[:1] and isinstance(doc.get(key), dict) and "newslint" in doc[key]
        for key, path in aside.items())


def _header(line: str) -> tuple | None:
    """The key path a header line spells, as far as it reads (`[tool.newslint`,
    `[tool.newslint }`: ("tool", "newslint")), an array of tables' ending in
    -1 (its last table: `[[tool]]`'s keys are never `tool`'s); None for a
    line that is no header."""
    head = len(line) - len(line.lstrip(" \t"))
    if not line.startswith("[", head):
        return None
    many = line.startswith("[[", head)
    return _parts(line, head + 1 + many)[0] + ((-1,) if many else ())


class _Reader:
    """tomllib over the first lines of a document, counting what it costs."""

    def __init__(self):
        self.spent = 0

    def read(self, lines: list[str], count: int, extra: str = "") -> tuple[dict, int | None]:
        """(the document, None) for `lines[:count]` (and `extra` after them),
        or ({}, the 0-based line of the error: the last line that is not
        blank for one at the end of the text; the first line through which
        the text is nested too deep for Python, bisected, for a RecursionError)."""
        kind, value = self._load("\n".join(lines[:count]) + extra)
        if kind == "document":
            return value, None
        if kind == "deep":
            low, high = 0, count - 1
            while low < high:
                middle = (low + high) // 2
                if self._load("\n".join(lines[:middle + 1]))[0] == "deep":
                    high = middle
                else:
                    low = middle + 1
            return {}, low
        if (at := position(value)) is not None:
            return {}, min(at[1], count) - 1
        return {}, max((n for n in range(count) if lines[n].strip()), default=0)

    def _load(self, text: str) -> tuple[str, object]:
        """("document", what tomllib reads), ("error", its message) or
        ("deep", None); what tomllib read counted (up to its error's line)."""
        import tomllib

        if self.spent > BUDGET:
            raise _Doubt
        self.spent += 64
        try:
            document = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            at = position(str(exc))
            self.spent += len(text) if at is None else _offset(text, at[1])
            return "error", str(exc)
        except RecursionError:
            self.spent += len(text)
            return "deep", None
        self.spent += len(text)
        return "document", document


def _offset(text: str, line: int) -> int:
    """Where 1-based `line` of `text` ends."""
    at = -1
    for _ in range(line):
        at = text.find("\n", at + 1)
        if at < 0:
            return len(text)
    return at


def _broken_start(reader: _Reader, lines: list[str], error: int) -> tuple[int, tuple | None]:
    """The 0-based line where the statement holding line `error` starts,
    and the key path of the table open there (`_probe_path`): the last line
    at or before it that can open one and before which the text reads whole
    (line 0 at worst: an empty text always does). Tried first: the error's
    own line; then, the lines that may open one by the brackets and strings
    written above them (`_may_open`: a text read whole has closed them all)."""
    tried: set[int] = set()
    for start in chain((error,), _may_open(lines, error), (0,)):
        if start not in tried:
            tried.add(start)
            doc, failed = reader.read(lines, start, f"\n{_PROBE} = 0\n")
            if failed is None:
                return start, _probe_path(doc)
    return 0, None


def _may_open(lines: list[str], error: int) -> Iterator[int]:
    """The lines before `error`, last first, that open with a key or `[`
    outside every string and bracket opened above them (comments and
    strings masked: `toml_scan.masked`); worked out when first asked."""
    depth, found = 0, []
    for n, line in enumerate(masked("\n".join(lines[:error])).split("\n")):
        if depth == 0 and _OPENS.match(line):
            found.append(n)
        depth = max(0, depth + line.count("[") + line.count("{") - line.count("]") - line.count("}"))
    yield from reversed(found)


def _probe_path(node: object, path: tuple = ()) -> tuple | None:
    """The key path of the table under `node` that holds the probe key
    (list indexes for an array of tables' last table); None if none does."""
    if isinstance(node, dict):
        if _PROBE_KEY in node:
            return path
        for key, value in reversed(node.items()):       # (it is in the table written last)
            if (found := _probe_path(value, path + (key,))) is not None:
                return found
    elif isinstance(node, list) and node:
        return _probe_path(node[-1], path + (len(node) - 1,))
    return None


def _parts(text: str, at: int) -> tuple[tuple[str, ...], int]:
    """The dotted key parts written from `at` on, as far as they read (a
    bare or quoted part, dots between: `tool . "newslint" . x`), and where
    reading stopped (after blanks)."""
    parts: list[str] = []
    while (m := KEY_PART.match(text, at)) is not None and m.end() > at:
        parts.append(m[1] or m[2] or m[3] or "")
        at = m.end()
        if not text.startswith(".", at):
            break
        at += 1
    return tuple(parts), at


def _names(lines: list[str], start: int, table: tuple | None) -> bool:
    """Whether the broken statement on line `start` names `tool.newslint`:
    a header whose path opens with it, however it ends (`[tool.newslint`,
    `[tool.newslint }`: qa349 #3), or a key in the open `table` whose path
    holds it as a whole part (`newslint =` or `newslint.x` under `[tool]`,
    `tool.newslint.x =` at the root), or the key `tool` at the root, or
    `newslint` under `[tool]`, opening an inline table that holds it
    (`tool = { x = 1, newslint = `). Never `[tool.newslint-x]`,
    `[tool."newslint.cli"]`, nor the same key under another table."""
    line = lines[start]
    if (header := _header(line)) is not None:
        return header[:2] == TABLE
    if table is None:
        return False
    parts, at = _parts(line, len(line) - len(line.lstrip(" \t")))
    path = table + parts
    if path[:2] == TABLE:
        return len(path) > 2 or line.startswith("=", at)
    if path != TABLE[:len(path)] or not line.startswith("=", at):
        return False
    text = "\n".join(lines[start:])         # an inline table's arrays may run over lines
    value = _BLANKS.match(text, at + 1).end()
    return text.startswith("{", value) and any(p[:2] == TABLE for p, _ in inline_keys(text, value, path))


def _set_aside(lines: list[str], start: int, count: int) -> str | None:
    """Take the broken statement on line `start` out of `lines`: a header
    becomes one of a table no file names (`count` tells them apart), so the
    keys below it stay out of the table above; a key line is taken out,
    with the lines of each multi-line string it opens and closes (text).
    _LEFT_OPEN when it opens one it never closes: that takes no line more,
    for the caller to read the lines below as TOML, or as the string's text
    when they are no TOML either (in doubt). None when there is nothing to
    take out (a blank line, a header set aside already)."""
    line = lines[start]
    if not line.strip() or line.startswith(_SET_ASIDE[:12]):
        return None
    if _header(line) is not None:
        lines[start] = _SET_ASIDE.format(count)
        if start and lines[start - 1].startswith(_SET_ASIDE[:12]):
            del lines[start - 1]        # one set aside just above, with no key under it: not read again
        return _TAKEN
    text = "\n".join(lines[start:])
    end, done = len(line), _TAKEN
    for s in spans(text):
        if s.start >= end:
            break
        if s.body - s.start == 3 and s.end == s.body_end == len(text):    # never closed
            done = _LEFT_OPEN
        elif s.end > end and s.end > s.body_end:      # a multi-line string closed on a later line
            end = text.find("\n", s.end)
            end = len(text) if end < 0 else end
    del lines[start:start + text.count("\n", 0, end) + 1]      # (not blanked: tomllib would read them again)
    return done
