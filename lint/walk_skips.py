"""The folders no folder walk enters, whatever the site: version control,
dependencies, caches and every hidden folder (`.github`, `.vscode`).

`files.trim` drops them from each folder's list, without a word. A file
whose own name is hidden is walked. `walk_holder` answers the same question
for a named path; `--force-exclude` does not ask it yet: anchoring it on the
current folder lost an editor's stories (qa394 #1) and anchoring it on the
project root lost symlinked and home-configured ones (qa398 #1, #2), so
nu71 #3 (a staged `.github` file the walk never lints) is open again.
"""
from __future__ import annotations

import os
from typing import NamedTuple

# folder name -> what it holds (said in `WalkLeftOut.line`)
SKIP_DIRS = {".git": "version control", ".hg": "version control", ".svn": "version control",
             "node_modules": "npm packages", "__pycache__": "Python's cache",
             ".venv": "a Python environment", "venv": "a Python environment", ".tox": "tox's environments"}
HIDDEN = "a hidden folder"


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
    lies in, counting only the folders below `top` (default the current
    folder, which `check .` walks; for a path outside it, the path's own
    folder: nothing), as a walk of `top` would meet them; else None. The path
    itself counts only when it is a folder: a walk lints a hidden file."""
    here = os.path.abspath(path)
    top = os.path.abspath(top or os.getcwd())
    rel = os.path.relpath(here, top) if os.path.splitdrive(here)[0] == os.path.splitdrive(top)[0] else os.pardir
    if rel == os.pardir or rel.startswith(os.pardir + os.sep) or rel == os.curdir:
        return None
    parts = rel.split(os.sep)
    last = len(parts) if os.path.isdir(here) else len(parts) - 1
    for i, name in enumerate(parts[:last]):
        if (holds := skipped_dir(name)) is not None:
            return WalkLeftOut(path, os.path.join(*parts[:i + 1], ""), holds)
    return None
