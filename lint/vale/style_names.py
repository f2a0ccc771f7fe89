"""Which styles a Vale config names that exist: Vale's own (`BUILTIN`),
newslint's packs (`is_newslint_style`), and the folders on StylesPath
(`missing_styles`). Apart from `styles`, so `config` can say a missing style
beside its wrong values without importing the loader that imports it."""
from __future__ import annotations

import os

BUILTIN = "Vale"
NEWSLINT = "newslint"
SYNC = "newslint does not download Packages: run `vale sync` first"


def is_newslint_style(name: str) -> bool:
    """Whether `name` is newslint's own style or one of its packs (no folder needed)."""
    from ..ruleset import builtin_packs
    return name == NEWSLINT or name in builtin_packs()


def missing_styles(styles_path: str | None, places: dict[str, tuple], packages,
                   house_packs: tuple[str, ...]) -> list[tuple[tuple, str]]:
    """(place, line) for each style of `places` (name -> (file, line, column)
    where BasedOnStyles names it; line 0: unknown) that is no folder on
    `styles_path`, nor one of newslint's packs or `house_packs`."""
    hint = f"; {SYNC}" if packages else ""
    out = []
    for style, spot in places.items():
        if (style == BUILTIN or (styles_path and os.path.isdir(os.path.join(styles_path, style)))
                or is_newslint_style(style) or style in house_packs):
            continue
        where = f"{spot[0]}:{spot[1]}:{spot[2]}" if spot[1] else spot[0]
        out.append((spot if spot[1] else None, f"{where}: BasedOnStyles: style {style!r} does not "
                                               f"exist on StylesPath ({styles_path or 'not set'}){hint}"))
    return out


def unsynced(style: str, styles_path: str | None, packages) -> bool:
    """Whether `style` is a package that Vale's `Packages` (`packages`: names,
    or URLs of zips named for their style) names and that is no folder on
    `styles_path` yet: `vale sync` has not been run. A style no package
    names is the user's own (a local folder), and is never one. A URL's
    name is its path's last part: `?dl=1` or `#x` after it is no part of
    the zip's name (RFC 3986, 3; qa276 #3)."""
    named = {os.path.basename(_path_of(p).rstrip("/")).removesuffix(".zip") for p in packages or ()}
    return style in named and not (styles_path and os.path.isdir(os.path.join(styles_path, style)))


def _path_of(package: str) -> str:
    """`package` (a name or a URL, as `Packages` lists it) without a URL's
    query and fragment; a name as written."""
    if "://" not in package:
        return package
    from urllib.parse import urlsplit
    return urlsplit(package).path
