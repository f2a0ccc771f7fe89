"""`existence`'s option checks that refuse a rule at load: `part-messages`
(text, known part kinds) and the line patterns (`closing`, `closing-after`,
`shown-whole`, `shown-after`, which must be able to hold where they are
tried). Each raises OptionError naming the key, as the engine reports it."""
from __future__ import annotations

from .. import rx as regex

from ..did_you_mean import hint
from ..document import PART_KINDS, SCOPE_ALIASES
from ..marks import KEY
from ..regex_join import enclosed
from ..value_words import as_written
from ._top_branches import branches
from .base import OptionError, compile_pattern


def part_messages(value: dict) -> str | None:
    """Why a `part-messages` mapping is refused, or None: each message is
    text, and names no `{name}` (no finding of this kind fills one)."""
    for kind, text in value.items():
        if not isinstance(text, str) or not text.strip():
            return f"the message for {kind!r} must be text; give one, or drop the entry"
        if regex.search(r"\{\w+\}", text):
            return f"the message for {kind!r} names a {{name}} this kind never fills; write it out"
    return None


def refuse_unknown_part_kinds(messages: dict) -> None:
    """OptionError at the first `part-messages` key that names no part kind
    (`document.PART_KINDS`; a scope alias such as `prose` is none): a misspelt
    kind (`alt-text`) would never be used, and its parts would silently
    take `message:`."""
    for kind in messages:
        if kind in SCOPE_ALIASES:
            raise OptionError("part-messages", f"{kind!r} names a scope, not a part kind, so its message would "
                              f"never be used; give each of its kinds ({', '.join(SCOPE_ALIASES[kind])}) "
                              "an entry of its own", ("part-messages", kind, KEY))
        if kind not in PART_KINDS:
            head = regex.split(r"[-_ ]", str(kind))[0]      # `alt-text` meant `alt` (qa362 #6, nu69 #5)
            near = hint(kind, PART_KINDS) or (f"did you mean {head}? " if head in PART_KINDS else "")
            raise OptionError("part-messages", f"{kind!r} is no part kind, so its message would never be used "
                              f"({near}part kinds: {', '.join(PART_KINDS)})",
                              ("part-messages", kind, KEY))


def line_pattern(key: str, pattern: str | None, shape: str, flags: int, empty_ok: bool = False):
    """`pattern` (checked and sized as written) compiled `enclosed` in
    `shape`, which anchors it to a line's start or to the whole line; None
    when the rule sets none, or sets '' (each such option's default). It
    is refused when it matches empty text unless `empty_ok`: `shown-after`
    is tried once, at a match's end, never between characters, and an
    optional one (`(?:\\s+with\\s+the\\s+\\w+)?`) quotes more only when it
    is there (nu68 #7)."""
    if not pattern:
        return None
    compile_pattern(key, pattern, flags, empty_ok=empty_ok)
    return compile_pattern(key, shape.format(enclosed(pattern, flags)), flags, sized=True)


def forward(pattern: str | None) -> str | None:
    """`shown-after` as given, or OptionError when it cannot hold where it is
    tried, forward from a match's end in the part's text (qa346 #3, #4): a
    reverse search, or an opening `\\A` (the part's start)."""
    if not pattern:
        return pattern
    try:
        reverse = bool(regex.compile(pattern, regex.VERSION0).flags & regex.REVERSE)
    except regex.error:
        reverse = False                 # `line_pattern` says why it does not compile
    if reverse or pattern.lstrip().startswith("\\A"):
        raise OptionError("shown-after", f"regex {as_written(pattern, cut=False)} can never hold: it is tried forward where "
                          "the match ends, so it takes no (?r) and no \\A (the part's start)")
    _refuse_an_empty_branch_first(pattern)
    return pattern


def _refuse_an_empty_branch_first(pattern: str) -> None:
    """OptionError when a top-level branch of `shown-after` other than the
    last matches empty text (`|x`, `(?:a)?|b`): tried once where the match
    ends, that branch always wins there, so the branches after it never
    quote more. A branch that does not compile alone (a back-reference to
    another branch's group) is not judged."""
    parts = branches(pattern)
    for i, branch in enumerate(parts[:-1]):
        try:
            empty = regex.compile(branch, regex.VERSION0).fullmatch("") is not None
        except regex.error:
            continue
        if empty:
            why = ("first branch matches empty text, so it never quotes more" if i == 0 else
                   f"branch {i + 1} of {len(parts)} matches empty text, so the branches after it are never tried")
            raise OptionError("shown-after", f"regex {as_written(pattern, cut=False)}: its {why}; "
                              "put the empty branch last or use (?:x)?")
