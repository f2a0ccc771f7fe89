"""The path form a walk gives its files: relative paths with no `./` in front.

`check .` walked `.` and named each file `./_posts/x.md`; the github and vale
formats printed `_posts/x.md` (nu58 #5). Every format now prints the plain
form, as ruff does; a baseline keys its files relative to its own folder,
resolved (`baseline_paths`), so the two spellings match the same records.
"""
from __future__ import annotations

import os

_DOT = ("./", "." + os.sep)


def plain(path: str) -> str:
    """`path` without its leading `./` (`./_posts/x.md` -> `_posts/x.md`,
    `./` -> `.`); `.` itself, `../x`, `.x` and an absolute path as given."""
    while path.startswith(_DOT):
        path = path[2:].lstrip("/" + os.sep) or "."
    return path


def join(root: str, name: str) -> str:
    """`name` in the walked folder `root`, in the `plain` form."""
    return plain(os.path.join(root, name))
