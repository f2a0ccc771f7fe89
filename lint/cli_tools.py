"""The `newslint` commands besides `check`: parse, rules, explain, clean."""
from __future__ import annotations

import os
import sys

import click

from .cli import main
from .cli_published import published_option
from .cli_output import EXIT_CLEAN, EXIT_FINDINGS, fail, stdin_named
from .reporting import SKIPPED
from .config import ConfigError
from .engine import rule_notices, rules_for
from .files import expand, missing_message
from .formatters import first_sentence, plain, printable, storable
from .plural import counted, plural
from .ruleset import RuleError
from .session import Session


def _load_all(rule_dirs, config_file):
    """(the config, the rules `check` would see here): `config_file`, else the
    config found from the current folder, with `--rules` merged (a Vale
    config's BasedOnStyles may name their packs), and its rules (its `rules:`
    folders, a Vale style). The config is read as `check` reads it
    (`Session.from_options`), so a wrong one is said in the same words: a
    `--rules` pack is no missing style of a Vale config (qa276 #1). A rule
    file its folders hold but do not load as written (too deep, or its id
    taken by a later folder) is said on stderr, as `check` says it."""
    try:
        config = Session.from_options(config_file, rule_dirs=rule_dirs).config_for("_")
        rules = list(rules_for(config))
    except (ConfigError, RuleError) as exc:
        raise fail(str(exc))
    for line in rule_notices(config):
        click.echo(f"newslint: {printable(line)}", err=True)
    return config, rules


def _where_rules_run(config, rules: list) -> dict:
    """Under a Vale config, where each rule runs (`vale.where_rules_run`)."""
    from . import vale
    try:
        theirs = {r.id for r in vale.all_rules(config.vale)}
        own = tuple(r for r in rules if r.id not in theirs and config.is_selected(r.id))
        return vale.where_rules_run(config.vale, own)
    except (ConfigError, RuleError) as exc:
        raise fail(str(exc))


def _dated(doc, config, given: str):
    """`doc` dated as check dates it (`publication.settle`), a date given by
    --published or the config said to come from `given`; a date refused is
    said on stderr, as check's warning says it. An export's articles are
    dated one by one, as check lints them."""
    from .publication import settle
    from .readers import USER_DATE_SOURCE

    if doc.articles:
        doc.articles = [_dated(article, config, given) for article in doc.articles]
        return doc
    doc, refused = settle(doc, config)
    for message, _ in refused:
        click.echo(f"newslint: {printable(doc.path)}: {printable(message)}", err=True)
    if doc.published_from == USER_DATE_SOURCE:     # settle's own copy: the read doc is untouched
        doc.published_from = given
    return doc


@main.command(short_help="Show the article model as read: headline, date and every part.")
@click.argument("paths", nargs=-1, type=click.Path(readable=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: a readable outline; json: one object per file (see README).")
@click.option("--stdin-filename", metavar="NAME",
              help="Name (and so format) of the article read from stdin; it means stdin is "
                   "read, so files named with it and no '-' are left out (as ruff).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="Read with this config file, as check --config does.")
@published_option("Publication date to show, as check --published takes it.")
@click.option("--no-color", is_flag=True,
              help="Accepted as check takes it: parse never colours its output.")
def parse(paths, fmt, stdin_filename, config_file, published, no_color):
    """Show the article model as read: headline, publication date and every part.

    \b
    No rule runs. Each part is listed with its kind, text and exact source span,
    so you can see why a page was read the way it was (which block became the
    headline, what was left out as page furniture, where the date came from).
    An embedded post's blocks are `embed` parts, shown with the post's number,
    author, handle and URL where the markup gives them.
    Exit 1 when a file could not be read (a file of no article format, such
    as a .json, is skipped with one line, and is no failure, as in `check`).
    '-' reads stdin, as `check -` does (named by --stdin-filename, else stdin.txt);
    so does --stdin-filename with no paths.
    The publication date is the one check dates findings by: --published, else
    the config's published: (from "--published" or "config"), else the article's.
    """
    from .outline import render_json, render_text
    from .readers import STDIN_NAME, ReadError, over_limit, read_bytes
    from .regular_files import TooLarge, read_regular, read_stream
    from .site_sections import place_section

    if not paths and not stdin_filename:
        raise click.UsageError("Missing argument 'PATHS...'.")
    try:
        session = Session.from_options(config_file, published=published)
        resolve = session.config_for
    except ConfigError as exc:
        raise fail(str(exc))
    paths = stdin_named(paths, stdin_filename) if paths else ("-",)
    stdin_name = stdin_filename or STDIN_NAME
    others = [p for p in paths if p != "-"]
    try:
        files, missing = expand(others, resolve) if others else ([], [])
    except ConfigError as exc:
        raise fail(str(exc))
    if len(others) < len(paths):      # '-': the article on stdin, listed first as `check` reports it
        files.insert(0, "-")
    docs, failed = [], bool(missing)
    for path in missing:      # the line `check` reports as a finding (`files.missing_results`)
        click.echo(f"newslint: {printable(path)}: file.missing: {printable(missing_message(path))}",
                   err=True)
    for path in files:
        try:
            config = resolve(stdin_name if path == "-" else path)
            if path == "-":
                path, data = stdin_name, read_stream(sys.stdin.buffer, config.max_file_size)
            else:
                data = read_regular(path, config.max_file_size)   # a FIFO never blocks
            docs.append(read_bytes(path, data, max_bytes=config.max_file_size,
                                   options=config.read_options()))
            place_section(docs[-1], path)      # (stdin: as --stdin-filename places it)
            docs[-1] = _dated(docs[-1], config, "--published" if published else "config")
        except TooLarge as exc:     # a name newslint skips is said so (qa376 #5), as check says it
            err = over_limit(path, exc.size, exc.head, resolve(path).max_file_size)
            click.echo(f"newslint: {printable(path)}: {err.rule}: {err}", err=True)
            failed = failed or err.rule != SKIPPED
        except ConfigError as exc:
            raise fail(str(exc))
        except (OSError, ReadError) as exc:
            rule = getattr(exc, "rule", "file.unreadable")
            click.echo(f"newslint: {printable(path)}: {rule}: {getattr(exc, 'strerror', None) or exc}",
                       err=True)
            failed = failed or rule != SKIPPED      # no article format: said, as `check` says it
    for line in session.published_ahead([resolve(stdin_name if p == "-" else p) for p in files]):
        click.echo(f"newslint: {printable(line)}", err=True)    # as check says it (qa376 #7)
    click.echo(storable((render_json if fmt == "json" else render_text)(docs)), nl=False)
    sys.exit(EXIT_FINDINGS if failed else EXIT_CLEAN)


@main.command("rules", short_help="List every rule: id, level, kind, fix, and description.")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False),
              help="Also list the rules of this folder (repeatable).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="Config file to apply (default: the one found from the current folder). "
                   "LEVEL is what check gives under it: its levels: replace the rule's own, and a "
                   "rule its select:/ignore: leave out is still listed, as off; the LEVELS lines "
                   "under the table say which.")
@click.option("--long", "long_", is_flag=True, help="Show whole descriptions, not first sentences.")
@click.option("--kinds", is_flag=True,
              help="List the rule kinds instead (what a rule's extends: names) and their options.")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown"]), default="text",
              show_default=True,
              help="markdown: a table per pack with one example of each rule run live and its "
                   "finding (docs/rules.md is this output).")
@click.option("--no-color", is_flag=True,
              help="Accepted as check takes it: rules never colours its output.")
def list_rules(rule_dirs, config_file, long_, kinds, fmt, no_color):
    """List every rule: id, level, kind, whether it fixes, and its description;
    then, in a group of their own, the file notices (file.*) the readers report
    about a file itself.

    With --kinds, list every kind a rule file can extend instead; no rule file
    is read, so it works while one is broken. 'newslint explain RULE' shows a
    rule's options with their values. With --format markdown, a table per pack
    with one example of each rule and the finding it gets, run now."""
    if kinds:
        return _list_kinds()
    config, rules = _load_all(rule_dirs, config_file)
    if fmt == "markdown":
        from .rules_table import markdown_table
        click.echo(storable(markdown_table(rules, config)), nl=False)
        return
    from .rules_table import shown_level
    width = max((len(r.id) for r in rules), default=10)
    kwidth = max((len(r.kind) for r in rules), default=8)
    # a rule whose kind lowers some findings' level shows them all, `error/warning`,
    # and what each means under the table (nu27 #6); the config's levels: and
    # select:/ignore: as check applies them (nu28 #6)
    shown = {r.id: shown_level(r, config) for r in rules}
    levels = {rule_id: level for rule_id, (level, _) in shown.items()}
    lwidth = max(10, *map(len, levels.values()))
    head = f"{'ID':<{width}}  {'LEVEL':<{lwidth}}  {'KIND':<{kwidth}}  FIX  "
    where = {}
    # a rule this install cannot run (a `spelling` rule without the extra) is listed, marked
    # and its reason said under the table; check skips it with the same line (nu27 #1)
    missing = {r.id: why for r in rules if (why := r.checker.unavailable()) is not None}
    if config.vale is not None:
        runs = _where_rules_run(config, rules)
        where = {r.id: "skipped" if r.id in missing else ", ".join(runs.get(r.id, ())) or "off"
                 for r in rules}
    if where:      # under a Vale config only what its sections turn on runs (nu21 #4)
        rwidth = max(4, *map(len, where.values()))
        head += f"{'RUNS':<{rwidth}}  "
        click.echo(f"Under {config.vale.path} only the rules its sections turn on run. RUNS: "
                   "the groups of sections under which each runs, parted by commas, each as "
                   "check -v names the files that match just those sections ([*]: a file no "
                   "other section matches), or off (skipped: not available in this install); a file no "
                   "section matches is not linted.")
    # Cut to the terminal's width only on a terminal; piped output is never cut.
    import shutil
    room = shutil.get_terminal_size().columns - len(head) if sys.stdout.isatty() else None
    click.echo(head + "DESCRIPTION")
    for r in rules:
        fix = "yes" if r.fixable else ""
        text = (UNAVAILABLE_MARK if r.id in missing else "") + plain(r.description)
        text = text if long_ else _first_sentence(text, room)
        runs_in = f"{where[r.id]:<{rwidth}}  " if where else ""
        click.echo(f"{r.id:<{width}}  {levels[r.id]:<{lwidth}}  {r.kind:<{kwidth}}  {fix:<3}  "
                   f"{runs_in}{text}")
    mixed = [r for r in rules if shown[r.id][1]]
    if mixed:
        click.echo(f"\n{'LEVELS':<{width}}  the rule's own level first; the kind gives the others when "
                   "said (the finding shows its level; --fail-level counts it); where the config "
                   "changes it, what check gives and why")
        for r in mixed:
            click.echo(f"{r.id:<{width}}  {shown[r.id][1]}")
    if missing:
        click.echo(f"\n{'NOT AVAILABLE':<{width}}  in this install: check skips the rule and says why")
        for rule_id, why in missing.items():
            click.echo(f"{rule_id:<{width}}  {why}")
    _list_file_notices(long_, width, room)


UNAVAILABLE_MARK = "[not available, see below] "


def _list_file_notices(long_: bool, width: int, room: int | None) -> None:
    """The `file.*` ids (`file_notices.FILE_RULES`): no rule file declares them, so
    no level, kind or fix; `explain` and `--ignore` take them as rule ids do."""
    from .file_notices import FILE_RULES
    from .file_rules import DESCRIPTIONS
    width = max([width, *map(len, FILE_RULES)])
    room = None if room is None else room + len(f"{'':<10}  {'':<8}  FIX  ")
    click.echo(f"\n{'FILE NOTICE':<{width}}  DESCRIPTION (about a file itself, from the "
               "readers; 'newslint explain file.ID')")
    for rule_id in FILE_RULES:
        text = DESCRIPTIONS[rule_id] if long_ else _first_sentence(DESCRIPTIONS[rule_id], room)
        click.echo(f"{rule_id:<{width}}  {text}")


def _list_kinds() -> None:
    """One line per kind; on a terminal, wrapped under the description column
    (never mid-word) instead. Piped output stays one line per kind, for grep.
    FIX `opt`: the kind fixes only when a rule asks (`Kind.fix_needs`); `(message:
    {name}, ...)` the placeholders its findings fill (`Kind.placeholders`)."""
    import shutil
    import textwrap
    from .kinds import registry
    found = sorted(registry().items())
    width = max(len(name) for name, _ in found)
    indent = " " * (width + 7)
    room = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
    click.echo(f"{'KIND':<{width}}  FIX  DESCRIPTION (OPTIONS)")
    for name, kind in found:
        fix = ("opt" if kind.fix_needs else "yes") if kind.fixable else ""
        settable = kind.user_options()      # `_` options are the loaders' own
        options = f" (options: {', '.join(settable)})" if settable else ""
        said = {"message": kind.placeholders, **kind.message_placeholders}    # qa99 #3, qa104 #7
        options = "".join(f" ({key}: {', '.join(f'{{{p}}}' for p in sorted(names))})"
                          for key, names in said.items() if names) + options
        line = f"{name:<{width}}  {fix:<3}  {first_sentence(plain(kind.description))}{options}"
        if room is not None and len(line) > room > len(indent) + 20:
            line = "\n".join(textwrap.wrap(line, room, subsequent_indent=indent,
                                           break_long_words=False, break_on_hyphens=False))
        click.echo(line)


def _first_sentence(text: str, width: int | None) -> str:
    first = first_sentence(text)
    if width is None or len(first) <= width:
        return first
    return first[: max(width, 20) - 1].rstrip() + "…"


@main.command(short_help="Show a rule's description, link and live examples.")
@click.argument("rule_id")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False),
              help="Also look in this rules folder (repeatable).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="Config whose rule folders to search and whose levels: and select:/ignore: "
                   "to show, as check applies them (default: the one found from the current "
                   "folder).")
@click.option("--no-color", is_flag=True,
              help="Accepted as check takes it: explain never colours its output.")
def explain(rule_id, rule_dirs, config_file, no_color):
    """Show a rule's description, link and examples (the same ones the tests run).
    Given a pack (dates, house), list its rules, one line each.

    Exits 1 when an example is not as expected (a fail example not flagged, a
    pass example flagged), so CI can check a newsroom's own rules."""
    from .file_notices import FILE_RULES
    from .explain import NOT_AS_EXPECTED, explain_rule

    config, found = _load_all(rule_dirs, config_file)
    rules = {r.id: r for r in found}
    if rule_id in FILE_RULES and rule_id not in rules:
        from .file_rules import explain_file_rule
        click.echo(explain_file_rule(rule_id))
        return
    if rule_id not in rules:
        wrong = _explain_pack(rule_id, rules, config)
        if wrong is not None:       # as for one rule: CI fails on a pack's failing examples
            _fail_if_wrong(wrong, f"pack {rule_id}")
            return
        from .did_you_mean import alternatives
        from .suppress_ids import near_ids   # --select's nearest id first (qa168 #4)
        known = set(rules) | set(FILE_RULES)
        shown = near_ids(rule_id, known | {r.split(".")[0] for r in known})[:8]
        # as every other refusal words it: "(did you mean X?)", "X, Y or Z"
        hint = f" (did you mean {alternatives(shown)}?)" if shown else ""
        raise fail(f"no rule {rule_id!r}{hint}")
    shown = explain_rule(rules[rule_id], config)
    click.echo(shown)
    # a house rule's examples fail CI as newslint's own fail its tests
    _fail_if_wrong(shown.count(NOT_AS_EXPECTED), rule_id)


def _fail_if_wrong(wrong: int, what: str) -> None:
    """Exit 1 with one line when `wrong` examples of `what` (a rule id, or
    "pack ID") are not as expected."""
    if wrong:
        click.echo(f"newslint: {counted(wrong, 'example')} of {what} "
                   f"{plural(wrong, 'is', 'are')} not as expected", err=True)
        raise click.exceptions.Exit(1)


def _explain_pack(pack: str, rules: dict, config) -> int | None:
    """List the rules of `pack` (id, level as `check` gives it under `config`,
    first sentence), or the file
    notices for `file`, running each rule's examples as `explain RULE` does:
    how many are not as expected (a rule with any is marked); None when no
    rule id starts with `pack.`."""
    from .file_notices import FILE_RULES
    from .examples import run_example
    from .explain import NOT_AS_EXPECTED
    from .file_rules import DESCRIPTIONS
    from .rules_table import config_level
    if pack == "file":
        rows = [(rule_id, "", DESCRIPTIONS[rule_id], 0) for rule_id in FILE_RULES]
    else:
        # a rule this install cannot run is marked, its examples not run: `explain RULE` says why
        rows = [(r.id, (config_level(r, config) or (r.level,))[0], plain(r.description),
                 sum(not run_example(r, e).ok for e in r.examples))
                if r.checker.unavailable() is None else (r.id, r.level, UNAVAILABLE_MARK.replace(
                    "see below", f"'newslint explain {r.id}'") + plain(r.description), 0)
                for rule_id, r in sorted(rules.items()) if rule_id.startswith(pack + ".")]
    if not rows:
        return None
    width = max(len(row[0]) for row in rows)
    level = max(len(row[1]) for row in rows)
    noun = "file notice" if pack == "file" else "rule"
    click.echo(f"{pack}: {counted(len(rows), noun)} "
               f"('newslint explain {rows[0][0]}' shows one)")
    for rule_id, lv, text, wrong in rows:
        middle = f"{lv:<{level}}  " if level else ""
        mark = f"   {NOT_AS_EXPECTED}: {counted(wrong, 'example')}" if wrong else ""
        click.echo(f"  {rule_id:<{width}}  {middle}{first_sentence(text)}{mark}")
    return sum(row[3] for row in rows)


@main.command(short_help="Empty the result and rule-set caches.")
@click.option("--cache-dir", type=click.Path(file_okay=False), metavar="DIR",
              help="Also empty the result cache kept in DIR (check's --cache-dir).")
def clean(cache_dir):
    """Empty newslint's caches: the result cache (findings of unchanged files)
    and the rule-set cache (parsed rule and data files, compiled patterns).

    \b
    They live in the user cache folder (NEWSLINT_CACHE_DIR overrides it;
    NEWSLINT_NO_CACHE=1 turns both off). Only files newslint wrote are removed.
    """
    from . import cache_dir as caches, rule_cache

    rule_cache.never_save()    # opened as the command started: saved at exit, it refills the folder
    folder = caches.base_dir()
    missing = bool(cache_dir) and not os.path.isdir(cache_dir)
    files, size, errors = caches.clean(folder, None if missing else cache_dir)
    where = folder + (f" and {cache_dir}" if cache_dir and not missing else "")
    click.echo(f"newslint: removed {counted(files, 'cache file')} "
               f"({size / 1024:.0f} KB) from {printable(where)}")
    if missing:       # a typo, or a cache never written: said, never claimed cleaned (qa77 #6)
        click.echo(f"newslint: --cache-dir {printable(cache_dir)}: no such folder, "
                   "nothing removed there", err=True)
    if errors:
        raise fail(f"could not remove {counted(len(errors), 'cache file')}"
                   f" (first: {printable(errors[0])})")
