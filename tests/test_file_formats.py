"""Files newslint does not read: named on the command line, walked in a folder,
or linted from a folder that was deleted under the run (a new user's trial)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from lint.config import Config
from lint.engine import lint_bytes

SCHEMA = ('<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n'
          '<xs:element name="hed" type="xs:string"/>\n</xs:schema>\n')


def _rules(path, text):
    path.write_text(text)
    return [(d.rule, d.level) for d in lint_bytes(str(path), path.read_bytes(), Config()).diagnostics]


@pytest.mark.parametrize("name", ["schema.xsd", "schema.xml", "schema", "schema.txt"])
def test_xml_of_no_article_format_is_one_line_whatever_its_name(tmp_path, name):
    # an .xsd was read as plain text: 17 findings on its attribute quotes
    assert _rules(tmp_path / name, SCHEMA) == [("file.xml", "warning")]


@pytest.mark.parametrize("name", ["story.wire", "story.txt", "stdin.txt"])
def test_nitf_under_another_extension_is_read_as_nitf(tmp_path, name):
    # a .txt (and stdin, read as stdin.txt) that is XML was plain text: nonsense findings
    path = tmp_path / name
    path.write_text('<?xml version="1.0"?>\n<nitf><body><body.content>'
                    "<p>The the vote passed.</p></body.content></body></nitf>")
    result = lint_bytes(str(path), path.read_bytes(), Config())
    assert result.document.format == "nitf"
    assert "hygiene.doubled-word" in [d.rule for d in result.diagnostics]   # its text linted


def test_code_and_data_named_are_skipped_plain_text_of_any_extension_is_read(tmp_path):
    assert _rules(tmp_path / "feed.json", '{"headline": "The the vote"}\n') == [("file.format", "warning")]
    assert _rules(tmp_path / "story.wire", "The the vote passed.\n") != [("file.format", "warning")]


def test_a_folder_of_no_article_file_says_nothing_was_linted(run_cli, tmp_path):
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "sitemap.xml").write_text("<urlset><url/></urlset>")
    result = run_cli("check", "--no-cache", "feeds", cwd=tmp_path)
    assert result.exit_code == 0 and result.stdout == "No files linted.\n"   # ruff's exit code
    (tmp_path / "feeds" / "a.md").write_text("# Vote passes\n\nThe vote passed.\n")
    assert run_cli("check", "--no-cache", "feeds", cwd=tmp_path).stdout == "No problems found.\n"


def test_a_deleted_working_folder_is_one_line(tmp_path):
    gone = tmp_path / "gone"
    gone.mkdir()
    script = (f"import os, sys; os.chdir({str(gone)!r}); os.rmdir({str(gone)!r}); "
              "sys.argv = ['newslint', 'check']; from lint.__main__ import main; main()")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr == ("newslint: the current folder no longer exists (deleted or moved); "
                             "cd to a folder that exists\n")


def test_a_saved_html_report_in_the_folder_is_skipped_not_linted(run_cli, tmp_path):
    # a report written into the content folder gave 45 findings on its own tables
    # at the next run, and --fix would have rewritten it (a new user's trial)
    (tmp_path / "story.md").write_text("# Council votes\n\nThe the council voted on Tuesday.\n")
    assert run_cli("check", "--format", "html", "-o", tmp_path / "report.html",
                   tmp_path / "story.md").exit_code in (0, 1)
    result = run_cli("check", "--select", "hygiene,file", tmp_path)
    lines = result.stdout.splitlines()
    assert any("report.html:1:1: warning [file.format] skipped: newslint's own HTML report" in line
               for line in lines), result.output
    assert [line for line in lines if "report.html" in line and "[file.format]" not in line] == []
    assert any("story.md:3:1: warning [hygiene.doubled-word]" in line for line in lines)
