"""Issue 13, hostile articles: no input aborts the run, hangs, or puts a
finding in the wrong place. Each test is one fault's minimal input (or a
sibling of it), written here, never taken from a corpus."""
from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import threading
import time

import pytest

from lint.analysis.calendar import add_days
from lint.config import Config
from lint.file_notices import FILE_RULES
from lint.engine import lint_bytes, lint_path
from lint.readers import read_bytes

ALL = Config()


def rules_of(result) -> set[str]:
    return {d.rule for d in result.diagnostics}


# --- 1. nesting at every parser an article reaches ---------------------------------------

@pytest.mark.parametrize("name, data", [
    ("ld.html", '<html><head><script type="application/ld+json">' + "[" * 1000
     + "</script></head><body><h1>Vote</h1><p>The council met.</p></body></html>"),
    ("ld-deep-valid.html", '<html><head><script type="application/ld+json">' + "[" * 3000 + "]" * 3000
     + "</script></head><body><h1>Vote</h1><p>The council met.</p></body></html>"),
    ("toml.md", "+++\nx = " + "[" * 500 + "]" * 500 + "\n+++\n\n# Vote\n\nThe council met.\n"),
    ("yaml-flow.md", "---\nx: " + "[" * 2000 + "]" * 2000 + "\n---\n\n# Vote\n\nThe council met.\n"),
    ("yaml-block.md", "---\n" + "".join(" " * i + "a:\n" for i in range(300)) + "---\n\n# Vote\n\nThe council met.\n"),
])
def test_deep_nesting_is_a_file_finding_or_ignored_never_an_abort(name, data):
    result = lint_bytes(name, data.encode(), ALL)
    assert not result.problems
    assert "titles.missing-headline" not in rules_of(result)       # the body was still read
    if name.startswith("toml"):
        assert "file.front-matter" in rules_of(result)


def test_a_yaml_alias_bomb_in_front_matter_ends_quickly():
    bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
    prev = "a"
    for name in "bcdefghij":
        bomb += f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]\n"
        prev = name
    start = time.process_time()
    result = lint_bytes("bomb.md", f"---\n{bomb}---\n\n# Vote\n\nThe council met.\n".encode(), ALL)
    assert time.process_time() - start < 5
    assert not result.problems


# --- 2. dates at the edge of the calendar --------------------------------------------------

@pytest.mark.parametrize("name, data, published", [
    ("max.txt", "9999-12-31\n\nThe council met on Monday. It will vote next week.\n", None),
    ("min.txt", "0001-01-01\n\nThe council met yesterday and will meet on Friday.\n", None),
    ("cli.txt", "Vote\n\nThe council met on Monday, last week.\n", dt.date(9999, 12, 31)),
    ("config.txt", "Vote\n\nThe council met on Monday.\n", dt.date(1, 1, 1)),
    ("meta.html", '<html><head><meta property="article:published_time" content="0001-1-1">'
                  "</head><body><h1>Vote</h1><p>The council met Monday, Jan. 3.</p></body></html>", None),
    ("fm.md", "---\ndate: 9999-12-31\n---\n\n# Vote\n\nThe council met on Monday, Dec. 30.\n", None),
])
def test_implausible_publication_dates_are_refused_with_a_notice(name, data, published):
    result = lint_bytes(name, data.encode(), Config(published=published))
    assert not result.problems                                     # no "internal error"
    notice = [d for d in result.diagnostics if d.rule == "file.implausible-date"]
    assert len(notice) == 1 and "refused" in notice[0].message
    assert result.document.published is None                      # never the publication date


def test_a_refused_cli_date_falls_back_to_the_articles_own():
    data = b"---\ndate: 2024-05-18\n---\n\n# Vote\n\nThe council met on Monday.\n"
    result = lint_bytes("a.md", data, Config(published=dt.date(9999, 1, 1)))
    assert result.document.published == dt.date(2024, 5, 18)
    assert [d.line for d in result.diagnostics if d.rule == "file.implausible-date"] == [1]


def test_the_notice_sits_on_the_date_it_refuses():
    data = b"---\ntitle: Vote\ndate: 0001-01-01\n---\n\nThe council met.\n"
    notice = next(d for d in lint_bytes("a.md", data, ALL).diagnostics
                  if d.rule == "file.implausible-date")
    assert (notice.line, notice.column) == (3, 7)


@pytest.mark.parametrize("option, value", [("grace-days", 10**12), ("window-days", 10**12)])
def test_huge_day_options_never_overflow(option, value):
    config = Config(published=dt.date(2024, 5, 18), select=("dates",),
                    options=(("dates.after-publication", f"{option}: {value}\n"),
                             ("dates.future-tense-past-date", f"window-days: {value}\n"),
                             ("dates.dateline-mismatch", f"tolerance-days: {value}\n")))
    data = b"Vote\n\nMay 20, 2024\n\nThe council met on June 3, 2024, and will meet on May 1, 2024.\n"
    assert not lint_bytes("a.txt", data, config).problems


@pytest.mark.parametrize("option", ["level-period", "level-without-year"])
def test_a_level_option_outside_the_levels_is_refused(option):
    config = Config(published=dt.date(2024, 5, 18), select=("dates",),
                    options=(("dates.after-publication", f"{option}: loud\n"),))
    from lint.ruleset import RuleError
    with pytest.raises(RuleError, match=f"{option}: must be one of suggestion, warning, error"):
        lint_bytes("a.txt", b"Vote\n\nThe council met on June 3.\n", config)


def test_add_days_clamps_at_the_calendar_ends():
    assert add_days(dt.date(9999, 12, 30), 5) == dt.date.max
    assert add_days(dt.date(1, 1, 2), -5) == dt.date.min
    assert add_days(dt.date(2024, 2, 28), 2) == dt.date(2024, 3, 1)


# --- 3. lone CR line breaks ---------------------------------------------------------------

def test_markdown_with_lone_cr_places_findings_like_the_other_readers():
    # A lone CR ends a line, as CommonMark, HTML, XML and editors read it.
    for name in ("a.md", "a.txt", "a.html"):
        data = b'<p>Vote</p>\n\n<p>x\r"y</p>\n' if name.endswith("html") else b'Vote\n\nx\r"y\n'
        result = lint_bytes(name, data, Config(select=("quotes.unbalanced",)))
        assert [(d.line, d.column) for d in result.diagnostics] == [(4, 1)], name
    result = lint_bytes("b.md", b'x\r"y\n', Config(select=("quotes.unbalanced",)))
    assert [(d.line, d.column) for d in result.diagnostics] == [(2, 1)]     # the input


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_positions_and_fixes_are_the_same_for_every_line_end(end, name):
    text = end.join(["Vote", "", "The council met the the board.", "", "It was TK.", ""])
    result = lint_bytes(name, text.encode(), Config(select=("hygiene.doubled-word", "hygiene.placeholder")))
    assert [(d.rule, d.line, d.column) for d in result.diagnostics] == [
        ("hygiene.doubled-word", 3, 17), ("hygiene.placeholder", 5, 8)]
    (d, _) = result.diagnostics
    assert d.fix is not None and text[d.offset:d.end_offset] == "the the"
    fixed = text[:d.offset] + d.fix.replacement + text[d.end_offset:]
    assert fixed.split(end) == ["Vote", "", "The council met the board.", "", "It was TK.", ""]


def test_fix_writes_a_lone_cr_file_back_with_its_line_ends(tmp_path):
    story = tmp_path / "story.txt"
    story.write_bytes(b"Vote\r\rThe council met the the board on Wed. May 18th, 2022.\r")
    run = subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--fix", str(story)],
                         capture_output=True, text=True)
    assert run.returncode in (0, 1), run.stderr
    assert story.read_bytes() == b"Vote\r\rThe council met the board on Wednesday, May 18, 2022.\r"


@pytest.mark.parametrize("first, second", [("\r", "\n"), ("\r", "\r\n"), ("\n", "\r"), ("\r", "\r")])
def test_html_with_a_lone_cr_before_a_lf_places_findings_and_fixes(first, second):
    # html.parser counts lines at LF only: with a lone CR above a LF its line
    # numbers fell behind LineIndex's, and the finding (and its fix) landed on
    # other text ('il met.' for 'the the').
    text = f"<h1>Vote</h1>{first}<p>The council met.</p>{second}<p>They met the the board.</p>\n"
    result = lint_bytes("a.html", text.encode(), Config(select=("hygiene.doubled-word",)))
    (d,) = result.diagnostics
    assert (d.line, d.column, text[d.offset:d.end_offset]) == (3, 13, "the the")


def test_front_matter_with_lone_cr_is_read():
    data = b"---\rtitle: Council votes\rdate: 2024-05-18\r---\r\rThe council met.\r"
    doc = read_bytes("a.md", data)
    assert doc.first("headline").text == "Council votes"
    assert doc.published == dt.date(2024, 5, 18)


@pytest.mark.parametrize("front, at", [
    ("---\ntitle: Vote\ndate: TK\n---\n", (3, 7)),
    ("---\ntitle: Vote\npublished: 2024-XX-XX\n---\n", (3, 12)),
    ('+++\ntitle = "Vote"\ndate = "yesterday"\n+++\n', (3, 9)),
    ('{\n"title": "Vote",\n"date": "TK"\n}\n', (3, 10)),
])
def test_a_front_matter_date_that_is_no_date_is_said(front, at):
    result = lint_bytes("a.md", (front + "\nThe vote was held Friday, May 17.\n").encode(), ALL)
    (d,) = [d for d in result.diagnostics if d.rule == "file.front-matter"]
    assert (d.line, d.column, d.level) == (*at, "warning")
    assert "is not a date (write YYYY-MM-DD); date checks do not use it" in d.message
    assert result.document is None or result.document.published is None


@pytest.mark.parametrize("value", ["", '"{{ .Date }}"', "2024-05-18", "May 18, 2024"])
def test_an_empty_template_or_real_front_matter_date_is_not_flagged(value):
    data = f"---\ntitle: Vote\ndate: {value}\n---\n\nThe vote.\n".encode()
    assert "file.front-matter" not in rules_of(lint_bytes("a.md", data, ALL))


@pytest.mark.parametrize("meta, codec", [
    ('<meta charset="windows-1252">', "cp1252"),
    ('<meta charset=ISO-8859-1>', "cp1252"),        # read as windows-1252, as browsers do
    ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">', "iso8859-2"),
])
def test_an_html_page_is_read_in_the_charset_its_meta_declares(meta, codec):
    body = "<p>Prezydent \u0142\u0105czy the the vote.</p>" if codec == "iso8859-2" \
        else "<p>The caf\u00e9 \u201cwon\u201d the the vote.</p>"
    text = f"<html><head>{meta}<title>Vote</title></head><body>{body}</body></html>\n"
    result = lint_bytes("a.html", text.encode(codec), ALL)
    assert "file.encoding" not in rules_of(result)      # declared, so nothing to say
    assert result.document.encoding == codec and result.document.source == text
    (d,) = [d for d in result.diagnostics if d.rule == "hygiene.doubled-word"]
    assert text.splitlines()[0][d.column - 1:d.end_column - 1] == "the the"


def test_an_html_charset_the_bytes_do_not_fit_falls_back_and_says_so():
    data = "<html><head><meta charset='utf-8'></head><body><p>Caf\u00e9</p></body></html>".encode("cp1252")
    result = lint_bytes("a.html", data, ALL)
    assert "file.encoding" in rules_of(result) and result.document.encoding == "cp1252"


@pytest.mark.parametrize("body", [
    "> " * 40 + "The the vote TK.\n",                                       # a forwarded e-mail
    "".join("  " * i + "- item\n" for i in range(30)) + "  " * 30 + "The the vote TK.\n",
])
def test_markdown_nested_deeper_than_twenty_levels_is_still_read(body):
    result = lint_bytes("a.md", ("# Vote\n\n" + body).encode(), ALL)
    line = body.count("\n")
    text = body.splitlines()[-1]
    placed = {(d.rule, d.line, d.column) for d in result.diagnostics}
    assert ("hygiene.placeholder", line + 2, text.index("TK") + 1) in placed
    assert ("hygiene.doubled-word", line + 2, text.index("The the") + 1) in placed


def test_a_jsonl_published_field_that_is_no_date_is_said():
    data = (b'{"id": "a", "headline": "Vote", "body": "The vote.", "published": "TK"}\n'
            b'{"id": "b", "headline": "Vote", "body": "The vote.", "published": "2024-05-18"}\n')
    result = lint_bytes("a.jsonl", data, ALL)
    (d,) = [d for d in result.diagnostics if d.rule == "file.jsonl"]
    assert (d.line, d.column, d.article) == (1, 68, "a")      # at the value itself
    assert d.message == ("line 1: published 'TK' is not a date (write YYYY-MM-DD); "
                         "date checks do not use it")


# --- 4. FIFOs and other files that are not regular ----------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_unreadable_not_a_hang(tmp_path):
    fifo = tmp_path / "story.md"
    os.mkfifo(fifo)
    out: list = []
    worker = threading.Thread(target=lambda: out.append(lint_path(str(fifo), ALL)), daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():    # unblock the reader so the test process can end
        with open(fifo, "wb"):
            pass
        pytest.fail("linting a FIFO blocked")
    (d,) = out[0].diagnostics
    assert d.rule == "file.unreadable" and "FIFO" in d.message


def test_a_folder_named_as_a_file_is_unreadable(tmp_path):
    (d,) = lint_path(str(tmp_path), ALL).diagnostics
    assert d.rule == "file.unreadable" and "folder" in d.message


# --- 5. rules that were quadratic (timed loosely; benchmarks/adversarial.py measures) ------

def test_nested_same_mark_is_linear_and_its_messages_are_short():
    config = Config(select=("quotes.nested-same-mark",))
    text = "Vote\n\n" + "\u201c" * 20000 + " x " + "\u201d" * 20000 + "\n"
    start = time.process_time()
    result = lint_bytes("a.txt", text.encode(), config)
    assert time.process_time() - start < 15       # 3.9 s for 24,000 pairs before, quadratic
    assert len(result.diagnostics) == 19999
    assert max(len(d.message) for d in result.diagnostics) < 200
    assert max(len(d.snippet) for d in result.diagnostics) <= 1000


def test_long_flagged_text_is_cut_in_the_middle_of_the_message():
    config = Config(select=("quotes.nested-same-mark",))
    inner = "“" + "word " * 40 + "end”"
    (d,) = lint_bytes("a.txt", f"Vote\n\n“He said {inner} today,” she said.\n".encode(), config).diagnostics
    assert "“word word" in d.message and "…" in d.message and "end”" in d.message
    assert d.end_offset - d.offset == len(inner)   # the span itself is whole


def test_title_case_on_a_huge_heading_is_linear():
    config = Config(select=("titles.case",))
    text = "# " + "Word " * 100_000 + "\n\nThe body.\n"
    start = time.process_time()
    result = lint_bytes("a.md", text.encode(), config)
    assert time.process_time() - start < 10       # 5 s for 500 KB before
    assert [d.rule for d in result.diagnostics] == ["titles.case"]


# --- file.* ids -----------------------------------------------------------------------------

def test_every_file_id_the_code_reports_is_known():
    """Config and inline ids are checked against FILE_RULES: a reader that reports
    a new `file.*` id must add it there."""
    root = os.path.join(os.path.dirname(__file__), "..", "lint")
    used = set()
    for folder, _, names in os.walk(root):
        for name in names:
            if name.endswith(".py"):
                with open(os.path.join(folder, name), encoding="utf-8") as fh:
                    used |= set(re.findall(r"[\"'](file\.[a-z-]+)[\"']", fh.read()))
    assert used and used <= set(FILE_RULES)



def test_a_control_character_in_front_matter_is_placed_on_it():
    """libyaml reports a refused character's BYTE offset; after curly quotes
    that put the notice past the end of the file (found by benchmarks/fuzz.py)."""
    data = "---\ntitle: \u201cVote\u201d\nb: [\x0c]\n---\n\nBody.\n".encode()
    (d,) = [d for d in lint_bytes("a.md", data, ALL).diagnostics if d.rule == "file.front-matter"]
    assert (d.line, d.column) == (3, 5) and "#x000c" in d.message


@pytest.mark.parametrize("front", [
    '{"title": "Hed", "description": "%s"}\n',           # Hugo JSON front matter
    '+++\ntitle = "Hed"\ndescription = "%s"\n+++\n',      # Hugo TOML front matter
])
def test_a_9_mb_front_matter_string_is_read(front):
    # Under the 10 MB file limit; a pattern taking one step per character
    # raised MemoryError there (exit 2 for the whole run).
    long = "The district closed the station. " * 280_000
    doc = read_bytes("a.md", ((front % long) + "\nThe body.\n").encode())
    assert doc.first("paragraph").text == "The body."
    assert not [n for n in doc.notices if n.rule == "file.front-matter"]


def test_a_reader_that_crashes_is_one_files_problem_not_the_runs(monkeypatch, tmp_path):
    # A reader's bug (or a MemoryError on a hostile file) names the file and
    # leaves the other files linted, as a crashing rule does.
    import lint.readers.text as text_reader

    def broken(doc):
        raise MemoryError("out of memory on purpose")

    monkeypatch.setattr(text_reader, "read", broken)
    result = lint_bytes("story.txt", b"The the council met.\n", Config())
    assert result.diagnostics == [] and result.document is None
    assert [p.text for p in result.problems] == [
        "story.txt: internal error: MemoryError: out of memory on purpose (while reading it; "
        "the file is left unlinted)"]
    other = lint_bytes("story.md", b"# Vote\n\nThe the council met.\n", Config())
    assert [d.rule for d in other.diagnostics] == ["hygiene.doubled-word"]
