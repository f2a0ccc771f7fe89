"""JUnit XML, which every CI server can show.

Each article is a testsuite. A clean article is one passing testcase; an
article with findings has one testcase per rule that flagged it. The testcase
fails (one `<failure>`, listing that rule's findings) only when a finding is at
or above `--fail-level`; below it, the findings are the testcase's output and
it passes. So `tests` counts testcases, `failures` counts failing ones, and
the two always add up as JUnit viewers expect.
"""
from __future__ import annotations

import os
import xml.etree.ElementTree as ET

import regex

from ._common import relative

NAME = "junit"
# Characters XML 1.0 cannot carry at all (control characters from a broken file).
_INVALID_XML = regex.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)


def _line(shown: str, d) -> str:
    flagged = f"\n  flagged: {d.snippet[:200]}" if d.snippet else ""
    return f"{shown}:{d.line}:{d.column}: {d.level} [{d.rule}] {d.message}{flagged}"


def render(report) -> str:
    by_path: dict[str, list] = {p: [] for p in report.files}
    for d in report.diagnostics:
        by_path.setdefault(d.path, []).append(d)
    suites = ET.Element("testsuites", name="newslint")
    total_tests = total_failures = 0
    for path, found in by_path.items():
        shown = relative(path, report.root) or path.replace(os.sep, "/")
        suite = ET.SubElement(suites, "testsuite", name=_clean(shown), errors="0", skipped="0")
        by_rule: dict[str, list] = {}
        for d in found:
            by_rule.setdefault(d.rule, []).append(d)
        failures = 0
        if not by_rule:
            ET.SubElement(suite, "testcase", classname=_clean(shown), name="newslint",
                          file=_clean(shown))
        for rule, hits in by_rule.items():
            case = ET.SubElement(suite, "testcase", classname=_clean(shown), name=rule,
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
    suites.set("tests", str(total_tests))
    suites.set("failures", str(total_failures))
    suites.set("errors", "0")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
