"""How a baseline names a file: its path relative to the baseline's
folder, with the symlinks of both folders resolved, so the same file has
one key however the path to it is spelled (a checkout reached through a
symlinked folder, macOS's /var for /private/var; qa84 #1). A baseline
written before that (no `paths_resolved` in it) holds keys as spelled;
`resolved` turns each into today's key when it is read."""
from __future__ import annotations

import os


def key_path(path: str, base_dir: str, cwd: str | None = None) -> str:
    """`path` (relative to `cwd`, else the current folder) relative to
    `base_dir`, both with their folders' symlinks resolved (`_real_dir`),
    so one file has one key however the path to it is spelled: through a
    symlinked checkout, macOS's /var for /private/var (qa84 #1)."""
    whole = os.path.normpath(os.path.join(cwd, path)) if cwd else os.path.abspath(path)
    return os.path.relpath(_real_dir(whole), _real_dir(base_dir, True)).replace(os.sep, "/")


def resolved(key: str, folder: str) -> str:
    """A record's `key` from a baseline written before keys were resolved
    (no `paths_resolved`; qa84 #1), relative to `folder` (the baseline's
    folder as named now): the key `key_path` gives the same file."""
    return key_path(key, folder, folder)


def _real_dir(path: str, folder: bool = False) -> str:
    """`path` (absolute) with the symlinks of its folder resolved; its last
    name is kept as it is unless `folder`, so a file that is itself a
    symlink (or a dangling one) is keyed by its own name, not its target's."""
    if folder:
        return os.path.realpath(path)
    head, name = os.path.split(path)
    return os.path.join(os.path.realpath(head), name)
