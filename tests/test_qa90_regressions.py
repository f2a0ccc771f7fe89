"""Faults QA (qa90) found trying outputs, formats and suppressions as a
newsroom user or a CI integrator would: the GitHub annotations' paths under a
workspace reached through a symlink (#1), one file named twice by different
spellings (#2: duplicate findings, a `--diff` patch that does not apply), and
directive text that is no comment hiding findings: inside an HTML or Markdown
`<textarea>` (#3, RCDATA, whose `<!--` is text) and inside a NITF CDATA
section or processing instruction (#4, character data, printed as the story's
words); a directive on a NewsML-G2 contentMeta headline's line ignored without
a word (#5); and a rule that timed out (exit 2) said on stderr only, never in
the SARIF, JUnit or GitHub report a CI reads (#6); JUnit folding an export's
articles into one testsuite and dropping their names (#7).

Each is a strict xfail that fails today for the fault's reason. Synthetic
input only, written under tmp_path."""
from __future__ import annotations

import json
import subprocess

import pytest

STORY = ('---\ntitle: "Plan wins"\ndate: 2026-11-30\n---\n\n'
         "The plan is TK.\n")


def _json(result) -> list[dict]:
    return json.loads(result.stdout)


# --- #1 GitHub annotations under a workspace reached through a symlink ------

def test_github_path_is_relative_to_a_symlinked_workspace(tmp_path, run_cli, monkeypatch):
    (tmp_path / "real" / "content").mkdir(parents=True)
    (tmp_path / "real" / "content" / "story.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "ws").symlink_to(tmp_path / "real", target_is_directory=True)
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path / "ws"))
    result = run_cli("check", "--no-cache", "--format", "github", "story.md",
                     cwd=tmp_path / "ws" / "content")
    assert result.exit_code == 1, result.output
    files = {line.split("file=", 1)[1].split(",", 1)[0]
             for line in result.stdout.splitlines() if line.startswith("::error ")}
    # GitHub matches the annotation against the pull request's files by this path
    assert files == {"content/story.md"}, result.stdout


# --- #2 one file named twice by different spellings --------------------------

def _two_names(tmp_path):
    (tmp_path / "content").mkdir()
    story = tmp_path / "content" / "story.md"
    story.write_text('---\ntitle: "Plan wins"\ndate: 2026-11-30\n---\n\n'
                     "The the plan is TK.\n", encoding="utf-8")
    return story


def test_a_file_named_by_its_folder_and_its_absolute_path_is_linted_once(tmp_path, run_cli):
    story = _two_names(tmp_path)
    result = run_cli("check", "--no-cache", "--format", "json", "content", str(story),
                     cwd=tmp_path)
    rules = sorted(f["rule"] for f in _json(result))
    assert rules == ["hygiene.doubled-word", "hygiene.placeholder"], result.stdout


def test_a_file_named_through_dot_dot_is_linted_once(tmp_path, run_cli):
    _two_names(tmp_path)
    spelled = f"../{tmp_path.name}/content/story.md"
    result = run_cli("check", "--no-cache", "--format", "json", "content/story.md", spelled,
                     cwd=tmp_path)
    assert len(_json(result)) == 2, result.stdout


def test_diff_of_a_file_named_twice_applies(tmp_path, run_cli):
    story = _two_names(tmp_path)
    result = run_cli("check", "--diff", "content", str(story), cwd=tmp_path)
    assert result.exit_code == 1, result.output
    patch = tmp_path / "fix.patch"
    patch.write_text(result.stdout, encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    applied = subprocess.run(["git", "apply", "--check", str(patch)], cwd=tmp_path,
                             capture_output=True, text=True)
    assert applied.returncode == 0, applied.stderr + result.stdout


# --- #3 a directive inside RCDATA (<textarea>, <title>) is text ---------------

HTML = ("<!DOCTYPE html>\n<html><head><title>Plan wins</title>\n"
        '<meta property="article:published_time" content="2026-11-30T10:00:00Z">\n'
        "</head><body><article><h1>Plan wins</h1>\n"
        "{between}\n"
        "<p>The budget is TK.</p>\n"
        "</article></body></html>\n")


@pytest.mark.parametrize("between", [
    "<p>Paste this:</p><textarea><!-- newslint-disable --></textarea>",
    "<textarea><!-- newslint-disable hygiene --></textarea>",
])
def test_a_directive_in_a_textarea_hides_nothing(tmp_path, run_cli, between):
    page = tmp_path / "story.html"
    page.write_text(HTML.format(between=between), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", page)
    found = [(f["rule"], f["line"], f["column"]) for f in _json(result)]
    assert ("hygiene.placeholder", 6, 18) in found, result.stdout


def test_a_directive_in_the_title_hides_nothing(tmp_path, run_cli):
    """`<title>` is RCDATA too: a `<!--` in it is part of the title's text."""
    page = tmp_path / "story.html"
    page.write_text(HTML.format(between="<p>Paste this.</p>").replace(
        "<title>Plan wins</title>", "<title>Plan wins <!-- newslint-disable --></title>"),
        encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", page)
    found = [(f["rule"], f["line"], f["column"]) for f in _json(result)]
    assert ("hygiene.placeholder", 6, 18) in found, result.stdout


def test_a_directive_in_a_markdown_textarea_hides_nothing(tmp_path, run_cli):
    story = tmp_path / "story.md"
    story.write_text('---\ntitle: "Plan wins"\ndate: 2026-11-30\n---\n\n'
                     "<textarea>\n<!-- newslint-disable -->\n</textarea>\n\n"
                     "The budget is TK.\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", story)
    found = [(f["rule"], f["line"], f["column"]) for f in _json(result)]
    assert found == [("hygiene.placeholder", 10, 15)], result.stdout


# --- #4 a directive inside a NITF CDATA section is character data -------------

NITF = ('<?xml version="1.0"?>\n<nitf><head><docdata>'
        '<date.issue norm="20261130T000000"/></docdata></head>\n'
        "<body><body.head><hedline><hl1>Plan wins</hl1></hedline></body.head>"
        "<body.content>\n{between}\n<p>The budget is TK.</p>\n</body.content></body></nitf>\n")


@pytest.mark.parametrize("between", [
    "<p><![CDATA[Editors write <!-- newslint-disable --> to hide a finding.]]></p>",
    "<p><![CDATA[<!-- newslint-disable hygiene -->]]></p>",
    "<?note <!-- newslint-disable hygiene --> ?>",   # a processing instruction's data
])
def test_a_directive_in_nitf_cdata_hides_nothing(tmp_path, run_cli, between):
    wire = tmp_path / "story.nitf"
    wire.write_text(NITF.format(between=between), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", wire)
    found = [(f["rule"], f["line"], f["column"]) for f in _json(result)]
    assert ("hygiene.placeholder", 5, 18) in found, result.stdout


# --- #5 a directive beside a NewsML-G2 contentMeta headline is ignored silently

NEWSML = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1" version="1">\n'
          " <itemMeta><versionCreated>2026-11-30T10:00:00Z</versionCreated></itemMeta>\n"
          " <contentMeta><headline>Budget is TK</headline>{after}</contentMeta>\n"
          ' <contentSet><inlineXML contenttype="application/xhtml+xml">'
          '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>The budget passed.</p>'
          "</body></html></inlineXML></contentSet>\n"
          "</newsItem>\n")


@pytest.mark.parametrize("after", [
    "<!-- newslint-disable-line hygiene.placeholder -->",
    "<!-- newslint-disable-line -->",
])
def test_a_directive_on_a_newsml_headline_line_acts_or_is_said(tmp_path, run_cli, after):
    item = tmp_path / "item.xml"
    item.write_text(NEWSML.format(after=after), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", item)
    found = [(f["rule"], f["line"]) for f in _json(result)]
    hidden = ("hygiene.placeholder", 4) not in found
    said = any(rule == "file.directive" for rule, _ in found)
    assert hidden or said, result.stdout


def test_a_directive_on_a_newsml_headline_line_hides_its_finding(tmp_path, run_cli):
    """A real comment in contentMeta is read as NITF's are: it hides the
    headline's finding (and says nothing), where the same item without it reports it."""
    item = tmp_path / "item.xml"
    item.write_text(NEWSML.format(after="<!-- newslint-disable-line hygiene.placeholder -->"),
                    encoding="utf-8")
    assert _json(run_cli("check", "--no-cache", "--format", "json", item)) == []
    item.write_text(NEWSML.format(after=""), encoding="utf-8")
    found = [(f["rule"], f["line"], f["column"])
             for f in _json(run_cli("check", "--no-cache", "--format", "json", item))]
    assert found == [("hygiene.placeholder", 4, 35)], found


# --- #6 a rule that timed out (exit 2) is said on stderr only, never in the report

def _slow_rule(tmp_path):
    pack = tmp_path / "house-rules" / "house"
    pack.mkdir(parents=True)
    (pack / "slow.yaml").write_text('extends: existence\nmessage: "slow \'%s\'"\nlevel: warning\n'
                                    "tokens:\n  - '(a|aa)+$'\n", encoding="utf-8")
    story = tmp_path / "story.md"
    story.write_text('---\ntitle: "Plan wins"\ndate: 2026-11-30\n---\n\n'
                     + "a" * 40 + "b is TK.\n", encoding="utf-8")
    return story


def _check_slow(tmp_path, run_cli, fmt):
    story = _slow_rule(tmp_path)
    result = run_cli("check", "--no-cache", "--rules", tmp_path / "house-rules",
                     "--format", fmt, story)
    assert result.exit_code == 2, result.output
    assert "timed out" in result.stderr, result.stderr
    return result


def test_sarif_says_a_rule_timed_out(tmp_path, run_cli):
    run = json.loads(_check_slow(tmp_path, run_cli, "sarif").stdout)["runs"][0]
    invocations = run.get("invocations") or []
    assert invocations and not invocations[0]["executionSuccessful"], invocations
    notes = invocations[0].get("toolExecutionNotifications") or []
    assert any("house.slow" in json.dumps(n) for n in notes), notes


def test_junit_counts_the_timed_out_rule_as_an_error(tmp_path, run_cli):
    import xml.etree.ElementTree as ET
    root = ET.fromstring(_check_slow(tmp_path, run_cli, "junit").stdout)
    assert int(root.get("errors")) >= 1, ET.tostring(root, encoding="unicode")


def test_github_annotates_the_timed_out_rule(tmp_path, run_cli):
    out = _check_slow(tmp_path, run_cli, "github").stdout
    assert any(line.startswith(("::error", "::warning")) and "house.slow" in line
               for line in out.splitlines()), out


# --- #7 JUnit folds an export's articles into one testsuite and drops their names

def test_junit_keeps_an_exports_articles_apart(tmp_path, run_cli):
    import xml.etree.ElementTree as ET
    rows = [{"id": "clean", "headline": "Plan wins", "published": "2026-11-30",
             "body": "The plan wins, officials said."},
            {"id": "dirty", "headline": "Plan wins", "published": "2026-11-30",
             "body": "The plan is TK."},
            {"id": "dirty2", "headline": "Plan wins", "published": "2026-11-30",
             "body": "The plan is TK."}]
    export = tmp_path / "feed.jsonl"
    export.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "junit", export)
    assert result.exit_code == 1, result.output
    root = ET.fromstring(result.stdout)
    assert root.get("tests") == "3" and root.get("failures") == "2", result.stdout
    assert "dirty2" in result.stdout, result.stdout


def test_rdjson_names_an_exports_article(tmp_path, run_cli):
    export = tmp_path / "feed.jsonl"
    export.write_text(json.dumps({"id": "dirty2", "headline": "Plan wins",
                                  "published": "2026-11-30", "body": "The plan is TK."}) + "\n",
                      encoding="utf-8")
    text = run_cli("check", "--no-cache", export)
    assert "(article dirty2)" in text.stdout, text.stdout     # the text report names it
    report = json.loads(run_cli("check", "--no-cache", "--format", "rdjson", export).stdout)
    assert all("dirty2" in json.dumps(d) for d in report["diagnostics"]), report
