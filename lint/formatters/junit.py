"""JUnit XML, which every CI server can show: one testcase per article, one
failure per finding, so a clean article is a passing test."""
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


def render(report) -> str:
    by_path: dict[str, list] = {p: [] for p in report.files}
    for d in report.diagnostics:
        by_path.setdefault(d.path, []).append(d)
    failures = len(report.diagnostics)
    suites = ET.Element("testsuites", name="newslint", tests=str(len(by_path)),
                        failures=str(failures), errors="0")
    suite = ET.SubElement(suites, "testsuite", name="newslint", tests=str(len(by_path)),
                          failures=str(failures), errors="0", skipped="0")
    for path, found in by_path.items():
        shown = relative(path, report.root) or path.replace(os.sep, "/")
        case = ET.SubElement(suite, "testcase", classname="newslint", name=_clean(shown),
                             file=_clean(shown))
        for d in found:
            failure = ET.SubElement(case, "failure", type=d.rule, message=_clean(
                f"{d.line}:{d.column}: {d.level} [{d.rule}] {d.message}"))
            failure.text = _clean(f"{shown}:{d.line}:{d.column}: {d.level} [{d.rule}] {d.message}"
                                  + (f"\n  flagged: {d.snippet}" if d.snippet else ""))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
