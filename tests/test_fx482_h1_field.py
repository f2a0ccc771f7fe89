"""fx482 (qa334 #2): under a front-matter title, a Markdown H1 that opens the
body is a title field that titles.fields-disagree compares with the title; an
H1 further down heads a section and is left alone."""
from __future__ import annotations

import json


def _findings(run_cli, tmp_path, md: str, select: str = "titles.fields-disagree"):
    path = tmp_path / "story.md"
    path.write_text(md, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", "--select", select, path)
    return json.loads(result.stdout)


FM = '---\ntitle: "Council approves $12 million budget"\n---\n'
BODY = "\nThe council approved the budget on Tuesday.\n"


def test_the_h1_is_found_at_its_own_figure(run_cli, tmp_path):
    found = _findings(run_cli, tmp_path, FM + "# Council approves $15 million budget\n" + BODY)
    assert [(f["line"], f["column"], f["end_column"], f["level"], f["message"]) for f in found] == [
        (4, 20, 31, "error", "H1 and front-matter title disagree (a number): '$15 million'")]


def test_a_setext_h1_is_compared_too(run_cli, tmp_path):
    found = _findings(run_cli, tmp_path, FM + "Council approves $15 million budget\n===\n" + BODY)
    assert [(f["line"], f["column"]) for f in found] == [(4, 18)]


def test_an_h1_that_swaps_a_name_is_an_error(run_cli, tmp_path):
    md = ('---\ntitle: "Kowalczyk vows to rebuild the east side"\n---\n'
          "# Smith vows to rebuild the east side\n\n"
          "Mayor Anna Kowalczyk toured the east side. Deputy Mayor Dana Smith will oversee it.\n")
    found = _findings(run_cli, tmp_path, md)
    assert [(f["line"], f["column"], f["level"]) for f in found] == [(4, 3, "error")], found


def test_an_h1_under_a_byline_still_opens_the_body(run_cli, tmp_path):
    found = _findings(run_cli, tmp_path, FM + "By Dana Smith\n\n# Council approves $15 million budget\n" + BODY)
    assert [f["line"] for f in found] == [6], found


# The nearest cases that must stay quiet.
def test_an_h1_that_only_shortens_the_title_is_fine(run_cli, tmp_path):
    md = '---\ntitle: "Council approves $12 million budget for Riverside parks"\n---\n# Council approves budget\n' + BODY
    assert _findings(run_cli, tmp_path, md) == []


def test_an_h1_that_agrees_is_fine(run_cli, tmp_path):
    assert _findings(run_cli, tmp_path, FM + "# Council approves $12M budget\n" + BODY) == []


def test_an_h1_below_a_paragraph_heads_a_section(run_cli, tmp_path):
    md = FM + "The council met on Tuesday.\n\n# Spending $15 million\n" + BODY
    assert _findings(run_cli, tmp_path, md) == []


def test_an_h1_below_a_subhead_heads_a_section(run_cli, tmp_path):
    md = FM + "## Background\n\n# Spending $15 million\n" + BODY
    assert _findings(run_cli, tmp_path, md) == []


def test_a_second_h1_is_a_section(run_cli, tmp_path):
    md = FM + "# Council approves $12 million budget\n\n# Spending $15 million\n" + BODY
    assert _findings(run_cli, tmp_path, md) == []


def test_an_h1_in_a_blockquote_is_no_title_field(run_cli, tmp_path):
    assert _findings(run_cli, tmp_path, FM + "> # Council approves $15 million budget\n" + BODY) == []


def test_without_front_matter_the_h1_is_the_headline(run_cli, tmp_path):
    md = "# Council approves $15 million budget\n" + BODY
    assert _findings(run_cli, tmp_path, md) == []


def test_an_empty_title_leaves_the_h1_a_plain_heading(run_cli, tmp_path):
    md = '---\ntitle: ""\n---\n# Council approves $15 million budget\n' + BODY
    found = _findings(run_cli, tmp_path, md, "titles")
    assert [f["rule"] for f in found] == ["titles.missing-headline"], found


def test_no_other_titles_rule_reports_the_h1(run_cli, tmp_path):
    md = ('---\ntitle: "Council approves $12 million budget."\n---\n'
          "# Council Approves $15 Million Budget.\n" + BODY)
    found = _findings(run_cli, tmp_path, md, "titles")
    assert [f["rule"] for f in found if f["line"] == 4] == ["titles.fields-disagree"], found
    assert any(f["line"] == 2 for f in found), found    # the title's own findings stay on the title


def test_the_h1_reads_as_a_heading_named_h1():
    from lint.readers import read_bytes
    doc = read_bytes("story.md", (FM + "# Council approves $15 million budget\n" + BODY).encode())
    assert [(p.kind, p.name) for p in doc.parts if p.kind in ("headline", "heading")] == [
        ("headline", "front-matter title"), ("heading", "H1")]
