"""Tell newslint's own `--format junit` report from an article, by its shape,
whatever the file's name (nu64 #2: `check --format junit > report.md` then
`check .` linted the XML as copy), as `_own_json_reports` tells the JSON ones.

A file is one only when its text (after a BOM, blank lines and the lines
check says on stderr, `STDERR_LINES`) opens as `formatters.junit.render`
writes it (`_OPENING`: its XML declaration, then the `testsuites` root named
newslint with its three counts, each line ended `\n`, or `\r\n` throughout),
parses (defusedxml: no entity, no DTD
fetched) up to the root's end, and has that formatter's tree (`_fits`):

- the root `testsuites` {name="newslint", tests, failures, errors} holds only
  `testsuite`s {name, tests, failures, errors, skipped="0"};
- a file's or article's suite (errors="0") holds one clean testcase
  {classname, name="newslint", file} and nothing in it, or one testcase per
  rule {classname, name, file, line} holding one `failure` {type = the rule,
  message} or one `system-out`;
- the run's suite (name="newslint") holds testcases {classname="newslint",
  name="run"}, each one `error` {type="newslint.incomplete", message};
- every count is the count of what it counts, and the root's their sums.

After the root only blank lines and what check says on stderr may follow
(`tail_fits`). Another tool's JUnit report (pytest's, a hand-edited one
whose counts no longer add up) is still read as the file it is.

The XML parser is imported only for a text that opens as the report does,
so checking an article loads no XML module.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._own_json_reports import tail_fits, value_start

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

__all__ = ["junit_report"]

# its line end, `\n` as written or `\r\n` throughout (git's autocrlf checkout, PowerShell 5.1's `>`:
# qa335 #1), as the JSON reports' white space may be
_OPENING = re.compile(r'<\?xml version="1\.0" encoding="UTF-8"\?>(?P<eol>\r?\n)'
                      r'<testsuites name="newslint" tests="\d+" failures="\d+" errors="\d+"(?: (?P<empty>/)>|>)(?P=eol)')
_END = "</testsuites>"      # ET escapes `<` in text and attributes, so the first one is the root's end


def junit_report(source: str) -> str | None:
    """"junit" when `source` (decoded text) is newslint's junit report, else
    None. Parses only a text that opens as one (`_OPENING`)."""
    start = value_start(source, ("<",))
    opening = None if start is None else _OPENING.match(source, start)
    if opening is None:
        return None
    closing = _END + opening["eol"]
    if opening["empty"]:
        end = opening.end()
    elif (found := source.find(closing, opening.end())) < 0:
        return None
    else:
        end = found + len(closing)
    # imported here, past the opening: an article never loads the XML stack
    # (xml.etree, pyexpat, defusedxml: about 2% of a one-article run's instructions)
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring
    try:
        root = fromstring(source[start:end].encode("utf-8", "surrogatepass"))
    except (ParseError, DefusedXmlException, ValueError, RecursionError):
        return None
    return "junit" if _fits(root) and tail_fits(source, end) else None


def _blank(node: Element) -> bool:
    """No text of its own between its children and after it (ET.indent's white space only)."""
    return not (node.text or "").strip() and not (node.tail or "").strip()


def _keys(node: Element, tag: str, *keys: str) -> bool:
    return node.tag == tag and set(node.attrib) == set(keys) and _blank(node)


def _count(node: Element, key: str) -> int | None:
    value = node.get(key, "")
    return int(value) if value.isascii() and value.isdigit() else None


def _fits(root: Element) -> bool:
    """Whether the parsed tree is the one `formatters.junit.render` writes (the module's list)."""
    if not _keys(root, "testsuites", "name", "tests", "failures", "errors") or root.get("name") != "newslint":
        return False
    sums = [0, 0, 0]
    for suite in root:
        counts = _suite_counts(suite)
        if counts is None:
            return False
        sums = [a + b for a, b in zip(sums, counts)]
    return [_count(root, k) for k in ("tests", "failures", "errors")] == sums


def _suite_counts(suite: Element) -> tuple[int, int, int] | None:
    """(tests, failures, errors) of a testsuite of the formatter's shape, as
    it says them and they are; None for any other element."""
    if not _keys(suite, "testsuite", "name", "tests", "failures", "errors", "skipped") \
            or suite.get("skipped") != "0" or len(suite) == 0:
        return None
    cases, failures, errors = len(suite), 0, 0
    for case in suite:
        kind = _case_kind(case, run=suite.get("name") == "newslint" and suite.get("errors") != "0")
        if kind is None:
            return None
        failures, errors = failures + (kind == "failure"), errors + (kind == "error")
    said = tuple(_count(suite, k) for k in ("tests", "failures", "errors"))
    return said if said == (cases, failures, errors) else None


def _case_kind(case: Element, run: bool) -> str | None:
    """"error" (the run's suite), "failure", "pass", or None when `case` is no
    testcase the formatter writes."""
    if run:
        ok = (_keys(case, "testcase", "classname", "name") and case.get("classname") == "newslint"
              and case.get("name") == "run" and len(case) == 1
              and case[0].tag == "error" and set(case[0].attrib) == {"type", "message"}
              and case[0].get("type") == "newslint.incomplete" and not (case[0].tail or "").strip())
        return "error" if ok else None
    if len(case) == 0:
        clean = _keys(case, "testcase", "classname", "name", "file") and case.get("name") == "newslint"
        return "pass" if clean else None
    if not _keys(case, "testcase", "classname", "name", "file", "line") or _count(case, "line") is None \
            or len(case) != 1:
        return None
    said = case[0]
    if said.tag == "failure" and set(said.attrib) == {"type", "message"} and said.get("type") == case.get("name"):
        return "failure" if not (said.tail or "").strip() else None
    return "pass" if said.tag == "system-out" and not said.attrib and not (said.tail or "").strip() else None
