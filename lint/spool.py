"""All or nothing on stdout for whole-document reports (JSON, SARIF, JUnit, ...).

A document format is parsed as one piece: a CI step that reads half a JSON
array (the run ended by a dead `--jobs` worker, or by Ctrl-C) fails with a
parser error that hides the real one. So a document streamed file by file
goes to a `Spool` (memory, then a temporary file past `MEMORY` characters,
so a run over an archive keeps flat memory) and reaches stdout only once the
run is complete; the final write (`write_all`) is `held` against a single
Ctrl-C. Line
formats (text, github, vale) declare `LINES = True` and keep streaming: a
cut line report is still readable.
"""
from __future__ import annotations

import contextlib
import io
import os
import sys
import threading
from typing import Callable, Iterator, TextIO

import click

MEMORY = 512 << 10        # characters kept in memory before the spool moves to disk
CHUNK = 256 << 10         # characters per write when the spool is copied out


class Spool:
    """Text written now, handed on later in order (`drain`); `close` drops it.
    Memory is bounded by MEMORY; the rest waits in an anonymous temporary file
    (removed by the system when closed, even if the process is killed)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.file = None

    def write(self, text: str) -> None:
        """Keep `text`. A temporary folder that is full or missing ends the run
        with one line naming it (`click.exceptions.Exit`, exit 2), never an
        internal error: --output FILE or another TMPDIR is the way out."""
        try:
            if self.file is not None:
                self.file.write(text)
                return
            self.parts.append(text)
            self.size += len(text)
            if self.size > MEMORY:
                import tempfile   # here, not at the top: a short report never needs it

                self.file = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")
                self.file.write("".join(self.parts))
                self.parts = []
        except OSError as exc:
            import tempfile

            click.echo(f"newslint: cannot keep the report in a temporary file in "
                       f"{tempfile.gettempdir()}: {exc.strerror or exc}; set TMPDIR to a "
                       f"folder with room, or write the report with --output FILE", err=True)
            raise click.exceptions.Exit(2) from None

    def drain(self, write: Callable[[str], None]) -> None:
        """Everything written, to `write`, in pieces of about CHUNK characters."""
        if self.file is None:
            batch, size = [], 0
            for part in self.parts:
                batch.append(part)
                size += len(part)
                if size >= CHUNK:
                    write("".join(batch))
                    batch, size = [], 0
            if batch:
                write("".join(batch))
            return
        self.file.seek(0)
        while chunk := self.file.read(CHUNK):
            write(chunk)

    def close(self) -> None:
        self.parts = []
        if self.file is not None:
            self.file.close()
            self.file = None


def spooled(produce: Callable[[Callable[[str], None]], object],
            before: Callable[[], None] | None = None):
    """Run `produce(write)` (a streamed report's writer) into a `Spool`; when
    it returns, call `before` (erase a progress bar), write everything to
    stdout (`write_all`, `held`) and return what `produce` returned. When it
    raises (a dead worker, Ctrl-C), stdout gets nothing. Text is made
    `storable` as it comes, as the line path does."""
    from .formatters import storable

    spool = Spool()
    try:
        done = produce(lambda text: spool.write(storable(text)))
        if before is not None:
            before()
        with held():
            spool.drain(lambda text: write_all(text, sys.stdout))
        return done
    finally:
        spool.close()


@contextlib.contextmanager
def held() -> Iterator[None]:
    """Defer one Ctrl-C until the block ends (then `KeyboardInterrupt`, exit
    130), so a document being written to stdout is finished, not cut. A second
    Ctrl-C interrupts at once: a write blocked on a reader that stopped
    reading (a pager) never holds the run hostage. Off the main thread, where
    Python delivers no signal, and in a run that ignores SIGINT (started with
    `&` from a script), the block just runs."""
    # `_signal`, the C module `signal` wraps (loaded at every start), not the
    # public `signal`: importing that builds three enums (Signals, Handlers,
    # Sigmasks), 0.7-0.9 ms of a one-article JSON run, and its `signal()` and
    # `getsignal()` only call `_signal`'s and turn the ints into those enums;
    # the handlers here are plain ints and callables, which `_signal` gives
    import _signal

    if threading.current_thread() is not threading.main_thread() \
            or _signal.getsignal(_signal.SIGINT) == _signal.SIG_IGN:
        yield
        return
    pending: list[int] = []

    def defer(signum, frame):
        if pending:
            raise KeyboardInterrupt
        pending.append(signum)

    previous = _signal.signal(_signal.SIGINT, defer)
    try:
        yield
    finally:
        _signal.signal(_signal.SIGINT, _signal.default_int_handler if previous is None else previous)
    if pending:
        raise KeyboardInterrupt


def write_all(text: str, stream: TextIO) -> None:
    """`text` to `stream` in UTF-8 (ANSI codes dropped off a terminal), every
    byte: a blocking write that a handled signal interrupts returns short, and
    Python's text layer dropped the rest without a word (seen on a pipe,
    CPython 3.11), so the bytes go to the descriptor in a loop, which waits
    on a pipe left non-blocking rather than fail half-way. A stream without one (a test's) is written
    as usual. BrokenPipeError passes on, as from any write."""
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, io.UnsupportedOperation):
        click.echo(text, file=stream, nl=False)
        return
    if not stream.isatty() and "\x1b" in text:   # every ANSI code opens with ESC: a report
        text = click.unstyle(text)                # without one skips the pattern (720 KB of
                                                  # JSON for 200 articles: 3.6 M instructions)
    # UTF-8 whatever the locale says (cp1252 on a redirected Windows stdout,
    # latin-1): JSON and SARIF must be UTF-8 (RFC 8259 section 8.1), the XML and
    # HTML reports declare it, and --output writes the same bytes
    data = memoryview(text.encode("utf-8", "replace"))
    stream.flush()
    while data:
        try:
            data = data[os.write(fd, data):]
        except BlockingIOError:    # a parent left the pipe non-blocking (Node.js does)
            import select

            select.select([], [fd], [])
