"""fx563: a `.vale.ini`'s SkippedScopes take out what the skipped tag holds
(the containers the reader saw round a part, `attrs["within"]`), and
nothing past its end tag; a table's tags are the ones written in HTML, and
the ones Markdown renders (`<thead>`) for a Markdown table."""
from __future__ import annotations

from vale_helpers import LATIN


def _lines(tmp_path, run_cli, name, story, skipped=None):
    (tmp_path / "styles" / "House").mkdir(parents=True, exist_ok=True)
    (tmp_path / "styles" / "House" / "Latin.yml").write_text(LATIN)
    key = f"SkippedScopes = {skipped}\n" if skipped is not None else ""
    (tmp_path / ".vale.ini").write_text(f"StylesPath = styles\n{key}\n[*]\nBasedOnStyles = House\n")
    (tmp_path / name).write_text(story)
    res = run_cli("check", name, "--format", "vale", "--no-cache", cwd=tmp_path)
    return [int(ln.split(":")[1]) for ln in res.stdout.splitlines() if ":House." in ln]


def test_text_after_a_figure_is_linted(tmp_path, run_cli):
    page = ("<html><body><h1>Crew</h1>\n<figure><blockquote><p>In, i.e. home.</p></blockquote></figure>\n"
            "<p>After, i.e. home.</p>\n<blockquote><p>Quote, i.e. home.</p></blockquote>\n</body></html>\n")
    assert _lines(tmp_path, run_cli, "a.html", page) == [3, 4]


def test_html_thead_written_is_skipped_and_a_td_in_a_figure(tmp_path, run_cli):
    page = ("<html><body><h1>Crew</h1><p>They left, ok.</p>\n<table><thead><tr><th>Head, i.e. home.</th></tr>"
            "</thead>\n<tbody><tr><td>Cell, i.e. home.</td></tr></tbody></table>\n</body></html>\n")
    assert _lines(tmp_path, run_cli, "a.html", page, "thead") == [3]
    assert _lines(tmp_path, run_cli, "b.html", page, "tbody") == [2]
    assert _lines(tmp_path, run_cli, "c.html", page, "tr") == []


def test_guard_markdown_table_header_is_thead(tmp_path, run_cli):
    story = "# Crew\n\nThey left, ok.\n\n| Head, i.e. home |\n|---|\n| Cell, i.e. home |\n"
    assert _lines(tmp_path, run_cli, "a.md", story, "thead") == [7]
    assert _lines(tmp_path, run_cli, "b.md", story, "td") == [5]


def test_guard_heading_outside_a_quote_is_linted(tmp_path, run_cli):
    story = "# Crew\n\n> Quoted, i.e. home.\n\n## Head i.e. home\n\n- Item, i.e. home.\n"
    assert _lines(tmp_path, run_cli, "a.md", story, "blockquote") == [5, 7]
    assert _lines(tmp_path, run_cli, "b.md", story, "li") == [3, 5]
