"""A one-line progress bar on stderr, for long runs on a terminal only.

It never appears in pipes, CI logs or redirected output (stderr must be a
TTY), nor for a handful of files, where it would only flicker.
"""
from __future__ import annotations

import time
from typing import TextIO

MIN_FILES = 20          # fewer files finish before a bar is worth drawing
WIDTH = 30
INTERVAL = 0.1          # seconds between redraws


class Progress:
    def __init__(self, total: int, stream: TextIO, enabled: bool = True, label: str = "linting"):
        isatty = getattr(stream, "isatty", None)
        self.active = bool(enabled and total >= MIN_FILES and isatty and isatty())
        self.total, self.stream, self.label = total, stream, label
        self._last = 0.0
        self._drawn = False

    def __call__(self, done: int, total: int | None = None) -> None:
        if not self.active:
            return
        now = time.monotonic()
        if done < self.total and now - self._last < INTERVAL:
            return
        self._last = now
        filled = WIDTH * done // max(self.total, 1)
        bar = "#" * filled + "-" * (WIDTH - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done}/{self.total} files")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        """Erase the bar so the report starts on a clean line."""
        if self._drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._drawn = False
