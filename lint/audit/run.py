"""The client side of `newslint audit`: plan, schedule on Dask, summarise.

Output under OUT (any fsspec URL): `part-NNNNN.parquet` (findings, one file
per partition), `_articles/part-NNNNN.parquet`, `_summary.parquet` and
`_plan.json` (what `--resume` checks), `_INCOMPLETE` until the audit is
whole (`output`), with a baseline `_baseline/part-NNNNN.json`
(`records`), and for a partition a worker could not wholly check (a rule
timed out, or was skipped after timeouts) `_problems/part-NNNNN.json`
(`problems`). Readers that skip `_`-prefixed names (pyarrow, pandas, Dask)
see only the findings in `OUT`.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
import uuid
from dataclasses import dataclass, field

from ..baseline import base_dir
from ..config import run_fail_level
from ..diagnostic import LEVEL_RANK
from ..ruleset import RuleError
from . import problems as kept_problems, records
from .interrupts import Terminated, ignore_stops, restore, started
from .listing import listed
from .output import AuditError, finish, prepare, stamps
from .plan import Partition, PlanError, describe, excluded_lines, plan
from .table import summarise
from .work import forget, run_partition, session_for


class AuditInterrupted(KeyboardInterrupt):
    """Ctrl-C (or SIGTERM: `terminated`) once the plan was written: str()
    says what is written and how `--resume` finishes it."""

    def __init__(self, message: str, terminated: bool = False):
        super().__init__(message)
        self.terminated = terminated


@dataclass
class AuditResult:
    partitions: int = 0
    skipped: int = 0               # already written (--resume)
    articles: int = 0
    undated: int = 0               # articles read with no publication date (`table.UNDATED`)
    refused: int = 0               # ... of them given one that was refused (`table.REFUSED`)
    findings: int = 0
    by_level: dict = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    not_articles: list[str] = field(default_factory=list)   # files skipped (file.format), one line each
    unlinted: list[str] = field(default_factory=list)   # files no rule ran on (`reporting.unlinted`)
    missing: list[str] = field(default_factory=list)   # sources where nothing is (file.missing rows)
    unreadable: list[str] = field(default_factory=list)   # damaged archives' file.unreadable rows, a line each
    empty: list[str] = field(default_factory=list)     # folders with no article file, one line each
    left_out: list[str] = field(default_factory=list)  # word-processor and PDF files a walk left out, a line per spec
    fail_level: str = "error"      # --fail-level, else the lowest fail-level: of the configs used
    hidden: int = 0                # --baseline: its findings left out, in every partition
    gone: tuple[int, int] | None = None   # --baseline: its records gone (fixed, moved), as check counts
    recorded: int | None = None    # --write-baseline: how many findings it records
    kept: int = 0                  # ... and how many records of files or rules not checked it keeps
    passed: dict[str, int] = field(default_factory=dict)   # files the walks did not read, by extension
    resumed: list[str] = field(default_factory=list)   # --resume: files edited, gone or added since, a line each
    skipped_rules: list[str] = field(default_factory=list)  # rules a worker skipped after timeouts (spent)
    rule_notices: list[str] = field(default_factory=list)   # rule files not loaded as written, dates given far ahead: a line each
    excluded: list[str] = field(default_factory=list)   # named files exclude: left out, when nothing was read: check's lines

    def failed(self) -> bool:
        """A finding at or above the fail level was written (exit 1)."""
        return any(LEVEL_RANK[level] >= LEVEL_RANK[self.fail_level] for level in self.by_level)


def config_key(settings) -> str:
    return hashlib.sha256(repr(settings).encode("utf-8")).hexdigest()[:16]


def run(specs: list[str], out: str, settings, *, client=None, scheduler: str | None = None,
        workers: int | None = None, resume: bool = False, per: int = 1000, retries: int = 2,
        progress: bool = False, fail_level: str | None = None, baseline=None,
        write_baseline: str | None = None) -> AuditResult:
    """Audit `specs` into `out` with `settings` (lint.audit.settings). Uses
    `client`, else connects to `scheduler` (an address: an empty one is
    refused, by the command before Dask is imported), else starts a local cluster of
    `workers` processes (one thread each). AuditError when it cannot;
    AuditInterrupted on Ctrl-C once partitions are being written. A spec where
    nothing is is a `file.missing` row (`result.missing`) and the rest is
    audited, as `check` does. A `baseline` (lint.baseline.Baseline) hides the
    findings it records, as `check --baseline`: `result.hidden` counts them and
    `result.gone` its records gone, over every partition, those written before
    a `resume` too (None when one of those kept no counts: an older newslint's).
    `write_baseline` (a file) records every finding there, as `check
    --write-baseline` does (`result.recorded`: how many). `resume` finishes
    the unfinished audit in `out` by the plan it began with (`output.prepare`:
    `result.resumed` names the files edited, gone or added since)."""
    import fsspec

    if scheduler is not None and not scheduler.strip():     # an unset $SCHED: no cluster started (qa146 #4),
        raise AuditError("--scheduler: an empty address names no scheduler; give tcp://HOST:8786, "  # nothing
                         "or leave --scheduler out for a local cluster")                # written (qa302 #3)
    empty: list[str] = []
    left_out: list[str] = []
    passed: dict[str, int] = {}
    forget(settings)          # planned as the configs are now, in-process too
    # every path a worker is handed is the client's, absolute: a worker may run
    # in another folder or on another host (qa106 #1)
    target = out if "://" in out else os.path.abspath(settings.where(out))
    # an --output inside a folder audited is never walked: on --resume its own files
    # were counted as the archive's "not read" (qa124 #5)
    avoid = frozenset() if "://" in out else frozenset({os.path.realpath(target)})
    try:
        parts = plan(specs, articles_per_partition=per, config_for=settings.config_for,
                     empty=empty, left_out=left_out, passed=passed, avoid=avoid)
    except PlanError as exc:
        raise AuditError(str(exc)) from None
    except (OSError, ValueError, ImportError) as exc:    # an fsspec protocol without its package
        raise AuditError(f"cannot read the sources: {exc}") from None
    configs = {settings.config_for(p) for part in parts for p in part.paths}
    try:    # a broken rule file stops the audit here, in one line, not in every worker
        session_for(settings).validated_rules(configs)
    except RuleError as exc:
        raise AuditError(str(exc)) from None
    # a rule file too deep to load, an id two house folders give: said as check says them (qa105 #10)
    # and a --published (or config published:) date far ahead, as check says it (nu70 #11)
    notices = session_for(settings).rule_notices(configs) + session_for(settings).published_ahead(configs)
    write_to = base_dir(write_baseline) if write_baseline else None
    wanted = describe(parts, config_key(settings) + records.key(baseline, write_to))
    wanted["files"] = stamps(parts, settings.where)
    wanted["cwd"] = settings.cwd or os.getcwd()
    wanted["partition_size"] = per      # said by a refused --resume (nu73 #6)
    taken: list[dict] = []

    def read(paths, options=None) -> dict:
        if options is not None:     # a plan's options: its configs under them, not kept (qa269 #2)
            return settings.configs_under(paths, options)
        taken.append(settings.record(paths))
        return taken[-1]

    try:
        fs, root = fsspec.core.url_to_fs(out)
        prepared = prepare(fs, root, out, wanted, parts, resume, resolve=lambda p: (
            p if "://" in p else os.path.realpath(settings.where(p))),
            beside=(write_baseline,) if write_baseline else (), read=read)
    except (OSError, ValueError, ImportError) as exc:
        raise AuditError(f"cannot write the audit to {out}: {exc}") from None
    parts, todo = prepared.parts, prepared.todo
    # the workers' settings: keyed by what this audit reads (qa106 #2)
    sent = settings.keyed(taken[-1] if taken else None, paths=[p for part in todo for p in part.paths])
    result = AuditResult(partitions=len(parts), skipped=len(parts) - len(todo), empty=empty,
                         left_out=left_out, resumed=prepared.said, passed=passed,
                         fail_level=run_fail_level(configs, fail_level), rule_notices=notices)
    result.missing = [p for part in parts if part.kind == "missing" for p in part.paths
                      if settings.config_for(p).reports("file.missing")]
    result.unreadable = [f"{p.paths[0]}: file.unreadable: {p.notices[0][4]}" for p in parts
                         if p.kind == "unreadable" and settings.config_for(p.paths[0]).reports("file.unreadable")]
    ignored = None
    hushed: dict = {}
    if todo:
        try:
            with _client(client, scheduler, workers) as c:
                try:
                    shared = c.scatter(baseline, broadcast=True) if baseline is not None else None
                    # a key of this run's own: one the client still holds (an interrupted run's
                    # futures, alive until collected) would hand back its result, nothing rewritten
                    run_id = uuid.uuid4().hex[:8]
                    futures = [c.submit(run_partition, p, sent, target, shared, write_to, retries=retries,
                                        key=f"newslint-audit-{p.key}-{run_id}", pure=False) for p in todo]
                    if progress:
                        from distributed import progress as bar
                        with contextlib.redirect_stdout(sys.stderr):
                            bar(futures)
                    collected = _collected(c, futures)
                except KeyboardInterrupt:
                    hushed = _hush()
                    raise
                for done in collected:
                    result.not_articles += done.get("skipped", [])
                    result.unlinted += done.get("unlinted", [])
                # Every partition is written: a Ctrl-C or SIGTERM from here on
                # stops nothing, so it is ignored through the cluster's shutdown
                # and the summary: the audit finishes and says so.
                ignored = ignore_stops()
        except KeyboardInterrupt as exc:
            for name, level in hushed.items():
                logging.getLogger(name).setLevel(level)
            written = len(listed(fs, root, "part-*.parquet"))
            raise AuditInterrupted(f"{written} of {len(parts)} partitions are written to {out}; "
                                   "the same command with --resume finishes the audit",
                                   terminated=isinstance(exc, Terminated)) from None
    try:
        names = [p.name() for p in parts]
        _summarise(fs, root, result, names, _written(fs, root, out, names))
        if baseline is not None or write_baseline:
            _baselines(fs, root, parts, result, settings, specs, baseline, write_baseline)
        if fs.exists(f"{root}/_tmp"):
            fs.rm(f"{root}/_tmp", recursive=True)
        finish(fs, root)
    finally:
        restore(ignored)
    if not (result.articles or result.findings or result.hidden or any(p.kind in ("missing", "unreadable") for p in parts)):
        # nothing read after all (a .sgm named beside): the named files exclude: left out, as check
        # says them when it lints nothing (qa389 #3)
        result.excluded = excluded_lines(specs, settings.config_for)
    return result


def _baselines(fs, root: str, parts: list[Partition], result: AuditResult, settings, specs: list[str],
               baseline, write_baseline: str | None) -> None:
    """--baseline's counts and --write-baseline's file, from what every
    partition kept (`records`), those written before a resume included. As
    `check`, no file is written when a worker skipped a rule after it timed
    out (its later files' findings would be missing): a problem line says
    so (exit 2)."""
    kept = records.load(fs, root, [p.name() for p in parts])
    if baseline is not None:
        records.tally(kept, baseline, result, settings, specs)
    if write_baseline:
        if kept is None:
            raise AuditError(f"cannot write the baseline {write_baseline}: a partition written "
                             "before kept no records; run the audit again into a new folder")
        if result.skipped_rules:
            from ..cli_output import not_written
            result.problems.append(not_written(write_baseline, result.skipped_rules))
            return
        try:
            result.recorded, result.kept = records.write(write_baseline, kept, settings)
        except OSError as exc:
            raise AuditError(f"{write_baseline}: cannot write baseline: {exc.strerror or exc}") from None


def _hush() -> dict[str, int]:
    """Quiet distributed's and tornado's loggers for the teardown after a
    Ctrl-C: a call cut off mid-wait, or a result gathered as the client
    closes, is logged with a traceback by the event loop (races inside
    distributed, not the user's concern: the command says in one line what
    is written). The levels before, to put back."""
    names = ("distributed", "tornado.application", "asyncio")
    before = {name: logging.getLogger(name).level for name in names}
    for name in names:
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)
    return before


def _collected(client, futures) -> list[dict]:
    """Each partition's counts, in plan order, as its future finishes. Not
    `client.gather`: a Ctrl-C while it waits left one orphaned waiter per
    unfinished future, and each printed "Task exception was never retrieved"
    with a traceback when the client closed. `as_completed` watches each
    future in a task that takes its cancellation quietly; on Ctrl-C the
    futures still to come are cancelled (a shared scheduler stops their work)
    and the interrupt goes on up to the command's one line."""
    from distributed import as_completed

    done = []
    try:
        # The results come with the futures, gathered on the client's loop:
        # `future.result()` waits in `distributed.utils.sync`, whose cancel
        # callback, when a Ctrl-C cut the wait short before the call began,
        # logged a NameError traceback from the loop's thread
        for _, got in as_completed(futures, loop=client.loop, with_results=True):
            done.append(got)
    except KeyboardInterrupt:
        if not all(f.done() for f in futures):
            client.cancel([f for f in futures if not f.done()])
            raise
        done = [f.result() for f in futures]    # all written as it came: the audit is finished
    return sorted(done, key=lambda d: d["partition"])


# LocalCluster's keywords for a cluster with no dashboard that asks for no fixed
# port. distributed's scheduler serves HTTP (its health and metrics routes) even
# with `dashboard_address=None`, which only turns the dashboard off: the server
# then asks for port 8787, on every interface, and warns "Port 8787 is already in
# use" when another cluster (another user's, a test's) holds it. Here it takes a
# free port on the loopback interface instead (":0" alone would mean every
# interface), the dashboard still off. The tests' clusters take them too.
NO_DASHBOARD = {"dashboard_address": "127.0.0.1:0", "scheduler_kwargs": {"dashboard": False}}


@contextlib.contextmanager
def _client(client, scheduler: str | None, workers: int | None):
    if client is not None:
        yield client
        return
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            connected = Client(scheduler)
        except (OSError, ValueError, TypeError) as exc:     # malformed, refused, timed out (qa124 #3)
            raise AuditError(f"cannot use the scheduler {scheduler}: {exc}") from None
        with connected as c:
            yield c
        return

    def start():
        return LocalCluster(n_workers=workers or None, threads_per_worker=1, processes=True,
                            silence_logs=logging.ERROR, **NO_DASHBOARD,
                            preload=["lint.audit.quiet"])    # workers leave Ctrl-C to us

    # a Ctrl-C or SIGTERM while it starts ends the wait at once (qa124 #2)
    with started(start) as cluster:
        with Client(cluster) as c:
            yield c


def _written(fs, root: str, out: str, names: list[str]) -> tuple[list[str], list[str]]:
    """The paths of the findings' and the articles' partitions under `root`,
    listed once; AuditError (exit 2, one line) unless every planned
    partition `names` has both its files there: a worker that wrote
    elsewhere (another host's disk, a folder it could not reach as the
    client does) must not pass as an audit of 0 articles (qa106 #1)."""
    found = listed(fs, root, "part-*.parquet"), listed(fs, f"{root}/_articles", "part-*.parquet")
    have, kept = ({os.path.basename(p) for p in paths} for paths in found)
    lost = [n for n in names if f"{n}.parquet" not in have or f"{n}.parquet" not in kept]
    if lost:
        raise AuditError(f"{len(lost)} of {len(names)} partitions are not in {out} after the workers "
                         f"wrote them (first: {lost[0]}): can every worker reach {out} as this "
                         "machine does? use a folder they share, or a URL (s3://...)")
    return found


def _summarise(fs, root: str, result: AuditResult, names: list[str],
               found: tuple[list[str], list[str]]) -> None:
    """Totals from the written partitions (`found`, as `_written` listed
    them: a resumed audit counts all of them once) and `_summary.parquet`.
    The problem lines are every partition's (`problems.load`), those
    written before a `--resume` too, and `_summary.parquet` keeps them in
    its metadata (`problems.METADATA`):
    a rule skipped after timeouts is not run again by `--resume`, so the
    dataset says it was skipped."""
    import json

    from ..spent import skipped_rules

    import pyarrow as pa
    import pyarrow.parquet as pq

    from .table import as_now, refused, schema, undated

    def read(paths: list[str], name: str, tables: list):
        for path in paths:
            with fs.open(path, "rb") as f:
                table, old = as_now(pq.read_table(f))
            if old:     # an older newslint's partition, finished by --resume: one schema (nu73 #4)
                with fs.open(scratch := f"{path}.{uuid.uuid4().hex}.tmp", "wb") as f:
                    pq.write_table(table, f)
                fs.mv(scratch, path)
            tables.append(table)
        return pa.concat_tables(tables) if tables else schema(name).empty_table()

    parts: list = []        # the `_articles` files, read: each counts its undated articles
    findings = read(found[0], "findings", [])
    articles = read(found[1], "articles", parts)
    result.findings, result.articles = findings.num_rows, articles.num_rows
    result.undated = sum(map(undated, parts))     # articles read, as check counts them (nu54 #5)
    result.refused = sum(map(refused, parts))
    levels = findings["level"].value_counts().to_pylist() if findings.num_rows else []
    result.by_level = {v["values"]: v["counts"] for v in levels}
    scratch = f"{root}/_summary.{uuid.uuid4().hex}.tmp"
    result.problems = kept_problems.load(fs, root, names)
    result.skipped_rules = skipped_rules(result.problems)
    summary = summarise(findings)
    if result.problems:
        summary = summary.replace_schema_metadata({
            **(summary.schema.metadata or {}), kept_problems.METADATA: json.dumps(result.problems)})
    with fs.open(scratch, "wb") as f:
        pq.write_table(summary, f)
    fs.mv(scratch, f"{root}/_summary.parquet")
