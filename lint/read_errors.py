"""Why a file newslint was told to read could not be read, in words a user can
act on: a broken symlink names its target, a symlink loop its links.

Imports nothing of newslint's but `regular_files` (which imports none), so the
loaders (`ruleset`) can use it."""
from __future__ import annotations

import errno
import os

from .regular_files import broken_link

_STEPS = 8       # links of a loop shown before "…"


def unread(path: str, exc: OSError, shown: str) -> str:
    """The reason `exc` (raised opening `path`, written `shown` in messages)
    gives, a link's fault named: "broken symlink: its target 'x.yaml' does not
    exist", "a symlink loop: h/a.yaml -> 'b.yaml' -> 'a.yaml'", else the
    system's words ("Permission denied"). qa84 #12."""
    if exc.errno == errno.ELOOP:
        return f"a symlink loop: {loop(path, shown)}"
    if exc.errno == errno.ENOENT and (said := broken_link(path)) is not None:
        return said      # else not a link: the file went away
    return exc.strerror or str(exc)


def loop(path: str, shown: str) -> str:
    """The links of the loop `path` opens, each target as written, from
    `shown`: `h/a.yaml -> 'b.yaml' -> 'a.yaml'`; "…" after the first
    `_STEPS`, or where a step is not a link (the loop runs through a linked
    folder, whose links are not followed here)."""
    at, seen, steps = os.path.abspath(path), set(), [shown]
    while at not in seen and len(steps) < _STEPS:
        seen.add(at)
        try:
            target = os.readlink(at)
        except (OSError, ValueError):
            return " -> ".join(steps + ["…"])
        steps.append(repr(target))
        at = os.path.normpath(os.path.join(os.path.dirname(at), target))
    return " -> ".join(steps + ([] if at in seen else ["…"]))
