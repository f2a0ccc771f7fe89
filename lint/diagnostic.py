"""What the engine hands to formatters: frozen, fully placed findings."""
from __future__ import annotations

from dataclasses import dataclass, field

LEVELS = ("suggestion", "warning", "error")
LEVEL_RANK = {name: i for i, name in enumerate(LEVELS)}


@dataclass(frozen=True)
class Fix:
    """Replace source[start:end] with `replacement` (offsets into the decoded text).

    `kept` is text right after `end` that the edit leaves in place but that
    ends what it writes: the stop a.m. or p.m. shares with the sentence a
    letter runs on to ("7:00 PM.Then": the edit writes `7 p.m` over `7:00 PM`
    and keeps `.`). Never written; a reader is shown `shown` (`7 p.m.`), the
    text as it reads after the fix. Not part of a Fix's identity."""

    start: int
    end: int
    replacement: str
    kept: str = field(default="", compare=False)

    @property
    def shown(self) -> str:
        """The fix as a reader sees it: `replacement` and the `kept` text after it."""
        return self.replacement + self.kept


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One finding, placed: `line` and `column` where it starts and ends in the
    file, `offset` and `end_offset` in the decoded text, the rule and level."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    level: str
    message: str
    fix: Fix | None = None
    offset: int = 0          # source offset of the start, for fixes and reports
    end_offset: int = 0
    snippet: str = ""        # the source text the finding covers
    article: str = ""        # the article's id when the file is an export of several
    # The same fault's later findings this one stands for (a stale dateline said again,
    # `Finding.repeat_of`): not reported while this one is, but a baseline that hides
    # this one shows them (`baseline.Baseline.filter`); never compared or hashed.
    repeats: tuple["Diagnostic", ...] = field(default=(), compare=False, repr=False)
    # Where its article starts in the file (a source offset, `Document.article_at`; 0 for
    # a file of one): an export's findings that tie on the rest of `sort_key` keep their
    # articles' order, and an audit's row goes to the article read there, never to the
    # first of the revisions sharing its id (qa386 #1, #3). Never compared or hashed.
    article_at: int = field(default=0, compare=False, repr=False)
    # The column Vale's own line output gives a Vale style's match it cannot find again
    # in the source (markup inside it: its line's first, `--format vale` only), or
    # `column` for one written with an apostrophe entity; 0 for a match written as it
    # reads. Every other format keeps `column`, the match's own (nu74 #7). Nonzero, it
    # also says a baseline before 2d9b0df0 recorded it from its line's start
    # (`baseline_entries`).
    vale_column: int = field(default=0, compare=False, repr=False)

    def at_least(self, level: str) -> bool:
        return LEVEL_RANK[self.level] >= LEVEL_RANK[level]

    def sort_key(self) -> tuple:
        """(path, line, column, rule, message, article_at): findings of two
        articles that tie on the rest come in file order, never a set's."""
        return (self.path, self.line, self.column, self.rule, self.message, self.article_at)
