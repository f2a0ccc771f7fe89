"""Tell a report newslint wrote from an article, by its content: a report
saved into a content folder (`newslint check . -o report.txt`) is skipped
with one `file.format` line at the next run, never linted as copy (nu54 #2:
124 findings on a text report) nor rewritten by `--fix`.

The HTML report carries a mark in its head (`HTML_MARK`). The line formats
carry none, so a file is theirs only when every line that is not blank is a
line of one of them (`LINE`): a finding line of `--format text`
(`path:line:col: level [rule.id] message`), its summary line or the lines
`check` says on stderr around it (`INCOMPLETE`, `UNDATED`, a file set aside
`SET_ASIDE`, a rule that crashed `CRASHED`, a named file that is the run's
stdout `OWN_OUTPUT`, a named file whose Vale sections turn no rule on
`UNRULED`, the findings a baseline hid `HIDDEN` or `NONE_HIDDEN`, its records gone
`GONE`, what `--fix` fixed `FIXED`: qa316 #1; the walk's lines, files left out
`XML_LEFT_OUT`, `DOCUMENTS_LEFT_OUT`, `SITE_FOLDER`, `STYLES_FOLDER`, `EXCLUDED`, the count of more
`MORE_SKIPPED` (qa324 #3), a run with none `NO_ARTICLES` (qa335 #2), stdin's `IGNORING` and --write-baseline's `RECORDED`: nu62 #1, #3; --fix's held fixes `HELD_FIXES`, a date given far ahead
`PUBLISHED_AHEAD`, a config passed over `PASSED_OVER`: rr54b #6, #7, qa319 #2; a `.vale.ini`'s
`SKIPPED_SCOPES`: qa421 #7; a line over
`LONGEST_LINE` is matched only as `IGNORING`, `whole_line`), the lines `-v` says before and after it and
the `--statistics` table after it (`_RUN_LINES`, nu61 #1), one of
`--format vale` (`path:line:col:Style.Rule:message`), or a workflow command
of `--format github` (`::warning file=...::message`, `::error
title=newslint::...`), each of those two with the stderr lines but the
undated note, which check says in every format (qa283 #1); and at least one
of them is a finding of a rule newslint knows (`known_ids`: a built-in rule
or a `file.*` notice, such as a skipped file's `file.format`: qa283 #3;
or a built-in rule that crashed, `CRASHED` with its error as the engine
writes it, `ValueError: ...`: qa288 #1), or a line that closes a run and
may be all it says, a report or baseline it could not write or --diff's
count (`ENDED`: nu64 #2). An
article that quotes one such line among its own is still an article, and so
is a brief whose one line reads like a summary (`Found 3 problems at the
bridge…`) or a transcript timed `00:01:02:J.Smith: …` (qa265 #3, #4).
The JSON, SARIF and rdjson reports are told by their shape
(`_own_json_reports`, nu61 #2), and so is the junit report
(`_own_junit_reports`, nu64 #2). The patch `--diff` writes is not: git's
`a/` `b/` names make it another tool's unified diff to the letter (qa321 #1).
"""
from __future__ import annotations

import re
import string
from functools import lru_cache

__all__ = ["BASELINE_UNWRITTEN", "CANNOT_STORE", "CHANGED_ON_DISK", "CONFIG_EXCLUDES", "CRASHED",
           "DOCUMENTS_LEFT_OUT", "ENDED", "EXCLUDED", "FIXED", "FIX_UNWRITTEN", "GONE", "HELD_FIXES", "HIDDEN",
           "HTML_MARK", "IGNORING", "INCOMPLETE", "LINKED_APART", "LONGEST_LINE", "MORE_SKIPPED", "NEWS_XML", "NO_ARTICLES",
           "NONE_HIDDEN", "NOT_LINTED", "NOT_ROUND_TRIP", "OTHERS_EXCLUDE", "OTHER_NAME", "OWN_OUTPUT",
           "PASSED_OVER", "PUBLISHED_AHEAD", "READ_OTHERWISE", "RECORDED", "REPORT_UNWRITTEN", "SAID", "SET_ASIDE",
           "SITE_FOLDER", "SKIPPED", "SKIPPED_SCOPES", "STATISTICS", "STDERR", "STDERR_LINES", "STYLES_FOLDER", "UNDATED", "UNRULED",
           "UNSETTLED", "VALE_ABOVE", "VALE_PASSED_OVER", "V_LISTS", "WOULD_APPLY", "XML_LEFT_OUT", "known_ids",
           "own_report", "whole_line"]

# The mark `--format html` writes in its report's head (`formatters.html.render` takes it from here).
HTML_MARK = '<meta name="generator" content="newslint report">'
# The lines a text report saved with its stderr (`check . > lint.txt 2>&1`) holds
# besides findings and the summary, as their writers format them from here:
# an incomplete run's summary (`formatters.text.Tally.summary`) and the note
# on undated files (`cli_notes.undated_note`, said after `STDERR`) (qa265 #1, #2).
INCOMPLETE = "{found}, but the check is incomplete: see the {errors} below."
UNDATED = "{some} had no {usable}publication date{why}, so the checks that need one were skipped{advice}."
STDERR = "newslint: "
# ... and, after `STDERR`, a file skipped as no article (`reporting.set_aside`, said
# before the report) and a rule that crashed (`engine`, said after it) (qa279 #1, #2)
SET_ASIDE = "{path}: {rule}: {message}"
SKIPPED = "file.format"     # the one rule a file set aside is said by (`reporting.SKIPPED`)
CRASHED = "{path}: internal error in rule {rule}: {error}"
# ... a named file that is the file stdout is redirected into (`cli_check`: rr51c #3, qa279 #3; rr52a #1)
OWN_OUTPUT = "{path}: left out: it is this run's own output (stdout is redirected into it), so there is nothing to lint"
# ... and a file the sections of a Vale config that match it turn no rule on (`vale.unmatched`'s
# note: said with -v, and for a named file without it, `cli_notes.say_unlinted`: rr52a #4)
NOT_LINTED = "; not linted"     # ends each of `vale.unmatched`'s notes: `reporting.unlinted` reads it
UNRULED = "{path}: the sections of {config} that match it turn no rule on" + NOT_LINTED
# ... and the lines of a run with --baseline, the findings it hid and its records gone
# (`cli_output.say_baseline`), and of a run with --fix, what it fixed (`cli_output`) (qa316 #1)
HIDDEN = "{count} hidden by the baseline {file}"
NONE_HIDDEN = "none hidden by the baseline {file} ({why})"     # ... or none, and why (`cli_output.none_hidden`)
GONE = "{gone}; rewrite the baseline with --write-baseline {file}"
FIXED = "fixed {problems} in {files}"
# ... and the lines of the walk, before the report (`cli_check`, said always or with -v: nu62 #1, #3): a
# folder's .xml files (`files.XmlLeftOut`), the walk's word-processor and PDF files (`files.DocumentsLeftOut`),
# a site's folder (`sites.Skipped`) or the Vale StylesPath (`styles_folder`) left out, and a named file or
# stdin's name the config's exclude: leaves out under --force-exclude (`excluded.Excluded`)
XML_LEFT_OUT = "skipped {files} in {folder} ({what}; a walk reads an .xml only when its root is NITF, NewsML-G2 or WordPress{advice})"
DOCUMENTS_LEFT_OUT = "left out {total} ({kinds}: {named}): newslint reads plain text, Markdown and web pages; {each}"
SITE_FOLDER = "skipped {path} ({generator} {role}, beside {marker}; {undo}, or set site-folders: false, to lint it)"
STYLES_FOLDER = "skipped {path} (the Vale StylesPath of {ini}: styles and vocabularies, not copy; {undo} to lint it)"
EXCLUDED = "skipped {path} (matched by exclude: in {config}; {undo} to lint it)"
# ... and the paths named past the first `reporting.NAMED_IN_NOTICE` of those lines, counted (`skip_notes.skip_lines`:
# a hook naming the 300 files of a rebuilt `_site/`, qa324 #3), `by` what left them out: --force-exclude when given,
# else the config's exclude: (`exclude: in .newslint.yaml`, its path read as `EXCLUDED` reads it: `Wires (AP)/`,
# qa396 #1; qa389 #2)
MORE_SKIPPED = "and {more} skipped by {by} (-v names each)"
# ... and a run that found no article file, before its (empty) report (`cli_notes.nothing_to_lint`: what a
# walk reads, then what left files out), so an empty run's report saved with `2>&1` is told (qa335 #2);
# `xml`: `NEWS_XML` (a folder's .xml is walked by its root: qa428 #3), "" in an older newslint's line
NO_ARTICLES = "no article files to lint here (folders are walked for {extensions}{xml}{left_out})"
NEWS_XML = " and NITF, NewsML-G2 or WordPress .xml"      # as a named .sgm's line says it
# ... its `left_out`, each clause when it holds: the config's own exclude, other configs' excludes, the -v hint
CONFIG_EXCLUDES = "; the config's exclude: skips files"
OTHERS_EXCLUDE = "; the exclude: in {configs} {skip} files"
V_LISTS = "; -v lists what was left out"
# ... and stdin's line for the files --stdin-filename leaves out (`cli_output.stdin_named`) and the
# --write-baseline line (`cli_output.say_recorded`), said after a report
IGNORING = ("ignoring {paths} in favor of standard input "
            "(--stdin-filename names the article read from stdin; add '-' to read both)")
RECORDED = "recorded {findings} in {file}{also}"
# ... and --fix's line for the fixes it held back (`fixes.held_line`), and a publication date given
# far ahead of today (`Session.published_ahead`) (rr54b #6, #7)
HELD_FIXES = "{path}: {findings} left unfixed on purpose ({said}){by_hand}"
PUBLISHED_AHEAD = "{where} {date} is {days} days ahead of today ({today}): the date checks read the copy as if it ran then"
# ... and a config passed over for the one beside it (`Session.passed_over`, qa319 #2)
PASSED_OVER = "{path}: used; {other} beside it is not read (configs are not merged: move its settings into {name} and delete it)"
# ... and a Vale config beside newslint's own that its `vale:` does not name (`Session.passed_over`, nu68 #4)
VALE_PASSED_OVER = ("{path}: used; {other} beside it is not read "
                    "(configs are not merged: to run its rules too, add '{key}' to {where})")
# ... and the Vale config a folder above would use, shadowed by the nearer config of newslint's own (nu74 #6)
VALE_ABOVE = VALE_PASSED_OVER.replace(" beside it ", " above it ")
# ... and a `.vale.ini`'s SkippedScopes tags newslint cannot honour (`vale.config`, qa421 #7)
SKIPPED_SCOPES = ("{where}: SkippedScopes: {tags}: newslint keeps no such tag on the text it reads, "
                  "so that text is still linted (honoured: {honoured})")
# ... and --fix's lines for a file it left as it was (`writer`: bytes its encoding cannot give back or a
# fix's character it cannot store, said after `{path}: ` (`fixes`); a file changed on disk since it was
# read, a failed write, names of one file fixed otherwise), and the lines for a report or baseline
# that could not be written (`cli`'s stdout on a full disk, `cli_output.emit`'s --output and
# `cli_notes.say_undated`'s after `{path}: `; `cli_output.write_baseline`), and --diff's count (nu64 #2)
NOT_ROUND_TRIP = "the file does not round-trip through {encoding}; not rewritten"
CANNOT_STORE = "a fix adds {added}, which {encoding} cannot store; not rewritten"
CHANGED_ON_DISK = ("{path}: not rewritten: the file changed on disk after --fix read it "
                   "(saved in an editor?); run --fix again")
FIX_UNWRITTEN = "{path}: cannot write the fixed file: {why}"
LINKED_APART = ("{path}: not rewritten: it is one file with {others}, whose config fixes it otherwise; "
                "make them two files to fix each")
# ... and a file --fix left as it was because its fixes would change how it reads, or kept fixes
# that did not settle (`fixes`)
READ_OTHERWISE = ("{path}: the fixes would change how the file reads (an article lost or the file unreadable); "
                  "nothing written")
UNSETTLED = "{path}: fixes did not settle after {passes} (two rules keep undoing each other?); the last pass is kept"
REPORT_UNWRITTEN = "cannot write the report: {why}"
BASELINE_UNWRITTEN = "{file}: cannot write baseline: {why}"
WOULD_APPLY = "{fixes} would be applied to {files} (nothing written)"
# The last three end a run and may be all it says (`check --write-baseline b.json > log.txt 2>&1` when
# b.json cannot be written; `--diff` with nothing to fix), and so may `NO_ARTICLES` (an empty run's
# `check --format vale content/ > log.txt 2>&1`: qa335 #2), so a saved output whose every line is
# newslint's and one of them such a line (`_line_ids` names it `ENDED`) is newslint's without a finding
ENDED = "(the run's closing line)"
# ... and a usage error naming a command by another tool's name for it (`usage.OTHER_NAMES`:
# `newslint lsp`, nu65 #8), in the CLI's did-you-mean form
OTHER_NAME = "No such command {name!r}. (did you mean {command}? other tools' {name!r} is 'newslint {command}')"
_RULE_ID = r"[\w-]+(?:\.[\w-]+)+"      # a rule id, `pack.name` (the Vale line's too)
# (Each grammar below keeps at most two free `.+`/`.*` fields; the others are classes that stop at the
# template's next delimiter, so a long first line that opens like one is matched in linear time: qa318 #2.)


def _grammar(template: str, **parts: str) -> str:
    """A pattern of the lines `template.format(...)` writes: its words as
    they are, each `{name}` as the pattern `parts[name]`."""
    return "".join(re.escape(words) + (parts[name] if name is not None else "")
                   for words, name, _, _ in string.Formatter().parse(template))


# a crashed rule's error as `engine` writes it: the exception's class name (a built-in one, such as
# StopIteration or a plain Exception (qa299 #1), or one named as Python names them: ...Error,
# ...Exception, ...Warning, ...Interrupt, ...Exit; `re.error`), then ": " and its message, or the
# name alone for an empty one (qa293 #2, #3);
# `Name:` too, an empty message's line as written before, its trailing space stripped
_ERROR = (r"(?:[A-Za-z_]\w*(?:Error|Exception|Warning|Interrupt|Exit)|StopIteration|StopAsyncIteration"
          r"|(?:Base)?Exception(?:Group)?|error)(?:: .*|:)?")
# the lines `check` says on stderr in every format, plainly (`cli_notes.say_skipped`, `cli_check`,
# `cli_notes.say_unlinted`, `cli_output`'s --baseline and --fix lines: qa316 #1), so a report of any
# line format saved with `2>&1` holds them (qa283 #1);
# a skipped file's rule is its group `said`, a `file.*` notice like a finding's (qa283 #3), and so is
# a crashed rule's when its error reads as `engine` writes one, `_ERROR` (qa288 #1); a
# crash line whose error is other words is a line of the report still, but names no rule
_CLOSING_LINES = ("(?:.+: )?" + _grammar(REPORT_UNWRITTEN, why=".+"), _grammar(BASELINE_UNWRITTEN, file=".+", why=".+"),
                  _grammar(WOULD_APPLY, fixes=r"\d+ fix(?:es)?", files=r"\d+ files?"),
                  _grammar(NO_ARTICLES, extensions=r"\.\w+(?: \.\w+)*", xml="(?:" + re.escape(NEWS_XML) + ")?",
                           left_out="(?:" + re.escape(CONFIG_EXCLUDES) + ")?(?:"
                           + _grammar(OTHERS_EXCLUDE, configs=".+", skip="skips?") + ")?(?:" + re.escape(V_LISTS) + ")?"))
_SAID_LINES = "|".join(re.escape(STDERR) + line for line in (
    _grammar(SET_ASIDE, path=".+", rule="(?P<said>" + re.escape(SKIPPED) + ")", message=".*"),
    _grammar(CRASHED, path=".+", rule="(?P<crashed>" + _RULE_ID + ")", error=_ERROR),
    _grammar(CRASHED, path=".+", rule=_RULE_ID, error=".*"),
    _grammar(OWN_OUTPUT, path=".+"),
    _grammar(UNRULED, path=".+", config=".+"),
    _grammar(HIDDEN, count=r"\d+ known findings?", file=".+"),
    _grammar(NONE_HIDDEN, file=".+", why=".+"),
    _grammar(GONE, gone=r"\d+ recorded findings? (?:is|are) gone \(.+\)", file=".+"),
    _grammar(FIXED, problems=r"\d+ problems?", files=r"\d+ files?"),
    _grammar(XML_LEFT_OUT, files=r"\d+ \.xml files?", folder=".+", what="[^;]+", advice="[^()]*"),
    _grammar(DOCUMENTS_LEFT_OUT, total=r"\d+ word-processor or PDF files?", kinds="[^:]+", named="[^)]+", each=".+"),
    _grammar(SITE_FOLDER, path=".+", generator=r"\w+", role="[^,]+", marker="[^;]+", undo="[^,]+"),
    _grammar(STYLES_FOLDER, path=".+", ini="[^;]+", undo="[^;]+"),
    _grammar(EXCLUDED, path=".+", config="[^;]+", undo="[^;]+"),
    _grammar(MORE_SKIPPED, more=r"\d+ more named paths?", by=r"(?:--force-exclude|exclude:(?: in [^;]+)?)"),
    _grammar(IGNORING, paths=".+"),
    _grammar(RECORDED, findings=r"\d+ findings?", file=".+", also=".*"),
    _grammar(HELD_FIXES, path=".+", findings=r"\d+ findings?", said=".+", by_hand="[^()]*"),
    _grammar(PASSED_OVER, path=".+", other=".+", name="[^ ]+"),
    _grammar(VALE_PASSED_OVER, path=".+", other=".+", key=r"""(?:vale: [^ ']+|vale = "[^"]+")""",
             where=r"(?:\.newslint\.ya?ml|\[tool\.newslint\] in pyproject\.toml)"),
    _grammar(VALE_ABOVE, path=".+", other=".+", key=r"""(?:vale: [^ ']+|vale = "[^"]+")""",
             where=r"(?:\.newslint\.ya?ml|\[tool\.newslint\] in pyproject\.toml)"),
    _grammar(SKIPPED_SCOPES, where=r".+:\d+:\d+", tags=".+", honoured="[^()]+"),
    _grammar(PUBLISHED_AHEAD, where=".+", date=r"\d{4}-\d\d-\d\d", days=r"\d+", today=r"\d{4}-\d\d-\d\d"),
    ".+: " + _grammar(NOT_ROUND_TRIP, encoding=r"[\w.-]+"),
    ".+: " + _grammar(CANNOT_STORE, added=".+", encoding=r"[\w.-]+"),
    _grammar(CHANGED_ON_DISK, path=".+"),
    _grammar(FIX_UNWRITTEN, path=".+", why=".+"),
    _grammar(LINKED_APART, path=".+", others=".+"),
    _grammar(READ_OTHERWISE, path=".+"),
    _grammar(UNSETTLED, path=".+", passes=r"\d+ pass(?:es)?"),
    *_CLOSING_LINES))
_CLOSING = re.compile(re.escape(STDERR) + "(?:" + "|".join(_CLOSING_LINES) + ")")     # `ENDED`'s
# a line only newslint writes, which names it as a closing line does: a report whose findings
# are all a house style's is still one with it (qa421 #7)
_SIGNED = re.compile(re.escape(STDERR) + _grammar(SKIPPED_SCOPES, where=r".+:\d+:\d+", tags=".+", honoured="[^()]+"))
# the lines `check -v` says on stderr before and after a report (nu61 #1): the rules selected
# (`cli_notes.selected_lines`), each file's config (`cli_notes.say_file_notes`) and its note on
# the publication date (`publication.note`; an export's article's ends `(article ...)`), and
# more jobs than CPUs (`runner.oversubscribed`)
_VERBOSE_LINES = re.escape(STDERR) + (
    r"(?:(?:no rules|\d+ rules?) selected(?: under .+)?(?:: .+)?"
    r"|.+: config .+"
    r"|.+: (?:published \d{4}-\d\d-\d\d \(from .+\)|no publication date found|empty: no publication date to look for"
    r"|the publication date given was refused \(see the warning\))(?:[ ,;].*)?"
    r"|--jobs \d+ starts \d+ processes for .+)")
# a row of the `--statistics` table said after the summary (`statistics.render`): count, rule, its
# levels (`warning` or `error 2, warning 1`), what is fixable; then the total
_LEVEL = "(?:error|warning|suggestion)"
STATISTICS = (r" *\d+  " + _RULE_ID + r" +" + _LEVEL + r"(?: \d+(?:, " + _LEVEL + r" \d+)*)?(?:  +\(\d+ fixable\))?"
              r"| *\d+  total")
_RUN_LINES = _VERBOSE_LINES + "|" + STATISTICS     # said in every format (the table on stderr but in text's)
# every line `check` says on stderr: the undated note (`cli_notes.undated_note`), `_SAID_LINES` and
# `_RUN_LINES`; a report saved with `2>&1` holds them around its own lines (a JSON one's before it: qa308 #1)
STDERR_LINES = (re.escape(STDERR) + _grammar(UNDATED, some=r"\d+ (?:of \d+ )?(?:file|article)s?\b.*?",
                                             usable="(?:usable )?", why=r"(?:[ :].*)?", advice=r"(?:; .*)?")
                + "|" + _SAID_LINES + "|" + _RUN_LINES)
# format -> a whole line of its report (`formatters.text`, `.vale`, `.github`) or of `_SAID_LINES`;
# a finding line's rule id is its group `id`
LINE = {
    "text": re.compile(r".+:\d+:\d+: (?:error|warning|suggestion) \[(?P<id>[^\]\s]+)\] .*"
                       r"|Found \d+ problems? .*\.|No problems found\.|No files linted\.|"
                       + _grammar(INCOMPLETE, found=r"Found \d+ problems?", errors=r"\d+ errors?") + "|"
                       + STDERR_LINES),
    "vale": re.compile(r".+:\d+:\d+:(?P<id>" + _RULE_ID + "):.*|" + _SAID_LINES + "|" + _RUN_LINES),
    "github": re.compile(r"::(?:error|warning|notice) (?:file=[^:]*,title=(?P<id>[^:,]+)::.*|title=newslint::(?:"
                         + _grammar(CRASHED, path=".+", rule="(?P<noted>" + _RULE_ID + ")", error=_ERROR) + "|.*))|"
                         + _SAID_LINES + "|" + _RUN_LINES),
}
# format -> how the `file.format` line names its report
SAID = {"html": "HTML", "text": "text", "vale": "Vale", "github": "GitHub",
        "json": "JSON", "sarif": "SARIF", "rdjson": "rdjson",      # these three: `_own_json_reports`
        "junit": "JUnit"}       # `_own_junit_reports`
_HEAD = 4096        # characters of the first line enough to tell whether a format may match
# characters in the longest line newslint writes but one (a path, at most 4,096 on Linux, and a
# message): a longer line is matched whole only as stdin's `IGNORING` line, which names every file
# passed over and has one free field (qa320 #1), so a long first line that repeats another grammar's
# words costs no quadratic match (qa319 #1)
LONGEST_LINE = 8192
_LONG_LINE = re.compile(re.escape(STDERR) + _grammar(IGNORING, paths=".+"))
_LONG_OPENING = STDERR + IGNORING.partition("{")[0]     # `_LONG_LINE`'s first words (nu64 #1)


def whole_line(pattern: re.Pattern, text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """`pattern`'s match of the whole line text[start:end], as `_LONG_LINE`'s
    when the line is longer than LONGEST_LINE."""
    end = len(text) if end is None else end
    return (_LONG_LINE if end - start > LONGEST_LINE else pattern).fullmatch(text, start, end)


def own_report(source: str, fmt: str) -> str | None:
    """The `--format` name of newslint's own report that `source` (decoded
    text, read by the reader of format `fmt`) is, else None. Costs one match
    on the first line of an article."""
    if fmt == "html":
        return "html" if HTML_MARK in source[:2048] else None
    head = source[:_HEAD].lstrip("\ufeff \t\r\n").partition("\n")[0].rstrip("\r")
    for name, line in LINE.items():
        if not line.match(head) and not head.startswith(_LONG_OPENING):     # (a long line's head is cut)
            continue
        # every line one of this format's, then one a finding of a rule newslint knows
        ids = _line_ids(line, source)
        if ids is not None and any(rid == ENDED or rid in known_ids() for rid in ids):
            return name
    return None


def _line_ids(line: re.Pattern, source: str) -> list[str | None] | None:
    """The rule id (a skipped file's `file.format` and a crashed rule's too;
    `ENDED` for a run's closing line or a `_SIGNED` one; None for a summary line) of each line
    of `source` that is not blank, each matched once, when every one is a
    whole `line`; else None, read up to the first that is not (qa269 L2)."""
    ids = []
    for row in source.splitlines():
        if row.strip():
            found = whole_line(line, row)
            if found is None:
                return None
            said = found.groupdict()        # (none for a long line: `_LONG_LINE` names no rule)
            ids.append(said.get("id") or said.get("said") or said.get("crashed") or said.get("noted")
                       or (ENDED if row.startswith(STDERR) and (_CLOSING.fullmatch(row) or _SIGNED.fullmatch(row))
                           else None))
    return ids


@lru_cache(maxsize=1)
def known_ids() -> frozenset[str]:
    """The rule ids a report of newslint's own may name, read once a run:
    the built-in rules (`<pack>.<name>` from the shipped rules folder's
    listing, `rule_layout.rule_files`) and the `file.*` notices
    (`file_notices.FILE_RULES`). A house rule's id is not among them: the
    readers do not see the run's rule set. Imported here, on the first line
    that looks like a report's, so an article costs none of it."""
    from ..file_notices import FILE_RULES
    from ..rule_layout import rule_files
    from ..ruleset import builtin_rules_folder

    return frozenset(FILE_RULES) | {rule_id for rule_id, _ in rule_files(builtin_rules_folder())}
