"""Write fixed articles back exactly as they were stored, and atomically.

The reader decoded the bytes with newlines untouched, so encoding the fixed
text the same way keeps CRLF, the BOM (and its byte order) and the charset.
Before writing we check the *unfixed* text encodes back to the original bytes:
if not (say, a lossy fallback decode), the file is left alone rather than
silently changed outside the fix spans.
"""
from __future__ import annotations

import codecs
import os
import stat
import tempfile

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))


class WriteError(Exception):
    """The fixed text cannot be stored the way the file was; nothing was written."""


def encode_like(text: str, original: bytes, encoding: str) -> bytes:
    """Encode `text` as `original` was: same BOM, same codec."""
    for bom, codec in _BOMS:
        if original.startswith(bom):
            return bom + text.encode(codec)
    return text.encode(encoding)


def encode_fixed(fixed: str, source: str, original: bytes, encoding: str) -> bytes:
    """Bytes for `fixed`, after checking `source` (the decoded original) round-trips."""
    try:
        if encode_like(source, original, encoding) != original:
            raise WriteError(f"the file does not round-trip through {encoding}; not rewritten")
        return encode_like(fixed, original, encoding)
    except UnicodeEncodeError as exc:
        raise WriteError(f"a fix adds {exc.object[exc.start:exc.end]!r}, which {encoding} "
                         "cannot store; not rewritten") from None


def write_atomic(path: str, data: bytes) -> None:
    """Replace `path` with `data` through a temp file in the same folder, keeping
    its permission bits: a crash leaves the old file or the new one, never half."""
    target = os.path.realpath(path)           # rewrite a symlink's target, keep the link
    folder = os.path.dirname(target) or "."
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:                 # a new file: what open() would give it
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".newslint-tmp",
                               dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
