"""Tables built from a data file that say, in one line, why a file cannot
serve: the file unreadable, YAML unable to parse it, a list missing or
misshapen. A rule reading such a table would otherwise fail as an internal
error of each rule that reads it, in PyYAML's several lines or a bare
KeyError, never naming the file (qa167 #3).
"""
from __future__ import annotations

import os
import sys

from . import rule_cache
from .data_errors import data_error
from .rule_cache import load_data

__all__ = ["DataFileError", "load_table", "word_list"]


class DataFileError(ValueError):
    """A data file that cannot serve, as its one line (`data_errors.data_error`:
    `path[:line:column]: problem`). The engine reports the line as it is,
    once for the run, never as each rule's internal error."""


def load_table(name: str, build):
    """`load_data(name, build)` (a data file's name or an absolute path, and
    what to build from its parsed content). The file unreadable, YAML unable
    to parse it, or `build` refusing it (ValueError, as `word_list` raises)
    is raised as DataFileError naming the file."""
    try:
        return load_data(name, build)
    except DataFileError:
        raise
    except Exception as exc:          # yaml itself is not imported when the cache holds the file
        yaml = sys.modules.get("yaml")
        if not (isinstance(exc, (OSError, ValueError)) or yaml and isinstance(exc, yaml.YAMLError)):
            raise
        path = name if os.path.isabs(name) else os.path.join(rule_cache.DATA_FOLDER, name)
        raise DataFileError(data_error(path, exc)) from None


def word_list(data, key: str, within: str = "") -> tuple[str, ...]:
    """The words of the list `data[key]` (a parsed YAML mapping), in the
    file's order. ValueError, naming the key (`within` a parent key:
    "cues.before"), when `data` is no mapping, the key is missing, its value
    is no list (a single word where a list belongs is refused, never read
    letter by letter: qa167 #4), or an item is no string (YAML reads `NO`
    as false and `1` as a number: quote it)."""
    name = f"{within}.{key}" if within else key
    if not isinstance(data, dict) or key not in data:
        raise ValueError(f"no list `{name}`")
    words = data[key]
    if not isinstance(words, list):
        raise ValueError(f"`{name}` is {_short(words)}, not a list of words ([a, b, …])")
    for w in words:
        if not isinstance(w, str):
            raise ValueError(f"`{name}` holds {_short(w)}, no word (quote it)")
    return tuple(words)


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"
