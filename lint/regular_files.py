"""Reading a file or a stream that a user names, bounded and never blocking.

A path on the command line, met in a folder walk or named by a config may
be a FIFO, a device or a socket: opening a FIFO waits for a writer for ever,
and reading a device may never end. Here a path is looked at before it is
opened and checked again once open (`read_regular`, `read_head`), a file
over its size limit is refused before it is read (`TooLarge`; only an XML
format's name has its first 8 KiB read, `head_needed`), and a stream
(stdin) is read only to its limit and a byte (`read_stream`). `safeload`
reads rule and config files through these.
"""
from __future__ import annotations

import os
import stat
from contextlib import contextmanager

from .format_names import format_name


class NotRegular(OSError):
    """The path is a FIFO, device, socket or folder: reading it could block for
    ever. `what` names which ("a FIFO (named pipe)"); the message adds that
    the file was skipped, as an article is."""

    def __init__(self, what: str):
        super().__init__(f"{what}, not a regular file; skipped")
        self.what = what


def missing_message(path: str) -> str:
    """Why nothing is at `path`: a symlink whose target is gone says so,
    whether it was named or found in a folder (qa84 #8)."""
    return broken_link(path) or "no such file or folder"


def broken_link(path: str) -> str | None:
    """The words for `path` when it is a symlink whose target is gone
    ("broken symlink: its target 'x.md' does not exist"; asked once opening
    it found no file), else None (not a symlink, or gone since). A chain of
    links is followed to the one that is missing ("its target 'a' -> 'b.md'
    does not exist": 'a' is there, a link, qa292 #3), "…" after 8.
    `missing_message` and a rule file's reason (`read_errors.unread`) say it."""
    at, steps = path, []
    try:
        while not steps or os.path.islink(at):
            if len(steps) == 8:
                steps.append("…")
                break
            target = os.readlink(at)
            steps.append(repr(target))
            at = os.path.join(os.path.dirname(at), target)
    except (OSError, ValueError):
        pass
    return f"broken symlink: its target {' -> '.join(steps)} does not exist" if steps else None


# The bytes of a file's start a `TooLarge` keeps: enough to tell XML by its
# declaration and its root element, as a name newslint skips unless it holds
# XML needs (`readers.over_limit`).
HEAD_KEPT = 8192
# The names of the XML formats newslint does not read, and a corpus's SGML
# (XML is SGML): a file of one is told by its content, NITF saved as .sgm
# read, an .svg skipped (`readers.skipped_first`), so one over its size limit
# has its head read; no other file over the limit is read at all (qa389 #4).
XML_NAMES = (".xsd", ".xsl", ".xslt", ".dtd", ".svg", ".rss", ".atom", ".sgm", ".sgml")


def head_needed(path: str) -> bool:
    """Whether a file at `path` over its size limit is judged by its head:
    its name is one of `XML_NAMES` (any case)."""
    return format_name(path).lower().endswith(XML_NAMES)


class TooLarge(OSError):
    """The file is over the size limit; `size` is its size in bytes, `head`
    its first bytes (at most `HEAD_KEPT`) when its name needs them to be
    judged (`head_needed`), else b"" (not read): an .svg whose root is <svg>
    is said skipped, not told to raise the limit."""

    def __init__(self, size: int, head: bytes = b""):
        super().__init__(f"{size} bytes")
        self.size, self.head = size, head


_TYPES = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))


def present(path: str) -> bool:
    """Whether something other than a folder is at `path` (symlinks followed):
    a regular file, or a FIFO, a device or a socket, which `read_regular`
    then refuses by name. How a config or a word list is looked for: with
    `os.path.isfile`, a FIFO named `.newslint.yaml` was passed over unsaid
    (fx70). One that cannot be looked at is not there."""
    try:
        return not stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def what_is(mode: int) -> str:
    """What a file that is not regular is, by its `st_mode`: "a FIFO (named
    pipe)", "a folder", "a character device"..."""
    return next((name for test, name in _TYPES if test(mode)), "a special file")


def _refuse_odd(mode: int) -> None:
    """NotRegular naming what a non-regular file is (a FIFO, a folder...)."""
    if not stat.S_ISREG(mode):
        raise NotRegular(what_is(mode))


@contextmanager
def _opened_regular(path: str):
    """(binary file object, size in bytes from fstat) of a regular file, closed
    on leaving. The path is looked at (`os.stat`) before it is opened, so a FIFO
    or a device is never opened (opening a FIFO waits for a writer, a device may
    act on it); then it is opened non-blocking and checked again with fstat (it
    may have been swapped in between). Raises NotRegular or another OSError."""
    _refuse_odd(os.stat(path).st_mode)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        _refuse_odd(info.st_mode)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            yield fh, info.st_size
    finally:
        os.close(fd)


def read_regular(path: str, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most `max_bytes`, never blocking and
    never opening a FIFO or a device (`_opened_regular`), so one named on the
    command line or met in a walk cannot hang the run. Raises NotRegular,
    TooLarge or another OSError. A file over `max_bytes` is not read, but
    for its first `HEAD_KEPT` bytes when its name is of an XML format
    (`head_needed`: an .svg, .xsd, .rss, .sgm...), kept in the TooLarge.
    """
    keep = HEAD_KEPT if head_needed(path) else 0
    with _opened_regular(path) as (fh, size):
        if size > max_bytes:
            raise TooLarge(size, fh.read(keep) if keep else b"")
        # Ask for the size fstat gave plus a byte, not the limit: a buffer of
        # `max_bytes` was allocated (and freed) for every file, a tenth of a
        # millisecond per article at the 10 MB default.
        want = size + 1
        data = fh.read(want)
        if len(data) == want:        # it grew after fstat: read on to the limit
            data += fh.read(max_bytes + 1 - want)
    if len(data) > max_bytes:    # grew after fstat
        raise TooLarge(len(data), data[:keep])
    return data


def read_head(path: str, size: int) -> bytes:
    """At most the first `size` bytes of a regular file, never blocking or
    opening anything else (`_opened_regular`): a FIFO or a device in a walked
    folder is never opened. Raises NotRegular or another OSError."""
    with _opened_regular(path) as (fh, _):
        return fh.read(size)


class StreamHead(bytes):
    """The first `max_bytes` + 1 bytes of a longer stream (`read_stream`):
    over the size limit, its true size unknown and the rest left unread."""


# A stream is read this much at a time: asking for the whole limit at once
# would allocate it (a terabyte is a valid max-file-size) for a short article.
_STREAM_CHUNK = 1024 * 1024


def read_stream(stream, max_bytes: int) -> bytes:
    """A buffered stream's bytes (stdin's article), at most `max_bytes` + 1
    of them: a longer stream comes back as its `StreamHead`, so the reader
    reports it as over the limit (`file.too-large`) and an endless one never
    fills memory. A buffered read comes back short only at the stream's end,
    and no read follows it: a terminal's Ctrl-D is asked for once."""
    chunks, total = [], 0
    while total <= max_bytes:
        want = min(_STREAM_CHUNK, max_bytes + 1 - total)
        chunk = stream.read(want)
        chunks.append(chunk)
        total += len(chunk)
        if len(chunk) < want:
            return b"".join(chunks)
    return StreamHead(b"".join(chunks))
