"""qa324: review of fx461 (nu63: one path spelling in every format via
`formatters._common.shown_path`; --force-exclude says each path it leaves
out; NewsML-G2's blank-title message). Strict xfails are open problems; the
plain tests beside them guard the nearest cases that work."""
from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET

import pytest

STORY = "Council votes on budget\n\nThe mayor said the the deal was done.\n"
FORMATS = ["text", "json", "github", "vale", "rdjson", "junit", "html"]


def paths_shown(run_cli, cwd, fmt, *where) -> set[str]:
    """Every file path the report names, as printed (as tests/test_nu63_printing.py reads them)."""
    out = run_cli("check", "--no-cache", "--select", "hygiene", "--format", fmt, *where, cwd=cwd).stdout
    if fmt == "json":
        return {d["path"] for d in json.loads(out)}
    if fmt == "rdjson":
        return {d["location"]["path"] for d in json.loads(out)["diagnostics"]}
    if fmt == "github":
        return set(re.findall(r"file=([^,]*),", out))
    if fmt == "junit":
        return {c.get("classname") for c in ET.fromstring(out).iter("testcase")}
    if fmt == "html":
        return set(re.findall(r"<h2>([^<]*) <small>", out))
    return {line.split(":", 1)[0] for line in out.splitlines() if line.count(":") >= 3}


# --- #1: '..' after a symlinked folder is folded as text, so the printed path is another file -----

@pytest.fixture
def linked(tmp_path, monkeypatch):
    """desk/posts -> shared/posts (a content folder shared between desks); the
    story lies in shared/pages, named from desk as posts/../pages/x.md."""
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)      # github's root is the run's folder
    (tmp_path / "shared" / "posts").mkdir(parents=True)
    (tmp_path / "shared" / "pages").mkdir()
    (tmp_path / "shared" / "pages" / "x.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "story.md").write_text(STORY, encoding="utf-8")
    try:
        os.symlink(tmp_path / "shared" / "posts", tmp_path / "desk" / "posts")
    except OSError:
        pytest.skip("no symlinks here")
    return tmp_path


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_dot_dot_after_a_symlinked_folder_prints_the_file_that_was_linted(run_cli, linked, fmt):
    desk = linked / "desk"
    (shown,) = paths_shown(run_cli, desk, fmt, "posts/../pages/x.md")
    assert os.path.exists(desk / shown)
    assert os.path.samefile(desk / shown, linked / "shared" / "pages" / "x.md")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_path_through_a_symlinked_folder_without_dot_dot_is_printed_as_the_folder_holds_it(
        run_cli, linked, fmt):
    (linked / "shared" / "posts" / "y.md").write_text(STORY, encoding="utf-8")
    assert paths_shown(run_cli, linked / "desk", fmt, "posts/y.md") == {"posts/y.md"}
    assert paths_shown(run_cli, linked / "desk", fmt, "./posts/y.md") == {"posts/y.md"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plain_dot_dot_back_into_the_folder_is_still_folded(run_cli, linked, fmt):
    assert paths_shown(run_cli, linked / "desk", fmt, "../desk/story.md") == {"story.md"}


# --- #2: a path's spelling is worked out again for every finding (abspath, relpath, realpath) -----

def _count_path_calls(monkeypatch):
    calls = {"n": 0}
    for name in ("relpath", "realpath", "abspath"):
        real = getattr(os.path, name)

        def counting(*a, _real=real, **k):
            calls["n"] += 1
            return _real(*a, **k)
        monkeypatch.setattr(os.path, name, counting)
    return calls


def _report(path, n):
    from lint.diagnostic import Diagnostic
    from lint.formatters import Report
    diags = [Diagnostic(path=path, line=i + 1, column=1, end_line=i + 1, end_column=5,
                        rule="hygiene.doubled-word", level="warning", message="doubled word: 'the the'")
             for i in range(n)]
    return Report(diags, files=[path], root=os.getcwd())


@pytest.mark.parametrize("fmt", ["text", "json"])
@pytest.mark.parametrize("inside", [True, False])
def test_a_files_path_is_spelled_once_not_once_a_finding(monkeypatch, tmp_path, fmt, inside):
    from lint.formatters import render
    (tmp_path / "desk").mkdir()
    (tmp_path / "archive").mkdir()
    monkeypatch.chdir(tmp_path / "desk")
    path = "story.md" if inside else str(tmp_path / "archive" / "story.md")
    report = _report(path, 400)
    calls = _count_path_calls(monkeypatch)
    render(fmt, report)
    assert calls["n"] <= 20


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_every_finding_of_a_file_still_names_it(monkeypatch, tmp_path, fmt):
    from lint.formatters import render
    monkeypatch.chdir(tmp_path)
    out = render(fmt, _report(str(tmp_path / "story.md"), 30))
    assert out.count("story.md") == 30 and str(tmp_path) not in out


# --- #3, #4: --force-exclude's skip lines (the shipped pre-commit hook uses it) ----------------

@pytest.fixture
def jekyll(tmp_path):
    (tmp_path / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_site").mkdir()
    (tmp_path / "_posts" / "a.md").write_text(STORY, encoding="utf-8")
    for i in range(40):
        (tmp_path / "_site" / f"p{i}.md").write_text(STORY, encoding="utf-8")
    return tmp_path


def skip_lines(run_cli, cwd, *args):
    result = run_cli("check", "--no-cache", "--select", "hygiene", "--force-exclude", *args, cwd=cwd)
    return result, [line for line in result.stderr.splitlines() if "skipped" in line]


def test_force_exclude_of_a_whole_build_folder_is_a_few_lines(run_cli, jekyll):
    names = ["_posts/a.md"] + [f"_site/p{i}.md" for i in range(40)]
    result, lines = skip_lines(run_cli, jekyll, *names)
    assert "_posts/a.md:3:" in result.stdout            # the story is still linted
    assert len(result.stderr.splitlines()) <= 6


def test_force_exclude_still_names_a_few_paths_it_leaves_out(run_cli, jekyll):
    result, lines = skip_lines(run_cli, jekyll, "_posts/a.md", "_site/p1.md", "_site/p2.md")
    assert "_posts/a.md:3:" in result.stdout and result.exit_code == 0
    assert [line.split(" (")[0] for line in lines] == ["newslint: skipped _site/p1.md",
                                                      "newslint: skipped _site/p2.md"]


def test_a_skip_line_spells_the_path_as_the_findings_do(run_cli, jekyll):
    result, lines = skip_lines(run_cli, jekyll, "_posts/a.md", str(jekyll / "_site" / "p1.md"),
                               "_site/p1.md")
    assert [line.split(" (")[0] for line in lines] == ["newslint: skipped _site/p1.md"]


def test_a_skip_line_drops_a_leading_dot_slash(run_cli, jekyll):
    result, lines = skip_lines(run_cli, jekyll, "_posts/a.md", "./_site/p1.md", "_site/p1.md")
    assert [line.split(" (")[0] for line in lines] == ["newslint: skipped _site/p1.md"]


# --- #5 (before fx461, beside nu63 #4): a G2 headline with a role is no headline ----------------

G2 = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.com:1" version="1"
  standard="NewsML-G2" standardversion="2.35">
  <itemMeta><itemClass qcode="ninat:text"/><versionCreated>2025-03-04T10:00:00Z</versionCreated></itemMeta>
  <contentMeta>{meta}</contentMeta><contentSet>
    <inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">
    <head></head><body><p>The council approved the budget on Tuesday.</p></body></html></inlineXML>
  </contentSet>
</newsItem>
"""


def g2_missing_headline(meta):
    from lint.config import Config
    from lint.engine import active_rules, lint_document
    from lint.readers import read_bytes
    config = Config(select=("titles.missing-headline",))
    doc = read_bytes("item.xml", G2.format(meta=meta).encode("utf-8"))
    return [d.message for d in lint_document(doc, active_rules(config), config).diagnostics]


@pytest.mark.parametrize("meta", ['<headline role="hld:main">Council passes budget</headline>',
                                  '<headline role="hld:main" xml:lang="en">Council passes budget</headline>'])
def test_a_g2_headline_with_a_role_is_a_headline(meta):
    assert g2_missing_headline(meta) == []


@pytest.mark.parametrize("meta, said", [
    ("<headline> </headline>", "no headline: the article's <headline> in <contentMeta> is blank"),
    ("<headline><!-- TK --></headline>", "no headline: the article's <headline> in <contentMeta> is empty"),
    ("<headline>&#160;</headline>", "no headline: the article's <headline> in <contentMeta> is blank"),
])
def test_a_blank_g2_headline_is_named(meta, said):
    assert g2_missing_headline(meta) == [said]


def test_a_plain_g2_headline_is_a_headline():
    assert g2_missing_headline("<headline>Council passes budget</headline>") == []


# --- fx464: the nearest cases of #1 and #2 that must still fold or change -------------------------

@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_dot_dot_back_into_the_same_symlinked_folder_is_folded(run_cli, linked, fmt):
    (linked / "shared" / "posts" / "y.md").write_text(STORY, encoding="utf-8")
    assert paths_shown(run_cli, linked / "desk", fmt, "posts/../posts/y.md") == {"posts/y.md"}


def test_a_dot_dot_in_a_plain_folder_is_folded(run_cli, linked):
    (linked / "desk" / "drafts").mkdir()
    assert paths_shown(run_cli, linked / "desk", "text", "drafts/../story.md") == {"story.md"}


def test_an_absolute_path_with_dot_dot_after_a_symlink_is_printed_as_named(run_cli, linked):
    named = str(linked / "desk" / "posts" / ".." / "pages" / "x.md")
    (shown,) = paths_shown(run_cli, linked / "desk", "json", named)
    assert shown == named and os.path.samefile(shown, linked / "shared" / "pages" / "x.md")


def test_the_sarif_uri_of_a_dot_dot_after_a_symlink_is_the_file_linted(run_cli, linked):
    out = run_cli("check", "--no-cache", "--select", "hygiene", "--format", "sarif", "posts/../pages/x.md",
                  cwd=linked / "desk").stdout
    (uri,) = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
              for r in json.loads(out)["runs"][0]["results"]}
    assert uri == (linked / "shared" / "pages" / "x.md").resolve().as_uri()


def test_the_spelling_kept_for_a_path_follows_the_working_folder(monkeypatch, tmp_path):
    from lint.formatters._common import shown_path
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    assert shown_path("s.md", str(tmp_path)) == "s.md"
    monkeypatch.chdir(tmp_path / "sub")         # the same name and root from another folder: another file
    assert shown_path("s.md", str(tmp_path)) == "sub/s.md"


# --- fx464: the nearest cases of #3 and #4 --------------------------------------------------------

def _site_names(n):
    return ["_posts/a.md"] + [f"_site/p{i}.md" for i in range(n)]


def test_as_many_skipped_paths_as_a_notice_names_are_each_said(run_cli, jekyll):
    from lint.reporting import NAMED_IN_NOTICE
    result, lines = skip_lines(run_cli, jekyll, *_site_names(NAMED_IN_NOTICE))
    assert [line.split(" (")[0] for line in lines] == [f"newslint: skipped _site/p{i}.md"
                                                      for i in range(NAMED_IN_NOTICE)]


def test_the_paths_past_those_a_notice_names_are_counted_in_one_line(run_cli, jekyll):
    from lint.reporting import NAMED_IN_NOTICE
    result, lines = skip_lines(run_cli, jekyll, *_site_names(NAMED_IN_NOTICE + 1))
    assert len(lines) == NAMED_IN_NOTICE + 1
    assert lines[-1] == "newslint: and 1 more named path skipped by --force-exclude (-v names each)"
    result, lines = skip_lines(run_cli, jekyll, *_site_names(40))
    assert lines[-1] == "newslint: and 35 more named paths skipped by --force-exclude (-v names each)"


def test_a_path_named_twice_is_counted_once(run_cli, jekyll):
    names = _site_names(6) + [str(jekyll / "_site" / f"p{i}.md") for i in range(6)]
    result, lines = skip_lines(run_cli, jekyll, *names)
    assert lines[-1] == "newslint: and 1 more named path skipped by --force-exclude (-v names each)"


def test_verbose_still_names_every_path_left_out(run_cli, jekyll):
    result, lines = skip_lines(run_cli, jekyll, "-v", *_site_names(40))
    assert sorted(line.split(" (")[0] for line in lines) == sorted(
        f"newslint: skipped _site/p{i}.md" for i in range(40))


def test_a_report_saved_with_the_count_line_is_newslints_own(run_cli, jekyll):
    from lint.readers._own_reports import own_report
    result, lines = skip_lines(run_cli, jekyll, *_site_names(40))
    saved = result.stderr + result.stdout
    assert "35 more named paths" in saved and own_report(saved, "text") == "text"


def test_a_build_folder_named_absolutely_keeps_its_closing_slash(run_cli, jekyll):
    result, lines = skip_lines(run_cli, jekyll, "_posts/a.md", str(jekyll / "_site") + "/")
    assert [line.split(" (")[0] for line in lines] == ["newslint: skipped _site/"]


def test_a_build_folder_named_from_outside_is_named_as_given_with_one_slash(run_cli, jekyll, tmp_path):
    (tmp_path / "elsewhere").mkdir()
    named = str(jekyll / "_site") + "/"
    result, lines = skip_lines(run_cli, tmp_path / "elsewhere", str(jekyll / "_posts" / "a.md"), named)
    assert [line.split(" (")[0] for line in lines] == [f"newslint: skipped {named}"]
