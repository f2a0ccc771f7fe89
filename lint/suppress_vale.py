"""Vale's comments (vale.sh/docs/topics/config/#comments) as newslint reads
them: `vale off`, `vale on`, `vale Style.Rule = NO` / `= YES` (and Vale
3.9's `= off` / `= on`) and `vale Style = NO`, as Vale's `UpdateComments`
and `commentControlRE` (internal/core/file.go) read them; what else is
written so is kept to be said (`suppress_ids`), hiding nothing. The
suppressions are `document.Suppression`s with `vale` set, which
`suppress.Suppressor` replays (`vale_matches`) beside newslint's own
directives. Split out of `suppress`, which imports it; imports no module
of newslint's but `document` and `html_comments`, the one reading of
where a comment ends that `suppress` shares.
"""
from __future__ import annotations

from . import rx as regex

from .document import Suppression
from .html_comments import END, comments

# Vale's comments (https://vale.sh/docs/topics/config/#comments): `vale off`,
# `vale on`, `vale Style.Rule = NO` / `= YES` and `vale Style = NO`; since Vale 3.9
# (vale-cli/vale#772) a switch also takes `= off` / `= on`, in lower case only, as
# Vale's `commentControlRE` (internal/core/file.go) reads it. A comment's
# words are read with one notion of white space, the `regex` module's `\s`
# (Unicode's White_Space, as Go's `unicode.IsSpace` that Vale trims with): the
# body is trimmed by it, and split by it (`VALE_WORD`), never by `str.split`, which
# also parts words at U+001C-U+001F (fx185: `<!-- vale \x1f -->`, qa102 #1).
# Vale reads `vale` and the words after it parted by one blank (`comment == "vale off"`,
# `^vale (.+\..+) = ...$`): with a tab, two blanks, a no-break space or a line break
# there (`gap`) the comment is no switch of Vale's, and newslint says so (qa131 #4).
# It ends where the comment does (`html_comments.END`: `-->` or `--!>`, as Vale's HTML tokenizer).
VALE_DIRECTIVE = regex.compile(r"<!--\s*vale(?P<gap>\s+)(?P<body>[^>]*?)\s*" + END)
VALE_WORD = regex.compile(r"\S+")
# `on`/`off` (Vale 3.9) only as the whole value: at the comment's end or before
# the next switch (after a comma or not: qa121 #3), so `= off-topic` or `= off, please` switches nothing (qa119 #1).
# The `=` with one blank each side, as Vale's `commentControlRE` (`^vale (.+\..+) = (YES|NO...)$`)
# reads it: `Style.Rule=off` or a tab round `=` Vale does not read, nor does newslint (qa125 #7)
_VALE_SWITCH = regex.compile(r"(?P<id>[\w.-]+)(?P<matches>\[[^\]]*\])? = "
                             r"(?P<on>YES|NO|(?:on|off)(?=\s*$|\s*,?\s*[\w.-]+(?:\[[^\]]*\])?\s*=))\b")
# What a switch's value sets: hidden (`NO`, `off`) or shown (`YES`, `on`). A match
# list (`Style.Rule["a"] = NO`) takes only NO and YES in Vale (`commentControlMatchesRE`):
# with `= off` Vale keys the switch on the text with its brackets, which no rule's
# query names, so it switches nothing.
_VALE_OFF = {"NO": True, "off": True, "YES": False, "on": False}
# The action of a Vale comment in none of Vale's forms, and of a switch Vale does not
# read (`= Off`) beside ones it reads (qa119 #2): no code acts on either.
VALE_UNKNOWN, VALE_UNKNOWN_SWITCH = "vale", "vale-switch"
# Any switch's shape, `id = value` up to a comma or a blank (a VALE_UNKNOWN_SWITCH if no `_VALE_SWITCH`)
_VALE_ANY_SWITCH = regex.compile(r"[\w.-]+(?:\[[^\]]*\])?\s*=\s*[^\s,]+")
# Vale 3.9's `vale style = A` and `vale styles = A, B` (set the styles): a form of Vale's.
_VALE_STYLES = regex.compile(r"styles?\s*=")
# The style name a Vale config gives newslint's own rules (`BasedOnStyles = newslint`,
# `vale.style_names.NEWSLINT`): `<!-- vale newslint = NO -->` switches every one of them.
NEWSLINT_STYLE = "newslint"


def vale_directives(source: str, start: int = 0, end: int | None = None) -> list[Suppression]:
    """The suppressions of every Vale comment (`VALE_DIRECTIVE`) in
    source[start:end], in source order. One whose `vale` is followed by
    other white space than one blank (`vale\toff`, `vale  Style.Rule = NO`)
    is in none of Vale's forms: one `VALE_UNKNOWN` over that white space and
    its words, which hides nothing and `suppress_ids.read_ids` says."""
    found = []
    opened = {at for at, _, _ in comments(source, start, len(source) if end is None else end)}
    for m in VALE_DIRECTIVE.finditer(source, start, end):
        if m.start() not in opened:
            # a "<!--" inside an open comment (`<!-- draft <!-- vale off -->`): its text, no
            # comment (`html_comments`, as Vale's golang.org/x/net/html reads it: qa141 #7, qa145 #2)
            continue
        if m["gap"] != " " and m["body"]:
            found.append(Suppression(VALE_UNKNOWN, (), m.start(), vale=True, text=m["gap"] + m["body"],
                                     at=(m.start("gap"),), ends=(m.end("body"),)))
        else:
            found.extend(_vale(m["body"], m.start(), m.start("body")))
    return found


def _vale(body: str, offset: int, body_at: int) -> list[Suppression]:
    """The suppressions of one Vale comment at `offset` whose words start at
    `body_at`; each switch's id carries its file span (`at`, `ends`), where a
    misspelt one is said (qa92 #2). A comment in none of Vale's forms (`vale
    of`, `vale Style.Rule = Off`, a match list with `= off`) is one
    `VALE_UNKNOWN` suppression over its words, which hides nothing and
    `suppress_ids.read_ids` says; beside switches Vale reads, a switch it
    does not (`vale A.B = NO, C.D = Off`) is one `VALE_UNKNOWN_SWITCH` over
    its own words, said the same way (qa119 #2). Vale 3.9's `vale style(s) =
    A, B` is passed over, as newslint does not act on it."""
    word = body.lower()         # (trimmed by VALE_DIRECTIVE's `\s`)
    if word in ("off", "on"):
        return [Suppression("disable" if word == "off" else "enable", (), offset, vale=True)]
    read = [m for m in _VALE_SWITCH.finditer(body) if not (m["matches"] and m["on"] in ("on", "off"))]
    found = [Suppression("disable" if _VALE_OFF[m["on"]] else "enable", (m["id"],), offset, vale=True,
                         at=(body_at + m.start("id"),), ends=(body_at + m.end("id"),)) for m in read]
    if not found:
        if not body or _VALE_STYLES.match(body):
            return []
        return [Suppression(VALE_UNKNOWN, (), offset, vale=True, text=body, at=(body_at,),
                            ends=(body_at + len(body),))]
    starts = {r.start() for r in read}      # (once per comment, not per switch: rr40a #6)
    return found + [Suppression(VALE_UNKNOWN_SWITCH, (), offset, vale=True, text=m[0], at=(body_at + m.start(),),
                                ends=(body_at + m.end(),)) for m in _VALE_ANY_SWITCH.finditer(body)
                    if m.start() not in starts]


def vale_matches(ids: tuple[str, ...], rule: str, styled: frozenset[str]) -> bool:
    """Whether a Vale comment naming `ids` covers `rule`, as Vale reads one
    (vale.sh/docs/formats/markdown, "Comments"): no id (`vale off`), the
    rule's `Style.Rule` id or its style's (a pack's) name, or `newslint`,
    the style of every rule of newslint's own (`NEWSLINT_STYLE`): any rule
    not in `styled`, the ids of the rules a Vale style under StylesPath
    gives (and Vale's own, `Vale.Spelling`)."""
    return not ids or any(rule == i or rule.startswith(i + ".")
                          or (i == NEWSLINT_STYLE and rule not in styled) for i in ids)
