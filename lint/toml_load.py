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
from typing import TYPE_CHECKING

from .safeload import MAX_DEPTH, MAX_NODES, LoadError
from .toml_repeats import at_end, position, repeat

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
        if (at := position(str(exc)) or at_end(text, str(exc), "the file")) is not None:
            raise LoadError(f"invalid TOML: {at[0]}", at[1], None, at[2]) from None
        raise LoadError(f"invalid TOML: {exc}") from None
    except RecursionError:
        raise LoadError(f"invalid TOML: nested more than {MAX_DEPTH} deep") from None
    problem = check_depth(data)
    if problem:
        raise LoadError(f"invalid TOML: {problem}")
    return data


_HEADER = re.compile(r"""[ \t]*\[\[?([^\]\r\n]*)\]""")
_PART = re.compile(r"""[ \t]*(?:([A-Za-z0-9_-]+)|"([^"\\\r\n]*)"|'([^'\r\n]*)')[ \t]*""")
_PAIR = re.compile(r"""[ \t]*(?:[A-Za-z0-9_-]+|"[^"\\\r\n]*"|'[^'\r\n]*')[ \t]*=""")


def table_marks(text: str, table: tuple[str, ...]) -> "Marks":
    """Where each key of `table` (("tool", "newslint")) and of its sub-tables
    is set, as `Marks` (1-based line and column of the key): tomllib keeps no
    positions, so a wrong value in pyproject.toml's [tool.newslint] was named
    by its key alone (`select: no rule or pack 'datez'`), never its line, as a
    YAML config's is. Read from the `key =` lines under each `[header]`; a
    dotted key or a line inside a multi-line string is not marked (the error
    then falls back to its table's line, or to the file)."""
    from .marks import Marks

    marks, inside = Marks(), None
    for n, line in enumerate(text.replace("\r\n", "\n").split("\n"), 1):
        if (h := _HEADER.match(line)) is not None:
            name = _dotted(h[1])
            inside = name[len(table):] if name is not None and name[:len(table)] == table else None
            if inside:
                marks.spots.setdefault(inside, (n, h.start(1) + 1))
            continue
        if inside is not None and _PAIR.match(line):
            part = _PART.match(line)
            key = part[1] or part[2] or part[3] or ""
            marks.spots.setdefault(inside + (key,), (n, part.start(next(
                i for i in (1, 2, 3) if part.start(i) != -1)) + 1 - (part[1] is None)))
    return marks


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
