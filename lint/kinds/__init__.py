"""Rule kinds, discovered from the modules in this package.

Each module defines `KIND`, a `Kind` subclass; its name is the module name
with dashes (`weekday_mismatch.py` -> `weekday-mismatch`). There is no list to
keep in sync: adding a kind is adding a module. A kind's module is imported
the first time a rule asks for that kind, so a run never loads the kinds
(and their word lists and analyses) that none of its rules use.
"""
from __future__ import annotations

import importlib
from collections.abc import Iterator, MutableMapping
from functools import lru_cache

from ..submodules import public
from .base import Finding, Kind, Option, OptionError

__all__ = ["Finding", "Kind", "Option", "OptionError", "registry"]


class KindRegistry(MutableMapping):
    """Kind name -> `Kind` class: every module of this package, imported on
    first use. Kinds added at run time (tests, plug-ins) are kept as given."""

    def __init__(self, modules: list[str]):
        self._modules = {m.replace("_", "-"): m for m in modules}
        self._kinds: dict[str, type[Kind]] = {}

    def __getitem__(self, name: str) -> type[Kind]:
        kind = self._kinds.get(name)
        if kind is None:
            module = self._modules[name]
            kind = getattr(importlib.import_module(f"{__name__}.{module}"), "KIND", None)
            if kind is None or (kind.name or name) != name:
                raise KeyError(name)
            self._kinds[name] = kind
        return kind

    def __setitem__(self, name: str, kind: type[Kind]) -> None:
        self._kinds[name] = kind

    def __delitem__(self, name: str) -> None:
        if name not in self._kinds and name not in self._modules:
            raise KeyError(name)
        self._kinds.pop(name, None)
        self._modules.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys([*self._modules, *self._kinds]))

    def __len__(self) -> int:
        return len(set(self._modules) | set(self._kinds))


@lru_cache(maxsize=None)
def registry() -> KindRegistry:
    return KindRegistry([name for name in public(__path__) if name != "base"])
