"""A path the config's `exclude:` leaves out though it was named: a file named
on the command line (said always under `--force-exclude`), or stdin's name
(`--stdin-filename`); the one line that names it and says why (nu62 #3), as
`sites.Skipped.line` says a site's folder; and the patterns' matcher, which
a local walk (`files.is_excluded`) and a URL folder's (`url_excluded`) share."""
from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from .readers._own_reports import CONFIG_EXCLUDES, EXCLUDED, OTHERS_EXCLUDE

if TYPE_CHECKING:
    import pathspec


@lru_cache(maxsize=64)
def exclude_spec(patterns: tuple[str, ...]) -> "pathspec.GitIgnoreSpec":
    """A config's `exclude:` patterns, gitignore's syntax (`files.is_excluded`)."""
    import pathspec   # only a config with excludes pays for it
    return pathspec.GitIgnoreSpec.from_lines(patterns)


def url_excluded(rel: str, config) -> bool:
    """Whether `config`'s `exclude:` leaves out a file of a remote folder
    walked (`s3://`, `memory://`), `rel` its '/'-separated path under the
    folder the URL names: such a file lies under no config's folder, so the
    patterns are read from there, as a local file's are from its config's
    (`files.is_excluded`; qa383 #3)."""
    return bool(config.exclude) and exclude_spec(config.exclude).match_file(rel)


class Excluded(NamedTuple):
    """A named path and the config file whose `exclude:` matches it."""
    path: str
    config: str | None   # None: a config with no file (defaults)
    # said always (`files.said_always`): named under --force-exclude; else said by -v, or
    # when nothing is linted (`cli_check`, nu67: "no article files" named a folder)
    named: bool = True

    def line(self, shown: str | None = None) -> str:
        """e.g. `skipped drafts/a.md (matched by exclude: in .newslint.yaml;
        take it out of exclude: to lint it)`; `shown` names stdin (`stdin as
        x.md`), which is linted once --force-exclude is dropped."""
        undo = "drop --force-exclude" if shown else "take it out of exclude:"
        config = os.path.relpath(self.config) if self.config else "the config"
        return EXCLUDED.format(path=shown or self.path, config=config, undo=undo)


def said_when_nothing_linted(skipped: list) -> list:
    """`skipped` (`files.expand`'s) with each named file that `exclude:` left
    out said always, as under --force-exclude: in a run that lints nothing its
    line is the answer, where "no article files to lint here (folders are
    walked for ...)" spoke of a folder (nu67)."""
    return [s._replace(named=True) if isinstance(s, Excluded) else s for s in skipped]


def unsaid(skipped: list) -> list:
    """The files named in `skipped` that `exclude:` left out and whose line
    was not said (no -v), now to be said: a run that linted nothing after
    all (a named picture beside them was a `file.format` skip) ends "No
    files linted.", and their line is its answer (qa343 #6)."""
    return [s._replace(named=True) for s in skipped if isinstance(s, Excluded) and not s.named]


def emptied(paths, files: list[str], config_for, force_exclude: bool = False) -> list[Excluded]:
    """Each folder named in `paths` that gave the walk's `files` nothing
    because `exclude:` left out its article files, as an `Excluded` not yet
    said (its config the first whose exclude: did: None, one given on the
    command line, first). A run that lints nothing after all (a named
    picture beside it was a `file.format` skip) ends "No files linted.", and
    its line is the answer, as a lone folder's "no article files to lint
    here" is (qa349 #4). Walked again only when no file of `files` is in it."""
    from .files import expand      # (files imports this module)

    out = []
    for path in dict.fromkeys(p for p in paths if p != "-" and os.path.isdir(p)):
        top = os.path.join(os.path.abspath(path), "")
        if any(os.path.abspath(f).startswith(top) for f in files):     # (the first, in a walk of it)
            continue
        configs: set = set()
        if not expand([path], config_for, None, force_exclude, configs)[0] and configs:
            out.append(Excluded(path, None if None in configs else sorted(configs)[0], named=False))
    return out


MAX_NAMED = 3       # configs `exclude_clauses` names; the rest are counted


def exclude_clauses(own: str | None, excluding) -> str:
    """The `; ...` clauses naming what `exclude:` left out of a walk that
    found nothing (`excluding`: the config paths `files.expand` gave, None
    for one given on the command line): "the config's" for `own` (the
    config of the one path named, or None), any other by its path, at most
    `MAX_NAMED`; "" when no exclude: left a file out. One wording for
    check's "no article files to lint here" and audit's "no article or
    export files found" (qa376 #3)."""
    from .formatters import printable
    from .plural import joined, plural

    said = CONFIG_EXCLUDES if None in excluding or (own is not None and own in excluding) else ""
    others = sorted(printable(os.path.relpath(c)) for c in excluding if c is not None and c != own)
    if others:
        more = len(others) - MAX_NAMED
        listed = others[:MAX_NAMED] + ([f"{more} more"] if more > 0 else [])
        said += OTHERS_EXCLUDE.format(configs=joined(listed), skip=plural(len(others), 'skips', 'skip'))
    return said
