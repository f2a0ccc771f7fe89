"""Baselines: adopt newslint over an existing archive without fixing it first.

`--write-baseline FILE` records every current finding by fingerprint (see
`fingerprint.py`: rule, flagged text and nearby words, never the line), so a
finding keeps its identity when text above it moves. `--baseline FILE` then
hides recorded findings and reports only new ones. Matching counts
occurrences: if a file had one doubled word and now has two, one is new.
A copy edit beside a finding changes its context words, so a finding whose
print is gone is still known when the file holds a recorded finding of the
same rule and flagged text that no finding matched exactly (nu18 #9) and
that was near it: the words on one side of it are the recorded ones
(`before`, `after`), or it is within a line of the recorded line. So a new
TK elsewhere in the file is not hidden by one that was filled in (qa42 #3).
A placeholder and any error-level finding match by text only, the print or
one unchanged side of words, never by line: a new TK written on the line
where a recorded one was filled in is new (nu25 #5; ESLint's suppressions,
by contrast, count a rule's findings per file, whatever their text).
Records that nothing matched, in files linted with their rule selected,
are `gone` (fixed): said, so the baseline can be rewritten; so are the
records of a file renamed or deleted inside a folder the run walked, counted
apart, since nothing says they were fixed.
A baseline written before `before` and `after` were kept matches as it did
then, anywhere in the file, so an upgrade brings no known finding back
(`--write-baseline` again to match near the place); so does one written
when a Vale style's match over markup was placed from its line's start
(`baseline_entries.old_vale_entries`, qa427 #1).
Paths are stored relative to the baseline file, so it works from any folder,
with symlinked folders resolved (`baseline_paths`), so a file reached
through a symlinked checkout is the same file (qa84 #1). Records are
checked and an older baseline's keys resolved when read (`baseline_load`).
Writing a baseline over one keeps the records of the files and rules the
run did not check (`unchecked`): only what was linted is recorded anew.
A finding inside an export (WXR, JSON Lines) is also keyed by its article's
id, so reordering the export's articles keeps it known.
A repeat the report leaves out while its first finding is shown (a stale
dateline said again: `Diagnostic.repeats`) is recorded too, and shown when
the baseline hides the first but not the repeat (fx107).
"""
from __future__ import annotations

import json
import os
import re
from collections import Counter
from typing import Iterable

from . import __version__
from .diagnostic import Diagnostic
from .baseline_entries import entries as _entries, old_vale_entries
from .baseline_load import checked, counts, near, recorded_bare as _recorded_bare, resolved_keys
from .baseline_load import same_line as _same_line, same_side as _same_side
from .baseline_paths import key_path as _key_path, missing_under as _missing_under, resolver as _resolver
from .baseline_paths import nothing_there, spelled_path
from .fingerprint import normalise
from .regular_files import NotRegular, TooLarge, read_regular

FORMAT_VERSION = 1
# Findings about the command line, not an article: never recorded, never hidden.
# A path named where nothing is (a typo, a deleted file) would stay hidden for
# good once recorded, and its file is not there to be adopted. (A baseline
# written before paths were resolved may hold a walked dangling symlink as
# file.unreadable, as main said it: that record hides its file.missing, qa87 #3.)
NEVER_RECORDED = ("file.missing",)
# Never hidden by a record near their place, only by their text: a slip that
# must not reach print (nu25 #5). Any error-level finding is held the same way.
BY_TEXT_ONLY = ("hygiene.placeholder",)


MAX_BASELINE_BYTES = 1 << 30      # a baseline bigger than a gigabyte is not one

class BaselineError(Exception):
    """The baseline file cannot be read; str() is one line naming it."""


def check_target(file: str) -> None:
    """Refuse a `--write-baseline FILE` that would replace a file that is no
    newslint baseline (a `package.json`, the config in use, another tool's
    `{"tool": "secscan", "findings": [...]}` report): BaselineError, one
    line naming it, and the file is not touched (qa77 #4, qa83 #3). Writing
    is allowed where nothing is, over an empty file, over a device or pipe
    (`/dev/null`: written into, not replaced) and over anything `kind`
    calls a baseline, damaged ones included: `--baseline` tells the user
    to rewrite those (qa83 #1)."""
    try:
        raw = read_regular(file, MAX_BASELINE_BYTES)
    except (FileNotFoundError, NotRegular):
        return
    except TooLarge:       # a baseline is never this big (`Baseline` refuses one)
        raw = b"-"
    except OSError:        # unreadable: the write itself says what is wrong
        return
    if raw.strip() and kind(raw) is None:
        raise BaselineError(f"{file}: not a newslint baseline, so --write-baseline would replace it; "
                            "name a new file or a baseline")


# the key every baseline `write_records` wrote carries (since 42808c63)
_OWN_MARK = re.compile(rb'"tool"\s*:\s*"newslint"')


def kind(raw: bytes) -> str | None:
    """What the bytes of a file are: "baseline" (a JSON object with a
    `findings` list and `"tool": "newslint"`, or no `tool` key and records
    that each hold a `fingerprint`, as a hand-trimmed one may), "damaged"
    (not JSON, but holding newslint's own `"tool": "newslint"`: a baseline
    with git conflict markers, cut short or saved with a BOM), else None.
    Another tool's report with a `findings` list names its own `tool`."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        return "damaged" if _OWN_MARK.search(raw) else None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        return None
    if "tool" in data:
        return "baseline" if data["tool"] == "newslint" else None
    return "baseline" if all(isinstance(f, dict) and "fingerprint" in f for f in data["findings"]) else None


def write(file: str, diagnostics: Iterable[Diagnostic], documents: dict) -> int:
    """Record the findings in `file` (sorted, so the file diffs well); returns how many."""
    return write_records(file, records(diagnostics, documents, base_dir(file)))


def base_dir(file: str) -> str:
    """The folder a baseline `file`'s paths are relative to."""
    return os.path.dirname(os.path.abspath(file))


def records(diagnostics: Iterable[Diagnostic], documents: dict, base: str, cwd: str | None = None) -> list[dict]:
    """The baseline records of `diagnostics` (whole files or articles: the
    occurrences of a print count per article), paths relative to `base`
    (read from `cwd`, else the current folder): what `write_records` writes.
    An audit's worker makes them for its partition (`audit.records`)."""
    diagnostics = [d for d in diagnostics if d.rule not in NEVER_RECORDED]
    diagnostics += [r for d in diagnostics for r in d.repeats]   # each a fault of its own
    return _entries(diagnostics, documents, base, cwd)


def unchecked(file: str, linted: Iterable[str], selected) -> list[dict]:
    """The records of the baseline already at `file` that a run over the
    `linted` paths (with the rules `selected(path, rule)` ran there) did not
    check: a file left out of the run (pre-commit's staged files, one path
    named) or a rule left out (`--select dates`). `--write-baseline` keeps
    them, so a rewrite after a partial run loses no record (qa70 #9). The
    records of a file no longer on disk (renamed or deleted; `stdin.txt`)
    are dropped, whether or not the run walked its folder: a pre-commit run
    names files, never the folder, and kept them for ever (qa72 #4). []
    when no baseline is there or it cannot be read (written anew, as before)."""
    if not os.path.lexists(file):
        return []
    try:
        data = json.loads(read_regular(file, MAX_BASELINE_BYTES).decode("utf-8"))
        findings = data["findings"]
    except (NotRegular, OSError, ValueError, KeyError, TypeError, RecursionError):
        return []
    base, cwd = base_dir(file), os.getcwd()
    paths = {_key_path(p, base, cwd): p for p in linted}
    # an older baseline's keys, as spelled: each folder resolved once (qa87 #14)
    resolve = None if data.get("paths_resolved") else _resolver(base)
    real_base = os.path.realpath(base)
    kept, gone = [], {}
    for f in findings if isinstance(findings, list) else ():
        path, rule = (f.get("path"), f.get("rule")) if isinstance(f, dict) else (None, None)
        if not isinstance(path, str) or not isinstance(rule, str) or not isinstance(f.get("fingerprint"), str):
            continue
        if resolve is not None:
            f = {**f, "path": (path := resolve(path))}
        if path in paths:
            if not selected(paths[path], rule):
                kept.append(f)
            continue
        if path not in gone:
            gone[path] = nothing_there(os.path.join(real_base, path))
        if not gone[path]:
            kept.append(f)
    return kept


def without_rechecked(old: list[dict], new: list[dict]) -> list[dict]:
    """`old` (`unchecked`'s) less what the run checked after all: a rule with a `new` record of the
    path, and its `file.*` notices when one is recorded anew (a refused file's, qa413 #1)."""
    pairs, noticed = {(r["path"], r["rule"]) for r in new}, {r["path"] for r in new if r["rule"].startswith("file.")}
    return [r for r in old if (r["path"], r["rule"]) not in pairs
            and not (r["rule"].startswith("file.") and r["path"] in noticed)]


def write_records(file: str, entries: list[dict]) -> int:
    """Write a baseline of `records` to `file`, sorted; returns how many."""
    from .writer import write_atomic

    entries = sorted(entries, key=lambda e: (e["path"], e.get("line") if type(e.get("line")) is int else 0,
                                             e["rule"], e["fingerprint"]))
    data = {"version": FORMAT_VERSION, "tool": "newslint", "tool_version": __version__,
            "repeats_recorded": True, "paths_resolved": True, "findings": entries}
    try:
        text = json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:   # a file name that is not UTF-8 ('\udcff'): kept as an escape
        text = json.dumps(data, indent=2).encode("ascii")
    write_atomic(file, text + b"\n")
    return len(entries)


def _unreadable(file: str, exc: Exception) -> BaselineError:
    """The error for a `--baseline` file that is no baseline newslint can
    read. Its advice is one `check_target` follows: a damaged baseline of
    newslint's own is rewritten in place; any other file is left alone,
    so the user is sent to a new file, never told to rewrite one that
    `--write-baseline` then refuses (qa83 #1)."""
    try:
        ours = kind(read_regular(file, MAX_BASELINE_BYTES)) is not None
    except (OSError, NotRegular, TooLarge):
        ours = False
    where = "it replaces this file" if ours else "to a new file; this one is not newslint's"
    return BaselineError(f"{file}: not a newslint baseline ({type(exc).__name__}: {exc}); "
                         f"write one with --write-baseline ({where})")


class Baseline:
    def __init__(self, file: str):
        self.file = file
        # the folder its paths are read from, symlinks resolved (qa84 #1)
        self.base_dir = os.path.realpath(base_dir(file))
        # the folder it was opened from: a finding's relative path is read from there, so
        # an audit's worker in another folder keys it as the command did
        self.cwd = os.getcwd()
        # records the last `filter` matched (an audit adds them up: `matched_in_parts`),
        # what `gone` counts against (`unmatched`)
        self.taken: Counter = Counter()
        self.how: list[tuple | None] = []       # `matches` of the last `filter`'s findings
        try:
            data = json.loads(read_regular(file, MAX_BASELINE_BYTES).decode("utf-8"))
            findings = checked(data["findings"])
            # keys as spelled, from before qa84 #1: resolved, each spelling of a file kept apart
            self.old_paths = not data.get("paths_resolved")
            findings, self.spellings = resolved_keys(findings, base_dir(file)) if self.old_paths \
                else (findings, {})
            self.named_dir = base_dir(file)      # as named: an older record's spelling is from here
            self.chosen: dict = {}       # a shared key -> the spelling the run named its file by
            self.with_repeats = data.get("repeats_recorded") is True
            self.known = counts(findings, self.spellings)
            # per print: its flagged text, context words and lines, for findings whose context was edited
            self.near = near(findings)
            # each path's record keys: a file's findings are matched against its own
            # records only, not the whole baseline copied per file (an audit filters
            # file by file: that copy cost as much CPU as the linting)
            self.by_path: dict[str, list] = {}
            for key in self.known:
                self.by_path.setdefault(key[0], []).append(key)
        except NotRegular as exc:     # the run stops: not "skipped", as an article is
            raise BaselineError(f"{file}: cannot read baseline: {exc.what}, not a regular file") from None
        except OSError as exc:
            raise BaselineError(f"{file}: cannot read baseline: {exc.strerror or exc}") from None
        except (ValueError, KeyError, TypeError, RecursionError) as exc:
            raise _unreadable(file, exc) from None

    def filter(self, diagnostics: list[Diagnostic], documents: dict) -> tuple[list[Diagnostic], int]:
        """(findings not in the baseline, how many were hidden). Order is kept;
        a NEVER_RECORDED finding is never hidden, even by a baseline that holds it,
        but for an older baseline's file.unreadable of a dangling link (qa87 #3).
        A finding's `repeats` (a stale dateline said again) are separate faults:
        where the baseline hides the first and has no record of a repeat, the
        repeat is shown, in its place by `Diagnostic.sort_key` (the count
        hidden is of the findings the report would show). A baseline
        written before repeats were recorded (no `repeats_recorded`) shows none,
        as it did then, so an upgrade brings no known finding back."""
        pairs = [(i, r) for i, d in enumerate(diagnostics) for r in d.repeats] if self.with_repeats else []
        n, how = len(diagnostics), self.matches([*diagnostics, *(r for _, r in pairs)], documents)
        self.how = how[:n]       # how each of `diagnostics` matched (`fix_baseline.held_in_place`)
        known = [h is not None for h in how]
        # a repeat stands alone where its first is hidden; a recorded one is hidden with it
        shown = [r for j, (i, r) in enumerate(pairs) if known[i] and not known[n + j]]
        left = [d for d, k in zip(diagnostics, known) if not k]
        return (sorted(left + shown, key=Diagnostic.sort_key) if shown else left), sum(known[:n])

    def matches(self, diagnostics: list[Diagnostic], documents: dict) -> list[tuple | None]:
        """How a record hides each finding: (how, the record's key (path,
        article, rule, print)), `how` one of "print" (the same print),
        "side" (`same_side`), "line" (`same_line`), "bare" (`recorded_bare`),
        "link" (qa87 #3), or None when none does; sets `unmatched` and
        `taken`. Only the records of the findings' own paths are read (a
        record matches a finding of its path alone), so the cost is the
        findings' and their files' records, not the baseline's size."""
        entries = _entries(diagnostics, documents, self.base_dir, self.cwd)
        # a Vale match over markup as a baseline before 2d9b0df0 recorded it (qa427 #1)
        olds = old_vale_entries(diagnostics, documents, self.base_dir, self.cwd)
        left, taken = Counter(), Counter()
        for path, named in {e["path"]: d.path for d, e in zip(diagnostics, entries)}.items():
            left.update(self._records_of(path, named))
        keys = [(e["path"], e.get("article", ""), e["rule"], e["fingerprint"]) for e in entries]
        known: list[tuple | None] = [None] * len(keys)
        for forms in (entries, olds):     # today's prints first: an old one takes only what is left
            for i, (d, e) in enumerate(zip(diagnostics, forms)):
                key = e and (e["path"], e.get("article", ""), e["rule"], e["fingerprint"])
                if e and not known[i] and left[key] > 0 and d.rule not in NEVER_RECORDED:
                    left[key] -= 1
                    known[i] = ("print", key)
                    taken[key] += 1
        loose: dict = {}        # recorded prints nothing matched, by their flagged text
        for key, n in left.items():
            if n > 0 and key in self.near:
                text, sides, lines, old = self.near[key]
                loose.setdefault(key[:3] + (text,), []).append([n, sides, lines, old, key])
        # a matching side of context first, so a finding on the recorded line
        # cannot take the print another finding's unchanged words point to
        for how, beside, forms in [(h, b, f) for h, b in (("side", _same_side), ("line", _same_line),
                                                          ("bare", _recorded_bare)) for f in (entries, olds)]:
            for i, (d, key, e) in enumerate(zip(diagnostics, keys, forms)):
                if not e or known[i] or d.rule in NEVER_RECORDED or beside is _same_line and _by_text(d):
                    continue
                for slot in loose.get(key[:3] + (normalise(e["text"]),), ()):
                    if slot[0] > 0 and beside(slot, e):
                        slot[0] -= 1
                        left[slot[4]] -= 1
                        taken[slot[4]] += 1
                        known[i] = (how, slot[4])
                        break
        if self.old_paths:       # main said file.unreadable of a walked dangling symlink (qa87 #3)
            for i, (d, key) in enumerate(zip(diagnostics, keys)):
                link = d.rule == "file.missing" and os.path.islink(os.path.join(self.cwd, d.path))
                if not known[i] and link:
                    for rec in self.by_path.get(key[0], ()):
                        if rec[1:3] == (key[1], "file.unreadable") and left[rec] > 0:
                            left[rec] -= 1
                            taken[rec] += 1
                            known[i] = ("link", rec)
                            break
        self.taken = taken
        return known

    def _records_of(self, path: str, named: str) -> Counter:
        """The records of the file keyed `path`, named `named` by the run: of
        an older baseline holding it under several spellings, those of the
        spelling the run names it by, as main matched them (qa87 #12)."""
        by = self.spellings.get(path)
        spelled = spelled_path(named, self.named_dir, self.cwd) if by else None
        if spelled in (by or ()):
            self.chosen[path] = spelled
            return Counter({key: by[spelled][key[1:]] for key in self.by_path[path]})
        return Counter({key: self.known[key] for key in self.by_path.get(path, ())})

    @property
    def unmatched(self) -> Counter:
        """The records the last `filter` (or the calls `matched_in_parts`
        adds up) left unmatched, for `gone`: (path, article, rule, print) -> n."""
        known = self.known
        if self.chosen:          # a file's records under the spelling the run used (qa87 #12)
            known = known.copy()
            for path, spelled in self.chosen.items():
                known.update({key: self.spellings[path][spelled][key[1:]] - known[key]
                              for key in self.by_path[path]})
        return known - self.taken

    def matched_in_parts(self, taken: Counter) -> None:
        """Set what `gone` counts from the records several `filter` calls
        matched between them (`taken`, added up over an audit's partitions,
        each of which holds whole articles and files)."""
        self.taken = taken

    def names_a_file_here(self) -> bool:
        """Whether any record names a file that is on disk (read from the
        baseline's folder): else it is most likely another folder's."""
        return any(isinstance(path, str) and os.path.lexists(os.path.join(self.base_dir, path))
                   for path in self.by_path)

    def gone(self, linted: Iterable[str], selected, walked: Iterable[str] = ()) -> tuple[int, int]:
        """How many records `filter` left unmatched, as (fixed, moved): in
        the `linted` paths, of rules `selected(path, rule)` ran there,
        findings fixed since the baseline was written; and the records of a
        file no longer on disk (renamed or deleted) inside one of the
        `walked` folders (qa59), which says nothing of their fixing. A file
        or rule left out of this run, or a folder not walked, says nothing."""
        paths = {_key_path(p, self.base_dir, self.cwd): p for p in linted}
        folders = [os.path.realpath(f) for f in walked]
        missing: dict[str, str | None] = {}      # a recorded path no file is at, looked up once
        fixed = moved = 0
        for (path, _, rule, _), n in self.unmatched.items():
            if path in paths:
                fixed += n if selected(paths[path], rule) else 0
                continue
            if path not in missing:
                missing[path] = _missing_under(os.path.join(self.base_dir, path), folders)
            moved += n if missing[path] and selected(missing[path], rule) else 0
        return fixed, moved


def _by_text(d: Diagnostic) -> bool:
    return d.rule in BY_TEXT_ONLY or d.level == "error"
