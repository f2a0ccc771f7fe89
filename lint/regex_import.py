"""`regex` imported without inverting its property table, which only its DEBUG printout reads.

As `regex._regex_core` is imported, it inverts the C engine's table of
Unicode properties (`_regex.get_properties()`: 185 properties, 5,260
values) into `PROPERTY_NAMES`, one `max(..., key=len)` call a value: about
30M instructions, 5% of a one-article `check` (callgrind), for a table that
only `Property.dump` reads, when a pattern is compiled with `regex.DEBUG`.

`load()` imports `regex` with that loop given nothing to iterate (the
engine's table, as the module first sees it, lists no items), then hands
the module the engine's own table back, and a `PROPERTY_NAMES` that builds
itself, by the same loop, the first time it is read. Every other use of the
table looks a property up by name (`PROPERTIES.get`), which works the same
throughout, so every pattern compiles as before. When `regex` is imported
already or is not laid out as this expects, it is imported as usual.
"""
from __future__ import annotations

import sys


class _NoItems(dict):
    """The engine's property table while `_regex_core` is imported: look-ups
    as usual, no items for its inverting loop."""

    def items(self):
        return iter(())


class PropertyNames(dict):
    """`regex._regex_core.PROPERTY_NAMES` (property id -> (longest name,
    {value id: longest value name})), built from `table` on first read."""

    def __init__(self, table: dict):
        super().__init__()
        self._table = table

    def __missing__(self, prop_id):
        table, self._table = self._table, None
        if table is None:          # built already: truly missing
            raise KeyError(prop_id)
        for prop_name, (pid, values) in table.items():     # as `_regex_core` does it
            name, prop_values = self.get(pid, ("", {}))
            name = max(name, prop_name, key=len)
            self[pid] = name, prop_values
            for val_name, val_id in values.items():
                prop_values[val_id] = max(prop_values.get(val_id, ""), val_name, key=len)
        return self[prop_id]


def load():
    """The `regex` module, imported as the module's docstring says when it
    is not yet; never raises more than `import regex` would."""
    if "regex" not in sys.modules and (engine := _engine()) is not None:
        _import_with(engine)
    import regex
    return regex


def _import_with(engine) -> None:
    """Import `regex` with `engine` loaded, its inverting loop given nothing."""
    from importlib import import_module

    real = engine.get_properties
    table = real()
    engine.get_properties = lambda: _NoItems(table)
    try:
        import_module("regex")
    finally:
        engine.get_properties = real
    package = sys.modules.get("regex")
    if package is not None and getattr(package, "_regex", None) is None:
        package._regex = engine       # as the import system sets it when it loads the engine
    core = sys.modules.get("regex._regex_core")
    if core is not None and type(getattr(core, "PROPERTIES", None)) is _NoItems:
        core.PROPERTIES = table
        if getattr(core, "PROPERTY_NAMES", None) == {}:      # the loop found nothing to invert
            core.PROPERTY_NAMES = PropertyNames(table)


def _engine():
    """`regex._regex` (the C engine) loaded under its own name before its
    package, or None (left for `import regex` to load) when it cannot be."""
    try:
        from importlib.machinery import PathFinder
        from importlib.util import find_spec, module_from_spec

        package = find_spec("regex")
        places = package.submodule_search_locations if package is not None else None
        spec = PathFinder.find_spec("regex._regex", places) if places else None
        if spec is None or spec.loader is None:
            return None
        engine = module_from_spec(spec)
        sys.modules["regex._regex"] = engine
        spec.loader.exec_module(engine)
    except Exception:  # pragma: no cover - another layout: import as usual
        sys.modules.pop("regex._regex", None)
        return None
    # (the engine itself stays: it is the one `import regex` loads)
    if not callable(getattr(engine, "get_properties", None)) or not isinstance(engine.get_properties(), dict):
        return None  # pragma: no cover - another regex
    return engine
