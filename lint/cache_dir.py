"""Where newslint keeps its caches, and how it writes them.

Two caches live under one folder: the rule-set cache (`rule_cache`: parsed
rule and data files and compiled patterns, so start-up skips YAML and regex
compilation) and the result cache (`result_cache`: each unchanged article's
findings). The folder is `$NEWSLINT_CACHE_DIR` when set, else the user's cache
folder as platformdirs names it (`~/.cache/newslint` on Linux,
`~/Library/Caches/newslint` on macOS, `%LOCALAPPDATA%\\newslint\\Cache` on
Windows). `NEWSLINT_NO_CACHE=1` turns both off. `newslint clean` empties it.

Every file is written to a temporary name and renamed into place, so a run
that is killed never leaves half a file, and a file that cannot be read back
is treated as absent: a cache only ever makes a run faster.
"""
from __future__ import annotations

import os

ENV_DIR = "NEWSLINT_CACHE_DIR"
ENV_OFF = "NEWSLINT_NO_CACHE"


def disabled() -> bool:
    """Whether `NEWSLINT_NO_CACHE` turns caching off (any value but '', 0, false, no)."""
    return os.environ.get(ENV_OFF, "").strip().lower() not in ("", "0", "false", "no")


def base_dir() -> str:
    """The cache folder (not created): `$NEWSLINT_CACHE_DIR`, else the user cache folder."""
    forced = os.environ.get(ENV_DIR)
    if forced:
        return os.path.abspath(forced)
    from platformdirs import user_cache_dir   # only a run that uses a cache needs it
    return user_cache_dir("newslint", appauthor=False)


def write_atomic(path: str, data: bytes) -> bool:
    """Write `data` to `path` through a temporary file and a rename (creating the
    folder). Returns False, and leaves no temporary file, on any OS error."""
    import tempfile

    folder = os.path.dirname(path)
    try:
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".part")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        return True
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False


def read_bytes(path: str, limit: int = 256 * 1024 * 1024) -> bytes | None:
    """A cache file's bytes, or None when it is missing, unreadable or over `limit`."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError:
        return None
    return data if len(data) <= limit else None


def clean(folder: str | None = None) -> tuple[int, int]:
    """Empty the cache folder (the default one, or `folder`): (files, bytes) removed.
    Only what newslint writes is removed: the `rules-*` and `.tmp-*` files and the
    `results` folder; anything else a user put there is left alone."""
    import shutil

    folder = folder or base_dir()
    files = size = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0, 0
    for name in names:
        path = os.path.join(folder, name)
        if name == "results" and os.path.isdir(path) and not os.path.islink(path):
            for root, _, found in os.walk(path):
                for f in found:
                    try:
                        size += os.path.getsize(os.path.join(root, f))
                        files += 1
                    except OSError:
                        pass
            shutil.rmtree(path, ignore_errors=True)
        elif (name.startswith(("rules-", ".tmp-")) or name == "vale") and not os.path.islink(path):
            try:
                if os.path.isdir(path):
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    size += os.path.getsize(path)
                    os.unlink(path)
                files += 1
            except OSError:
                pass
    return files, size
