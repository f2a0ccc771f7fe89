"""What `newslint audit` says when the `audit` extra is not installed
(pyproject.toml's [project.optional-dependencies] `audit`: Dask,
distributed, pyarrow, fsspec): the one pip command that installs it into
the environment of the Python running newslint (nu57: the Quick start's
`pip install .` leaves it out, and "newslint[audit]" named no package a
checkout's user could install)."""
from __future__ import annotations

import json
import os
import shlex
import sys


MODULES = ("dask", "distributed", "pyarrow", "fsspec")     # what an audit imports


def not_importable() -> str | None:
    """The first module of `MODULES` (or one it needs) that cannot be
    imported, by the ImportError's `name` ("" when it gave none); None when
    all can, and then all are imported."""
    import importlib

    for module in MODULES:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            return exc.name or ""
    return None


def missing(module: str | None) -> str:
    """The line (no `newslint: ` prefix) for an audit that could not import
    `module` (an ImportError's `name`; "" or None when it gave none)."""
    what = f" ({module} is not installed)" if module else ""
    return f"newslint audit needs the audit extra{what}; install it with: {pip_command()}"


def pip_command() -> str:
    """`PYTHON -m pip install ...` for this interpreter (`sys.executable`):
    from the folder newslint was installed from, with `-e` when it was
    installed editable (PEP 610's direct_url.json: `pip install -e .`), or
    the checkout this `lint` package lies in when none is installed; else
    `newslint[audit]` from the package index. Shell-quoted."""
    found = _installed_from()
    if found is None:       # not installed: run from a checkout (PYTHONPATH)
        checkout = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        found = (checkout if os.path.isfile(os.path.join(checkout, "pyproject.toml")) else "", False)
    where, editable = found
    target = f"{where}[audit]" if where else "newslint[audit]"
    return f"{shlex.quote(sys.executable)} -m pip install {'-e ' if editable else ''}{shlex.quote(target)}"


def _installed_from() -> tuple[str, bool] | None:
    """(the local folder the installed newslint came from, whether editable);
    ("", False) when it came from an index or a URL; None when no newslint
    is installed."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        direct = json.loads(distribution("newslint").read_text("direct_url.json") or "{}")
    except PackageNotFoundError:
        return None
    except (ValueError, OSError):       # a direct_url.json that is not JSON
        return "", False
    url = direct.get("url") if isinstance(direct, dict) else None
    if not isinstance(url, str) or not url.startswith("file:"):
        return "", False
    from urllib.parse import urlsplit
    from urllib.request import url2pathname

    info = direct.get("dir_info")
    return url2pathname(urlsplit(url).path), isinstance(info, dict) and info.get("editable") is True
