"""`newslint check`: lint articles and report (the `cli` group's main command).

Reads the paths and options, builds one `Session`, lints through `runner`
(or fixes through `fixes`), and reports through `formatters`; the exit code
is `cli`'s: 0 nothing at or above --fail-level, 1 such findings, 2 usage,
config or rule errors. Imported by `cli` after its start-up caches are in.
"""
from __future__ import annotations

import os
import sys

import click

from .cli_published import published_option
from .config import ConfigError, load_vale, run_fail_level
from .diagnostic import LEVELS
from .excluded import emptied, said_when_nothing_linted, unsaid
from .files import expand, file_identity, left_out, missing_results
from .formatters import Report, lines, names as format_names, needs_source, render
from .formatters import printable
from .progress import Progress
from .readers import STDIN_NAME
from .readers._own_reports import OWN_OUTPUT, STDERR
from .readers.options import MARKUPS
from .regular_files import read_stream
from .reporting import linted, read_through, streamer, unlinted
from .ruleset import RuleError
from .runner import job_count, lint_files, lint_stdin, oversubscribed, slim
from .session import Session, cli_packs
from .skip_notes import skip_lines
from .stdout_target import without_stdout
from .usage import OneLineCommand
from .walk_paths import plain
from . import cli_notes as notes
from . import cli_output as out
from . import process
from .cli_output import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, fail

# Imported where used, so a plain `check` never loads them: baselines and
# fingerprints (.baseline), --fix and --diff (.fixes, difflib), statistics,
# the -o and --write-baseline target checks (.output_targets).


@click.command(cls=OneLineCommand,      # as the group's own commands: a usage error in one line
               short_help="Lint articles: Markdown, HTML, text, wire and CMS exports.")
@click.argument("paths", nargs=-1, type=click.Path(readable=False))   # unreadable: a finding
@click.option("--format", "fmt", type=click.Choice(format_names()), default="text", show_default=True,
              help="Output format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, allow_dash=True), metavar="FILE",
              help="Write the report to FILE instead of stdout ('-' is stdout; "
                   "never an article being linted).")
@click.option("--select", multiple=True, metavar="IDS",
              help="Only these rule ids or pack prefixes (comma-separated; replaces the config's).")
@click.option("--ignore", multiple=True, metavar="IDS",
              help="Skip these rule ids or pack prefixes (comma-separated; adds to the config's).")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False),
              help="Extra rules folder laid out <pack>/<name>.yaml (repeatable).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="Use this config file instead of discovering .newslint.yaml.")
@click.option("--vale-config", "vale_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Use this Vale config (.vale.ini) for every file; see 'Coming from Vale'.")
@click.option("--fail-level", type=click.Choice(LEVELS), default=None,
              help="Exit 1 when a finding is at or above this level (default: the config's "
                   "fail-level:, else error).")
@published_option()
@click.option("--markup", type=click.Choice(MARKUPS), default=None,
              help="Template syntax in Markdown: hugo shortcodes, jekyll (Liquid, kramdown), "
                   "eleventy (Liquid, Nunjucks), none, or auto (all; the default, or the "
                   "config's markup:).")
@click.option("--fix", is_flag=True,
              help="Apply the safe fixes rules declare (in place), then report what is left.")
@click.option("--diff", is_flag=True,
              help="Print the unified diff --fix would apply and write nothing (exit 1 if any).")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Hide the findings recorded in FILE; report only new ones.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), metavar="FILE",
              help="Record today's findings in FILE (for --baseline) and exit 0.")
@click.option("--statistics", is_flag=True, help="Also print how many findings each rule produced.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Lint files in N processes (0: one per CPU). More than the CPUs is "
                   "allowed but seldom faster (-v says so).")
@click.option("--no-color", is_flag=True,
              help="Never colour the output (it is coloured only on a TTY, and never with "
                   "NO_COLOR set to a non-empty value).")
@click.option("--no-progress", is_flag=True,
              help="Never draw the progress bar (drawn only on a terminal, for many files).")
@click.option("--cache/--no-cache", "use_cache", default=None,
              help="Reuse the findings of files unchanged since the last run (default: on "
                   "when a folder is named; never with --fix or --diff).")
@click.option("--cache-dir", type=click.Path(file_okay=False), metavar="DIR",
              help="Keep the result cache in DIR (default: the user cache folder, see "
                   "'newslint clean').")
@click.option("--stdin-filename", metavar="NAME",
              help="Name (and so format) of the article read from stdin; it means stdin is "
                   "read, so files named with it and no '-' are left out (as ruff).")
@click.option("--force-exclude", is_flag=True,
              help="Leave out a path named here (as pre-commit names every staged file) in a "
                   "static site's build output or templates, as a folder walk does: _site, "
                   "public, layouts, ... beside the generator's config (Jekyll, Hugo or "
                   "Eleventy; which files count: README, Static-site repos), never without one; "
                   "or in the Vale StylesPath. Also stdin when "
                   "--stdin-filename is in one or excluded (nothing reported, exit 0).")
@click.option("--verbose", "-v", is_flag=True,
              help="List the rules selected and the site generators' folders skipped, and say "
                   "which config and publication date each file uses.")
def check(paths, fmt, output, select, ignore, rule_dirs, config_file, vale_file, fail_level,
          published, markup, fix, diff, baseline_file, write_baseline, statistics, jobs, no_color,
          no_progress, use_cache, cache_dir, stdin_filename, force_exclude, verbose):
    """Lint article files and folders; '-' reads stdin.

    \b
    Markdown, HTML and plain text; NITF (.nitf) and JSON Lines (.jsonl); and
    .xml files of NITF, NewsML-G2 or WordPress exports (a folder's told by
    their root element; feeds and sitemaps left out). A finding in an export
    names its article.

    \b
    Fixing:    --fix rewrites files with the safe fixes; --diff only shows them.
    Baselines: --write-baseline FILE once, then --baseline FILE reports only new findings.
    Caching:   a folder's unchanged files are not linted again (--no-cache to lint all).

    \b
    Exit codes: 0 nothing at or above --fail-level; 1 a finding at or above it
    (a path where nothing is: a file.missing error, the rest still linted);
    2 a usage or config error, or a rule that crashed or timed out; 130
    interrupted (Ctrl-C). A named file of no article format (.json, .pdf) is
    skipped: said, never a finding.
    """
    if output == "-":        # click's convention (click.File): '-' is stdout, as without -o
        output = None
    if fix and diff:
        raise fail("use --fix or --diff, not both (--diff shows what --fix would write)")
    if diff and write_baseline:
        raise fail("use --write-baseline without --diff (--diff writes nothing)")
    for option, name in (("--baseline", baseline_file), ("--write-baseline", write_baseline)):
        if name == "-":      # no stream: stdout holds the report, stdin the articles
            raise fail(f"{option} needs a file name, not '-'")
    if config_file and vale_file:
        raise fail("use --config or --vale-config, not both; a config's `vale:` key names "
                   "the Vale config to use with it")
    if "" in paths:          # an unset shell variable: no path at all, so no file.missing
        raise fail("an empty path was given (an unset shell variable?): name a file or folder")
    cli = {"select": out.rule_ids(select), "ignore": out.rule_ids(ignore), "rule_dirs": rule_dirs,
           "published": published, "markup": markup}
    try:
        session = (Session(load_vale(vale_file, cli_packs(cli)), cli) if vale_file
                   else Session.from_options(config_file, **cli))
    except ConfigError as exc:
        raise fail(str(exc))
    baseline = out.open_baseline(baseline_file) if baseline_file else None
    paths = out.stdin_named(paths, stdin_filename)
    if not paths:
        paths = ("-",) if stdin_filename else (".",)
    use_stdin = "-" in paths
    paths = tuple(p if plain(p) == "-" else plain(p) for p in paths)   # the walk's form (rr54a #1, #2); ./- stays a file
    # named as the walk names a file, in every format: no `./` in front (qa311 #4)
    stdin_name = plain(stdin_filename) if stdin_filename else STDIN_NAME
    named = [stdin_filename] if stdin_filename else []     # the piped article's file (qa96 #6)
    # said when not linted (-v says all); `-` names the piped article as a path names a file, by
    # --stdin-filename or as -v says it (qa286 #2, qa287 #1)
    named_files = set() if verbose else (set(paths) - {"-"}) | ({stdin_name} if use_stdin else set())
    try:
        if use_stdin and force_exclude and (why := left_out(stdin_name, session.config_for)):
            out.pass_stdin(why, verbose, fix)   # as ruff: no report, exit 0
            use_stdin = False
            if set(paths) == {"-"}:
                if not (fix or diff) and (output or not lines(fmt)):
                    _refuse((("-o", output),), named, {session.config_for(stdin_name)}, baseline_file)
                    # a report a tool parses (or a file it reads) is an empty one, never none
                    out.emit(render(fmt, Report([], root=os.getcwd())), output,
                             whole=not lines(fmt))
                sys.exit(EXIT_CLEAN)
        skipped: list = []
        excluding: set = set()      # the configs whose exclude: left out an article file
        files, missing = expand([p for p in paths if p != "-"], session.config_for, skipped,
                                force_exclude, excluding)
        walked, files = files, without_stdout(files)    # `check . > report.txt`: no article (nu55 #3)
        gone = missing_results(missing, session.config_for)   # file.missing
        # rules are known with no file left (was "no rule or pack" for --select titles gone.md)
        configs = {session.config_for(f) for f in files + missing} or {session.config_for(stdin_name)}
        configs |= {session.config_for(stdin_name)} if use_stdin else set()
        _refuse((("-o", output), ("--write-baseline", write_baseline)), files + named, configs,
                baseline_file)
        if write_baseline:
            out.refuse_foreign_baseline(write_baseline)
        named_out = [p for p in dict.fromkeys(paths) if p in walked and p not in files]   # named, stdout's
        for path in named_out:      # said beside other files' skips and findings too (rr51c #3, qa279 #3)
            click.echo(STDERR + OWN_OUTPUT.format(path=printable(path)), err=True)
        if not files and not use_stdin and not missing and _named_beside(paths, named_out):
            # "No problems found" is never about nothing; a folder or another file was named
            skipped = said_when_nothing_linted(skipped)     # a file exclude: left out: its line (nu67)
            for hint in notes.nothing_to_lint(paths, session.config_for, skipped, verbose, excluding):
                click.echo(f"newslint: {hint}", err=True)
        fail_level = run_fail_level(configs, fail_level)    # --fail-level, else the configs'
        rules = session.validated_rules(configs)
        process.settle()
        for line in (session.passed_over(configs) + session.rule_notices(configs)
                     + session.published_ahead(configs) + session.unavailable(configs)):
            click.echo(f"newslint: {printable(line)}", err=True)
    except (ConfigError, RuleError) as exc:
        raise fail(str(exc))
    # wire files and a path --force-exclude left out: always said; a path named twice, once
    notes.say_skipped(skip_lines(skipped, verbose, force_exclude))
    # a named file exclude: left out, unsaid, or a named folder it emptied beside a file linted:
    # said if nothing is linted after all (qa343 #6, qa349 #4)
    late = [] if verbose or use_stdin or missing else skip_lines(unsaid(skipped + (
        emptied(paths, walked, session.config_for, force_exclude) if files else [])), verbose)
    if verbose:
        for line in notes.selected_lines(session, configs, ([stdin_name] if use_stdin else []) + files):
            click.echo(f"newslint: {printable(line)}", err=True)
        if (crowded := oversubscribed(job_count(jobs), len(files))) is not None:
            click.echo(f"newslint: {crowded}", err=True)
    stdin_data = read_stream(sys.stdin.buffer, session.config_for(stdin_name).max_file_size) \
        if use_stdin else None    # at most the limit and a byte: a longer one is file.too-large
    progress = Progress(len(files), sys.stderr, enabled=not no_progress,
                        label="fixing" if fix or diff else "linting")
    problems: list[str] = []
    report_to_stderr, stream = False, None
    try:
        if fix or diff:
            from .fixes import FixOutcome, fix_bytes, fix_files
            # the baseline's findings are left as written, and known (qa84 #10, qa87 #1)
            outcomes = [fix_bytes(stdin_name, stdin_data, session.config_for(stdin_name),
                                  baseline=baseline)] if use_stdin else []
            outcomes += [FixOutcome(r.path, r) for r in gone]
            outcomes += fix_files(files, session, jobs=job_count(jobs),
                                  progress=progress, baseline=baseline)
            for o in outcomes:
                o.result.document = slim(o.result.document)
                if o.unfixed is not None:
                    o.unfixed.document = slim(o.unfixed.document)
            problems += [p for o in outcomes for p in o.problems]
            problems += [p.text for o in outcomes for p in o.result.problems]
            results = [o.result for o in outcomes]
            if diff:
                _say_files(results, session, verbose)     # before the patch, as check's before findings
                code = out.show_diff(outcomes, problems, output)
                notes.note_undated(results, "text", verbose)    # the patch is no report to note it in
                notes.say_skipped(dict.fromkeys(problems))
                notes.say_skipped(late if not linted(results) else ())
                notes.say_unlinted([r.path for r in results if unlinted(r)], session, named_files)
                sys.exit(code)
            problems += out.write_fixed(outcomes, stdin_data, held=baseline is None)
            results = [o.result for o in outcomes]    # write_fixed may put back the unfixed
            report_to_stderr = use_stdin
        else:
            keep = bool(needs_source(fmt) or baseline or write_baseline)
            if use_cache is None:
                use_cache = any(os.path.isdir(p) for p in paths if p != "-")
            stream = streamer(fmt, no_color, fail_level, verbose, collecting=bool(
                baseline or write_baseline or statistics or output),
                order=([stdin_name] if use_stdin else []) + missing + files, progress=progress)
            results = [lint_stdin(stdin_name, session, stdin_data)] if use_stdin else []
            results += gone
            lint = lint_files(files, session, jobs=job_count(jobs),
                              keep_documents=keep, progress=progress,
                              cache=_result_cache(cache_dir) if use_cache else None)
            if stream is not None:
                done = stream([results, lint])
            else:
                results.extend(lint)
    finally:
        progress.close()
    if stream is not None:
        out.finish_streamed(done, session, verbose, fmt, named_files, late)
    documents = {r.path: r.document for r in results if r.document is not None}
    diagnostics = sorted((d for r in results for d in r.diagnostics), key=lambda d: d.sort_key())
    diagnostics, skipped_files = out.set_aside(diagnostics)   # said, never counted as findings
    problems += [p.text for r in results for p in r.problems]   # repeats are printed once
    problems = list(dict.fromkeys(problems))
    _say_files(results, session, verbose)
    notes.say_skipped(skipped_files)
    notes.say_skipped(late if not linted(results) else ())
    notes.say_unlinted([r.path for r in results if unlinted(r)], session, named_files)
    if write_baseline:
        out.write_baseline(write_baseline, diagnostics, documents, problems, (
            read_through(results), lambda path, rule: session.config_for(path).is_selected(rule)))
    if baseline is not None:
        diagnostics = out.apply_baseline(baseline, diagnostics, documents, results, session.config_for,
                                         [p for p in paths if p != "-" and os.path.isdir(p)] + missing)
        if fix:     # unfixed on purpose: only what the baseline leaves shown
            out.say_held(outcomes, set(diagnostics))
    to_tty = not output and not report_to_stderr and sys.stdout.isatty()
    # NO_COLOR counts only when set and not empty (no-color.org)
    color = fmt == "text" and not no_color and to_tty and not os.environ.get("NO_COLOR")
    report = Report(diagnostics, files=linted(results), rules=rules, color=color,
                    root=os.getcwd(), documents=documents if needs_source(fmt) else {},
                    fail_level=fail_level, problems=problems, levels=out.default_levels(
                        fmt, rules, session, ([stdin_name] if use_stdin else []) + files),
                    suppressed={d: why for r in results for d, why in r.suppressed.items()},
                    articles={r.path: r.names for r in results if r.names})
    out.emit(render(fmt, report), output, report_to_stderr, whole=not lines(fmt))
    # a clean text report to stdout (a terminal or a pipe) already said "No problems found." (nu43 L6)
    if statistics and (diagnostics or output or report_to_stderr or fmt != "text"):
        from . import statistics as stats
        click.echo(stats.render(diagnostics), nl=False,
                   err=bool(output) or report_to_stderr or fmt != "text")
    notes.note_undated(results, fmt, verbose, output, report_to_stderr)
    notes.say_skipped(dict.fromkeys(problems))
    if problems:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if any(d.at_least(fail_level) for d in diagnostics) else EXIT_CLEAN)


def _named_beside(paths: tuple[str, ...], named_out: list[str]) -> bool:
    """Whether a path named besides the run's own stdout file (`named_out`) names
    something else: a folder, a skipped or left-out file. Compared as the walk
    compares (`files.file_identity`), which folds one file named in two spellings
    (`report.txt ./report.txt`, a symlink and its target) into its first (qa283 #2)."""
    out = {file_identity(p) for p in named_out}
    return any(file_identity(p) not in out for p in paths if p != "-")


def _refuse(targets, files: list[str], configs, baseline: str | None) -> None:
    """Stop, one line and exit 2, when an (option, target) of `targets` would
    replace an article of `files`, the `baseline` read, or the config, a rule
    or a data file in use (`output_targets.refused`)."""
    if not any(target for _, target in targets):
        return                  # no -o or --write-baseline: nothing to refuse
    from .output_targets import refused

    for option, target in targets:
        if target and (line := refused(option, target, files, configs, baseline)) is not None:
            raise fail(printable(line))


def _say_files(results, session, verbose: bool) -> None:
    """-v: each file's config and its notes (such as no publication date found)."""
    if verbose:
        notes.say_file_notes(((r.path, r.notes) for r in results), session)


def _result_cache(folder: str | None):
    from . import cache_dir
    from .result_cache import ResultCache, default_folder

    if folder is None and cache_dir.disabled():
        return None
    return ResultCache(os.path.abspath(folder) if folder else default_folder())
