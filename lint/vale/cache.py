"""The Vale rule cache: parsed rule files that have already loaded cleanly.

Reading a style's YAML and compiling its patterns costs 100-350 ms for a
30-50 rule package; most runs load the same files again. The cache keeps,
per StylesPath, each rule file's parsed mapping keyed by (mtime, size). A
file found there unchanged is built without compiling its patterns up front
(they compile on first use); a new or changed file is read and validated in
full. The cache lives in `$NEWSLINT_CACHE_DIR`, else `$XDG_CACHE_HOME/newslint`,
else `~/.cache/newslint`; `NEWSLINT_NO_CACHE=1` turns it off. It is written
atomically and any problem with it only means a slower start.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile

from ..__about__ import __version__

_FORMAT = f"{__version__}-{sys.version_info[0]}.{sys.version_info[1]}"


def _folder() -> str | None:
    if os.environ.get("NEWSLINT_NO_CACHE"):
        return None
    base = os.environ.get("NEWSLINT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
        "newslint")
    return os.path.join(base, "vale")


def _file(key: str) -> str | None:
    folder = _folder()
    if folder is None:
        return None
    digest = hashlib.sha1(f"{_FORMAT}\0{key}".encode()).hexdigest()[:16]
    return os.path.join(folder, digest + ".marshal")


def stamp(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


class RuleCache:
    """`get(path)` gives a cached mapping when the file is unchanged; `put`
    records one that loaded cleanly; `save()` writes the cache if it changed."""

    def __init__(self, key: str):
        self.path = _file(key)
        self.entries: dict = {}
        self.dirty = False
        if self.path and os.path.isfile(self.path):
            try:
                with open(self.path, "rb") as fh:
                    data = marshal.load(fh)
                if isinstance(data, dict):
                    self.entries = data
            except (OSError, EOFError, ValueError, TypeError):
                self.entries = {}

    def get(self, path: str):
        hit = self.entries.get(path)
        if hit is not None and hit[0] == stamp(path):
            return hit[1]
        return None

    def put(self, path: str, data: dict) -> None:
        st = stamp(path)
        if st is None:
            return
        try:
            marshal.dumps(data)
        except ValueError:
            return          # a value marshal cannot keep: just never cache this file
        self.entries[path] = (st, data)
        self.dirty = True

    def save(self) -> None:
        if not (self.dirty and self.path):
            return
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=os.path.dirname(self.path), suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                marshal.dump(self.entries, fh)
            os.replace(tmp, self.path)
            self.dirty = False
        except OSError:
            pass
