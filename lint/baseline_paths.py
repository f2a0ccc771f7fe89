"""How a baseline names a file: its path relative to the baseline's
folder, with the symlinks of both folders resolved, so the same file has
one key however the path to it is spelled (a checkout reached through a
symlinked folder, macOS's /var for /private/var; qa84 #1). A baseline
written before that (no `paths_resolved` in it) holds keys as spelled;
`resolver` turns each into today's key when it is read."""
from __future__ import annotations

import os
from typing import Callable


def key_path(path: str, base_dir: str, cwd: str | None = None) -> str:
    """`path` (relative to `cwd`, else the current folder) relative to
    `base_dir`, both with their folders' symlinks resolved (`_real_dir`),
    so one file has one key however the path to it is spelled: through a
    symlinked checkout, macOS's /var for /private/var (qa84 #1). A `..`
    is read after the links before it, as the system reads it: `link/../a.md`
    is the file beside the link's target, not beside the link (qa87 #7)."""
    whole = os.path.join(cwd or os.getcwd(), path)
    return os.path.relpath(_real_dir(whole), _real_dir(base_dir, True)).replace(os.sep, "/")


def spelled_path(path: str, base_dir: str, cwd: str | None = None) -> str:
    """`path` relative to `base_dir` as named, no symlink resolved: the key a
    baseline written before qa84 #1 (no `paths_resolved`) gave the file."""
    whole = os.path.normpath(os.path.join(cwd, path)) if cwd else os.path.abspath(path)
    return os.path.relpath(whole, base_dir).replace(os.sep, "/")


def resolver(folder: str) -> Callable[[str], str]:
    """A function turning a record's key from a baseline written before keys
    were resolved (no `paths_resolved`; qa84 #1), relative to `folder` (the
    baseline's folder as named now), into the key `key_path` gives the same
    file. Each folder is resolved once (a dict), not once a record: an older
    baseline of 100,000 records loads as fast as before (qa87 #14). A key
    no path can hold (a NUL in it) or on another drive is kept as it is:
    it matches no file either way (qa87 #10)."""
    real_base = os.path.realpath(folder)
    heads: dict[str, str | None] = {}       # a key's folder as written -> today's, "" for the base

    def resolve(key: str) -> str:
        head, slash, name = key.rpartition("/")
        head = head or slash                        # '/a.md': the root's
        if name in ("", os.curdir, os.pardir):      # no file's own name: resolved whole
            head, name = key, ""
        if head not in heads:
            try:
                # main wrote keys from the folder as named, '..' read lexically: so here
                real = os.path.realpath(os.path.normpath(os.path.join(folder, head)))
                heads[head] = os.path.relpath(real, real_base).replace(os.sep, "/")
            except ValueError:     # an embedded NUL; another drive (Windows)
                heads[head] = None
        rel = heads[head]
        if rel is None:
            return key
        return name if rel == "." else f"{rel}/{name}" if name else rel
    return resolve


def _real_dir(path: str, folder: bool = False) -> str:
    """`path` (absolute) with the symlinks of its folder resolved; its last
    name is kept as it is unless `folder`, so a file that is itself a
    symlink (or a dangling one) is keyed by its own name, not its target's."""
    if folder:
        return os.path.realpath(path)
    head, name = os.path.split(path)
    if name in ("", os.curdir, os.pardir):      # no file's own name: the folder it names
        return os.path.realpath(path)
    return os.path.join(os.path.realpath(head), name)


def nothing_there(path: str) -> bool:
    """Whether no file is at `path` as `check` reads it: nothing at all, or
    a symlink whose target is gone (`file.missing`, "broken symlink"), whose
    records are gone with the file (qa413 #2). A path a stat cannot reach
    for another reason (a folder without search permission) is still there."""
    return not os.path.lexists(path) or os.path.islink(path) and not os.path.exists(path)


def missing_under(path: str, folders: list[str]) -> str | None:
    """`path` (absolute) when no file is there and it lies inside one of
    `folders` (absolute), else None."""
    path = os.path.normpath(path)
    if "\0" in path or not nothing_there(path):     # a NUL: a damaged record, no file's (qa87 #10)
        return None
    real = os.path.realpath(path)       # the walked folders are resolved too
    for folder in folders:
        try:
            if os.path.commonpath([folder, real]) == folder:
                return path
        except ValueError:      # another drive (Windows)
            continue
    return None
