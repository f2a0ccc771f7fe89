"""The engine's own arithmetic: placing findings, filling messages, withholding
unsafe fixes, ordering, file problems, and rules that crash."""
from __future__ import annotations

import datetime as dt
import os

import pytest

from lint.config import Config
from lint.document import Document, Part
from lint.engine import lint_bytes, lint_document, lint_path, read_path
from lint.kinds.base import Finding
from lint.ruleset import Rule

SOURCE = "Head line\n\nThe first line\nof the body, TK.\n"


class Stub:
    """A checker that reports the findings it is given (`make(part)` builds them)."""

    fixable = True

    def __init__(self, make):
        self.make = make

    def check(self, doc, parts):
        for part in parts:
            yield from self.make(part)


def rule(rule_id: str, make, message: str = "flagged '%s'", level: str = "warning") -> Rule:
    return Rule(rule_id, "stub", message, level, ("paragraph",), "", "", [], {}, f"rules/{rule_id}.yaml",
                Stub(make))


def document(source: str = SOURCE, **kw) -> Document:
    doc = Document("story.txt", source, "text", **kw)
    doc.add(Part.from_slice("headline", source, 0, 9))
    doc.add(Part.from_slice("paragraph", source, 11, len(source) - 1))
    return doc


def run(*rules, config: Config = Config(), doc: Document | None = None):
    return lint_document(doc or document(), rules, config)


def test_a_finding_is_placed_through_its_part_and_its_message_filled():
    body = rule("x.one", lambda p: [Finding(p, 10, 21, args={"n": 2})], "'%s' ({n} times, {nope})")
    [d] = run(body).diagnostics
    assert (d.line, d.column, d.end_line, d.end_column) == (3, 11, 4, 7)
    assert (d.offset, d.end_offset, d.snippet) == (21, 32, "line\nof the")
    assert d.message == "'line of the' (2 times, {nope})"      # a newline shown as a space
    assert (d.rule, d.level, d.fix) == ("x.one", "warning", None)


def test_a_long_flagged_text_is_cut_in_the_middle_of_the_message():
    long = "word " * 40
    source = f"Head\n\n{long}\n"
    doc = Document("a.txt", source, "text")
    doc.add(Part.from_slice("paragraph", source, 6, 6 + len(long)))
    [d] = run(rule("x.long", lambda p: [Finding(p, 0, len(long))], "%s"), doc=doc).diagnostics
    assert d.message == long[:59] + "…" + long[-20:]
    assert len(d.message) == 80 and d.snippet == long


def test_final_messages_levels_and_anchors():
    def make(p):
        yield Finding(p, 0, 3, message="as is: %s {n}", args={"n": 1}, final=True, level="error")
        yield Finding(p, 4, 9, message="own %s", anchor=0)
    found = run(rule("x.two", make)).diagnostics
    # an anchor is where Vale's own line output would report the match
    # (`Diagnostic.vale_column`, `--format vale` only); every other format
    # keeps the finding's own place (fx563, nu74 #7)
    assert [(d.line, d.column, d.message, d.level, d.vale_column) for d in found] == [
        (3, 1, "as is: %s {n}", "error", 0),
        (3, 5, "own first", "warning", 1)]
    assert found[1].snippet == "first"
    louder = Config(levels=(("x.two", "suggestion"),))
    assert {d.level for d in run(rule("x.two", make), config=louder).diagnostics} == {"suggestion"}


def test_fixes_are_offered_only_where_safe():
    def make(p):
        yield Finding(p, 0, 3, fix="A")                       # verbatim: kept
        yield Finding(p, 4, 9, fix="1st")                     # unsafe character for this part
    doc = document()
    doc.parts[1].attrs["unsafe_chars"] = "1"
    found = run(rule("x.fix", make), doc=doc).diagnostics
    assert [(d.column, d.fix and (d.fix.start, d.fix.end, d.fix.replacement)) for d in found] == [
        (1, (11, 14, "A")), (5, None)]
    protected = run(rule("x.fix", make), doc=document(protected=[(12, 13)])).diagnostics
    assert [d.fix for d in protected][0] is None               # overlaps template syntax
    assert protected[1].fix.replacement == "1st"               # no unsafe characters: any fix
    [d] = run(rule("x.fix", lambda p: [Finding(p, 0, 3, fix="XXL")])).diagnostics
    assert d.fix.replacement == "XXL"
    decoded = Document("a.html", "<p>A &amp; B</p>", "html")
    decoded.add(Part("paragraph", "A & B", ((0, 3), (2, 5), (3, 10))))
    [d] = run(rule("x.amp", lambda p: [Finding(p, 2, 3, fix="and")]), doc=decoded).diagnostics
    assert d.fix is None and d.snippet == "&amp;"      # the whole entity, never a fix


def test_diagnostics_are_sorted_by_position_then_rule_and_repeats_dropped():
    twice = rule("b.rule", lambda p: [Finding(p, 4, 9), Finding(p, 4, 9), Finding(p, 0, 3)])
    wider = rule("a.rule", lambda p: [Finding(p, 4, 14)])
    found = run(twice, wider).diagnostics
    assert [(d.line, d.column, d.rule, d.end_column) for d in found] == [
        (3, 1, "b.rule", 4), (3, 5, "a.rule", 15), (3, 5, "b.rule", 10)]


def test_a_crashing_rule_is_a_problem_and_the_others_still_run():
    def boom(p):
        raise ValueError("bad state")
    result = run(rule("x.boom", boom), rule("x.fine", lambda p: [Finding(p, 0, 3)]))
    assert [p.text for p in result.problems] == [
        "story.txt: internal error in rule x.boom: ValueError: bad state"]
    assert [d.rule for d in result.diagnostics] == ["x.fine"]


def test_notes_say_where_the_publication_date_came_from():
    assert run().notes == ["story.txt: no publication date found, and no check selected needs one"]
    given = run(config=Config(published=dt.date(2025, 3, 4)))
    assert given.notes == ["story.txt: published 2025-03-04 (from --published or the config)"]
    assert given.document.published == dt.date(2025, 3, 4)


def test_file_problems_are_file_diagnostics_at_the_start():
    empty = lint_bytes("e.md", b"", Config())
    assert [(d.rule, d.line, d.column, d.end_line, d.end_column, d.level) for d in empty.diagnostics] == [
        ("file.empty", 1, 1, 1, 1, "warning")]
    quiet = lint_bytes("e.md", b"", Config(levels=(("file.empty", "error"),)))
    assert [d.level for d in quiet.diagnostics] == ["error"]
    assert lint_bytes("e.md", b"", Config(ignore=("file",))).diagnostics == []


def test_a_file_deleted_since_it_was_listed_is_missing_not_a_crash(tmp_path):
    missing = str(tmp_path / "gone.txt")
    [d] = lint_path(missing, Config()).diagnostics
    assert (d.path, d.rule, d.level, d.line, d.column) == (missing, "file.missing", "error", 1, 1)
    assert d.message == "no such file or folder (deleted since it was listed)"
    assert lint_path(missing, Config(ignore=("file.missing",))).diagnostics == []
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "nowhere.txt")      # a broken link found in a folder: as named (qa84 #8)
    [d] = lint_path(str(link), Config()).diagnostics
    assert d.rule == "file.missing" and d.message == \
        f"broken symlink: its target {str(tmp_path / 'nowhere.txt')!r} does not exist"
    result = read_path(str(tmp_path), Config())
    assert [d.rule for d in result.diagnostics] == ["file.unreadable"]
    assert result.diagnostics[0].message.startswith("cannot read file: ")


def test_a_file_over_the_size_limit_is_not_read(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2048)
    config = Config(max_file_size=1024)
    [d] = lint_path(str(big), config).diagnostics
    assert d.rule == "file.too-large" and "(raise max-file-size in the config); skipped" in d.message
    [d] = lint_bytes(str(big), big.read_bytes(), config).diagnostics      # stdin's way in
    assert d.rule == "file.too-large"
    big.write_bytes(b"Head\n\nThe the end.\n" + b" " * (1024 - 19))
    assert big.stat().st_size == 1024
    assert [d.rule for d in lint_path(str(big), config).diagnostics] == ["hygiene.doubled-word"]


def test_a_file_not_read_at_all_is_said_whatever_select_picks_unless_ignored(tmp_path):
    """nu26 #13: under `select: [hygiene, style]` a file over the limit, a
    binary, an empty file and a FIFO gave nothing at all ("No problems
    found."), so a file never checked looked clean. A refusal is said unless
    an ignore: entry matches it; a notice of a file that was read (an
    encoding fallback) still follows select."""
    picked = Config(select=("hygiene", "style"), max_file_size=1024)
    (tmp_path / "big.txt").write_bytes(b"Head\n\n" + b"The TK end. " * 200)
    (tmp_path / "nul.txt").write_bytes(b"Head\n\nThe TK\x00 end.\n")
    (tmp_path / "empty.md").write_text("  \n")
    (tmp_path / "cp.txt").write_bytes(b"Head\n\nThe caf\xe9 opened.\n")
    said = {}
    for name in ("big.txt", "nul.txt", "empty.md", "cp.txt"):
        said[name] = [d.rule for d in lint_path(str(tmp_path / name), picked).diagnostics]
    assert said == {"big.txt": ["file.too-large"], "nul.txt": ["file.binary"],
                    "empty.md": ["file.empty"], "cp.txt": []}
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.txt")
        assert [d.rule for d in lint_path(str(tmp_path / "pipe.txt"), picked).diagnostics] == \
            ["file.unreadable"]
    quiet = Config(select=("hygiene",), ignore=("file.empty", "file.binary"))
    for name in ("nul.txt", "empty.md"):
        assert lint_path(str(tmp_path / name), quiet).diagnostics == []
    assert lint_path(str(tmp_path / "big.txt"), Config(max_file_size=1024, ignore=("file",))) \
        .diagnostics == []


def test_the_largest_size_limit_reads_a_file_as_it_is(tmp_path):
    # Only the file's own size is asked for, never the limit (a terabyte
    # limit made every read a MemoryError); a file that grows is read on.
    story = tmp_path / "story.txt"
    story.write_bytes(b"Head\n\nThe the end.\n")
    config = Config(max_file_size=1024 ** 4)
    assert [d.rule for d in lint_path(str(story), config).diagnostics] == ["hygiene.doubled-word"]
    assert read_path(str(story), config) == b"Head\n\nThe the end.\n"


def test_a_file_that_grew_after_fstat_is_read_to_the_limit(tmp_path, monkeypatch):
    from lint import regular_files
    story = tmp_path / "story.txt"
    story.write_bytes(b"0123456789")
    real = os.fstat

    def stale(fd):     # the size from before the file grew
        st = list(real(fd))
        st[6] = 3
        return os.stat_result(st)

    monkeypatch.setattr(regular_files.os, "fstat", stale)
    assert regular_files.read_regular(str(story), 10) == b"0123456789"
    with pytest.raises(regular_files.TooLarge):
        regular_files.read_regular(str(story), 9)


def test_file_results_carry_the_path_the_level_and_the_selection(tmp_path):
    missing = str(tmp_path / "gone.txt")
    result = lint_path(missing, Config(levels=(("file.missing", "warning"),)))
    assert result.path == missing
    assert [(d.line, d.column, d.end_line, d.end_column, d.level) for d in result.diagnostics] == [
        (1, 1, 1, 1, "warning")]
    assert lint_path(missing, Config(ignore=("file.missing",))).diagnostics == []


def test_lint_path_runs_only_the_rules_given(tmp_path):
    story = tmp_path / "a.txt"
    story.write_text("Head\n\nThe the council met.It left.\n", encoding="utf-8")
    config = Config(select=("hygiene",))
    everything = [d.rule for d in lint_path(str(story), config).diagnostics]
    assert everything == ["hygiene.doubled-word", "hygiene.missing-space"]
    assert lint_path(str(story), config, rules=[]).diagnostics == []


EXPORT = '{"id": "a", "headline": "One", "body": "The first line."}\n[1]\n'


def test_an_export_is_one_result_with_its_own_notices_placed_and_levelled():
    config = Config(select=("file", "x"), levels=(("file.jsonl", "warning"),))
    longer = rule("x.a", lambda p: [Finding(p, 0, 9)])
    shorter = rule("x.b", lambda p: [Finding(p, 0, 3)])
    from lint.readers import read_bytes
    result = lint_document(read_bytes("d.jsonl", EXPORT.encode()), [shorter, longer], config)
    assert result.path == "d.jsonl"
    col = EXPORT.index("The first") + 1
    assert [(d.line, d.column, d.end_column, d.rule, d.level, d.message, d.article)
            for d in result.diagnostics] == [
        (1, col, col + 9, "x.a", "warning", "flagged 'The first'", "a"),      # same start: by rule id
        (1, col, col + 3, "x.b", "warning", "flagged 'The'", "a"),
        (2, 1, 1, "file.jsonl", "warning",
         "line 2 is not a JSON object (it does not start with '{'); skipped", "")]


def test_a_directive_naming_no_rule_is_reported_inside_an_export():
    from conftest import ROOT
    source = (ROOT / "tests" / "archives" / "export.xml").read_text(encoding="utf-8")
    source = source.replace("<content:encoded><![CDATA[",
                            "<content:encoded><![CDATA[<!-- newslint-disable hygeine -->\n", 1)
    at = source.index("hygeine -->")      # at the id, not the comment's start
    line, column = source.count("\n", 0, at) + 1, at - source.rfind("\n", 0, at)
    result = lint_bytes("e.xml", source.encode("utf-8"), Config())
    assert result.problems == []
    assert [(d.line, d.column, d.message.split(" (")[0]) for d in result.diagnostics
            if d.rule == "file.directive"] == [(line, column, "newslint-disable: no rule or pack 'hygeine'")]


def test_a_flagged_text_of_exactly_the_shown_width_is_quoted_whole():
    from lint.placing import SHOWN_TEXT
    text = ("word " * 40)[:SHOWN_TEXT]
    source = f"Head\n\n{text}\n"
    doc = Document("a.txt", source, "text")
    doc.add(Part.from_slice("paragraph", source, 6, 6 + len(text)))
    [d] = run(rule("x.long", lambda p: [Finding(p, 0, len(text))], "%s"), doc=doc).diagnostics
    assert d.message == text.replace("\n", " ")


def test_under_a_vale_config_the_selection_still_applies_and_style_errors_name_the_file(tmp_path):
    import pytest
    from lint.config import ConfigError
    from lint.engine import active_rules
    from lint.session import Session
    from vale_helpers import vale_project

    rule = 'extends: existence\nmessage: "x"\ntokens:\n  - x\n'
    root = vale_project(tmp_path / "ok", "StylesPath = styles\n[*.md]\nBasedOnStyles = newslint\n"
                        "[*.txt]\nBasedOnStyles = T\n",
                        {"T/R": rule}, {"a.md": "x\n"})
    config = Session(cli={"ignore": ["hygiene.doubled-word"]}).config_for(str(root / "a.md"))
    ids = {r.id for r in active_rules(config, str(root / "a.md"))}
    assert "hygiene.missing-space" in ids and "hygiene.doubled-word" not in ids
    assert "T.R" not in ids                   # the style of another section
    bad = vale_project(tmp_path / "bad", "StylesPath = styles\n[*]\nBasedOnStyles = T\n",
                       {"T/R": 'message: "x"\n'}, {"a.md": "x\n"})
    config = Session().config_for(str(bad / "a.md"))
    with pytest.raises(ConfigError) as err:
        active_rules(config, str(bad / "a.md"))
    assert str(err.value) == f"{bad / 'styles' / 'T' / 'R.yml'}:1:1: extends: missing; name the rule kind"


def test_an_os_error_says_whether_a_file_or_a_folder_could_not_be_read(tmp_path, monkeypatch):
    """What a user without read permission sees (simulated: the tests may run as root)."""
    import lint.engine as engine

    def denied(path, limit):
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(engine, "read_regular", denied)
    (tmp_path / "a.txt").write_text("x\n", encoding="utf-8")
    got = [read_path(str(p), Config()).diagnostics[0].message for p in (tmp_path, tmp_path / "a.txt")]
    assert got == ["cannot read folder: Permission denied", "cannot read file: Permission denied"]


def test_refused_publication_dates_are_reported_where_they_were_written():
    doc = document()
    doc.published, doc.published_from, doc.published_part = dt.date(1, 1, 1), "the dateline", doc.parts[1]
    config = Config(published=dt.date(9999, 1, 1))
    found = [(d.line, d.column, d.rule, d.level, d.message) for d in run(config=config, doc=doc).diagnostics]
    assert found == [
        (1, 1, "file.implausible-date", "warning", "publication date 9999-01-01 is more than a year "
         "in the future (from --published or the config); refused, so date checks do not use it"),
        (3, 1, "file.implausible-date", "warning", "publication date 0001-01-01 is before 1800 "
         "(a placeholder?) (from the dateline); refused, so date checks do not use it")]
    louder = Config(published=dt.date(9999, 1, 1), levels=(("file.implausible-date", "error"),))
    assert {d.level for d in run(config=louder, doc=doc).diagnostics} == {"error"}
    assert run(config=Config(published=dt.date(9999, 1, 1), ignore=("file.implausible-date",)),
               doc=doc).diagnostics == []


def test_a_refused_user_date_names_the_article_date_used_instead():
    """nu19: `--published` ten years ahead is refused in every file; where the
    article gives its own date, the warning says that one is used."""
    doc = document()
    doc.published, doc.published_from, doc.published_part = dt.date(2025, 3, 4), "the dateline", doc.parts[1]
    result = run(config=Config(published=dt.date(9999, 1, 1)), doc=doc)
    assert [(d.rule, d.message) for d in result.diagnostics if d.rule.startswith("file.")] == [
        ("file.implausible-date", "publication date 9999-01-01 is more than a year in the future (from "
         "--published or the config); refused, so date checks use the article's own, 2025-03-04 "
         "(from the dateline)")]
    assert result.document.published == dt.date(2025, 3, 4)


def test_a_future_publication_date_the_user_gives_is_the_planned_run():
    """`--published` next week (an embargo, a scheduled post) is used, not
    refused: the copy is linted before it runs. The same date stated by the
    article itself is still refused, as issue 10 asks of web pages."""
    soon = dt.date.today() + dt.timedelta(days=10)
    result = run(config=Config(published=soon), doc=document())
    assert [d.rule for d in result.diagnostics if d.rule == "file.implausible-date"] == []
    doc = document()
    doc.published, doc.published_from, doc.published_part = soon, "the dateline", doc.parts[1]
    assert [d.rule for d in run(config=Config(), doc=doc).diagnostics] == ["file.implausible-date"]


def test_a_vale_pattern_that_fails_at_lint_time_is_one_problem_for_that_file(tmp_path):
    """The config loader refuses a TokenIgnores that does not compile; one that
    reaches the engine anyway (a ValeConfig built in code) stops only that file,
    as a Problem naming the config and the pattern."""
    from dataclasses import replace

    from lint.config import load_file
    from vale_helpers import vale_project

    root = vale_project(tmp_path, "StylesPath = styles\n[*.md]\nBasedOnStyles = S\n",
                        {"S/Very": "extends: existence\nmessage: \"Avoid '%s'.\"\ntokens: [very]\n"})
    config = load_file(str(root / ".vale.ini"))
    broken = replace(config, vale=replace(config.vale, sections=tuple(
        replace(s, token_ignores=("(unclosed",)) for s in config.vale.sections)))
    path = str(root / "a.md")
    ok = lint_bytes(path, b"A very good day.\n", config)
    assert [(d.rule, d.column) for d in ok.diagnostics] == [("S.Very", 3)] and not ok.problems
    bad = lint_bytes(path, b"A very good day.\n", broken)
    assert bad.diagnostics == [] and len(bad.problems) == 1
    assert bad.problems[0].text.startswith(
        f"{config.vale.path}: TokenIgnores: '(unclosed' does not compile: missing )")


def test_a_document_with_no_date_is_linted_as_it_is():
    doc = Document("story.txt", "Headline\n\nThe council met.\n", "text")
    doc.add(Part.from_slice("headline", doc.source, 0, 8))
    result = lint_document(doc, [], Config())
    assert result.document is doc          # nothing to settle: no copy, its analyses kept
    assert (doc.published, doc.published_from, doc.published_part) == (None, "", None)
    assert result.notes == ["story.txt: no publication date found, and no check selected needs one"]


def test_the_verbose_note_says_a_refused_date_was_refused_not_missing():
    from lint.engine import active_rules
    doc = Document("story.txt", "Headline\n\nThe council met Tuesday.\n", "text")
    doc.add(Part.from_slice("headline", doc.source, 0, 8))
    result = lint_document(doc, active_rules(Config()), Config(published=dt.date(1, 1, 1)))
    assert result.notes == ["story.txt: the publication date given was refused (see the warning); "
                            "checks that need one are quiet"]
    assert (result.undated, result.date_refused) == (1, 1)


def test_a_date_from_the_config_is_linted_on_a_copy_with_its_own_analyses():
    from lint.engine import active_rules
    from lint.readers import read_bytes

    doc = read_bytes("story.txt", b"Headline\n\nMarch 3, 2025\n\nThe council met on March 2 and voted.\n")
    config = Config(published=dt.date(2025, 3, 1), select=("dates",))
    result = lint_document(doc, active_rules(config), config)
    assert result.document is not doc and result.document.published == dt.date(2025, 3, 1)
    assert result.document.published_part is None and result.document.cache
    assert doc.cache == {} and doc.published == dt.date(2025, 3, 3)   # the original's untouched
