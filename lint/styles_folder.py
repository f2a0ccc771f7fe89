"""The Vale StylesPath, which a folder walk leaves out.

A `.vale.ini`'s StylesPath holds the run's own settings, not copy: its
styles' rules (`Style/Rule.yml`) and the Vocab word lists
(`config/vocabularies/<Vocab>/accept.txt` and `reject.txt`, vale.sh/docs/keys/vocab).
A walk that entered it linted the word lists as articles, a
`titles.missing-headline` error on `accept.txt` (nu58 #2); `output_targets`
refuses to write a report there for the same reason. It is left out as a
static site's templates are (`sites.prune`): said under `check -v`. A file in
it named on the command line is linted as before, unless `--force-exclude`
(the pre-commit hooks) says to leave it out, as a named `_layouts/` file is
(`sites.holder` asks `styles_holder`; so does the language server). A
StylesPath that holds its own `.vale.ini` (`StylesPath = .`) is the project
itself, and is walked.
"""
from __future__ import annotations

import os
from typing import NamedTuple

from .output_targets import inside


class StylesLeftOut(NamedTuple):
    """The StylesPath folder a walk left out (`path` as walked, ending in a
    separator) and the `.vale.ini` that names it."""
    path: str
    ini: str
    named: bool = False  # a path named on the command line, left out by --force-exclude

    def line(self, shown: str | None = None) -> str:
        """One line for `check -v`, as `sites.Skipped.line` says a site's folder."""
        undo = "drop --force-exclude" if self.named else "name a file in it"
        from .readers._own_reports import STYLES_FOLDER

        return STYLES_FOLDER.format(path=shown or self.path, ini=os.path.relpath(self.ini), undo=undo)


def prune_styles(root: str, dirs: list[str], config_for) -> list[StylesLeftOut]:
    """Remove from `dirs` (in place, as os.walk allows) the StylesPath of the
    `.vale.ini` that applies to the files of `root` (`config_for` takes a
    file's path); returns what was removed. A StylesPath that is a link
    (`styles` -> `vale-styles`) is left out under both names: the walk
    reaches the folder by its own name (rr53a #4). Costs a name test and an
    lstat of the StylesPath per folder; the paths are resolved only for a
    folder of one of those names."""
    vale = config_for(os.path.join(root, "_")).vale
    styles = vale.styles_path if vale is not None else None
    if not styles:
        return []
    names = {os.path.basename(styles)}
    if os.path.islink(styles):
        names.add(os.path.basename(os.path.realpath(styles)))
    if names.isdisjoint(dirs):
        return []
    real = os.path.realpath(styles)
    if inside(os.path.realpath(vale.path), real):
        return []
    gone = [d for d in dirs if d in names and os.path.realpath(os.path.join(root, d)) == real]
    for d in gone:
        dirs.remove(d)
    return [StylesLeftOut(os.path.join(root, d, ""), vale.path) for d in gone]


def styles_holder(path: str, config_for) -> StylesLeftOut | None:
    """The StylesPath that `path` (named on the command line; it need not
    exist) lies in, of the `.vale.ini` that applies to it, or None: what
    `--force-exclude` leaves out as a walk does (`prune_styles`)."""
    vale = config_for(path).vale
    styles = vale.styles_path if vale is not None else None
    if not styles:
        return None
    real = os.path.realpath(styles)
    if inside(os.path.realpath(vale.path), real) or not inside(os.path.realpath(path), real):
        return None
    return StylesLeftOut(path, vale.path, named=True)
