"""What a reader reports of the file itself, beside its parts: a `Notice`
(bad front matter, an encoding fallback; the engine turns it into a
`file.*` diagnostic), a `Suppression` (an inline newslint or Vale
directive), and the `file.*` ids the readers and the engine report
(`FILE_RULES`, `REFUSALS`). `lint.document.Document` holds the lists
(`notices`, `suppressions`) and imports these from here; offsets are
characters of the file's decoded source. They live apart from
`lint.document` to keep that module within the project's 400 lines.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FILE_RULES", "REFUSALS", "Notice", "Suppression"]

# Every `file.*` id the readers and the engine report: problems with the file
# itself, which no rule file declares. Config and inline ids are checked against
# these and the loaded rules (tests/test_hardening_input.py keeps the list complete).
FILE_RULES = ("file.article-body", "file.binary", "file.directive", "file.empty", "file.encoding", "file.format",
              "file.front-matter", "file.html", "file.implausible-date", "file.jsonl", "file.markdown", "file.missing",
              "file.no-body", "file.no-story", "file.too-large", "file.unreadable", "file.xml")

# The `file.*` ids of a file of which nothing was read, so nothing checked (a named
# path where nothing is too: a typo'd name passed green under `--select hygiene`): said
# unless an ignore: entry matches, whatever select: picks (`Config.reports`).
REFUSALS = frozenset({"file.too-large", "file.binary", "file.empty", "file.unreadable", "file.missing"})


@dataclass(frozen=True)
class Notice:
    """Something the reader wants the user to know about the file itself
    (bad front matter, encoding fallback). The engine turns it into a
    `file.*` diagnostic."""

    rule: str
    level: str
    message: str
    offset: int = 0
    refuses_date: bool = False       # it refuses a publication date the article gives (the summary's note)
    # It says the front matter could not be read (a parse error, a block never
    # closed): its title and date went unread, so no "no headline" finding and
    # no "write the date" advice add to it (`FileResult.unread`).
    unread_front: bool = False


@dataclass(frozen=True)
class Suppression:
    """An inline `<!-- newslint-... -->` (or Vale `<!-- vale ... -->`) directive
    found by a reader."""

    # "disable", "enable", "disable-next-line" or "disable-line"; a misspelt one is its whole
    # name as written ("newslint-disable_line"), which hides nothing (`suppress.action_of`)
    action: str
    rules: tuple[str, ...]  # empty: every rule
    offset: int
    vale: bool = False     # Vale's comment syntax: Vale's rules for it apply
    # Set for a directive in a body embedded in another file (a JSON Lines
    # record's body, a WXR post), whose lines are not the file's: the file span
    # [start, end) of the body's next line (its own line for `disable-line`). Such a directive takes effect at its
    # own offset, not at its file line (see `suppress.Suppressor`).
    next_line: tuple[int, int] | None = None
    # Where each of `rules` starts in the file (an unknown id is reported
    # there); () when not known (a Vale comment, a Suppression built by hand).
    at: tuple[int, ...] = ()
    # The writer's why, after ` -- ` (`disable-line hygiene -- city has not said`),
    # its white space folded; "" when none is given.
    reason: str = ""
    # Where each of `rules` ends in the file, as `at` (the span a slip in it is said over).
    ends: tuple[int, ...] = ()
    # The directive's words after its action, as written (ids, dashes, reason): a slip
    # is quoted as written (`approved, legal`); "" when built by hand.
    text: str = ""
    # In an XML comment (NITF, a NewsML-G2 story's XHTML), which may not hold `--`
    # (XML 1.0, section 2.5): a reason goes after an em dash there.
    xml: bool = False
    # The file span [start, end) of its name, `newslint-ACTION` as written (a misspelt
    # action is said over it); () when not known (a Vale comment, one built by hand).
    name: tuple[int, ...] = ()
    # Just past its comment's `-->` when the comment runs over several lines (next line:
    # the one after that; `disable-line`: every line it spans); None otherwise.
    close: int | None = None
