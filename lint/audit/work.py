"""What a Dask worker does with one partition: read its articles, lint them,
and return (or write) one row per finding and one per article.

Rules are compiled once per worker process and audit: a `Session` per
config and record of the rule files read is kept (`session_for`, the few
latest), as `newslint check` keeps one per run.
A partition's output is written to a temporary name and renamed into place,
so a partition is either wholly written or absent: a retried or resumed
partition replaces its own file and is never counted twice.
"""
from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Iterator

from ..config import Config
from ..document import Document, Notice
from ..engine import FileResult, read_path, refused, unread
from ..files import missing_results
from ..readers import ReadError, decode, read_slice
from ..readers._encoding import bom
from ..reporting import read_through, set_aside, unlinted
from ..regular_files import HEAD_KEPT, StreamHead, TooLarge
from ..session import Session
from ..site_sections import place_section
from . import problems as kept_problems
from .inputs import digest, record as read_record, under as read_under
from .plan import Partition
from .member_reads import MemberUnread, guarded, member_fault
from .records import save
from .table import REFUSED, UNDATED, ArticleRows, FindingRows, to_table

if TYPE_CHECKING:
    from ..baseline import Baseline

_SESSIONS: dict["Settings", Session] = {}
KEPT = 4                   # Sessions a process keeps (audits on a kept cluster, each its own)


@dataclass(frozen=True)
class Settings:
    """Which config lints each file, as `newslint check` decides: `forced`
    (`--config`) or the nearest `.newslint.yaml` of a local file, with the
    command-line options `cli` (sorted (key, value) pairs) on top; a URL's
    files get `default`, resolved on the client."""

    forced: Config | None
    cli: tuple
    default: Config
    cwd: str = ""              # the client's folder: relative paths are read from there
    # a digest of the audit's record of the configs and rule files it reads
    # (`inputs.record`, `keyed`): a worker's Session is one audit's, never a
    # stale one from an audit before on a cluster kept between them (qa106 #2).
    # Not in repr(): `run.config_key`, kept in _plan.json, is unchanged by it
    read: str = field(default="", repr=False)

    def where(self, path: str) -> str:
        """Where a worker opens `path` (reports keep the path as given)."""
        if "://" in path or os.path.isabs(path) or not self.cwd:
            return path
        return os.path.join(self.cwd, path)

    def config_for(self, path: str) -> Config:
        if "://" in path:
            return self.default
        return session_for(self).config_for(self.where(path))

    def base_for(self, path: str) -> Config:
        """`path`'s config before the command-line options `cli` are merged
        (`Session.base_for`); a URL's is the one `default` was merged from."""
        if "://" in path:
            path = os.path.join(self.cwd or os.getcwd(), "audit")
        return session_for(self).base_for(self.where(path))

    def record(self, paths) -> dict:
        """What auditing `paths` reads under these settings (`inputs.record`,
        made on the client): the record `keyed` keys the workers by."""
        return read_record(paths, self.config_for, self.base_for, self.cli)

    def configs_under(self, paths, options: dict) -> dict:
        """`record(paths)["configs"]` had the command line given `options`
        (a plan's `options`) in place of `cli` (`inputs.under`)."""
        return read_under(paths, self.base_for, options)

    def keyed(self, record: dict | None = None, paths=()) -> "Settings":
        """These settings for the workers of one audit whose `record` (else
        the `record` of auditing `paths`) says what configs and rule files
        it reads: a changed config or rule (an edited house rule, a folder's
        new `.newslint.yaml`) is another key, so a new Session (qa106 #2)."""
        return replace(self, read=digest(self.record(paths) if record is None else record))


def session_for(settings: Settings) -> Session:
    """This process's Session for `settings`: rules are compiled once per
    worker process and audit (`Settings.keyed`), not per article or
    partition; the `KEPT` latest are kept."""
    if settings not in _SESSIONS:
        while len(_SESSIONS) >= KEPT:
            del _SESSIONS[next(iter(_SESSIONS))]          # the oldest
        _SESSIONS[settings] = Session(settings.forced, dict(settings.cli))
    return _SESSIONS[settings]


def forget(settings: Settings) -> None:
    """Drop this process's Session for `settings`: a client plans each audit
    with the configs as they are now, not as an audit before in the same
    process found them (a notebook, a test's in-process cluster)."""
    _SESSIONS.pop(settings, None)


def lint_partition(part: Partition, settings: Settings, skipped: list[str] | None = None,
                   baseline: "Baseline | None" = None, kept: dict | None = None,
                   record: str | None = None) -> tuple[dict, dict, list[str]]:
    """(finding columns, article columns, problems) for one partition. A file
    of no article format (a sitemap or feed among the .xml, a named .json) is
    no finding row, as `check` never counts it: its line goes to `skipped`.
    A file on which no rule ran (a Vale config's sections turn none on or
    match it not: `reporting.unlinted`) and with no finding is no article
    row, as `check` counts no file linted (qa284 #5).
    A `baseline` hides the findings it records, as `check --baseline` does
    (`Baseline.filter`, file by file: a partition holds whole files or whole
    articles); `kept` gets what the client adds up: `hidden` (how many),
    `taken` (the records matched, (key, count) pairs), `linted` (the paths
    read, `read_through`; with `record` too: the old baseline's records of
    the files not read are kept) and
    `unlinted` (the paths of the files no rule ran on, for the client to say
    as check says them: `cli_notes.say_unlinted`, qa296 #2).
    `record` (the folder of a baseline to write) puts the baseline records
    of the findings in `kept["records"]` (`baseline.records`), paths as the
    client's folder reads them."""
    import fsspec

    session = session_for(settings)
    findings, articles, problems = FindingRows(), ArticleRows(), []
    kept = {} if kept is None else kept
    kept.update(hidden=0, taken=[], linted=[], records=[], undated=0, refused=0, unlinted=[])
    for path, result, docs in _results(fsspec, part, settings, session):
        dates = dated(result, docs)
        every = result.diagnostics
        if unlinted(result) and not every:      # no rule ran on it: no article audited, as check (qa284 #5)
            kept["unlinted"].append(path)
            continue
        if baseline is not None or record is not None:     # the files read, as check's (`read_through`)
            kept["linted"] += read_through([result])        # before the filter
        if baseline is not None:
            result.diagnostics, hidden = baseline.filter(result.diagnostics, {
                result.path: result.document} if result.document is not None else {})
            kept["hidden"] += hidden
            kept["taken"] += list(baseline.taken.items())
        result.diagnostics, said = set_aside(result.diagnostics)
        if record is not None:
            from ..baseline import records
            kept["records"] += records(result.diagnostics, {result.path: result.document}
                                       if result.document is not None else {}, record, settings.cwd or None)
        if skipped is not None:
            skipped += said
        findings.add(result, docs, dates)
        shown = {id(d) for d in result.diagnostics}
        articles.add(path, result, docs, dates, hidden=set_aside([d for d in every if id(d) not in shown])[0])
        kept["undated"] += result.undated       # articles read, as check counts them
        kept["refused"] += result.date_refused
        problems += [p.text for p in result.problems]
    return findings.columns, articles.columns, problems


def _results(fsspec, part: Partition, settings: Settings,
             session: Session) -> Iterator[tuple[str, FileResult, list[Document]]]:
    if part.kind == "missing":      # as `check` reports a named path where nothing is
        for result in missing_results(list(part.paths), settings.config_for):
            yield result.path, result, []
        return
    if part.kind == "unreadable":       # a source the plan could not list: its row (qa402 #5)
        path = part.paths[0]
        for line, column, rule, level, message in part.notices:
            yield path, unread(path, ReadError(rule, message, level, line, column), settings.config_for(path)), []
        return
    if part.kind == "files":
        for path in part.paths:
            config = settings.config_for(path)
            data = _read(fsspec, path, settings, config)
            if isinstance(data, FileResult):       # refused: as `check` says it
                yield path, data, []
                continue
            result = session.lint_bytes(path, data, config)
            doc = result.document
            if doc is not None and "://" not in path:
                place_section(doc, settings.where(path))
            yield path, result, (doc.articles or [doc]) if doc is not None else []
        return
    path = part.paths[0]
    config = settings.config_for(path)
    if not part.pieces and part.undecoded:      # an export check refuses: its row, as check gives it
        line, column = (*part.undecoded[2:], 1, 1)[:2]
        yield path, unread(path, ReadError("file.encoding", part.undecoded[1], line=line, column=column),
                           config), []
        return
    try:
        text, pieces, notices = _slice_text(guarded(fsspec, path), part, settings.where(path))
        doc = read_slice(path, text, part.fmt, pieces, config.read_options(),
                         tuple(tuple(e) for e in part.earlier), part.said, tuple(part.taken))
        doc.notices[:0] = notices
    except ReadError as exc:
        yield path, unread(path, exc, config), []
        return
    except OSError as exc:            # gone or changed since the plan cut it
        yield path, refused(path, exc, config, settings.where(path)), []
        return
    except MemberUnread as exc:       # a member damaged since the plan read it (only its opening and reads)
        yield path, _unreadable_member(path, exc.fault, config), []
        return
    result = session.lint_document(doc, config)
    if "://" not in path:
        place_section(doc, settings.where(path))
    yield path, result, doc.articles


def dated(result: FileResult, docs: list[Document]) -> list:
    """The publication date of each of `docs` (the articles `result` linted,
    in order) as its lint settled it (`publication.settle`: `--published` or
    the config's over its own, a refused one dropped), so a row's `published`
    is the date its findings were computed with, an export's article's as a
    plain file's (qa376 #1). Taken from the result, never settled again: an
    export's `FileResult.dates`, else each doc's own (a file's one article
    is its result's `document`, the settled copy). An empty file or item
    (`Document.empty`) has none, `--published`'s or a config's either: it holds no
    story to date and the summary's months count stories (qa383 #2)."""
    dates = result.dates or [doc.published for doc in docs]
    return [None if doc.empty else day for doc, day in zip(docs, dates)]


def _slice_text(fsspec, part: Partition, path: str) -> tuple[str, tuple[tuple[int, int], ...], list]:
    """The partition's pieces of the file as one text, where each piece
    starts (character offset, file line), and the `file.encoding` notice
    when the plan placed it in this slice (`Partition.undecoded`). The
    file's BOM, UTF-8, UTF-16 or UTF-32 (the readers' table,
    `readers._encoding.bom`), is left off only at byte 0: one opening a
    later piece is a character of its line, as `check` reads it (qa98 #5).
    A WXR piece is one `<item>`'s bytes, from wherever it starts on its line
    (its column goes with it: `LineIndex`); a notice check gives outside
    every item (`Partition.notices`) is placed on a blank line of its own,
    numbered as the file's, before them."""
    texts, pieces, at, notices = [], [], 0, []
    for line, column, rule, level, message in part.notices:
        notices.append(Notice(rule, level, message, at + column - 1))
        pieces.append((at, line))
        texts.append(" " * column + "\n")
        at += column + 1
    with fsspec.open(path, "rb") as f:
        for start, end, line, *column in part.pieces:
            f.seek(start)
            data = f.read(end - start)
            skip = len(found[0]) if not start and (found := bom(data)) is not None else 0
            # the export's one codec, as check reads it (qa98 #1); an older plan's
            # slices carry none: each piece's, as `decode` reads it alone
            codec = part.encoding or decode(data[skip:])[1]
            text = data[skip:].decode(codec, "replace")
            if part.undecoded and start <= part.undecoded[0] < end:
                before = data[skip:part.undecoded[0] - start].decode(codec, "replace")
                notices.append(Notice("file.encoding", "warning", part.undecoded[1],
                                      at + len(before) + (not texts[-1].endswith("\n")
                                                          if texts else 0)))
            if texts and not texts[-1].endswith("\n"):
                texts[-1] += "\n"
                at += 1
            pieces.append((at, line, *column))
            texts.append(text)
            at += len(text)
    return "".join(texts), tuple(pieces), notices


def _read(fsspec, path: str, settings: Settings, config: Config) -> bytes | FileResult:
    """A whole file's bytes, or the `file.*` result refusing it, as `check`
    reads one: a local file through `engine.read_path` (a FIFO or a device
    is never opened, a file over max-file-size never read, and the messages
    are check's); a URL through fsspec, to the limit and a byte, its refusal
    worded by the same `engine.refused`."""
    if "://" not in path:
        return read_path(settings.where(path), config, shown=path)
    try:
        with guarded(fsspec, path).open(path, "rb") as f:
            data = f.read(config.max_file_size + 1)
            size = getattr(f, "size", None)
        if len(data) > config.max_file_size:
            if isinstance(size, int) and size > config.max_file_size:
                raise TooLarge(size, data[:HEAD_KEPT])
            return StreamHead(data)       # its size unknown: the reader says "over the limit"
    except OSError as exc:
        return refused(path, exc, config)
    except MemberUnread as exc:
        return _unreadable_member(path, exc.fault, config)
    return data


def _unreadable_member(path: str, fault: Exception, config: Config) -> FileResult:
    """The `file.unreadable` row of an archive's member that `fault`
    (`member_reads.MEMBER_FAULTS`: a bad CRC, encrypted, an unknown
    compression method) kept from being opened or read, the rest of the
    audit going on (qa403 #1)."""
    return unread(path, ReadError("file.unreadable", member_fault(path, fault)), config)


def run_partition(part: Partition, settings: Settings, out: str, baseline: "Baseline | None" = None,
                  record: str | None = None) -> dict:
    """Lint a partition and commit its two Parquet files under `out` (an
    fsspec URL): articles first, then findings, whose presence marks the
    partition done; a `baseline`'s findings are left out (`lint_partition`).
    With a `baseline` or a `record` folder, what the client adds up for
    them is written before both (`records.save`), and so are the problem
    lines, when there are some (`problems.save`). Returns counts for the
    client's summary."""
    import fsspec
    import pyarrow.parquet as pq

    skipped: list[str] = []
    kept: dict = {}
    findings, articles, problems = lint_partition(part, settings, skipped, baseline, kept, record)
    fs, root = fsspec.core.url_to_fs(out)
    tmp = f"{root}/_tmp"
    fs.makedirs(tmp, exist_ok=True)
    if baseline is not None or record is not None:
        save(fs, root, part.name(), kept)
    kept_problems.save(fs, root, part.name(), problems)
    fs.makedirs(f"{root}/_articles", exist_ok=True)
    for table, final in ((to_table(articles, "articles", {
            UNDATED: str(kept["undated"]), REFUSED: str(kept["refused"])}),
                          f"{root}/_articles/{part.name()}.parquet"),
                         (to_table(findings, "findings"), f"{root}/{part.name()}.parquet")):
        scratch = f"{tmp}/{part.name()}.{uuid.uuid4().hex}.parquet"
        with fs.open(scratch, "wb") as f:
            pq.write_table(table, f)
        fs.mv(scratch, final)
    return {"partition": part.index, "articles": len(articles["article"]),
            "findings": len(findings["rule"]), "problems": problems, "skipped": skipped,
            "unlinted": kept["unlinted"]}
