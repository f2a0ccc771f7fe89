"""Faults QA (qa94) found feeding newslint bad and hostile input in every
format it reads: a JSON Lines export with one NUL byte in one line is
skipped whole as a binary file, at 1:1 and exit 0, so every other article
goes unlinted (#1); a placeholder publication date in a wire or CMS field
(`<date.issue norm="TK"/>` in NITF, `<wp:post_date_gmt>TK` in a WordPress
export, `article:published_time` content `TK` in a page) is dropped without
a line naming it, where the same `TK` in front matter or a JSON Lines
`published` is a warning at the value (#2, #3, #4); a front-matter date key
holding a number or a list (`date = 1e400`, `date: [2024, 1]`) is dropped
without a word, where `date: TK` is said (#5); a YAML timestamp with an
offset out of range prints a Python repr in its message (#6); and the
no-date note for a WordPress export tells the user to write front matter
`date:` or a page's `article:published_time`, places the export has not (#7);
a byte-order mark opening a later line of a JSON Lines export (two exports
joined with `cat`) drops the line as one that "does not start with '{'" (#8); and Markdown text
nested past markdown-it's limit (a list 50 deep, a blockquote 100 deep) is
dropped without a word, "No problems found" (#9).

Each was a strict xfail that failed for the fault's reason; all nine are fixed
(#1, #8, #9 by fx171; #2-#7 by fx172, #7 now dropping the date field, as a `TK`
there is said) and pass; a control
beside most shows the path works for the input that is said. Synthetic
input only, written under tmp_path."""
from __future__ import annotations

import json

import pytest


def _findings(result) -> list[dict]:
    return json.loads(result.stdout)


def _check(run_cli, tmp_path, *names):
    return run_cli("check", "--no-cache", "--format", "json", *names, cwd=tmp_path)


# --- #1 one NUL byte in one line of a JSON Lines export ------------------------

def _export(tmp_path, second_body: bytes) -> None:
    (tmp_path / "export.jsonl").write_bytes(
        b'{"id": "a1", "headline": "Vote held", "published": "2024-03-05", '
        b'"body": "The the vote was close."}\n'
        b'{"id": "a2", "headline": "Plan wins", "published": "2024-03-05", "body": "'
        + second_body + b'"}\n')


def test_jsonl_control_a_broken_line_leaves_the_others_linted(tmp_path, run_cli):
    # not a fault: a line of invalid UTF-8 is said at its line, line 1 still linted
    _export(tmp_path, b"caf\xe9 ok")
    found = {(f["line"], f["rule"]) for f in _findings(_check(run_cli, tmp_path, "export.jsonl"))}
    assert (1, "hygiene.doubled-word") in found and (2, "file.encoding") in found, found


def test_jsonl_nul_in_one_line_leaves_the_other_lines_linted(tmp_path, run_cli):
    # fixed (qa94 #1): a NUL costs its own line only, said there as no JSON object
    _export(tmp_path, b"ok \x00 then")
    result = _check(run_cli, tmp_path, "export.jsonl")
    found = {(f["line"], f["rule"]) for f in _findings(result)}
    assert (1, "hygiene.doubled-word") in found, found
    assert (2, "file.jsonl") in found and "file.binary" not in {rule for _, rule in found}, found


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 8,                                   # no `{` first: a picture, an archive
    b'{"a": 1}\n\x00\x01\n\x00\x02\n{"b": 2}\x00\n',           # `{` first, NULs in most lines
    '{"id": "a1", "body": "The the plan."}\n'.encode("utf-16-le"),   # UTF-16 with no BOM
], ids=["bytes", "most-lines", "utf-16"])
def test_jsonl_control_a_binary_file_under_the_name_stays_binary(tmp_path, run_cli, data):
    # not a fault: the binary sniff still skips what is no text under a .jsonl name
    (tmp_path / "export.jsonl").write_bytes(data)
    assert [f["rule"] for f in _findings(_check(run_cli, tmp_path, "export.jsonl"))] == ["file.binary"]


# --- #2-#4 a placeholder date in a wire, CMS or page field -----------------------

NITF = ('<?xml version="1.0" encoding="UTF-8"?>\n<nitf><head><docdata>\n'
        '<date.issue norm="{date}"/>\n</docdata></head>\n<body><body.head><hedline>'
        '<hl1>Council approves budget</hl1></hedline></body.head>\n<body.content>'
        '<p>The council approved the budget on Tuesday.</p></body.content></body></nitf>\n')

WXR = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
       'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
       'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel><title>Gazette</title>\n'
       '<item><title>Council approves budget</title>\n<content:encoded><![CDATA[The council '
       'approved the budget on Tuesday.]]></content:encoded>\n<wp:post_id>12</wp:post_id>\n'
       '<wp:post_date_gmt>{date}</wp:post_date_gmt>\n<wp:status>publish</wp:status>'
       '<wp:post_type>post</wp:post_type>\n</item></channel></rss>\n')

PAGE = ('<!DOCTYPE html>\n<html><head><title>Council approves budget</title>\n'
        '<meta property="article:published_time" content="{date}">\n</head><body><article>'
        '<h1>Council approves budget</h1>\n<p>The city council approved the budget on Tuesday '
        'after a long debate among its members, the mayor said.</p></article></body></html>\n')


def _said_at(findings: list[dict], line: int) -> list[dict]:
    return [f for f in findings if f["line"] == line and "not a date" in f["message"]]


def test_placeholder_date_control_front_matter_and_jsonl_say_it(tmp_path, run_cli):
    # not a fault: the same TK in front matter and in JSON Lines is said at its value
    (tmp_path / "a.md").write_text("---\ntitle: Vote\ndate: TK\n---\n\nThe vote.\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "x", "headline": "Vote", "published": "TK", '
                                      '"body": "The vote."}\n', encoding="utf-8")
    findings = _findings(_check(run_cli, tmp_path, "a.md", "b.jsonl"))
    assert _said_at([f for f in findings if f["path"].endswith("a.md")], 3), findings
    assert _said_at([f for f in findings if f["path"].endswith("b.jsonl")], 1), findings


def test_nitf_placeholder_date_is_said_at_its_line(tmp_path, run_cli):
    (tmp_path / "story.nitf").write_text(NITF.format(date="TK"), encoding="utf-8")
    findings = _findings(_check(run_cli, tmp_path, "story.nitf"))
    assert _said_at(findings, 3), findings


def test_nitf_date_control_a_real_date_is_read(tmp_path, run_cli):
    # not a fault: the same file with a real date is dated
    (tmp_path / "story.nitf").write_text(NITF.format(date="20240305T100000Z"), encoding="utf-8")
    result = run_cli("parse", "--format", "json", "story.nitf", cwd=tmp_path)
    assert json.loads(result.stdout)[0]["published"] == "2024-03-05", result.stdout


def test_wxr_placeholder_date_is_said_at_its_line(tmp_path, run_cli):
    (tmp_path / "export.xml").write_text(WXR.format(date="TK"), encoding="utf-8")
    findings = _findings(_check(run_cli, tmp_path, "export.xml"))
    assert _said_at(findings, 7), findings       # the value's line (6 is wp:post_id)


def test_wxr_date_control_a_real_date_is_read(tmp_path, run_cli):
    # not a fault: the same export with a real date is dated
    (tmp_path / "export.xml").write_text(WXR.format(date="2024-03-05 10:00:00"), encoding="utf-8")
    result = run_cli("parse", "--format", "json", "export.xml", cwd=tmp_path)
    assert json.loads(result.stdout)[0]["articles"][0]["published"] == "2024-03-05", result.stdout


def test_html_placeholder_published_time_is_said_at_its_line(tmp_path, run_cli):
    (tmp_path / "page.html").write_text(PAGE.format(date="TK"), encoding="utf-8")
    findings = _findings(_check(run_cli, tmp_path, "page.html"))
    assert _said_at(findings, 3), findings


def test_html_date_control_a_real_published_time_is_read(tmp_path, run_cli):
    # not a fault: the same page with a real date is dated by its meta tag
    (tmp_path / "page.html").write_text(PAGE.format(date="2024-03-05T10:00:00Z"), encoding="utf-8")
    result = run_cli("parse", "--format", "json", "page.html", cwd=tmp_path)
    assert json.loads(result.stdout)[0]["published"] == "2024-03-05", result.stdout


# --- #5 a front-matter date key holding a number or a list -----------------------

@pytest.mark.parametrize("name,text", [
    ("toml.md", '+++\ntitle = "Vote"\ndate = 1e400\n+++\n\nThe vote.\n'),
    ("list.md", "---\ntitle: Vote\ndate: [2024, 1]\n---\n\nThe vote.\n"),
])
def test_front_matter_date_of_no_text_is_said(tmp_path, run_cli, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    findings = _findings(_check(run_cli, tmp_path, name))
    assert [f for f in findings if f["line"] == 3 and f["rule"] == "file.front-matter"], findings


# --- #6 a Python repr in a YAML timestamp's error ---------------------------------

def test_yaml_offset_out_of_range_says_no_python_repr(tmp_path, run_cli):
    (tmp_path / "a.md").write_text("---\ntitle: Vote\ndate: 2024-01-01T00:00:00+25:00\n---\n\n"
                                   "The vote.\n", encoding="utf-8")
    findings = _findings(_check(run_cli, tmp_path, "a.md"))
    said = [f for f in findings if f["line"] == 3]
    assert said, findings                      # it is said at its line (that part holds)
    assert not any("timedelta(" in f["message"] for f in said), said
    assert any("offset +25:00" in f["message"] and "out of range" in f["message"] for f in said), said


# --- #7 the no-date note for a WordPress export ------------------------------------

def test_wxr_no_date_note_names_the_exports_field(tmp_path, run_cli):
    # no date field at all: a 'TK' there is now said at its value, and the note then says it was refused
    (tmp_path / "export.xml").write_text(WXR.format(date="TK").replace(
        "<wp:post_date_gmt>TK</wp:post_date_gmt>\n", ""), encoding="utf-8")
    result = run_cli("check", "--no-cache", "export.xml", cwd=tmp_path)
    note = [line for line in result.stderr.splitlines() if "no publication date" in line]
    assert note, result.stderr                 # the note is there (that part holds)
    assert "front matter" not in note[0] and "post_date" in note[0], note


# --- #8 a byte-order mark opening a later line of a JSON Lines export ---------------

def test_jsonl_bom_on_a_later_line_is_read_or_named(tmp_path, run_cli):
    # fixed (qa94 #8): the BOM is passed over, as the file's own is; columns count it
    (tmp_path / "joined.jsonl").write_bytes(
        b'{"id": "a1", "headline": "Vote held", "body": "The vote was close."}\n'
        b'\xef\xbb\xbf{"id": "a2", "headline": "Plan wins", "body": "The the plan."}\n'
        b'\xef\xbb\xbf  {"id": "a3", "body": "A plan."}\n')
    findings = _findings(_check(run_cli, tmp_path, "joined.jsonl"))
    placed = {(f["line"], f["column"], f["rule"]) for f in findings}
    # 'The' is character 49 of line 2 (the BOM is its first); a3's `{` is its 4th
    assert placed == {(2, 49, "hygiene.doubled-word"), (3, 4, "titles.missing-headline")}, findings


# --- #9 Markdown nested past markdown-it's limit ------------------------------------

def _nested(tmp_path, unit: str, depth: int) -> str:
    (tmp_path / "deep.md").write_text("---\ntitle: Vote\n---\n\n" + unit * depth + "The the end.\n",
                                      encoding="utf-8")
    return "deep.md"


def test_nested_markdown_control_a_list_20_deep_is_linted(tmp_path, run_cli):
    # not a fault: at 20 deep the text is read and linted
    found = {f["rule"] for f in _findings(_check(run_cli, tmp_path, _nested(tmp_path, "- ", 20)))}
    assert "hygiene.doubled-word" in found, found


@pytest.mark.parametrize("unit,depth", [("- ", 60), ("> ", 120)])
def test_nested_markdown_past_the_limit_is_linted_or_said(tmp_path, run_cli, unit, depth):
    # fixed (qa94 #9): said once, at the first text past 100 levels (50 lists, 100 '>')
    found = _findings(_check(run_cli, tmp_path, _nested(tmp_path, unit, depth)))
    column = 1 + len(unit) * (50 if unit == "- " else 100)
    assert [(f["line"], f["column"], f["rule"]) for f in found] == [(5, column, "file.markdown")], found


def test_nested_markdown_text_after_a_list_too_deep_is_linted(tmp_path, run_cli):
    # markdown-it drops a too-deep list item's range, which runs to the file's end
    (tmp_path / "deep.md").write_text("---\ntitle: Vote\n---\n\n" + "- " * 60 + "A plan.\n\n"
                                      "The the outer paragraph.\n", encoding="utf-8")
    found = [(f["line"], f["column"], f["rule"]) for f in _findings(_check(run_cli, tmp_path, "deep.md"))]
    assert found == [(5, 101, "file.markdown"), (7, 1, "hygiene.doubled-word")], found
