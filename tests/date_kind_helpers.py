"""What the dates kinds' tests share (test_date_kinds_impossible,
test_date_kinds_weekdays, test_date_kinds_after_publication): the built-in
dates rules, a publication date, and a story's dates findings as (kind,
message) or (kind, line, column) pairs; `tense_findings` (qa171, qa173,
tense_from_ranges) keeps a one-sentence story's tense kinds alone;
`snippets` (weekday_or_pairs, weekday_slash_pairs) quotes chosen rules';
`taken_back` marks a case main does not pass (fx338/fx354 taken back)."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.config import Config
from lint.engine import lint_bytes, lint_document, rules_for
from lint.readers import read_bytes

DATES = [r for r in rules_for(Config()) if r.pack == "dates"]
PUB = dt.date(2025, 3, 10)


def found(body: str, published: dt.date = PUB, **config) -> list[tuple[str, str]]:
    doc = read_bytes("story.txt", f"Headline\n\n{body}\n".encode("utf-8"))
    rules = rules_for(Config(**config)) if config else DATES
    result = lint_document(doc, [r for r in rules if r.pack == "dates"],
                           Config(published=published, **config))
    return [(d.rule.split(".", 1)[1], d.message) for d in result.diagnostics]


def located(source: str, published: dt.date) -> list[tuple[str, int, int]]:
    doc = read_bytes("story.txt", source.encode("utf-8"))
    result = lint_document(doc, DATES, Config(published=published))
    return [(d.rule.split(".", 1)[1], d.line, d.column) for d in result.diagnostics]


TENSE_KINDS = ("after-publication", "future-tense-past-date")


def tense_findings(sentence: str, published: dt.date) -> list[tuple[str, int, int]]:
    """(kind, line, column) of each TENSE_KINDS finding in a text story of
    `sentence` (line 3) under "Headline", published on `published`."""
    return [f for f in located(f"Headline\n\n{sentence}\n", published) if f[0] in TENSE_KINDS]


def snippets(body: str, select: tuple[str, ...], published: dt.date) -> list[tuple[str, str]]:
    """(rule, snippet) of each finding of the rules `select` names in a
    one-paragraph text story of `body` under "Headline", published on `published`."""
    result = lint_bytes("s.txt", f"Headline\n\n{body}\n".encode(), Config(published=published, select=select))
    return [(d.rule, d.snippet) for d in result.diagnostics]


def taken_back(*values, source: str):
    """A case fx338/fx354 made pass and the lead took back to main's
    reading (a number after a day's comma is the year or the day): a strict
    xfail whose reason names `source` (the QA round or fix that asked for it)."""
    return pytest.param(*values, marks=pytest.mark.xfail(
        strict=True, reason=f"{source}: taken back (fx338/fx354 → qa213/qa226)"))
