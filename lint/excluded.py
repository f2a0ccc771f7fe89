"""A path the config's `exclude:` leaves out though it was named: a file named
on the command line under `--force-exclude`, or stdin's name
(`--stdin-filename`); the one line that names it and says why (nu62 #3), as
`sites.Skipped.line` says a site's folder."""
from __future__ import annotations

import os
from typing import NamedTuple

from .readers._own_reports import EXCLUDED


class Excluded(NamedTuple):
    """A named path and the config file whose `exclude:` matches it."""
    path: str
    config: str | None   # None: a config with no file (defaults)
    named: bool = True   # a path named: `cli_notes.nothing_to_lint` says its line

    def line(self, shown: str | None = None) -> str:
        """e.g. `skipped drafts/a.md (matched by exclude: in .newslint.yaml;
        take it out of exclude: to lint it)`; `shown` names stdin (`stdin as
        x.md`), which is linted once --force-exclude is dropped."""
        undo = "drop --force-exclude" if shown else "take it out of exclude:"
        config = os.path.relpath(self.config) if self.config else "the config"
        return EXCLUDED.format(path=shown or self.path, config=config, undo=undo)
