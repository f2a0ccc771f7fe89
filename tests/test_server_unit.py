"""The language server's protocol-free parts, without a client: positions,
edits, which documents are linted, settings, where a disable comment goes,
and that `newslint check` never loads the server's libraries."""
from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings, strategies as st

from lint.readers import read_bytes
from lint.server.documents import target, uri_to_path
from lint.server.linting import Linter
from lint.server.settings import LIVE_LIMIT, parse
from lint.server.suppressing import disable_edit
from lint.server.text import UTF8, UTF16, UTF32, LineMap, edits, split_lines
from lsp_helpers import offset_of, position_of


# -- positions ------------------------------------------------------------------------------

TEXT = "a😀b\r\nc\u2028d\x0ce\rf\n\ng😀"


def test_lines_break_only_where_lsp_says():
    assert split_lines(TEXT) == ["a😀b\r\n", "c\u2028d\x0ce\r", "f\n", "\n", "g😀"]


@pytest.mark.parametrize("index", range(len(TEXT) + 1))
def test_positions_agree_with_an_independent_reading(index):
    lines = LineMap(TEXT)
    if TEXT[index - 1:index + 1] == "\r\n":      # between CR and LF: the line's end
        assert lines.position(index) == lines.position(index - 1)
        return
    assert lines.position(index) == position_of(TEXT, index)
    line, character = lines.position(index)
    from lsprotocol.types import Position
    assert lines.offset(line, character) == offset_of(TEXT, Position(line, character)) == index


def test_each_encoding_counts_its_own_units():
    line = "x😀é y"
    at = line.index("y")
    assert LineMap(line, UTF16).position(at) == (0, 5)
    assert LineMap(line, UTF8).position(at) == (0, 8)
    assert LineMap(line, UTF32).position(at) == (0, 4)
    assert LineMap(line, UTF8).offset(0, 8) == at


def test_positions_past_a_line_or_the_text_are_clamped_as_lsp_says():
    lines = LineMap("ab\r\ncd")
    assert lines.offset(0, 99) == 2            # the end of line 0, before its CRLF
    assert lines.offset(7, 0) == 6             # past the last line: the end of the text
    assert lines.offset(1, 1) == 5
    assert LineMap("😀").offset(0, 1) == 1      # half a surrogate pair rounds up past it


lines_st = st.lists(st.sampled_from(["The the vote.\n", "Leave a Reply\r\n", "😀 x\n", "\n", "a\r", "b"]),
                    max_size=12)


@settings(max_examples=150, deadline=None)
@given(lines_st, lines_st)
def test_edits_turn_one_text_into_the_other(a, b):
    old, new = "".join(a), "".join(b)
    out, pos = [], 0
    for start, end, text in edits(old, new):
        assert pos <= start <= end
        out += [old[pos:start], text]
        pos = end
    assert "".join(out) + old[pos:] == new
    for start, end, _ in edits(old, new):               # never between a CR and its LF
        assert old[start - 1:start + 1] != "\r\n" and old[end - 1:end + 1] != "\r\n"


@pytest.mark.parametrize("old, new, want", [
    ("# Hed\n\nPolls close at 7 PM today.\n", "# Hed\n\nPolls close at 7 p.m. today.\n",
     [(24, 26, "p.m.")]),
    ("On November 26th the fire.\r\nNext.\r\n", "On Nov. 26 the fire.\r\nNext.\r\n",
     [(6, 16, ". 26")]),                  # two changes 2 characters apart: one edit
    ("a\r\nb\r\n", "a\r\nx\r\nb\r\n", [(3, 3, "x\r\n")]),
    ("end\r\n", "end.\r\n", [(3, 3, ".")]),
])
def test_fix_all_edits_only_the_characters_that_change(old, new, want):
    """nu30 #8: Fix all replaced every changed line whole."""
    assert edits(old, new) == want


# -- which documents, with which settings ----------------------------------------------------

def test_the_extension_decides_then_the_language_id(tmp_path):
    md = (tmp_path / "a.md").as_uri()
    assert target(md, "plaintext", []).lint_as == str(tmp_path / "a.md")
    readme = target((tmp_path / "README").as_uri(), "markdown", [])
    assert readme.path == str(tmp_path / "README") and readme.lint_as.endswith("README.md")
    assert target((tmp_path / "a.py").as_uri(), "python", []) is None
    untitled = target("untitled:Untitled-2", "html", [str(tmp_path)])
    assert untitled.path == str(tmp_path / "Untitled-2") and untitled.lint_as.endswith(".html")
    assert target("git:/a.md?ref=HEAD", "markdown", []) is None
    assert target((tmp_path / "my story.md").as_uri(), None, []).path == str(tmp_path / "my story.md")


def test_settings_take_either_spelling_and_report_bad_values():
    good, errors = parse({"select": "hygiene, dates", "ignore": ["dates.tense"],
                          "published": "2025-03-10", "live-limit": 10, "debounce": 200})
    assert errors == []
    assert good.cli["select"] == ["hygiene", "dates"] and good.cli["ignore"] == ["dates.tense"]
    assert str(good.cli["published"]) == "2025-03-10"
    assert (good.live_limit, good.debounce) == (10, 0.2)
    bad, errors = parse({"newslint": {"select": 3, "published": "soon", "liveLimit": -1}})
    assert len(errors) == 3 and "select" in errors[0] and "not a date" in errors[1]
    assert "select" not in bad.cli and bad.live_limit == LIVE_LIMIT


@pytest.mark.parametrize("key, value", [("liveLimit", float("inf")), ("liveLimit", float("nan")),
                                        ("debounce", float("inf")), ("debounce", float("nan")),
                                        ("debounce", 60_001)])
def test_a_number_setting_past_its_range_is_left_out(key, value):
    """JSON's 1e400 reads as infinity (qa123 #7): left out with one line, the
    default kept, never an OverflowError nor a debounce that never ends."""
    got, errors = parse({key: value, "ignore": ["style"]})
    kind = "a whole number" if key == "liveLimit" else "a number"     # a count of characters
    assert len(errors) == 1 and errors[0].startswith(f"settings: {key}: must be {kind}")
    assert (got.live_limit, got.debounce) == (LIVE_LIMIT, None) and got.cli["ignore"] == ["style"]
    assert parse({"debounce": 60_000})[0].debounce == 60.0


def test_a_percent_escape_in_a_file_uri_is_decoded_once(tmp_path):
    """'Q3%20desk' is 'Q3%2520desk' in its URI; decoded twice it became
    'Q3 desk', another folder with another config (qa123 #3)."""
    story = tmp_path / "Q3%20desk" / "my story.md"
    assert uri_to_path(story.as_uri()) == str(story)


def test_a_bad_tcp_address_is_one_line(run_cli):
    result = run_cli("server", "--tcp", "localhost")
    assert result.exit_code == 2 and "is not HOST:PORT" in result.output


def test_check_never_imports_the_server_libraries(tmp_path):
    story = tmp_path / "s.md"
    story.write_text("# Hed\n\nThe the vote.\n")
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "lint", "check", "--fail-level=warning",
                           str(story)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1 and "hygiene.doubled-word" in proc.stdout
    loaded = {line.split("|")[-1].strip().split(".")[0] for line in proc.stderr.splitlines()
              if line.startswith("import time:")}
    assert "lint" in loaded and not loaded & {"pygls", "lsprotocol", "cattrs"}


# -- the engine for one buffer ---------------------------------------------------------------

def test_a_bom_shifts_nothing(tmp_path, run_cli):
    text = "\ufeff# Hed\n\nThe the vote. Leave a Reply\n"
    linter, buffer = Linter(), target((tmp_path / "b.md").as_uri(), "markdown", [])
    found = linter.lint(buffer, text).diagnostics
    assert [text[d.offset:d.end_offset] for d in found] == ["The the", "Leave a Reply"]
    (tmp_path / "b.md").write_bytes(text.encode("utf-8"))
    run_cli("check", "--fix", tmp_path / "b.md")
    assert linter.fix_all(buffer, text) == (tmp_path / "b.md").read_bytes().decode("utf-8")


def test_an_excluded_file_is_not_linted(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("exclude: [drafts/]\n")
    buffer = target((tmp_path / "drafts" / "a.md").as_uri(), "markdown", [])
    assert Linter().lint(buffer, "# H\n\nThe the.\n").diagnostics == []


def test_a_document_of_no_article_format_is_skipped_not_a_warning(tmp_path, caplog):
    # was a file.format warning at 1:1 in the Problems panel; `check` never counts it
    report = ('<!DOCTYPE html><html><head><meta name="generator" content="newslint report">'
              "<title>r</title></head><body><p>The the vote.</p></body></html>\n")
    buffer = target((tmp_path / "report.html").as_uri(), "html", [])
    linter = Linter()
    with caplog.at_level("INFO", logger="newslint.server"):
        assert linter.lint(buffer, report).diagnostics == []
        assert linter.lint(buffer, report).diagnostics == []
    assert [r.getMessage().split(": ")[1:2] for r in caplog.records] == [["file.format"]]   # once


# -- where "Disable RULE for this line" writes its comment -----------------------------------

def parts(name: str, text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in read_bytes(name, text.encode("utf-8")).parts]


@pytest.mark.parametrize("name,text,flagged", [
    ("a.md", "# Hed\n\nThe the vote.\n", "The the"),                            # after a blank line
    ("a.md", "# Hed\n\nIt met.\nThe the vote.\n", "The the"),                   # a continuation line
    ("a.md", "# Hed\n\nIt met.  \nThe the vote.\n", "The the"),                 # after a hard break
    ("a.md", "# Hed\n\nIt met.\\\nThe the vote.\n", "The the"),                 # a backslash break
    ("a.md", "# Hed\nThe the vote.\n", "The the"),                              # right after a heading
    ("a.md", "Hed\n===\nThe the vote.\n", "The the"),                           # after a setext heading
    ("a.md", "---\ntitle: Hed\n---\nThe the vote.\n", "The the"),               # after front matter
    ("a.md", "# Hed\n\n```\ncode\n```\nThe the vote.\n", "The the"),            # after a fence
    ("a.md", "# Hed\n\n> It met.\n> The the vote.\n", "The the"),               # inside a quote
    ("a.md", "# Hed\n\n- It met\n  and the the vote.\n", "the the"),            # inside a list item
    ("a.md", "# Hed\r\n\r\nIt met.\r\nThe the vote.\r\n", "The the"),           # CRLF
    ("a.html", "<h1>Hed</h1>\n<p>It met.\nThe the vote.</p>\n", "The the"),
    ("a.html", "<h1>Hed</h1>\n\n<p>The the vote.</p>\n", "The the"),
    ("a.md", "# Hed\n\n| a | b |\n|---|---|\n| The the | x |\n", "The the"),     # a table's first row
    ("a.md", "# Hed\n\n| a | b |\n|---|---|\n| x | y |\n| The the | x |\n", "The the"),
    ("a.md", "# Hed\n\n    code\nThe the vote.\n", "The the"),                   # after indented code
    ("a.html", "<h1>Hed</h1>\n<textarea>\nold</textarea><p>The the vote.</p>\n", "The the"),
    ("a.md", "---\ntitle: The the vote\n---\nBody.\n", "The the"),    # in YAML front matter: `# ...`
    ("a.md", "+++\ntitle = \"The the vote\"\n+++\nBody.\n", "The the"),   # in TOML (fx107), the same
])
def test_the_comment_hides_the_finding_and_changes_nothing_else(name, text, flagged):
    from lint import lint_text
    before = lint_text(text, name)
    at = text.index(flagged)
    fmt = read_bytes(name, text.encode()).format
    body = text.index(text[:4], 4) + 4 if text[:4] in ("---\n", "+++\n") else 0
    spot = disable_edit(text, fmt, at, "hygiene.doubled-word", body)
    assert spot is not None
    edited = text[:spot[0]] + spot[1] + text[spot[0]:]
    after = lint_text(edited, name)
    assert [d.rule for d in before].count("hygiene.doubled-word") == 1
    assert "hygiene.doubled-word" not in [d.rule for d in after]
    assert [d.rule for d in after] == [d.rule for d in before if d.rule != "hygiene.doubled-word"]
    assert parts(name, edited) == parts(name, text)          # the article reads the same


@pytest.mark.parametrize("name,text,flagged,body", [
    ("a.md", "{\n  \"title\": \"The the vote\"\n}\nBody.\n", "The the", 30),  # in JSON front matter
    ("a.md", "+++\ntitle = \"\"\"\nThe the vote\nto come\"\"\"\n+++\nBody.\n", "The the", 44),  # inside a TOML """ string
    ("a.md", "---\ntitle: |\n  The the vote\n---\nBody.\n", "The the", 32),     # in a YAML `|` block
    ("a.txt", "Hed\n\nThe the vote.\n", "The the", 0),                          # plain text
    ("a.html", "<h1>Hed</h1>\n<img src=x.jpg\n alt=\"The the dog\"\n width=3>\n", "The the", 0),  # in a tag
    ("a.html", "<h1>Hed</h1><p>It met.</p><p>The the vote.</p>", "The the", 0),     # a one-line page
    ("a.html", "<h1>Hed</h1>\n<textarea>\nold</textarea><p>The the vote.</p><textarea>\n</textarea>\n",
     "The the", 0),                                                                 # only in textareas
])
def test_no_comment_where_it_would_break_the_file(name, text, flagged, body):
    fmt = read_bytes(name, text.encode()).format
    assert disable_edit(text, fmt, text.index(flagged), "hygiene.doubled-word", body) is None


def edit(path, text: str) -> None:
    """Rewrite a file so its stamp changes even on a coarse-clock file system."""
    import os
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 10**9, before + 10**9))


def test_edited_rule_and_vale_style_files_apply_after_a_refresh(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("rules: [house]\nselect: [house]\n")
    rule = tmp_path / "house" / "house" / "utilize.yaml"
    edit(rule, "extends: existence\nmessage: \"say 'use', not '%s'\"\ntokens: [utilize]\n")
    linter, doc = Linter(), target((tmp_path / "a.md").as_uri(), None, [])
    text = "# H\n\nWe utilize it, very much.\n"
    assert [d.message for d in linter.lint(doc, text).diagnostics] == ["say 'use', not 'utilize'"]
    edit(rule, "extends: existence\nmessage: \"plain English: not '%s'\"\ntokens: [utilize]\n")
    linter.refresh()
    assert [d.message for d in linter.lint(doc, text).diagnostics] == ["plain English: not 'utilize'"]
    vale = tmp_path / "desk"                          # a Vale project beside it
    edit(vale / ".vale.ini", "StylesPath = styles\n[*]\nBasedOnStyles = S\n")
    style = vale / "styles" / "S" / "Very.yml"
    edit(style, "extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: warning\ntokens: [very]\n")
    story = target((vale / "b.md").as_uri(), None, [])
    assert [d.message for d in linter.lint(story, text).diagnostics] == ["Avoid 'very'."]
    edit(style, "extends: existence\nmessage: \"Cut '%s'.\"\nlevel: warning\ntokens: [very]\n")
    linter.refresh()
    assert [d.message for d in linter.lint(story, text).diagnostics] == ["Cut 'very'."]


def test_only_http_links_become_code_descriptions():
    from types import SimpleNamespace
    from lint.diagnostic import Diagnostic
    from lint.server.convert import to_lsp
    d = Diagnostic("a.md", 1, 1, 1, 4, "house.x", "suggestion", "m", offset=0, end_offset=3)
    lines = LineMap("abc def")
    for link, href in (("https://apnews.com/style", "https://apnews.com/style"),
                       ("javascript:alert(1)", None), ("", None)):
        out = to_lsp(d, lines, {"house.x": SimpleNamespace(link=link)})
        assert (out.code_description.href if out.code_description else None) == href
        assert out.code == "house.x" and out.severity == 3 and out.range.end.character == 3


def test_hover_on_a_file_finding_says_what_it_means():
    from lint.server.hover import unknown_markdown
    text = unknown_markdown("file.encoding", "not valid UTF-8 (byte 0xe9 on line 1); read as cp1252")
    assert text.startswith("**file.encoding**\n\nnot valid UTF-8 (byte 0xe9 on line 1)")
    assert "what Word and old CMSes write" in text
    assert unknown_markdown("house.gone", "m") == "**house.gone**\n\nm"


def test_a_cancelled_disable_search_stops_between_findings(tmp_path):
    """`$/cancelRequest` sets the search's stop: no finding is searched after it."""
    import threading

    from lint.server.actions import disable_spots
    from lint.server.convert import lint_buffer
    text = "# Board meets\n\nThe the vote.\n\nThe the count.\n"
    doc = target((tmp_path / "story.md").as_uri(), "markdown", [str(tmp_path)])
    linter = Linter()
    linted = lint_buffer(linter, doc, text, 1, UTF16, 0)
    end = len(text)
    stop = threading.Event()
    stop.set()
    disable_spots(linter, doc, linted, 0, end, stop)
    assert linted.disables == {}
    disable_spots(linter, doc, linted, 0, end, threading.Event())
    assert sorted(line for _, line in linted.disables) == [2, 4]


def test_a_skipped_house_rule_is_a_notice_of_every_lint(tmp_path, monkeypatch):
    # in-process, as the server's lint thread runs it; the server tells it once
    from lint.server.documents import Target
    monkeypatch.setitem(sys.modules, "hunspell", None)
    from test_spelling_unavailable import house_spelling_rule
    house_spelling_rule(tmp_path, "select: [h, hygiene]\n")
    path = str(tmp_path / "a.md")
    linter = Linter()
    for _ in range(2):
        out = linter.lint(Target("", path, path), "# Head\n\nThe the alot.\n")
        assert [d.rule for d in out.diagnostics] == ["hygiene.doubled-word"] and out.problems == []
        (line,) = out.notices
        assert "sp.yaml: h.sp: not available: spell-checking needs the Hunspell binding" in line
