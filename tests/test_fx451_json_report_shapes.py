"""fx451: newslint's own JSON, SARIF and rdjson reports (`_own_json_reports`):
an odd type in any field looked at is no report and no crash (qa308 #2), the
lines check says on stderr may open a report (qa308 #1), and the checks
qa308 #3 found no test for."""
from __future__ import annotations

import copy
import json

import pytest

from lint.readers import read_bytes
from lint.readers._own_json_reports import JSON, _fits, json_report

_FINDING = {"path": "a.txt", "line": 1, "column": 1, "end_line": 1, "end_column": 3, "rule": "hygiene.placeholder",
            "level": "error", "message": "placeholder", "fix": {"replacement": "x"}, "article": "7"}
_SARIF = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "newslint", "rules": []}}, "results": []}]}
_RANGE = {"start": {"line": 1, "column": 1}, "end": {"line": 1, "column": 3}}
_RDJSON = {"source": {"name": "newslint"}, "diagnostics": [{
    "message": "placeholder", "location": {"path": "a.txt", "range": _RANGE}, "severity": "ERROR",
    "code": {"value": "hygiene.placeholder", "url": "https://example.org/r"},
    "suggestions": [{"range": _RANGE, "text": "x"}]}]}
# every field the check looks at, as a path of keys and list indexes from the report's value
_FIELDS = [
    ([_FINDING], [(0,)] + [(0, key) for key in _FINDING] + [(0, "fix", "replacement")]),
    (_SARIF, [("version",), ("runs",), ("runs", 0), ("runs", 0, "tool"), ("runs", 0, "tool", "driver"),
              ("runs", 0, "tool", "driver", "name"), ("runs", 0, "results")]),
    (_RDJSON, [("source",), ("source", "name"), ("diagnostics",), ("diagnostics", 0)]
     + [("diagnostics", 0, key) for key in _RDJSON["diagnostics"][0]]
     + [("diagnostics", 0, "location", key) for key in ("path", "range")]
     + [("diagnostics", 0, "location", "range", end) for end in ("start", "end")]
     + [("diagnostics", 0, "location", "range", "start", key) for key in ("line", "column")]
     + [("diagnostics", 0, "code", key) for key in ("value", "url")]
     + [("diagnostics", 0, "suggestions", 0), ("diagnostics", 0, "suggestions", 0, "range"),
        ("diagnostics", 0, "suggestions", 0, "text")]),
]
_ODD = [None, True, 0, 1.5, "error", [], ["error"], {}, {"a": 1}]


def _with(value, path, new):
    out = copy.deepcopy(value)
    inner = out
    for key in path[:-1]:
        inner = inner[key]
    inner[path[-1]] = new
    return out


def _cases():
    """Each report with one field given each odd value of another type than
    its own (`fix` may be null too: a finding without one)."""
    for value, paths in _FIELDS:
        for path in paths:
            inner = value
            for key in path:
                inner = inner[key]
            for odd in _ODD:
                if type(odd) is not type(inner) and not (odd is None and path[-1] == "fix"):
                    yield pytest.param(_with(value, path, odd), id=f"{'.'.join(map(str, path))}={json.dumps(odd)}")


def test_the_reports_the_odd_cases_are_made_from_are_ours():
    assert [json_report(json.dumps(value, indent=2)) for value, _ in _FIELDS] == ["json", "sarif", "rdjson"]


@pytest.mark.parametrize("value", list(_cases()))
def test_an_odd_type_in_any_field_is_no_report_and_no_crash(value):
    text = json.dumps(value, indent=2)
    assert json_report(text) is None
    assert read_bytes("odd.txt", text.encode()).source == text      # read as an article


# qa308 #3: the checks no test could fail
@pytest.mark.parametrize("text", [
    '{"source": {"name": "newslint", "url": "https://example.org"}, "diagnostics": []}',   # more in source
    '{"source": {"name": "newslint", "name": "reviewdog"}, "diagnostics": []}',            # opens as ours
    '{"version": "2.1.0", "runs": []}',                                                    # no run at all
])
def test_json_that_opens_as_ours_but_is_another_shape_is_no_report(text):
    assert json_report(text) is None


def test_a_json_report_holds_one_finding_or_more():
    # `[]` never reaches the shape (`_OPENING` wants `[{"path"`), so the shape is tested alone
    assert _fits([_FINDING], JSON) and not _fits([], JSON)


# qa308 #1: the lines check says on stderr before the value, and the nearest lines that are not
_OWN = "newslint: r.txt: left out: it is this run's own output (stdout is redirected into it), so there is nothing to lint"
_SET_ASIDE = "newslint: pic.png: file.format: skipped: not text"


@pytest.mark.parametrize("lead", [
    _OWN + "\n", _SET_ASIDE + "\n\n" + _OWN + "\n", "  1  hygiene.placeholder  error\n  1  total\n",
    "newslint: 1 file had no publication date, so the checks that need one were skipped.\n",
    _OWN.replace("\n", "") + "\r\n",       # saved with CRLF line ends
])
def test_our_report_after_checks_stderr_lines_is_ours(lead):
    assert json_report(lead + json.dumps([_FINDING], indent=2)) == "json"
    assert json_report("\ufeff" + lead + json.dumps(_SARIF, indent=2)) == "sarif"


@pytest.mark.parametrize("lead", [
    "newslint: hello\n",                  # no line newslint writes
    "The report, as the tool wrote it:\n",
    _OWN + "\nThe budget is TK.\n",       # copy between
    _OWN + " today\n",
])
def test_our_report_after_other_lines_is_no_report(lead):
    text = lead + json.dumps([_FINDING], indent=2)
    assert json_report(text) is None
    assert read_bytes("story.txt", text.encode()).source == text
