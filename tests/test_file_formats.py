"""Files newslint does not read: named on the command line, walked in a folder,
or linted from a folder that was deleted under the run (a new user's trial)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.readers import EXTENSIONS
from story_helpers import into_report

SCHEMA = ('<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n'
          '<xs:element name="hed" type="xs:string"/>\n</xs:schema>\n')


def _rules(path, text):
    path.write_text(text)
    return [(d.rule, d.level) for d in lint_bytes(str(path), path.read_bytes(), Config()).diagnostics]


@pytest.mark.parametrize("name", ["schema.xsd", "schema.xml", "schema", "schema.txt"])
def test_xml_of_no_article_format_is_one_line_whatever_its_name(tmp_path, name):
    # an .xsd was read as plain text: 17 findings on its attribute quotes
    # file.xml then, file.format now: a skip (said, not a finding), not broken XML
    assert _rules(tmp_path / name, SCHEMA) == [("file.format", "warning")]


@pytest.mark.parametrize("name, text, rule", [
    ("schema.xsd", "", "file.format"), ("logo.svg", " \n", "file.format"),     # told by name
    ("feed.xml", "", "file.empty"), ("story.txt", "", "file.empty")])       # could be an article
def test_an_empty_file_of_a_schema_name_is_skipped_as_a_full_one_is(tmp_path, name, text, rule):
    # an empty .xsd (the IPTC's NewsML-G2 examples ship one) gave a file.empty finding
    # where a full one is skipped
    assert _rules(tmp_path / name, text) == [(rule, "warning")]


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
    # a skip is said on stderr now, not a warning finding on stdout
    assert f"newslint: {tmp_path / 'report.html'}: file.format: skipped: newslint's own HTML " \
           "report (--format html), not an article" in result.stderr.splitlines(), result.output
    assert [line for line in lines if "report.html" in line] == []
    assert any("story.md:3:1: warning [hygiene.doubled-word]" in line for line in lines)



# nu55 #3: `newslint check . > report.txt` (a shell redirect, as a CI step saves
# its report) lints the report file the shell has just created, empty, as
# `file.empty`: a warning about newslint's own output in every such run (last
# run's report, full by then, is skipped as newslint's own text report).
def test_nu55_the_file_stdout_is_redirected_into_is_not_linted(tmp_path):
    (tmp_path / "story.md").write_text("# Council votes\n\nThe the council voted on Tuesday.\n")
    lines = into_report(tmp_path, ".")[1].splitlines()
    assert any("story.md:3:1: warning [hygiene.doubled-word]" in line for line in lines), lines
    assert [line for line in lines if "report.txt" in line] == [], lines


def test_nu55_control_an_empty_file_beside_it_is_still_file_empty(tmp_path):
    (tmp_path / "story.md").write_text("# Council votes\n\nThe the council voted on Tuesday.\n")
    (tmp_path / "blank.txt").write_text("")
    with open(tmp_path.parent / f"{tmp_path.name}-report.txt", "w") as out:
        subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--no-color", "."], cwd=tmp_path,
                       stdout=out, stderr=subprocess.PIPE, check=False)
    lines = (tmp_path.parent / f"{tmp_path.name}-report.txt").read_text().splitlines()
    assert "blank.txt:1:1: warning [file.empty] empty file: nothing to lint" in lines, lines


# fx403 (nu55 #3), the nearest cases: the stdout file is told by identity, not by
# name, and only when stdout is a regular file: an empty report.txt that stdout
# is not (the report saved elsewhere, or stdout a pipe) is linted as before.
@pytest.mark.parametrize("to_file", [True, False])
def test_fx403_a_report_txt_that_is_not_stdout_is_still_linted(tmp_path, to_file):
    (tmp_path / "story.md").write_text("# Council votes\n\nThe the council voted on Tuesday.\n")
    (tmp_path / "report.txt").write_text("")
    run = [sys.executable, "-m", "lint", "check", "--no-cache", "--no-color", "."]
    if to_file:
        with open(tmp_path.parent / f"{tmp_path.name}-elsewhere.txt", "w") as out:
            subprocess.run(run, cwd=tmp_path, stdout=out, stderr=subprocess.PIPE, check=False)
        text = (tmp_path.parent / f"{tmp_path.name}-elsewhere.txt").read_text()
    else:
        text = subprocess.run(run, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              check=False).stdout
    assert "report.txt:1:1: warning [file.empty] empty file: nothing to lint" in text.splitlines(), text


# rr51c #3: `check report.txt > report.txt`, its one named file the run's own
# stdout, said only "No files linted." (and the walk's hint): the line now says
# that file was left out as the run's output; the exit is a run's with nothing
# linted (0), as when every named file is skipped.
def test_rr51c_the_one_file_named_being_stdout_is_said_in_one_line(tmp_path):
    done, report = into_report(tmp_path, "report.txt")
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        "newslint: report.txt: left out: it is this run's own output (stdout is redirected into it), "
        "so there is nothing to lint"], done.stderr
    assert report == "No files linted.\n"


def test_rr51c_control_a_folder_holding_only_stdout_keeps_the_walks_hint(tmp_path):
    # nearest case: the file is walked, not named: the hint for a folder with nothing to lint, as before
    done, _ = into_report(tmp_path, ".")
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("newslint: no article files to lint here ("), done.stderr
    assert "left out" not in done.stderr, done.stderr


# --- a skipped file is said, never a finding (new-user trial: a lone .json gave
# "Found 1 problem" and exit 1 with --fail-level warning) -------------------------

@pytest.mark.parametrize("name, data", [
    ("feed.json", b'{"headline": "The the vote"}\n'),
    ("empty.json", b""),                                  # was file.empty
    ("letter.rtf", b"{\\rtf1\\ansi The the council met.\\par}\n"),   # was read as plain text
    ("memo.docx", b"PK\x03\x04\x00\x00binary"),           # was file.binary
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF"),
])
def test_a_file_of_no_article_format_is_skipped_by_its_extension(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    [d] = lint_bytes(str(path), data, Config()).diagnostics
    assert (d.rule, d.level) == ("file.format", "warning")
    assert d.message.startswith(f"skipped: not an article format ({name[name.index('.'):]} ")


def test_a_skipped_file_is_said_but_never_fails_the_run(run_cli, tmp_path):
    (tmp_path / "data.json").write_text('{"a": 1}\n')
    (tmp_path / "notes.rtf").write_text("{\\rtf1 The the vote.\\par}\n")
    for fmt in ("text", "json"):
        result = run_cli("check", "--no-cache", "--format", fmt, "--fail-level", "suggestion",
                         "data.json", "notes.rtf", cwd=tmp_path)
        assert result.exit_code == 0, result.output
        assert result.stdout == ("No files linted.\n" if fmt == "text" else "[]\n")
        assert result.stderr.splitlines() == [
            "newslint: data.json: file.format: skipped: not an article format (.json holds code, "
            "data or a schema; newslint reads " + " ".join(EXTENSIONS) + " and NITF, NewsML-G2 "
            "or WordPress .xml)",
            "newslint: notes.rtf: file.format: skipped: not an article format (.rtf is a "
            "word-processor or print document; newslint reads " + " ".join(EXTENSIONS) +
            " and NITF, NewsML-G2 or WordPress .xml); save it as Plain Text (.txt), Markdown "
            "(.md) or a web page (.html), e.g. Word: File > Save As > Plain Text; Google Docs: "
            "File > Download > Web page"]
    quiet = run_cli("check", "--no-cache", "--ignore", "file.format", "data.json", cwd=tmp_path)
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_a_skipped_file_beside_an_article_leaves_the_summary_to_the_article(run_cli, tmp_path):
    (tmp_path / "a.json").write_text("{}\n")
    (tmp_path / "b.txt").write_text("Vote\n\nThe the council met.\n")
    for extra in ((), ("--output", tmp_path / "out.txt")):     # streamed, then collected
        result = run_cli("check", "--no-cache", "--no-color", "--fail-level", "warning", *extra,
                         "a.json", "b.txt", cwd=tmp_path)
        report = (tmp_path / "out.txt").read_text() if extra else result.stdout
        assert result.exit_code == 1
        assert report.splitlines() == [
            "b.txt:3:1: warning [hygiene.doubled-word] doubled word: 'The the'",
            "Found 1 problem (1 warning) in 1 file; 1 fixable with --fix."]
        assert "a.json: file.format: skipped" in result.stderr


def test_diff_says_a_skipped_file_as_check_does(run_cli, tmp_path):
    (tmp_path / "data.json").write_text("{}\n")
    result = run_cli("check", "--diff", "data.json", cwd=tmp_path)
    assert result.exit_code == 0
    assert "newslint: data.json: file.format: skipped: not an article format (.json " \
        in result.stderr.splitlines()[-1]


@pytest.mark.parametrize("cache", ["--no-cache", "--cache"])
def test_a_file_skipped_under_ignore_file_format_is_still_not_linted(run_cli, tmp_path, cache):
    # `--ignore file.format` hides the skip line, never into "No problems found."
    (tmp_path / "data.json").write_text('{"a": 1}\n')
    result = run_cli("check", cache, "--ignore", "file.format", "data.json", cwd=tmp_path)
    assert (result.exit_code, result.stdout) == (0, "No files linted.\n")
    (tmp_path / "a.md").write_text("# Vote passes\n\nThe vote passed.\n")
    result = run_cli("check", cache, "--ignore", "file.format", "data.json", "a.md", cwd=tmp_path)
    assert result.stdout == "No problems found.\n"


# --- a document under an article's name is named, with what to do (nu29 #8: a
# .docx renamed .txt said only "binary file (contains NUL bytes)") ----------------

def _zipped(*names: str) -> bytes:
    import io
    import zipfile
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in names:
            z.writestr(name, "<w:t>The dorm TK opened.</w:t>" * 50)
    return out.getvalue()


@pytest.mark.parametrize("data, what", [
    (_zipped("[Content_Types].xml", "_rels/.rels", "word/document.xml"), "a Word document (.docx)"),
    (b"PK\x03\x04\x14\x00\x00\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.text",
     "an OpenDocument text (.odt)"),
    (_zipped("index.xml", "preview.jpg"), "a ZIP archive (as .docx, .odt and .pages files are)"),
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF"),      # no NUL byte: binary all the same
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "an old Word document (.doc)"),
])
def test_a_document_renamed_as_text_is_named_with_what_to_do(tmp_path, data, what):
    path = tmp_path / "dorm story.txt"
    [d] = lint_bytes(str(path), data, Config()).diagnostics
    assert (d.rule, d.level) == ("file.binary", "warning")
    assert d.message == (f"binary file: {what} saved as dorm story.txt, not text; skipped: open it "
                         "and save it as Plain Text (.txt), Markdown (.md) or a web page (.html), "
                         "e.g. Word: File > Save As > Plain Text; Google Docs: File > Download > "
                         "Web page")


def test_other_nul_bytes_are_said_as_before(tmp_path):
    [d] = lint_bytes(str(tmp_path / "a.txt"), b"GIF89a\x00\x01", Config()).diagnostics
    assert d.message == "binary file (contains NUL bytes); skipped"


# qa273 #2: stdout appended (`>>`) into an article the run lints dropped that
# article silently ("No files linted.", exit 0); only a stdout file still empty
# as the walk ends (a `>` redirect) is left out, so the article is linted, as on main.
@pytest.mark.parametrize("target", ["story.md", "."])
def test_qa273_an_article_stdout_is_appended_into_is_not_silently_dropped(tmp_path, target):
    story = tmp_path / "story.md"
    story.write_text("# Council votes\n\nThe the council voted on Tuesday.\n")
    with open(story, "a") as out:
        run = subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--no-color", target],
                             cwd=tmp_path, stdout=out, stderr=subprocess.PIPE, text=True, check=False)
    said = story.read_text() + run.stderr
    linted = "story.md:3:1: warning [hygiene.doubled-word]" in said        # as main did
    refused = run.returncode == 2 and "No files linted." not in said         # as `-o story.md` is
    assert linted or refused, (run.returncode, said)
