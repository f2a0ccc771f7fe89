"""The patches `--diff` prints: a file's bytes as `git apply` and `patch -p1`
read them (`unified_diff`), or its text as read when its bytes would not
show (`read_as_shown`, `text_diff`), with control characters escaped for a
terminal (`for_terminal`). Kept apart from `fixes`, which makes the fixed
text, so each stays under 400 lines.
"""
from __future__ import annotations

import difflib
import os
from typing import TYPE_CHECKING

from . import rx as regex

from .formatters._common import escaped

if TYPE_CHECKING:
    from .fixes import FixOutcome

_LINE = regex.compile(rb"[^\n]*\n|[^\n]+\Z")
_TEXT_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_LONE_CR = regex.compile(r"\r(?!\n)")
# A control character a terminal would act on rather than show (qa65 #8: cp1252's
# undefined 0x81, read as latin-1, is U+0081), but not a tab or a line's end.
_CONTROL = regex.compile(r"[^\P{Cc}\t\n\r]")


def read_as_shown(outcome: "FixOutcome") -> str | None:
    """Why `--diff` shows this file's text as read rather than its bytes: it is
    not stored as UTF-8 (`utf-16`, `cp1252`: its bytes print as NULs and
    mojibake) or it ends lines with a lone CR (its bytes are one line to a
    patch); None for a UTF-8 file with LF or CRLF line ends (nu29 #6)."""
    doc = outcome.result.document
    encoding = doc.encoding if doc is not None else "utf-8"
    lone_cr = _LONE_CR.search(outcome.original) is not None
    if encoding in ("utf-8", "ascii") and not lone_cr:
        return None
    said = [f"read as {encoding}, shown as UTF-8"] if encoding not in ("utf-8", "ascii") else []
    said += ["its lone-CR line ends as lines"] * lone_cr
    if control := _CONTROL.search(outcome.original):
        said.append(f"control characters escaped, such as {escaped(control)}")
    return ", ".join(said)


def text_diff(path: str, before: str, after: str) -> bytes:
    """A unified diff of the file's TEXT as read (`read_as_shown`), in UTF-8:
    lines end where the reader ends them (LF, CRLF or a lone CR, each shown as
    a line of its own, a lone CR as LF), and a control character as its escape
    (`\\x81`), never raw to the terminal. It is for reading: `--fix` writes the
    file in its own encoding and line ends, which `patch` would not."""
    if before == after:
        return b""
    a, b = ([_CONTROL.sub(escaped, m[:-1] + "\n" if m.endswith("\r") else m)
             for m in _TEXT_LINE.findall(t)] for t in (before, after))
    shown = _patch_name(path).encode("utf-8", "surrogateescape")
    head = [_header_name(b"a/" + shown).decode("utf-8", "surrogateescape"),
            _header_name(b"b/" + shown).decode("utf-8", "surrogateescape")]
    out = []
    for line in difflib.unified_diff(a, b, *head):
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out).encode("utf-8", "replace")


def for_terminal(patch: bytes) -> tuple[bytes, str]:
    """A UTF-8 file's byte patch (`unified_diff`) as a terminal is shown it:
    each control character but a tab or a line's end as its escape (`\\x1b`,
    `\\x9b`: raw, ESC or CSI would move the cursor or recolour the screen),
    and the first such escape, "" when there is none. Only what a terminal
    shows: a patch piped or written with -o keeps its bytes, for `git apply`."""
    text = patch.decode("utf-8", "surrogateescape")
    first = _CONTROL.search(text)
    if first is None:
        return patch, ""
    return _CONTROL.sub(escaped, text).encode("utf-8", "surrogateescape"), escaped(first)


def _patch_name(path: str) -> str:
    """The name a patch gives the file after `a/` and `b/`, with `/` separators:
    a relative path as named (normalized); an absolute one relative to the
    working folder when it lies below it (so `git apply` or `patch -p1` there
    applies the patch), else without its root, as `git diff --no-index`
    writes `a/tmp/story.md` for /tmp/story.md (it was `a//tmp/story.md`)."""
    name = os.path.normpath(path)
    if os.path.isabs(name):
        try:
            rel = os.path.relpath(name)
        except ValueError:             # another drive (Windows)
            rel = os.pardir
        if rel == os.pardir or rel.startswith(os.pardir + os.sep):
            rel = os.path.splitdrive(name)[1].lstrip(os.sep + "/")
        name = rel
    return name.replace(os.sep, "/")


# Bytes git's quote_c_style escapes in a name (core.quotePath, its default):
# control characters, '"', '\\', DEL and every byte past ASCII.
_C_ESCAPES = {0x07: b"\\a", 0x08: b"\\b", 0x09: b"\\t", 0x0A: b"\\n", 0x0B: b"\\v",
              0x0C: b"\\f", 0x0D: b"\\r", 0x22: b'\\"', 0x5C: b"\\\\"}


def _header_name(name: bytes) -> bytes:
    """A file name as git writes it on a `---`/`+++` line, so `patch -p1` reads
    it back whole: C-quoted ("a/n\\nl.md", "a/caf\\303\\251.md") when it holds
    a control character, a quote, a backslash or a byte past ASCII, and
    followed by a tab when it holds a space (GNU patch ends a bare name at
    white space; it read `a/my` of `a/my story.md`). Git's diff.c does both."""
    tab = b"\t" if b" " in name else b""
    if not any(c < 0x20 or c >= 0x7F or c in (0x22, 0x5C) for c in name):
        return name + tab
    quoted = b"".join(_C_ESCAPES.get(c) or (b"\\%03o" % c if c < 0x20 or c >= 0x7F else bytes((c,)))
                      for c in name)
    return b'"' + quoted + b'"' + tab


def unified_diff(path: str, before: bytes, after: bytes) -> bytes:
    """A unified diff of the file's BYTES that `git apply` and `patch -p1` apply.

    Lines are split at b"\n" only, as both tools split them, and keep their own
    bytes: CRLF, a UTF-8 BOM on line 1, cp1252 and UTF-16 text all reach the
    patch exactly as they are stored, so the context matches the file.
    """
    if before == after:
        return b""
    a, b = _LINE.findall(before), _LINE.findall(after)
    shown = _patch_name(path).encode("utf-8", "surrogateescape")
    out = []
    for line in difflib.diff_bytes(difflib.unified_diff, a, b, _header_name(b"a/" + shown),
                                   _header_name(b"b/" + shown)):
        if line.endswith(b"\n"):
            out.append(line)
        else:
            out.append(line + b"\n\\ No newline at end of file\n")
    return b"".join(out)
