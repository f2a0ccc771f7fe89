"""Baselines: adopt newslint over an existing archive without fixing it first.

`--write-baseline FILE` records every current finding by fingerprint (see
`fingerprint.py`: rule, flagged text and nearby words, never the line), so a
finding keeps its identity when text above it moves. `--baseline FILE` then
hides recorded findings and reports only new ones. Matching counts
occurrences: if a file had one doubled word and now has two, one is new.
A copy edit beside a finding changes its context words, so a finding whose
print is gone is still known when the file holds a recorded finding of the
same rule and flagged text that no finding matched exactly (nu18 #9).
Paths are stored relative to the baseline file, so it works from any folder.
A finding inside an export (WXR, JSON Lines) is also keyed by its article's
id, so reordering the export's articles keeps it known.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from typing import Iterable

from . import __version__
from .diagnostic import Diagnostic
from .fingerprint import for_report, normalise
from .safeload import read_regular

FORMAT_VERSION = 1
# Findings about the command line, not an article: never recorded, never hidden.
# A path named where nothing is (a typo, a deleted file) would stay hidden for
# good once recorded, and its file is not there to be adopted.
NEVER_RECORDED = ("file.missing",)


MAX_BASELINE_BYTES = 1 << 30      # a baseline bigger than a gigabyte is not one

class BaselineError(Exception):
    """The baseline file cannot be read; str() is one line naming it."""


def _key_path(path: str, base_dir: str) -> str:
    return os.path.relpath(os.path.abspath(path), base_dir).replace(os.sep, "/")


def _entries(diagnostics: Iterable[Diagnostic], documents: dict, base_dir: str) -> list[dict]:
    diagnostics = list(diagnostics)
    prints = for_report(diagnostics, documents)
    return [{"path": _key_path(d.path, base_dir), "rule": d.rule,
             "fingerprint": prints[d].split(":")[0], "text": d.snippet[:200], "line": d.line,
             **({"article": d.article} if d.article else {})}
            for d in diagnostics]


def write(file: str, diagnostics: Iterable[Diagnostic], documents: dict) -> int:
    """Record the findings in `file` (sorted, so the file diffs well); returns how many."""
    from .writer import write_atomic

    base_dir = os.path.dirname(os.path.abspath(file))
    diagnostics = [d for d in diagnostics if d.rule not in NEVER_RECORDED]
    entries = sorted(_entries(diagnostics, documents, base_dir),
                     key=lambda e: (e["path"], e["line"], e["rule"], e["fingerprint"]))
    data = {"version": FORMAT_VERSION, "tool": "newslint", "tool_version": __version__,
            "findings": entries}
    try:
        text = json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:   # a file name that is not UTF-8 ('\udcff'): kept as an escape
        text = json.dumps(data, indent=2).encode("ascii")
    write_atomic(file, text + b"\n")
    return len(entries)


class Baseline:
    def __init__(self, file: str):
        self.file = file
        self.base_dir = os.path.dirname(os.path.abspath(file))
        try:
            data = json.loads(read_regular(file, MAX_BASELINE_BYTES).decode("utf-8"))
            findings = data["findings"]
            self.known = Counter((f["path"], f.get("article", ""), f["rule"], f["fingerprint"])
                                 for f in findings)
            # the flagged text of each print, for findings whose context was edited
            self.text = {(f["path"], f.get("article", ""), f["rule"], f["fingerprint"]):
                         normalise(f["text"]) for f in findings if isinstance(f.get("text"), str)}
        except OSError as exc:
            raise BaselineError(f"{file}: cannot read baseline: {exc.strerror or exc}") from None
        except (ValueError, KeyError, TypeError, RecursionError) as exc:
            raise BaselineError(f"{file}: not a newslint baseline ({type(exc).__name__}: {exc}); "
                                "write one with --write-baseline") from None

    def filter(self, diagnostics: list[Diagnostic], documents: dict) -> tuple[list[Diagnostic], int]:
        """(findings not in the baseline, how many were hidden). Order is kept;
        a NEVER_RECORDED finding is never hidden, even by a baseline that holds it."""
        left = Counter(self.known)
        entries = _entries(diagnostics, documents, self.base_dir)
        keys = [(e["path"], e.get("article", ""), e["rule"], e["fingerprint"]) for e in entries]
        known = [False] * len(keys)
        for i, (d, key) in enumerate(zip(diagnostics, keys)):
            if left[key] > 0 and d.rule not in NEVER_RECORDED:
                left[key] -= 1
                known[i] = True
        loose = Counter()       # recorded prints nothing matched, by their flagged text
        for key, n in left.items():
            if n > 0 and key in self.text:
                loose[key[:3] + (self.text[key],)] += n
        for i, (d, key, e) in enumerate(zip(diagnostics, keys, entries)):
            near = key[:3] + (normalise(e["text"]),)
            if not known[i] and loose[near] > 0 and d.rule not in NEVER_RECORDED:
                loose[near] -= 1
                known[i] = True
        return [d for d, k in zip(diagnostics, known) if not k], sum(known)
