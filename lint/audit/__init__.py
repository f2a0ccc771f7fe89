"""Archive audits on Dask: `newslint audit` and, for notebooks, `findings()`.

Needs the `audit` extra (`pip install "newslint[audit]"`: Dask, distributed,
pyarrow, fsspec; without it `newslint audit` gives the exact pip command,
`extra`). Importing this package imports none of them; `newslint check` and
the pre-commit hook never import Dask.
"""
from __future__ import annotations

import os

from ..config import Config, load_file
from ..session import Session

__all__ = ["findings", "settings"]


def settings(config: Config | str | None = None, **cli):
    """Which config lints each file (see `work.Settings`): `config` (a Config
    or a config file's path) for every file, else each local file's nearest
    `.newslint.yaml`; `cli` as `Session` takes (select, ignore, ...).
    ConfigError when a config file is broken."""
    from .work import Settings

    if isinstance(config, str):
        config = load_file(config)
    cli = {k: tuple(v) if isinstance(v, list) else v for k, v in cli.items() if v}
    default = Session(config, cli).config_for(os.path.join(os.getcwd(), "audit"))
    return Settings(config, tuple(sorted(cli.items())), default, os.getcwd())


def findings(source, *, config: Config | str | None = None, articles_per_partition: int = 1000,
             **cli):
    """A Dask DataFrame of findings over `source` (a path, glob, folder or URL,
    or a list of them): one row per finding, columns as in `lint.audit.table`,
    one partition per planned slice. Nothing is linted until it is computed.
    `cli` as `newslint audit` takes it (`select=["dates"]`, `ignore=[...]`).
    A source where nothing is gives its `file.missing` row, as the command
    writes it; PlanError (lint.audit.plan) for a folder with no article or
    export file in it, saying, when nothing at all is left, what the walks
    passed over and left out, as `newslint audit` does (qa428 #9)."""
    import dask
    import dask.dataframe as dd

    from .plan import PlanError, plan
    from .table import schema
    from .work import forget

    specs = [source] if isinstance(source, str) else list(source)
    resolved = settings(config, **cli)
    forget(resolved)            # planned as the configs are now
    empty: list[str] = []
    parts = plan(specs, articles_per_partition=articles_per_partition,
                 config_for=resolved.config_for, empty=empty, left_out=[], passed={})
    if empty:       # a folder with nothing in it beside others read: refused as ever
        raise PlanError("; ".join(empty))
    # the workers' Session is this frame's rules and configs (qa106 #2)
    resolved = resolved.keyed(paths=[p for part in parts for p in part.paths])
    meta = _pandas(schema("findings").empty_table())
    with dask.config.set({"dataframe.convert-string": False}):     # `_pandas` has (qa418 #1)
        return dd.from_map(_frame, parts, settings=resolved, meta=meta, enforce_metadata=False)


def _frame(part, settings):
    from .table import to_table
    from .work import lint_partition

    columns, _, _ = lint_partition(part, settings)
    return _pandas(to_table(columns, "findings"))


def _pandas(table):
    """A findings table as the frame's partition: its text columns (and the
    date) Arrow strings, as Dask's string conversion makes them, and `fix`
    each row's {`replacement`, `column`} dict (an int column) or None, as
    the Parquet rows and `check --format json` give it. Dask's conversion
    made the dicts their repr, the column a float (qa418 #1), so it is
    turned off for this frame and done here, `fix` left out of it."""
    import pandas as pd

    frame = table.to_pandas()
    for name in frame.columns:
        if name == "fix":
            frame[name] = pd.Series(table.column(name).to_pylist(), index=frame.index, dtype=object)
        elif not pd.api.types.is_numeric_dtype(frame[name]):
            frame[name] = frame[name].astype("string[pyarrow]")
    return frame
