"""Reading one member of an archive that lists (qa403 #1, #2): a member can
still fail where it is opened or read (a bad CRC-32, encrypted, a
compression method zipfile does not know), and that member alone is a
`file.unreadable` row, the rest of the audit going on. `guarded(fsspec,
path)` is the `fsspec` the plan and a worker open such a member through:
its faults, and only those raised opening, reading (lines too) or seeking
it, come out as `MemberUnread`, so a fault of the code that reads the
bytes is never taken for a damaged member. Nothing here imports Dask."""
from __future__ import annotations

import lzma
import tarfile
import zipfile
import zlib
from contextlib import contextmanager

from ..format_names import member_of
from .url_sources import through_archive

# what opening or reading one member raises: a bad CRC's BadZipFile, an encrypted member's
# RuntimeError, an unknown method's NotImplementedError, a damaged stream's zlib.error,
# lzma.LZMAError (ZIP_LZMA), OSError (ZIP_BZIP2's 'Invalid data stream'; also an archive gone
# or unreadable under the member) or EOFError, a tar's TarError (qa411 #1, #2, #5)
MEMBER_FAULTS = (zipfile.BadZipFile, tarfile.TarError, RuntimeError, NotImplementedError, zlib.error,
                 lzma.LZMAError, OSError, EOFError)


class MemberUnread(Exception):
    """A member of an archive could not be opened or read: `fault` is the
    `MEMBER_FAULTS` exception that said why."""

    def __init__(self, fault: Exception):
        super().__init__(str(fault))
        self.fault = fault


def guarded(fsspec, path: str):
    """`fsspec` itself for a URL `path` not read through an archive; else
    an object whose `open(path, mode)` is fsspec's, with `MEMBER_FAULTS`
    from opening the file, `read` and `seek` raised as `MemberUnread`."""
    return _Guarded(fsspec) if "://" in path and through_archive(path) else fsspec


def member_fault(path: str, exc: Exception) -> str:
    """The `file.unreadable` message for the member URL `path`
    (`zip://a.md::file:///d/m.zip`) that `MEMBER_FAULTS` `exc` kept from
    being read, on one line naming the member and its archive: "cannot read
    a.md in file:///d/m.zip: bad CRC-32 (its bytes are damaged)"."""
    member, archive = member_of(path) or (path, "")     # (a cache layer names no member: qa411 #7)
    said = " ".join(str(exc).split())
    if isinstance(exc, NotImplementedError):
        why = "its compression method is not supported"
    elif isinstance(exc, RuntimeError) and "encrypted" in said:
        why = "it is encrypted (a password is needed)"
    elif isinstance(exc, zipfile.BadZipFile) and "CRC" in said:
        why = "bad CRC-32 (its bytes are damaged)"
    elif isinstance(exc, (zlib.error, lzma.LZMAError, EOFError)) or type(exc) is OSError and "data stream" in said:
        why = f"its compressed bytes are damaged or cut short ({said or type(exc).__name__})"
    else:
        why = said or type(exc).__name__
    return f"cannot read {member} in {archive or 'its archive'}: {why}"


@contextmanager
def _as_unread():
    try:
        yield
    except MEMBER_FAULTS as exc:
        raise MemberUnread(exc) from exc


class _Guarded:
    def __init__(self, fsspec):
        self._fsspec = fsspec

    def open(self, path: str, mode: str = "rb", **kwargs):
        return _Opening(self._fsspec.open(path, mode, **kwargs))


class _Opening:
    """fsspec's OpenFile, entered as `with ... as f`: the member opened there."""

    def __init__(self, opening):
        self._opening = opening

    def __enter__(self):
        with _as_unread():
            return _File(self._opening.__enter__())

    def __exit__(self, *exc):
        return self._opening.__exit__(*exc)


class _File:
    """An open member whose `read`, `readline`, `seek` and lines (`for line
    in f`) raise `MemberUnread`; the rest is its own."""

    def __init__(self, f):
        self._f = f

    def read(self, *args):
        with _as_unread():
            return self._f.read(*args)

    def readline(self, *args):
        with _as_unread():
            return self._f.readline(*args)

    def __iter__(self):
        lines = iter(self._f)
        while True:
            with _as_unread():
                line = next(lines, None)
            if line is None:
                return
            yield line

    def seek(self, *args):
        with _as_unread():
            return self._f.seek(*args)

    def __getattr__(self, name):
        return getattr(self._f, name)
