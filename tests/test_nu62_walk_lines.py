"""nu62 #1, #3: every line `check` says on stderr about its walk, stdin or
--write-baseline opens a saved report (`STDERR_LINES`), each line as its
writer words it; the same line followed by story text is still an article.
And `check --force-exclude FILE` on a file the config's `exclude:` leaves out
names the file and why in one line."""
from __future__ import annotations

import pytest

from lint.excluded import Excluded
from lint.files import DocumentsLeftOut, XmlLeftOut
from lint.readers._own_reports import IGNORING, RECORDED, STDERR, own_report
from lint.sites import Skipped
from lint.styles_folder import StylesLeftOut

from conftest import run_check as _check

_FOUND = "story.txt:1:1: error [hygiene.placeholder] placeholder\nFound 1 problem (1 error)."
_STORY = "The council met on Tuesday.\n\nThe budget passed, officials said."


def _lines(tmp_path) -> list[str]:
    """One line of each writer's, as it says it (without `newslint: `)."""
    (tmp_path / "feed").mkdir()
    (tmp_path / "feed" / "a.xml").write_text("<nitf><body/></nitf>\n")
    (tmp_path / "feed" / "b.xml").write_text("")
    return [
        XmlLeftOut(str(tmp_path / "feed"), (str(tmp_path / "feed" / "a.xml"),)).line("feed"),
        XmlLeftOut(str(tmp_path / "feed"), (str(tmp_path / "feed" / "b.xml"),)).line("feed"),
        DocumentsLeftOut(["class/a.docx", "notes.pdf"]).line(),
        Skipped("_site/", "Jekyll", "build output", "_config.yml").line(),
        Skipped("_site/a.md", "Jekyll", "build output", "_config.yml", named=True).line(),
        StylesLeftOut("styles/", str(tmp_path / ".vale.ini")).line(),
        Excluded("drafts/story1.md", str(tmp_path / ".newslint.yaml")).line(),
        Excluded("drafts/x.md", None).line("stdin as drafts/x.md"),
        IGNORING.format(paths="a.md, b.md"),
        RECORDED.format(findings="3 findings", file="bl.json", also=""),
        RECORDED.format(findings="1 finding", file="bl.json",
                        also=", and kept 2 records of files or rules this run did not check"),
    ]


@pytest.mark.parametrize("index", range(11))
@pytest.mark.parametrize("rest, report", [(_FOUND, "text"), (_STORY, None)])
def test_each_walk_line_opens_a_report_not_an_article(tmp_path, index, rest, report):
    said = STDERR + _lines(tmp_path)[index]
    assert own_report(f"{said}\n{rest}\n", "txt") == report, said


_SAID = "newslint: skipped drafts/story1.md (matched by exclude: in .newslint.yaml; take it out of exclude: to lint it)"


@pytest.fixture
def desk(tmp_path):
    (tmp_path / ".newslint.yaml").write_text('exclude: ["drafts/"]\n')
    for folder in ("drafts", "content"):
        (tmp_path / folder).mkdir()
    (tmp_path / "drafts" / "story1.md").write_text("# Bridge\n\nThe bridge closed TK, officials said.\n")
    (tmp_path / "content" / "story2.md").write_text("# Bridge\n\nThe bridge closed TK, officials said.\n")
    return tmp_path


def test_force_exclude_names_a_file_the_config_excludes(desk):
    done = _check(desk, "--force-exclude", "drafts/story1.md")
    assert done.stderr.splitlines() == [_SAID] and done.stdout == "No files linted.\n", done.stderr
    assert done.returncode == 0
    # beside a file that is linted, -v names it too, and the other is linted as before
    done = _check(desk, "-v", "--force-exclude", "drafts/story1.md", "content/story2.md")
    assert _SAID in done.stderr.splitlines() and "content/story2.md:3:19: error" in done.stdout


def test_without_force_exclude_the_line_is_said_only_when_nothing_is_linted(desk):
    # the nearest case: the file is left out as before; nu67 (which replaced this test's "not said"):
    # with nothing linted its line is the answer, as under --force-exclude, not the walk's folder hint
    done = _check(desk, "drafts/story1.md")
    assert done.stderr.splitlines() == [_SAID] and "no article files to lint here" not in done.stderr
    assert done.stdout == "No files linted.\n" and done.returncode == 0
    # beside a file that is linted it is left out without a word, as before
    done = _check(desk, "drafts/story1.md", "content/story2.md")
    assert "skipped drafts/story1.md" not in done.stderr and "content/story2.md:3:19: error" in done.stdout


def test_a_report_opening_with_the_exclude_line_is_skipped(desk):
    (desk / "reports").mkdir()
    done = _check(desk, "--force-exclude", "drafts/story1.md", "content/story2.md", "-v")
    (desk / "reports" / "lint.txt").write_text(done.stderr.partition("\n")[0] + "\n" + done.stdout)
    assert (desk / "reports" / "lint.txt").read_text().startswith(_SAID)
    again = _check(desk, "reports")
    assert "lint.txt: file.format: skipped: newslint's own text report" in again.stderr, again.stdout
