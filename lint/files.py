"""Which files to lint: walk folders by extension, honour gitignore-style excludes."""
from __future__ import annotations

import os
from functools import lru_cache

from .config import Config
from .readers import EXTENSIONS

SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox"}


@lru_cache(maxsize=64)
def _spec(patterns: tuple[str, ...]) -> "pathspec.GitIgnoreSpec":
    import pathspec   # only a config with excludes pays for it
    return pathspec.GitIgnoreSpec.from_lines(patterns)


def is_excluded(path: str, config: Config) -> bool:
    if not config.exclude:
        return False
    rel = os.path.relpath(os.path.abspath(path), config.root or os.getcwd())
    if rel.startswith(".."):
        return False
    return _spec(config.exclude).match_file(rel.replace(os.sep, "/"))


def expand(paths: list[str], config_for) -> tuple[list[str], list[str]]:
    """(files to lint, missing paths). Folders are walked for known extensions;
    files named explicitly are linted whatever their extension."""
    files, missing = [], []
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for name in sorted(names):
                    if name.lower().endswith(EXTENSIONS):
                        full = os.path.join(root, name)
                        if not is_excluded(full, config_for(full)):
                            files.append(full)
        elif os.path.exists(path):
            if not is_excluded(path, config_for(path)):
                files.append(path)
        else:
            missing.append(path)
    seen, unique = set(), []
    for f in files:
        key = os.path.normpath(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, missing
