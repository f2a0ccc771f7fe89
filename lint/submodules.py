"""The modules of a package, listed without importing them or `pkgutil`.

Kinds and output formats are found by module name (a kind or format is a
module, flake8-style). `pkgutil.iter_modules` answers that, but importing it
(and `importlib.util` with it) was about 1 ms of every one-article start, so
a package that is a plain folder is read with `os.scandir`; anything else (a
zip archive) still asks `pkgutil`.
"""
from __future__ import annotations

import os
from typing import Iterable


def public(path: Iterable[str]) -> list[str]:
    """Sorted names of the modules in a package's `__path__`: `NAME.py` files and
    folders holding an `__init__.py`, as `pkgutil.iter_modules` lists them for a
    folder of sources, leaving out names that start with `_`."""
    path = list(path)
    found = set()
    for folder in path:
        try:
            entries = list(os.scandir(folder))
        except OSError:    # not a folder: a zip archive or another importer's path
            import pkgutil

            return sorted(info.name for info in pkgutil.iter_modules(path)
                          if not info.name.startswith("_"))
        for entry in entries:
            stem, dot, suffix = entry.name.partition(".")
            if stem.startswith("_") or not stem.isidentifier():
                continue
            if dot and suffix == "py" and entry.is_file():
                found.add(stem)
            elif not dot and entry.is_dir() and os.path.isfile(os.path.join(entry.path, "__init__.py")):
                found.add(stem)
    return sorted(found)
