"""A YAML config's parse, kept in the rule-set cache between runs.

A newsroom's `.newslint.yaml` is read on every run, and reading it imported
PyYAML (`safeload.load_yaml`): some 124M instructions, more than the rest of
a one-article check of a Markdown file (pf71: fixtures/readers/article.md,
whose folder has one). The parse of a config that loads with nothing
refused (its values, the marks of where each was written, the keys left
out) is kept as a rule file's is (`rule_cache`: keyed by the file's path
and checked against its size, times and inode and those of the code that
parsed it), so a warm run builds the same `Config` from the same values and
marks without importing YAML. A load that refuses something (a bad date, a
key given twice) or fails is parsed afresh every time and never kept, so
its errors are said as before; so is a file edited within two seconds
(`rule_cache.RACY_NS`) or between the stamp and a second read (compared
with the text parsed). `NEWSLINT_NO_CACHE` keeps nothing.
"""
from __future__ import annotations

from . import rule_cache
from .code_stamp import files_of, stamp
from .marks import Marks
from .safeload import LoadError, load_yaml, read_text

TAG = "\0config"        # this entry beside a file's other cached readings


def parse(text: str, marks: Marks, refused: list, left_out: list):
    """A YAML config's values (`safeload.load_yaml`, filling `marks`,
    `refused` and `left_out`); LoadError as it raises."""
    return load_yaml(text, marks=marks, refused=refused, left_out=left_out)


def load(path: str, text: str, marks: Marks, refused: list, left_out: list):
    """The values of the YAML config at `path`, whose text is `text`: from the
    rule-set cache when kept (filling `marks` and `left_out` as a parse
    would), else `parse`d, and kept when nothing was refused. LoadError as
    `parse` raises, with `refused` holding what was refused before it."""
    cache = rule_cache.shared()
    code = files_of(parse)
    hit = cache.get(path, TAG, code)
    if hit is not None:
        try:
            data, spots, texts, keys, values, quoted, left = hit
            marks.spots, marks.texts, marks.keys, marks.values = spots, texts, keys, values
            marks.quoted = set(quoted)
            left_out.extend(left)
            return data
        except (TypeError, ValueError):     # an entry of another shape: parsed afresh
            marks.__init__()
            del left_out[:]
    at = stamp(path)
    data = parse(text, marks, refused, left_out)
    if not refused and at is not None and _unchanged(path, text):
        cache.put(path, [data, marks.spots, marks.texts, marks.keys, marks.values, marks.quoted,
                         left_out], at, TAG, code)
    return data


def _unchanged(path: str, text: str) -> bool:
    """Whether the file at `path` still reads as `text` (read after its stamp was taken)."""
    try:
        return read_text(path, "config").removeprefix("\ufeff") == text
    except (OSError, LoadError):
        return False
