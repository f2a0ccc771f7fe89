"""What `check` writes besides the report: the --diff patch, files fixed in place,
a baseline, and the report itself to --output or the terminal; and stdin's
article handed back. Each says what it did on stderr and picks the exit code
(0 clean, 1 findings, 2 an error that is not a finding), so `cli` keeps only
the options and the flow. The run's other lines on stderr (rules selected,
nothing to lint, skipped files, the undated note) are `cli_notes`."""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from .cli_notes import say_file_notes, say_skipped, say_undated, say_unlinted
from .file_notices import FILE_RULES
from .formatters import printable
from .formatters._common import with_article
from .plural import counted, plural
# their grammar tells a report saved with its stderr (qa316 #1)
from .readers._own_reports import (BASELINE_UNWRITTEN, FIXED, GONE, HIDDEN, IGNORING, NONE_HIDDEN, RECORDED,
                                   REPORT_UNWRITTEN, STDERR, WOULD_APPLY)
# a file of no article format is said, never a finding: `reporting.set_aside` tells
# it apart (there, without click: the API and the language server use it too)
from .reporting import read_through, set_aside  # noqa: F401  (cli.py calls out.set_aside)
from .regular_files import StreamHead
from .spool import held, write_all
from .writer import write_atomic

if TYPE_CHECKING:
    from collections.abc import Collection

    from .fixes import FixOutcome
    from .session import Session

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def fail(message: str) -> "click.exceptions.Exit":
    click.echo("\n".join(f"newslint: {line}" for line in message.split("\n")), err=True)  # each of several
    return click.exceptions.Exit(EXIT_ERROR)


def default_levels(fmt: str, rules: dict, session: "Session", paths: list[str]) -> dict[str, str]:
    """For SARIF, each rule's default level in this run (`rules_table.run_levels`
    over the config of each of `paths`); {} for the other formats, which show
    each finding's own level only."""
    if fmt != "sarif":
        return {}
    from .rules_table import run_levels
    return run_levels(rules, [session.config_for(p) for p in paths])


def rule_ids(values: tuple[str, ...]) -> list[str]:
    """The ids of --select/--ignore values (check's and audit's), parted by
    commas and white space, as written, as rule ids are made from file names."""
    return [v for chunk in values for v in chunk.replace(",", " ").split() if v]


def stdin_named(paths: tuple[str, ...], stdin_filename: str | None) -> tuple[str, ...]:
    """The paths to read: `--stdin-filename` names the article on stdin, so
    given with files and no '-' it means stdin, as in ruff, and the files are
    left out with one line saying so (they were once read and the option
    ignored without a word)."""
    if not stdin_filename or not paths or "-" in paths:
        return paths
    click.echo(STDERR + IGNORING.format(paths=printable(', '.join(paths))), err=True)
    return ("-",)


def pass_stdin(why: str, verbose: bool, fix: bool) -> None:
    """`--force-exclude` left out the article on stdin (`files.left_out`): read
    it anyway (the editor writing it never sees a broken pipe) and, with --fix,
    write it back unchanged, as ruff does, so a buffer is never emptied."""
    copy_stdin(sys.stdout.buffer if fix else None)
    if verbose:
        click.echo(f"newslint: {printable(why)}", err=True)


def copy_stdin(to=None) -> None:
    """Read the rest of stdin a chunk at a time, never whole into memory,
    writing it to `to` when given (--fix hands stdin's article back). A
    short chunk is the end: no read follows it (`regular_files.read_stream`)."""
    while True:
        chunk = sys.stdin.buffer.read(_CHUNK)
        if to is not None:
            to.write(chunk)
        if len(chunk) < _CHUNK:
            return


_CHUNK = 1024 * 1024


def open_baseline(file: str):
    """--baseline FILE (check's and audit's), read; exit 2 with one line when it cannot be."""
    from .baseline import Baseline, BaselineError
    if file == "-":      # no stream: stdout holds the report, stdin the articles
        raise fail("--baseline needs a file name, not '-'")
    try:
        return Baseline(file)
    except BaselineError as exc:
        raise fail(str(exc))


def refuse_foreign_baseline(file: str) -> None:
    """--write-baseline FILE (check's and audit's): exit 2 with one line, the
    file untouched, when FILE is there and is no newslint baseline
    (`baseline.check_target`)."""
    from .baseline import BaselineError, check_target
    try:
        check_target(file)
    except BaselineError as exc:
        raise fail(printable(str(exc)))


def apply_baseline(baseline, diagnostics, documents, results, config_for, walked) -> list:
    """--baseline: the findings it does not hide; says on stderr how many it hid and how many
    of its records are gone (fixed in a file read, `read_through`; or their file gone from a
    `walked` folder or a named path where nothing is now), with how to drop them.
    A finding whose fix `--fix --baseline` would hold is returned without it (`held_in_place`)."""
    from .fix_baseline import held_in_place

    could_hide, found = bool(diagnostics), diagnostics
    diagnostics, hidden = baseline.filter(diagnostics, documents)
    fixed, moved = baseline.gone(read_through(results), lambda path, rule: config_for(path).is_selected(rule), walked)
    # a record whose finding a directive now hides is unmatched too: not only "fixed"
    say_baseline(baseline.file, hidden, fixed, moved, inline=any(r.suppressed for r in results))
    # with no finding to hide (a commit's clean files) it is no news; nor is a baseline whose
    # records are all for files or rules this run left out (pre-commit's staged files, --select)
    # records gone are said once, by the gone line, not asked after as stale too (qa70 #9)
    said = none_hidden(baseline, here=baseline.names_a_file_here) \
        if not hidden and could_hide and not (fixed or moved) else ""
    if said:
        click.echo(f"newslint: {said}", err=True)
    # a fix `--fix --baseline` would hold is not "fixable with --fix" (qa113 #3)
    return held_in_place(baseline, found, documents, diagnostics)


def say_baseline(file: str, hidden: int, fixed: int, moved: int, inline: bool = False) -> None:
    """--baseline's lines on stderr (check's and audit's): how many findings
    the baseline `file` hid, and how many of its records are gone, with how
    to rewrite it (both commands take --write-baseline, which keeps the
    records of files and rules the run did not check). `inline`: the run
    hid findings by directives, which may be the records' ones."""
    if hidden:
        click.echo(STDERR + HIDDEN.format(count=counted(hidden, 'known finding'), file=file), err=True)
    if fixed or moved:
        click.echo(STDERR + GONE.format(gone=gone_line(fixed, moved, inline), file=file), err=True)


def none_hidden(baseline, here=None) -> str:
    """What to say of a `Baseline` that hid nothing at all (a stale baseline,
    or one written for other files): audit's summary clause (`here` None:
    "another archive's"), or check's line, said only when no record is gone
    (the gone line says that), which `here` (a callable: does any record
    name a file that is on disk?) narrows: another folder's (or stale) when
    no recorded file is here; "" (nothing to say) when the records are for
    files or rules left out of the run (pre-commit's staged files, --select),
    which cannot match (qa69 #3)."""
    records = sum(baseline.known.values())
    def said(why: str) -> str:
        return NONE_HIDDEN.format(file=printable(baseline.file), why=why)
    if not records:
        return said("it records no finding")
    if here is None:
        return said(f"{_none_of(records, 'matched')}: is it stale, or another archive's?")
    if here():
        return ""
    return said(f"{_none_of(records, 'names a file that is here')}: is it another folder's, or stale?")


def _none_of(records: int, did: str) -> str:
    """`none of its 3 records matched`; for one, `its one record ...` with the
    verb negated (`did not match`, `names no file that is here`)."""
    if records != 1:
        return f"none of its {records} records {did}"
    return "its one record " + ("did not match" if did == "matched" else did.replace("a file", "no file"))


def gone_line(fixed: int, moved: int, inline: bool = False) -> str:
    """How many records are gone, and why: fixed in files the run linted (or,
    when the run hid findings by directives, `inline`, hidden by one), or
    in files renamed or removed (qa59), which may hold them still."""
    n = fixed + moved
    mended = "fixed or hidden by a directive" if inline else "fixed"
    why = mended if not moved else "in files renamed or removed" if not fixed else \
        f"{fixed} {mended}, {moved} in files renamed or removed"
    return f"{counted(n, 'recorded finding')} {plural(n, 'is', 'are')} gone ({why})"


def show_diff(outcomes: list["FixOutcome"], problems: list[str], output: str | None) -> int:
    """--diff: the patch on stdout (or --output), a count on stderr. The exit code:
    1 when there is a patch or a file could not be read (said on stderr, never a
    silent 0), 2 for `problems`, which the caller prints after the notes `check`
    prints too (-v's file lines, the undated note: nu23 #7).

    On a terminal the patch is for reading: a file not stored as UTF-8 (or with
    lone-CR line ends) is shown as read (`text_diff`), and a control character
    as its escape (`for_terminal`). Piped or written with -o it is the files'
    exact bytes (`unified_diff`), which `git apply` and `patch -p1` apply."""
    from .fix_diff import for_terminal, read_as_shown, text_diff, unified_diff
    changed = [o for o in outcomes if o.changed]
    shown = output is None and on_terminal()
    as_read = {o.path: why for o in changed if shown and (why := read_as_shown(o))}
    patches, escapes = [], {}
    for o in changed:
        patch = text_diff(o.path, o.original, o.fixed) if o.path in as_read \
            else unified_diff(o.path, o.before, o.data)
        if shown and o.path not in as_read:
            patch, escapes[o.path] = for_terminal(patch)
        patches.append(patch)
    emit(b"".join(patches), output)
    n = sum(o.findings_fixed for o in changed)     # as `check`'s "N fixable" counts (nu69 #6)
    click.echo(STDERR + WOULD_APPLY.format(fixes=counted(n, 'fix', 'fixes'), files=counted(len(changed), 'file')),
               err=True)
    skipped = [d for o in outcomes for d in (o.unfixed or o.result).diagnostics   # as read: the diff
               if d.rule in FILE_RULES and d.rule != "file.encoding"]   # is not applied (unreadable, binary)
    skipped, said = set_aside(skipped)        # no article format: said as `check` says it
    notes = said + [f"{_where(d)}: {d.level} [{d.rule}] {with_article(d)}" for d in skipped]
    for line in notes:
        click.echo(f"newslint: {printable(line)}", err=True)
    for path, why in as_read.items():
        click.echo(f"newslint: {printable(path)}: the patch shows its text as read ({why}); "
                   "--fix writes it in its own encoding and line ends (piped or written "
                   "with -o, the patch is its bytes, for git apply)", err=True)
    for path, first in escapes.items():
        if first:
            click.echo(f"newslint: {printable(path)}: the patch shows control characters escaped, "
                       f"such as {first} (piped or written with -o, it keeps them, for git apply)",
                       err=True)
    say_held(outcomes, as_read=True)
    unread = any(d.level == "error" for d in skipped)
    return EXIT_ERROR if problems else EXIT_FINDINGS if changed or unread else EXIT_CLEAN


def _where(d) -> str:
    """Where --diff says a file's note is: a slip in an inline directive at its
    `path:line:column`, as `check` says it (a file may hold several, each to
    find: qa69 #5), its export's article named after the message as `check` names
    it (`with_article`: qa70 #11); a file not read (unreadable, binary, too large) by its path."""
    return f"{d.path}:{d.line}:{d.column}" if d.rule == "file.directive" else d.path


def write_fixed(outcomes: list["FixOutcome"], stdin_data: bytes | None, held: bool = True) -> list[str]:
    """--fix: rewrite changed files atomically (a hard-linked one in place, its
    names kept: `writer.write_fixes`). Stdin's article goes to stdout,
    fixed or not (the report then goes to stderr). Without `held` the
    unfixed-on-purpose lines are left for the caller (`say_held`, after a baseline)."""
    from .writer import remove_orphans, write_fixes
    problems, fixed, files = [], 0, 0
    on_disk = outcomes[1:] if stdin_data is not None else outcomes
    # A --fix killed mid-write left a temp file beside the article: this run clears it.
    remove_orphans([o.path for o in on_disk])
    unwritten = write_fixes([(o.path, o.data if o.changed else None) for o in on_disk],
                            {o.path: o.before for o in on_disk if o.changed})
    for i, o in enumerate(outcomes):
        is_stdin = stdin_data is not None and i == 0
        if is_stdin:
            sys.stdout.buffer.write(o.data if o.changed else stdin_data)
            if isinstance(stdin_data, StreamHead):   # over the limit: the rest, as it comes
                copy_stdin(sys.stdout.buffer)
            sys.stdout.flush()
        if not o.changed:
            continue
        if not is_stdin and (why := unwritten.get(o.path)) is not None:
            problems.append(why)
            o.result = o.unfixed or o.result     # report the file as it stays, not as fixed
            continue
        fixed, files = fixed + o.findings_fixed, files + 1
    if fixed:
        click.echo(STDERR + FIXED.format(problems=counted(fixed, 'problem'), files=counted(files, 'file')), err=True)
    if held:
        say_held(outcomes)
    return problems


def say_held(outcomes: list["FixOutcome"], shown=None, as_read: bool = False) -> None:
    """One line per file whose findings have a fix it could not take (`fixes.held_line`);
    with `shown` (the findings a baseline leaves), of those only (qa64 #11). Positions are
    those of the file --fix wrote, or with `as_read` (--diff, which writes nothing) of the
    file as it stands, from the lint of the file as read (nu29 #5: the fixed text's 1:502
    was said for a finding `check` puts at 1:504); a finding --fix would hold on words its
    own fixes write (`FixOutcome.chained`) is placed where the file has the words they replace."""
    from .fixes import held_line
    for o in outcomes:
        result = (o.unfixed or o.result) if as_read else o.result
        held = result.held if shown is None else {d: k for d, k in result.held.items() if d in shown}
        if as_read and o.chained and shown is None:     # what --fix holds on words its own fixes write
            held = {**held, **o.chained}
        if (line := held_line(o.path, held)) is not None:
            click.echo(f"newslint: {printable(line)}", err=True)


def not_written(file: str, rules: list[str]) -> str:
    """check's and the audit's line: no baseline from a run that skipped `rules` (`spent`)."""
    return (f"{file}: baseline not written: {plural(len(rules), 'rule')} {', '.join(rules)} "
            f"timed out and {plural(len(rules), 'was', 'were')} skipped on later files, whose findings "
            "it would lack; mend the pattern or the slow text, then write the baseline again")


def write_baseline(file: str, diagnostics, documents, problems: list[str], checked=None) -> None:
    """--write-baseline: record the findings and exit 0 (2 on a problem). A
    named path where nothing is is said, not recorded (`baseline.NEVER_RECORDED`).
    `checked`, (linted paths, `selected(path, rule)`): a
    baseline already in `file` keeps its records of the files and rules the
    run did not check (`baseline.unchecked`), said with the count. A run
    that skipped a rule after it timed out (`spent.SKIPPING`) writes nothing:
    its later files' findings of that rule would be missing, and come back as
    new once it is mended (qa86 #10); the skip lines are said, exit 2."""
    from . import baseline as baseline_mod
    from .spent import skipped_rules
    rules = skipped_rules(problems)
    if rules:
        say_skipped(dict.fromkeys(problems))
        raise fail(not_written(file, rules))
    fresh = baseline_mod.records(diagnostics, documents, baseline_mod.base_dir(file))
    kept = baseline_mod.without_rechecked(baseline_mod.unchecked(file, *checked), fresh) if checked else []
    try:
        n = baseline_mod.write_records(file, fresh + kept)
    except OSError as exc:
        raise fail(BASELINE_UNWRITTEN.format(file=file, why=exc.strerror or exc))
    say_recorded(file, n - len(kept), len(kept))
    for d in diagnostics:
        if d.rule in baseline_mod.NEVER_RECORDED:
            click.echo(f"newslint: {printable(d.path)}: {d.rule}: {printable(d.message)} (not "
                       "recorded: a baseline keeps findings in articles, and would hide this "
                       "path for good)", err=True)
    say_skipped(dict.fromkeys(problems))
    sys.exit(EXIT_ERROR if problems else EXIT_CLEAN)


def say_recorded(file: str, n: int, kept: int = 0) -> None:
    """--write-baseline's line on stderr (check's and audit's); `kept`: the
    records of files or rules the run did not check, kept as they were."""
    also = f", and kept {counted(kept, 'record')} of files or rules this run did not check" if kept else ""
    click.echo(STDERR + RECORDED.format(findings=counted(n, 'finding'), file=file, also=also), err=True)


def on_terminal() -> bool:
    """Is stdout a terminal (a person reads it, not `git apply`)?"""
    return sys.stdout.isatty()


def emit(report: str | bytes, output: str | None, to_stderr: bool = False,
         whole: bool = False) -> None:
    """The report to --output (atomically) or the terminal. A patch is bytes:
    each file's lines keep their own encoding. A `whole` document (JSON, SARIF,
    ...) is written out even past one Ctrl-C (`spool.held`), never cut."""
    data = report.encode("utf-8") if isinstance(report, str) else report
    if output:
        try:
            write_atomic(output, data)
        except OSError as exc:
            raise fail(f"{output}: " + REPORT_UNWRITTEN.format(why=exc.strerror or exc))
    elif whole and isinstance(report, str):
        with held():
            write_all(report, sys.stderr if to_stderr else sys.stdout)
    elif isinstance(report, str):
        click.echo(report, nl=False, err=to_stderr)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


def finish_streamed(done, session: "Session", verbose: bool, fmt: str, named: Collection[str] = (),
                    excluded: Collection[str] = ()) -> None:
    """A streamed report is written: -v notes, the files not linted (`named`:
    `say_unlinted`'s; `excluded`: the lines of named files `exclude:` left
    out, said when no file was linted), the note on files without a
    publication date, problems, and the exit code."""
    if verbose:
        say_file_notes(done.notes, session)
    say_skipped(done.skipped)
    if not done.files:
        say_skipped(excluded)
    say_unlinted(done.unlinted, session, named)
    say_undated(done.undated, done.files, fmt, done.date_refused, verbose, done.articles,
                places=done.undated_places, paths=done.undated_paths, unread=done.undated_unread)
    for line in done.problems:
        click.echo(f"newslint: {printable(line)}", err=True)
    sys.exit(EXIT_ERROR if done.problems else EXIT_FINDINGS if done.failed else EXIT_CLEAN)
