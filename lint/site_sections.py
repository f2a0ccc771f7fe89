"""The section a static site's folders give a page (`folder_section`): Hugo's
content sections, Jekyll's category folders. Kept apart from `sites`, which
leaves a site's folders out of a walk; both find a site root by its config
file (`sites.generators_of`).
"""
from __future__ import annotations

import os
from functools import lru_cache

from .site_config import config_data, config_folder, folder, setting
from .sites import generators_of


def folder_section(path: str) -> tuple[str, str] | None:
    """(section, where it came from) that the nearest static site above the
    file at `path` gives it by its folder, or None. The site root is found
    as the walk finds one (`generators`), and only the generator's own
    meaning of a folder is taken:

    - Hugo: the first folder under the content folder is the page's section
      (gohugo.io/content-management/sections: "top-level directories");
      `content/`, or the root config's `contentDir`. A page right in the
      content folder has none. Not guessed when the site is configured by a
      `config/` folder only, its root config cannot be read, or a language
      has a `contentDir` of its own (a folder per language).
    - Jekyll: a post in `<folder>/_posts/` has `<folder>` as its first
      category (jekyllrb.com/docs/posts "Categories": the folders above
      `_posts`); posts in the root's own `_posts/` have none. Both are
      inside the config's `source:` folder when it sets one (`jekyll_source`).

    It never reads the article, so a section the article states (front
    matter, a meta tag: `Document.section`) comes first."""
    parts = os.path.abspath(path).split(os.sep)
    for i in range(len(parts) - 1, 0, -1):
        root = os.sep.join(parts[:i]) or os.sep
        found = _site_roots(root)
        if not found:
            continue
        inner = parts[i:]
        for gen, marker, _ in found:
            if gen == "Hugo" and (content := hugo_content(root, marker)) is not None:
                head = content.split("/")
                n = len(head)
                if inner[:n] == head and len(inner) >= n + 2:
                    return inner[n], f"Hugo content folder {content}/{inner[n]}/, beside {marker}"
            if gen == "Jekyll" and (posts := jekyll_source(root, marker, inner)) \
                    and "_posts" in posts[1:-1] and posts[0][:1] not in ("_", "."):
                return posts[0], f"Jekyll category folder {_folder(inner, posts)}/, beside {marker}"
        return None          # the nearest site root decides
    return None


def place_section(doc, path: str) -> None:
    """Give `doc` (and each article of an export) that states no section the
    one its site's folder gives the file at `path` (`folder_section`)."""
    docs = [doc, *doc.articles]
    if all(d.section for d in docs):
        return
    found = folder_section(path)
    for d in docs if found else ():
        if not d.section:
            d.section, d.section_from = found


@lru_cache(maxsize=1024)
def _site_roots(folder_path: str) -> list[tuple[str, str, dict]]:
    """`generators_of`, kept for the process: an audit's worker asks for the
    same few folders for every file under them."""
    return generators_of(folder_path)


def hugo_content(root: str, marker: str) -> str | None:
    """The content folder of the Hugo site at `root` (see `folder_section`),
    or None when it is not told plainly."""
    if marker.endswith(os.sep):
        return None
    data = config_data(os.path.join(root, marker))
    if data is None:
        return None
    languages = setting(data, "languages")
    if isinstance(languages, dict) and any(isinstance(v, dict) and setting(v, "contentDir") is not None
                                           for v in languages.values()):
        return None
    value = setting(data, "contentDir")
    return "content" if value is None else folder(value) if isinstance(value, str) else None


def jekyll_source(root: str, marker: str, inner: list[str]) -> list[str]:
    """The parts of `inner` (a path's parts below the Jekyll site at `root`)
    below the config's `source:` folder (`_source`); [] for a path outside
    it, which Jekyll never reads."""
    source = _source(os.path.join(root, marker))
    n = len(source)
    return inner[n:] if tuple(inner[:n]) == source else []


@lru_cache(maxsize=256)
def _source(config: str) -> tuple[str, ...]:
    """The `source:` folder of the Jekyll config at `config` as parts (():
    the site root, also for one unset, unusable or a config that is broken),
    kept for the process as `_site_roots` keeps the roots."""
    value = config_folder(config, "source")
    return tuple(value.split("/")) if value else ()


def _folder(inner: list[str], posts: list[str]) -> str:
    """The category folder as "/"-joined parts below the site root."""
    return "/".join(inner[:len(inner) - len(posts) + 1])
