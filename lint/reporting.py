"""Writing a report while the files are linted, for flat memory over archives.

`newslint check` sorts every finding by (path, line, column, rule, message)
before it writes a report. When the files come in path order, that is each
file's findings sorted in turn, so a line format (`formatters.stream`) can be
written file by file and nothing but counters is held: the run's memory stays
the same for 1,000 or 100,000 articles. `can_stream` says when that gives
exactly the report collecting everything would.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from .diagnostic import Diagnostic
from .format_names import format_ext
from .readers._own_reports import NOT_LINTED, SET_ASIDE, SKIPPED

# `SKIPPED`, the `file.*` id of a file skipped as no article format (a named .json,
# .rtf or picture: `readers.NOT_ARTICLES`; XML of no known format; newslint's own
# report), is kept with the line `set_aside` says of it. Information, not a finding.
# How many undated files GitHub's no-date notice names (`cli_notes.say_undated`).
NAMED_IN_NOTICE = 5


def set_aside(diagnostics: list) -> tuple[list, list[str]]:
    """(findings, one line per skipped file). A skipped file is said on stderr
    (`path: file.format: skipped: ...`) and is neither counted in the report nor
    fails the run at any --fail-level: a list of changed files (lint-staged, git
    diff) names pictures and data, and ESLint's warning for such a file made
    `--max-warnings 0` fail those runs. `--ignore file.format` silences it.
    `lint_paths` and the language server leave it out the same way."""
    kept, said = [], []
    for d in diagnostics:
        if d.rule == SKIPPED:
            said.append(SET_ASIDE.format(path=d.path, rule=d.rule, message=d.message))
        else:
            kept.append(d)
    return kept, said


def add_undated(result, places: set[str], paths: list[str], unread: list[str]) -> None:
    """Count a file with no publication date into the note's advice: where
    its format states one (`date_place`), and its path among the first
    `NAMED_IN_NOTICE`; a file whose front matter could not be read
    (`FileResult.unread`) as `path:line:column` in `unread` instead of a
    place, as it needs mending, not a date. An export's articles are counted,
    not placed."""
    if result.undated and result.articles == 1:
        if result.unread is not None:
            unread.append("{}:{}:{}".format(result.path, *result.unread))
        else:
            places.add(date_place(result.path, result.format))
        if len(paths) < NAMED_IN_NOTICE:
            paths.append(result.path)


def can_stream(paths_in_order: list[str], *, collecting: bool) -> bool:
    """Whether streaming gives the collected report: the results come in strictly
    increasing path order, and nothing needs every finding at once (`collecting`:
    baselines, --statistics, --output, --fix)."""
    return not collecting and all(a < b for a, b in zip(paths_in_order, paths_in_order[1:]))


def unlinted(result) -> bool:
    """A file a Vale config's sections do not match (`vale.unmatched`'s note):
    no rule ran on it, so it is not counted as a file linted and the run says
    how many there were (`cli_notes.say_unlinted`), never "No problems found"
    about them (nu27 #3)."""
    return any(note.endswith(NOT_LINTED) for note in result.notes)


def linted(results) -> list[str]:
    """The paths of the results that were linted: all but the files skipped,
    whose one finding is `SKIPPED`, or that have none because `--ignore
    file.format` hid it (a named .json is never linted: "No files linted."
    stays true, never "No problems found."), or because --ignore hid the
    line of a file no reader read (`file.too-large`, `file.binary`: qa396 #8).
    `check` and an audit's worker count them (a baseline's records there are
    fixed when unmatched, so never for a file not read)."""
    return [r.path for r in results if [d.rule for d in r.diagnostics] != [SKIPPED]
            and not skipped_unsaid(r) and not (unlinted(r) and not r.diagnostics)]


def read_through(results) -> list[str]:
    """`linted`'s paths that a reader read (`FileResult.format`): the files
    whose findings were looked for, so the only ones whose unmatched
    baseline records are fixed, and whose records --write-baseline replaces.
    A file refused unread (`file.too-large`, `file.binary`,
    `file.unreadable`, said or not) keeps its records, neither said fixed
    nor dropped; a named path where nothing is (`file.missing`) is not read
    either: its records are gone with the file (`Baseline.gone`'s `walked`,
    `baseline.unchecked`), as a deleted file's in a folder walked (qa401 #1)."""
    return linted([r for r in results if r.format])


def skipped_unsaid(result) -> bool:
    """A file never read whose one line --ignore hid: skipped by its name (a
    .json, a picture: `file.format`), or refused with no reader reading it
    (`FileResult.format` "": `engine.unread`, `engine.refused`; too large,
    binary, no article format by its content). It has no findings yet
    was never linted, so it is never counted as a file linted (qa396 #8:
    "No problems found." on an over-size file whose `file.too-large` was
    ignored). A reader that crashed left a problem: that file is counted."""
    from .readers import skipped_by_name
    if result.diagnostics or result.problems:
        return False
    return not result.format or result.document is None and skipped_by_name(result.path)


# Where each reader finds an article's publication date: the no-date note
# names the places for the formats of the files that had none.
DATE_PLACES = {
    "markdown": "front matter `date:`", "text": "a date line such as `Dec. 2, 2026` under the headline",
    "html": "a page's `article:published_time`", "nitf": "`<date.issue>`",
    "wxr": "a WordPress post's `<wp:post_date_gmt>` or `<wp:post_date>`",
    "newsml": "a NewsML-G2 item's `<firstCreated>`", "jsonl": "a JSON Lines line's `published` field",
}


def date_place(path: str, fmt: str = "") -> str | None:
    """Where a file read as `fmt` (`Document.format`, "" when not known: then
    its name tells, and `.xml`, whose format its content tells, is None)
    states its date (`DATE_PLACES`), or None."""
    if fmt:
        return DATE_PLACES.get(fmt)
    from .readers import READERS
    ext = format_ext(path)
    return DATE_PLACES.get(READERS.get(ext, "text" if ext != ".xml" else ""))


@dataclass
class Streamed:
    """What the run still needs once the report is written."""

    failed: bool = False                           # a finding at or above --fail-level
    problems: list[str] = field(default_factory=list)
    notes: list[tuple[str, list[str]]] = field(default_factory=list)   # for --verbose
    skipped: list[str] = field(default_factory=list)   # files of no article format (`set_aside`)
    unlinted: list[str] = field(default_factory=list)  # files no section of a Vale config matches
    files: int = 0                                 # files linted
    undated: int = 0                               # ... of them with no publication date (`FileResult.undated`)
    date_refused: int = 0                          # ... of those, one given but refused (`FileResult.date_refused`)
    articles: int = 0                              # articles in the files linted (an export holds several)
    undated_places: set[str] = field(default_factory=set)   # where those files' formats state a date
    undated_paths: list[str] = field(default_factory=list)  # the first NAMED_IN_NOTICE of them
    undated_unread: list[str] = field(default_factory=list)  # path:line:col of each whose front matter was unread


def write_streamed(results: Iterable, writer, write: Callable[[str], None], fail_level: str,
                   verbose: bool = False) -> Streamed:
    """Write each result's findings with `writer` (`formatters.stream`) as it
    comes, then the report's end. Only counters and --verbose notes are kept.
    A file skipped as no article format is neither written nor counted (`set_aside`)."""
    out = Streamed()
    for result in results:
        diagnostics, said = set_aside(sorted(result.diagnostics, key=Diagnostic.sort_key))
        out.skipped += said
        if unlinted(result):
            out.unlinted.append(result.path)
            if not result.diagnostics:     # nothing read into it: not counted, its -v note kept
                if verbose:
                    out.notes.append((result.path, list(result.notes)))
                continue
        if said and not diagnostics or not result.diagnostics and skipped_unsaid(result):
            continue    # never linted: not counted, so "No files linted." stays true
        text = writer.file(diagnostics)
        if text:
            write(text)
        out.failed = out.failed or any(d.at_least(fail_level) for d in diagnostics)
        out.files += 1
        out.undated += result.undated
        add_undated(result, out.undated_places, out.undated_paths, out.undated_unread)
        out.date_refused += result.date_refused
        out.articles += result.articles
        out.problems += [p.text for p in result.problems]
        if verbose:
            out.notes.append((result.path, list(result.notes)))
    out.problems = list(dict.fromkeys(out.problems))
    write(writer.end(out.problems))
    return out


def streamer(fmt: str, no_color: bool, fail_level: str, verbose: bool, collecting: bool,
             order: list[str], progress=None):
    """`newslint check`'s writer: a function that takes the runs' results (an
    iterable of iterables of FileResult), writes format `fmt`'s report file by
    file to stdout and gives the `Streamed` counts; or None when the report must
    be collected first (`can_stream`; a format with no `Stream`). A line format
    reaches stdout as it comes, a document (JSON, SARIF) whole or not at all
    (`spool.spooled`)."""
    import os
    import sys

    import click

    from .formatters import Report, lines, storable, stream
    from .spool import spooled

    if not can_stream(order, collecting=collecting):
        return None
    # NO_COLOR counts only when set and not empty (no-color.org)
    color = fmt == "text" and not no_color and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    writer = stream(fmt, Report([], color=color, root=os.getcwd(), fail_level=fail_level))
    if writer is None:
        return None

    # On a terminal that shows the bar too, the bar is erased before each file's
    # findings (and drawn again after), so a finding never follows it on its line.
    erase = progress.close if progress is not None and progress.active and sys.stdout.isatty() \
        else None

    def write(text: str) -> None:
        if erase is not None:
            erase()
        click.echo(storable(text), nl=False)

    def run(sources):
        results = (r for source in sources for r in source)
        if lines(fmt):
            return write_streamed(results, writer, write, fail_level, verbose)
        # a document reaches stdout whole, once every file is linted, or not at all
        return spooled(lambda put: write_streamed(results, writer, put, fail_level, verbose),
                       before=erase)
    return run
