"""The audit's output folder before any work: what it holds, and what
`--resume` finishes.

An audit marks its folder unfinished (`_INCOMPLETE`, a line saying how to
finish it) before it writes anything else there, and removes the mark only
once the summary and the baseline files are written (`finish`). So a folder
an audit was killed in (SIGKILL, a power cut: no handler runs) says so, and
readers that skip `_`-prefixed names never see the mark. An audit an older
newslint began carries no mark: it is finished when its `_summary.parquet`
is there. Either is finished only while every partition `_plan.json` lists
is there, its findings and its `_articles/` file: one gone since (a copy or
sync that lost either) is audited again on `--resume` (qa84 #4, qa87 #5).

`_plan.json` holds the partitions, the config's key, what the audit's
files are linted under (`inputs.record`: every config, and the rule and
data files they read) and, for local files, each file's size and
modification time (`stamps`). `--resume` finishes the
plan the audit began with: a written partition holding a file edited or
gone since is audited again (a gone file left out of it), a file added
since is named and left out, and an export edited or gone since is refused,
as its slices no longer line up; so is a changed config or rule file
(qa101 #2, #3), and a plan kept by an older newslint (`inputs.unresumable`).
"""
from __future__ import annotations

import json
import os
import re
import uuid
from dataclasses import dataclass, field, replace

from ..plural import counted, plural
from . import inputs, problems, records
from .listing import listed
from .plan import Partition
from .relisted import relisted, unread_since, without

MARKER = "_INCOMPLETE"
# a partition's findings as `Partition.name` spells them: `part-00000.parquet`,
# never another tool's `part-00000-<uuid>-c000.snappy.parquet` (qa83 #2)
_OWN_PART = re.compile(r"part-[0-9]{5,}\.parquet")
SHOWN = 5                  # names listed in a line before "and N more"


class AuditError(Exception):
    """The audit cannot start or finish; str() is one line."""


@dataclass
class Prepared:
    parts: list[Partition]                 # the plan finished: the first run's, on --resume
    todo: list[Partition]                  # those still to write
    said: list[str] = field(default_factory=list)   # --resume's lines: files edited, gone, added


def stamps(parts: list[Partition], where) -> dict[str, list[int] | None]:
    """Each local file's [size, mtime in ns] (None when it cannot be looked
    at), by its path as planned; `where(path)` is where it is opened. URLs
    have none (a request per object would cost more than the plan)."""
    out: dict[str, list[int] | None] = {}
    for part in parts:
        if part.kind == "missing":
            continue
        for path in part.paths:
            if "://" not in path and path not in out:
                out[path] = _stamp(where(path))
    return out


def _stamp(path: str) -> list[int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return [st.st_size, st.st_mtime_ns]


def prepare(fs, root: str, out: str, wanted: dict, parts: list[Partition], resume: bool,
            resolve=None, beside: tuple[str, ...] = (), read=None) -> Prepared:
    """Check OUT against the plan `wanted` (`plan.describe` plus `files`:
    `stamps`); the partitions to finish and those still to write.
    AuditError, one line, when OUT holds an audit and this is no --resume,
    when OUT is a folder of other files (the source folder, a desk's
    `budget.csv`: the dataset read as OUT would hold them, qa77 #3), or
    when --resume finds nothing unfinished or a plan it cannot finish (a
    `_plan.json` that cannot be read is named). `resolve(path)` is the file a
    source path names (its real path), so `./d.jsonl` or `/abs/d.jsonl`
    resumes an audit of `d.jsonl` (qa77 #10); paths as given when None.
    `beside`: local files a finished audit wrote outside OUT (the
    `--write-baseline` FILE); one gone since, emptied or no baseline now
    (cut short in a copy) makes it unfinished, and `--resume` writes it
    again from what OUT keeps (qa87 #13, qa93 #7). On --resume, a finished
    audit's partition file that cannot be read back (cut short or emptied:
    a Parquet footer read each, `_readable`) makes it unfinished too, and
    that partition is audited again (qa98 #6). `read(paths)` is what
    auditing `paths` reads besides them (`inputs.record`): kept in the plan
    as `read`, and on --resume taken again for the first run's paths; one
    changed since is refused, named (qa101 #2, #3); `read(paths, options)`
    is the `configs` of that record under a plan's `options` (`inputs.under`)."""
    plan_file = f"{root}/_plan.json"
    there = fs.exists(root)      # each look below is a request on an object store: made once
    planned = there and fs.exists(plan_file)
    written = {n for n in (p.split("/")[-1] for p in listed(fs, root, "part-*.parquet"))
               if _OWN_PART.fullmatch(n)} if there else set()
    held = planned or bool(written)
    # a partition's articles file, written before its findings, can still be lost in a copy (qa87 #5)
    articles = {p.split("/")[-1] for p in listed(fs, f"{root}/_articles", "part-*.parquet")} if held else set()
    finished = held and not fs.exists(f"{root}/{MARKER}") and fs.exists(f"{root}/_summary.parquet")
    # a finished audit whose plan lists a partition no longer there (lost in a copy
    # or a sync) is not whole: --resume audits it again (qa84 #4)
    lost = _lost(fs, plan_file, written, articles) if finished and planned else []
    absent = [f"{f} {lack}" for f in beside for lack in [_lacking(f)] if lack] if finished else []
    # or whose partition file was cut short or emptied in a copy (qa98 #6): a footer read each
    damaged = finished and resume and planned and not lost and any(
        not _readable(fs, root, n[:-len(".parquet")]) for n in sorted(written & articles))
    finished = finished and not lost and not absent and not damaged
    if not resume and held:
        raise AuditError(f"{out}: already holds a finished audit; remove it or write to another "
                         "folder" if finished else f"{out}: already holds an unfinished audit" + (
                             f" ({counted(len(lost), 'partition')} of it gone: {_names(lost)})"
                             if lost else "") + (f" (its {_names(absent)})" if absent else "")
                         + "; --resume finishes it, or remove it")
    if resume and finished:
        raise AuditError(f"{out}: the audit there is finished, nothing to resume; run without "
                         "--resume into a new folder to audit again")
    if resume and not planned:
        raise AuditError(f"{out}: no interrupted audit to resume (no _plan.json)")
    if there and not held and fs.isdir(root):
        _refuse_others(fs, root, out)
    fs.makedirs(root, exist_ok=True)
    if not resume:
        # the plan before the marker that says --resume finishes it: a Ctrl-C while
        # `read` looks (or between the two) leaves no marker without a plan (qa124 #7)
        if read is not None:
            wanted = {**wanted, "read": read(_every(parts))}
        write_text(fs, plan_file, json.dumps(wanted))
    write_text(fs, f"{root}/{MARKER}", "This audit is not finished: the same newslint audit "
               "command with --resume finishes it.\n")
    if fs.exists(f"{root}/_tmp"):
        fs.rm(f"{root}/_tmp", recursive=True)      # partitions cut off mid-write
    if not resume:
        return Prepared(parts, parts)
    try:
        with fs.open(plan_file, "r") as f:
            before = json.load(f)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:    # cut short or overwritten
        raise AuditError(f"{out.rstrip('/')}/_plan.json: cannot be read ({exc}), so the audit there "
                         "cannot be resumed; run without --resume into a new folder") from None
    prepared = _resumed(fs, root, out, before, wanted, parts, written & articles, resolve, read)
    for name in sorted(written - articles):     # its articles gone: audited again, whole
        _unwrite(fs, root, name[:-len(".parquet")])
    if absent:
        # the line saying what is recorded follows (or why nothing is: a rule skipped)
        prepared.said.insert(0, f"resumed: {_names(absent)} from the finished audit")
    if lost:
        prepared.said.insert(0, f"resumed: {counted(len(lost), 'partition')} gone from the "
                                f"finished audit, audited again: {_names(lost)}")
    return prepared


def _lacking(file: str) -> str:
    """How a finished audit's `--write-baseline` FILE no longer holds what
    it wrote: "gone", "emptied" (0 bytes), "damaged" (`baseline.kind`: cut
    short, not JSON), else "" (a baseline, or a device such as /dev/null;
    another tool's file is refused before this, `check_target`)."""
    from ..baseline import MAX_BASELINE_BYTES, kind
    from ..regular_files import NotRegular, TooLarge, read_regular

    if not os.path.lexists(file):
        return "gone"
    try:
        raw = read_regular(file, MAX_BASELINE_BYTES)
    except (NotRegular, TooLarge, OSError):
        return ""
    return "emptied" if not raw.strip() else "" if kind(raw) == "baseline" else "damaged"


def _lost(fs, plan_file: str, written: set[str], articles: set[str]) -> list[str]:
    """The files of the partitions the plan in `plan_file` lists that are
    gone: a findings file (`part-00001.parquet`) not among `written`, else
    an articles file (`_articles/part-00001.parquet`) not among `articles`
    (their names); [] when the plan cannot be read (`--resume` then names
    it)."""
    try:
        with fs.open(plan_file, "r") as f:
            names = [f"{_partition(d).name()}.parquet" for d in json.load(f)["partitions"]]
    except (OSError, ValueError, UnicodeDecodeError, RecursionError, KeyError, TypeError):
        return []
    return [n if n not in written else f"_articles/{n}" for n in names
            if n not in written or n not in articles]


def _resumed(fs, root: str, out: str, before, wanted: dict, parts: list[Partition],
             written: set[str], resolve=None, read=None) -> Prepared:
    """The first run's plan, with what changed since (each file's stamp then
    against `wanted["files"]`, this run's): to write are the partitions not
    among `written` (OUT's part-*.parquet names), the written ones to audit
    again (`again`: their outputs removed first, so a resume cut short redoes
    them too) and the written ones that cannot be read back (`_readable`).
    AuditError, one line, when the plan is no newslint plan or one this
    run cannot finish (`inputs.unresumable`), or the config, a rule file,
    the partitioning or a sliced export changed since."""
    old = _old_partitions(before, out)
    refused = inputs.unresumable(before, wanted.get("cwd") or os.getcwd())
    if refused:
        raise AuditError(f"{out}: {refused}")
    said = records.changes(str(before.get("config", "")), wanted["config"])
    if read is not None:    # the config changed when a file's effective one did (qa269 #1): named there
        paths = _every(old)
        said = inputs.changes(before.get("read"), read(paths), rebased=lambda o: read(paths, o)) + [
            c for c in said if not c.startswith("the config changed")]
    # this run's paths spelled as the first run's where they name the same file
    alias = _aliases(_paths(old), _paths(parts), resolve)
    parts = [replace(p, paths=tuple(alias.get(q, q) for q in p.paths)) for p in parts]
    old, readable, taken = relisted(old, parts)     # an archive sound since: its files audited (qa403 #5)
    planned = _paths(old)
    now = _paths(parts)
    then = before.get("files") or {}
    stamped = {alias.get(p, p): v for p, v in wanted["files"].items()}
    was, iss = set(planned), set(now)
    edited = [p for p in planned if p in iss and p in then and then[p] != stamped.get(p)]
    gone, added = [p for p in planned if p not in iss], [p for p in now if p not in was]
    redo = set(edited) | set(gone)
    # an export cut in slices is in each of them: named once, in order
    moved = list(dict.fromkeys(p for part in old if part.kind == "slice" for p in part.paths if p in redo))
    if moved:
        said.insert(0, f"{_names(moved)} changed since that audit began, so "
                    f"{plural(len(moved), 'its', 'their')} slices no longer line up")
    elif _shapes(without(before["partitions"], taken), alias) != _shapes(
            without(json.loads(json.dumps(wanted["partitions"])), taken), alias) and planned == now:
        said.insert(0, inputs.partitioning(before, wanted))
    if said:
        raise AuditError(f"{out}: {'; '.join(said)}; run without --resume into a new folder")
    again = list(readable.values())
    stale = unread_since(fs, root, [p for p in old if p not in again], written)     # qa411 #6
    for part in again:      # its stale file.unreadable row first
        _unwrite(fs, root, part.name())
    for i, part in enumerate(old):
        if part.kind == "files" and (redo | set(stale)) & set(part.paths):
            _unwrite(fs, root, part.name())
            old[i] = part = Partition(part.index, part.kind,
                                      tuple(p for p in part.paths if p not in gone), key=part.key)
            again.append(part)
    out_lines = _changed(edited, gone, added)
    if readable or stale:
        out_lines.insert(0, f"{counted(len(readable) + len(stale), 'source')} readable since the audit began, "
                         f"audited again (no longer file.unreadable): {_names([*readable, *stale])}")
    damaged = [p for p in old if f"{p.name()}.parquet" in written and p not in again
               and not _readable(fs, root, p.name())]
    for part in damaged:           # cut short by a disk or a copy: written again
        _unwrite(fs, root, part.name())
    if damaged:
        out_lines.append(f"{counted(len(damaged), 'partition')} that cannot be read, audited again: "
                         f"{_names([p.name() + '.parquet' for p in damaged])}")
    todo = [p for p in old if f"{p.name()}.parquet" not in written or p in again or p in damaged]
    return Prepared(old, todo, [f"resumed: {line}" for line in out_lines])


def _old_partitions(before, out: str) -> list[Partition]:
    """The partitions of the first run's plan `before` (its `_plan.json`, as
    `json` read it); AuditError, one line naming it, when it is no plan this
    newslint wrote or can finish (a key missing, a value of another type)."""
    if not isinstance(before, dict) or not isinstance(before.get("partitions"), list):
        raise AuditError(f"{out}: its _plan.json is not one this newslint wrote; run without "
                         "--resume into a new folder")
    try:
        return [_partition(d) for d in before["partitions"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise AuditError(f"{out.rstrip('/')}/_plan.json: not a plan this newslint can finish "
                         f"({type(exc).__name__}: {exc}); run without --resume into a new folder") from None


def _changed(edited: list[str], gone: list[str], added: list[str]) -> list[str]:
    """The lines a resume says of the source files edited, gone and added
    since the audit began (each a list of paths; no line for an empty one)."""
    lines = []
    if edited:
        lines.append(f"{counted(len(edited), 'file')} edited since the audit began, audited again: "
                     f"{_names(edited)}")
    if gone:
        lines.append(f"{counted(len(gone), 'file')} gone since the audit began, left out: {_names(gone)}")
    if added:
        lines.append(f"{counted(len(added), 'file')} added since the audit began, not in it (audit "
                     f"{plural(len(added), 'it', 'them')} apart, or run without --resume "
                     f"into a new folder): {_names(added)}")
    return lines


def _aliases(planned: list[str], now: list[str], resolve) -> dict[str, str]:
    """{this run's path: the first run's spelling of the same file}, for the
    paths spelled differently (`./d.jsonl`, an absolute path)."""
    if resolve is None:
        return {}
    first = {}
    for p in planned:
        first.setdefault(_resolved(resolve, p), p)
    alias = {}
    for p in now:
        same = first.get(_resolved(resolve, p))
        if same is not None and same != p:
            alias[p] = same
    return alias


def _resolved(resolve, path: str) -> str:
    try:
        return resolve(path)
    except (OSError, ValueError):
        return path


def _shapes(partitions: list, alias: dict[str, str]) -> list:
    """A plan's partitions with paths spelled as the first run's and no key
    (which hashes the spelling): what must match for a resume."""
    # an older plan's slices carried no `earlier`...; `encoding` and `undecoded` follow from the
    # bytes, which the stamps guard, so an audit begun before them resumes (read as it began)
    return [{"earlier": [], "said": False, "taken": [],
             **{k: v for k, v in d.items() if k not in ("key", "encoding", "undecoded")},
             "paths": [alias.get(q, q) for q in d.get("paths", ())]} if isinstance(d, dict) else d
            for d in partitions]


def _readable(fs, root: str, name: str) -> bool:
    """Whether a written partition's files can be read back: both Parquet
    files have their footer (a file cut short has none), and its baseline
    records, when kept, are JSON."""
    import pyarrow.parquet as pq

    try:
        for path in (f"{root}/{name}.parquet", f"{root}/_articles/{name}.parquet"):
            with fs.open(path, "rb") as f:
                pq.read_metadata(f)
        kept = f"{root}/{records.FOLDER}/{name}.json"
        if fs.exists(kept):
            with fs.open(kept, "r") as f:
                json.load(f)
    except (OSError, ValueError, RecursionError):   # ArrowInvalid is a ValueError
        return False
    return True


def _refuse_others(fs, root: str, out: str) -> None:
    """AuditError when the folder OUT holds a file no audit writes: a reader of
    OUT (pandas, pyarrow, Dask) would take it for a partition. Names starting
    with `_` or `.` are skipped by those readers, so a `.gitkeep` is fine; a
    Spark or Hive `part-00000-<uuid>-c000.snappy.parquet` is not an audit's
    (`_OWN_PART`), so it is named here, not called an unfinished audit."""
    try:
        names = [p.rstrip("/").split("/")[-1] for p in fs.ls(root, detail=False)]
    except (OSError, ValueError):       # gone since: made when written
        return
    others = sorted(n for n in names if not n.startswith(("_", ".")) and not _OWN_PART.fullmatch(n))
    if others:
        raise AuditError(f"{out}: --output is a folder of other files ({_names(others)}), which a "
                         "reader of the audit would take for findings; write it to a new or empty folder")


def _partition(d: dict) -> Partition:
    return Partition(d["index"], d["kind"], tuple(d["paths"]), d.get("fmt", ""),
                     tuple(tuple(p) for p in d.get("pieces", ())), d.get("articles", 0),
                     d.get("key", ""), tuple(tuple(e) for e in d.get("earlier", ())),
                     bool(d.get("said", False)), tuple(d.get("taken", ())), d.get("encoding", ""),
                     tuple(d.get("undecoded", ())), tuple(tuple(n) for n in d.get("notices", ())))


def _every(parts: list[Partition]) -> list[str]:
    """Every path of `parts`, those where nothing is too (their config says
    whether file.missing is reported), each once."""
    return list(dict.fromkeys(p for part in parts for p in part.paths))


def _paths(parts: list[Partition]) -> list[str]:
    return list(dict.fromkeys(p for part in parts if part.kind != "missing" for p in part.paths))


def _unwrite(fs, root: str, name: str) -> None:
    """Remove a partition's outputs, findings first (they mark it written)."""
    for path in (f"{root}/{name}.parquet", f"{root}/_articles/{name}.parquet",
                 f"{root}/{records.FOLDER}/{name}.json", f"{root}/{problems.FOLDER}/{name}.json"):
        if fs.exists(path):
            fs.rm(path)


def _names(paths: list[str]) -> str:
    more = len(paths) - SHOWN
    return ", ".join(paths[:SHOWN]) + (f" and {more} more" if more > 0 else "")


def finish(fs, root: str) -> None:
    """The audit is whole: its mark of an unfinished one goes."""
    if fs.exists(f"{root}/{MARKER}"):
        fs.rm(f"{root}/{MARKER}")


def write_text(fs, path: str, text: str) -> None:
    scratch = f"{path}.{uuid.uuid4().hex}.tmp"
    with fs.open(scratch, "w") as f:
        f.write(text)
    fs.mv(scratch, path)
