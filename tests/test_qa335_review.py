"""qa335: review of pf61 (`readers._own_junit_reports` imports defusedxml and
xml.etree only for a text that opens as newslint's junit report).

The lazy import itself holds: a saved report is told the same as before
(BOM, UTF-16, stderr before and after, `--jobs`), malformed, entity-laden
and deeply nested look-alikes are set aside with no traceback, and an
article check in any of the usual formats and outputs loads no XML module.
What breaks (pre-existing, not pf61's) is a saved junit report the opening
test never matches: CRLF line ends, and an empty run's report saved with
`2>&1`, both then linted as copy."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT
from lint.readers._own_junit_reports import junit_report

STORY = "The mayor said the the budget was approved on Tuesday.\n\nShe said it would cost $5 million.\n"
TOLD = "file.format: skipped: newslint's own JUnit report (--format junit), not an article"
NO_ARTICLES = ("newslint: no article files to lint here (folders are walked for .md .markdown .mdown .mkd "
               ".mdx .html .htm .xhtml .txt .text .nitf .jsonl .ndjson and NITF, NewsML-G2 or WordPress .xml)")
XML_STACK = ("xml", "pyexpat", "_elementtree", "defusedxml")


def newslint(tmp_path, *args, stdin=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NEWSLINT_CACHE_DIR": str(tmp_path.parent / "qa335-cache")}
    return subprocess.run([sys.executable, "-m", "lint", *map(str, args)], capture_output=True, text=True,
                          cwd=tmp_path, env=env, input=stdin, timeout=300)


def junit_of(tmp_path, *args) -> str:
    (tmp_path / "s.txt").write_text(STORY)
    out = newslint(tmp_path, "check", "--format", "junit", *args)
    assert out.stdout.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="newslint"'), out
    return out.stdout


# qa335 #1: a junit report with CRLF line ends (git's autocrlf checkout of a committed
# report, a Windows tool that rewrote it) matched no `_OPENING` wanting `\n`, and as .md or
# .html was linted as copy (titles.missing-headline, hygiene.doubled-word on the XML), where
# the same report as JSON with CRLF was told; `_OPENING` now takes `\r\n` throughout (fx475)
@pytest.mark.parametrize("name, encoding", [("report.md", "utf-8"), ("report.html", "utf-8"),
                                            ("powershell.md", "utf-16")])   # Windows PowerShell 5.1's `>`
def test_a_crlf_junit_report_is_set_aside(tmp_path, name, encoding):
    report = junit_of(tmp_path, "s.txt")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / name).write_bytes(report.replace("\n", "\r\n").encode(encoding))
    proc = newslint(tmp_path, "check", "--format", "json", "out")
    assert json.loads(proc.stdout) == [] and f"{name}: {TOLD}" in proc.stderr, proc


def test_junit_report_tells_a_crlf_report(tmp_path):
    assert junit_report(junit_of(tmp_path, "s.txt").replace("\n", "\r\n")) == "junit"


# qa335 #3 (fixed with #1): as .txt a CRLF junit report was set aside (no finding), but as "not an article format
# (XML with root element <testsuites>, not NITF, NewsML-G2 or a WordPress export)", where the LF
# one is named as newslint's own JUnit report; a desk is told to convert a file it wrote itself
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_crlf_junit_report_as_txt_is_named_ours(tmp_path, encoding):
    report = junit_of(tmp_path, "s.txt")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "report.txt").write_bytes(report.replace("\n", "\r\n").encode(encoding))
    proc = newslint(tmp_path, "check", "--format", "json", "out")
    assert json.loads(proc.stdout) == [] and f"report.txt: {TOLD}" in proc.stderr, proc


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_crlf_junit_report_as_txt_is_not_linted(tmp_path, encoding):
    report = junit_of(tmp_path, "s.txt")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "report.txt").write_bytes(report.replace("\n", "\r\n").encode(encoding))
    proc = newslint(tmp_path, "check", "--format", "json", "out")
    assert json.loads(proc.stdout) == [] and "report.txt: file.format: skipped" in proc.stderr, proc


# the nearest cases, passing: the same report with LF, and the JSON report with CRLF
@pytest.mark.parametrize("name", ["report.md", "report.html", "report.txt"])
def test_an_lf_junit_report_is_set_aside(tmp_path, name):
    report = junit_of(tmp_path, "s.txt")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / name).write_text(report)
    proc = newslint(tmp_path, "check", "--format", "json", "out")
    assert json.loads(proc.stdout) == [] and f"{name}: {TOLD}" in proc.stderr, proc


def test_a_crlf_json_report_is_set_aside(tmp_path):
    (tmp_path / "s.txt").write_text(STORY)
    report = newslint(tmp_path, "check", "--format", "json", "s.txt").stdout
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "report.md").write_bytes(report.replace("\n", "\r\n").encode())
    proc = newslint(tmp_path, "check", "--format", "json", "out")
    assert json.loads(proc.stdout) == [] and "own JSON report" in proc.stderr, proc


# qa335 #2: a CI job's `check --format junit content/ > report.md 2>&1` over a folder with no
# article (a PR touching none) saves the "no article files" line and then the empty report;
# that line was no `STDERR_LINES`, so the next `check .` linted the report: "no headline", exit 1;
# it is now `_own_reports.NO_ARTICLES`, one of them (fx475)
def test_an_empty_runs_junit_report_saved_with_stderr_is_set_aside(tmp_path):
    (tmp_path / "content").mkdir()
    run = newslint(tmp_path, "check", "--format", "junit", "content")
    assert run.stderr.strip() == NO_ARTICLES and run.stdout.endswith(' errors="0" />\n'), run
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "report.md").write_text(run.stderr + run.stdout)    # 2>&1: stdout reaches the file last
    proc = newslint(tmp_path, "check", "--format", "json", "out")
    assert json.loads(proc.stdout) == [] and proc.returncode == 0, proc


# the nearest case, passing: the same empty report without the stderr line is told
def test_an_empty_runs_junit_report_is_set_aside(tmp_path):
    (tmp_path / "content").mkdir()
    run = newslint(tmp_path, "check", "--format", "junit", "content")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "report.md").write_text(run.stdout)
    proc = newslint(tmp_path, "check", "--format", "json", "out")
    assert json.loads(proc.stdout) == [] and f"report.md: {TOLD}" in proc.stderr, proc


# guards for pf61 itself, passing: saved reports as a newsroom saves them are still told
def test_saved_junit_reports_in_the_usual_shapes_are_told(tmp_path):
    (tmp_path / "arts").mkdir()
    for name, text in (("a.txt", STORY), ("b.md", "---\ntitle: Mayor\n---\n\nThe the mayor spoke.\n")):
        (tmp_path / "arts" / name).write_text(text)
    plain = newslint(tmp_path, "check", "--format", "junit", "arts")
    verbose = newslint(tmp_path, "check", "--format", "junit", "-v", "arts")
    assert verbose.stderr.startswith("newslint: "), verbose
    (tmp_path / "out").mkdir()
    saved = {"plain.xml.txt": plain.stdout.encode(),
             "bom.md": b"\xef\xbb\xbf" + plain.stdout.encode(),
             "utf16.txt": plain.stdout.encode("utf-16"),
             "stderr-first.md": (verbose.stderr + verbose.stdout).encode(),
             "stderr-last.html": (verbose.stdout + verbose.stderr).encode()}
    for name, data in saved.items():
        (tmp_path / "out" / name).write_bytes(data)
    proc = newslint(tmp_path, "check", "--format", "json", "--jobs", "2", "out")
    assert json.loads(proc.stdout) == [] and "Traceback" not in proc.stderr, proc
    for name in saved:
        assert f"{name}: {TOLD}" in proc.stderr, (name, proc.stderr)


_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="newslint" tests="1" failures="0" errors="0">\n'
_SUITE = ('  <testsuite name="a.txt" errors="0" skipped="0" tests="1" failures="0">{inner}\n'
          '    <testcase classname="a.txt" name="newslint" file="a.txt" />\n  </testsuite>\n</testsuites>\n')
_LAUGHS = ('<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">' + "".join(
    f'<!ENTITY {b} "{("&" + a + ";") * 10}">' for a, b in zip("abcdefgh", "bcdefghi")) + "]>\n")
LOOK_ALIKES = {
    "unclosed": _HEAD + _SUITE.format(inner="").replace(" />", ">"),
    "undefined-entity": _HEAD + _SUITE.format(inner="&i;"),
    "truncated": (_HEAD + _SUITE.format(inner=""))[:200],
    "deep": _HEAD + "<a>" * 100_000 + "</a>" * 100_000 + "\n</testsuites>\n",
    "billion-laughs": _HEAD.replace("\n", "\n" + _LAUGHS, 1) + _SUITE.format(inner="&i;"),
    "external-entity": _HEAD.replace("\n", '\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n', 1)
    + _SUITE.format(inner="&e;"),
}


# guards, passing: look-alikes that open (or nearly open) as the report are never it, never a
# traceback, and defusedxml or the opening test still stands in front of any entity
@pytest.mark.parametrize("name", sorted(LOOK_ALIKES))
def test_a_junit_look_alike_is_not_our_report(name):
    assert junit_report(LOOK_ALIKES[name]) is None


def test_junit_look_alikes_are_set_aside_or_read_without_a_traceback(tmp_path):
    (tmp_path / "in").mkdir()
    for name, text in LOOK_ALIKES.items():
        (tmp_path / "in" / f"{name}.txt").write_text(text)
        (tmp_path / "in" / f"{name}.md").write_text(text)
    proc = newslint(tmp_path, "check", "--format", "json", "in")
    assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr, proc
    assert "root:" not in proc.stdout and "/etc/passwd" not in proc.stderr and TOLD not in proc.stderr, proc


def test_defusedxml_refuses_the_entities_junit_report_would_parse():
    # were `_OPENING` ever to let a DTD through, the parser is still defusedxml's
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring
    with pytest.raises(DefusedXmlException):
        fromstring(_LAUGHS + "<r>&i;</r>")


# guard, passing: no article check in the usual formats and outputs loads an XML module
# (test_startup covers .txt and .md with the default output)
@pytest.mark.parametrize("args", [("a.html",), ("--format", "json", "a.txt"), ("--format", "sarif", "a.txt"),
                                  ("--format", "github", "a.txt"), ("--jobs", "2", "a.txt", "a.html"),
                                  ("--diff", "a.txt"), ("-",)])
def test_an_article_check_in_any_output_loads_no_xml(tmp_path, args):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "a.html").write_text("<html><head><title>Mayor</title></head><body><h1>Mayor</h1>"
                                     "<p>The mayor said the the budget passed.</p></body></html>\n")
    code = ("import io, sys\nfrom lint.cli import main\nreal = sys.stdout\nsys.stdout = io.TextIOWrapper(io.BytesIO())\n"
            f"try:\n    main(['check', *{list(args)!r}])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith(%r)), file=real)\n" % (XML_STACK,))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NEWSLINT_CACHE_DIR": str(tmp_path.parent / "qa335-cache")}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env,
                          input=STORY, timeout=300)
    assert proc.stdout.strip() == "[]", (proc.stdout, proc.stderr)
