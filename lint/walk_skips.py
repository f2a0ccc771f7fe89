"""The folders no folder walk enters, whatever the site: version control,
dependencies, caches and every hidden folder (`.github`, `.vscode`).

`files.trim` drops them from each folder's list, without a word. A file
whose own name is hidden is walked. A file named on the command line is
linted wherever it lies, even under `--force-exclude`: anchoring the question
on the current folder lost an editor's stories (qa394 #1) and anchoring it on
the project root lost symlinked and home-configured ones (qa398 #1, #2), so
nu71 #3 (a staged `.github` file the walk never lints) is open.
"""
from __future__ import annotations

import os

# folder name -> what it holds
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
