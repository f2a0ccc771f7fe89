"""The server's settings: from `initializationOptions`, then the client's
`workspace/configuration` section `newslint` (which wins when it answers).

Keys (camelCase and kebab-case both accepted, as editors write either):

- `select`, `ignore`: rule ids or packs, a list or a comma-separated string,
  as `newslint check --select/--ignore` (select replaces the config's,
  ignore adds to it);
- `published`: the publication date, `YYYY-MM-DD`, as `--published`;
- `liveLimit`: documents larger than this many characters are linted when
  opened and saved, not as you type (default 1,000,000; 0 means never skip);
- `debounce`: milliseconds to wait after a change before linting, at most
  60,000 (default: none for a document that lints in under 50 ms; else as
  long as its last lint took, at most 500 ms).

Numbers must be finite: `1e400`, which JSON allows and reads as infinity,
is a bad value.

A bad value is reported (one line naming the key, told once and shown as a
`config-error` warning at the top of each document) and left out; the rest
still applies.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..config import ConfigError, parse_date_option
from ..value_words import shown

LIVE_LIMIT = 1_000_000
MAX_DEBOUNCE_MS = 60_000        # a longer wait after a change is no debounce: the document is never linted
SECTION = "newslint"


@dataclass(frozen=True)
class Settings:
    cli: dict = field(default_factory=dict)      # as `Session(cli=...)` takes it
    live_limit: int = LIVE_LIMIT
    debounce: float | None = None                # seconds; None: adaptive


def _get(data: dict, key: str):
    kebab = "".join("-" + c.lower() if c.isupper() else c for c in key)
    return data.get(key, data.get(kebab))


def _ids(key: str, value, errors: list[str]) -> list[str] | None:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        errors.append(f"settings: {key}: must be a list of rule ids or packs, not {value!r}")
        return None
    return [v for chunk in value for v in chunk.replace(",", " ").split() if v]


def _number(key: str, value, errors: list[str], most: float | None = None,
            whole: bool = False) -> float | None:
    """`value` when it is a finite number from 0 to `most` (None: no top),
    and a whole one when `whole` (a count: 0.5 is refused, not cut to 0);
    else None, and one line in `errors`. JSON's 1e400 reads as infinity, which
    `int()` refuses and `asyncio.sleep` never ends (qa123 #7); NaN compares
    false with everything; JSON's integers have no top, and only a float is
    asked whether it is finite (a huge int would not convert, qa132 #1)."""
    number = not isinstance(value, bool) and isinstance(value, (int, float))
    if not number or isinstance(value, float) and (not math.isfinite(value) or whole and not value.is_integer()) \
            or value < 0 or (most is not None and value > most):
        top = "0 or more" if most is None else f"from 0 to {most:,}"
        kind = "a whole number" if whole else "a number"
        errors.append(f"settings: {key}: must be {kind} {top}, not {shown(value)}")
        return None
    return value


def section(data) -> dict:
    """The `newslint` settings in what a client sent: the object itself, or
    its `newslint` member when it nests them there; {} for anything else."""
    if not isinstance(data, dict):
        return {}
    return data[SECTION] if isinstance(data.get(SECTION), dict) else data


def parse(data) -> tuple[Settings, list[str]]:
    """(settings, one line per bad value). `data` is the JSON object the
    client sent (anything else counts as empty)."""
    errors: list[str] = []
    if not isinstance(data, dict):
        return Settings(), ([] if data is None else ["settings: must be an object"])
    data = section(data)
    cli: dict = {}
    for key in ("select", "ignore"):
        value = _get(data, key)
        ids = None if value is None else _ids(key, value, errors)
        if ids is not None:
            cli[key] = ids
    published = _get(data, "published")
    if published:
        try:
            cli["published"] = parse_date_option(published, "settings")
        except ConfigError as exc:
            errors.append(str(exc))
    limit = _get(data, "liveLimit")
    limit = LIVE_LIMIT if limit is None else _number("liveLimit", limit, errors, whole=True)
    debounce = _get(data, "debounce")
    debounce = None if debounce is None else _number("debounce", debounce, errors, MAX_DEBOUNCE_MS)
    return Settings(cli, LIVE_LIMIT if limit is None else int(limit),
                    None if debounce is None else debounce / 1000), errors
