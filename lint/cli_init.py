"""`newslint init`: write a commented starter `.newslint.yaml` here.

Every key is commented out, so the file changes nothing until a line is
uncommented: it is a map of what can be set (README, Configuration), not a
house style. It never overwrites: a config of newslint's own in this folder
(`.newslint.yaml`, `.newslint.yml`, `[tool.newslint]` in pyproject.toml)
refuses the command, and the file is created exclusively, so a file made in
between is never replaced. Imported only when `init` is run.
"""
from __future__ import annotations

import contextlib
import os

import click

from .cli_output import fail
from .config_find import CONFIG_NAMES, find_config_file
from .formatters import printable
from .usage import OneLineCommand

NAME = CONFIG_NAMES[0]

# Prose lines start "# " and a capital; an example line is a commented key
# ("# select: ...") or a commented indented line under one ("#   style.x: ...").
# tests/test_cli_init.py uncomments every example and loads the result.
STARTER = """\
# newslint configuration (README, "Configuration"). Every key below is
# commented out: the defaults hold until you uncomment a line. The nearest
# config above a file is the one it uses; nothing is merged from folders above.
# On the command line --select and --markup replace a value; --ignore and
# --rules add to it.

# Rule ids or pack prefixes to run (default: every rule, as this list of every
# pack). Leave out `file` and a missing or unreadable file goes unsaid. The ids
# are in `newslint rules`.
# select: [file, hygiene, dates, quotes, captions, titles, names, style]

# Rule ids or packs to skip; the most specific of select and ignore wins.
# ignore: [dates.relative-weekday]

# Re-level a rule or a pack: error, warning or suggestion (the most specific wins).
# levels:
#   style.date-ordinal: suggestion

# A rule's own options (`newslint rules --kinds` lists each kind's).
# options:
#   quotes.unattributed:
#     min_words: 5

# Extra rule folders laid out <pack>/<name>.yaml, relative to this file.
# rules: [house-rules]

# Files to leave out, gitignore-style, relative to this file.
# exclude: ["drafts/", "*.draft.md"]

# Publication date of every file, over the date the article gives (YYYY-MM-DD).
# published: 2024-05-18

# Files larger than this many megabytes are skipped.
# max-file-size: 10

# The level at or above which a finding makes `check` exit 1: error, warning or
# suggestion (--fail-level overrides it; the lowest of a run's configs applies).
# fail-level: error

# Template syntax in Markdown: auto, hugo, jekyll, eleventy or none.
# markup: auto

# Leave out static-site generators' templates and build output (_site, layouts, public)
# where the generator's config stands beside them (Jekyll, Hugo or Eleventy: see the README).
# site-folders: true

# More figure-like shortcode or include names, with their positional parameters.
# figures:
#   photo_box: [src, class, alt]

# A house's own front-matter keys (dotted) for an image's parts.
# image-fields:
#   lede_art.shooter: credit

# JSON Lines exports: newslint's field -> the dump's key (title, date and
# datePublished are read without one).
# jsonl: {headline: hed, body: content, published: pubdate}

# A Vale config, relative to this file, whose sections pick the rules that run
# (its styles and Vocab too); the keys above still apply (README, "Coming from Vale").
# vale: .vale.ini
"""


@click.command(cls=OneLineCommand, short_help="Write a commented starter .newslint.yaml here.")
def init():
    """Write a commented starter .newslint.yaml in the current folder.

    Every key is there, commented out under a line on what it does, so the
    defaults hold until you uncomment one. It takes the place of a config
    found in a folder above or a Vale config here (the nearest config wins;
    nothing is merged), and says so.

    Exit codes: 0 the file was written; 2 a config of newslint's own is
    already here (.newslint.yaml, .newslint.yml or [tool.newslint] in
    pyproject.toml: never overwritten) or the folder cannot be written.
    """
    here = os.getcwd()
    found = find_config_file(here)
    if found is not None and os.path.dirname(found) == here and \
            os.path.basename(found) in (*CONFIG_NAMES, "pyproject.toml"):
        raise fail(f"{printable(os.path.basename(found))} already configures newslint here; "
                   "init never overwrites a config")
    path, made = os.path.join(here, NAME), False
    try:
        with open(path, "x", encoding="utf-8", newline="\n") as fh:
            made = True
            fh.write(STARTER)
    except FileExistsError:
        raise fail(_in_the_way(path)) from None
    except OSError as exc:
        if made:    # a disk full or over quota mid-write: no half a starter left to load
            with contextlib.suppress(OSError):
                os.unlink(path)
        raise fail(f"cannot write {NAME}: {exc.strerror or exc}") from None
    # what it did goes to stderr, as check's "fixed 2 problems" and "recorded 3
    # findings" do: stdout is for reports (on a full stdout the file was written
    # and the run ended "cannot write the report", exit 2)
    click.echo(f"newslint: wrote {NAME}; every key is commented out, so the defaults hold "
               "until you uncomment one", err=True)
    if found is not None:   # a parent's config, or a Vale config here: the nearest wins
        vale = os.path.basename(found) not in (*CONFIG_NAMES, "pyproject.toml")
        click.echo(f"newslint: files here used {printable(found)} until now; {NAME} takes its "
                   "place for them (the nearest config wins, nothing is merged)"
                   + ("; its `vale:` key keeps the Vale config in use" if vale else ""), err=True)


def _in_the_way(path: str) -> str:
    """Why `path` (this folder's .newslint.yaml, which was no config) is not
    written: a symlink to nothing and a folder are passed over by discovery,
    so "already exists" alone sent the user looking for a file to read."""
    if os.path.islink(path) and not os.path.exists(path):
        return (f"{NAME} here is a symlink to {printable(os.readlink(path))}, which does not "
                "exist; init never replaces it: remove it first")
    if os.path.isdir(path):
        return f"{NAME} here is a folder; init never replaces it"
    return f"{NAME} already exists here; init never overwrites a config"
