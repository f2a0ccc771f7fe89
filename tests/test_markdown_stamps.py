"""The Markdown reader reads release and embargo lines and dated `Posted`
stamps above the story as the plain-text reader does (one function,
readers/_release_lines.py `under_hed_line`, called from
readers/_md_preamble.py); a front-matter `date:` still beats them. Every
story here is written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from lint import lint_text
from lint.readers import read_bytes

BODY = "The council voted on Tuesday to approve the budget."


def _parts(doc):
    return [(p.kind, p.name, p.text, p.source_offset(0)) for p in doc.parts
            if p.kind in ("byline", "field", "paragraph") and p.name != "date"]


@pytest.mark.parametrize("line", [
    "Posted by Jane Doe on Monday, March 3, 2026",
    "Posted on March 3, 2026 by Jane Doe",
    "Posted by Jane Doe | March 3, 2026 | 4:15 pm",
    "EMBARGOED UNTIL 12:01 a.m. ET, March 3, 2026",
    "FOR RELEASE: March 3, 2026",
    # a time stamp alone (fx78): the Published line, an update's, a year-less one that takes the update's year
    "Published March 3, 2026",
    "Posted: March 3, 2026 at 4:15 p.m.",
    "Last modified: March 3, 2026",
    "Posted March 3\nLast updated March 4, 2026",
])
@pytest.mark.parametrize("over", ["# Council approves budget\n\n", "# Council approves budget\n\n## Spending rises\n\n",
                                  "---\ntitle: Council approves budget\n---\n\n"])
def test_a_markdown_body_reads_the_line_as_the_text_reader_does(line, over):
    md = f"{over}{line}\n\n{BODY}\n"
    txt = f"Council approves budget\n\n{line}\n\n{BODY}\n"
    doc, plain = read_bytes("post.md", md.encode()), read_bytes("post.txt", txt.encode())
    shift = md.index(line) - txt.index(line)
    assert _parts(doc) == [(k, n, t, at + shift) for k, n, t, at in _parts(plain)]
    assert line not in [p.text for p in doc.parts_of(("paragraph",))]
    assert (doc.published, doc.published_from) == (plain.published, plain.published_from)
    assert doc.published == dt.date(2026, 3, 3)


def test_the_stamp_s_template_time_and_weekday():
    md = f"# Council approves budget\n\nPosted by Jane Doe | Monday, March 3, 2026 | 4:15 pm\n\n{BODY}\n"
    found = [(d.rule, d.offset) for d in lint_text(md, "post.md")]
    assert found == [("dates.weekday-mismatch", md.index("Monday"))]


@pytest.mark.parametrize("line", ["Posted on March 3, 2026 by Jane Doe", "FOR RELEASE: March 3, 2026",
                                  "Published March 3, 2026", "By Dana Whitfield\nUpdated March 4, 2026"])
def test_front_matter_date_beats_the_line(line):
    md = f"---\ntitle: Council approves budget\ndate: 2026-03-01\n---\n\n{line}\n\n{BODY}\n"
    doc = read_bytes("post.md", md.encode())
    assert (doc.published, doc.published_from) == (dt.date(2026, 3, 1), "front matter date")
    assert line not in [p.text for p in doc.parts_of(("paragraph",))]


def test_a_lede_that_opens_like_a_release_line_stays_prose():
    lede = "For release June 5, 2026, the band recorded twelve songs."
    doc = read_bytes("post.md", f"# Album news\n\n{lede}\n".encode())
    assert [p.text for p in doc.parts_of(("paragraph",))] == [lede] and doc.published is None


@pytest.mark.parametrize("front, source", [
    ("", "the 'Published' line"),
    ("---\ntitle: Council approves budget\n---\n\n", "the 'Published' line"),
    ("---\ntitle: Council approves budget\ndate: 2026-03-01\n---\n\n", "front matter date"),
])
def test_verbose_names_where_a_markdown_story_s_date_came_from(run_cli, tmp_path, front, source):
    md = f"{front}# Council approves budget\n\nBy Dana Whitfield\nPublished March 3, 2026\n\n{BODY}\n"
    (tmp_path / "post.md").write_text(md, encoding="utf-8")
    result = run_cli("check", "--no-cache", "-v", "post.md", cwd=tmp_path)
    when = "2026-03-01" if "date:" in front else "2026-03-03"
    assert f"post.md: published {when} (from {source})" in result.stderr
    doc = read_bytes("post.md", md.encode())
    stamp = next(p for p in doc.parts if p.kind == "field" and p.name == "published")
    assert (stamp.text, stamp.source_offset(0)) == ("Published March 3, 2026", md.index("Published"))


def test_a_jekyll_file_name_date_beats_a_stamp_line_as_it_beats_a_date_line():
    md = f"# Council approves budget\n\nPublished March 3, 2026\n\n{BODY}\n"
    doc = read_bytes("_posts/2026-03-01-budget.md", md.encode())
    assert (doc.published, doc.published_from) == (dt.date(2026, 3, 1), "file name")
    assert [(p.kind, p.name) for p in doc.parts if p.text == "Published March 3, 2026"] == [("field", "published")]
