"""Cut an audit's sources into partitions: the units Dask schedules, retries
and writes, each holding whole articles.

- An article file (Markdown, HTML, text, NITF, a NewsML-G2 item) is read
  whole; `files_per_partition` of them make a partition.
- A JSON Lines file is cut every `articles_per_partition` lines.
- A WXR export is scanned once with expat for its `<item>`s; every
  `articles_per_partition` published posts make a partition, with the
  attachments whose captions belong to them (wherever they lie in the file):
  `wxr_plan`.

A cut is a byte range (whole lines of JSON Lines, whole `<item>`s of WXR)
plus the file's line (and column) number there, so
a worker reads only its slice and still reports the file's own lines
(`readers.read_slice`). Nothing here imports Dask. Local paths, globs and
folders are found as `check` finds them (`files.expand`), and a local file
that is no regular file (a FIFO, a device) is never opened here; URLs are
read through fsspec (any protocol fsspec knows).
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
import stat
from dataclasses import asdict, dataclass, field, replace

from ..excluded import Excluded, said_when_nothing_linted
from ..files import DocumentsLeftOut, XmlLeftOut, expand, file_identity, shown, tally, unique
from ..format_names import format_name
from ..output_targets import in_use, inside
from ..readers import ARCHIVE_EXTENSIONS
from ..regular_files import read_head
from ..session import Session
from ..stdout_target import without_stdout
from ..readers._xml_root import name_at, root_at, tag_at
from ..walk_xml import XML_SCAN
from ..readers.wxr import is_wxr
from .inputs import LAYOUT
from .jsonl_plan import Undecodable, cuts as jsonl_cuts
from .member_reads import MemberUnread, guarded, member_fault
from .passed_over import passed_over
from .url_sources import (ARCHIVE_FAULTS, MISSING, excluded_line, glob_start, globbed, nothing_found,
                          through_archive, unlisted, url_sources)
from .wxr_plan import Unplanned, cuts as wxr_cuts

BLOCK = 1 << 22            # bytes read at a time while planning


@dataclass(frozen=True)
class Partition:
    """`kind` "files": `paths` are whole files. "slice": byte ranges of one
    export `paths[0]` in `fmt` (jsonl, wxr), `pieces` = ((start, end, first
    line), ...) in file order, a WXR piece with its first column too (an
    item may start mid-line). "missing": `paths` are sources where nothing
    is, each a `file.missing` row. "unreadable": `paths[0]` is a source
    read through an archive that could not be listed (a truncated zip), or
    a member the plan could not read (a bad CRC, encrypted: qa403 #2),
    `notices` its one row, ((1, 1, "file.unreadable", "error", message),)
    (qa402 #5). A JSON Lines slice carries what the
    lines before it hold (`readers.jsonl.read`): `earlier`, ((id, its first
    line), ...) for its ids an earlier slice has, and `said`, whether an
    earlier slice has a line without the body field (qa87 #4, #6), and
    `taken`, the other slices' ids spelled as one of its lines' generated
    names, `line N` (qa87 #8), and `encoding`, the codec `check` reads the
    whole export in (qa98 #1; "utf-16-le" for a UTF-16 BOM's little-endian
    order, fx179), "" (an older plan's slice) for a worker to decode each
    piece alone; a WXR slice's, the codec check reads the whole export in,
    its XML declaration's when UTF-8 fails (qa101 #6);
    `undecoded`, (byte offset in the file, message) of the `file.encoding`
    warning check gives, in the slice holding that byte (qa98 #3). A JSON
    Lines slice with no pieces is an export check refuses (a UTF-16 or
    UTF-32 one that does not decode, `jsonl_plan.Undecodable`): its one
    row is that `file.encoding` error, `undecoded` (offset, message, line,
    column; an older plan's has no place: line 1, column 1), and
    the export is never read again (fx185);
    `notices`, ((line, column, rule, level, message), ...) of what check
    says of a WXR export outside every item (its XML declaration naming
    ISO-8859-1 over UTF-8 bytes), in its first slice."""

    index: int
    kind: str
    paths: tuple[str, ...]
    fmt: str = ""
    pieces: tuple[tuple[int, int, int], ...] = ()
    articles: int = 0          # known for slices; files count after reading
    key: str = field(default="", compare=False)
    earlier: tuple[tuple[str, int], ...] = ()
    said: bool = False
    taken: tuple[str, ...] = ()
    encoding: str = ""
    undecoded: tuple = ()
    notices: tuple = ()

    def name(self) -> str:
        return f"part-{self.index:05d}"


class PlanError(Exception):
    """A source cannot be planned (missing, unreadable); one line."""


def sources(specs: list[str], config_for=None, missing: list[str] | None = None,
            empty: list[str] | None = None, left_out: list[str] | None = None,
            passed: dict[str, int] | None = None, avoid: frozenset[str] = frozenset(),
            unreadable: list[tuple[str, str]] | None = None) -> list[str]:
    """Every file the specs name, once however often it is named (`a.txt` and
    `./a.txt`, a folder and a file in it, a link, an absolute path: told
    apart as check tells them, `files.unique`, the first name kept; a URL by
    its spelling). A path (or URL) that exists is that path, never a glob,
    whatever its name holds. A local path or glob is found as `check` finds it
    (`files.expand`: the same walk, the same names, an `.xml` walked
    when its root is a news format, `walk_xml`): a folder's article and export files, without .git,
    node_modules or hidden folders, a static site's build output or
    templates, or what `exclude:` leaves out (`config_for(path)`: the config
    that applies, default the one found from the current folder); a named
    path that exists but cannot be looked at (a symlink loop) is kept, for
    its `file.unreadable` row. A URL is found through fsspec with the same
    folder rules (`files.trim`) and `exclude:` (`url_sources`: a folder, a
    glob, a file; qa383 #3, qa384). A spec where nothing is (a glob that matches
    nothing too, as the shell hands `check` such a glob unexpanded) goes to
    `missing`, a folder with no article or export file in it, or a glob
    whose matches give none (`exclude:` left them out: qa383 #1), to `empty`
    (a line saying so, naming the exclude:); either raises PlanError when
    not given. `left_out`,
    when given, gets one line per local spec whose walk left out word-processor
    or PDF files (`files.DocumentsLeftOut`, as `check` says it), and one per
    folder, local or a URL's (qa428 #1), whose .xml left out may be copy
    (`walk_xml.XmlLeftOut`: its root not found in its head; a folder's news
    .xml is read, a sitemap only counted), less an .xml a spec also names
    (qa428 #10, as check's nu54 #3). `passed`,
    when given, counts by extension the files the walks passed over (not
    article or export files, not hidden, not excluded: `files.expand`), but
    for the settings newslint read (`read_as_setting`, once every walk has
    loaded its configs: qa296 #5) and the files audited: each once, however
    many walks met it (a `**` glob walks each folder it matches again:
    qa387 #6).
    `avoid`: real paths of local folders no walk enters (the audit's own
    `--output`, when it lies in a folder audited: qa124 #5). A URL read
    through an archive that cannot be listed (damaged: `ARCHIVE_FAULTS`) goes
    to `unreadable`, (spec, its `file.unreadable` message), or to `missing`
    when the archive is not there, and the other specs are found as ever
    (qa402 #5), as does a tar whose listing stops at a damaged member header,
    the members listed before it found all the same (qa411 #3); PlanError
    naming it when `unreadable` is not given."""
    config_for = config_for or Session().config_for
    out: list[str] = []
    held: list | None = None if left_out is None else []     # what the walks left out, to say
    over: list[str] | None = None if passed is None else []     # the local files passed over
    loaded: dict = {}       # the configs of the files the local walks met, in order

    def recording(path: str):
        """`config_for(path)`, keeping the config for `read_as_setting`."""
        config = config_for(path)
        loaded[id(config)] = config
        return config
    for spec in specs:
        if "://" not in spec:
            out += _local(spec, recording, missing, empty, held, over, avoid)
            continue
        through = through_archive(spec)     # an unknown protocol raises here, as it did
        cut: list[str] = []
        try:
            found, why = url_sources(spec, recording, over, cut=cut, xml=held)
        except ARCHIVE_FAULTS as exc:
            if not through:
                raise
            if not isinstance(exc, FileNotFoundError):
                _note(unreadable, (spec, unlisted(exc)), f"{spec}: {unlisted(exc)}")
                continue
            found, why = [], MISSING
        if cut:     # a tar listed up to a damaged header: its row; what it listed is read (qa411 #3)
            _note(unreadable, (spec, cut[0]), f"{spec}: {cut[0]}")
        elif why == MISSING:
            _note(missing, spec, f"{spec}: no such file, folder or URL")
        elif why is not None:
            _note(empty, why, None)
        out += found
    if held:        # a folder's .xml also named is read, never said skipped (qa428 #10, as check: nu54 #3)
        named = {_identity(p) for p in out}
        held = [h.without(named, _identity) if isinstance(h, XmlLeftOut) else h for h in held]
        left_out += [h.line() for h in shown(held) if not isinstance(h, XmlLeftOut) or h.files]
    if over:
        setting = read_as_setting(list(loaded.values()))
        audited = {_identity(p) for p in out}
        for path in unique(over, urls=True):      # a file two walks (`**`, `. sub`) met, once
            if _identity(path) not in audited and ("://" in path or not setting(path)):
                tally(passed, format_name(path).rsplit("/", 1)[-1])
    # one file named twice (`a.txt ./a.txt`, a folder and a file in it, a link to it, an
    # absolute path) is audited once, as check's one `expand` keeps it (qa101 #5)
    return unique(out, urls=True)


def _identity(path: str) -> tuple:
    """What tells one file from another (`files.file_identity`), a `file://`
    URL's by its local path, another URL's by its spelling."""
    if path.startswith("file://"):
        return file_identity(path[len("file://"):])
    return ("url", path) if "://" in path else file_identity(path)


def _local(spec: str, config_for, missing: list[str] | None, empty: list[str] | None,
           left_out: list | None = None, passed: list[str] | None = None,
           avoid: frozenset[str] = frozenset()) -> list[str]:
    """A local spec's files, as `check` finds them. A path that exists (or a
    link, even a dangling one) is that path, whatever characters its name
    holds (`desk [2019]`, `star*.md`: qa124 #6), as check takes what the shell
    hands it; only a spec where nothing is and that holds `*`, `?` or `[` is
    expanded as a shell would (`**` too), for a glob quoted from the shell.
    `left_out` gets the walk's `DocumentsLeftOut` and `XmlLeftOut`, for
    `sources` to say once every spec is found."""
    named = sorted(glob.glob(spec, recursive=True)) if globbed(spec) and not os.path.lexists(spec) \
        else [spec]
    if avoid and named != [spec]:       # a glob's matches inside the --output: its own files (qa146 #2)
        named = [n for n in named if not any(inside(os.path.realpath(n), folder) for folder in avoid)]
    skipped: list = []
    excluding: set = set()      # the configs whose exclude: left out a file, as check says them
    found, gone = expand(named, config_for, skipped, excluding=excluding, extensions=ARCHIVE_EXTENSIONS,
                         passed=passed, avoid=avoid) if named else ([], [spec])
    if left_out is not None:    # what check says of them, without -v or with it (audit has no -v)
        left_out += [s for s in skipped if isinstance(s, (DocumentsLeftOut, XmlLeftOut))]
    if gone:
        _note(missing, spec, f"{spec}: no such file, folder or URL")
    elif not found and os.path.isdir(spec):
        _note(empty, nothing_found(spec, config_for(os.path.join(spec, "_")).path, excluding), None)
    elif not found and named != [spec]:     # a glob whose every match exclude: left out (qa383 #1)
        _note(empty, nothing_found(spec, config_for(os.path.join(_fixed(spec), "_")).path, excluding), None)
    return without_stdout(found)       # `audit . -o out > log.txt`: log.txt is no article (rr51c #1)


def _fixed(spec: str) -> str:
    """The folder a glob starts in, whose config is "the config's" of its
    line: the folders before its first part holding `*`, `?` or `[` ("."
    for none): `drafts` for `drafts/*.md`, `desk` for `desk/*/a.md`."""
    return glob_start(spec) or "."


def read_as_setting(configs):
    """`path` -> whether newslint reads the local file at `path` as a setting,
    so an audit's summary never counts it as an archive file not read
    (qa284 #5, nu57 #5): a static site's config (`sites.MARKERS`: hugo.toml,
    _config.yml; a legacy Hugo config.toml only beside content/ or
    archetypes/, as `sites.generators` takes it; a file of a Hugo config
    directory, `sites.hugo_config_file`: qa296 #1), or a file one of
    `configs` (those the run loaded) reads (`output_targets.in_use`: the
    config file, its Vale config, its rules folders' files, the data files
    its rules name, wherever they lie: qa296 #5). Compared by real path."""
    from ..sites import HUGO_LEGACY_CONFIGS, MARKERS, hugo_config_file

    read = {os.path.realpath(p) for p in in_use(configs)}

    def setting(path: str) -> bool:
        name, folder = os.path.basename(path), os.path.dirname(path)
        if name in MARKERS and (name not in HUGO_LEGACY_CONFIGS or any(
                os.path.isdir(os.path.join(folder, d)) for d in ("content", "archetypes"))):
            return True
        return hugo_config_file(path) or os.path.realpath(path) in read
    return setting


def _note(into: list | None, item, refusal: str | None) -> None:
    if into is None:
        raise PlanError(refusal or item)
    into.append(item)


def excluded_lines(specs: list[str], config_for) -> list[str]:
    """check's lines for the local files named in `specs` that `exclude:`
    left out (`excluded.Excluded`), for an audit left with nothing to read:
    "no sources to audit" named no cause (check says it: "No files linted."),
    or that read nothing after all (`run.run`: a .sgm named beside, qa389 #3).
    The one helper check's lines come from (`skip_notes.skip_lines`), each a
    line of its own, the path spelled as check spells it (qa376 #4); every
    one named, as check -v names them (audit has no -v to name the rest)."""
    from ..formatters import printable
    from ..skip_notes import skip_lines

    skipped: list = []
    urls = [line for spec in specs if "://" in spec and (line := excluded_line(spec, config_for))]
    for spec in specs:
        if "://" not in spec and os.path.isfile(spec):
            expand([spec], config_for, skipped, extensions=ARCHIVE_EXTENSIONS)
    excluded = [s for s in said_when_nothing_linted(skipped) if isinstance(s, Excluded)]
    return [printable(line) for line in skip_lines(excluded, verbose=True)] + urls


def plan(specs: list[str], articles_per_partition: int = 1000,
         files_per_partition: int = 200, config_for=None,
         empty: list[str] | None = None, left_out: list[str] | None = None,
         passed: dict[str, int] | None = None, avoid: frozenset[str] = frozenset()) -> list[Partition]:
    """The partitions for `specs`, in a stable order (same sources, same plan).
    `config_for`, `avoid`: as `sources` takes them (`work.Settings.config_for`). Specs
    where nothing is make the last partition, of kind "missing": its rows are
    their `file.missing` findings, as `check` reports a path where nothing is.
    An empty folder is a line in `empty` (PlanError when not given); PlanError
    when nothing at all is left to audit. An export that cannot be cut in
    slices (malformed XML, an entity declaration) or holds no article (a
    0-byte JSON Lines dump) is a "files" partition: the worker reads it as
    `check` does, so its `file.xml` or `file.empty` row is written and one bad
    export never stops the others."""
    import fsspec

    config_for = config_for or Session().config_for
    parts: list[Partition] = []
    loose: list[str] = []
    missing: list[str] = []
    unreadable: list[tuple[str, str]] = []
    found = sources(specs, config_for, missing, empty, left_out, passed, avoid, unreadable)
    if not found and not missing and not unreadable:
        said = "; ".join([*(empty or ()), *(left_out or ())])
        raise PlanError("\n".join([*([said] if said else []), *passed_over(passed or {}),   # nu73 #5
                                   *excluded_lines(specs, config_for)]) or "no sources to audit")
    for path in found:
        opener = guarded(fsspec, path)      # an archive's member: its faults are MemberUnread
        try:
            fmt = _export_format(opener, path)
            if fmt == "jsonl":
                options = config_for(path).read_options()
                try:
                    cut = [Partition(0, "slice", (path,), "jsonl", (p,), n, earlier=e, said=s, taken=t,
                                     encoding=c, undecoded=u)
                           for p, n, e, s, t, c, u in jsonl_cuts(opener, path, articles_per_partition, options)]
                except Undecodable as exc:      # refused as check refuses it, never read again
                    cut = [Partition(0, "slice", (path,), "jsonl",
                                     undecoded=(exc.offset, exc.message, *exc.place))]
            elif fmt == "wxr":
                cut = [Partition(0, "slice", (path,), "wxr", pieces, n, encoding=c, notices=said)
                       for pieces, n, c, said in wxr_cuts(opener, path, articles_per_partition)]
            else:
                cut = []
        except (PlanError, Unplanned):      # malformed: read whole by a worker, its row as `check` gives it
            cut = []
        except MemberUnread as exc:         # a member of a sound archive that cannot be read: its row (qa403 #2)
            unreadable.append((path, member_fault(path, exc.fault)))
            continue
        # an export with no article in it (a 0-byte nightly dump) or that cannot be cut
        # is read whole too: its file.empty or file.xml row, as in check (qa77 #7, #8)
        parts += cut
        if not cut:
            loose.append(path)
    for i in range(0, len(loose), files_per_partition):
        parts.append(Partition(0, "files", tuple(loose[i:i + files_per_partition])))
    for spec, why in dict.fromkeys(unreadable):     # a damaged archive: its row (qa402 #5)
        parts.append(Partition(0, "unreadable", (spec,), notices=((1, 1, "file.unreadable", "error", why),)))
    if missing:
        parts.append(Partition(0, "missing", tuple(dict.fromkeys(missing))))
    return [_numbered(i, p) for i, p in enumerate(parts)]


def _numbered(i: int, p: Partition) -> Partition:
    spec = json.dumps([p.kind, p.paths, p.fmt, p.pieces])
    key = hashlib.sha256(spec.encode("utf-8")).hexdigest()[:16]
    return replace(p, index=i, key=key)


def describe(parts: list[Partition], config_key: str) -> dict:
    """What `--resume` compares: the same partitions under the same config,
    in a plan of this layout (`inputs.LAYOUT`)."""
    return {"layout": LAYOUT, "config": config_key, "partitions": [asdict(p) for p in parts]}


def _export_format(fsspec, path: str) -> str:
    """"jsonl" or "wxr" for an export cut into slices, else "" (read whole by
    a worker). A local path that is no regular file (a FIFO, a device, a
    symlink loop) is never opened here: read whole, the worker refuses it as
    `check` does (`engine.read_path`)."""
    lower = format_name(path).lower()       # a member's name, not its archive's (qa387 #1)
    local = "://" not in path
    if not lower.endswith((".jsonl", ".ndjson", ".xml")) or local and not _regular(path):
        return ""
    if lower.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    for size in (8192, XML_SCAN):      # further when the root's tag runs past 8 KB, as a walk reads (qa437 #1)
        if local:
            try:
                head = read_head(path, size)
            except OSError:          # gone or swapped since: the worker says which
                return ""
        else:
            with fsspec.open(path, "rb") as f:
                head = f.read(size)
        text = head.decode("utf-8", "replace")
        at = root_at(text)          # once: each question asks of it (qa444 #4)
        if tag_at(text, at) or len(head) < size:
            break
    return "wxr" if name_at(text, at) == "rss" and is_wxr(text, at) else ""


def _regular(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False
