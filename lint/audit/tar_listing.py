"""Where a tar's listing stopped (qa411 #3). tarfile ends its listing at a
member header whose checksum does not add up, or that the archive cuts
off, as quietly as at the archive's end (a block of zeros), so fsspec's
tar:// lists only the members before it and the rest would be lost without
a word (GNU tar says 'Skipping to next header', exit 2). The one block
tarfile stopped at is read again to tell the two apart: 512 bytes, still
buffered for a compressed archive, never the archive twice. Nothing here
imports Dask."""
from __future__ import annotations

import lzma
import tarfile
import zlib

BLOCK = tarfile.BLOCKSIZE       # bytes in a tar header (POSIX.1-1988 ustar: 512)
_FAULTS = (OSError, EOFError, ValueError, zlib.error, lzma.LZMAError, tarfile.TarError)


def cut_short(fs) -> str | None:
    """The `file.unreadable` message for fsspec file system `fs` when it is
    a tar:// archive whose listing stopped before its end, at a damaged or
    cut-off member header, on one line naming the header's byte offset in
    the (uncompressed) tar and the last member listed: "cannot read archive
    past byte 1024: a member header there is damaged (the listing stops
    after a.md)". None for a listing that reached the archive's end (its
    zero block, or no more bytes) and for any other file system."""
    tar = getattr(fs, "tar", None)
    if not isinstance(tar, tarfile.TarFile) or not getattr(tar, "_loaded", False):
        return None
    f, at = tar.fileobj, tar.offset     # the block tarfile read last and stopped at
    try:
        end = f.tell()
        head = b""
        if 0 < end - at <= BLOCK:
            f.seek(at)
            head = f.read(end - at)
            f.seek(end)
    except _FAULTS as exc:
        return _said(tar, at, f"it cannot be read again ({' '.join(str(exc).split()) or type(exc).__name__})")
    # no more bytes, zeros, or a short tail of padding (zeros, a stray line end): the end, as GNU
    # tar reads it, no member lost (qa419 #1)
    if not head.strip(b"\0" if len(head) == BLOCK else b"\0 \t\r\n"):
        return None
    if len(head) < BLOCK:
        return _said(tar, at, "the archive ends inside a member header there")
    return _said(tar, at, "a member header there is damaged")


def _said(tar, at: int, why: str) -> str:
    last = tar.members[-1].name if tar.members else None
    after = f"after {last}" if last else "before its first member"
    return f"cannot read archive past byte {at}: {why} (the listing stops {after})"
