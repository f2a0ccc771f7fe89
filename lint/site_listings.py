"""Site-root listings a long-lived process keeps between lints.

`sites.holder` lists every parent folder of a path, up to `/`, to find a
static site's root (`sites.generators`); the language server asks it on
every lint of a buffer, so each keystroke listed them all again (rr53a #9,
qa300 #4). `KeptListings` keeps each folder's answer with the stamps
(mtime, ctime, size, inode, device: as `vale.vocab.vocab_stamps` and
`rule_cache` stamp files) of everything that answer read: the folder; the
entries `generators` looks at by name (each config file, and `config/`,
`content/`, `archetypes/`, stat'ed through a link); and under `config/`,
Hugo's `_default/` and `production/` folders and the config files in them.
A new `_config.yml`, an edited `destination:`, a moved or renamed folder
each change a stamp, so the folder is listed again. An answer whose stamps
are younger than `RACY_NS` is not kept: a file edited again within the
clock's tick could keep its stamp (as git's "racy" index entries).
"""
from __future__ import annotations

import os
import time

from .sites import HUGO_CONFIG_DIRS, HUGO_CONFIGS, HUGO_LEGACY_CONFIGS, MARKERS, generators_of

LOOKED_AT = MARKERS | {"config", "content", "archetypes"}     # the names `sites.generators` tests
HUGO_FILES = frozenset(HUGO_CONFIGS + HUGO_LEGACY_CONFIGS)
RACY_NS = 2 * 10**9     # 2 s: beyond any file system's timestamp tick
MOST = 256              # folders kept; all are dropped when more are asked


def _stamp(path: str) -> tuple | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino, st.st_dev


def _names(folder: str) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []


def stamps(folder: str) -> tuple:
    """(path, stamp) for each thing `sites.generators_of(folder)` reads (the
    module doc); a stamp is None where nothing is there to read."""
    out = [(folder, _stamp(folder))]
    looked = sorted(LOOKED_AT.intersection(_names(folder)))
    out += [(os.path.join(folder, n), _stamp(os.path.join(folder, n))) for n in looked]
    for env in HUGO_CONFIG_DIRS if "config" in looked else ():
        here = os.path.join(folder, "config", env)
        out.append((here, _stamp(here)))
        out += [(os.path.join(here, n), _stamp(os.path.join(here, n)))
                for n in sorted(HUGO_FILES.intersection(_names(here)))]
    return tuple(out)


class KeptListings:
    """`sites.generators_of`, each folder's answer kept until a stamp of
    what it read changes (the module doc). Call it with a folder path; a
    kept answer costs a stat per path stamped, the folder's first (one
    stat for a folder with no config in it), where a read lists the folder."""

    def __init__(self) -> None:
        self._kept: dict[str, tuple[tuple, list]] = {}      # folder -> (its stamps, generators)

    def __call__(self, folder: str) -> list:
        kept = self._kept.get(folder)
        if kept is not None and all(_stamp(path) == was for path, was in kept[0]):
            return kept[1]      # the folder's stamp first: one stat for a folder with no config
        now = stamps(folder)    # taken before the read: an edit during it is seen next time
        found = generators_of(folder)
        newest = max((max(s[0], s[1]) for _, s in now if s is not None), default=0)
        if time.time_ns() - newest < RACY_NS:
            self._kept.pop(folder, None)
            return found
        if len(self._kept) >= MOST:
            self._kept.clear()
        self._kept[folder] = (now, found)
        return found


KEPT = KeptListings()   # the language server's, for the process (`Linter.left_out`)
