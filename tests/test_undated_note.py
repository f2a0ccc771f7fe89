"""A file with no publication date leaves the date checks quiet; the text
report's run says how many such files there were, and how to give a date,
in one line on stderr; GitHub annotations as a `::notice` line. Never in another machine
format, never when all had one."""
from __future__ import annotations

import pytest

from lint.cli_notes import undated_note

DATED = "---\ntitle: Council votes\ndate: 2024-05-18\n---\n\nThe council voted on Monday.\n"
UNDATED = "Council votes\n\nThe council voted on Monday, the mayor said.\n"


def _files(tmp_path, dated: int, undated: int) -> list[str]:
    paths = []
    for i in range(dated):
        (tmp_path / f"dated{i}.md").write_text(DATED, encoding="utf-8")
        paths.append(str(tmp_path / f"dated{i}.md"))
    for i in range(undated):
        (tmp_path / f"undated{i}.txt").write_text(UNDATED, encoding="utf-8")
        paths.append(str(tmp_path / f"undated{i}.txt"))
    return paths


def _notes(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if " had no " in line and "publication date" in line]


@pytest.mark.parametrize("cache", ["--no-cache", "--cache"])
def test_the_text_summary_counts_files_without_a_publication_date(run_cli, tmp_path, cache):
    paths = _files(tmp_path, dated=2, undated=1)
    for _ in range(2):          # the second run may read the result cache
        result = run_cli("check", cache, "--cache-dir", tmp_path / "cache", *paths)
        assert result.exit_code == 0, result.output
        assert _notes(result.stderr) == [
            "newslint: 1 of 3 files had no publication date, so the checks that need one were "
            "skipped; write the date in the article (a date line such as `Dec. 2, 2026` under the headline) or give one with "
            "`--published`; `-v` names the files."]
        assert "no publication date" not in result.stdout


def test_streamed_and_collected_reports_say_the_same(run_cli, tmp_path):
    paths = _files(tmp_path, dated=1, undated=2)
    streamed = run_cli("check", "--no-cache", *paths)
    collected = run_cli("check", "--no-cache", "--statistics", *paths)   # --statistics collects
    assert _notes(streamed.stderr) == _notes(collected.stderr) != []
    assert "2 of 3 files" in _notes(streamed.stderr)[0]


@pytest.mark.parametrize("fmt", ["json", "sarif", "vale", "junit", "rdjson"])
def test_machine_formats_never_carry_the_note(run_cli, tmp_path, fmt):
    paths = _files(tmp_path, dated=0, undated=1)
    result = run_cli("check", "--no-cache", "--format", fmt, *paths)
    assert "no publication date" not in result.output


@pytest.mark.parametrize("cache", ["--no-cache", "--cache"])
def test_github_annotations_carry_the_note_as_one_notice_line(run_cli, tmp_path, cache):
    """CI runs `--format github` (action.yml): an undated post is said to be unchecked for dates (nu18 #8)."""
    paths = _files(tmp_path, dated=1, undated=1)
    out = run_cli("check", cache, "--format", "github", *paths).stdout
    notices = [line for line in out.splitlines() if "publication date" in line]
    assert len(notices) == 1 and notices[0].startswith("::notice title=newslint::1 of 2 files had no")
    assert notices[0].endswith("undated0.txt).") and "`-v`" not in notices[0]   # a CI log has no -v line
    assert "publication date" not in run_cli("check", "--no-cache", "--format", "github", paths[0]).stdout
    report = tmp_path / "report.txt"       # with --output, the notice goes with the report
    run_cli("check", cache, "--format", "github", "--output", str(report), *paths)
    assert report.read_text(encoding="utf-8") == out


def test_no_note_when_every_file_is_dated_or_no_date_check_runs(run_cli, tmp_path):
    dated = _files(tmp_path, dated=2, undated=0)
    assert _notes(run_cli("check", "--no-cache", *dated).stderr) == []
    undated = _files(tmp_path, dated=0, undated=1)
    assert _notes(run_cli("check", "--no-cache", "--select", "hygiene", *undated).stderr) == []
    given = run_cli("check", "--no-cache", "--published", "2024-05-18", *undated)
    assert _notes(given.stderr) == []


def test_the_note_counts_as_the_summary_line_does():
    assert undated_note(0, 4) is None
    assert undated_note(1, 1).startswith("1 file had no publication date")
    assert undated_note(3, 3).startswith("3 files had no publication date")
    assert undated_note(2, 5).startswith("2 of 5 files had no publication date")


def test_under_verbose_the_note_does_not_point_to_verbose(run_cli, tmp_path):
    paths = _files(tmp_path, dated=0, undated=1)
    [plain] = _notes(run_cli("check", "--no-cache", *paths).stderr)
    [verbose] = _notes(run_cli("check", "--no-cache", "-v", *paths).stderr)
    assert plain.endswith("; `-v` names the files.")
    assert "`-v`" not in verbose and verbose.endswith("under the headline) or give one with `--published`.")


def test_an_empty_file_is_not_counted_as_undated(run_cli, tmp_path):
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    (tmp_path / "blank.txt").write_text("\n\n", encoding="utf-8")
    paths = [str(tmp_path / "empty.md"), str(tmp_path / "blank.txt")] + _files(tmp_path, dated=0, undated=1)
    assert _notes(run_cli("check", "--no-cache", *paths).stderr) == [
        "newslint: 1 of 3 files had no publication date, so the checks that need one were skipped; write the "
        "date in the article (a date line such as `Dec. 2, 2026` under the headline) or give one with `--published`; `-v` names the files."]


@pytest.mark.parametrize("given", [
    ("--published", "2099-01-01"),                               # refused as too far ahead
])
def test_a_refused_date_is_named_not_asked_for(run_cli, tmp_path, given):
    paths = _files(tmp_path, dated=0, undated=1)
    [note] = _notes(run_cli("check", "--no-cache", *given, *paths).stderr)
    assert note == ("newslint: 1 file had no usable publication date: the date given was refused (see the "
                    "warning), so the checks that need one were skipped; `-v` names the files.")


@pytest.mark.parametrize("front", ["date: 2099-06-01", "date: TK", "publishDate: 2099-06-01"])
def test_a_refused_or_unreadable_front_matter_date_is_named(run_cli, tmp_path, front):
    (tmp_path / "post.md").write_text(f"---\ntitle: Council votes\n{front}\n---\n\nThe council voted.\n",
                                      encoding="utf-8")
    paths = [str(tmp_path / "post.md")] + _files(tmp_path, dated=0, undated=1)
    [note] = _notes(run_cli("check", "--no-cache", *paths).stderr)
    assert note.startswith("newslint: 2 files had no publication date (1 gave one that was refused: see "
                           "the warnings), so")


@pytest.mark.parametrize("cache", ["--no-cache", "--cache"])
def test_the_advice_names_only_the_places_of_the_undated_files_formats(run_cli, tmp_path, cache):
    """An HTML page is not told to add front matter, nor a Markdown post to add
    a meta tag; a run over both names both, in one fixed order."""
    (tmp_path / "page.html").write_text(
        "<html><body><article><h1>Pool closes</h1><p>The council voted to close the pool, "
        "the mayor said.</p></article></body></html>", encoding="utf-8")
    (tmp_path / "post.md").write_text("---\ntitle: Pool closes\n---\n\nThe council voted.\n",
                                      encoding="utf-8")
    html, md = str(tmp_path / "page.html"), str(tmp_path / "post.md")
    for paths, where in (([html], "a page's `article:published_time`"), ([md], "front matter `date:`"),
                         ([html, md], "front matter `date:` or a page's `article:published_time`")):
        for _ in range(2):          # the second run may read the result cache
            [note] = _notes(run_cli("check", cache, "--cache-dir", tmp_path / "cache", *paths).stderr)
            assert note.endswith(f"the article ({where}) or give one with `--published`; `-v` names the files."), note


def test_the_note_names_every_place_when_it_is_not_told_the_formats():
    assert undated_note(1, 1).endswith(
        "(front matter `date:` or a date line such as `Dec. 2, 2026` under the headline or a page's `article:published_time`) or give one with "
        "`--published`; `-v` names the files.")
    assert "(`<date.issue>`)" in undated_note(1, 1, places={"`<date.issue>`"})


def test_the_note_wording_for_refused_dates():
    assert undated_note(2, 2, refused=2).startswith(
        "2 files had no usable publication date: the dates given were refused (see the warnings)")
    assert "(`-v`" not in undated_note(1, 3, verbose=True)


def test_an_export_counts_its_articles(run_cli, tmp_path):
    """A JSON Lines export with one dated article of three: two articles had
    none, not "1 file"; the advice names no front matter."""
    rows = ['{"id": "a", "title": "Council votes", "published": "2024-05-18", "body": "The council voted."}',
            '{"id": "b", "title": "Budget passes", "body": "The budget passed."}',
            '{"id": "c", "title": "Mayor speaks", "body": "The mayor spoke."}']
    (tmp_path / "e.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    paths = [str(tmp_path / "e.jsonl")] + _files(tmp_path, dated=1, undated=0)
    for cache in ("--no-cache", "--cache"):
        for _ in range(2):
            [note] = _notes(run_cli("check", cache, "--cache-dir", tmp_path / "cache", *paths).stderr)
            assert note == ("newslint: 2 of 4 articles in 2 files had no publication date, so the checks that "
                            "need one were skipped; give one with `--published` or in each article's date "
                            "field; `-v` names the files.")
    streamed = _notes(run_cli("check", "--no-cache", *paths).stderr)
    collected = _notes(run_cli("check", "--no-cache", "--statistics", *paths).stderr)
    assert streamed == collected


def test_a_refused_date_is_marked_on_its_notice_not_read_from_the_wording():
    # The note's "refused" wording rests on this flag: rewording a reader's
    # message must not turn the note back into "give one" (rv18 M4).
    import datetime as dt
    from lint.readers._conventions import refused_date
    from lint.readers.frontmatter import Entry, _not_a_date
    assert refused_date(dt.date(1, 1, 1), "JSON-LD datePublished").refuses_date
    assert refused_date(dt.date(2020, 5, 1), "JSON-LD datePublished") is None
    notice = _not_a_date(Entry("date", "TK", "TK", ((0, 12),)))
    assert notice is not None and notice.refuses_date


def test_a_json_lines_date_that_is_no_date_is_named_as_refused(tmp_path):
    # qa41: JSON Lines' own "is not a date" notice marks the refusal too, so
    # the note does not ask for a date the article gave.
    from lint.readers import read_bytes
    row = ('{"id": "a1", "headline": "Council approves budget", "published": "TK", '
           '"body": "The council voted 5-2 on Tuesday to approve the budget."}\n')
    doc = read_bytes("e.jsonl", row.encode())
    notices = [n for a in doc.articles for n in a.notices] + list(doc.notices)
    assert [n.refuses_date for n in notices if "is not a date" in n.message] == [True]


@pytest.mark.parametrize("extra", [[], ["--statistics"]])     # streamed, and collected
def test_the_github_notice_names_the_first_undated_files_and_counts_the_rest(run_cli, tmp_path, extra):
    _files(tmp_path, dated=1, undated=7)
    out = run_cli("check", "--no-cache", "--format", "github", *extra, ".", cwd=tmp_path).stdout
    [note] = [line for line in out.splitlines() if line.startswith("::notice title=newslint::")]
    assert note.endswith("(undated0.txt, undated1.txt, undated2.txt, undated3.txt, undated4.txt "
                         "and 2 more)."), note
