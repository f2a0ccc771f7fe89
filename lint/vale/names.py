"""Vale's config file names and how one is found, apart from the rest of the
Vale support: config discovery looks for them beside every linted file, and
must not load the config reader (`config`) until one is there."""
from __future__ import annotations

import os

CONFIG_NAMES = (".vale.ini", "_vale.ini", ".vale", "_vale")


def find_in(directory: str) -> str | None:
    """A Vale config file directly in `directory`, in Vale's order of names."""
    for name in CONFIG_NAMES:
        candidate = os.path.join(directory, name)
        if os.path.isfile(candidate):
            return candidate
    return None
