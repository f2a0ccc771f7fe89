"""JUnit XML, which every CI server can show.

Each article is a testsuite (an export's, named `path (article ID)`, one
each, and one for findings on the export file itself). A clean article is one passing testcase; an
article with findings has one testcase per rule that flagged it. The testcase
fails (one `<failure>`, listing that rule's findings) only when a finding is at
or above `--fail-level`; below it, the findings are the testcase's output and
it passes. So `tests` counts testcases, `failures` counts failing ones, and
the two always add up as JUnit viewers expect. A rule that timed out or
crashed (exit 2) is an erroring testcase of a `newslint` testsuite, counted
in `errors`.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from .. import rx as regex

from ._common import shown_path, with_article

NAME = "junit"
# Characters XML 1.0 cannot carry at all (control characters from a broken file).
_INVALID_XML = regex.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)


def _line(shown: str, d) -> str:
    flagged = f"\n  flagged: {d.snippet[:200]}" if d.snippet else ""
    return f"{shown}:{d.line}:{d.column}: {d.level} [{d.rule}] {with_article(d)}{flagged}"


def _suites(report):
    """(file as shown, suite name, its findings) in report order: a file's, or for an export
    (`Report.articles`) each article's, named `path (article ID)`, the clean
    ones too, after any findings on the file itself (a notice)."""
    by_path: dict[str, list] = {p: [] for p in report.files}
    for d in report.diagnostics:
        by_path.setdefault(d.path, []).append(d)
    for path, found in by_path.items():
        shown = shown_path(path, report.root)
        names = report.articles.get(path)
        if not names:
            yield shown, shown, found
            continue
        by_article: dict[str, list] = {}
        for d in found:
            by_article.setdefault(d.article, []).append(d)
        if "" in by_article:                # the file's own: not in one article
            yield shown, shown, by_article.pop("")
        for name in dict.fromkeys((*names, *by_article)):
            yield shown, f"{shown} (article {name})", by_article.get(name, [])


def _run_errors(suites, problems: list[str]) -> int:
    """The run's problems (a rule that timed out or crashed: exit 2) as a
    `newslint` testsuite of one erroring testcase each, so a CI's test view
    shows the check incomplete; how many."""
    if not problems:
        return 0
    suite = ET.SubElement(suites, "testsuite", name="newslint", tests=str(len(problems)),
                          failures="0", errors=str(len(problems)), skipped="0")
    for problem in problems:
        case = ET.SubElement(suite, "testcase", classname="newslint", name="run")
        ET.SubElement(case, "error", type="newslint.incomplete",
                      message=_clean(problem.splitlines()[0] if problem else "")).text = _clean(problem)
    return len(problems)


def render(report) -> str:
    suites = ET.Element("testsuites", name="newslint")
    total_tests = total_failures = 0
    for shown, name, found in _suites(report):
        suite = ET.SubElement(suites, "testsuite", name=_clean(name), errors="0", skipped="0")
        by_rule: dict[str, list] = {}
        for d in found:
            by_rule.setdefault(d.rule, []).append(d)
        failures = 0
        if not by_rule:
            ET.SubElement(suite, "testcase", classname=_clean(name), name="newslint",
                          file=_clean(shown))
        for rule, hits in by_rule.items():
            case = ET.SubElement(suite, "testcase", classname=_clean(name), name=rule,
                                 file=_clean(shown), line=str(hits[0].line))
            text = _clean("\n".join(_line(shown, d) for d in hits))
            failing = [d for d in hits if d.at_least(report.fail_level)]
            if failing:
                failures += 1
                first = failing[0]
                more = f" (and {len(hits) - 1} more)" if len(hits) > 1 else ""
                failure = ET.SubElement(case, "failure", type=rule, message=_clean(
                    f"{first.line}:{first.column}: {first.level}: {first.message}{more}"))
                failure.text = text
            else:
                ET.SubElement(case, "system-out").text = text
        tests = max(1, len(by_rule))
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        total_tests, total_failures = total_tests + tests, total_failures + failures
    errors = _run_errors(suites, report.problems)
    suites.set("tests", str(total_tests + errors))
    suites.set("failures", str(total_failures))
    suites.set("errors", str(errors))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
