"""The file newslint's stdout is, when a shell redirects it into one
(`newslint check . > report.txt`), so it is left out of the files linted,
named or walked: the shell made it, empty, before the run, so it would be
linted as `file.empty` and counted as an article (nu55 #3). When it was
named, the run says so (`readers._own_reports.OWN_OUTPUT`), beside any other file's skip or
findings, and in place of the hint for a run with nothing to lint when it
was all that was named (rr51c #3, qa279 #3); found by a walk, it is left
out silently. Told by identity, never by name: the
device and inode of file descriptor 1 against each walked file's, and only
when stdout is a regular file (a pipe, a terminal or /dev/null is none)
that is still empty as the walk ends, as `>` leaves it: a report appended
with `>>` to an article that holds copy leaves that article to be linted,
as it was before (qa273 #2).
Another file called report.txt is an article as before; `-o FILE` naming an
article is refused instead (`output_targets.refused`)."""
from __future__ import annotations

import os
import stat


def stdout_file() -> tuple[int, int] | None:
    """(st_dev, st_ino) of the regular file stdout (descriptor 1) writes
    into while it is empty (nothing written yet, as a `>` redirect leaves
    it); None when it holds anything, or is a pipe, a terminal, a device or
    closed."""
    try:
        st = os.fstat(1)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) and st.st_size == 0 else None


def without_stdout(files: list[str]) -> list[str]:
    """`files` (paths, in order) less any that is the file stdout writes into
    (`stdout_file`), silently; `files` itself when stdout is no regular file
    (no stat is spent then). A path that cannot be stat'ed is kept: its read
    says why."""
    target = stdout_file()
    if target is None:
        return files
    kept = []
    for path in files:
        try:
            st = os.stat(path)
        except (OSError, ValueError):
            kept.append(path)
            continue
        if (st.st_dev, st.st_ino) != target:
            kept.append(path)
    return kept
