"""A Vale configuration: its keys, per-file settings and discovery.

Keys read (Vale's names, https://vale.sh/docs/topics/config/): `StylesPath`,
`MinAlertLevel`, `Vocab`, `Packages`, `IgnoredScopes`, `SkippedScopes`,
`IgnoredClasses`, `WordTemplate`, the `[formats]` section (`[asciidoctor]` is
passed over), and per glob
section `BasedOnStyles`, `BlockIgnores`, `TokenIgnores` and rule switches
(`Style.Rule = NO`, `= YES`, `= warning`). `[*]` is the global section.
Synced packages are used as found under StylesPath (their `.vale-config/*.ini`
is read first); nothing is ever downloaded.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .. import rx as regex

from ..diagnostic import LEVELS
from ..regex_size import compile_counted
from ..safeload import LoadError, read_text
from ..value_words import as_written
from .glob import GlobError, compile_glob
from .ini import IniError, parse, split_items, split_list
from .names import CONFIG_NAMES, find_in
from .style_names import missing_styles

__all__ = ["CONFIG_NAMES", "find_in", "ValeConfig", "ValeConfigError", "load", "load_file"]
SWITCHES = {"YES": True, "NO": False, "yes": True, "no": False, "true": True, "false": False}
_LIST_KEYS = {"BasedOnStyles", "Vocab", "Packages", "IgnoredScopes", "SkippedScopes",
              "IgnoredClasses"}
_IGNORED = {"Transform", "Lang", "CommentDelimiters", "NLPEndpoint", "BlockIgnores",
            "TokenIgnores", "BasedOnStyles"}
# Every key Vale reads (https://vale.sh/docs/topics/config/): another key with no
# dot (`BasedOnStyle`) is said, as Vale warns of it, with the nearest (qa92 #10).
KEYS = _LIST_KEYS | _IGNORED | {"StylesPath", "MinAlertLevel", "WordTemplate",
                                "SphinxBuildPath", "SphinxAutoBuild"}
# Sections Vale reads that are no glob, their keys no Vale key: `[formats]`
# (extension = format) and `[asciidoctor]` (attribute = value, passed to
# Asciidoctor: vale.sh/docs/formats/asciidoc, Vale v2.17.0; qa96 #3).
_NAMED = {"formats", "asciidoctor"}


class ValeConfigError(ValueError):
    """One line naming the config file (and key) and the problem. `at` is the
    key path of the offending value in a style's rule file (`marks.Marks`)."""

    def __init__(self, message: str, at: tuple | None = None, reword=None):
        super().__init__(message)
        self.at = at
        self.reword = reword    # the message again, given the text written at `at`


@dataclass(frozen=True)
class SectionRules:
    """One glob section: which styles and rule switches it sets, and what to ignore."""

    glob: str
    styles: tuple[str, ...] | None          # None: the section does not set BasedOnStyles
    checks: tuple[tuple[str, bool], ...]
    block_ignores: tuple[str, ...] = ()
    token_ignores: tuple[str, ...] = ()


@dataclass(frozen=True)
class ValeConfig:
    path: str
    root: str                                    # the config's folder; globs are relative to it
    styles_path: str | None
    min_level: str = "suggestion"
    vocab: tuple[str, ...] = ()
    packages: tuple[str, ...] = ()
    global_styles: tuple[str, ...] = ()
    global_checks: tuple[tuple[str, bool], ...] = ()
    levels: tuple[tuple[str, str], ...] = ()     # Style.Rule -> level set in the config
    sections: tuple[SectionRules, ...] = ()
    ignored_scopes: tuple[str, ...] = ()
    skipped_scopes: tuple[str, ...] = ()
    # a line naming the SkippedScopes tags newslint's parts do not keep (said once a run)
    skip_notes: tuple[str, ...] = ()
    ignored_classes: tuple[str, ...] = ()
    formats: tuple[tuple[str, str], ...] = ()
    word_template: str = ""
    # the packs of a newslint config's rules folders, when its `vale:` key names
    # this file: BasedOnStyles may name them as it names newslint's own packs
    house_packs: tuple[str, ...] = ()
    # said once a run (`notes.config_notes`): each key Vale does not know, as a line;
    # each rule switch's id and its `file:line:column`; where the first section is
    unknown_keys: tuple[str, ...] = ()
    switch_at: tuple[tuple[str, str], ...] = ()
    first_section: str = ""
    # each style BasedOnStyles names and (file, line, column) of its first naming
    style_at: tuple[tuple[str, tuple[str, int, int]], ...] = ()

    def settings_for(self, path: str) -> "FileSettings":
        """Vale's per-file view: the last matching section's `BasedOnStyles`
        (else the global one), rule switches merged section by section, and
        every matching section's ignore patterns. Worked out once per path:
        the engine asks for a file's rules, its ignores and whether it is
        linted at all (rv21 #9)."""
        known = self._settings
        if path not in known:
            ext = os.path.splitext(path)[1].lstrip(".")
            mapped = dict(self.formats).get(ext)
            alias = path[: len(path) - len(ext)] + mapped if mapped else None
            known[path] = self._merged([
                sec for sec in self.sections
                if (glob := compile_glob(sec.glob)).match_file(path, self.root)
                or (alias and glob.match_file(alias, self.root))])
        return known[path]

    @cached_property
    def _settings(self) -> dict:
        # not a field: no part of the config's equality, hash or repr
        return {}

    def alone(self, sec: "SectionRules | None") -> "FileSettings":
        """The settings of a file that `sec` alone matches, or (None) that no
        glob section matches: `[*]`'s keys apply to both, as in `settings_for`."""
        return self._merged([sec] if sec is not None else [])

    def _merged(self, sections: list) -> "FileSettings":
        """The settings of a file that `sections` match, in order (rv21 #8)."""
        styles = self.global_styles
        checks: dict[str, bool] = {}
        blocks: list[str] = []
        tokens: list[str] = []
        for sec in sections:
            if sec.styles is not None:
                styles = sec.styles
            checks.update(sec.checks)
            blocks.extend(sec.block_ignores)
            tokens.extend(sec.token_ignores)
        has_global = bool(self.global_styles or self.global_checks)
        return FileSettings(styles, tuple(checks.items()), tuple(blocks), tuple(tokens),
                            linted=bool(sections) or has_global,
                            sections=tuple(sec.glob for sec in sections))


@dataclass(frozen=True)
class FileSettings:
    styles: tuple[str, ...]
    checks: tuple[tuple[str, bool], ...]
    block_ignores: tuple[str, ...]
    token_ignores: tuple[str, ...]
    linted: bool = True          # False: no section applies and nothing is global (Vale skips it)
    sections: tuple[str, ...] = ()      # the globs of the sections that match, in order


def _styles_path(value: str | None, root: str) -> str | None:
    if not value:
        return None
    value = os.path.expanduser(value)
    return os.path.normpath(value if os.path.isabs(value) else os.path.join(root, value))


def _checks(path: str, section, levels: dict[str, str], said: dict) -> list[tuple[str, bool]]:
    """The section's rule switches (`Style.Rule = NO`); `said` gathers the
    place of each switch (`switch`), a line for each key Vale does not know
    and, for each wrong switch (left out), its place and error (`wrong`)."""
    out = []
    for key, vals in section.items():
        if "." not in key and key not in KEYS:
            from ..suppress_ids import nearest_id      # the ids' matcher, case and all
            near = nearest_id(key, KEYS)
            said.setdefault("unknown", []).append(
                f"{section.key_where(key, path)}: {key}: not a Vale key"
                + (f" (did you mean {near}?)" if near else "") + "; it is ignored")
        if "." not in key or key in _IGNORED:
            continue
        said.setdefault("switch", []).append((key, section.key_where(key, path)))
        value = vals[-1].strip()
        if value in SWITCHES:
            out.append((key, SWITCHES[value]))
        elif value in LEVELS:
            levels[key] = value
            out.append((key, True))
        else:
            said.setdefault("wrong", []).append((section.spot(key), f"{section.where(key, path)}: {key}: "
                                                 f"{value!r} is not one of YES, NO, {', '.join(LEVELS)}"))
    return out


def _merge_sections(chunks: list[list]) -> list:
    """Packages' configs first, the user's last: list values add, others replace."""
    merged: dict[str, object] = {}
    order: list[str] = []
    for sections in chunks:
        for sec in sections:
            have = merged.get(sec.name)
            if have is None:
                merged[sec.name] = sec
                order.append(sec.name)
                continue
            for key, _ in sec.items():
                have.take(sec, key, extend=key in _LIST_KEYS)
    return [merged[n] for n in order]


def load(path: str, house_packs: tuple[str, ...] = (), cli_packs: tuple[str, ...] = ()) -> ValeConfig:
    """Read and validate a Vale config. Raises ValeConfigError: one line, or
    for wrong values (MinAlertLevel, a switch, a section's glob, a
    TokenIgnores or BlockIgnores pattern) one line each, in file order
    (`in_order`), as a YAML config's are said (qa237 #7). A line that is
    no INI, or a package config that cannot be read, stops at the first.
    `house_packs`: the packs of a newslint config's rules folders, which
    BasedOnStyles may name as styles. `cli_packs`: the packs of the command
    line's `--rules` folders, which `Config.merged` adds to `house_packs`
    later: here they only keep a wrong value's error from calling them
    missing styles (qa274 #1); the config returned does not hold them."""
    try:
        text = read_text(path, "Vale config").removeprefix("\ufeff")   # bounded; a FIFO never blocks
    except LoadError as exc:
        raise ValeConfigError(f"{path}: {exc.message}") from None
    except OSError as exc:
        raise ValeConfigError(f"{path}: cannot read Vale config: {exc.strerror or exc}") from None
    try:
        user = parse(text, path)
    except IniError as exc:
        raise ValeConfigError(str(exc)) from None
    root = os.path.dirname(os.path.abspath(path))
    glob_ = user[0]
    styles_path = _styles_path(glob_.get("StylesPath"), root)
    chunks = []
    if styles_path:
        pkg_dir = os.path.join(styles_path, ".vale-config")
        if os.path.isdir(pkg_dir):
            for name in sorted(os.listdir(pkg_dir)):
                if name.endswith(".ini"):
                    p = os.path.join(pkg_dir, name)
                    try:      # bounded, and a FIFO is never opened (fx70: it hung the run)
                        chunks.append(parse(read_text(p, "package config").removeprefix("\ufeff"), p))
                    except LoadError as exc:
                        raise ValeConfigError(f"{exc.where(p)}: {exc.message}") from None
                    except (OSError, IniError) as exc:
                        raise ValeConfigError(f"{p}: cannot read package config: {exc}") from None
    sections = _merge_sections(chunks + [user])
    top = sections[0]
    min_level = (top.get("MinAlertLevel") or "suggestion").strip()
    said: dict[str, list] = {}
    if min_level not in LEVELS:
        said["wrong"] = [(top.spot("MinAlertLevel"), f"{top.where('MinAlertLevel', path)}: MinAlertLevel: "
                                                     f"{min_level!r} is not one of {', '.join(LEVELS)}")]
    levels: dict[str, str] = {}
    global_styles: tuple[str, ...] = ()
    global_checks: list[tuple[str, bool]] = _checks(path, top, levels, said)
    out_sections: list[SectionRules] = []
    formats: tuple[tuple[str, str], ...] = ()
    for sec in sections[1:]:
        if sec.name == "formats":
            formats = tuple((k.lstrip("."), v[-1].strip().lstrip(".")) for k, v in sec.items())
        if sec.name in _NAMED:      # [asciidoctor]: attributes for a program newslint never runs
            continue
        checks = _checks(path, sec, levels, said)
        styles = split_list(sec.values["BasedOnStyles"]) if "BasedOnStyles" in sec.values else None
        if sec.name == "*":
            global_styles = tuple(styles or ())
            global_checks += checks
            styles, checks = None, []
        try:
            compile_glob(sec.name)
        except GlobError as exc:
            said.setdefault("wrong", []).append(((sec.path or path, sec.line, 0),
                                                 f"{sec.path or path}:{sec.line}: [{sec.name}]: {exc}"))
        for key in ("TokenIgnores", "BlockIgnores"):
            for i, value in enumerate(sec.values.get(key, [])):
                for pattern in split_list([value]):
                    try:
                        compile_counted(pattern)    # a counted repeat too large crashed `regex` (rr53a #1)
                    except regex.error as exc:
                        said.setdefault("wrong", []).append((sec.spot(key, i), f"{sec.where(key, path, i)}: "
                                                             f"[{sec.name}] {key}: {as_written(pattern, cut=False)} does not compile: {exc}"))
        out_sections.append(SectionRules(
            sec.name, tuple(styles) if styles is not None else None, tuple(checks),
            tuple(split_list(sec.values.get("BlockIgnores", []))),
            tuple(split_list(sec.values.get("TokenIgnores", [])))))
    style_at = _style_places(sections[1:], path)
    if said.get("wrong"):     # a style not on StylesPath is said with them (nu55 #2)
        said["wrong"] += missing_styles(styles_path, style_at, top.values.get("Packages"),
                                        house_packs + cli_packs)
        raise ValeConfigError(in_order(said["wrong"], path))
    return ValeConfig(
        path=os.path.abspath(path), root=root, styles_path=styles_path, min_level=min_level,
        vocab=tuple(split_list(top.values.get("Vocab", []))),
        packages=tuple(split_list(top.values.get("Packages", []))),
        global_styles=global_styles, global_checks=tuple(global_checks),
        levels=tuple(sorted(levels.items())), sections=tuple(out_sections),
        ignored_scopes=tuple(split_list(top.values.get("IgnoredScopes", []))),
        skipped_scopes=tuple(split_list(top.values.get("SkippedScopes", []))),
        skip_notes=_skip_notes(top, path),
        ignored_classes=tuple(split_list(top.values.get("IgnoredClasses", []))),
        formats=formats, word_template=(top.get("WordTemplate") or ""),
        unknown_keys=tuple(said.get("unknown", ())), switch_at=tuple(said.get("switch", ())),
        style_at=tuple(style_at.items()), house_packs=house_packs,
        first_section=next((f"{sec.path or path}:{sec.line}" for sec in sections[1:]
                            if sec.name not in _NAMED), f"{path}:1"),
    )


def _style_places(sections: list, path: str) -> dict[str, tuple]:
    """Each style BasedOnStyles names -> (file, line, column) of its first
    naming (a package config's values come first, as they are merged)."""
    out: dict[str, tuple] = {}
    for sec in sections:
        for value, spot in zip(sec.values.get("BasedOnStyles", []), sec.spots.get("BasedOnStyles", [])):
            for name, offset in split_items(value):
                out.setdefault(name, (spot[0], spot[1], spot[2] + offset) if spot else (path, 0, 0))
    return out


def _skip_notes(top, path: str) -> tuple[str, ...]:
    """One line naming the `SkippedScopes` tags newslint cannot honour."""
    from ..readers._own_reports import SKIPPED_SCOPES      # its grammar tells a saved report (qa421 #7)
    from .scope import unhonoured
    tags = unhonoured(tuple(split_list(top.values.get("SkippedScopes", []))))
    if not tags:
        return ()
    return (SKIPPED_SCOPES.format(where=top.where("SkippedScopes", path), tags=", ".join(tags), honoured=(
        "blockquote, figure, figcaption, li/ul/ol, table/tr/th/td/thead/tbody/caption, h1-h6, "
        "and tags never read as copy")),)


def in_order(wrong: list[tuple[tuple | None, str]], path: str) -> str:
    """The lines of `wrong` ((file, line, column) or None, line) in file
    order: `path`'s own first, then a package config's, then any unplaced."""
    return "\n".join(line for _, line in sorted(
        wrong, key=lambda w: (w[0] is None, w[0] is not None and w[0][0] != path, w[0] or ())))


@lru_cache(maxsize=64)
def load_cached(path: str, mtime: float, house_packs: tuple[str, ...] = (),
                cli_packs: tuple[str, ...] = ()) -> ValeConfig:
    return load(path, house_packs, cli_packs)


def load_file(path: str, house_packs: tuple[str, ...] = (), cli_packs: tuple[str, ...] = ()) -> ValeConfig:
    try:
        mtime = os.path.getmtime(path)
    except OSError as exc:
        raise ValeConfigError(f"{path}: cannot read Vale config: {exc.strerror or exc}") from None
    return load_cached(os.path.abspath(path), mtime, house_packs, cli_packs)
