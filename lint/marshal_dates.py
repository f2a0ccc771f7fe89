"""marshal for parsed YAML that may hold dates, as the rule-set cache keeps it.

YAML gives dates (an example's `published: 2024-05-20`), which marshal cannot
keep: such content is stored with None in each date's place and a list of
where the dates go (a path of keys and indexes, the type, the ISO text),
after `PREFIX`, so a load puts back a few dates instead of walking the whole
rule again (that walk was 8% of loading the cached rule set). A date as a
mapping key is not kept (ValueError, as marshal's own refusal).
"""
from __future__ import annotations

import datetime as dt
import marshal

PREFIX = b"dates:"


def dumps(content) -> bytes:
    """`content` as bytes `loads` reads back. ValueError for what neither
    marshal nor the date list can keep."""
    try:
        return marshal.dumps(content)
    except ValueError:
        found: list = []
        return PREFIX + marshal.dumps((_find_dates(content, (), found), found))


def loads(blob: bytes):
    """What `dumps` was given. EOFError, ValueError or TypeError for broken
    bytes; IndexError or KeyError for a date's path that leads nowhere."""
    if blob.startswith(PREFIX):
        return _place_dates(*marshal.loads(blob[len(PREFIX):]))
    return marshal.loads(blob)


def _find_dates(value, path: tuple, found: list):
    """`value` with None for each date, recording (path, type name, ISO text) in
    `found`. ValueError for a date used as a mapping key."""
    if isinstance(value, dict):
        if any(isinstance(k, dt.date) for k in value):
            raise ValueError("a date as a mapping key")
        return {k: _find_dates(v, path + (k,), found) for k, v in value.items()}
    if isinstance(value, list):
        return [_find_dates(v, path + (i,), found) for i, v in enumerate(value)]
    if isinstance(value, dt.date):          # a datetime is one too
        found.append((path, type(value).__name__, value.isoformat()))
        return None
    return value


def _place_dates(value, found: list):
    """Undo `_find_dates` (in place, on a freshly unmarshalled `value`)."""
    for path, kind, iso in found:
        date = (dt.datetime if kind == "datetime" else dt.date).fromisoformat(iso)
        if not path:
            return date
        target = value
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = date
    return value
