"""Fingerprints that identify a finding across edits, for SARIF and baselines.

A finding is known by what it flags, not where: the rule id, the flagged text
and a few words either side, all case- and whitespace-normalised. Line and
column never enter, so adding a paragraph above a finding, or re-wrapping the
file, keeps its fingerprint; rewording the sentence it sits in does not. Equal
fingerprints in one file are told apart by their order (an occurrence index).
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from . import rx as regex

from .diagnostic import Diagnostic

VERSION = "newslint/v1"
CONTEXT_WORDS = 3
CONTEXT_CHARS = 80      # how far to look for those words
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_SPACE = regex.compile(r"\s+")
# A paragraph ends at a blank line, whatever the file's line ends (LF, CRLF, a
# lone CR, as LineIndex counts them): a checkout that changes them keeps its prints.
_BLANK_LINE = regex.compile(r"(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)")


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def halves(source: str, start: int, end: int) -> tuple[str, str]:
    """(the few normalised words before source[start:end], those after), within
    its paragraph; either is "" at the paragraph's edge."""
    before = source[max(0, start - CONTEXT_CHARS):start]
    after = source[end:end + CONTEXT_CHARS]
    before = _BLANK_LINE.split(before)[-1]
    after = _BLANK_LINE.split(after)[0]
    words_before = _WORD.findall(before)[-CONTEXT_WORDS:]
    words_after = _WORD.findall(after)[:CONTEXT_WORDS]
    return normalise(" ".join(words_before)), normalise(" ".join(words_after))


def reach(source: str, start: int, end: int) -> tuple[int, int]:
    """(lo, hi), source offsets: `halves` reads the words before `start` from
    source[lo:start] and those after `end` from source[end:hi], so an edit
    that neither overlaps nor touches [lo, start] leaves the words before as
    they are, and one clear of [end, hi] those after. That is from the first
    of its CONTEXT_WORDS words (the last, for after), or with fewer, the
    whole of the CONTEXT_CHARS it looks at as far as a blank line, the
    blank line included (an edit that joins the paragraphs brings words in)."""
    lo = max(0, start - CONTEXT_CHARS)
    last = None
    for last in _BLANK_LINE.finditer(source, lo, start):
        pass
    words = list(_WORD.finditer(source, last.end() if last else lo, start))
    lo = words[-CONTEXT_WORDS].start() if len(words) >= CONTEXT_WORDS else last.start() if last else lo
    hi = min(len(source), end + CONTEXT_CHARS)
    first = _BLANK_LINE.search(source, end, hi)
    words = list(_WORD.finditer(source, end, first.start() if first else hi))
    hi = words[CONTEXT_WORDS - 1].end() if len(words) >= CONTEXT_WORDS else first.end() if first else hi
    return lo, hi


def context(source: str, start: int, end: int) -> str:
    """A few normalised words before and after source[start:end], within its paragraph."""
    return " | ".join(halves(source, start, end))


def fingerprints(diagnostics: Iterable[Diagnostic], source: str | None) -> dict[Diagnostic, str]:
    """Diagnostic -> `hash:index` for one file's findings (source None: no context)."""
    import hashlib      # here: OpenSSL costs a plain text report's start-up 3-10 ms (placing reads `halves`)
    out: dict[Diagnostic, str] = {}
    seen: Counter = Counter()
    for d in sorted(diagnostics, key=lambda d: (d.offset, d.end_offset, d.rule, d.message)):
        ctx = context(source, d.offset, d.end_offset) if source is not None else ""
        key = "\0".join((d.rule, normalise(d.snippet), ctx))
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
        out[d] = f"{digest}:{seen[digest]}"
        seen[digest] += 1
    return out


def for_report(diagnostics: Iterable[Diagnostic], documents: dict) -> dict[Diagnostic, str]:
    """Fingerprints for findings over many files; `documents` maps path -> Document."""
    by_path: dict[tuple[str, str], list[Diagnostic]] = {}
    for d in diagnostics:     # occurrences count per article inside an export
        by_path.setdefault((d.path, d.article), []).append(d)
    out: dict[Diagnostic, str] = {}
    for (path, _), group in by_path.items():
        doc = documents.get(path)
        out.update(fingerprints(group, doc.source if doc is not None else None))
    return out
