"""Output formats: one module per format, found by name, flake8-style.

Each module defines `render(report) -> str` (and `NEEDS_SOURCE = True` when
it shows or hashes the article text). Adding a format is adding a module;
`newslint check --format NAME` and `--help` pick it up. A line-by-line format
may also define `Stream` (see `stream`), so a run over an archive writes each
file's findings as they come, in flat memory, instead of holding them all.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import lru_cache

from ..diagnostic import Diagnostic
from ..submodules import public
from ._common import first_sentence, plain, printable, safe_link, storable

__all__ = ["Report", "first_sentence", "lines", "names", "needs_source", "plain", "printable", "render",
           "safe_link", "storable"]


@dataclass
class Report:
    """Everything a formatter may need; most use only `diagnostics`."""

    diagnostics: list[Diagnostic]
    files: list[str] = field(default_factory=list)      # every file linted, in order
    rules: dict = field(default_factory=dict)          # id -> Rule, for rule metadata
    documents: dict = field(default_factory=dict)      # path -> Document: source text, NEEDS_SOURCE formats
    color: bool = False
    root: str = ""                                     # paths are relative to this
    fail_level: str = "error"                          # findings at or above it fail (junit)
    problems: list[str] = field(default_factory=list)  # rules stopped or crashed: not a clean run
    # rule id -> its level in this run, as most files' configs give it, or "off"
    # (SARIF's defaultConfiguration; `rules_table.run_levels`); else the rule's own
    levels: dict = field(default_factory=dict)
    # each finding an inline directive hid -> the directive's reason ("" for none)
    # (`FileResult.suppressed`): SARIF lists them with `suppressions`; the other
    # formats show only `diagnostics`, which alone set the exit code
    suppressed: dict = field(default_factory=dict)
    # path -> an export's articles, named as its findings name them, in order
    # (`FileResult.names`): JUnit gives each a testsuite, a clean one too
    articles: dict = field(default_factory=dict)


@lru_cache(maxsize=None)
def names() -> list[str]:
    """Every format: the public modules of this package, listed without importing
    them (a run imports only the formatter it uses)."""
    return public(__path__)


@lru_cache(maxsize=None)
def formatter(name: str):
    """The module of format `name`; KeyError when there is none."""
    if name not in names():
        raise KeyError(name)
    return importlib.import_module(f"{__name__}.{name}")


def needs_source(name: str) -> bool:
    """Whether the format reads the articles' text (`NEEDS_SOURCE = True` in its
    module): only then does the runner keep each document's source."""
    return bool(getattr(formatter(name), "NEEDS_SOURCE", False))


def lines(name: str) -> bool:
    """Whether format `name` is a list of lines that each stand alone
    (`LINES = True` in its module), so a report cut short is still read line
    by line. Every other format is one document (a JSON array, SARIF, JUnit
    XML, an HTML page) that a consumer parses whole: `spool` writes those all
    or nothing."""
    return bool(getattr(formatter(name), "LINES", False))


def stream(name: str, report: Report):
    """A writer of format `name` that takes one file's findings at a time, or
    None when the format needs them all first (SARIF, JUnit, HTML, ...).
    `file(diagnostics) -> str` (one file's, sorted), then `end(problems) -> str`;
    together they give exactly what `render` gives for the same findings.
    `report` carries the settings (color, root); its lists may be empty."""
    writer = getattr(formatter(name), "Stream", None)
    return writer(report) if writer is not None else None


def render(name: str, report: Report) -> str:
    return storable(formatter(name).render(report))
