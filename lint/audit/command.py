"""`newslint audit`: the click command. Dask is imported only when it runs."""
from __future__ import annotations

import os
import sys

import click

from ..cli_published import published_option
from ..config import ConfigError
from ..diagnostic import LEVELS
from ..files import missing_message, most_first
from ..formatters import printable, storable
from ..formatters.text import by_level
from ..plural import counted, plural
from ..usage import OneLineCommand

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143


def _cpus() -> int:
    """The CPUs this process may run on (its affinity where the OS says it)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


# A worker is one process of one thread, linting (CPU-bound): more than a few per
# CPU only costs memory and start-up, and --workers 99999 never got its cluster
# started (qa124 #2). The bound is a usage error, said before anything starts.
WORKERS_PER_CPU = 4
MAX_WORKERS = WORKERS_PER_CPU * _cpus()


@click.command(cls=OneLineCommand, short_help="Audit whole archives on Dask; findings to Parquet.")
@click.argument("sources", nargs=-1, required=True)
@click.option("--output", "-o", required=True, metavar="DIR",
              help="Parquet dataset to write: part-*.parquet (findings), _articles/, "
                   "_summary.parquet. A local folder or any fsspec URL.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Run on this Dask scheduler (tcp://HOST:8786) instead of a local cluster.")
@click.option("--workers", type=click.IntRange(min=1, max=MAX_WORKERS), metavar="N",
              help=f"Worker processes of the local cluster (default: one per CPU; at most "
                   f"{WORKERS_PER_CPU} per CPU, {MAX_WORKERS} here).")
@click.option("--partition-size", type=click.IntRange(min=1), default=1000, show_default=True,
              metavar="N", help="Articles per partition in exports (files: 200 per partition).")
@click.option("--resume", is_flag=True,
              help="Finish an unfinished audit (OUT/_INCOMPLETE) into the same --output: written "
                   "partitions are kept, those holding files edited or gone since are redone.")
@click.option("--retries", type=click.IntRange(min=0), default=2, show_default=True,
              help="Times a failing partition is retried (a lost worker's are always rescheduled).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="Config for every article (default: each local file's nearest .newslint.yaml, "
                   "as check finds it; the current folder's for URLs).")
@click.option("--select", multiple=True, metavar="IDS", help="Only these rule ids or packs.")
@click.option("--ignore", multiple=True, metavar="IDS", help="Skip these rule ids or packs.")
@published_option()
@click.option("--fail-level", type=click.Choice(LEVELS), default=None,
              help="Exit 1 when a finding written is at or above this level (default: the "
                   "config's fail-level:, else error), as check.")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Leave out the findings recorded in FILE (check --write-baseline); write "
                   "only new ones, as check --baseline reports them.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), metavar="FILE",
              help="Also record every finding in FILE, as check --write-baseline does, and exit 0.")
@click.option("--no-progress", is_flag=True, help="Never draw Dask's progress bar (only on a terminal).")
def audit(sources, output, scheduler, workers, partition_size, resume, retries, config_file,
          select, ignore, published, fail_level, baseline_file, write_baseline, no_progress):
    """Lint whole archives on a Dask cluster and write the findings to Parquet.

    \b
    SOURCES are files, folders, globs or fsspec URLs (s3://... with s3fs):
    article files, NITF and NewsML-G2 files, WordPress exports, JSON Lines.
    A source that exists is read as named ('desk [2019]', 'a*.md'); one
    where nothing is that holds *, ? or [ is a glob (quote it: ** too).
    Examples:
      newslint audit export.xml --output findings.parquet
      newslint audit 's3://desk/archive/*.jsonl' -o s3://desk/audit --scheduler tcp://sched:8786
      newslint audit archive/ -o new.parquet --baseline .newslint-baseline.json
      newslint audit wire/ -o wire.parquet --published 1987-03-02

    \b
    --published DATE dates every article as check --published does (over
    the article's own date and the config's published:); to give each file
    its own date, put the archive in JSON Lines with a date field (README).

    \b
    --baseline FILE hides what FILE records, as check --baseline does (the
    same matching, paths relative to FILE): the findings written and the exit
    code are the new ones'. The lines on stderr say how many were hidden and
    how many records are gone, over every partition (after --resume too).

    \b
    --write-baseline FILE records every finding in FILE, the file check
    --write-baseline writes (paths relative to FILE, and the records of a
    FILE already there kept for the files and rules not checked), for check
    --baseline or audit --baseline; the findings are written to --output as
    well, and the exit code is 0 (2 on a problem), as check --write-baseline's.

    \b
    Exit codes, as check's: 0 nothing written at or above --fail-level; 1 a
    finding at or above it (a source where nothing is: a file.missing row and
    a line on stderr, the rest still audited; a damaged archive or member: file.unreadable);
    2 a usage, config or rule error,
    an output, source or --scheduler that cannot be used, or a partition
    that failed;
    130 interrupted (Ctrl-C: what is written stays, --resume finishes it);
    143 stopped by SIGTERM (timeout, kill: the same, the cluster closed).
    """
    if scheduler is not None and not scheduler.strip():     # an unset $SCHED (qa146 #4): before Dask (qa296 L3)
        click.echo("newslint: --scheduler: an empty address names no scheduler; give tcp://HOST:8786, "
                   "or leave --scheduler out for a local cluster", err=True)
        sys.exit(EXIT_ERROR)
    from .extra import missing, not_importable

    if (module := not_importable()) is not None:
        click.echo(f"newslint: {missing(module)}", err=True)
        sys.exit(EXIT_ERROR)
    from . import settings
    from .interrupts import Terminated, terminating
    from .run import AuditError, AuditInterrupted, run
    from ..cli_output import (fail, open_baseline, refuse_foreign_baseline, rule_ids, say_baseline,
                              say_recorded)

    progress = not no_progress and sys.stderr.isatty()
    if write_baseline == "-":
        click.echo("newslint: --write-baseline needs a file name, not '-'", err=True)
        sys.exit(EXIT_ERROR)
    if write_baseline and baseline_file:
        click.echo("newslint: use --write-baseline without --baseline (it records every finding)",
                   err=True)
        sys.exit(EXIT_ERROR)
    if write_baseline:
        refuse_foreign_baseline(write_baseline)
    baseline = open_baseline(baseline_file) if baseline_file else None
    try:
        with terminating():        # SIGTERM stops it as Ctrl-C does: the cluster closed cleanly
            chosen = settings(config_file, select=rule_ids(select), ignore=rule_ids(ignore),
                              published=published)
            result = run(list(sources), output, chosen, scheduler=scheduler, workers=workers,
                         resume=resume, per=partition_size, retries=retries, progress=progress,
                         fail_level=fail_level, baseline=baseline, write_baseline=write_baseline)
    except (AuditError, ConfigError) as exc:      # several broken rule files: a line each
        raise fail(str(exc)) from None
    except KeyboardInterrupt as exc:      # one line, with what --resume would finish
        said = f": {exc}" if isinstance(exc, AuditInterrupted) else ""
        term = isinstance(exc, Terminated) or getattr(exc, "terminated", False)
        click.echo(f"{chr(10) if progress else ''}newslint: {'terminated' if term else 'interrupted'}"
                   f"{said}", err=True)
        sys.exit(EXIT_TERMINATED if term else EXIT_INTERRUPTED)
    for spec in result.missing:      # the row's line, as `parse` says it (the rows hold the rest)
        # a name that is not UTF-8 with U+FFFD, as check's report and the rows say it (qa146 #5)
        click.echo(f"newslint: {printable(storable(spec))}: file.missing: {printable(missing_message(spec))}",
                   err=True)
    # skipped files before the summary, as check says them before its report (nu54 #5); skips: never findings
    for line in result.unreadable + result.rule_notices + result.empty + result.left_out + result.resumed + list(
            dict.fromkeys(result.not_articles)) + result.excluded:
        click.echo(f"newslint: {printable(line)}", err=True)
    if result.unlinted:     # the files no rule ran on, as check says them (qa296 #2)
        from ..cli_notes import say_unlinted
        from .work import session_for
        say_unlinted(result.unlinted, session_for(chosen), [chosen.where(s) for s in sources])
    if baseline is not None:
        say_baseline(baseline.file, result.hidden, *(result.gone or (0, 0)))
    if result.recorded is not None:
        say_recorded(write_baseline, result.recorded, result.kept)
    levels = by_level(result.by_level)
    kept = f" ({result.skipped} already written)" if result.skipped else ""
    undated = _undated(result.undated, result.refused)
    click.echo(f"newslint: audited {counted(result.articles, 'article')}{undated} in "
               f"{counted(result.partitions, 'partition')}{kept}: "
               f"{counted(result.findings, 'finding')}{f' ({levels})' if levels else ''}"
               f"{_hid_none(baseline, result)}{_passed(result.passed)}{_skipped(result.skipped_rules)}; "
               f"wrote {output}", err=True)
    for line in dict.fromkeys(result.problems):     # after the summary, as check's "see the errors below"
        click.echo(f"newslint: {printable(line)}", err=True)
    sys.exit(EXIT_ERROR if result.problems else EXIT_CLEAN if write_baseline
             else EXIT_FINDINGS if result.failed() else EXIT_CLEAN)


def _undated(undated: int, refused: int) -> str:
    """The summary's count of articles with no publication date, naming a
    date given but refused as check's note does (its warning says why:
    qa376 #8): `(1 with no usable publication date: the date given was
    refused)`, `(3 with no publication date: 1 gave one that was refused)`."""
    if not undated:
        return ""
    if refused >= undated:
        why = "the date given was refused" if undated == 1 else "the dates given were refused"
        return f" ({undated} with no usable publication date: {why})"
    return f" ({undated} with no publication date{f': {refused} gave one that was refused' if refused else ''})"


def _passed(passed: dict[str, int]) -> str:
    """The summary's clause for the files the walks did not read, counted by
    extension, most first (`plan.sources`), else ""."""
    if not passed:
        return ""
    kinds = most_first(passed)
    shown = [f"{n} {ext or 'with no extension'}" for ext, n in kinds[:KINDS]]
    if len(kinds) > KINDS:
        shown.append(f"{sum(n for _, n in kinds[KINDS:])} of {len(kinds) - KINDS} other kinds")
    return f"; not read: {counted(sum(passed.values()), 'other file')} ({', '.join(shown)})"


KINDS = 5      # extensions the summary names; the rest are counted together


def _skipped(rules: list[str]) -> str:
    """The summary's clause for the rules a worker skipped after they timed
    out (`spent`), else "": the audit is finished without them (the dataset's
    `_summary.parquet` records it), and `--resume` does not run them again."""
    if not rules:
        return ""
    return (f"; not fully checked: {plural(len(rules), 'rule')} {', '.join(rules)} skipped after "
            f"timing out (--resume does not run {plural(len(rules), 'it', 'them')} again: mend the "
            "pattern, then audit into a new folder)")


def _hid_none(baseline, result) -> str:
    """The summary's clause when --baseline hid nothing at all (a stale
    baseline, or one written for other files), else "". Not said when a
    partition written before a --resume kept no counts (`gone` None)."""
    if baseline is None or result.hidden or result.gone is None:
        return ""
    from ..cli_output import none_hidden       # shared with check, which narrows it
    return f", {none_hidden(baseline)}"
