"""What `check` says on stderr about the run rather than about the articles:
the rules a run selected (`-v`), why there was nothing to lint, the files
skipped, and the note on files without a publication date. `cli_output`
writes the report, the patch, fixed files and baselines, and picks the exit
code; these are the lines around them."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

import click

from .files import file_identity
from .formatters import printable
from .excluded import exclude_clauses
from .plural import counted, plural
from .readers._own_reports import (NEWS_XML, NO_ARTICLES, REPORT_UNWRITTEN,
                                   STDERR, UNDATED, UNRULED, V_LISTS)
from .reporting import DATE_PLACES, NAMED_IN_NOTICE, add_undated, linted

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Sequence

    from .session import Session


def say_unlinted(paths: Sequence[str], session: "Session", named: Collection[str] = ()) -> None:
    """One stderr line per Vale config for the files none of its sections
    match, without -v (which names each): a run over NITF or NewsML files
    under `[*.{md,txt}]` said only "No problems found." (nu27 #3). Each of
    the `named` paths (the files named on the command line; none with -v,
    whose note it is) on which the sections that match it turn no rule on is
    said as -v says it (`UNRULED`), so `check b.txt` never ends in a bare
    "No files linted." (rr52a #4); a walked one is left silent, and so is
    one under a config that turns no rule on anywhere (its note says that).
    A file is said once, by the first name a result bears, though two
    results bear it (`- f --stdin-filename f/b.txt`: the piped article and
    the walked file, qa287 #2) or spell it two ways (`- b.txt
    --stdin-filename ./b.txt`): paths are compared as the walk tells files
    apart (`files.file_identity`, qa288 #2)."""
    counts: dict[str, int] = {}
    said: set[tuple] = set()
    named_ids: set[tuple] | None = None     # stat'ed only once a named path may be said
    for path in paths:
        config = session.config_for(path)
        vc = config.vale
        if vc is None:
            continue
        if not vc.settings_for(path).linted:
            counts[vc.path] = counts.get(vc.path, 0) + 1
        elif named and not session.runs_none(config):    # no rule on
            named_ids = {file_identity(p) for p in named} if named_ids is None else named_ids
            if (key := file_identity(path)) in named_ids and key not in said:
                said.add(key)
                click.echo(STDERR + printable(UNRULED.format(path=path, config=vc.path)), err=True)
    for where, n in counts.items():
        click.echo(f"{STDERR}{counted(n, 'file')} not linted: no section of "
                   f"{printable(where)} matches (a section such as [*] or [*.{{md,txt,xml,nitf}}] "
                   "names them; -v lists them)", err=True)


def say_file_notes(notes: Iterable[tuple[str, Sequence[str]]], session: "Session") -> None:
    """-v: each file's config and its notes (such as no publication date
    found), from (path, notes) pairs in the report's order. A file two
    results bear under one config (the piped article named as a walked file:
    `-v - f --stdin-filename f/b.txt`, or spelled two ways: `./b.txt`) is
    said once, under the first name, and each of its notes once, whichever
    name the note starts with (`files.file_identity`, qa288 #3, qa293 #1); a
    second name under another config (a symlink in a folder with its own
    `.vale.ini`) has its own config line and notes, as it is linted under
    that config (qa293 #4)."""
    files: set[tuple] = set()
    said: set[tuple] = set()
    for path, lines in notes:
        source = session.config_for(path).path or "none found (defaults)"
        key = (file_identity(path), source)
        if key not in files:
            files.add(key)
            click.echo(f"{STDERR}{printable(path)}: config {source}", err=True)
        for note in lines:
            # a note starts with its file's name as that result spells it (`publication.note`, `vale.unmatched`)
            if (told := (key, note.removeprefix(f"{path}: "))) not in said:
                said.add(told)
                click.echo(f"{STDERR}{printable(note)}", err=True)


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
        files = counted(n, "file")
        lines.append(f"{_rules(len(ids))} selected under {where} {sections_label(sections)} ({files})"
                     + (f": {', '.join(ids)}" if ids else ": its sections turn no rule on, so "
                        f"{plural(n, 'it is', 'they are')} read but not checked"))
    return lines


def nothing_to_lint(paths, config_for, skipped: list, verbose: bool,
                    excluding: Collection[str | None] = ()) -> list[str]:
    """The lines for a run that found no article file. When `--force-exclude`
    left out every path named (a site's `_site/copy.md`, a StylesPath file),
    none: each one's own line, which names it and says why (nu61 #7), is
    said always (`files.said_always`, nu63 #2). Else one line: what a walk reads; each
    config whose `exclude:` left out an article file (`excluding`, from
    `files.expand`: qa48 #11), and no other (qa51 #6): the one named path's
    own as "the config's" (as a config given with --config is), any other by
    its path, at most `excluded.MAX_NAMED` of them; `-v` only when something was left out
    and -v is not already listing it."""
    from .files import said_always, shown
    from .readers import EXTENSIONS
    named = [p for p in paths if p != "-"]
    held = {s.path: s for s in skipped if getattr(s, "named", False)}    # `sites.holder`'s
    if named and all(p in held for p in named):
        return []
    own = config_for(os.path.join(named[0], "_") if os.path.isdir(named[0]) else named[0]).path \
        if len(named) == 1 else None        # a folder's config is its files'
    left_out = exclude_clauses(own, excluding)
    if not verbose and len(shown(skipped)) > len(said_always(skipped)):    # (those are said anyway)
        left_out += V_LISTS
    return [NO_ARTICLES.format(extensions=" ".join(EXTENSIONS), xml=NEWS_XML, left_out=left_out)]


def _rules(n: int) -> str:
    return "no rules" if n == 0 else counted(n, "rule")


def say_skipped(lines: Iterable[str]) -> None:
    """Each line on stderr as `newslint: <line>`, control characters shown
    (`printable`): skipped files, problems. Repeats are the caller's to drop."""
    for line in lines:
        click.echo(f"{STDERR}{printable(line)}", err=True)


# The formats a person reads, after whose report the run may add a note on stderr
# (`say_undated`); GitHub annotations get it as a `::notice` line, a tool reading JSON or SARIF none.
HUMAN_FORMATS = frozenset({"text"})


def undated_note(undated: int, files: int, refused: int = 0, verbose: bool = False,
                 articles: int | None = None, places: Collection[str] = (),
                 named: Sequence[str] = (), unread: Sequence[str] = ()) -> str | None:
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
    to `-v` with the names. `unread` (`path:line:column` of each undated file
    whose front matter could not be read) is said first: such a file has its
    `date:`, which the front matter's error left unread (nu30 #4). Worded
    by `UNDATED`, whose grammar tells a report saved with it (qa265 #1)."""
    if not undated:
        return None
    exports = articles is not None and articles != files
    total, noun = (articles, "article") if exports else (files, "file")
    some = f"{undated} of {total} {noun}s" if total > undated else counted(undated, noun)
    if exports:
        some += f" in {counted(files, 'file')}"
    names = "" if verbose else "; `-v` names the files"
    if named and not exports:
        more = f" and {undated - len(named)} more" if undated > len(named) else ""
        names = f" ({', '.join(named)}{more})"
    if unread:
        shown = ", ".join(unread[:NAMED_IN_NOTICE]) + (
            f" and {len(unread) - NAMED_IN_NOTICE} more" if len(unread) > NAMED_IN_NOTICE else "")
        if len(unread) >= undated:
            its, says = ("its", "finding there says") if undated == 1 else ("their", "findings there say")
            return UNDATED.format(some=some, usable="", advice="", why=(
                f": {its} front matter could not be read ({shown}; the file.front-matter {says} what to mend)"))
        some += f" ({len(unread)} whose front matter could not be read: {shown})"
    if refused >= undated:
        why = "the date given was refused (see the warning)" if undated == 1 else \
            "the dates given were refused (see the warnings)"
        return UNDATED.format(some=some, usable="usable ", why=f": {why}", advice=names)
    given = f" ({refused} gave one that was refused: see the warnings)" if refused else ""
    spots = [p for p in DATE_PLACES.values() if p in places] or \
        [DATE_PLACES[f] for f in ("markdown", "text", "html")]      # an article's own places
    if exports:
        return UNDATED.format(some=some, usable="", why=given, advice=(
            f"; give one with `--published` or in each article's date field{names}"))
    # what a writer can do first (a student never runs the tool with options: nu29 #8)
    return UNDATED.format(some=some, usable="", why=given, advice=(
        f"; write the date in the article ({' or '.join(spots)}) or give one with `--published`{names}"))


def note_undated(results, fmt: str, verbose: bool = False, output: str | None = None,
                 to_stderr: bool = False) -> None:
    """`say_undated` for the results of a run: `check`, `--fix` and `--diff`
    (nu23 #7) print the same note on the files linted with no publication date."""
    done, places, named, unread = linted(results), set(), [], []
    kept = set(done)
    for r in results:
        if r.path in kept:
            add_undated(r, places, named, unread)
    say_undated(sum(r.undated for r in results), len(done), fmt,
                sum(r.date_refused for r in results), verbose,
                sum(r.articles for r in results if r.path in kept), output, to_stderr,
                places, named, unread)


def say_undated(undated: int, files: int, fmt: str, refused: int = 0, verbose: bool = False,
                articles: int | None = None, output: str | None = None, to_stderr: bool = False,
                places: Collection[str] = (), paths: Sequence[str] = (), unread: Sequence[str] = ()) -> None:
    """The note on stderr after a text report; after GitHub annotations, a
    `::notice` line where the report went (`output`, `to_stderr`), so CI shows
    it too (nu18 #8), naming up to `NAMED_IN_NOTICE` of the undated `paths` as
    the pull request knows them (nu19: a CI log has no `-v` line to point to)."""
    named: list[str] = []
    if fmt == "github" and undated:
        from .formatters.github import repo_path
        named = [repo_path(p) for p in paths[:NAMED_IN_NOTICE]]
    note = undated_note(undated, files, refused, verbose, articles, places, named, unread)
    if note is not None and fmt in HUMAN_FORMATS:
        click.echo(f"{STDERR}{note}", err=True)
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
            from .cli_output import fail
            raise fail(f"{output}: " + REPORT_UNWRITTEN.format(why=exc.strerror or exc))
