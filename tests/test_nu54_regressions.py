"""Four LOWs a new user's trial (nu54 #2-#5) found in the CLI and the audit:
newslint's own line reports saved in the folder were linted as articles;
.xml files named on the command line were still said skipped; `audit
--resume` named an edited config for a changed `--select`; the audit
counted files never read as articles with no publication date. Each fix
with the nearest case that must stay as it was. Inputs are synthetic."""
from __future__ import annotations

import json
import os

import pytest

from lint.readers._own_reports import own_report
from test_audit_identity import AT, _desk, _interrupted, _refusal
from test_qa77_regressions import audit_on

STORY = "# Council votes\n\nThe the council voted on Tuesday.\n"


# --- #2: a text, Vale or GitHub report in the folder is skipped, as the HTML one ------------------

@pytest.mark.parametrize("fmt, said", [("text", "text"), ("vale", "Vale"), ("github", "GitHub")])
def test_a_saved_line_report_in_the_folder_is_skipped_not_linted(run_cli, tmp_path, fmt, said):
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    made = run_cli("check", "--no-cache", "--format", fmt, "-o", "report.txt", "story.md", cwd=tmp_path)
    assert made.exit_code in (0, 1), made.output
    report = (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert "doubled-word" in report
    result = run_cli("check", "--no-cache", ".", cwd=tmp_path)
    assert (f"newslint: report.txt: file.format: skipped: newslint's own {said} report "
            f"(--format {fmt}), not an article") in result.stderr.splitlines(), result.stderr
    assert [line for line in result.stdout.splitlines() if "report.txt" in line] == []
    assert "story.md:3:1: warning [hygiene.doubled-word]" in result.stdout
    run_cli("check", "--no-cache", "--fix", ".", cwd=tmp_path)       # never rewritten either
    assert (tmp_path / "report.txt").read_text(encoding="utf-8") == report


def test_a_clean_text_reports_summary_alone_is_linted(run_cli, tmp_path):
    # a summary line alone names no rule, so it is no report (qa265 #3): linted as main linted it
    (tmp_path / "report.md").write_text("No problems found.\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--select", "titles,file", ".", cwd=tmp_path)
    assert "file.format" not in result.stderr, result.stderr
    assert "report.md:1:1: error [titles.missing-headline]" in result.stdout, result.output


def test_an_article_that_quotes_a_report_line_is_still_an_article(run_cli, tmp_path):
    # nearest case: one report line among the copy's own lines is quoted, not a report
    quoted = ("# How the linter reads copy\n\nThe the tool printed this line:\n\n"
              "story.md:3:1: warning [hygiene.doubled-word] doubled word: 'The the'\n")
    (tmp_path / "howto.md").write_text(quoted, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--select", "hygiene,file", "howto.md", cwd=tmp_path)
    assert "file.format" not in result.stderr
    assert "howto.md:3:1: warning [hygiene.doubled-word]" in result.stdout


@pytest.mark.parametrize("source, fmt", [
    ("a.md:1:2: error [titles.missing-headline] no headline\nFound 1 problem (1 error) in 1 file.\n", "text"),
    ("a.md:1:2:hygiene.doubled-word:doubled word: 'the the'\nb.md:4:1:Google.AMPM:Use 'a.m.'\n", "vale"),
    ("::warning file=a.md,line=1,col=1,endLine=1,endColumn=8,title=hygiene.doubled-word::doubled\n"
     "::error title=newslint::rule x crashed\n", "github"),
    ("notes.txt:1:1:file.encoding:not UTF-8: read as cp1252\n", "vale"),    # a file.* notice is known too
])
def test_own_report_tells_each_line_format(source, fmt):
    assert own_report(source, "text") == fmt
    assert own_report(source, "markdown") == fmt


@pytest.mark.parametrize("source", [
    "Found 3 problems at the plant.\nInspectors said more were likely.\n",          # prose first
    "a.md:1:2: error [titles.missing-headline] no headline\nThe council met.\n",     # a report line, then copy
    "a.md:1:2: error [x.y] m\na.md:1:2:hygiene.doubled-word:m\n",                   # two formats: no one report
    '<html><head><meta name="generator" content="newslint report"></head></html>',  # the mark, read as text
    "No problems found.\n",                                                         # a summary alone (qa265 #3)
    "Found 3 problems (3 errors) in 1 file.\n",
    "00:01:02:J.Smith: We found it.\n00:01:09:A.Jones: Thank you.\n",               # a timed transcript (#4)
    "a.md:1:2: error [house.own-rule] m\nFound 1 problem (1 error) in 1 file.\n",  # no rule newslint ships
    "::notice title=newslint::1 of 2 files had no date\n",                          # a run note, no finding
])
def test_own_report_leaves_copy_alone(source):
    assert own_report(source, "text") is None


# --- #3: .xml files named on the command line are not said skipped ------------------------------

NITF = '<?xml version="1.0"?>\n<nitf><body><body.content><p>The vote passed.</p></body.content></body></nitf>\n'
FEED = '<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>\n'


def _mix(folder) -> None:
    (folder / "mix").mkdir()
    (folder / "mix" / "a.md").write_text(STORY, encoding="utf-8")
    (folder / "mix" / "story.xml").write_text(NITF, encoding="utf-8")
    (folder / "mix" / "feed.xml").write_text(FEED, encoding="utf-8")


def test_xml_files_named_as_well_as_their_folder_are_not_said_skipped(run_cli, tmp_path):
    _mix(tmp_path)
    result = run_cli("check", "--no-cache", "mix", "mix/feed.xml", "mix/story.xml", cwd=tmp_path)
    assert ".xml file" not in result.stderr, result.stderr
    assert "mix/feed.xml: file.format: skipped" in result.stderr       # read, and told no article


def test_xml_files_left_unnamed_are_still_said_and_counted(run_cli, tmp_path):
    _mix(tmp_path)
    # nu73 #2: the walk reads the NITF story by its root and leaves the feed out
    walked = run_cli("check", "--no-cache", "-v", "mix", cwd=tmp_path).stderr.splitlines()
    assert any(x.startswith("newslint: mix/story.xml: ") for x in walked), walked
    assert not any(x.startswith("newslint: mix/feed.xml: ") for x in walked), walked
    # the feed named: read, and told no article; the NITF story read once
    named = run_cli("check", "--no-cache", "mix", "mix/feed.xml", "--format", "json", cwd=tmp_path)
    assert "mix/feed.xml: file.format: skipped" in named.stderr, named.stderr
    assert ".xml file" not in named.stderr, named.stderr


# --- #4: audit --resume names a changed --select or --ignore -------------------------------------

@pytest.mark.parametrize("begun, config, resumed, said", [
    ((), None, ("--select", "hygiene"), "--select changed since that audit (then: not given; now: hygiene)"),
    (("--ignore", "hygiene"), "rules: [house]\nignore: [titles]\n", ("--ignore", "dates"),
     "--ignore changed since that audit (then: hygiene; now: dates); the config changed since that "
     "audit (desk/.newslint.yaml edited)"),
])
def test_resume_names_a_changed_option_and_only_a_config_edited(tmp_path, audit_client, begun, config,
                                                                resumed, said):
    _desk(tmp_path)
    _interrupted(tmp_path, audit_client, *AT, *begun)
    if config is not None:
        (tmp_path / "desk" / ".newslint.yaml").write_text(config, encoding="utf-8")
    assert _refusal(tmp_path, audit_client, *AT, *resumed) == (
        f"newslint: out: {said}; run without --resume into a new folder")


def test_resume_with_the_same_select_finishes_the_audit(tmp_path, audit_client):
    _desk(tmp_path)
    _interrupted(tmp_path, audit_client, *AT, "--select", "hygiene")
    resumed = audit_on(tmp_path, audit_client, *AT, "--select", "hygiene", "--resume")
    assert resumed.exit_code in (0, 1), resumed.output
    assert "audited 3 articles" in resumed.stderr, resumed.stderr


# --- #5: the audit's undated count is check's: articles read, not files never read --------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a FIFO")
def test_audit_counts_undated_articles_as_check_does(tmp_path, audit_client, run_cli):
    mix = tmp_path / "mix"
    mix.mkdir()
    (mix / "dated.md").write_text("---\ntitle: Vote\ndate: 2024-03-04\n---\n\nThe council voted.\n",
                                  encoding="utf-8")
    (mix / "undated.txt").write_text("Council votes\n\nThe council voted on Tuesday.\n", encoding="utf-8")
    records = [{"id": "a1", "headline": "Vote", "date": "2024-03-04", "body": "The council voted."},
               {"id": "a2", "headline": "Vote", "body": "The council voted on Tuesday."}]
    (mix / "d.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (mix / "empty.md").write_text("", encoding="utf-8")
    (mix / "bin.md").write_bytes(b"a\x00b")
    (mix / "latin.txt").write_bytes("Caf\xe9 owners met on Tuesday.\n".encode("cp1252") + b"\xff\xfe\x00")
    os.mkfifo(mix / "fifo.md")
    os.symlink("gone.md", mix / "dangling.md")
    checked = run_cli("check", "--no-cache", "mix", cwd=tmp_path)
    assert "2 of " in checked.stderr and " had no publication date" in checked.stderr, checked.stderr
    done = audit_on(tmp_path, audit_client, "mix", "-o", "out")
    assert done.exit_code in (0, 1), done.output
    assert "(2 with no publication date)" in done.stderr, done.stderr       # the undated .txt and a2
