"""Lint many files: resolve each file's config, run in parallel when asked,
and keep going past any one file's problems."""
from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable

from .config import Config, config_for
from .document import Document
from .engine import FileResult, lint_bytes, lint_path


class ConfigResolver:
    """Config for a file: the forced one (`--config`) or the nearest, plus CLI options."""

    def __init__(self, forced: Config | None, cli: dict):
        self.forced, self.cli = forced, cli

    def __call__(self, path: str) -> Config:
        base = self.forced or config_for(os.path.dirname(os.path.abspath(path)) or ".")
        return base.merged(**self.cli)


def slim(doc: Document | None) -> Document | None:
    """The document without its parts and analyses: the source text and how to
    write it back, which is all reports (html, sarif, baselines) need."""
    if doc is None:
        return None
    return Document(path=doc.path, source=doc.source, format=doc.format,
                    encoding=doc.encoding, bom=doc.bom)


def _work(item: tuple[str, Config, bool]) -> FileResult:
    path, config, keep = item
    result = lint_path(path, config)
    # Parts and analyses stay in the worker; only findings (and the source, when asked) travel back.
    result.document = slim(result.document) if keep else None
    return result


def lint_files(files: list[str], resolve: Callable[[str], Config], jobs: int = 1,
               keep_documents: bool = False,
               progress: Callable[[int, int], None] | None = None) -> Iterable[FileResult]:
    """Yield one FileResult per file, in the order given. With `keep_documents`
    each result keeps its document's source (see `slim`)."""
    items = [(f, resolve(f), keep_documents) for f in files]
    if jobs > 1 and len(items) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for i, result in enumerate(pool.map(_work, items, chunksize=max(1, len(items) // (jobs * 8)))):
                if progress:
                    progress(i + 1, len(items))
                yield result
        return
    for i, item in enumerate(items):
        result = _work(item)
        if progress:
            progress(i + 1, len(items))
        yield result


def lint_stdin(name: str, resolve: Callable[[str], Config], data: bytes | None = None) -> FileResult:
    result = lint_bytes(name, sys.stdin.buffer.read() if data is None else data, resolve(name))
    result.document = slim(result.document)
    return result
