"""The files of an audit's OUT folder, found by listing, never by globbing.

OUT is a name the user chose: `g[1]` or `2024*` read as a glob pattern
matches nothing (or other folders), so an audit whose partitions are all
written would say none are (qa109 #1). Each folder is listed once and its
names matched here instead.
"""
from __future__ import annotations

from fnmatch import fnmatchcase


def listed(fs, folder: str, pattern: str) -> list[str]:
    """Sorted paths in `folder` (an fsspec filesystem `fs`) whose last name
    matches the shell-style `pattern` (`part-*.parquet`); [] when `folder`
    is not there. Paths are as `fs.ls` gives them (no protocol)."""
    try:
        entries = fs.ls(folder, detail=False)
    except (FileNotFoundError, NotADirectoryError):
        return []
    return sorted(p for p in entries if fnmatchcase(p.rstrip("/").split("/")[-1], pattern))
