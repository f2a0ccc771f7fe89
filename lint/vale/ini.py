"""Read a Vale configuration file (`.vale.ini`, `_vale.ini`, `.vale`, `_vale`).

Vale reads its config with go-ini: `key = value` lines, `[section]` headers,
`#`/`;` comments at the start of a line (and after a space, inline), a key
given twice keeps both values ("shadows"), and list keys are comma-separated.
This module only parses; `config.py` gives the keys their meaning.
"""
from __future__ import annotations

from dataclasses import dataclass, field

GLOBAL = ""   # the name of the unnamed section before the first header


class IniError(ValueError):
    """A line that is neither a key, a section header nor a comment."""

    def __init__(self, path: str, line: int, message: str):
        super().__init__(f"{path}:{line}: {message}")


@dataclass
class Section:
    """One `[name]` block of the file `path`: keys in order, each with every value
    given (shadows) and where each value starts (`spots`: file, line, column)."""

    name: str
    line: int
    values: dict[str, list[str]] = field(default_factory=dict)
    path: str = ""
    spots: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)
    keys: dict[str, tuple[str, int, int]] = field(default_factory=dict)   # where a key is last written

    def add(self, key: str, value: str, spot: tuple[str, int, int] | None = None,
            key_spot: tuple[str, int, int] | None = None) -> None:
        self.values.setdefault(key, []).append(value)
        self.spots.setdefault(key, []).append(spot)
        if key_spot is not None:
            self.keys[key] = key_spot

    def key_where(self, key: str, default: str) -> str:
        """`file:line:column` of the key itself (its last writing), else `default`."""
        spot = self.keys.get(key)
        return f"{spot[0]}:{spot[1]}:{spot[2]}" if spot else default

    def take(self, other: "Section", key: str, extend: bool) -> None:
        """Another file's values of `key` (a package's, say): added to ours, or instead."""
        if not extend:
            self.values[key], self.spots[key] = [], []
        self.values.setdefault(key, []).extend(other.values[key])
        spots = other.spots.get(key) or [None] * len(other.values[key])
        self.spots.setdefault(key, []).extend(spots)
        if key in other.keys:
            self.keys[key] = other.keys[key]

    def spot(self, key: str, index: int = -1) -> tuple[str, int, int] | None:
        """(file, line, column) of a value of `key` (the last by default), or None."""
        spots = self.spots.get(key)
        return spots[index] if spots else None

    def where(self, key: str, default: str, index: int = -1) -> str:
        """`file:line:column` of a value of `key` (the last by default), else `default`."""
        spot = self.spot(key, index)
        return f"{spot[0]}:{spot[1]}:{spot[2]}" if spot else default

    def get(self, key: str) -> str | None:
        vals = self.values.get(key)
        return vals[-1] if vals else None

    def items(self):
        for key, vals in self.values.items():
            yield key, vals


def split_list(values: list[str]) -> list[str]:
    """Comma-separated values of every shadow, trimmed, de-duplicated, in order."""
    out: list[str] = []
    for value in values:
        for item in value.split(","):
            item = item.strip()
            if item and item not in out:
                out.append(item)
    return out


def split_items(value: str) -> list[tuple[str, int]]:
    """Each comma-separated item of one value, trimmed, with its offset in `value`."""
    out, start = [], 0
    for item in value.split(","):
        if item.strip():
            out.append((item.strip(), start + len(item) - len(item.lstrip())))
        start += len(item) + 1
    return out


def _strip_comment(value: str) -> str:
    """go-ini with SpaceBeforeInlineComment: ` #` or ` ;` starts a comment."""
    for i, ch in enumerate(value):
        if ch in "#;" and i > 0 and value[i - 1] in " \t":
            return value[:i].rstrip()
    return value


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'`":
        return value[1:-1]
    return value


def parse(text: str, path: str = "<config>") -> list[Section]:
    """Sections in file order; the first is the unnamed global one.

    A section named twice is merged into its first occurrence, as go-ini does.
    """
    sections = [Section(GLOBAL, 0, path=path)]
    by_name = {GLOBAL: sections[0]}
    current = sections[0]
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip().lstrip("\ufeff")
        if not line or line[0] in "#;":
            continue
        if line.startswith("["):
            close = line.rfind("]")
            if close < 1:
                raise IniError(path, number, f"unclosed section header {line!r}")
            name = line[1:close].strip()
            current = by_name.get(name)
            if current is None:
                current = by_name[name] = Section(name, number, path=path)
                sections.append(current)
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise IniError(path, number, f"expected 'key = value', got {line!r}")
        key = key.strip()
        if not key:
            raise IniError(path, number, "a key is missing before '='")
        column = raw.index("=") + 2 + len(value) - len(value.lstrip())
        current.add(key, _unquote(_strip_comment(value.strip())), (path, number, column),
                    (path, number, raw.index(key) + 1))
    return sections
