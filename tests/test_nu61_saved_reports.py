"""nu61 #1, #2: newslint's own reports saved with `-v` notes or the
`--statistics` table, and its JSON, SARIF and rdjson reports saved under any
name, are skipped at the next run (`file.format`), never linted as articles;
each beside its nearest case, an article that must still be linted.
Reports are written by `check` itself (under tmp_path), so a change in a
formatter's output that the readers no longer know fails here."""
from __future__ import annotations

import json
import shutil

import pytest

from lint.readers import read_bytes
from lint.readers._own_json_reports import json_report
from lint.readers._own_reports import own_report

from conftest import SAMPLE, run_check

UNDATED = "Council votes\n\nThe council voted on Tuesday. The budget is TK.\n"


def _saved(tmp_path, name: str, *args: str) -> str:
    """`newslint check --no-cache ARGS > NAME 2>&1` in tmp_path: NAME's text."""
    run_check(tmp_path, *args, out=name)
    return (tmp_path / name).read_text()


def _skipped(tmp_path, name: str) -> str:
    """The `file.format` line `check NAME` says, or the report it writes."""
    done = run_check(tmp_path, name)
    return done.stderr if "file.format" in done.stderr else done.stdout


@pytest.mark.parametrize("name, args, said", [
    ("rv.txt", ["-v"], "text"),
    ("rs.txt", ["--statistics"], "text"),
    ("both.md", ["-v", "--statistics"], "text"),
    ("report.txt", ["--format", "sarif"], "SARIF"),
    ("out.log", ["--format", "json"], "JSON"),
    ("rdjson.txt", ["--format", "rdjson"], "rdjson"),
    ("stats.txt", ["--format", "json", "--statistics"], "JSON"),     # the table on stderr, after the JSON
    ("sarif.txt", ["--format", "sarif", "--statistics"], "SARIF"),
    ("vale.txt", ["--format", "vale", "-v", "--statistics"], "Vale"),
    ("gh.txt", ["--format", "github", "-v", "--statistics"], "GitHub"),
])
def test_a_saved_report_of_newslint_is_skipped(tmp_path, name, args, said):
    shutil.copy(SAMPLE, tmp_path / "wire-story.txt")
    (tmp_path / "undated.txt").write_text(UNDATED)     # the note on undated files follows the report
    report = _saved(tmp_path, name, *args, "wire-story.txt", "undated.txt")
    assert "TK" in report, report       # the report holds what made nu61's false findings
    fmt = {"text": "text", "SARIF": "sarif", "JSON": "json", "rdjson": "rdjson", "Vale": "vale", "GitHub": "github"}[said]
    assert f"{name}: file.format: skipped: newslint's own {said} report (--format {fmt}), not an article" \
        in _skipped(tmp_path, name)


# nearest cases of #1: an article quoting one -v line or a statistics row among its own lines
@pytest.mark.parametrize("text", [
    "Council votes\n\nThe tool printed:\n\nnewslint: 53 rules selected: hygiene.placeholder\n"
    "a.txt:3:12: error [hygiene.placeholder] placeholder left in the copy: 'TK'\n\nThe vote is TK.\n",
    "a.txt:3:12: error [hygiene.placeholder] placeholder left in the copy: 'TK'\n"
    " 1  hygiene.placeholder  error\nThe mayor spoke.\n",
    "newslint: a.txt: config none found (defaults)\nCouncil votes\n\nThe budget is TK.\n",
])
def test_an_article_quoting_verbose_or_statistics_lines_is_linted(text):
    assert own_report(text, "text") is None


def test_verbose_and_statistics_lines_alone_are_no_report():
    # no finding of a rule newslint knows: nothing tells a report
    text = "newslint: 53 rules selected: hygiene.placeholder\n 2  total\nNo problems found.\n"
    assert own_report(text, "text") is None


_SARIF = {"version": "2.1.0", "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
          "runs": [{"tool": {"driver": {"name": "newslint", "rules": []}}, "results": []}]}
_FINDING = {"path": "a.txt", "line": 1, "column": 1, "end_line": 1, "end_column": 3, "rule": "hygiene.placeholder",
            "level": "error", "message": "placeholder", "fix": None}


@pytest.mark.parametrize("value, name", [
    (_SARIF, "sarif"), ([_FINDING], "json"), ([dict(_FINDING, article="7")], "json"),
    ({"source": {"name": "newslint"}, "diagnostics": []}, "rdjson"),
])
def test_the_shapes_of_our_json_reports(value, name):
    text = json.dumps(value, indent=2)
    assert json_report(text) == name
    assert json_report("\ufeff\n" + text + "\nnewslint: 1 file had no publication date\n") == name


# nearest cases of #2: JSON that is not our report, in a .txt, is still read as an article
@pytest.mark.parametrize("value", [
    dict(_SARIF, runs=[{"tool": {"driver": {"name": "eslint"}}, "results": []}]),   # another tool's SARIF
    dict(_SARIF, version="2.0.0"),
    [dict(_FINDING, severity="high")],          # a key ours never writes
    [{k: v for k, v in _FINDING.items() if k != "fix"}],
    [dict(_FINDING, level="fatal")],
    [],                                         # a clean run's `[]` tells nothing
    {"source": {"name": "newslint"}, "diagnostics": [], "count": 0},
    {"source": {"name": "reviewdog"}, "diagnostics": []},
])
def test_json_of_another_shape_is_no_report(value):
    text = json.dumps(value, indent=2)
    assert json_report(text) is None
    assert read_bytes("snippet.txt", text.encode()).source == text      # read, not skipped


@pytest.mark.parametrize("text", [
    json.dumps(_SARIF) + "\nThe council adopted SARIF for its audits. The budget is TK.\n",  # copy after it
    json.dumps([_FINDING])[:-2],                                                              # cut off
    json.dumps([_FINDING]) + "\n 2  hygiene.placeholder  error\nThe budget is TK.\n",           # and after a table
    "Council adopts SARIF\n\nThe city's tools now write SARIF 2.1.0, with \"version\": \"2.1.0\". The budget is TK.\n",
    "```json\n" + json.dumps(_SARIF, indent=2) + "\n```\n\nThe budget is TK.\n",
])
def test_an_article_about_or_quoting_a_report_is_no_report(text):
    assert json_report(text) is None


@pytest.mark.parametrize("name", ["story.txt", "story.md"])
def test_an_article_with_our_sarif_in_a_fenced_block_is_linted(name):
    text = "# Council adopts SARIF\n\nThe tool wrote this:\n\n```json\n" + json.dumps(_SARIF, indent=2) \
        + "\n```\n\nThe budget is TK.\n"
    doc = read_bytes(name, text.encode())
    assert "The budget is TK." in doc.source and doc.format in ("text", "markdown")


# nu62 #1: a CI step's `newslint check . > reports/lint.txt 2>&1` in an editorial repo saves
# the walk's own stderr lines before the findings: the `.xml` exports it left out, a `.pdf` it
# left out, and with -v a site's build folder, or a file --force-exclude left out. Each of
# these is a line of `check`'s, yet the saved report was linted at the next run as an article
# (titles.missing-headline and the report's TK: exit 1), and the newslint-fix hook rewrote it.
_NITF = ('<?xml version="1.0" encoding="UTF-8"?>\n<nitf><head><docdata><date.issue norm="20250304T000000"/>'
         '</docdata></head><body><body.head><hedline><hl1>Bridge closes</hl1></hedline></body.head>'
         '<body.content><p>The bridge closed.</p></body.content></body></nitf>\n')


@pytest.mark.parametrize("case", ["xml-left-out", "pdf-left-out", "site-folder-v", "force-exclude-v"])
def test_a_report_opening_with_a_walk_line_is_skipped(tmp_path, case):
    shutil.copy(SAMPLE, tmp_path / "wire-story.txt")
    args = ["."]
    if case == "xml-left-out":      # a NITF a walk reads (nu73 #2); one whose root is past its head -v says
        (tmp_path / "exports").mkdir()
        (tmp_path / "exports" / "bridge.xml").write_text(_NITF.replace("<nitf>", "<!--" + " " * 5000 + "-->\n<nitf>"))
        args = ["-v", "."]
    elif case == "pdf-left-out":
        (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    else:
        (tmp_path / "_config.yml").write_text("title: Desk\n")
        (tmp_path / "_site").mkdir()
        shutil.copy(SAMPLE, tmp_path / "_site" / "built.txt")
        args = ["-v", "."] if case == "site-folder-v" else \
            ["-v", "--force-exclude", "_site/built.txt", "wire-story.txt"]
    (tmp_path / "reports").mkdir()
    _saved(tmp_path, "reports/lint.txt", *args)
    text = (tmp_path / "reports" / "lint.txt").read_text()
    assert text.startswith("newslint: ") and "TK" in text, text[:400]      # the case under test
    done = run_check(tmp_path, "reports")
    assert "lint.txt: file.format: skipped: newslint's own text report" in done.stderr, done.stdout[-400:]
