"""Vale's config file names and how one is found, apart from the rest of the
Vale support: config discovery looks for them beside every linted file, and
must not load the config reader (`config`) until one is there."""
from __future__ import annotations

import os

from ..regular_files import present

CONFIG_NAMES = (".vale.ini", "_vale.ini", ".vale", "_vale")


def find_in(directory: str) -> str | None:
    """A Vale config file directly in `directory`, in Vale's order of names:
    anything there but a folder (`.vale/` holds styles), so a FIFO is found
    and its loading names it (`regular_files.present`)."""
    for name in CONFIG_NAMES:
        candidate = os.path.join(directory, name)
        if present(candidate):
            return candidate
    return None
