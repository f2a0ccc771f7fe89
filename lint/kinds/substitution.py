"""`substitution`: suggest a preferred form for each matched form, with a fix.

The message may name the form as `{replacement}`, or as Vale's substitution
does (https://vale.sh/docs/checks/substitution): with two verbs,
`Use '%s' instead of '%s'`, the first is the preferred form and the second the
text found (`%[2]s` by position); a lone `%s` is the text found, as in every
rule that is not a substitution.

A literal key of several words (`per cent`: no regex syntax but `.`) matches
with any run of whitespace between its words, so a phrase an editor wrapped
over a line break in one paragraph is found, and its fix replaces the whole
span (nu28 #7). A regex key matches as written.

Text that already reads as the replacement where the key matched is left
alone: a key that is part of its own replacement (`Gov` -> `Gov.`, `op` ->
`co-op`, `Biden` -> `Joe Biden`) would otherwise flag its own fix, and
`--fix` would write it again on every pass (nu28; qa99 #1). It is read over
a line wrap for a literal phrase and with any apostrophe mark (qa104 #2, #3);
where it stands in another case than the fix would write (`The gov. said`
for `gov: Gov.`), that whole text is reported (`gov.`, not the key's `gov`)
and its fix rewrites it in the right case (`The Gov. said`), never writing
the replacement into itself (qa104 #1, qa108 #4: `_fix_place`).
"""
from __future__ import annotations

import re
from functools import partial

from .. import rule_cache
from .. import rx as regex

from ..analysis.sup_notes import NO_WORD, unread
from ..marks import KEY
from ..regex_join import enclosed
from ..regex_size import oversized
from ..value_words import as_written
from ._alternation import key_pattern
from ._swaps import around, match_case, plain
from .base import Finding, Kind, Option, OptionError, compile_pattern, matches


_SPACES = regex.compile(r"\s+")


def _keep_breaks(new: str, found: str) -> str:
    """For a literal key (its spaces match any whitespace), the replacement
    with the found text's own runs of whitespace when both have as many
    words: "supreme\\ncourt" -> "Supreme\\nCourt". A wrapped phrase keeps its
    line break, and one already in the preferred form reads as that form
    (qa64 #2: "Supreme⏎Court" was flagged as "'Supreme Court', not 'Supreme
    Court'" and --fix joined its lines)."""
    gaps = _SPACES.findall(found)
    words = new.split(" ")
    if not gaps or len(words) != len(gaps) + 1 or _SPACES.search(new.replace(" ", "")):
        return new
    return "".join(w + g for w, g in zip(words, gaps)) + words[-1]


def _fix_place(text: str, m: "regex.Match", new: str, expanded: str, key: str,
               literal: bool) -> tuple[int, int, str] | None:
    """Where the fix of the swap key `key`'s match `m` in `text` goes and what
    it writes, (start, end, replacement) in `text`'s offsets, or None when the
    text already reads as the replacement there. `new` is the replacement
    cased for the match, `expanded` as the swap gives it (its groups filled).

    Where the replacement already stands around the match in any case
    (`_swaps.around`: `gov.` for `gov: Gov.`, `JOE Biden` for `Biden: Joe
    Biden`), the text there is compared with the replacement cased for it
    (`match_case`), as a mark-blind, space-blind reading (`_swaps.plain`): the
    same, or in a part all in capitals (`THE SUPREME COURT RULES`, as main
    read it), and nothing is said; else the fix rewrites that whole span in that
    case (`Gov.`, `Joe Biden`), never the match alone, which would write the
    replacement into itself (`Joe Joe Biden`). It was read as already fixed
    in any case with `ignorecase`, and the case error went unreported (qa108 #4)."""
    readings = around(text, m.start(), m.end(), new, spaced=literal)
    if not readings:
        return m.start(), m.end(), new
    if text.isupper():
        return None         # a part all in capitals (a headline's): its case is the writer's (qa111 #4)
    first = None
    for at, to in readings:
        whole = text[at:to]
        right = match_case(expanded, whole, key)
        right = _keep_breaks(right, whole) if literal else right
        if plain(whole, literal) == plain(right, literal):
            return None
        first = first or (at, to, right)
    return first


_GROUP_REF = regex.compile(r"\\(?:g<([^>]*)>|([1-9][0-9]?)|.)", regex.DOTALL)   # \\ is passed over


def _check_template(compiled: "regex.Pattern", key: str, replacement: str) -> None:
    """Raise OptionError, placed at `key`'s value, when `replacement` would
    fail as a template of `compiled`'s matches: a group it lacks (`\\2` for a
    key with one group, `\\g<name>`, `\\9`) or a bad escape (`\\q`). Without
    this the rule loaded and then failed on every article as an internal
    error (qa84 #5). It is found as matching does: by expanding the template
    on a match of an empty text by `(?:pattern)?`, which has the same groups.
    Expanding reads the template in `regex`'s Python, which a warm run need
    not import (`rx`): a replacement without a backslash is a literal, which
    cannot fail, and one that passed is kept in the rule-set cache (whose
    file is named after the installed regex) and not expanded again."""
    if "\\" not in replacement:
        return
    cache = rule_cache.current()
    passed = ("template", compiled.pattern, int(compiled.flags), replacement)
    if cache is not None and cache.pattern(passed) is not None:
        return
    try:
        blank = regex.compile(enclosed(compiled.pattern, compiled.flags) + "?", compiled.flags).match("")
    except regex.error:     # not a form it can be wrapped in: left to run as written
        return
    if blank is None:
        return
    try:
        blank.expand(replacement)
    except IndexError:
        ref = next((r for m in _GROUP_REF.finditer(replacement)
                    if (r := m[1] if m[1] is not None else m[2]) is not None
                    and not _has_group(compiled, r)), None)
        named = ("names a group" if ref is None else f"names group {ref}" if ref.isdigit()
                 else f"names group '{ref}'")
        groups = compiled.groups
        have = f"{groups} group{'' if groups == 1 else 's'}" + (
            f" ({', '.join(sorted(compiled.groupindex))} by name)" if compiled.groupindex else "")
        raise OptionError("swap", f"replacement {_as_yaml(replacement)} {named}, but {_as_yaml(key)} has "
                                  f"{have}", ("swap", key)) from None
    except regex.error as exc:
        raise OptionError("swap", f"replacement {_as_yaml(replacement)} is not a valid template: {exc} "
                                  "(write \\\\ for a backslash)", ("swap", key)) from None
    if cache is not None:
        cache.put_pattern(passed, b"")


def _as_yaml(text: str) -> str:
    """`text` quoted as YAML would read it back: in single quotes, where a
    backslash is itself (`'\\2'` is shown '\\2', not Python's '\\\\2': qa86 #13)
    and a quote mark is doubled; in double quotes with escapes (JSON's, which
    YAML reads) when it holds a character that cannot be shown (a newline)."""
    if text.isprintable():
        return "'" + text.replace("'", "''") + "'"
    import json

    return json.dumps(text, ensure_ascii=False)


def _has_group(compiled: "regex.Pattern", ref: str) -> bool:
    if ref.isdigit():
        return int(ref) <= compiled.groups
    return ref in compiled.groupindex


def _prefilter(pattern: str | None, trusted: bool):
    """The search that gates each part, `(text) -> match or None`, or None for
    no pattern; OptionError (`prefilter`) when `pattern` does not compile as
    Python's `re`. A key that opens with a look-behind (hygiene.missing-space's)
    or whose rare part sits in one (style.decades' figure) is tried by `regex`
    at every character of every part, some 15 ns a character; stdlib `re`
    skips to a literal or a character set's members in C. So a rule may name
    what every match's text holds (a stop glued to a capital, `0's`), and a
    part without it is not scanned: no match is lost where the prefilter is
    true to the keys (tests/test_substitution_prefilter.py checks the built-in
    ones). Only a `trusted` rule's (a built-in rule file with no override)
    runs in `re`, which no time limit can stop; any other's, a user's rule's
    or a config's, runs as `regex` reads it, under the rule's time budget as
    its keys do (`base.matches`): a catastrophic one times out, never hangs
    the run (qa177 #3)."""
    if pattern is None:
        return None
    try:
        search = re.compile(pattern).search
    except re.error as exc:
        raise OptionError("prefilter", f"{_as_yaml(pattern)} does not compile as Python's re: {exc}") from None
    if trusted:
        return search
    return partial(_first_match, compile_pattern("prefilter", pattern))


def _first_match(pattern: "regex.Pattern", text: str) -> "regex.Match | None":
    """`pattern`'s first match in `text` under the rule's time budget, or None."""
    return next(matches(pattern, text), None)


class Substitution(Kind):
    name = "substitution"
    placeholders = frozenset({"replacement"})
    description = "Swaps each matched pattern for its preferred form; fixable."
    fixable = True
    fix_words = True
    options = {
        "swap": Option(dict, required=True, non_empty=True,
                       help="pattern -> replacement; the replacement may use \\1 or \\g<name> "
                            "groups, and the message {name} for named groups"),
        "ignorecase": Option(bool, False, help="match without regard to case"),
        "nonword": Option(bool, False, help="do not require word boundaries"),
        "fix": Option(bool, True, help="offer the replacement as a safe fix"),
        "sup-footnotes": Option(bool, False,
                                help="read a footnote figure, or a list or range of them, that a "
                                     "<sup> holds right after a letter as no word, as a Markdown "
                                     "[^1] is (1990's<sup>1</sup> is read 1990's)"),
        "prefilter": Option(str, None,
                            help="a pattern (Python's `re`, matched as written, case included) "
                                 "that finds something in every part a swap key matches in; a "
                                 "part it finds nothing in is not scanned; a config that "
                                 "overrides `swap`, `ignorecase`, `nonword` or `sup-footnotes` "
                                 "drops it; a user's rule's or a config's runs under the rule's "
                                 "time budget",
                            follows=("swap", "ignorecase", "nonword", "sup-footnotes")),
    }

    def setup(self) -> None:
        flags = regex.IGNORECASE if self.opts["ignorecase"] else 0
        self.swaps = []
        for pattern, replacement in self.opts["swap"].items():
            if not isinstance(replacement, str):
                raise OptionError("swap", f"replacement for {as_written(pattern, cut=False)} must be a string",
                                  ("swap", pattern))
            compile_pattern("swap", pattern, flags, ("swap", pattern, KEY), empty_ok=False)
            body, literal = key_pattern(pattern)      # a literal key's spaces match any whitespace
            alone = oversized(body, flags=flags) is None     # sized alone: `(?:` would hide a leading (?x)
            body = body if self.opts["nonword"] else rf"(?<!\w){enclosed(body, flags)}(?!\w)"
            compiled = compile_pattern("swap", body, flags, ("swap", pattern, KEY), sized=alone)
            _check_template(compiled, pattern, replacement)
            self.swaps.append((compiled, replacement, literal, pattern))
        self.prefilter = _prefilter(self.opts["prefilter"], self.trusted)

    def fills(self) -> frozenset[str]:
        """`{replacement}` and the named groups every swap key has (`{left}`):
        a group one key lacks is printed as written in its findings (qa104 #8)."""
        groups = [set(compiled.groupindex) for compiled, *_ in self.swaps]
        return self.placeholders | (set.intersection(*groups) if groups else set())

    def fills_some(self) -> frozenset[str]:
        """The named groups only some swap keys have."""
        return frozenset(n for compiled, *_ in self.swaps for n in compiled.groupindex) - self.fills()

    def check(self, doc, parts):
        prefilter, sup = self.prefilter, self.opts["sup-footnotes"]
        for part in parts:
            if prefilter is not None and prefilter(part.text) is None:
                continue          # no key can match here (`_prefilter`)
            taken: list[tuple[int, int]] = []
            # (a <sup>'s footnote figures read as NO_WORDs, one for one: the offsets are the part's)
            text = unread(part, part.text) if sup else part.text
            for pattern, replacement, literal, key in self.swaps:
                for m in matches(pattern, text, self.trusted):
                    if any(s < m.end() and m.start() < e for s, e in taken) or NO_WORD in m.group():
                        continue          # (nor a match into a <sup>'s figures, which are no text)
                    found = m.group()
                    expanded = regex.expand(m, replacement)
                    new = match_case(expanded, found, key)
                    new = _keep_breaks(new, found) if literal else new
                    placed = None if new == found else _fix_place(text, m, new, expanded, key, literal)
                    if placed is None:
                        # already the preferred form: "Gov.", "co-op", "Joe Biden". It holds
                        # no span: a later key's real error there is still found (qa104 #12:
                        # `Mass. Ave` beside `Mass: Mass.`)
                        continue
                    at, to, new = placed     # the match, or the replacement around it in another case
                    taken.append((at, to))
                    # Named groups (even inside a lookbehind) may be used in the
                    # message, so a pattern can anchor on a rare character for
                    # speed and still show its context: "{left}%s".
                    args = {k: v for k, v in m.groupdict().items() if v is not None}
                    args["replacement"] = _SPACES.sub(" ", new)
                    # Vale's substitution message: `%s` the preferred form, then the text found
                    found = part.text[at:to]
                    shown = _SPACES.sub(" ", found) if literal else found     # (qa64 #11)
                    yield Finding(part, at, to, args=args, subs=(args["replacement"], shown),
                                  fix=new if self.opts["fix"] else None, spaced=literal)


KIND = Substitution
