"""An audit's URL sources, found through fsspec (any protocol it knows:
`s3://`, `memory://`, `file://`, an archive's `zip://::file:///a.zip`) as
a local path's are (`plan.sources`): a folder walked with check's folder
rules (`files.trim`), a glob expanded, a file named, each leaving out what
`exclude:` matches with the one matcher a local walk uses: a `file://`
file by its local path (`files.is_excluded`), a remote one by its path
under the folder the URL names or the glob starts in
(`excluded.url_excluded`). Nothing here imports Dask."""
from __future__ import annotations

import os
import re
import tarfile
import zipfile
import zlib

from ..excluded import exclude_clauses, url_excluded
from ..files import is_excluded, trim
from ..readers import ARCHIVE_EXTENSIONS
from ..walk_xml import READ, XmlFolder, XmlLeftOut, is_xml_name, sniff
from .tar_listing import cut_short

MISSING = "missing"         # `url_sources`' why: nothing is where the URL points
# what listing a URL through a damaged or missing archive raises (qa402 #5): a truncated
# zip's BadZipFile, a tar's TarError, a cut .gz's EOFError, a bad stream's zlib.error
ARCHIVE_FAULTS = (zipfile.BadZipFile, tarfile.TarError, EOFError, zlib.error, OSError, ValueError)


def url_sources(spec: str, config_for, over: list[str] | None = None,
                cut: list[str] | None = None, xml: list | None = None) -> tuple[list[str], str | None]:
    """(the URLs of the files URL `spec` names, why it gives none). A URL
    where something is is that file or folder, never a glob (`desk [2019]`);
    a folder is walked (`_walk`); a glob's matches are kept, a folder among
    them walked, but for hidden ones (`_shown`) and what `exclude:` matches
    (`config_for(url)`: the config that applies), as a local glob's are
    (qa384 #2); a `file://` file `exclude:` matches is left out, as the
    same file named by its path is (qa384 #4; `excluded_line` says it). A
    `file://` URL's path is decoded (`%20`, as `Path.as_uri()` spells a
    space) when no file has the name as spelt (qa384 #8). Why: None (files
    found, or one named file left out), `MISSING`, or the line for a folder
    or glob that gave no file (`nothing_found`). The files passed over
    (neither article nor export files, not hidden, not excluded) go to
    `over`, each once, a `file://` folder's by local path (for the caller
    to leave out the settings newslint read, qa384 #5), a remote one's by
    URL; a file the glob names is found, never passed over, however many
    of its folders the glob walks again (`**`: qa387 #6). A tar whose
    listing stops at a damaged member header gives the members listed
    before it and its `file.unreadable` message to `cut`
    (`tar_listing.cut_short`, qa411 #3), a member named in it too when
    that member is not found. Each walked folder whose `.xml` a walk left
    out goes to `xml` (`walk_xml.XmlLeftOut`, named by URL, the chain its
    `tail`), as a local walk's (qa428 #1)."""
    import fsspec

    fs, spelt = fsspec.core.url_to_fs(spec)
    said = cut_short(fs) if cut is not None else None    # said unless the file named is found
    local = _local_fs(fs)
    path = _decoded(fs, spelt) if local else spelt

    def config(p: str):
        return config_for(_named(spec, fs, p))

    def left_out(p: str, c, base: int) -> bool:
        return is_excluded(p, c) if local else url_excluded(p[base:], c)
    excluding: set = set()
    walked: list[str] = []      # the files the walks passed over, by path, perhaps more than once
    held: list = []             # each walked folder's .xml left out (`XmlLeftOut`, by fs path)
    if globbed(spec) and not fs.exists(path):     # an object named `desk [2019]` is itself
        matches = fs.glob(path, detail=True)
        if not matches:
            _add(cut, said)
            return [], MISSING
        start = glob_start(path)
        base, found = _below(fs, start), []
        for p, info in sorted(matches.items()):
            if not _shown(p[base:], path[base:]):
                continue
            if info.get("type") == "directory":
                found += _walk(fs, p, config, left_out, walked, excluding, base, held)
            elif left_out(p, c := config(p), base):
                excluding.add(c.path)
            else:
                found.append(p)
        own = f"{start.rstrip('/')}/_"
    elif fs.isdir(path):
        found = _walk(fs, path, config, left_out, walked, excluding, _below(fs, path), held)
        own = f"{path.rstrip('/')}/_"
    elif fs.exists(path):
        if local and is_excluded(path, config(path)):
            return [], None
        return [spec if path == spelt else _named(spec, fs, path)], None
    else:
        _add(cut, said)
        return [], MISSING
    _add(cut, said)
    if xml is not None:         # by URL, the chain after (`zip://sub/*.xml::file:///a.zip`)
        tail = spec[spec.find("::"):] if "::" in spec else ""
        xml += [XmlLeftOut(_named(spec, fs, h.path), tuple(_named(spec, fs, f) for f in h.files), h.kinds, tail)
                for h in held]
    if over is not None:        # a remote file by its URL, an archive's with its chain (`::file:///a.zip`)
        kept = set(found)
        over += [p if local else _chained(spec, fs, p) for p in dict.fromkeys(walked) if p not in kept]
    if not found:
        return [], nothing_found(spec, config(own).path, excluding)
    return [_chained(spec, fs, p) for p in sorted(found)], None


def _add(cut: list[str] | None, said: str | None) -> None:
    if said:
        cut.append(said)


def through_archive(spec: str) -> bool:
    """Whether URL `spec` is read through an archive (a layer whose file
    system is fsspec's `AbstractArchiveFileSystem`: zip://, tar://). Each
    layer's protocol is looked up as `fsspec.core.url_to_fs` looks it up, so
    one fsspec does not know raises its ValueError and one whose package is
    missing its ImportError here, before any file is opened."""
    import fsspec
    from fsspec.archive import AbstractArchiveFileSystem
    from fsspec.core import split_protocol

    through = False
    for layer in spec.split("::"):      # as fsspec splits a chain: at every `::`
        protocol = layer if re.fullmatch("[a-z][a-z0-9]*", layer) else split_protocol(layer)[0]
        if protocol and issubclass(fsspec.get_filesystem_class(protocol), AbstractArchiveFileSystem):
            through = True
    return through


def unlisted(exc: Exception) -> str:
    """The `file.unreadable` message for an archive `ARCHIVE_FAULTS` `exc`
    kept from being listed, on one line: "cannot read archive: File is not
    a zip file"."""
    said = " ".join(str(getattr(exc, "strerror", None) or exc).split()) or type(exc).__name__
    return f"cannot read archive: {said}"


def excluded_line(spec: str, config_for) -> str | None:
    """check's "skipped ... (matched by exclude: ...)" line for a `file://`
    URL naming a file `exclude:` leaves out, else None: said when an audit
    is left with nothing to read, as a local path's is (`plan.excluded_lines`)."""
    import fsspec

    from ..excluded import Excluded

    try:
        fs, path = fsspec.core.url_to_fs(spec)
    except ARCHIVE_FAULTS:      # a damaged archive: no file of it is named, its row says why
        return None
    if not _local_fs(fs) or not fs.isfile(path := _decoded(fs, path)):
        return None
    config = config_for(spec)
    return Excluded(spec, config.path).line() if is_excluded(path, config) else None


def nothing_found(spec: str, own: str | None, excluding: set) -> str:
    """The line for a folder or glob `spec` that gave the walk no file, with
    what `exclude:` left out (`excluded.exclude_clauses`: `own`, the config
    of the folder named, is "the config's"), as check's "no article files to
    lint here" says it."""
    said = exclude_clauses(own, excluding) if excluding else ""
    return f"{spec}: no article or export files found" + (f" ({said[2:]})" if said else "")


def globbed(spec: str) -> bool:
    """Whether `spec` holds a glob character (`*`, `?`, `[`)."""
    return any(c in spec for c in "*?[")


def glob_start(spec: str) -> str:
    """The folder a glob starts in: the folders before its first part
    holding `*`, `?` or `[` ("" for none): `drafts` for `drafts/*.md`,
    `desk` for `desk/*/a.md`."""
    return os.path.dirname(spec[:min(i for i in (spec.find(c) for c in "*?[") if i >= 0)])


def _shown(rel: str, pattern: str) -> bool:
    """Whether Python's glob, which a local glob source is expanded with,
    gives the match `rel` of `pattern` too (both under the folder the glob
    starts in): a wildcard matches no hidden name (`.newslint.yaml`) unless
    the pattern spells its dot, where fsspec's glob matches every name."""
    names, parts = rel.split("/"), pattern.split("/")
    if len(names) != len(parts):        # `**`: any part spelling a dot
        return not any(n.startswith(".") for n in names) or any(p.startswith(".") for p in parts)
    return all(not n.startswith(".") or p.startswith(".") for n, p in zip(names, parts))


def _walk(fs, top: str, config_for, left_out, passed: list[str], excluding: set, base: int,
          held: list) -> list[str]:
    """A URL folder's article and export files, walked as a local folder is
    (`files.trim`; an `.xml` only when news by its root, `walk_xml`), leaving out what `left_out(path, config, base)` says
    `exclude:` matches (`base`: how many characters of a path name the
    folder its patterns are read from); `excluding` gets each such config's
    path and `passed` the other files' paths, as `files.expand` does
    (qa383 #3), and `held` each folder's .xml left out (`XmlLeftOut`)."""
    found = []
    for root, dirs, names in fs.walk(top):
        trim(root, dirs, names, config_for)
        xml = XmlFolder(root, lambda p: _xml_kind(fs, p))
        for n in sorted(names):
            if n.startswith("."):
                continue
            path = f"{root.rstrip('/')}/{n}" if root.strip("/") else f"{fs.root_marker}{n}"
            config = config_for(path)
            excluded = bool(left_out(path, config, base))
            if is_xml_name(n):          # read as a local walk reads it (`walk_xml.READ`: nu73 #2, qa428 #2)
                kind = xml.take(path, config, excluded, excluding)
                if kind in READ:
                    found.append(path)
                elif kind:
                    passed.append(path)
            elif excluded:
                if n.lower().endswith(ARCHIVE_EXTENSIONS):
                    excluding.add(config.path)
            elif n.lower().endswith(ARCHIVE_EXTENSIONS):
                found.append(path)
            else:
                passed.append(path)
        if left := xml.left_out():
            held.append(left)
    return sorted(found)


def _xml_kind(fs, path: str) -> str:
    """What a walked `.xml` file of `fs` is by its first bytes (`walk_xml.sniff`):
    a `file://` one's as a local walk tells it (a FIFO never opened), any
    other's read through fsspec; one that cannot be read is `UNREADABLE`."""
    if _local_fs(fs):
        return sniff(path)

    def read(n: int) -> bytes:
        with fs.open(path, "rb") as f:
            return f.read(n)
    return sniff(path, read, ARCHIVE_FAULTS)


def _below(fs, top: str) -> int:
    """How many characters of a path walked under `top` name `top`: its
    paths below it start there. A filesystem's root ('' in a zip:// or
    tar:// archive, '/' in memory://) is its `root_marker`, which may be ''
    (qa384 #6: 'sub/b.md' was matched as 'ub/b.md')."""
    return len(top.rstrip("/")) + 1 if top.strip("/") else len(fs.root_marker)


def _local_fs(fs) -> bool:
    from fsspec.implementations.local import LocalFileSystem

    return isinstance(fs, LocalFileSystem)


def _decoded(fs, path: str) -> str:
    """A `file://` URL's path as the file system names it: percent-decoded
    as a file URL is (RFC 8089, `urllib.request.url2pathname`), which fsspec
    does not do, unless a file (or a glob's match) has the name as spelt."""
    from urllib.request import url2pathname

    plain = url2pathname(path)
    if plain == path or fs.exists(path) or globbed(path) and fs.glob(path):
        return path
    return plain


def _named(spec: str, fs, path: str) -> str:
    """The URL of `path` of `fs`, which `spec` reached."""
    return fs.unstrip_protocol(path)


def _chained(spec: str, fs, path: str) -> str:
    """The URL that opens `path` of `fs` again: `_named`, with the chain of
    `spec` after its first `::` (`zip://sub/b.md::file:///a.zip`), which a
    file of an archive is opened through (qa384 #7: `zip://sub/b.md` alone
    opened the current folder, "Is a directory")."""
    return _named(spec, fs, path) + (spec[spec.find("::"):] if "::" in spec else "")
