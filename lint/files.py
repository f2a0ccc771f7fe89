"""Which files to lint: walk folders by extension, honour gitignore-style excludes."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .config import Config
from .plural import counted
from .readers import DOCUMENTS, EXTENSIONS, SAVE_AS
from .excluded import Excluded, exclude_spec as _spec
from .readers._own_reports import DOCUMENTS_LEFT_OUT
from .regular_files import missing_message  # noqa: F401  (the file list's word, read from here)
from .walk_paths import join, plain
from .walk_skips import skipped_dir
from .walk_xml import READ, XmlFolder, XmlLeftOut, is_xml_name

if TYPE_CHECKING:
    from .engine import FileResult
    from .sites import Skipped

# `sites` (static-site generators' folders) is imported where a folder is
# walked or --force-exclude asks: a run over named files never needs it.


def is_excluded(path: str, config: Config) -> bool:
    if not config.exclude:
        return False
    rel = os.path.relpath(os.path.abspath(path), config.root or os.getcwd())
    if rel.startswith(".."):
        return False
    return _spec(config.exclude).match_file(rel.replace(os.sep, "/"))


def left_out(name: str, config_for) -> str | None:
    """Why `--force-exclude` leaves out the article read from stdin as `name`
    (`--stdin-filename`), or None to lint it: the config's `exclude:` matches
    the name, or it is in a site's generator folder or the StylesPath (`sites.holder`).
    As ruff's, this looks at the name only; the file need not exist."""
    if is_excluded(name, config_for(name)):
        return Excluded(name, config_for(name).path).line(f"stdin as {name}")
    from .sites import holder

    held = holder(name, config_for, {})
    return held.line(f"stdin as {name}") if held else None


def trim(root: str, dirs: list[str], names: list[str], config_for,
         below: dict | None = None) -> list[Skipped]:
    """One step of a folder walk (os.walk's or fsspec's `walk`, top down):
    sort `dirs` and drop from it, in place, version-control, dependency and
    hidden folders (`walk_skips`, which --force-exclude shares), the Vale StylesPath (`styles_folder`), and a static site's
    generator folders from `dirs` and its repository documents from `names`
    (`sites.prune`); returns what was left out. `check` and `audit` both walk
    with it; `below` carries a site's deeper folders down one walk (`sites.prune`)."""
    from .sites import prune
    from .styles_folder import prune_styles

    dirs[:] = sorted(d for d in dirs if skipped_dir(d) is None)
    return [*prune_styles(root, dirs, config_for), *prune(root, names, dirs, config_for, below, walked=_walked)]


def _walked(name: str) -> bool:
    return name.lower().endswith(EXTENSIONS)


def tally(counts: dict[str, int], name: str) -> None:
    """Count the file `name` under its extension in `counts` (".ann"; lower
    case; "" for none)."""
    ext = os.path.splitext(name)[1].lower()
    counts[ext] = counts.get(ext, 0) + 1


def most_first(counts: dict[str, int]) -> list[tuple[str, int]]:
    """`counts`' (extension, count) pairs, most first, then by extension."""
    return sorted(counts.items(), key=lambda c: (-c[1], c[0]))


class DocumentsLeftOut:
    """The word-processor and PDF files (`DOCUMENTS`) of a whole walk, which
    no reader reads: one line per run, said without -v, counting them by
    extension and saying how to hand them in (nu29 #1: a class's story.docx
    dropped out of the report and its JSON without a word). A walk never
    opens them; their names alone tell them."""

    def __init__(self, files: list[str]):
        self.files = files      # as walked, in walk order; the config's exclude: leaves them in

    def line(self, shown: str | None = None) -> str:
        """e.g. `left out 3 word-processor or PDF files (2 .docx, 1 .pdf: class/a.docx,
        ...): newslint reads ...; save each as Plain Text (.txt) ...`; `shown` is unused
        (the line names files, not one folder)."""
        counts: dict[str, int] = {}
        for f in self.files:
            tally(counts, f)
        kinds = ", ".join(f"{n} {ext}" for ext, n in most_first(counts))
        named = ", ".join(self.files[:MAX_NAMED]) + (", ..." if len(self.files) > MAX_NAMED else "")
        total = counted(len(self.files), "word-processor or PDF file")
        each = SAVE_AS.replace("save it", "save each", 1)
        return DOCUMENTS_LEFT_OUT.format(total=total, kinds=kinds, named=named, each=each)


MAX_NAMED = 3       # files `DocumentsLeftOut.line` names; the rest are counted


def shown(skipped: list) -> list:
    """What a walk left out that is worth a line: all but a folder's .xml
    files of which none may be copy."""
    return [s for s in skipped if not isinstance(s, XmlLeftOut) or s.count]


def said_always(skipped: list) -> list:
    """What is said even without -v: the walk's word-processor and PDF files
    (`DocumentsLeftOut`), a path named that `--force-exclude` left out
    (`named`; nu63 #2) and a folder's .xml files when the walk could not tell
    one's root (`XmlLeftOut.late`: no file dropped without a word, nu75 #1).
    A folder's news .xml is read, never left out (`walk_xml`)."""
    return [s for s in skipped if isinstance(s, DocumentsLeftOut) or getattr(s, "named", False)
            or isinstance(s, XmlLeftOut) and s.late]


def cwd_gone() -> str | None:
    """The one line for a run started in a folder that was since deleted (a shell
    left in a removed checkout): `os.getcwd` raises FileNotFoundError, and paths,
    config lookup and the report's relative names all need it. None when it is there."""
    try:
        os.getcwd()
    except FileNotFoundError:
        return "the current folder no longer exists (deleted or moved); cd to a folder that exists"
    return None


def _exists(path: str) -> bool:
    """False only when nothing is there; a path that cannot be looked at exists."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError, ValueError):   # ValueError: a NUL in the name
        return False
    except OSError:                  # EACCES, ELOOP, ENAMETOOLONG: there, but not readable
        return True
    return True


def _keep(path: str, config_for, files: list[str], excluding: set | None = None,
          named: list | None = None, said: bool = True) -> None:
    config = config_for(path)
    if not is_excluded(path, config):
        files.append(path)
        return
    if excluding is not None:
        excluding.add(config.path)
    if named is not None:
        named.append(Excluded(path, config.path, said))


def expand(paths: list[str], config_for, skipped: list[Skipped] | None = None,
           force_exclude: bool = False, excluding: set | None = None,
           extensions: tuple[str, ...] = EXTENSIONS,
           passed: list[str] | None = None,
           avoid: frozenset[str] = frozenset()) -> tuple[list[str], list[str]]:
    """(files to lint, missing paths). Folders are walked for `extensions`
    (default the article files' own) and for `.xml` whose root is a news
    format (`walk_xml`; any other .xml is left out, in `skipped` and `passed`);
    files named explicitly are linted whatever their extension. Below a static
    site's root, in the walk or above the folder named (`sites.above`), the
    generator's templates and build output are left out (`sites.prune`; each
    is added to `skipped` when given); a path named here
    is linted even inside them, unless `force_exclude`. A folder that
    cannot be listed, and a named path that exists but cannot be looked at (no
    permission, a symlink loop), is kept as a file: reading it gives a
    `file.unreadable` finding instead of being skipped without a word. A named
    path where nothing is (a file `git diff --name-only` lists as deleted, a
    typo) is returned in `missing`, unless the config's `exclude:` matches it
    or, with `force_exclude`, it lies in a site's folder: as it would be if it
    were there. `missing_results` reports them. `excluding`, when given, gets
    the path of each config whose `exclude:` left out an article file (None:
    one given on the command line), for the hint of a run with nothing to lint.
    `passed`, when given, gets the paths of the files of the walked folders
    that are not of `extensions`, not hidden and not left out by `exclude:`:
    an audit's summary counts those that are no setting newslint read
    (`audit.plan.sources`). `avoid`: real
    paths of folders a walk does not enter (an audit's own `--output` inside
    the folder it audits: qa124 #5)."""
    files, missing, documents = [], [], []
    listed: dict = {}
    for path in map(plain, paths):
        # with --force-exclude a path in a site's build output or templates is left out, there
        # or not, as a missing path `exclude:` matches is (it was a file.missing error)
        held = None
        if force_exclude:
            from .sites import holder
            held = holder(path, config_for, listed)
        if held:
            if skipped is not None:
                skipped.append(held)
        elif os.path.isdir(path):
            from .sites import above

            unlisted: list[OSError] = []
            below = above(path, config_for, listed)     # a site root above the folder
            for root, dirs, names in os.walk(path, onerror=unlisted.append):
                root = plain(root)
                while unlisted:           # os.walk reports a folder it could not list here
                    _keep(plain(unlisted.pop().filename), config_for, files)
                pruned = trim(root, dirs, names, config_for, below)
                if avoid:
                    dirs[:] = [d for d in dirs if os.path.realpath(os.path.join(root, d)) not in avoid]
                if skipped is not None:
                    skipped.extend(s._replace(path=plain(s.path)) for s in pruned)
                xml = XmlFolder(root)
                for name in sorted(names):
                    if is_xml_name(name):       # read when news by its root (or to say why not: READ)
                        where = join(root, name)
                        kind = xml.take(where, config := config_for(where), is_excluded(where, config), excluding)
                        if kind in READ:
                            files.append(where)
                        elif kind and passed is not None and not name.startswith("."):
                            passed.append(where)
                        continue
                    if name.lower().endswith(extensions):
                        _keep(join(root, name), config_for, files, excluding)
                        continue
                    # what was left out, for a caller that asks; one the config's exclude:
                    # leaves out is no file to name or count
                    is_document = skipped is not None and name.lower().endswith(DOCUMENTS)
                    counted = passed is not None and not name.startswith(".")
                    if (is_document or counted) and not is_excluded(
                            where := join(root, name), config_for(where)):
                        if is_document:
                            documents.append(where)
                        if counted:
                            passed.append(where)
                if skipped is not None and (left := xml.left_out()):
                    skipped.append(left)
            for exc in unlisted:
                _keep(plain(exc.filename), config_for, files)
        elif _exists(path):     # one exclude: leaves out: said always under --force-exclude (nu62 #3), else by -v
            _keep(path, config_for, files, excluding, skipped, force_exclude)   # or when nothing is linted (nu67)
        elif not is_excluded(path, config_for(path)):   # as it would be if it were there
            missing.append(path)
    if documents:           # one line for the whole walk
        skipped.append(DocumentsLeftOut(documents))
    if skipped is not None:
        _named_xml(skipped, files)
    return unique(files), missing


def _named_xml(skipped: list, files: list[str]) -> None:
    """Drop from each folder's `XmlLeftOut` the .xml files also named on the
    command line (`check mix mix/*.xml`): those are linted, so neither
    skipped nor counted (nu54 #3); a folder left with none is dropped."""
    named = {file_identity(f) for f in files if is_xml_name(f)}
    if not named:
        return
    for i, left in enumerate(skipped):
        if isinstance(left, XmlLeftOut):
            skipped[i] = left.without(named, file_identity)
    skipped[:] = [s for s in skipped if not isinstance(s, XmlLeftOut) or s.files]


def unique(paths: list[str], urls: bool = False) -> list[str]:
    """`paths` in order, each file once, the first name kept (`file_identity`):
    `expand`'s last step, and the audit's over all its sources (qa101 #5).
    With `urls` (the audit's), a URL (`://`) is told by its spelling."""
    seen, out = set(), []
    for path in paths:
        key = ("url", path) if urls and "://" in path else file_identity(path)
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out


def file_identity(path: str) -> tuple:
    """What tells one file from another whatever it is named by: its device and
    inode, so `dd` and `/abs/dd/f.md`, `../x/f.md` or a symlink to it are one
    file (qa90 #2: it was linted twice, and `--diff` gave a patch that does not
    apply); a path that cannot be looked at is told by its resolved name.
    A file with hard links (`st_nlink` > 1: `cp -al`, `rsync --link-dest`) is
    told by its resolved name too, so each name is linted and reported, as
    ruff and Vale do (qa92 #5: the second name was dropped without a word);
    `--fix` writes such a file in place (`writer.write_atomic`, `keep_links`)."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return ("path", os.path.realpath(path))
    if st.st_nlink > 1:
        return ("inode", st.st_dev, st.st_ino, os.path.realpath(path))
    return ("inode", st.st_dev, st.st_ino)


def missing_results(paths: list[str], config_for) -> list[FileResult]:
    """The results of named paths where nothing is (`expand`'s `missing`): one
    `file.missing` error at 1:1 each, and the run goes on with the other
    paths, as ruff's and flake8's `E902 No such file or directory` does (so a
    finding: exit 1 at the default --fail-level; `--ignore file.missing` for a
    list of changed files that names deleted ones). A symlink whose target is
    gone says so. It is said whatever `select:` picks (`Config.reports`). A
    path whose config ignores file.missing gives no
    result at all, not an empty one: nothing was linted there, so the report
    never counts it as a file linted ("No problems found." about nothing)."""
    from .diagnostic import Diagnostic
    from .engine import FileResult

    results = []
    for path in paths:
        config = config_for(path)
        if not config.reports("file.missing"):
            continue
        level = config.level_for("file.missing") or "error"
        results.append(FileResult(path, [Diagnostic(path, 1, 1, 1, 1, "file.missing", level,
                                                     missing_message(path))]))
    return results
