"""The `newslint` command: check, rules, explain.

Exit codes: 0 nothing at or above --fail-level, 1 such findings,
2 usage, config or rule errors (and rules that timed out or crashed).
"""
from __future__ import annotations

import os
import sys

import click

from . import __version__
from .config import Config, ConfigError, load_file, parse_date_option
from .diagnostic import LEVELS
from .engine import rules_for
from .files import expand
from .formatters import Report, names as format_names, render
from .ruleset import RuleError
from .runner import ConfigResolver, lint_files, lint_stdin

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def fail(message: str) -> "click.exceptions.Exit":
    click.echo(f"newslint: {message}", err=True)
    return click.exceptions.Exit(EXIT_ERROR)


def _published(ctx, param, value):
    if value is None:
        return None
    try:
        return parse_date_option(value, "--published")
    except ConfigError as exc:
        raise click.BadParameter(str(exc).split(": ", 2)[-1]) from None


def _ids(values: tuple[str, ...]) -> list[str]:
    return [v for chunk in values for v in chunk.replace(",", " ").split() if v]


def run() -> None:
    """Console entry point: no traceback ever reaches the user."""
    try:
        main(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        click.echo("newslint: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # pragma: no cover - last resort
        click.echo(f"newslint: internal error: {type(exc).__name__}: {exc} (please report this)",
                   err=True)
        sys.exit(EXIT_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="newslint")
def main():
    """newslint: a style and fact-consistency linter for news articles.

    \b
    Examples:
      newslint check story.md                 lint one article
      newslint check content/ --format github annotate a pull request
      newslint rules                          list every rule
      newslint explain dates.weekday-mismatch show a rule's examples
    """


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(format_names()), default="text", show_default=True,
              help="Output format.")
@click.option("--select", multiple=True, metavar="IDS",
              help="Only these rule ids or pack prefixes (comma-separated; replaces the config's).")
@click.option("--ignore", multiple=True, metavar="IDS",
              help="Skip these rule ids or pack prefixes (comma-separated; adds to the config's).")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False),
              help="Extra rules folder laid out <pack>/<name>.yaml (repeatable).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="Use this config file instead of discovering .newslint.yaml.")
@click.option("--fail-level", type=click.Choice(LEVELS), default="error", show_default=True,
              help="Exit 1 when a finding is at or above this level.")
@click.option("--published", callback=_published, metavar="DATE",
              help="Publication date (YYYY-MM-DD) for date checks, overriding the article.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Lint files in parallel (0: one per CPU).")
@click.option("--no-color", is_flag=True, help="Never colour the output (it is only coloured on a TTY).")
@click.option("--stdin-filename", metavar="NAME",
              help="Name (and so format) of the article read from stdin with '-'.")
@click.option("--verbose", "-v", is_flag=True,
              help="Say which config and publication date each file uses.")
def check(paths, fmt, select, ignore, rule_dirs, config_file, fail_level, published, jobs,
          no_color, stdin_filename, verbose):
    """Lint article files and folders (Markdown, HTML, plain text); '-' reads stdin."""
    cli = {"select": _ids(select), "ignore": _ids(ignore), "rule_dirs": rule_dirs,
           "published": published}
    try:
        forced = load_file(config_file) if config_file else None
    except ConfigError as exc:
        raise fail(str(exc))
    resolve = ConfigResolver(forced, cli)
    if not paths:
        paths = ("-",) if stdin_filename else (".",)
    use_stdin = "-" in paths
    try:
        files, missing = expand([p for p in paths if p != "-"], resolve)
        configs = {resolve(f) for f in files} | ({resolve(stdin_filename or "stdin.txt")} if use_stdin else set())
        rules = {}
        for cfg in configs:  # validate every rule before linting anything
            rules.update({r.id: r for r in rules_for(cfg)})
    except (ConfigError, RuleError) as exc:
        raise fail(str(exc))
    for path in missing:
        click.echo(f"newslint: {path}: no such file or folder", err=True)
    results = []
    if use_stdin:
        results.append(lint_stdin(stdin_filename or "stdin.txt", resolve))
    jobs = jobs or os.cpu_count() or 1
    results.extend(lint_files(files, resolve, jobs=jobs))
    diagnostics = sorted((d for r in results for d in r.diagnostics), key=lambda d: d.sort_key())
    problems = [p.text for r in results for p in r.problems]
    if verbose:
        for r in results:
            for note in r.notes:
                click.echo(f"newslint: {note}", err=True)
    color = fmt == "text" and not no_color and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    report = Report(diagnostics, files=[r.path for r in results], rules=rules, color=color,
                    root=os.getcwd())
    click.echo(render(fmt, report), nl=False)
    for line in dict.fromkeys(problems):
        click.echo(f"newslint: {line}", err=True)
    if problems or missing:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if any(d.at_least(fail_level) for d in diagnostics) else EXIT_CLEAN)


def _load_all(rule_dirs, config_file) -> list:
    try:
        config = load_file(config_file) if config_file else Config()
        return list(rules_for(config.merged(rule_dirs=rule_dirs)))
    except (ConfigError, RuleError) as exc:
        raise fail(str(exc))


@main.command("rules")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False),
              help="Also list the rules of this folder (repeatable).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Config file to apply.")
def list_rules(rule_dirs, config_file):
    """List every rule: id, level, kind and description."""
    rules = _load_all(rule_dirs, config_file)
    width = max((len(r.id) for r in rules), default=10)
    kwidth = max((len(r.kind) for r in rules), default=8)
    click.echo(f"{'ID':<{width}}  {'LEVEL':<10}  {'KIND':<{kwidth}}  FIX  DESCRIPTION")
    for r in rules:
        fix = "yes" if r.fixable else ""
        click.echo(f"{r.id:<{width}}  {r.level:<10}  {r.kind:<{kwidth}}  {fix:<3}  {r.description}")


@main.command()
@click.argument("rule_id")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False),
              help="Also look in this rules folder (repeatable).")
def explain(rule_id, rule_dirs):
    """Show a rule's description, link and examples (the same ones the tests run)."""
    from .explain import explain_rule

    rules = {r.id: r for r in _load_all(rule_dirs, None)}
    if rule_id not in rules:
        close = [r for r in rules if r.startswith(rule_id)]
        hint = f" (did you mean: {', '.join(close[:8])}?)" if close else ""
        raise fail(f"no rule {rule_id!r}{hint}")
    click.echo(explain_rule(rules[rule_id]))


if __name__ == "__main__":  # pragma: no cover
    run()
