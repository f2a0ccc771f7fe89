"""Static-site generators' own folders, which a folder walk skips.

At the root of a Jekyll, Hugo or Eleventy site the articles sit beside the
generator's templates (`_layouts/`, `layouts/`, `archetypes/`) and its build
output (`_site/`, `public/`: a second copy of every article, so every finding
would be reported twice). A folder is a site root when it holds the
generator's config file; the folder names are each generator's defaults:

- Jekyll (jekyllrb.com/docs/structure, /configuration/options "exclude"):
  `_config.yml|yaml|toml`; `_site` (or the config's `destination`),
  `_layouts`, `_includes` (or its `layouts_dir`, `includes_dir`; all inside
  its `source` folder when it sets one), `.jekyll-cache`, `vendor`
  (Bundler's gems; excluded by Jekyll itself).
- Hugo (gohugo.io/getting-started/directory-structure): `hugo.toml|yaml|yml|json`,
  or `config.toml|yaml|yml|json` beside `content/` or `archetypes/`, or
  `config/_default/` or `config/production/`; `public` (publishDir, or the
  configs' own `publishDir`, merged as a production build merges them:
  many sites publish to `docs/` for GitHub Pages), `resources` (resourceDir),
  `layouts` (layoutDir), `archetypes` (archetypeDir: templates for new
  content), `themes` (themesDir): each setting read and merged as publishDir is.
- Eleventy (11ty.dev/docs/config "Default filenames"): `.eleventy.js`,
  `eleventy.config.js|cjs|mjs`; `_site` (output), `_includes`, `_layouts`
  (the usual `dir.layouts`), `node_modules`. An output folder, or an input
  folder (which holds `_includes` and `_layouts`), set in the JavaScript
  config as a plain string replaces the default (`site_config`, never run).

A site root's own repository documents (README, LICENSE, CHANGELOG,
CONTRIBUTING, ... in any case and with any extension: `REPO_DOCUMENTS`) are
left out of the walk too, unless they open with front matter: they describe
the code, not the news (Hugo renders only `content/`; Jekyll renders no
Markdown without front matter, and a README.md with it is a page: GitHub
Pages' jekyll-readme-index makes it the home page).

A folder named for a walk inside a site (`src/`, Eleventy's input) has its
generator folders left out too, from the config above it (`above`).
Config `site-folders: false` turns this off; a path named on the command line
is linted even inside such a folder, unless `check --force-exclude` (as ruff's,
for pre-commit, which names every staged file) says otherwise (`holder`).
The language server asks `holder` of every buffer, so an editor shows nothing
on a file `check .` and the hooks leave out (nu58 #3).
"""
from __future__ import annotations

import os
import posixpath
from typing import TYPE_CHECKING, NamedTuple

from .site_config import config_folders, eleventy_dirs
from .walk_paths import plain

if TYPE_CHECKING:
    from .styles_folder import StylesLeftOut

JEKYLL = {"_site": "build output", "_layouts": "templates", "_includes": "templates",
          ".jekyll-cache": "build cache", "vendor": "Bundler's gems"}
HUGO = {"public": "build output", "resources": "build cache", "layouts": "templates",
        "archetypes": "templates for new content", "themes": "themes"}
# the config keys that move a default folder (`config_folders`): Hugo's, read as Hugo matches them
# (any case), and Jekyll's
HUGO_DIRS = {"publishDir": "public", "resourceDir": "resources", "layoutDir": "layouts",
             "archetypeDir": "archetypes", "themesDir": "themes"}
JEKYLL_DIRS = ("destination", "source", "layouts_dir", "includes_dir")
ELEVENTY = {"_site": "build output", "_includes": "templates", "_layouts": "templates",
            "node_modules": "npm packages"}

JEKYLL_CONFIGS = ("_config.yml", "_config.yaml", "_config.toml")
HUGO_CONFIGS = ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json")
HUGO_LEGACY_CONFIGS = ("config.toml", "config.yaml", "config.yml", "config.json")
HUGO_CONFIG_DIRS = ("_default", "production")    # under config/: `hugo` builds for production
HUGO_CONFIG_FORMATS = (".toml", ".yaml", ".yml", ".json")
ELEVENTY_CONFIGS = (".eleventy.js", "eleventy.config.js", "eleventy.config.cjs",
                    "eleventy.config.mjs")
MARKERS = frozenset(JEKYLL_CONFIGS + HUGO_CONFIGS + HUGO_LEGACY_CONFIGS + ELEVENTY_CONFIGS)
# The file names (before the first ".", any case, "-" as "_") of a repository's own
# documents, as GitHub's community profile and the common licence files name them;
# not names a newsroom's site also gives its pages (authors, history, support).
REPO_DOCUMENTS = frozenset({"readme", "license", "licence", "copying", "changelog",
                            "contributing", "code_of_conduct"})
REPO_ROLE = "repository document"


def hugo_config_file(path: str) -> bool:
    """Whether `path` is a file of a Hugo config directory that `hugo`
    reads (`config/_default/params.toml`, `config/production/hugo.yaml`: its
    config formats, in the `HUGO_CONFIG_DIRS` `hugo_folders` reads;
    gohugo.io/configuration/introduction "Configuration directory")."""
    env = os.path.dirname(path)
    return (os.path.basename(env) in HUGO_CONFIG_DIRS and os.path.basename(os.path.dirname(env)) == "config"
            and os.path.splitext(path)[1].lower() in HUGO_CONFIG_FORMATS)


def repo_document(name: str) -> bool:
    """Whether a file name is a repository document's (README.md, LICENSE, code-of-conduct.md)."""
    return name.split(".", 1)[0].lower().replace("-", "_") in REPO_DOCUMENTS


def left_out_document(path: str) -> bool:
    """Whether a file at a site root is a repository document a walk leaves
    out: its name is one (`repo_document`) and it does not open with front
    matter (`---`), as a generator's page does. One that cannot be read is
    left out; a FIFO or a device is never opened (`read_head`)."""
    if not repo_document(os.path.basename(path)):
        return False
    from .regular_files import read_head
    try:
        head = read_head(path, 6)
        return not head.removeprefix(b"\xef\xbb\xbf").startswith(b"---")
    except OSError:
        return True


class Skipped(NamedTuple):
    """One folder a walk left out (`path` as walked, ending in a separator), a
    site root's repository document it left out (`REPO_ROLE`), or a named
    path `--force-exclude` left out; and why."""
    path: str
    generator: str      # "Jekyll", "Hugo" or "Eleventy"
    role: str           # "build output", "templates", ...
    marker: str         # the config file (or folder) that makes its parent a site root
    named: bool = False  # a path named on the command line, left out by --force-exclude

    def line(self, shown: str | None = None) -> str:
        """One line for `check -v`, naming what was skipped as `shown` (default
        its path; "stdin as x.md" for an article read from stdin)."""
        undo = "drop --force-exclude" if self.named else "name it"
        from .readers._own_reports import SITE_FOLDER

        return SITE_FOLDER.format(path=shown or self.path, generator=self.generator, role=self.role,
                                  marker=self.marker, undo=undo)


def generators(root: str, names: list[str], dirs: list[str]) -> list[tuple[str, str, dict]]:
    """(generator, marker, {folder: role}) for each generator whose config is in
    `root` (its file `names` and sub-folder `dirs`, as os.walk lists them).
    Costs one set test per folder unless a config name is there."""
    if "config" not in dirs and MARKERS.isdisjoint(names):
        return []
    files = set(names)
    found = []
    marker = next((n for n in JEKYLL_CONFIGS if n in files), None)
    if marker:
        found.append(("Jekyll", marker, jekyll_folders(config_folders(os.path.join(root, marker), JEKYLL_DIRS))))
    marker = next((n for n in HUGO_CONFIGS if n in files), None)
    if not marker and ("content" in dirs or "archetypes" in dirs):
        marker = next((n for n in HUGO_LEGACY_CONFIGS if n in files), None)
    if not marker and "config" in dirs:
        marker = next((os.path.join("config", env) + os.sep for env in HUGO_CONFIG_DIRS
                       if os.path.isdir(os.path.join(root, "config", env))), None)
    if marker:
        found.append(("Hugo", marker, hugo_folders(root, marker, "config" in dirs)))
    marker = next((n for n in ELEVENTY_CONFIGS if n in files), None)
    if marker:
        found.append(("Eleventy", marker, eleventy_folders(eleventy_dirs(os.path.join(root, marker)))))
    return found


def hugo_folders(root: str, marker: str, config_dir: bool = False) -> dict[str, str]:
    """Hugo's {folder: role}, each folder its config moves (`HUGO_DIRS`:
    `publishDir` for `public`, `layoutDir` for `layouts`, ...) in place of the
    default, merged as `hugo` (a production build) merges its configs, the
    later winning: the root config file `marker` names, then `config/_default/`,
    then `config/production/` (gohugo.io/configuration/introduction
    "Configuration directory"; in each, its hugo.* or else config.* file). An
    unset or unusable value keeps the default."""
    configs = [] if marker.endswith(os.sep) else [os.path.join(root, marker)]
    for env in HUGO_CONFIG_DIRS if config_dir or marker.endswith(os.sep) else ():
        here = os.path.join(root, "config", env)
        try:
            files = set(os.listdir(here))
        except OSError:
            continue
        name = next((n for n in HUGO_CONFIGS + HUGO_LEGACY_CONFIGS if n in files), None)
        configs += [os.path.join(here, name)] if name else []
    moved: dict[str, str] = {}
    for path in configs:
        moved.update(config_folders(path, HUGO_DIRS))
    return renamed(HUGO, {HUGO_DIRS[key]: value for key, value in moved.items()})


def jekyll_folders(moved: dict[str, str]) -> dict[str, str]:
    """Jekyll's {folder: role}, the config's `moved` folders (`JEKYLL_DIRS`)
    applied: `destination` for `_site`; the templates, `layouts_dir` and
    `includes_dir`, inside the `source` folder, as Jekyll reads them
    (jekyllrb.com/docs/configuration/options). Nested folders are
    "/"-separated ("site/_layouts")."""
    if not moved:
        return JEKYLL
    inside = (lambda name: posixpath.normpath(posixpath.join(moved.get("source", "."), name)))
    return renamed(JEKYLL, {"_site": moved.get("destination", "_site"),
                            "_layouts": inside(moved.get("layouts_dir", "_layouts")),
                            "_includes": inside(moved.get("includes_dir", "_includes"))})


def renamed(folders: dict[str, str], moved: dict[str, str]) -> dict[str, str]:
    """`folders` ({default folder: role}) with each default named in `moved`
    renamed to the folder there, in order; `folders` itself when none moves."""
    if all(moved.get(name, name) == name for name in folders):
        return folders
    return {moved.get(name, name): role for name, role in folders.items()}


def eleventy_folders(dirs: dict[str, str]) -> dict[str, str]:
    """Eleventy's {folder: role}, the config's `dirs` (`site_config`) applied:
    the output folder, and the includes and layouts folders inside the input
    folder. Nested folders are "/"-separated ("src/_includes")."""
    if not dirs:
        return ELEVENTY
    source = dirs.get("input", ".")
    inside = (lambda name: posixpath.normpath(posixpath.join(source, name)))
    folders = {dirs.get("output", "_site"): "build output", "node_modules": "npm packages"}
    folders.setdefault(inside(dirs.get("includes", "_includes")), "templates")
    folders.setdefault(inside(dirs.get("layouts", "_layouts")), "templates")
    return folders


def prune(root: str, names: list[str], dirs: list[str], config_for,
          below: dict | None = None, walked=lambda name: True) -> list[Skipped]:
    """Remove a site root's generator folders from `dirs`, and its repository
    documents that the walk would lint (`walked(name)`) from `names` (both in
    place, as os.walk allows), unless the config that applies there says
    `site-folders: false`; returns what was removed. A folder deeper down
    (Eleventy's "src/_includes") waits in `below` ({parent as walked: {name:
    why}}, one dict per top-down walk) until the walk reaches its parent;
    without `below` it is linted."""
    later = below.pop(root, None) if below else None
    found = generators(root, names, dirs)
    # config_for takes a file's path: any name in `root` gives the config of `root`
    if found and not config_for(os.path.join(root, JEKYLL_CONFIGS[0])).site_folders:
        found = []
    if not found and not later:
        return []
    skipped, keep = [], []
    for d in dirs:
        hit = (later or {}).get(d) or next(
            ((gen, roles[d], marker) for gen, marker, roles in found if d in roles), None)
        if hit:
            skipped.append(Skipped(os.path.join(root, d, ""), *hit))
        else:
            keep.append(d)
    dirs[:] = keep
    if found:
        docs = [n for n in names if walked(n) and left_out_document(os.path.join(root, n))]
        skipped += [Skipped(os.path.join(root, n), found[0][0], REPO_ROLE, found[0][1])
                    for n in sorted(docs)]
        names[:] = [n for n in names if n not in docs]
    for gen, marker, roles in found if below is not None else ():
        for rel, role in roles.items():
            head, _, name = rel.rpartition("/")
            if head:
                below.setdefault(plain(os.path.join(root, *head.split("/"))), {})[name] = (gen, role, marker)
    return skipped


def holder(path: str, config_for, listed: dict, read=None) -> "Skipped | StylesLeftOut | None":
    """What `--force-exclude` leaves `path` (named on the command line) out
    as: the Vale StylesPath it lies in (`styles_folder.styles_holder`), the
    generator folder that it is or is inside (a `Skipped`), or None. Each
    ancestor costs one listing (and an Eleventy config one read), kept in
    `listed` (folder -> generators) for the run: a configured output folder
    can have any name. `read` (default `generators_of`) lists one folder: the
    language server's keeps them between lints (`site_listings.KeptListings`)."""
    from .styles_folder import styles_holder

    if (styles := styles_holder(path, config_for)) is not None:
        return styles
    parts = os.path.abspath(path).split(os.sep)
    for i in range(len(parts) - 1, 0, -1):
        parent = os.sep.join(parts[:i]) or os.sep
        if parent not in listed:
            listed[parent] = (read or generators_of)(parent)
        hit = next(((gen, role, marker) for gen, marker, roles in listed[parent]
                    for rel, role in roles.items() if parts[i:i + rel.count("/") + 1] == rel.split("/")),
                   None)
        if not hit and i == len(parts) - 1 and listed[parent] and left_out_document(path):
            hit = (listed[parent][0][0], REPO_ROLE, listed[parent][0][1])
        if hit and config_for(os.path.join(parent, JEKYLL_CONFIGS[0])).site_folders:
            return Skipped(path, *hit, named=True)
    return None


def generators_of(folder: str) -> list[tuple[str, str, dict]]:
    """`generators` of `folder` as it is listed now; [] when it cannot be listed."""
    try:
        with os.scandir(folder) as entries:
            names, dirs = [], []
            for entry in entries:
                (dirs if entry.is_dir() else names).append(entry.name)
    except OSError:
        return []
    return generators(folder, names, dirs)


def above(path: str, config_for, listed: dict) -> dict:
    """`prune`'s `below` for a walk of the folder `path` inside a site whose
    config sits above it (`newslint check src` in an Eleventy site whose input
    folder is src/): {parent as walked: {name: why}} for each generator folder
    of an ancestor site root that lies below `path`. Ancestors are listed once
    per run (`listed`, as `holder` keeps them)."""
    here = os.path.abspath(path)
    parts = here.split(os.sep)
    out: dict = {}
    for i in range(len(parts) - 1, 0, -1):
        parent = os.sep.join(parts[:i]) or os.sep
        if parent not in listed:
            listed[parent] = generators_of(parent)
        if not listed[parent] or not config_for(os.path.join(parent, JEKYLL_CONFIGS[0])).site_folders:
            continue
        for gen, marker, roles in listed[parent]:
            for rel, role in roles.items():
                inner = os.path.relpath(os.path.join(parent, *rel.split("/")), here)
                if inner == os.curdir or inner == os.pardir or inner.startswith(os.pardir + os.sep):
                    continue
                head, name = os.path.split(inner)
                out.setdefault(plain(os.path.join(path, head)) if head else path, {})[name] = \
                    (gen, role, marker)
    return out
