"""A finding as a baseline records it (`baseline.Baseline`, `baseline.records`),
and as a baseline written by an older newslint recorded it.

Before 2d9b0df0 a Vale style's match that Vale cannot find again in the
source (markup inside it: `**Kind** of`) was placed from its line's first
column, the column Vale's line output gives, to the match's end, and so
was one written with an apostrophe entity (`That&#039;s`); each is now
placed at its own text, and keeps Vale's column as `Diagnostic.vale_column`.
Its print (flagged text and words either side) changed with its span, so a
baseline written then would no longer hide it (qa427 #1). `old_vale_entries`
gives the record the older code made of such a finding, which the baseline
also accepts; `--write-baseline` records the new span.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from .baseline_paths import key_path
from .diagnostic import Diagnostic
from .fingerprint import for_report, halves
from .placing import SNIPPET_MAX


def entries(diagnostics: Iterable[Diagnostic], documents: dict, base_dir: str,
            cwd: str | None = None) -> list[dict]:
    """One record per finding, in order: path (relative to `base_dir`, read
    from `cwd`), rule, fingerprint, flagged text, line, context words and the
    article's id in an export."""
    diagnostics = list(diagnostics)
    prints = for_report(diagnostics, documents)
    keys = {path: key_path(path, base_dir, cwd) for path in {d.path for d in diagnostics}}
    return [{"path": keys[d.path], "rule": d.rule,
             "fingerprint": prints[d].split(":")[0], "text": d.snippet[:200], "line": d.line,
             **_sides(d, documents), **({"article": d.article} if d.article else {})}
            for d in diagnostics]


def _sides(d: Diagnostic, documents: dict) -> dict:
    """The context words either side of `d` (see `fingerprint.halves`), when its file was read."""
    doc = documents.get(d.path)
    if doc is None:
        return {}
    before, after = halves(doc.source, d.offset, d.end_offset)
    return {"before": before, "after": after}


def _old_vale_span(d: Diagnostic, documents: dict) -> Diagnostic | None:
    """`d` placed as before 2d9b0df0: from its line's start (where Vale's
    column is) to its end; None for a finding that placing did not move
    (no `vale_column`: written in the source as it reads) or whose file was not read."""
    doc = documents.get(d.path)
    if not d.vale_column or doc is None:
        return None
    start = doc.lines.line_start(d.line)       # as the kind's anchor was found (`ValeKind`)
    if start >= d.offset:
        return None
    return replace(d, column=d.vale_column, offset=start,
                   snippet=doc.source[start:min(d.end_offset, start + SNIPPET_MAX)])


def old_vale_entries(diagnostics: list[Diagnostic], documents: dict, base_dir: str,
                     cwd: str | None = None) -> list[dict | None]:
    """Per finding, the record a newslint before 2d9b0df0 wrote of it (see the
    module), or None where that was the record written today. The prints'
    occurrence counts are those of the findings as the older code placed
    them all, so the second of two alike gets its old index too."""
    old = [_old_vale_span(d, documents) for d in diagnostics]
    if not any(old):
        return [None] * len(diagnostics)
    made = entries([o or d for o, d in zip(old, diagnostics)], documents, base_dir, cwd)
    return [e if o is not None else None for o, e in zip(old, made)]
