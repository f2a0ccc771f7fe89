"""Lint many files: resolve each file's config, run in parallel when asked,
and keep going past any one file's problems."""
from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable

from .config import Config, config_for
from .engine import FileResult, lint_bytes, lint_path


class ConfigResolver:
    """Config for a file: the forced one (`--config`) or the nearest, plus CLI options."""

    def __init__(self, forced: Config | None, cli: dict):
        self.forced, self.cli = forced, cli

    def __call__(self, path: str) -> Config:
        base = self.forced or config_for(os.path.dirname(os.path.abspath(path)) or ".")
        return base.merged(**self.cli)


def _work(item: tuple[str, Config]) -> FileResult:
    path, config = item
    result = lint_path(path, config)
    result.document = None  # documents stay in the worker; only findings travel back
    return result


def lint_files(files: list[str], resolve: Callable[[str], Config], jobs: int = 1,
               keep_documents: bool = False,
               progress: Callable[[int, int], None] | None = None) -> Iterable[FileResult]:
    """Yield one FileResult per file, in the order given."""
    items = [(f, resolve(f)) for f in files]
    if jobs > 1 and len(items) > 1 and not keep_documents:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for i, result in enumerate(pool.map(_work, items, chunksize=max(1, len(items) // (jobs * 8)))):
                if progress:
                    progress(i + 1, len(items))
                yield result
        return
    for i, (path, config) in enumerate(items):
        result = lint_path(path, config)
        if not keep_documents:
            result.document = None
        if progress:
            progress(i + 1, len(items))
        yield result


def lint_stdin(name: str, resolve: Callable[[str], Config]) -> FileResult:
    return lint_bytes(name, sys.stdin.buffer.read(), resolve(name))
