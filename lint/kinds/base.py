"""The contract between the engine and a rule kind.

A kind declares its options (type, default, help) and turns a validated rule
into a checker. It yields `Finding`s in part-text coordinates; the engine maps
them to lines and columns, attaches the rule id and level, and applies config
and suppressions. Kinds never print and never know the file format.
"""
from __future__ import annotations

import os
import re
import time
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Callable, ClassVar, Iterable, Iterator

from .. import rx as regex

from ..document import Document, Part
from ..marks import KEY
from ..regex_cache import SERIAL
from ..regex_size import compile_counted, not_compiling
from ..value_words import as_written
from ._empty_match import empty_at

# A `{name}` in a rule's message, filled from a finding's `args` (`placing`):
# group 1 a name as Python and a regex's named groups spell one (so `{0}` is
# text), or None for the escape `{{` / `}}`, a brace as Python's str.format
# reads it (qa104 #5). The standard library's `re` (the names are ASCII words):
# about a third cheaper per finding than `regex`.
PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^\W\d]\w*)\}")

# A user rule that backtracks catastrophically must become an error, not a hang:
# each pattern call gets at most REGEX_TIMEOUT seconds, and all of one rule's
# calls on one file share RULE_BUDGET seconds (the engine sets the deadline).
# Both count CPU time, as the regex module's own timeout does, so a busy
# machine does not stop rules that would finish.
REGEX_TIMEOUT = 2.0
RULE_BUDGET = 2.0
_DEADLINE: ContextVar[float | None] = ContextVar("newslint_rule_deadline", default=None)


# While a kind compiles its patterns (`Kind.__init__`): id(compiled) -> (compiled,
# the key path of the rule-file value it came from), for `pattern_place`.
_PLACES: ContextVar[dict | None] = ContextVar("newslint_pattern_places", default=None)


class BudgetSpent(TimeoutError):
    """A rule's user patterns used up its time budget on one file; `pattern`
    is the compiled pattern that was running, when one was (None when the
    budget was spent before a pattern started)."""

    def __init__(self, message: str, pattern: "regex.Pattern | None" = None):
        super().__init__(message)
        self.pattern = pattern


class budget:
    """Run one rule on one file with `seconds` of pattern time in all (a context
    manager; a class, not a generator: the engine enters one per rule per file)."""

    __slots__ = ("seconds", "token")

    def __init__(self, seconds: float = RULE_BUDGET):
        self.seconds = seconds

    def __enter__(self) -> None:
        self.token = _DEADLINE.set(time.process_time() + self.seconds)

    def __exit__(self, *exc) -> None:
        _DEADLINE.reset(self.token)


class OptionError(ValueError):
    """A rule option is invalid; `key` names the offending YAML key, `at` the
    offending value's key path when it is inside the option (`("tokens", 3)`;
    ends in `marks.KEY` when a mapping's key is at fault); `also`, other
    errors of the rule, any of which may be written first: a loader says the
    file's first (`marks.first_written`)."""

    def __init__(self, key: str, message: str, at: tuple | None = None, also: tuple = ()):
        super().__init__(message)
        self.key, self.at, self.also = key, at, also


@dataclass(frozen=True)
class Option:
    """A kind's option as a rule file sets it: its type, default and checks."""

    type: type | tuple[type, ...]
    default: Any = None
    required: bool = False
    help: str = ""
    check: Callable[[Any], str | None] | None = None  # returns an error text or None
    items: type | None = str       # element type of a list option; key type of a mapping one
    choices: tuple | None = None                      # the only values allowed
    non_empty: bool = False                           # a list or mapping needs an entry
    data_file: bool = False     # a string value names a data file (`data_file_path`)
    data_files: bool = False    # ... and so does each string of a list value (`spelling`'s `ignore:`)
    follows: tuple[str, ...] = ()  # the options it describes: a config overriding one drops this


def data_file_path(value: str, base: str) -> str | None:
    """Where a data-file option's value (`Option.data_file`: `names: house/tk.yaml`)
    points, set in a config or rule file in the folder `base`: an absolute path (`~`
    expanded) as it is; a relative one beside that file, as a config's `vale:` is, when
    something is there; else the name of one of newslint's own (`tk_names.yaml` in
    lint/data, a file name with no folder), kept as the name `rule_cache.load_data`
    reads. None when it is none of these."""
    from ..rule_cache import DATA_FOLDER
    path = os.path.expanduser(value)
    if os.path.isabs(path):
        return path
    beside = os.path.normpath(os.path.join(base, path))
    if os.path.exists(beside):
        return beside
    own = os.path.basename(path) == path and path not in ("", ".", "..")
    return path if own and os.path.isfile(os.path.join(DATA_FOLDER, path)) else None


def data_stamps(rules) -> tuple:
    """(path, modification time in ns, size, change time in ns, inode) of each
    data file outside newslint that `rules` (`ruleset.Rule`s) read (`Option.data_file`: a
    `names:` table beside the config, made absolute when loaded), sorted;
    (path, None) for one gone: an edited or deleted table is a new rule set
    (a deleted one a config error) and a new result-cache salt."""
    from ..code_stamp import stamp
    paths = data_files(rules)
    # a deleted table is stamped too (qa64 #5: its rules were kept, with no error)
    return tuple((p, *got) if (got := stamp(p)) is not None else (p, None) for p in paths)


def data_files(rules) -> list[str]:
    """The absolute paths, sorted, of the data files outside newslint that
    `rules` (`ruleset.Rule`s) read (`Option.data_file`: a `names:` table
    beside the config, made absolute when loaded); newslint's own, named by
    file name, are left out."""
    from . import registry
    kinds = registry()
    return sorted({v for r in rules if r.kind in kinds for k, o in kinds[r.kind].options.items()
                   for v in _files(o, r.options.get(k)) if os.path.isabs(v)})


def data_paths(options: dict[str, Option], values: dict, folder: str) -> dict:
    """`values` (a rule's keys, or a config's options for it, set in a file
    in `folder`) with each data-file option's string (each string of a
    `data_files` list) where `data_file_path` finds it. OptionError, at the
    list item, when it finds nothing."""
    out = dict(values)
    for key, opt in options.items():
        value = values.get(key)
        names = [value] if isinstance(value, str) else value
        if not _files(opt, value):
            continue
        paths = []
        for i, name in enumerate(names):
            path = data_file_path(name, folder) if name else name
            if path is None:
                raise OptionError(key, f"data file {name!r}: no such file beside {folder} "
                                       "(a relative path is read beside the file that sets it), "
                                       "and no data file of newslint's has that name",
                                  None if isinstance(value, str) else (key, i))
            paths.append(path)
        out[key] = paths[0] if isinstance(value, str) else paths
    return out


def _files(opt: Option, value) -> list[str]:
    """The data files an option's value names (`Option.data_file`,
    `Option.data_files`); an empty string names none, and a list with an item
    that is no string none (its type is refused with the option's own check)."""
    if opt.data_file and isinstance(value, str):
        return [value] if value else []
    if opt.data_files and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v for v in value if v]
    return []


def not_negative(value) -> str | None:
    """An `Option.check` for a count of days or the like: 0 or more."""
    return "must be 0 or more" if value < 0 else None


@dataclass
class Finding:
    """A fact a kind reports: a span of one part's text and what is wrong there.

    `message` overrides the rule's template; `args` fill `{name}` placeholders
    in the template; `subs` are values for Go's verbs (`%s`, `%[2]s`) in
    their order, as Vale fills them, used when the template has two verbs or
    an indexed one (a lone `%s` is the matched text, or from `shown_from` to
    `shown_to`, part-text offsets around the span, which stays as it is);
    `fix` is the replacement for the span when it is safe; `level` overrides
    the rule's level for this finding only; `fix_kept` is the text right after
    the span that the fix keeps and reads as its end (`diagnostic.Fix.kept`:
    the stop of "7 p.m" before "Then")."""

    part: Part
    start: int
    end: int
    message: str | None = None
    args: dict = field(default_factory=dict)
    subs: tuple[str, ...] = ()
    fix: str | None = None
    level: str | None = None
    final: bool = False      # `message` is complete: no `%s` or `{name}` filling
    anchor: int | None = None  # source offset Vale's line output reports it at (`Diagnostic.vale_column`)
    spaced: bool = False     # its whitespace runs are shown as one space (a literal key's match)
    # The finding of the same fault said first (a stale date in two datelines): this one is
    # dropped when that one is reported, after suppressions, so a suppressed one takes nothing away.
    repeat_of: "Finding | None" = field(default=None, compare=False, repr=False)
    whole: bool = False      # of its whole part (`occurrence`'s count), placed at a match: never "inside a quote"
    fix_kept: str = ""       # after the span, kept by the fix and shown as its end (`Fix.kept`)
    fix_from: int | None = None  # where the fix starts when before the span (it writes text[fix_from:end])
    shown_from: int | None = None  # where a lone `%s` starts, before the span: it shows text[shown_from:end]
    shown_to: int | None = None    # where it ends, after the span (a file name's '.png' past its token)
    shown: str | None = None       # what a lone `%s` shows instead, text no span holds whole (a <sup> between)
    # Reported in its place (maybe none) when the file refuses its fix (a range's: each time alone)
    instead: "tuple[Finding, ...] | None" = field(default=None, compare=False, repr=False)


def outside_quotes(doc: Document, findings: list[Finding]) -> list[Finding]:
    """`findings` less those whose span lies wholly inside a direct quotation
    (`analysis.quoted_spans`: the quotes the quote rules read, in body
    paragraphs and block quotes), for a rule with `skip-quotes: true`: a house
    style that leaves a speaker's words as said (nu28 #12). A finding about
    its whole part flags no quoted words and is kept: an empty span (`metric`'s
    result, `occurrence`'s too few, placed at the part's start, even where the
    part opens with a quote; qa64 #3) or a `whole` one (`occurrence`'s too
    many, a count over the part placed at its first match; fx107)."""
    if not findings:
        return findings
    from ..analysis.quoted_spans import quoted
    return [f for f in findings if f.whole or f.start == f.end or not quoted(doc, f.part, f.start, f.end)]


class Kind:
    """Base class: subclasses set `name`, `options`, `default_scope` and `check`."""

    name: ClassVar[str] = ""
    options: ClassVar[dict[str, Option]] = {}
    default_scope: ClassVar[tuple[str, ...]] = ("prose",)
    fixable: ClassVar[bool] = False
    fix_needs: ClassVar[str] = ""      # what a rule sets to get the fix, when it is off by default
    fix_words: ClassVar[bool] = False  # its fixes may swap words: none inside a quotation (`quote_fixes`)
    description: ClassVar[str] = ""
    # The kind says nothing without a publication date (`doc.published`): a
    # file without one is counted in the run's summary note (`engine.FileResult.undated`).
    needs_published: ClassVar[bool] = False
    # The levels some of its findings get instead of the rule's own (`Finding.level`):
    # (a level, or the name of an option that holds one; when, as a phrase). Shown
    # by `newslint rules` and docs/rules.md (`rules_table.other_levels`), so a rule
    # listed as `error` whose undated cases are warnings says so (nu27 #6).
    other_levels: ClassVar[tuple[tuple[str, str], ...]] = ()
    # The `{name}`s its findings fill in the rule's message (`Finding.args`); a
    # rule whose message names another is refused when it loads (qa99 #3).
    # None: not checked (Vale's kinds format their own messages, braces and all).
    placeholders: ClassVar[frozenset[str] | None] = None
    # The same for each other message option (`message-unread`), checked as
    # `message:` is; an option not listed is not checked (qa104 #7).
    message_placeholders: ClassVar[dict[str, frozenset[str]]] = {}

    @classmethod
    def user_options(cls) -> dict[str, Option]:
        """The options a rule file or config may set: a `_` name is set by a
        loader (Vale's `action: replace` -> `_replace`), never by a user."""
        return {k: v for k, v in cls.options.items() if not k.startswith("_")}

    @classmethod
    def loader_options(cls, message: str) -> dict[str, Any]:
        """Options a rule file's loader adds from its common keys (a `_` name
        each): none, as the engine fills the message; Vale's kinds, which
        format their own messages, take it (`vale.rulebase.ValeKind`)."""
        return {}

    def __init__(self, rule_id: str, opts: dict[str, Any], trusted: bool = False):
        self.rule_id = rule_id
        self.opts = opts
        self.trusted = trusted   # a built-in rule file with no option overrides
        token = _PLACES.set({})
        try:
            self.setup()
        finally:
            self.pattern_places = _PLACES.get()    # where a pattern that times out is placed
            _PLACES.reset(token)

    def setup(self) -> None:
        """Compile patterns once; raise OptionError on bad option values."""

    def fills(self) -> frozenset[str] | None:
        """The `{name}`s this rule's findings fill in its message: the kind's
        `placeholders`, and any its options add (a swap key's named groups)."""
        return self.placeholders

    def fills_some(self) -> frozenset[str]:
        """`{name}`s only some of this rule's findings fill (a group one swap key has)."""
        return frozenset()

    def check(self, doc: Document, parts: list[Part]) -> Iterable[Finding]:
        raise NotImplementedError

    def unavailable(self) -> str | None:
        """Why the rule cannot run in this install (an optional extra not
        installed), as one line saying what to install; None: it can run. A
        loader skips such a rule with a notice rather than failing it on every
        file (nu27 #4)."""
        return None


def by_check(doc: Document, name: str, parts: list,
             rows: Callable[[Part], Iterable[tuple[str, tuple]]]) -> dict[str, list[tuple]]:
    """check -> the rows `rows(part)` gives for that check over `parts`, in
    reading order: the rules of one kind (one a check each, most with the
    same scope) read one index a story instead of each walking every part
    (pf24). Kept on the document under `name` and the tuple of the parts
    themselves, so a rule with another scope gets an index of its own."""
    indexes = doc.analysis(name, lambda d: {})
    key = tuple(parts)
    index = indexes.get(key)
    if index is None:
        index = indexes[key] = {}
        for part in parts:
            for check, row in rows(part):
                index.setdefault(check, []).append(row)
    return index


def compile_pattern(key: str, pattern: str, flags: int = 0, at: tuple | None = None,
                    empty_ok: bool = True, sized: bool = False) -> "regex.Pattern":
    """`pattern` compiled; OptionError(key, ..., at) when it does not compile (its counts too
    large too: `regex_size`, unless the caller `sized` its parts) or, unless `empty_ok`, when it
    matches empty text (`""`, `x?`, `(?=a)`: `_empty_match`): a word found between two characters is no word, and its fix
    would insert the replacement there."""
    try:
        compiled = compile_counted(pattern, flags | regex.VERSION0, sized)
    except regex.error as exc:
        raise OptionError(key, not_compiling(pattern, exc), at) from None
    if (places := _PLACES.get()) is not None:
        places[id(compiled)] = (compiled, at or (key, KEY))     # (an alternation: its key)
    if not empty_ok and (where := empty_at(compiled)) is not None:
        raise OptionError(key, f"regex {as_written(pattern, cut=False)} matches empty text{where}, so it would be found "
                               "between characters; make it match at least one", at)
    return compiled


def matches(pattern: "regex.Pattern", text: str, trusted: bool = False, pos: int = 0) -> Iterator["regex.Match"]:
    """finditer from `pos` with the time limit, unless the pattern is a built-in one.

    Built-in patterns are reviewed and checked for linear growth on
    pathological input (benchmarks/adversarial.py); the limit costs about a
    microsecond per call, which over every part of every article is a tenth
    of the time budget. Patterns from users' rule files always run with it.
    """
    if trusted:
        return pattern.finditer(text, pos, None, False, SERIAL)
    return _bounded(pattern, text, _DEADLINE.get(), pos)


def _bounded(pattern: "regex.Pattern", text: str, deadline: float | None, pos: int = 0) -> Iterator["regex.Match"]:
    """finditer under the rule's deadline. The regex module checks its timeout
    only now and then, so the deadline is also checked after every match."""
    left = None if deadline is None else deadline - time.process_time()
    if left is not None and left <= 0:
        raise BudgetSpent("rule time budget spent")     # by the patterns before this one
    try:
        for m in pattern.finditer(text, pos, timeout=REGEX_TIMEOUT if left is None else min(left, REGEX_TIMEOUT)):
            yield m
            if deadline is not None and time.process_time() > deadline:
                raise BudgetSpent("rule time budget spent", pattern)
    except BudgetSpent:
        raise
    except TimeoutError:                    # the regex module's own: this pattern's
        raise BudgetSpent("regex timed out", pattern) from None
    if deadline is not None and time.process_time() > deadline:
        raise BudgetSpent("rule time budget spent", pattern)


def pattern_place(kind: "Kind", pattern: "regex.Pattern | None") -> tuple | None:
    """The key path (`marks`) of the rule-file value `pattern` was compiled
    from by `kind`'s `setup` (`compile_pattern`'s `at`, else its key: the
    alternation of a `tokens:` list is placed at `tokens:`); None when not known."""
    got = getattr(kind, "pattern_places", {}).get(id(pattern)) if pattern is not None else None
    return got[1] if got is not None and got[0] is pattern else None


def times(n: int) -> str:
    """A count as a message says it: 'once', 'twice', '3 times'."""
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def name_groups(value) -> str | None:
    """An option check: a list of lists of two names or more (the `distinct`
    option of the names rules), or the error to report."""
    if not all(isinstance(g, list) and len(g) >= 2 and all(isinstance(n, str) for n in g)
               for g in value):
        return "must be a list of lists of names, e.g. [[Marsh, Marsch]] or [[Jon, Joan]]"
    return None
