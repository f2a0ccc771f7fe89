"""Rule kinds, discovered from the modules in this package.

Each module defines `KIND`, a `Kind` subclass; its name is the module name
with dashes (`weekday_mismatch.py` -> `weekday-mismatch`). There is no list to
keep in sync: adding a kind is adding a module.
"""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from .base import Finding, Kind, Option, OptionError

__all__ = ["Finding", "Kind", "Option", "OptionError", "registry"]


@lru_cache(maxsize=None)
def registry() -> dict[str, type[Kind]]:
    kinds: dict[str, type[Kind]] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_") or info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        kind = getattr(module, "KIND", None)
        if kind is not None:
            kinds[kind.name or info.name.replace("_", "-")] = kind
    return kinds
