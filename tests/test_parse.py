"""`newslint parse`: the article model as read, in JSON and as a text outline."""
from __future__ import annotations

import json

PAGE = """<html><head>
<title>Ferry fares rise | The Harbour Times</title>
<meta property="article:published_time" content="2024-03-05T09:00:00Z">
</head><body>
<h1>Ferry fares rise</h1>
<p>Fares rise by &pound;2 on <b>Monday</b>.</p>
</body></html>
"""


def test_json_has_the_documented_keys_and_exact_spans(run_cli, tmp_path):
    page = tmp_path / "fares.html"
    page.write_text(PAGE, encoding="utf-8")
    result = run_cli("parse", "--format", "json", page)
    assert result.exit_code == 0, result.output
    [doc] = json.loads(result.stdout)
    assert set(doc) == {"path", "format", "headline", "published", "published_from", "section",
                        "section_from", "parts", "notices"}
    assert (doc["format"], doc["headline"]) == ("html", "Ferry fares rise")
    assert (doc["published"], doc["published_from"]) == ("2024-03-05", "article:published_time")
    para = next(p for p in doc["parts"] if p["kind"] == "paragraph")
    assert para == {"kind": "paragraph", "text": "Fares rise by £2 on Monday.", "line": 6,
                    "column": 4, "end_line": 6, "end_column": PAGE.splitlines()[5].index("</p>") + 1}
    headline = next(p for p in doc["parts"] if p["kind"] == "headline")
    assert (headline["line"], headline["column"], headline["end_column"]) == (5, 5, 21)


def test_text_outline_names_kinds_spans_and_the_date_source(run_cli, tmp_path):
    story = tmp_path / "story.md"
    story.write_text("---\ntitle: Bridge shut\n---\n\n# Bridge shut\n\nThe bridge shut.\n",
                     encoding="utf-8")
    result = run_cli("parse", story)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"{story} (markdown)"
    assert lines[1] == "  headline: 'Bridge shut'"
    assert lines[2] == "  published: none"
    assert any(line.split()[:2] == ["7:1-7:17", "paragraph"] for line in lines), lines


def test_an_unreadable_file_is_one_line_and_the_others_are_still_shown(run_cli, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A line of copy.\n", encoding="utf-8")
    binary = tmp_path / "photo.html"
    binary.write_bytes(b"\x89PNG\x00\x00")
    result = run_cli("parse", "--format", "json", binary, good, tmp_path / "missing.md")
    assert result.exit_code == 1
    assert [d["path"] for d in json.loads(result.stdout)] == [str(good)]
    errors = result.stderr.splitlines()
    assert errors == [f"newslint: {tmp_path / 'missing.md'}: file.missing: no such file or folder",
                      f"newslint: {binary}: file.binary: binary file (contains NUL bytes); skipped"]


def test_parse_shows_a_file_name_that_is_not_utf8(run_cli, tmp_path):
    import os
    name = os.fsdecode(b"caf\xe9.txt")          # a cp1252 name from an old archive: '\udce9'
    (tmp_path / name).write_text("Vote\n\nThe council met.\n", encoding="utf-8")
    for fmt, shown in (("text", "caf\ufffd.txt (text)"), ("json", '"path": "caf\ufffd.txt"')):
        result = run_cli("parse", "--format", fmt, name, cwd=tmp_path)
        assert result.exit_code == 0 and shown in result.stdout, result.stderr


def test_a_headline_laid_out_over_lines_is_one_line_its_part_stays_exact(run_cli, tmp_path):
    # NewsML-G2 pretty-printed (IPTC's LISTING_22): the headline kept "\n             "
    item = tmp_path / "item.xml"
    item.write_text('<?xml version="1.0"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" '
                    'guid="urn:a:1"><contentMeta>\n  <headline>Preview: Arizona at\n'
                    '      Philadelphia,\u00a07:05 p.m.</headline>\n</contentMeta></newsItem>\n')
    [doc] = json.loads(run_cli("parse", "--format", "json", item).stdout)
    assert doc["headline"] == "Preview: Arizona at Philadelphia,\u00a07:05 p.m."   # no-break space kept
    [part] = [p for p in doc["parts"] if p["kind"] == "headline"]
    assert part["text"] == "Preview: Arizona at\n      Philadelphia,\u00a07:05 p.m."
    assert (part["line"], part["column"], part["end_line"], part["end_column"]) == (3, 13, 4, 30)
    text = run_cli("parse", item).stdout
    assert "  headline: 'Preview: Arizona at Philadelphia,\\xa07:05 p.m.'\n" in text


def test_parse_says_a_skipped_file_and_does_not_fail_on_it(run_cli, tmp_path):
    (tmp_path / "data.json").write_text("{}\n")
    (tmp_path / "a.txt").write_text("A line of copy.\n")
    result = run_cli("parse", "data.json", "a.txt", cwd=tmp_path)
    assert result.exit_code == 0
    assert result.stderr.startswith("newslint: data.json: file.format: skipped: not an article format")
    assert result.stdout.startswith("a.txt (text)")
