"""Hunspell dictionaries for Vale's `spelling` kind.

Spell-checking uses the real Hunspell engine through `chunspell` (import name
`hunspell`), a maintained binding that ships libhunspell in its wheels: it
reads the same `.dic`/`.aff` files Vale does, loads Debian's en_US in about
40 ms and checks a word in about 6 µs (spylls, the pure-Python port, took
460 ms and 17 µs here). It is the optional extra `newslint[spelling]`.

The default English dictionary is Debian's `hunspell-en-us`
(/usr/share/hunspell/en_US); `NEWSLINT_DICPATH` or `DICPATH` add folders to
search.
"""
from __future__ import annotations

import os
import tempfile
from functools import lru_cache

DEFAULT_DIRS = ("/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts",
                "/Library/Spelling", "/usr/local/share/hunspell")
DEFAULT_NAME = "en_US"


class SpellingUnavailable(RuntimeError):
    """The binding or a dictionary is missing: one line saying what to install."""


def search_dirs(extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    env = []
    for var in ("NEWSLINT_DICPATH", "DICPATH"):
        env += [p for p in os.environ.get(var, "").split(os.pathsep) if p]
    return tuple(extra) + tuple(env) + DEFAULT_DIRS


def find_dictionary(name: str, dirs: tuple[str, ...]) -> tuple[str, str] | None:
    """(dic, aff) paths for a dictionary name in the first folder that has both."""
    for d in dirs:
        dic, aff = os.path.join(d, name + ".dic"), os.path.join(d, name + ".aff")
        if os.path.isfile(dic) and os.path.isfile(aff):
            return dic, aff
    return None


BINDING_HINT = ("spell-checking needs the Hunspell binding: pip install 'newslint[spelling]' "
                "(from a checkout: pip install '.[spelling]')")
DICTIONARY_HINT = ("no en_US Hunspell dictionary found (install Debian's hunspell-en-us, "
                   "or set DICPATH to a folder with en_US.dic and en_US.aff)")


def missing(needs_default: bool = True, dirs: tuple[str, ...] = ()) -> str | None:
    """Why spell-checking cannot run in this install, as one line saying what
    to install (the binding; with `needs_default`, the en_US dictionary too),
    else None. Asked before a run, so a missing extra skips a `spelling` rule
    with a notice instead of failing it on every file (nu27 #4)."""
    try:
        import hunspell  # noqa: F401  (chunspell)
    except ImportError:
        return BINDING_HINT
    if needs_default and find_dictionary(DEFAULT_NAME, search_dirs(dirs)) is None:
        return DICTIONARY_HINT
    return None


@lru_cache(maxsize=16)
def load(dic: str, aff: str):
    """A Hunspell object for one dictionary, loaded once per process. Words
    are never added to it (it is shared); callers keep their own lists."""
    try:
        import hunspell  # chunspell
    except ImportError:
        raise SpellingUnavailable(BINDING_HINT) from None
    folder, name = os.path.split(os.path.splitext(dic)[0])
    if os.path.splitext(aff)[0] != os.path.splitext(dic)[0]:
        # The binding reads NAME.dic and NAME.aff from one folder.
        folder = tempfile.mkdtemp(prefix="newslint-dic-")
        name = "dictionary"
        os.symlink(os.path.abspath(dic), os.path.join(folder, name + ".dic"))
        os.symlink(os.path.abspath(aff), os.path.join(folder, name + ".aff"))
    try:
        return hunspell.Hunspell(name, hunspell_data_dir=folder)
    except Exception as exc:  # the binding raises its own error types
        raise SpellingUnavailable(f"{dic}: cannot load the Hunspell dictionary: {exc}") from None


def default_dictionary(dirs: tuple[str, ...] = ()) -> tuple[str, str]:
    found = find_dictionary(DEFAULT_NAME, search_dirs(dirs))
    if found is None:
        raise SpellingUnavailable(DICTIONARY_HINT)
    return found
