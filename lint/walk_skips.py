"""The folders no folder walk enters, whatever the site: version control,
dependencies, caches and every hidden folder (`.github`, `.vscode`).

One definition for the walk (`files.trim` drops them from each folder's
list, without a word) and for `--force-exclude` (`sites.holder`, so the
pre-commit hooks and the language server): a path named below such a folder
is left out as `check .` leaves it out (nu71 #3: a staged
`.github/ISSUE_TEMPLATE/correction.md` failed the hook with findings the
CI's walk never reported). A file whose own name is hidden is walked, so it
is linted when named too.
"""
from __future__ import annotations

import os
from typing import NamedTuple

# folder name -> what it holds (said in `WalkLeftOut.line`)
SKIP_DIRS = {".git": "version control", ".hg": "version control", ".svn": "version control",
             "node_modules": "npm packages", "__pycache__": "Python's cache",
             ".venv": "a Python environment", "venv": "a Python environment", ".tox": "tox's environments"}
HIDDEN = "a hidden folder"
# what marks a repository's root (`project_root`), besides its configs
REPO_MARKERS = (".git", ".github")


def skipped_dir(name: str) -> str | None:
    """What the folder `name` (one path part) holds when no walk enters it
    (`SKIP_DIRS`, or `HIDDEN` for a name starting with "."), else None.
    "." and ".." are no folder's own name."""
    if name in (os.curdir, os.pardir):
        return None
    return SKIP_DIRS.get(name) or (HIDDEN if name.startswith(".") else None)


class WalkLeftOut(NamedTuple):
    """A path named on the command line (or stdin's name) that lies in a
    folder no walk enters (`folder`, ending in a separator), left out by
    `--force-exclude`; `holds` is `skipped_dir`'s word for it."""
    path: str
    folder: str
    holds: str
    named: bool = True

    def line(self, shown: str | None = None) -> str:
        """e.g. `skipped .github/x.md (in .github/, a hidden folder, which a
        folder walk does not enter; drop --force-exclude to lint it)`."""
        from .readers._own_reports import WALK_FOLDER

        return WALK_FOLDER.format(path=shown or self.path, folder=self.folder, holds=self.holds)


def walk_holder(path: str, top: str | None = None) -> WalkLeftOut | None:
    """The folder no walk enters that `path` (named; it need not exist) is or
    lies in, counting only the folders below `top` (the project root,
    `project_root`; default the current folder, which `check .` walks; for a
    path outside it, the path's own folder: nothing), as a walk of `top`
    would meet them; else None. Both are compared with symlinks resolved, so
    a checkout reached through a link counts as its real folder (qa394 #2).
    The path itself counts only when it is a folder: a walk lints a hidden file."""
    try:
        here, top = os.path.realpath(path), os.path.realpath(top or os.getcwd())
    except (OSError, ValueError):   # a deleted current folder (a language server's), a NUL
        return None
    rel = os.path.relpath(here, top) if os.path.splitdrive(here)[0] == os.path.splitdrive(top)[0] else os.pardir
    if rel == os.pardir or rel.startswith(os.pardir + os.sep) or rel == os.curdir:
        return None
    parts = rel.split(os.sep)
    last = len(parts) if os.path.isdir(here) else len(parts) - 1
    for i, name in enumerate(parts[:last]):
        if (holds := skipped_dir(name)) is not None:
            return WalkLeftOut(path, os.path.join(*parts[:i + 1], ""), holds)
    return None


def project_root(path: str, marked, within: str | None = None) -> str | None:
    """The root of the project `path` (named; it need not exist) belongs to,
    symlinks resolved: the nearest folder at or above its own that
    `marked(folder)` says holds a marker (its config, a generator's config:
    `sites.holder` knows them), a `.git` or a `.github` (GitHub reads both only
    at a repository's root); one inside a dependency or version-control folder
    (`SKIP_DIRS`: a package in node_modules ships its .github) is passed
    over. Never above `within` (a language server's workspace folder holding
    the file; returned when nothing below it is marked). None when no folder
    is marked: the caller counts from the current folder. Only folders below
    the root count (qa394 #1: a repo kept in ~/.work, linted from ~ or /)."""
    try:
        folder = os.path.dirname(os.path.realpath(path))
        stop = os.path.realpath(within) if within else None
    except (OSError, ValueError):     # a NUL in an editor's URI (%00)
        return None
    found = None
    while True:
        if found is None and (marked(folder) or any(os.path.lexists(os.path.join(folder, m))
                                                    for m in REPO_MARKERS)):
            found = folder
        if folder == stop:
            return found or stop
        parent, name = os.path.split(folder)
        if name in SKIP_DIRS:          # the marker found is a dependency's own
            found = None
        if parent == folder:
            return found
        folder = parent


def holding_folder(path: str, folders: list[str]) -> str | None:
    """The deepest of `folders` (a language server's workspace folders) that
    `path` is in, symlinks resolved; None when it is in none of them."""
    try:
        here, folders = os.path.realpath(path), [os.path.realpath(f) for f in folders]
    except (OSError, ValueError):     # a NUL in an editor's URI (%00)
        return None
    inside = [f for f in folders if here == f or here.startswith(f.rstrip(os.sep) + os.sep)]
    return max(inside, key=len, default=None)
