"""Lint many files for a Session: in parallel when asked, in the order given,
and past any one file's problems."""
from __future__ import annotations

import sys
from typing import Callable, Iterable, Iterator

from .config import Config
from .document import Document, Part
from .engine import FileResult, lint_path
from .session import Session


def slim(doc: Document | None) -> Document | None:
    """The document without its analyses: the source text and how to write it
    back, which is all reports (html, sarif, baselines) need, plus an HTML
    page's parts (text and offsets only), which the HTML report shows as read."""
    if doc is None:
        return None
    parts = [Part(p.kind, p.text, p.segments, name=p.name) for p in doc.parts] \
        if doc.format == "html" else []
    return Document(path=doc.path, source=doc.source, format=doc.format,
                    encoding=doc.encoding, bom=doc.bom, parts=parts)


def _work(item: tuple[str, Config, bool]) -> FileResult:
    """One file in a worker process: its rules come from `rules_for`'s cache there."""
    path, config, keep = item
    return _finish(lint_path(path, config), keep)


def _finish(result: FileResult, keep: bool) -> FileResult:
    # Parts and analyses stay in the worker; only findings (and the source, when asked) travel back.
    result.document = slim(result.document) if keep else None
    return result


def in_order(work: Callable, local: Callable, items: list, jobs: int = 1,
             progress: Callable[[int, int], None] | None = None) -> Iterator:
    """`work(item)` for each item in `jobs` worker processes when there is more
    than one job and one item, else `local(item)` here (it may use the session's
    compiled rules); results in the order given, `progress(done, total)` after each."""
    total = len(items)
    if jobs > 1 and total > 1:
        from concurrent.futures import ProcessPoolExecutor   # only when there is work to share

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield from _counted(pool.map(work, items, chunksize=max(1, total // (jobs * 8))),
                                total, progress)
    else:
        yield from _counted(map(local, items), total, progress)


def _counted(results: Iterable, total: int, progress: Callable[[int, int], None] | None) -> Iterator:
    for done, result in enumerate(results, 1):
        if progress:
            progress(done, total)
        yield result


def lint_files(files: list[str], session: Session, jobs: int = 1, keep_documents: bool = False,
               progress: Callable[[int, int], None] | None = None) -> Iterable[FileResult]:
    """Yield one FileResult per file, in the order given, each with the config
    `session` resolves for it. With `keep_documents` each result keeps its
    document's source (see `slim`)."""
    def here(item: tuple[str, Config, bool]) -> FileResult:
        path, config, keep = item
        return _finish(session.lint_path(path, config), keep)

    items = [(f, session.config_for(f), keep_documents) for f in files]
    return in_order(_work, here, items, jobs, progress)


def lint_stdin(name: str, session: Session, data: bytes | None = None) -> FileResult:
    """Lint the article on stdin (or `data`) as if it were the file `name`."""
    result = session.lint_bytes(name, sys.stdin.buffer.read() if data is None else data)
    result.document = slim(result.document)
    return result
