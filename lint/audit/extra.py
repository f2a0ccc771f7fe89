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
from dataclasses import dataclass


MODULES = ("dask", "distributed", "pyarrow", "fsspec")     # what an audit imports


@dataclass(frozen=True)
class Broken:
    """A module of `MODULES` that is installed but failed to import (a
    distributed built for another Dask): `module`, and `error`, the
    exception's type and text."""
    module: str
    error: str


def not_importable() -> str | Broken | None:
    """The first module of `MODULES` that cannot be imported: the name of
    the module not installed (the ImportError's `name`, itself or one it
    needs), or `Broken` when what is named is installed (`from dask.utils
    import x` failing) or nothing is named; None when all can, and then all
    are imported."""
    import importlib

    for module in MODULES:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            if exc.name and not _installed(exc.name):
                return exc.name
            return Broken(module, f"{type(exc).__name__}: {exc}")
    return None


def _installed(name: str) -> bool:
    """Whether the top-level package of the module `name` can be found."""
    import importlib.util

    try:
        return importlib.util.find_spec(name.partition(".")[0]) is not None
    except (ImportError, ValueError):
        return False


def missing(module: str | Broken | None) -> str:
    """The line (no `newslint: ` prefix) for an audit that could not import
    `module` (`not_importable`'s: a module's name, "" or None when none is
    known, or `Broken`, an installed one that failed to import: then the
    error, and `pip check`, which names the packages that do not fit)."""
    if isinstance(module, Broken):
        return (f"newslint audit needs the audit extra, and {module.module} is installed but failed "
                f"to import ({module.error}); {shlex.quote(sys.executable)} -m pip check "
                "names the installed packages that do not fit together")
    what = f" ({module} is not installed)" if module else ""
    return f"newslint audit needs the audit extra{what}; install it with: {pip_command()}"


def pip_command() -> str:
    """`PYTHON -m pip install ...` for this interpreter (`sys.executable`):
    from where newslint was installed from (PEP 610's direct_url.json): its
    folder, with `-e` when it was installed editable (`pip install -e .`);
    its repository at the commit installed (README's CI recipe, `pip install
    "newslint @ git+https://..."`); the checkout this `lint` package lies in
    when none is installed; else `newslint[audit]` from the package index.
    Shell-quoted."""
    found = _installed_from()
    if found is None:       # not installed: run from a checkout (PYTHONPATH)
        checkout = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        found = (f"{checkout}[audit]" if os.path.isfile(os.path.join(checkout, "pyproject.toml"))
                 else "newslint[audit]", False)
    target, editable = found
    return f"{shlex.quote(sys.executable)} -m pip install {'-e ' if editable else ''}{shlex.quote(target)}"


def _installed_from() -> tuple[str, bool] | None:
    """(what to install the extra from, whether editable): `FOLDER[audit]`
    for a local folder, `newslint[audit] @ VCS+URL@COMMIT` for a version
    control install, `newslint[audit]` for one from an index or an archive
    URL; None when no newslint is installed."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        direct = json.loads(distribution("newslint").read_text("direct_url.json") or "{}")
    except PackageNotFoundError:
        return None
    except (ValueError, OSError):       # a direct_url.json that is not JSON
        return "newslint[audit]", False
    url = direct.get("url") if isinstance(direct, dict) else None
    vcs = direct.get("vcs_info") if isinstance(direct, dict) else None
    if isinstance(url, str) and isinstance(vcs, dict) and isinstance(vcs.get("vcs"), str):
        commit = vcs.get("commit_id") or vcs.get("requested_revision")
        sub = direct.get("subdirectory")
        return (f"newslint[audit] @ {vcs['vcs']}+{url}{f'@{commit}' if isinstance(commit, str) else ''}"
                f"{f'#subdirectory={sub}' if isinstance(sub, str) and sub else ''}"), False
    if not isinstance(url, str) or not url.startswith("file:"):
        return "newslint[audit]", False
    from urllib.parse import urlsplit
    from urllib.request import url2pathname

    info = direct.get("dir_info")
    return f"{url2pathname(urlsplit(url).path)}[audit]", isinstance(info, dict) and info.get("editable") is True
