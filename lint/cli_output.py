"""What `check` writes besides the report: the --diff patch, files fixed in place,
a baseline, and the report itself to --output or the terminal. Each says what
it did on stderr and picks the exit code (0 clean, 1 findings, 2 an error that
is not a finding), so `cli` keeps only the options and the flow."""
from __future__ import annotations

import os
import stat
import sys
from typing import TYPE_CHECKING

import click

from .document import FILE_RULES
from .formatters import printable
# a file of no article format is said, never a finding: `reporting.set_aside` tells
# it apart (there, without click: the API and the language server use it too)
from .reporting import DATE_PLACES, NAMED_IN_NOTICE, SKIPPED, add_undated, set_aside, skipped_unsaid  # noqa: F401  (cli.py calls out.set_aside)
from .safeload import StreamHead
from .spool import held, write_all
from .writer import write_atomic

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Sequence

    from .fixes import FixOutcome
    from .session import Session

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def linted(results) -> list[str]:
    """The paths of the results that were linted: all but the files skipped,
    whose one finding is `SKIPPED`, or that have none because `--ignore
    file.format` hid it (a named .json is never linted: "No files linted."
    stays true, never "No problems found.")."""
    return [r.path for r in results if [d.rule for d in r.diagnostics] != [SKIPPED]
            and not skipped_unsaid(r)]


def selected_lines(session: "Session", configs, paths: list[str]) -> list[str]:
    """`-v`'s lines on the rules that will run: a newslint config's selection,
    once per distinct list; under a Vale config, only the rules its matching
    sections turn on run, so each group of files that gets the same rules is
    one line naming those sections (a file no section matches is the engine's
    note: not linted)."""
    lines: list[str] = []
    seen: list[list[str]] = []
    for config in sorted(configs, key=lambda c: c.path):
        if config.vale is not None:
            continue                # said per group of files below
        ids = [r.id for r in session.rules(config) if config.is_selected(r.id)]
        if ids not in seen:
            seen.append(ids)
            lines.append(f"{_rules(len(ids))} selected{': ' + ', '.join(ids) if ids else ''}")
    groups: dict[tuple, int] = {}
    for path in paths:
        config = session.config_for(path)
        settings = config.vale.settings_for(path) if config.vale is not None else None
        if settings is not None and settings.linted:
            ids = tuple(r.id for r in session.active_rules(config, path))
            key = (config.vale.path, settings.sections, ids)
            groups[key] = groups.get(key, 0) + 1
    for (where, sections, ids), n in groups.items():
        from .vale import sections_label
        files = f"{n} file{'' if n == 1 else 's'}"
        lines.append(f"{_rules(len(ids))} selected under {where} {sections_label(sections)} ({files})"
                     + (f": {', '.join(ids)}" if ids else ": its sections turn no rule on, so "
                        f"{'it is' if n == 1 else 'they are'} read but not checked"))
    return lines


def nothing_to_lint(paths, config_for, skipped: list, verbose: bool,
                    excluding: Collection[str | None] = ()) -> str:
    """The line for a run that found no article file: what a walk reads; each
    config whose `exclude:` left out an article file (`excluding`, from
    `files.expand`: qa48 #11), and no other (qa51 #6): the one named path's
    own as "the config's" (as a config given with --config is), any other by
    its path, at most MAX_NAMED of them; `-v` only when something was left out
    and -v is not already listing it."""
    from .files import shown
    from .readers import EXTENSIONS
    said = f"folders are walked for {' '.join(EXTENSIONS)}"
    named = [p for p in paths if p != "-"]
    own = config_for(os.path.join(named[0], "_") if os.path.isdir(named[0]) else named[0]).path \
        if len(named) == 1 else None        # a folder's config is its files'
    if None in excluding or (own is not None and own in excluding):
        said += "; the config's exclude: skips files"
    others = sorted(printable(os.path.relpath(c)) for c in excluding if c is not None and c != own)
    if others:
        more = len(others) - MAX_NAMED
        listed = others[:MAX_NAMED] + ([f"{more} more"] if more > 0 else [])
        which = ", ".join(listed[:-1]) + " and " + listed[-1] if len(listed) > 1 else listed[0]
        said += f"; the exclude: in {which} skip{'s' if len(others) == 1 else ''} files"
    if not verbose and shown(skipped):
        said += "; -v lists what was left out"
    return f"no article files to lint here ({said})"


def _rules(n: int) -> str:
    return "no rules" if n == 0 else f"{n} rule{'' if n == 1 else 's'}"


def say_skipped(lines: Iterable[str]) -> None:
    """Each line on stderr as `newslint: <line>`, control characters shown
    (`printable`): skipped files, problems. Repeats are the caller's to drop."""
    for line in lines:
        click.echo(f"newslint: {printable(line)}", err=True)


# The formats a person reads, after whose report the run may add a note on stderr
# (`say_undated`); GitHub annotations get it as a `::notice` line, a tool reading JSON or SARIF none.
HUMAN_FORMATS = frozenset({"text"})
MAX_NAMED = 3       # configs the nothing-to-lint hint names; the rest are counted


def undated_note(undated: int, files: int, refused: int = 0, verbose: bool = False,
                 articles: int | None = None, places: Collection[str] = (),
                 named: Sequence[str] = ()) -> str | None:
    """The summary's note on files without a publication date (None when every
    file had one): the checks that need one said nothing there, and `-v`
    alone names the files (said only without `-v`). Counted as the summary
    line counts ("2 of 3 files"). A date given but refused or unreadable
    (`refused` of the `undated`) is named: its warning says why, and "give
    one" would tell the user to do what they did. `places` (`date_place` of
    each undated file) narrows the advice to their formats, so an HTML page is
    not told to add front matter; empty, every place is named. When a file
    holds several articles (an export: `articles` in all), articles are
    counted, and the advice fits any format. `named` (some of the undated
    files, for GitHub's notice, where no `-v` line shows) replaces the pointer
    to `-v` with the names."""
    if not undated:
        return None
    exports = articles is not None and articles != files
    total, noun = (articles, "article") if exports else (files, "file")
    some = f"{undated} of {total} {noun}s" if total > undated else f"{undated} {noun}{'s' if undated != 1 else ''}"
    if exports:
        some += f" in {files} file{'s' if files != 1 else ''}"
    names = "" if verbose else "; `-v` names the files"
    if named and not exports:
        more = f" and {undated - len(named)} more" if undated > len(named) else ""
        names = f" ({', '.join(named)}{more})"
    if refused >= undated:
        why = "the date given was refused (see the warning)" if undated == 1 else \
            "the dates given were refused (see the warnings)"
        return f"{some} had no usable publication date: {why}, so the checks that need one were skipped{names}."
    given = f" ({refused} gave one that was refused: see the warnings)" if refused else ""
    spots = [p for p in DATE_PLACES.values() if p in places] or \
        [p for p in DATE_PLACES.values() if p != DATE_PLACES["nitf"]]
    where = " or in each article's date field" if exports else f" or in the article ({', '.join(spots)})"
    return (f"{some} had no publication date{given}, so the checks that need one were skipped; give "
            f"one with `--published`{where}{names}.")


def note_undated(results, fmt: str, verbose: bool = False, output: str | None = None,
                 to_stderr: bool = False) -> None:
    """`say_undated` for the results of a run: `check`, `--fix` and `--diff`
    (nu23 #7) print the same note on the files linted with no publication date."""
    done, places, named = linted(results), set(), []
    kept = set(done)
    for r in results:
        if r.path in kept:
            add_undated(r, places, named)
    say_undated(sum(r.undated for r in results), len(done), fmt,
                sum(r.date_refused for r in results), verbose,
                sum(r.articles for r in results if r.path in kept), output, to_stderr,
                places, named)


def say_undated(undated: int, files: int, fmt: str, refused: int = 0, verbose: bool = False,
                articles: int | None = None, output: str | None = None, to_stderr: bool = False,
                places: Collection[str] = (), paths: Sequence[str] = ()) -> None:
    """The note on stderr after a text report; after GitHub annotations, a
    `::notice` line where the report went (`output`, `to_stderr`), so CI shows
    it too (nu18 #8), naming up to `NAMED_IN_NOTICE` of the undated `paths` as
    the pull request knows them (nu19: a CI log has no `-v` line to point to)."""
    named: list[str] = []
    if fmt == "github" and undated:
        from .formatters.github import repo_path
        named = [repo_path(p) for p in paths[:NAMED_IN_NOTICE]]
    note = undated_note(undated, files, refused, verbose, articles, places, named)
    if note is not None and fmt in HUMAN_FORMATS:
        click.echo(f"newslint: {note}", err=True)
    elif note is not None and fmt == "github":
        from .formatters.github import notice
        line = notice(note)
        if not output:
            click.echo(line, err=to_stderr)
            return
        try:
            with open(output, "a", encoding="utf-8") as fh:
                fh.write(line + "\n")
        except OSError as exc:
            raise fail(f"{output}: cannot write the report: {exc.strerror or exc}")


def fail(message: str) -> "click.exceptions.Exit":
    click.echo(f"newslint: {message}", err=True)
    return click.exceptions.Exit(EXIT_ERROR)


def stdin_named(paths: tuple[str, ...], stdin_filename: str | None) -> tuple[str, ...]:
    """The paths to read: `--stdin-filename` names the article on stdin, so
    given with files and no '-' it means stdin, as in ruff, and the files are
    left out with one line saying so (they were once read and the option
    ignored without a word)."""
    if not stdin_filename or not paths or "-" in paths:
        return paths
    click.echo(f"newslint: ignoring {printable(', '.join(paths))} in favor of standard input "
               "(--stdin-filename names the article read from stdin; add '-' to read both)", err=True)
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
    short chunk is the end: no read follows it (`safeload.read_stream`)."""
    while True:
        chunk = sys.stdin.buffer.read(_CHUNK)
        if to is not None:
            to.write(chunk)
        if len(chunk) < _CHUNK:
            return


_CHUNK = 1024 * 1024


def open_baseline(file: str):
    from .baseline import Baseline, BaselineError
    try:
        return Baseline(file)
    except BaselineError as exc:
        raise fail(str(exc))


def apply_baseline(baseline, diagnostics, documents, results, config_for, walked) -> list:
    """--baseline: the findings it does not hide; says on stderr how many it hid and how many
    of its records are gone (fixed, or their file gone from a `walked` folder), with how to drop them."""
    diagnostics, hidden = baseline.filter(diagnostics, documents)
    if hidden:
        click.echo(f"newslint: {hidden} known finding{'s' if hidden != 1 else ''} hidden "
                   f"by the baseline {baseline.file}", err=True)
    fixed, moved = baseline.gone(linted(results), lambda path, rule: config_for(path).is_selected(rule), walked)
    if fixed or moved:
        click.echo(f"newslint: {gone_line(fixed, moved)}; rewrite the baseline with "
                   f"--write-baseline {baseline.file}", err=True)
    return diagnostics


def gone_line(fixed: int, moved: int) -> str:
    """How many records are gone, and why: fixed in files the run linted, or
    in files renamed or removed (qa59), which may hold them still."""
    n = fixed + moved
    why = "fixed" if not moved else "in files renamed or removed" if not fixed else \
        f"{fixed} fixed, {moved} in files renamed or removed"
    return f"{n} recorded finding{'s are' if n != 1 else ' is'} gone ({why})"


def show_diff(outcomes: list["FixOutcome"], problems: list[str], output: str | None) -> int:
    """--diff: the patch on stdout (or --output), a count on stderr. The exit code:
    1 when there is a patch or a file could not be read (said on stderr, never a
    silent 0), 2 for `problems`, which the caller prints after the notes `check`
    prints too (-v's file lines, the undated note: nu23 #7)."""
    from .fixes import unified_diff
    changed = [o for o in outcomes if o.changed]
    emit(b"".join(unified_diff(o.path, o.before, o.data) for o in changed), output)
    n = sum(o.applied for o in changed)
    click.echo(f"newslint: {n} fix{'es' if n != 1 else ''} would be applied to {len(changed)} "
               f"file{'s' if len(changed) != 1 else ''} (nothing written)", err=True)
    skipped = [d for o in outcomes for d in o.result.diagnostics    # unreadable, binary, too large
               if d.rule in FILE_RULES and d.rule != "file.encoding"]
    skipped, said = set_aside(skipped)        # no article format: said as `check` says it
    notes = said + [f"{d.path}: {d.level} [{d.rule}] {d.message}" for d in skipped]
    for line in notes:
        click.echo(f"newslint: {printable(line)}", err=True)
    unread = any(d.level == "error" for d in skipped)
    return EXIT_ERROR if problems else EXIT_FINDINGS if changed or unread else EXIT_CLEAN


def write_fixed(outcomes: list["FixOutcome"], stdin_data: bytes | None) -> list[str]:
    """--fix: rewrite changed files atomically. Stdin's article goes to stdout,
    fixed or not (the report then goes to stderr)."""
    from .writer import remove_orphans
    problems, fixed, files = [], 0, 0
    # A --fix killed mid-write left a temp file beside the article: this run clears it.
    remove_orphans([o.path for i, o in enumerate(outcomes) if not (stdin_data is not None and i == 0)])
    for i, o in enumerate(outcomes):
        is_stdin = stdin_data is not None and i == 0
        if is_stdin:
            sys.stdout.buffer.write(o.data if o.changed else stdin_data)
            if isinstance(stdin_data, StreamHead):   # over the limit: the rest, as it comes
                copy_stdin(sys.stdout.buffer)
            sys.stdout.flush()
        if not o.changed:
            continue
        try:
            if not is_stdin:
                write_atomic(o.path, o.data)
        except OSError as exc:
            problems.append(f"{o.path}: cannot write the fixed file: {exc.strerror or exc}")
            o.result = o.unfixed or o.result     # report the file as it stays, not as fixed
            continue
        fixed, files = fixed + o.applied, files + 1
    if fixed:
        click.echo(f"newslint: fixed {fixed} problem{'s' if fixed != 1 else ''} in {files} "
                   f"file{'s' if files != 1 else ''}", err=True)
    return problems


def write_baseline(file: str, diagnostics, documents, problems: list[str]) -> None:
    """--write-baseline: record the findings and exit 0 (2 on a problem). A
    named path where nothing is is said, not recorded (`baseline.NEVER_RECORDED`)."""
    from . import baseline as baseline_mod
    try:
        n = baseline_mod.write(file, diagnostics, documents)
    except OSError as exc:
        raise fail(f"{file}: cannot write baseline: {exc.strerror or exc}")
    click.echo(f"newslint: recorded {n} finding{'s' if n != 1 else ''} in {file}", err=True)
    for d in diagnostics:
        if d.rule in baseline_mod.NEVER_RECORDED:
            click.echo(f"newslint: {printable(d.path)}: {d.rule}: {printable(d.message)} (not "
                       "recorded: a baseline keeps findings in articles, and would hide this "
                       "path for good)", err=True)
    say_skipped(dict.fromkeys(problems))
    sys.exit(EXIT_ERROR if problems else EXIT_CLEAN)


def overwrites(output: str, files: list[str]) -> str | None:
    """The article of `files` that writing a report to `output` would replace;
    None when there is none. The report goes where `output` leads
    (`writer.write_atomic` follows a symlink), so what matters is the file
    there, not the name: `./a.txt` is `a.txt`, and so are a symlink to it, the
    article behind a linted symlink, and another case of its name on a
    case-insensitive disk, or through a bind mount. A hard link is another
    name of the same file that the rename replaces, leaving the article as
    it was: allowed. Costs one stat per article, only when `output` exists
    (a new file is no article)."""
    try:
        found = os.stat(output)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(found.st_mode):      # /dev/null, a pipe: written into, nothing replaced
        return None
    for path in files:
        try:
            st = os.stat(path)
            if (st.st_ino, st.st_dev) == (found.st_ino, found.st_dev) and _same_entry(output, path):
                return path
        except (OSError, ValueError):
            continue
    return None


def _same_entry(a: str, b: str) -> bool:
    """`a` and `b` lead to one directory entry (the name a rename replaces):
    the same name (in any case) in the same folder, however each is reached
    (symlinks, a bind mount); not two hard links of one file."""
    a, b = os.path.realpath(a), os.path.realpath(b)
    return os.path.basename(a).casefold() == os.path.basename(b).casefold() and \
        os.path.samefile(os.path.dirname(a) or ".", os.path.dirname(b) or ".")


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
            raise fail(f"{output}: cannot write the report: {exc.strerror or exc}")
    elif whole and isinstance(report, str):
        with held():
            write_all(report, sys.stderr if to_stderr else sys.stdout)
    elif isinstance(report, str):
        click.echo(report, nl=False, err=to_stderr)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


def finish_streamed(done, session: "Session", verbose: bool, fmt: str) -> None:
    """A streamed report is written: -v notes, the note on files without a
    publication date, problems, and the exit code."""
    if verbose:
        for path, notes in done.notes:
            source = session.config_for(path).path or "none found (defaults)"
            click.echo(f"newslint: {printable(path)}: config {source}", err=True)
            for note in notes:
                click.echo(f"newslint: {printable(note)}", err=True)
    say_skipped(done.skipped)
    say_undated(done.undated, done.files, fmt, done.date_refused, verbose, done.articles,
                places=done.undated_places, paths=done.undated_paths)
    for line in done.problems:
        click.echo(f"newslint: {printable(line)}", err=True)
    sys.exit(EXIT_ERROR if done.problems else EXIT_FINDINGS if done.failed else EXIT_CLEAN)
