"""What a reader may be told about a site: the settings behind `--markup`,
`figures` and `image-fields` in the config (see README, "Static-site repos")."""
from __future__ import annotations

from dataclasses import dataclass

# the template syntaxes `templates` reads (its families name each); here, so a
# config or a plain-text run need not import the scanner (its patterns, `Tag`)
MARKUPS = ("auto", "hugo", "jekyll", "eleventy", "none")
ROLES = ("src", "caption", "credit", "alt")


@dataclass(frozen=True)
class ReadOptions:
    """`markup`: which template syntax the Markdown body may hold (one of
    MARKUPS; `auto` recognises them all). `figures`: extra figure-like
    shortcode/include names, each with the roles of its positional
    parameters. `image_fields`: front-matter keys (dotted) -> role (ROLES).
    `jsonl`: JSON Lines field -> the key a dump uses for it (readers.jsonl)."""

    markup: str = "auto"
    figures: tuple[tuple[str, tuple[str, ...]], ...] = ()
    image_fields: tuple[tuple[str, str], ...] = ()
    jsonl: tuple[tuple[str, str], ...] = ()


DEFAULT = ReadOptions()
__all__ = ["DEFAULT", "MARKUPS", "ROLES", "ReadOptions"]
