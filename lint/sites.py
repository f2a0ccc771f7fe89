"""Static-site generators' own folders, which a folder walk skips.

At the root of a Jekyll, Hugo or Eleventy site the articles sit beside the
generator's templates (`_layouts/`, `layouts/`, `archetypes/`) and its build
output (`_site/`, `public/`: a second copy of every article, so every finding
would be reported twice). A folder is a site root when it holds the
generator's config file; the folder names are each generator's defaults:

- Jekyll (jekyllrb.com/docs/structure, /configuration/options "exclude"):
  `_config.yml|yaml|toml`; `_site` (destination), `_layouts`, `_includes`,
  `.jekyll-cache`, `vendor` (Bundler's gems; excluded by Jekyll itself).
- Hugo (gohugo.io/getting-started/directory-structure): `hugo.toml|yaml|yml|json`,
  or `config.toml|yaml|yml|json` beside `content/` or `archetypes/`, or
  `config/_default/`; `public` (publishDir), `resources` (resourceDir),
  `layouts`, `archetypes` (templates for new content), `themes`.
- Eleventy (11ty.dev/docs/config "Default filenames"): `.eleventy.js`,
  `eleventy.config.js|cjs|mjs`; `_site` (output), `_includes`, `_layouts`
  (the usual `dir.layouts`), `node_modules`. A configured output folder
  other than `_site` is not read from the JavaScript config.

Config `site-folders: false` turns this off; a path named on the command line
is linted even inside such a folder, unless `check --force-exclude` (as ruff's,
for pre-commit, which names every staged file) says otherwise (`holder`).
"""
from __future__ import annotations

import os
from typing import NamedTuple

JEKYLL = {"_site": "build output", "_layouts": "templates", "_includes": "templates",
          ".jekyll-cache": "build cache", "vendor": "Bundler's gems"}
HUGO = {"public": "build output", "resources": "build cache", "layouts": "templates",
        "archetypes": "templates for new content", "themes": "themes"}
ELEVENTY = {"_site": "build output", "_includes": "templates", "_layouts": "templates",
            "node_modules": "npm packages"}

JEKYLL_CONFIGS = ("_config.yml", "_config.yaml", "_config.toml")
HUGO_CONFIGS = ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json")
HUGO_LEGACY_CONFIGS = ("config.toml", "config.yaml", "config.yml", "config.json")
ELEVENTY_CONFIGS = (".eleventy.js", "eleventy.config.js", "eleventy.config.cjs",
                    "eleventy.config.mjs")
MARKERS = frozenset(JEKYLL_CONFIGS + HUGO_CONFIGS + HUGO_LEGACY_CONFIGS + ELEVENTY_CONFIGS)
FOLDERS = frozenset(JEKYLL) | frozenset(HUGO) | frozenset(ELEVENTY)


class Skipped(NamedTuple):
    """One folder a walk left out (`path` as walked, ending in a separator), or a
    named path `--force-exclude` left out; and why."""
    path: str
    generator: str      # "Jekyll", "Hugo" or "Eleventy"
    role: str           # "build output", "templates", ...
    marker: str         # the config file (or folder) that makes its parent a site root
    named: bool = False  # a path named on the command line, left out by --force-exclude

    def line(self, shown: str | None = None) -> str:
        """One line for `check -v`, naming what was skipped as `shown` (default
        its path; "stdin as x.md" for an article read from stdin)."""
        undo = "drop --force-exclude" if self.named else "name it"
        return (f"skipped {shown or self.path} ({self.generator} {self.role}, "
                f"beside {self.marker}; "
                f"{undo}, or set site-folders: false, to lint it)")


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
        found.append(("Jekyll", marker, JEKYLL))
    marker = next((n for n in HUGO_CONFIGS if n in files), None)
    if not marker and ("content" in dirs or "archetypes" in dirs):
        marker = next((n for n in HUGO_LEGACY_CONFIGS if n in files), None)
    if not marker and "config" in dirs and os.path.isdir(os.path.join(root, "config", "_default")):
        marker = os.path.join("config", "_default") + os.sep
    if marker:
        found.append(("Hugo", marker, HUGO))
    marker = next((n for n in ELEVENTY_CONFIGS if n in files), None)
    if marker:
        found.append(("Eleventy", marker, ELEVENTY))
    return found


def prune(root: str, names: list[str], dirs: list[str], config_for) -> list[Skipped]:
    """Remove a site root's generator folders from `dirs` (in place, as os.walk
    allows) unless the config that applies there says `site-folders: false`;
    returns what was removed."""
    found = generators(root, names, dirs)
    # config_for takes a file's path: any name in `root` gives the config of `root`
    if not found or not config_for(os.path.join(root, JEKYLL_CONFIGS[0])).site_folders:
        return []
    skipped, keep = [], []
    for d in dirs:
        hit = next(((gen, roles[d], marker) for gen, marker, roles in found if d in roles), None)
        if hit:
            skipped.append(Skipped(os.path.join(root, d, ""), *hit))
        else:
            keep.append(d)
    dirs[:] = keep
    return skipped


def holder(path: str, config_for, listed: dict) -> Skipped | None:
    """The generator folder that `path` (named on the command line) is, or is
    inside, or None. Only an ancestor whose name is a generator folder's costs a
    listing of its parent, kept in `listed` (parent -> generators) for the run."""
    parts = os.path.abspath(path).split(os.sep)
    for i in range(len(parts) - 1, 0, -1):
        if parts[i] not in FOLDERS:
            continue
        parent = os.sep.join(parts[:i]) or os.sep
        if parent not in listed:
            listed[parent] = _generators_of(parent)
        hit = next(((gen, roles[parts[i]], marker) for gen, marker, roles in listed[parent]
                    if parts[i] in roles), None)
        if hit and config_for(os.path.join(parent, JEKYLL_CONFIGS[0])).site_folders:
            return Skipped(path, *hit, named=True)
    return None


def _generators_of(folder: str) -> list[tuple[str, str, dict]]:
    try:
        with os.scandir(folder) as entries:
            names, dirs = [], []
            for entry in entries:
                (dirs if entry.is_dir() else names).append(entry.name)
    except OSError:
        return []
    return generators(folder, names, dirs)
