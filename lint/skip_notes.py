"""The lines on what a run left out before linting (a site's folders, a
folder's .xml or word-processor files, a named path `exclude:` matched), each
once, a named path spelled as the findings spell a file: one wording for
`check` (`cli_notes`, said before the report) and for an audit left with
nothing to read (`audit.plan`, qa376 #4: it said them in one '; '-joined
line, an absolute path as typed)."""
from __future__ import annotations

import os

from .plural import counted
from .readers._own_reports import MORE_SKIPPED
from .reporting import NAMED_IN_NOTICE


def skip_lines(skipped: list, verbose: bool, force_exclude: bool = False) -> list[str]:
    """The walk's lines on what it left out, said before the report, each
    once: with -v every one (`files.shown`), else those said always
    (`files.said_always`). A path named and left out by --force-exclude is
    spelled as the findings spell a file (`shown_path`: `_site/p1.md`,
    however it was named, qa324 #4); without -v at most NAMED_IN_NOTICE of
    those lines, the others counted in one `MORE_SKIPPED` line (a hook that
    names the hundreds of files of a rebuilt `_site/`, qa324 #3), which
    names what left them out (`_left_out_by`: `force_exclude`, whether
    --force-exclude was given, else exclude:, qa389 #2)."""
    from .files import said_always, shown

    root = os.getcwd()
    lines: dict[str, object] = {}      # line -> the path named it says (None: no path named)
    for s in shown(skipped) if verbose else said_always(skipped):
        named = getattr(s, "named", False)
        if named:
            s = s._replace(path=_spelled(s.path, root))
        lines.setdefault(s.line(), s if named else None)
    if verbose:
        return list(lines)
    said, named, past = [], 0, []
    for line, item in lines.items():
        named += item is not None
        if item is None or named <= NAMED_IN_NOTICE:
            said.append(line)
        else:
            past.append(item)
    by = _left_out_by(past, force_exclude)
    return said + ([MORE_SKIPPED.format(more=counted(len(past), "more named path"), by=by)] if past else [])


def _left_out_by(items: list, force_exclude: bool) -> str:
    """What left out the named paths `items`, as the count line says it:
    "--force-exclude" when given; else the config's exclude: (each
    `excluded.Excluded`), "exclude: in .newslint.yaml" when one config's."""
    configs = {getattr(s, "config", None) for s in items}
    if force_exclude or len(configs) != 1 or None in configs:
        return "--force-exclude" if force_exclude else "exclude:"
    return f"exclude: in {os.path.relpath(configs.pop())}"


def _spelled(path: str, root: str) -> str:
    """`path` as `shown_path` prints it; a folder named with its closing `/`
    (`_site/`) keeps one, as the walk's folder lines end."""
    from .formatters._common import shown_path

    bare = path.rstrip("/" + os.sep) or path
    shown = shown_path(bare, root)
    return shown if bare == path or shown.endswith("/") else shown + "/"
