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
# how --fix says a file it left alone; their grammar tells a report saved with its stderr (nu64 #2)
from .readers._own_reports import CANNOT_STORE, CHANGED_ON_DISK, FIX_UNWRITTEN, LINKED_APART, NOT_ROUND_TRIP
from .regular_files import NotRegular, TooLarge, read_regular

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
            raise WriteError(NOT_ROUND_TRIP.format(encoding=encoding))
        return encode_like(fixed, original, encoding)
    except UnicodeEncodeError as exc:
        raise WriteError(CANNOT_STORE.format(added=repr(exc.object[exc.start:exc.end]), encoding=encoding)) from None


def write_atomic(path: str, data: bytes, keep_links: bool = False) -> None:
    """Replace `path` with `data` through a temp file in the same folder, keeping
    its permission bits: a crash leaves the old file or the new one, never half.
    A file we may not write (read-only, as a checkout or an archive marks files
    not to be edited) raises PermissionError: a rename would replace it anyway.
    Read-only is the mode bits too (no write bit for anyone), so root, whom
    `os.access` always lets write, leaves such a file alone.
    Its owner and group are kept where we may set them (a `--fix` run as root in
    a container must not hand the writer's articles to root). A path that is
    no regular file (`--output /dev/null`, /dev/stdout, a named pipe) is
    written into: a rename would put a file where the device was.
    With `keep_links` (--fix), a file of several hard links is written in
    place once the temp file holds `data`, so every name keeps the one file
    and its fix (qa92 #5: the rename gave the first name a new file and left
    the others the old text); that write is not atomic: on an error the old
    bytes are put back (`_rewrite`)."""
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
    owner, links = None, 1
    try:
        st = os.stat(target)
        links = st.st_nlink
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
        if keep_links and links > 1:          # the temp file took the data: rewrite in place
            _rewrite(target, data)
            os.unlink(tmp)
            return
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


def _rewrite(target: str, data: bytes) -> None:
    """Write `data` over `target` in place (its inode, and so every hard link,
    kept); if that fails the old bytes are written back before the error goes on."""
    with open(target, "r+b") as fh:
        old = fh.read()
        try:
            fh.seek(0)
            fh.write(data)
            fh.truncate()
            fh.flush()
            os.fsync(fh.fileno())
        except BaseException:
            fh.seek(0)
            fh.write(old)
            fh.truncate()
            raise


def write_fixes(writes: list[tuple[str, bytes | None]], read: dict[str, bytes] | None = None) -> dict[str, str]:
    """--fix's writes: (path, its fixed bytes, or None when it is left as it
    is). Each is written (`write_atomic`, `keep_links`) unless `linked_apart`
    holds it back, or the file no longer holds the bytes it was fixed from
    (`read`: path -> the bytes as read; `changed_since`). Returns path -> the
    problem line of each not written."""
    unwritten = linked_apart(writes)
    for path, data in writes:
        if data is None or path in unwritten:
            continue
        if read is not None and path in read and changed_since(path, read[path], data):
            unwritten[path] = CHANGED_ON_DISK.format(path=path)
            continue
        try:
            write_atomic(path, data, keep_links=True)
        except OSError as exc:
            unwritten[path] = FIX_UNWRITTEN.format(path=path, why=exc.strerror or exc)
    return unwritten


def changed_since(path: str, read: bytes, fixed: bytes) -> bool:
    """Whether the file at `path` now holds other bytes than `read` (those its
    fixes were made from) and than `fixed` (another name of it, a hard link or
    a symlink, was written first). Writing over such a file would throw away
    an edit saved while --fix ran, as a run over a big folder takes a while
    (tb3: a line saved during the run was lost). A file gone is changed too:
    writing it would bring it back, and so is one no longer a regular file
    (never opened: `read_regular`) or grown past both."""
    try:
        now = read_regular(path, max(len(read), len(fixed)))
    except (FileNotFoundError, NotRegular, TooLarge):
        return True
    except OSError:            # the write says what is wrong
        return False
    return now != read and now != fixed


def linked_apart(writes: list[tuple[str, bytes | None]]) -> dict[str, str]:
    """Of `writes` ((path, its fixed bytes or None: left as it is) for --fix),
    the hard-linked names of one file given different bytes (their folders'
    configs fix it differently): path -> the problem line. None of them is
    written, as a write in place would undo or force one name's config on
    the other. Names given the same bytes are written each (in place)."""
    by_file: dict[tuple, list[tuple[str, bytes | None]]] = {}
    for path, data in writes:
        try:
            st = os.stat(path)
        except (OSError, ValueError):
            continue
        if st.st_nlink > 1:
            by_file.setdefault((st.st_dev, st.st_ino), []).append((path, data))
    clash = {}
    for names in by_file.values():
        if len({data for _, data in names}) > 1:
            for path, _ in names:
                others = ", ".join(f"{p} ({_how(path, p)})" for p, _ in names if p != path)
                clash[path] = LINKED_APART.format(path=path, others=others)
    return clash


def _how(a: str, b: str) -> str:
    """How names `a` and `b` of one file are one: through a symlink (either
    is one, qa96: `d/s.md` -> `c/b.md` was called a hard link) or a hard link."""
    return "through a symlink" if os.path.islink(a) or os.path.islink(b) else "a hard link"


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
