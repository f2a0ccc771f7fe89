"""The line formats (GitHub commands, JUnit, JSON, text, Vale) on findings made
by hand: escaping, counts and attributes each format's reader relies on."""
from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET

import pytest

from lint.diagnostic import Diagnostic, Fix
from lint.formatters import Report, render, stream


def diag(path="a.txt", line=1, column=1, end_line=None, end_column=None, rule="hygiene.x",
         level="warning", message="m", **kw) -> Diagnostic:
    return Diagnostic(path, line, column, end_line or line, end_column or column + 1, rule, level,
                      message, **kw)


def streamed(name: str, report: Report, by_file: list[list[Diagnostic]]) -> str:
    writer = stream(name, report)
    return "".join(writer.file(found) for found in by_file) + writer.end(report.problems)


# --- GitHub workflow commands -----------------------------------------------------------------

def _unescape(text: str, prop: bool) -> str:
    """The runner's reading of a command (actions/runner ActionCommand: exact, upper-case tokens)."""
    pairs = [("%0D", "\r"), ("%0A", "\n")] + ([("%3A", ":"), ("%2C", ",")] if prop else [])
    for token, char in pairs + [("%25", "%")]:
        text = text.replace(token, char)
    return text


def test_github_commands_escape_data_and_properties_as_the_runner_reads_them():
    d = diag("dir/a:b,c%.txt", 3, 5, 4, 2, "style.x", "suggestion", "50% up\r\nnext: a,b")
    (line,) = render("github", Report([d])).splitlines()
    head, message = line.split("::", 2)[1:]
    command, props = head.split(" ", 1)
    assert command == "notice"                       # GitHub has no "suggestion" level
    # data escapes %, CR and LF (toolkit escapeData); properties also : and , (escapeProperty)
    assert message == "50%25 up%0D%0Anext: a,b"
    assert props == ("file=dir/a%3Ab%2Cc%25.txt,line=3,col=5,endLine=4,endColumn=2,"
                     "title=style.x")
    fields = dict(p.split("=", 1) for p in props.split(","))
    assert _unescape(fields["file"], True) == "dir/a:b,c%.txt"
    assert _unescape(message, False) == "50% up\r\nnext: a,b"


def test_github_paths_are_the_repository_paths_github_matches(tmp_path, monkeypatch):
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    found = [diag("./content/a.md"), diag(str(tmp_path / "site" / "b.md"))]
    files = lambda out: [line.split("file=")[1].split(",")[0] for line in out.splitlines()]
    report = Report(found, root=str(tmp_path))
    assert files(render("github", report)) == ["content/a.md", "site/b.md"]   # never ./ or /abs
    assert streamed("github", report, [found]) == render("github", report)
    # run from a subfolder of the checkout (working-directory: site): still the repository's path
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path))
    (tmp_path / "site").mkdir()
    monkeypatch.chdir(tmp_path / "site")
    assert files(render("github", Report([diag("b.md")], root=str(tmp_path / "site")))) == ["site/b.md"]
    outside = diag(str(tmp_path.parent / "x.md"))
    assert files(render("github", Report([outside], root=str(tmp_path)))) == [
        outside.path.replace(os.sep, "/")]       # as named, as every format shows it (nu63 #1)


def test_github_path_above_the_working_folder_without_a_workspace_is_absolute(tmp_path, monkeypatch):
    """nu66: with GITHUB_WORKSPACE unset, `../x.md` from an unknown root names no
    repository file; the absolute path is one the runner maps to the repository
    path (actions/runner IssueCommandExtension: MakeRelative against the workspace)."""
    (tmp_path / "site").mkdir()
    monkeypatch.chdir(tmp_path / "site")
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    files = lambda out: [line.split("file=")[1].split(",")[0] for line in out.splitlines()]
    found = [diag("../x.md"), diag("b.md"), diag("../site/c.md")]
    report = Report(found, root=str(tmp_path / "site"))
    whole = os.path.join(os.path.realpath(tmp_path), "x.md").replace(os.sep, "/")
    assert files(render("github", report)) == [whole.replace(":", "%3A"), "b.md", "c.md"]
    assert streamed("github", report, [found]) == render("github", report)
    # as the runner of a checkout at tmp_path reads it: the file itself, the repository's own path
    # (the path as printed, its ':' unescaped; qa332: the old check only compared tmp_path with itself)
    shown = files(render("github", report))[0].replace("%3A", ":")
    (tmp_path / "x.md").write_text("The council met.\n", encoding="utf-8")
    assert os.path.isabs(shown) and os.path.samefile(shown, tmp_path / "x.md"), shown
    assert os.path.relpath(shown, os.path.realpath(tmp_path)).replace(os.sep, "/") == "x.md", shown
    # a workspace known: a file outside it is in no pull request, and keeps its name (nu63 #1)
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path / "site"))
    assert files(render("github", report)) == ["../x.md", "b.md", "c.md"]


def test_github_output_is_empty_without_findings_and_streams_the_same():
    assert render("github", Report([])) == ""
    assert streamed("github", Report([]), [[], []]) == ""
    found = [[diag(level="error")], [], [diag("b.txt", message="two")]]
    report = Report([d for f in found for d in f])
    out = render("github", report)
    assert out == "::error file=a.txt,line=1,col=1,endLine=1,endColumn=2,title=hygiene.x::m\n" \
                  "::warning file=b.txt,line=1,col=1,endLine=1,endColumn=2,title=hygiene.x::two\n"
    assert streamed("github", report, found) == out


# --- JUnit XML ---------------------------------------------------------------------------------

def junit(report: Report) -> ET.Element:
    return ET.fromstring(render("junit", report).encode("utf-8"))


def test_junit_attributes_every_viewer_reads():
    found = [diag("a.txt", 2, 3, rule="hygiene.x", level="error", message="one", snippet="x"),
             diag("a.txt", 5, 1, rule="hygiene.x", level="warning", message="two"),
             diag("a.txt", 4, 7, rule="style.y", level="suggestion", message="three")]
    root = junit(Report(found, files=["a.txt", "clean.txt"]))
    assert root.tag == "testsuites" and root.get("name") == "newslint"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("3", "1", "0")
    a, clean = root.findall("testsuite")
    assert (a.get("name"), a.get("tests"), a.get("failures"), a.get("errors"), a.get("skipped")) \
        == ("a.txt", "2", "1", "0", "0")
    x, y = a.findall("testcase")
    # file and line let viewers link a case to the article (the rule's first finding)
    assert (x.get("classname"), x.get("name"), x.get("file"), x.get("line")) == \
        ("a.txt", "hygiene.x", "a.txt", "2")
    assert (y.get("name"), y.get("line")) == ("style.y", "4")
    failure = x.find("failure")
    assert failure.get("type") == "hygiene.x"
    assert failure.get("message") == "2:3: error: one (and 1 more)"
    assert failure.text == ("a.txt:2:3: error [hygiene.x] one\n  flagged: x\n"
                            "a.txt:5:1: warning [hygiene.x] two")
    assert y.find("failure") is None and y.find("system-out").text == \
        "a.txt:4:7: suggestion [style.y] three"
    (case,) = clean.findall("testcase")
    assert (clean.get("tests"), clean.get("failures")) == ("1", "0")
    assert (case.get("classname"), case.get("name"), case.get("file")) == \
        ("clean.txt", "newslint", "clean.txt")
    assert list(case) == []


def test_junit_takes_findings_of_files_it_was_not_told_about():
    root = junit(Report([diag("late.txt", level="error"), diag("late.txt", 2, level="error")]))
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == "late.txt" and suite.get("failures") == "1"
    assert suite.find("testcase/failure").get("message") == "1:1: error: m (and 1 more)"


def test_junit_cuts_a_long_snippet_and_shows_paths_outside_the_root_whole(tmp_path):
    outside = str(tmp_path.parent / "elsewhere" / "a.txt")
    d = diag(outside, level="error", snippet="w" * 250)
    root = junit(Report([d], files=[outside], root=str(tmp_path)))
    suite = root.find("testsuite")
    assert suite.get("name") == outside
    text = suite.find("testcase/failure").text
    assert text.startswith(f"{outside}:1:1: error [hygiene.x] m\n")
    assert text.split("\n")[1] == "  flagged: " + "w" * 200      # one line, cut at 200 characters


# --- Vale's line output ------------------------------------------------------------------------

def test_vale_lines_are_sorted_and_relative_like_vale_relative_normalize(tmp_path):
    root = str(tmp_path)
    found = [diag(str(tmp_path / "b" / "z.txt"), 2, 1, rule="hygiene.x", message="late"),
             diag(str(tmp_path / "a.txt"), 9, 4, rule="style.y", message="one: two"),
             diag(str(tmp_path / "a.txt"), 9, 2, rule="style.y", message="first"),
             diag("-", 1, 1, rule="hygiene.x", message="stdin")]
    assert render("vale", Report(found, root=root)) == (
        "-:1:1:hygiene.x:stdin\n"                  # standard input keeps its name
        "a.txt:9:2:style.y:first\n"
        "a.txt:9:4:style.y:one: two\n"
        "b/z.txt:2:1:hygiene.x:late\n")
    # without a root the paths are printed as given
    assert render("vale", Report([diag("dir/a.txt", 3, 5)])) == "dir/a.txt:3:5:hygiene.x:m\n"
    assert render("vale", Report([])) == ""
    assert render("vale", Report([diag("")], root=root)) == ":1:1:hygiene.x:m\n"      # no name


def test_a_vale_line_never_breaks_on_a_newline_in_a_file_name(tmp_path):
    # was 'two\nlines.txt:1:1:...' over two lines, as no script reads it back
    found = [diag(str(tmp_path / "two\nlines.txt"), 1, 1, rule="file.missing", message="gone\there")]
    assert render("vale", Report(found, root=str(tmp_path))) == (
        "two\\nlines.txt:1:1:file.missing:gone\\there\n")      # escaped as --format text does


# --- rdjson without the source -----------------------------------------------------------------

def test_rdjson_falls_back_to_character_columns_without_the_source():
    d = diag("gone.txt", 2, 3, 4, 5, rule="file.unreadable", level="error", message="cannot read",
             fix=Fix(0, 1, "x"))
    (item,) = json.loads(render("rdjson", Report([d])))["diagnostics"]
    assert item == {"message": "cannot read",
                    "location": {"path": "gone.txt", "range": {"start": {"line": 2, "column": 3},
                                                               "end": {"line": 4, "column": 5}}},
                    "severity": "ERROR", "code": {"value": "file.unreadable"}}   # no fix offered


def test_rdjson_columns_count_utf8_bytes_on_every_line(tmp_path):
    from lint.document import Document
    from lint.ruleset import Rule

    source = "Héad\n\nCafé 😀 the the end.\n"
    # line 3: "Café " is 5 characters but 6 bytes, the emoji 1 character but 4 bytes
    start = source.index("the the")
    second = start + 4
    path = str(tmp_path / "outside" / "a.txt")
    found = [diag(path, 3, 8, 3, 15, "hygiene.doubled-word", "warning", "doubled",
                  fix=Fix(second, second + 4, ""), offset=start, end_offset=start + 7),
             diag(path, 1, 2, 1, 3, "style.x", "suggestion", "e", offset=1, end_offset=2)]
    linked = Rule("style.x", "k", "e", "suggestion", (), "", "https://example.org/ap#x", [], {}, "")
    report = Report(found, documents={path: Document(path=path, source=source, format="text")},
                    rules={"style.x": linked}, root=str(tmp_path / "root"))
    doubled, accent = json.loads(render("rdjson", report))["diagnostics"]
    assert doubled["location"] == {"path": path,        # outside the root: the whole path
                                   "range": {"start": {"line": 3, "column": 12},
                                             "end": {"line": 3, "column": 19}}}
    assert doubled["suggestions"] == [{"range": {"start": {"line": 3, "column": 16},
                                                 "end": {"line": 3, "column": 20}}, "text": ""}]
    assert doubled["code"] == {"value": "hygiene.doubled-word"}        # no link, no url
    assert doubled["severity"] == "WARNING" and accent["severity"] == "INFO"
    # "é" is 2 bytes: the finding on it ends at byte column 4
    assert accent["location"]["range"] == {"start": {"line": 1, "column": 2},
                                           "end": {"line": 1, "column": 4}}
    assert accent["code"] == {"value": "style.x", "url": "https://example.org/ap#x"}
    assert "suggestions" not in accent


# --- text ----------------------------------------------------------------------------------------

def test_text_lines_summary_and_colours():
    from lint.formatters.text import summary

    found = [diag("a.txt", 3, 5, rule="hygiene.x", level="error", message="bad"),
             diag("a.txt", 4, 1, rule="style.y", level="warning", message="meh",
                  fix=Fix(0, 1, "x"), article="post-7"),
             diag("b\n.txt", 1, 2, rule="style.y", level="warning", message="again")]
    assert render("text", Report(found)) == (
        "a.txt:3:5: error [hygiene.x] bad\n"
        "a.txt:4:1: warning [style.y] meh (article post-7)\n"     # which article of an export
        "b\\n.txt:1:2: warning [style.y] again\n"                 # a newline in a name, escaped
        "Found 3 problems (1 error, 2 warnings) in 2 files; 1 fixable with --fix.\n")
    # ANSI SGR: 1 bold, 2 dim, 31 red, 33 yellow, 36 cyan, 0 reset
    coloured = render("text", Report(found[:1], color=True)).splitlines()[0]
    assert coloured == "\033[1ma.txt\033[0m:3:5: \033[31merror\033[0m \033[2m[hygiene.x]\033[0m bad"
    assert "\033[36msuggestion\033[0m" in render("text", Report([diag(level="suggestion")], color=True))
    assert summary(found[:1]) == "Found 1 problem (1 error) in 1 file."
    assert summary([]) == "No problems found."
    tips = [diag(level="suggestion"), diag("b.txt", level="suggestion")]
    assert summary(tips) == "Found 2 problems (2 suggestions) in 2 files."
    assert summary(found + tips[:1]) == "Found 4 problems (1 error, 2 warnings, 1 suggestion) in 2 files; " \
                                        "1 fixable with --fix."
    # files linted beyond those with findings: "2 of 3", never a bare "2" that reads as all
    assert summary(tips, files=3) == "Found 2 problems (2 suggestions) in 2 of 3 files."
    assert summary(tips, files=2) == "Found 2 problems (2 suggestions) in 2 files."
    assert summary(found[:1], files=2) == "Found 1 problem (1 error) in 1 of 2 files."
    assert render("text", Report(found, files=["a.txt", "b\n.txt", "c.txt"])).endswith(
        ") in 2 of 3 files; 1 fixable with --fix.\n")


def test_text_says_a_check_with_problems_is_incomplete():
    assert render("text", Report([], problems=["r.slow: stopped"])) == (
        "Found 0 problems, but the check is incomplete: see the 1 error below.\n")
    assert render("text", Report([diag()], problems=["a", "b"])).endswith(
        "Found 1 problem, but the check is incomplete: see the 2 errors below.\n")


@pytest.mark.parametrize("name", ["text", "json", "github"])
def test_a_streamed_report_is_the_rendered_one(name):
    by_file = [[diag("a.txt", 1, 1, level="error")], [],
               [diag("b.txt", 2, 1, message="ü", fix=Fix(0, 1, "y")), diag("b.txt", 3, 1)],
               [diag("c.txt", 1, 4, level="suggestion")]]
    for files in ([], [[]], by_file):
        flat = [d for f in files for d in f]
        for problems, color in (([], False), (["r.slow: stopped"], False), ([], True)):
            report = Report(flat, files=[f"{k}.txt" for k in range(len(files))],   # one per file streamed
                            problems=problems, color=color)
            assert streamed(name, report, files) == render(name, report), (files, problems, color)


@pytest.mark.parametrize("name", ["json", "rdjson", "sarif"])
def test_json_formats_are_indented_by_two_and_keep_unicode(name):
    from lint.document import Document

    d = diag("a.txt", 1, 1, 1, 5, message="naïve “quote”", offset=0, end_offset=4, snippet="Café")
    out = render(name, Report([d], documents={"a.txt": Document(path="a.txt", source="Café\n",
                                                                format="text")}))
    assert out == json.dumps(json.loads(out), indent=2, ensure_ascii=False) + "\n"
    assert "naïve “quote”" in out


# --- JSON ------------------------------------------------------------------------------------

def test_json_findings_are_what_json_dumps_writes():
    from lint.formatters.json import as_dict, finding

    class Tagged(str):
        """A str subclass: not the usual type, so the general walk writes it."""

    found = [diag("a.txt", 3, 5, 3, 9, message='say "hi"\n\u2028é', fix=Fix(0, 1, "x\ty")),
             diag("b\\c.txt", 1, 1, rule="style.y", level="error", article="post-9"),
             diag(Tagged("t.txt"), 2, 2, message=Tagged("m")),
             diag("d.txt", True, 1, fix=Fix(0, 0, "")),
             diag("e.txt", 1, 1, fix=Fix(0, 0, Tagged("z")))]
    for d in found:
        expected = json.dumps(as_dict(d), indent=2, ensure_ascii=False).replace("\n", "\n  ")
        assert finding(d) == expected, d
    assert as_dict(found[1])["article"] == "post-9" and "article" not in as_dict(found[0])
    out = render("json", Report(found))
    assert out == json.dumps([as_dict(d) for d in found], indent=2, ensure_ascii=False) + "\n"
    assert render("json", Report([])) == "[]\n"
    from lint.formatters.json import dumps

    assert dumps([1, {"a": "é"}]) == json.dumps([1, {"a": "é"}], indent=2, ensure_ascii=False)
    for odd in ({1: "é"}, [1.5, "ü"], ("ß",)):           # left to json: still not escaped
        assert dumps(odd, 1) == json.dumps(odd, indent=2, ensure_ascii=False).replace("\n", "\n  ")


def test_vale_keeps_the_named_path_of_a_file_outside_the_working_folder(tmp_path):
    # was relative to the working folder whatever the climb: '../../tmp/.../a.txt'
    inside, outside = tmp_path / "run", tmp_path / "elsewhere" / "a.txt"
    found = [diag(str(outside), 1, 2), diag(str(inside / "b.txt"), 3, 4), diag("../up.txt", 5, 6)]
    assert render("vale", Report(found, root=str(inside))).splitlines() == [
        "../up.txt:5:6:hygiene.x:m",            # as named, relative, outside the working folder
        f"{outside}:1:2:hygiene.x:m",
        "b.txt:3:4:hygiene.x:m"]
