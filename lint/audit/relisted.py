"""What `--resume` does with a source the first run could not read (an
"unreadable" partition: a damaged archive, a member that could not be read)
and this run reads (qa403 #5): the archive was replaced by a sound one, so
its `file.unreadable` row is no longer true. Its partition is audited again
as the files this run finds through it, under the same index and name, where
it was called gone (its spec) and its files added, and its stale row kept.
So is a written partition holding a member a worker could not read and that
reads now (`unread_since`, qa411 #6)."""
from __future__ import annotations

from fnmatch import fnmatchcase

from .member_reads import MemberUnread, guarded
from .plan import Partition
from .url_sources import ARCHIVE_FAULTS, through_archive


def relisted(old: list[Partition], parts: list[Partition]) -> tuple[list[Partition], dict[str, Partition],
                                                                     set[str]]:
    """(the first run's partitions `old`, each "unreadable" one this run's
    plan `parts` reads now made a "files" partition of what it found through
    its source; {source: the partition made}; every path they take, the
    sources too). What
    a source found is told by its chain: a file of `zip://::file:///a.zip`
    is `zip://NAME::file:///a.zip` (`url_sources._chained`: the source's
    chain after its first `::`) under the folder the source names in it
    (or matching its glob), or the source itself when it names one member,
    and then nothing else (qa411 #4: `zip://a.md::Z` took every file of Z
    from `zip://::Z` after it); a path the first run planned elsewhere is
    never taken. A source
    that gives no file now (its archive gone since) keeps its partition."""
    still = {p.paths[0] for p in parts if p.kind == "unreadable"}
    planned = {p for part in old for p in part.paths}
    now = list(dict.fromkeys(p for part in parts if part.kind != "missing" for p in part.paths))
    out, made, taken = list(old), {}, set()
    for i, part in enumerate(old):
        if part.kind != "unreadable" or part.paths[0] in still:
            continue
        spec = part.paths[0]
        found = (spec,) if spec in now else tuple(
            p for p in now if p not in planned and _through(p, spec))
        mine = tuple(p for p in found if p not in taken)
        if not found:       # gone since, or sound with no article file: said as before
            continue
        # all its files an earlier source took (`zip://::Z zip://sub::Z`): its stale row
        # goes and it reads nothing, as a fresh audit finds them once (qa419 #4)
        found = mine
        out[i] = Partition(part.index, "files", found, key=part.key)
        made[spec] = out[i]
        taken |= {spec, *found}
    return out, made, taken


def _through(path: str, spec: str) -> bool:
    """Whether the file URL `path` is one the source URL `spec` finds in an
    archive: the same chain after the first `::` and protocol, its member
    under the folder `spec` names there (`zip://sub::Z`; the archive's root
    for `zip://::Z`) or matching its glob (a folder it matches: the files
    below it)."""
    head, _, tail = spec.partition("::")
    first, _, rest = path.partition("::")
    if not tail or rest != tail or first.partition("://")[0] != head.partition("://")[0]:
        return False
    member, inside = first.partition("://")[2], head.partition("://")[2].strip("/")
    if any(c in inside for c in "*?["):         # a glob ending '/' matches folders only, as fsspec's
        return _globbed(member, inside, folders=head.partition("://")[2].endswith("/"))
    return not inside or member.startswith(inside + "/")


def _globbed(member: str, pattern: str, folders: bool = False) -> bool:
    """Whether fsspec's glob `pattern` finds the archive member `member`: it
    or a folder above it matches, part by part, a `*`, `?` or `[...]` never
    crossing a `/` (qa419 #4: fnmatch's `*` did, so `zip://*.md::Z` took
    sub/e.md, which fsspec's glob does not match); a part that is `**`
    stands for any number of folders, none too, as in fsspec's glob
    (`**/*.md` finds the root's a.md; `**/a*.md` no sub/x/ab/c.md: qa428 #6).
    `folders`: the glob was written with a closing `/` (`**/`, `*/`), which
    fsspec matches to folders alone, so only a folder above it may match
    (qa437 #3: `zip://**/::Z` took the root's a.md)."""
    parts, names = pattern.split("/"), member.split("/")
    return any(_parts_match(names[:k], parts) for k in range(1, len(names) + (not folders)))


def _parts_match(names: list[str], parts: list[str]) -> bool:
    """Whether the path parts `names` are matched whole by the glob parts
    `parts`, each by `fnmatchcase` but `**`, which takes any number of them."""
    if not parts:
        return not names
    if parts[0] == "**":
        return any(_parts_match(names[i:], parts[1:]) for i in range(len(names) + 1))
    return bool(names) and fnmatchcase(names[0], parts[0]) and _parts_match(names[1:], parts[1:])


def without(partitions: list, paths: set[str]) -> list:
    """A plan's partitions (as `_plan.json` holds them) with `paths` left out
    of each, a partition left empty by it dropped and none numbered: what
    else must match for a resume when `relisted` took `paths`."""
    if not paths:
        return partitions
    out = []
    for d in partitions:
        if isinstance(d, dict):     # numbered again: the partitions after a dropped one move up
            d = {k: v for k, v in d.items() if k != "index"}
            if any(p in paths for p in d.get("paths", ())):
                d["paths"] = [p for p in d.get("paths", ()) if p not in paths]
                if not d["paths"]:
                    continue
        out.append(d)
    return out


def unread_since(fs, root: str, old: list[Partition], written: set[str]) -> list[str]:
    """The archive members of the first run's written "files" partitions
    (`written`: their `part-NNNNN.parquet` names in the output folder `root`
    of file system `fs`) whose rows there hold their `file.unreadable` row
    (a worker could not read them: a bad CRC-32) and that read whole now:
    an archive restored since keeps its members' sizes and dates, so no
    stamp tells it (qa411 #6). Only a partition holding a member is looked
    into, its rows of that rule alone; one that cannot be read is left to
    `output._readable`."""
    import fsspec
    import pyarrow.parquet as pq

    out: list[str] = []
    for part in old:
        members = [p for p in part.paths if "://" in p and through_archive(p)]
        if part.kind != "files" or not members or f"{part.name()}.parquet" not in written:
            continue
        try:
            with fs.open(f"{root}/{part.name()}.parquet", "rb") as f:
                rows = pq.read_table(f, columns=["path"], filters=[("rule", "==", "file.unreadable")])
        except (OSError, ValueError):       # ArrowInvalid is a ValueError
            continue
        said = set(rows.column("path").to_pylist())
        out += [p for p in members if p in said and _reads(fsspec, p)]
    return out


def _reads(fsspec, path: str) -> bool:
    """Whether the member URL `path` opens and reads to its end."""
    try:
        with guarded(fsspec, path).open(path, "rb") as f:
            while f.read(1 << 22):
                pass
    except (MemberUnread, *ARCHIVE_FAULTS):
        return False
    return True
