"""Apply the safe fixes rules declare, never touching text outside a fix span.

`fix_bytes` is what `newslint check --fix` and `--diff` run per file: apply
the non-overlapping fixes, re-lint, and repeat until nothing changes (or the
pass limit is hit, which means two fixes keep undoing each other).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator, Sequence


from .config import Config
from .diagnostic import Diagnostic, Fix
from .engine import FileResult, active_rules, lint_bytes, read_path
from .fix_baseline import Kept
from .fix_written import Written
from .plural import counted, plural
from .readers._own_reports import HELD_FIXES, READ_OTHERWISE, UNSETTLED
from .ruleset import Rule
from .runner import in_order, slim
from .session import Session
from .writer import WriteError, encode_fixed

MAX_PASSES = 10
# Why a finding's fix was not kept (`Document.fix_refused`'s keys; `quoting` is
# followed by the characters), as the line `held_line` prints after --fix or --diff.
HELD = {"embed": "it is in an embedded post, someone else's words, never rewritten",
        "escaped": "its text is written there with escapes or character references, which "
                   "a fix would have to rewrite",
        "line-ends": "its line ends are of more than one kind (LF, CRLF, CR), and the fix "
                     "cannot place its own among them",
        "br": "a <br> joins its words there, which a fix would have to drop",
        "hardbreak": "a hard line break joins its words there, which a fix would have to drop",
        "marker": "a block-quote marker ('>') starts its next line, which a fix would have to drop",
        "indent": "its next line is indented (a list item's continuation), which a fix would have "
                  "to drop",
        "link": "a link's markup ('[words](url)', '<a href>') is inside it, which a fix would have to rewrite",
        "markup": "inline markup (emphasis, code, an HTML tag or comment) is inside it, which a fix would "
                  "have to rewrite",
        "image": "an image's markup ('![alt](src)', '<img>') is inside it, which a fix would have to rewrite",
        "unverbatim": "its text is written there with markup or escapes, which a fix would have to rewrite",
        "template": "its fix would touch template syntax the site's build reads",
        "suppressed": "its fix would rewrite words an inline newslint-disable directive keeps for "
                      "another rule",
        "baseline": "its fix would rewrite the words of a finding the baseline hides, or the words "
                    "beside it the baseline knows it by",
        "baseline-line": "its fix would join or split lines above a finding the baseline knows by its "
                         "line, moving it off that line",
        "quoting": "its fix would put {} into a quoted value, breaking its quoting",
        "open-front": "it is in front matter never closed, whose values a site reads as data "
                      "once the block is closed: close it, then fix only what is prose",
        "plain": "it is an unquoted YAML value, which with the fix YAML would read as other text "
                 "or no text at all (a quote mark, %, &, * or @ at its start, ': ' or ' #' in it, or a "
                 "number, date or true/false): quote the value first",
        "bare": "it is a number, date or true/false written without quotes (TOML, JSON), which a "
                "fix would turn into something no reader can parse: quote it first",
        "rewrite": "its fix would rewrite text its own rule's fix wrote on an earlier pass, so "
                   "the rule reads its own replacement as wrong (does a swap's replacement "
                   "hold its key?)",
        "quotation": "it is inside a direct quotation, whose words are the speaker's: a fix never changes "
                     "them (AP: never alter quotations), so they are left to the writer",
        "chain": "its fix would rewrite words another rule's fix wrote in this run, and a fix of "
                 "a fix can change the meaning: 'i.e.' to 'that is' to \"that's\""}


def held_line(path: str, held: dict) -> str | None:
    """One line for a file whose findings (`FileResult.held`: Diagnostic ->
    key) have fixes --fix refused to write, saying where and why (nu28 #14:
    a finding left after --fix read as a failed fix); None when there is none."""
    if not held:
        return None
    whys: dict[str, list[str]] = {}
    for d, key in sorted(held.items(), key=lambda item: item[0].sort_key()):
        whys.setdefault(key, []).append(f"{d.line}:{d.column}")
    said = []
    for key, where in whys.items():
        if key.startswith("quoting"):
            text = HELD["quoting"].format(" ".join(repr(c) for c in key[len("quoting"):]))
        else:
            text = HELD.get(key, key)
        said.append(f"{', '.join(where)}: {text}")
    n = len(held)
    # each hold's own advice (qa119 #3): by hand, a baseline hold's fix would bring the
    # known one back (qa113 #4); an open-front hold's reason says what to do itself
    # and a fix of a fix (nu74 #1) the advice for a hand fix, as --fix writes neither; a
    # quotation's words are the writer's to keep or paraphrase, no hand fix asked
    groups = {"base": [], "hand": [], "front": []}
    for key, where in whys.items():
        groups["base" if key in ("baseline", "baseline-line") else
               "front" if key in ("open-front", "quotation") else "hand"].extend(where)
    mixed = sum(bool(where) for where in groups.values()) > 1
    by_hand = ""
    for group, advice in (("hand", "fix {} by hand"),
                          ("base", "fixing {} by hand changes the words or line the baseline knows another "
                                   "finding by: run --write-baseline after, or that finding shows as new")):
        if where := groups[group]:
            by_hand += f"; {', '.join(where) + ': ' if mixed else ''}{advice.format(plural(len(where), 'it', 'them'))}"
    return HELD_FIXES.format(path=path, findings=counted(n, 'finding'), said='; '.join(said), by_hand=by_hand)


def apply_fixes(source: str, diagnostics: Iterable[Diagnostic]) -> tuple[str, int]:
    """(new source, fixes applied). Overlapping fixes: the first by position wins;
    the rest wait for the next pass, after a re-lint. Two fixes at one point
    (an insertion next to another fix) count as overlapping."""
    new, applied = _apply(source, {d.fix for d in diagnostics if d.fix is not None})
    return new, len(applied)


def _apply(source: str, fixes: Iterable[Fix]) -> tuple[str, list[Fix]]:
    """`apply_fixes` with the fixes it applied, in order."""
    fixes = sorted(fixes, key=lambda f: (f.start, f.end, f.replacement))
    out, pos, applied = [], 0, []
    last_point, prev_empty = -1, False   # where the previous applied fix ended; was it an insertion
    for fix in fixes:
        if not 0 <= fix.start <= fix.end <= len(source):
            continue
        if fix.start < pos or (fix.start == last_point and (fix.start == fix.end or prev_empty)):
            continue
        if source[fix.start:fix.end] == fix.replacement:
            continue
        out.append(source[pos:fix.start])
        out.append(fix.replacement)
        pos = last_point = fix.end
        prev_empty = fix.start == fix.end
        applied.append(fix)
    out.append(source[pos:])
    return "".join(out), applied


def _guarded(source: str, result: FileResult, written: Written,
             fixable: list[Diagnostic]) -> tuple[str, list[Fix], int]:
    """One pass of `fix_bytes`: `apply_fixes` of the `fixable` findings of
    `result` (the fixes applied, in order, and how many of the findings
    `written.owed` they fix: two rules' identical fix on one word is one
    edit fixing two findings, nu69 #6; a finding a fix made is fixed but
    not counted, so --fix says what check said was fixable, nu74 #1), less
    a fix over text an earlier pass of this run wrote (`Written`, in
    `source`'s offsets): its own rule's replacement, which the rule reads as
    wrong, so writing it again corrupts the file one pass at a time (qa99
    #1, qa104 #1-#3: `Joe Joe Biden`, `Gov..`), or the characters another
    rule's fix changed, where a swap of a swap changes the meaning (nu74
    #1). The fix is held and said (`HELD["rewrite"]`, `HELD["chain"]`, in
    `result.held`) rather than written; `written` is moved to the new text."""
    fixes: dict[Fix, str] = {}
    findings: dict[Fix, list[tuple]] = {}
    judge = written.judge(source)
    for d in fixable:
        f = d.fix
        if f is None:
            continue
        if why := judge.why(d.rule, f):
            result.held[d] = why
        else:
            fixes.setdefault(f, d.rule)
            findings.setdefault(f, []).append((d.rule, d.offset, d.end_offset))
    new, applied = _apply(source, fixes)
    owed, fixed = written.owed, 0
    for f in applied:
        for key in findings[f]:
            if owed[key] > 0:
                owed[key] -= 1
                fixed += 1
    if applied:
        written.moved(source, applied, fixes)
    return new, applied, fixed


@dataclass
class FixOutcome:
    """One file after fixing: the text before and after, and what is left."""

    path: str
    result: FileResult                   # the final lint, of the fixed text
    original: str = ""
    fixed: str = ""
    data: bytes = b""                     # the fixed file's bytes, to write
    before: bytes = b""                   # the file's bytes as read
    applied: int = 0                      # edits written
    findings_fixed: int = 0               # findings they fix: more where rules' fixes are one edit (nu69 #6)
    problems: list[str] = field(default_factory=list)
    unfixed: FileResult | None = None     # the lint of the file as read: reported
    #                                       instead of `result` if the fix cannot be written
    chained: dict = field(default_factory=dict)   # a later pass's "chain" holds, placed as read (--diff)

    @property
    def changed(self) -> bool:
        return bool(self.data) and self.fixed != self.original


def fix_bytes(path: str, data: bytes, config: Config, max_passes: int = MAX_PASSES,
              rules: Sequence[Rule] | None = None, baseline=None) -> FixOutcome:
    """Fix one file's bytes in memory (nothing is written here) with `rules`
    (default: the config's active rules). With a `baseline` (a
    `baseline.Baseline`: `--fix --baseline`) the findings it hides in the
    file as read are left as written, and so are the words beside each it
    knows them by (`fix_baseline.Kept`; qa84 #10, qa87 #1, #2)."""
    rules = active_rules(config, path) if rules is None else rules
    result = lint_bytes(path, data, config, rules)
    doc = result.document
    if doc is None:                       # unreadable: nothing to fix
        return FixOutcome(path, result)
    outcome = FixOutcome(path, result, original=doc.source, fixed=doc.source, before=data,
                         unfixed=result)
    encoding = doc.encoding
    current = doc.source
    kept = Kept(baseline, result.diagnostics, result.path, doc) if baseline is not None else None
    written: Written | None = None
    for _ in range(max_passes):
        fixable = _fixable(result, kept)
        if written is None:               # what check calls "fixable with --fix" in the text as given
            written = Written(fixable)
        new, applied, fixed = _guarded(current, result, written, fixable)
        if not applied:
            break
        if kept is not None:
            kept.moved(applied)
        outcome.applied += len(applied)
        outcome.findings_fixed += fixed
        current = new
        try:
            result = lint_bytes(path, encode_fixed(current, doc.source, data, encoding), config, rules)
        except WriteError as exc:
            outcome.problems.append(f"{path}: {exc}")
            outcome.result = lint_bytes(path, data, config, rules)
            return outcome
        if _shape(result.document) != _shape(doc):
            # Never expected (fixes are refused where they could break the file's
            # syntax), but a fix that made a file unreadable must not be written.
            outcome.problems.append(READ_OTHERWISE.format(path=path))
            outcome.result = lint_bytes(path, data, config, rules)
            return outcome
    else:
        if _guarded(current, result, written.copy() if written else Written(), _fixable(result, kept))[1]:
            outcome.problems.append(UNSETTLED.format(path=path, passes=counted(max_passes, 'pass', 'passes')))
    outcome.fixed, outcome.result = current, _unfixable(result)
    if written is not None:
        outcome.chained = {written.as_read(d, doc.lines): key for d, key in result.held.items() if key == "chain"}
    if current != doc.source:
        outcome.data = encode_fixed(current, doc.source, data, encoding)
    return outcome


def _unfixable(result: FileResult) -> FileResult:
    """`result` with no fix on a finding its run held (`result.held`), so the
    report of the fixed file never calls "fixable with --fix" what the same
    run says to fix by hand (qa368 #3); its JSON and SARIF give it no fix."""
    if any(d.fix is not None for d in result.held):
        bare = {d: replace(d, fix=None) for d in result.held if d.fix is not None}
        result.diagnostics = [bare.get(d, d) for d in result.diagnostics]
        result.held = {bare.get(d, d): key for d, key in result.held.items()}
    return result


def _fixable(result: FileResult, kept: Kept | None) -> list[Diagnostic]:
    """The findings of `result` whose fixes may be written: all, or less the
    baseline's and those `kept` holds."""
    return result.diagnostics if kept is None else kept.split(result)


def _shape(doc) -> tuple | None:
    """What a fix must never change: the file reads, and an export holds the
    same articles (WXR posts, JSON Lines objects) with no new unreadable line."""
    if doc is None:
        return None
    broken = sum(n.rule in ("file.jsonl", "file.xml") for n in doc.notices)
    return tuple(a.article for a in doc.articles), broken


def fix_path(path: str, config: Config, max_passes: int = MAX_PASSES,
             rules: Sequence[Rule] | None = None, baseline=None) -> FixOutcome:
    data = read_path(path, config)
    if isinstance(data, FileResult):            # says why it cannot be read
        return FixOutcome(path, data)
    return fix_bytes(path, data, config, max_passes, rules, baseline)


_BASELINE = None     # the --baseline a worker process fixes under, set once in each (`_hold`)


def _hold(baseline) -> None:
    global _BASELINE
    _BASELINE = baseline


def _fix_work(item: tuple[str, Config]) -> FixOutcome:
    return _slim(fix_path(*item, baseline=_BASELINE))


def _slim(outcome: FixOutcome) -> FixOutcome:
    if outcome.unfixed is not None and outcome.unfixed is not outcome.result:
        outcome.unfixed.document = slim(outcome.unfixed.document)
    outcome.result.document = slim(outcome.result.document)
    return outcome


def fix_files(files: list[str], session: Session, jobs: int = 1,
              progress: Callable[[int, int], None] | None = None,
              baseline=None) -> Iterator[FixOutcome]:
    """Fix many files in memory, in parallel when asked; outcomes come in
    file order. A `baseline`'s findings are left as written (`fix_bytes`)."""
    def here(item: tuple[str, Config]) -> FixOutcome:
        path, config = item
        return _slim(fix_path(path, config, rules=session.active_rules(config, path), baseline=baseline))

    return in_order(_fix_work, here, [(f, session.config_for(f)) for f in files], jobs, progress,
                    initializer=_hold, initargs=(baseline,))
