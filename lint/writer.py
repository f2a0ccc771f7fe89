"""Write fixed articles back exactly as they were stored, and atomically.

The reader decoded the bytes with newlines untouched, so encoding the fixed
text the same way keeps CRLF, the BOM (and its byte order) and the charset.
Before writing we check the *unfixed* text encodes back to the original bytes:
if not (say, a lossy fallback decode), the file is left alone rather than
silently changed outside the fix spans.
"""
from __future__ import annotations

import errno
import os
import stat
import time

from .readers._encoding import bom

TMP_SUFFIX = ".newslint-tmp"
ORPHAN_AGE = 60.0        # seconds: a temp file older than this belongs to no running write


class WriteError(Exception):
    """The fixed text cannot be stored the way the file was; nothing was written."""


def encode_like(text: str, original: bytes, encoding: str) -> bytes:
    """Encode `text` as `original` was: same BOM (and byte order, `bom`), same codec."""
    found = bom(original)
    return text.encode(encoding) if found is None else found[0] + text.encode(found[1])


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
    its permission bits: a crash leaves the old file or the new one, never half.
    A file we may not write (read-only, as a checkout or an archive marks files
    not to be edited) raises PermissionError: a rename would replace it anyway.
    Read-only is the mode bits too (no write bit for anyone), so root, whom
    `os.access` always lets write, leaves such a file alone.
    Its owner and group are kept where we may set them (a `--fix` run as root in
    a container must not hand the writer's articles to root). A path that is
    no regular file (`--output /dev/null`, /dev/stdout, a named pipe) is
    written into: a rename would put a file where the device was."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            with open(path, "wb") as fh:
                fh.write(data)
            return
    except FileNotFoundError:
        pass
    if not os.path.isdir(os.path.dirname(path) or "."):
        # realpath reads a missing `gone/..` as no step at all: the article
        # beside it would be replaced where the system refuses the path
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), path)
    target = os.path.realpath(path)           # rewrite a symlink's target, keep the link
    folder = os.path.dirname(target) or "."
    owner = None
    try:
        st = os.stat(target)
        mode, owner = stat.S_IMODE(st.st_mode), (st.st_uid, st.st_gid)
        # the mode bits too: os.access says yes to root whatever they are, and a
        # 0444 article is marked not to be edited even in a container (qa77 #5)
        if not os.access(target, os.W_OK) or not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise PermissionError(errno.EACCES, "the file is read-only", path)
    except FileNotFoundError:                 # a new file: what open() would give it
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    import tempfile   # only a run that writes pays for it

    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=TMP_SUFFIX,
                               dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if owner is not None and hasattr(os, "chown"):
            _keep_owner(tmp, owner)
        os.chmod(tmp, mode)                   # after chown, which may clear set-id bits
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _keep_owner(tmp: str, owner: tuple[int, int]) -> None:
    st = os.stat(tmp)
    if (st.st_uid, st.st_gid) == owner:
        return
    try:
        os.chown(tmp, *owner)
    except OSError:       # not root: the group alone, if we belong to it
        try:
            os.chown(tmp, -1, owner[1])
        except OSError:
            pass


def remove_orphans(paths: list[str], now: float | None = None) -> list[str]:
    """Delete the temp files a killed `--fix` left beside `paths`
    (`.<name>.<random>.newslint-tmp`, older than ORPHAN_AGE seconds, so a write
    in progress in another run is never touched). Each folder is listed once.
    Returns what was removed."""
    folders: dict[str, set[str]] = {}
    for path in paths:
        target = os.path.realpath(path)
        folders.setdefault(os.path.dirname(target) or ".", set()).add(os.path.basename(target))
    now = time.time() if now is None else now
    removed = []
    for folder, names in folders.items():
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not (entry.name.startswith(".") and entry.name.endswith(TMP_SUFFIX)):
                continue
            name, _, rand = entry.name[1:-len(TMP_SUFFIX)].rpartition(".")
            if name not in names or not rand:
                continue
            try:
                if entry.is_file(follow_symlinks=False) and \
                        now - entry.stat(follow_symlinks=False).st_mtime > ORPHAN_AGE:
                    os.unlink(entry.path)
                    removed.append(entry.path)
            except OSError:
                continue
    return removed
