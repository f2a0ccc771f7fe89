"""fx498 (nu69 #2, #6): one --fix run never fixes a fix again, and its counts
are of findings: a fix written by one rule is not rewritten by another rule
on a later pass (held and said); two rules' identical fix on one word is one
edit fixing two findings, said so; overlapping fixes and CRLF or BOM files
come out whole."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.diagnostic import Fix
from lint.fixes import _Own, fix_bytes
from lint.readers._own_reports import FIXED, SHARED, STDERR, WOULD_APPLY, own_report

HEAD = "Head\n\n"


def _house(tmp_path, rules: dict[str, str], select=("house",)):
    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True, exist_ok=True)
    for name, swaps in rules.items():
        (folder / f"{name}.yaml").write_text(
            f'extends: substitution\nmessage: "use {{replacement}}, not %s"\nswap:\n{swaps}', encoding="utf-8")
    return Config(select=select, rule_dirs=(str(tmp_path / "rules"),))


LATIN = "  'i\\.e\\.': that is\n"
CONTRACT = "  that is: \"that's\"\n"


def test_a_fix_another_rule_wrote_is_held_not_rewritten(tmp_path):
    config = _house(tmp_path, {"a": LATIN, "b": CONTRACT})
    out = fix_bytes("a.txt", f"{HEAD}Fees rose, i.e. the levy.\n".encode(), config)
    assert out.fixed == f"{HEAD}Fees rose, that is the levy.\n"
    assert (out.applied, out.edits, out.problems) == (1, 1, [])
    assert [(d.rule, why) for d, why in out.result.held.items()] == [("house.b", "chain")]


def test_guard_the_second_rule_still_fixes_text_it_found(tmp_path):
    config = _house(tmp_path, {"a": LATIN, "b": CONTRACT})
    out = fix_bytes("a.txt", f"{HEAD}Fees rose, that is the levy; i.e. it doubled.\n".encode(), config)
    assert out.fixed == f"{HEAD}Fees rose, that's the levy; that is it doubled.\n"
    assert out.applied == 2


@pytest.mark.parametrize("text, want", [
    # a finding reaching past the word a swap wrote is its own rule's work
    ("We use utilise it.", "We use it."),
    ("We utilise use it.", "We use it."),
])
def test_guard_a_finding_reaching_past_written_words_is_fixed(tmp_path, text, want):
    config = _house(tmp_path, {"a": "  utilise: use\n"}, select=("house", "hygiene.doubled-word"))
    out = fix_bytes("a.txt", f"{HEAD}{text}\n".encode(), config)
    assert (out.fixed, out.result.held) == (f"{HEAD}{want}\n", {})


def test_guard_two_rules_undoing_each_other_still_do_not_settle(tmp_path):
    config = _house(tmp_path, {"a": "  colour: color\n", "b": "  color: colour\n"})
    out = fix_bytes("a.txt", f"{HEAD}The colour red.\n".encode(), config, max_passes=4)
    assert out.problems and "did not settle after 4 passes" in out.problems[0]
    assert out.applied == 4


def test_chains_reads_the_finding_and_the_characters_changed():
    source = "x that is y"          # `that is` written over `i.e.` at [2, 9)
    own = _Own([("a", 2, 9, "i.e.")], source)
    assert own.chains("b", Fix(2, 9, "that's"), (2, 9))
    assert not own.chains("a", Fix(2, 9, "that's"), (2, 9))          # its own rule: `rewrites`' to say
    assert not own.chains("b", Fix(0, 9, "X that is"), (0, 9))       # reaching past the written words
    assert not own.chains("b", Fix(2, 9, "i.e."), (2, 9))            # an undo
    assert not own.chains("b", Fix(10, 11, "z"), (10, 11))           # beside it
    marks = _Own([("q", 0, 4, '"ab"')], "“ab”")                   # only the marks were changed
    assert not marks.chains("p", Fix(1, 2, "A"), (1, 2))
    assert marks.chains("p", Fix(0, 1, '"'), (0, 1))


def _twins(tmp_path):
    rule = ('extends: substitution\nmessage: "Consider using %s instead of %s."\nignorecase: true\n'
            'level: error\naction:\n  name: replace\nswap:\n  stewardess: flight attendant\n')
    for style in ("Google", "proselint"):
        (tmp_path / "styles" / style).mkdir(parents=True)
        (tmp_path / "styles" / style / "GenderBias.yml").write_text(rule, encoding="utf-8")
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\n[*.md]\nBasedOnStyles = Google, proselint\n",
                                        encoding="utf-8")


def test_twin_fixes_are_one_edit_said_so(run_cli, tmp_path):
    _twins(tmp_path)
    (tmp_path / "a.md").write_text("The stewardess left. A stewardess came.\n", encoding="utf-8")
    diff = run_cli("check", "--diff", "a.md", cwd=tmp_path)
    assert "4 fixes would be applied to 1 file with 2 edits, as rules giving the same fix on the same " \
           "words share one (nothing written)" in diff.stderr, diff.stderr
    fixed = run_cli("check", "--fix", "a.md", cwd=tmp_path)
    assert "fixed 4 problems in 1 file with 2 edits, as rules" in fixed.stderr, fixed.stderr
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "The flight attendant left. A flight attendant came.\n"


def test_guard_no_edit_count_when_each_fix_is_its_own(run_cli, tmp_path):
    _twins(tmp_path)
    (tmp_path / "styles" / "proselint" / "GenderBias.yml").unlink()
    (tmp_path / "a.md").write_text("The stewardess left.\n", encoding="utf-8")
    fixed = run_cli("check", "--fix", "a.md", cwd=tmp_path)
    assert "newslint: fixed 1 problem in 1 file\n" in fixed.stderr, fixed.stderr


@pytest.mark.parametrize("line", [
    STDERR + FIXED.format(problems="2 problems", files="1 file", shared=SHARED.format(edits="1 edit")),
    STDERR + WOULD_APPLY.format(fixes="2 fixes", files="1 file", shared=SHARED.format(edits="1 edit")),
])
def test_the_edit_count_lines_are_told_as_ours(line):
    found = "story.md:1:1: error [titles.missing-headline] no headline: the article has no headline or title field"
    assert own_report(f"{found}\n{line}\nFound 1 problem (1 error) in 1 file.\n", "txt") == "text"


@pytest.mark.parametrize("data, want", [
    # overlapping fixes of two rules: the first by position is written, the other's words are gone
    (b"Head\r\n\r\nThe sea shore line held.\r\n", b"Head\r\n\r\nThe seashore line held.\r\n"),
    (b"\xef\xbb\xbfHead\r\n\r\nThe sea shore line, i.e. the dune.\r\n",
     b"\xef\xbb\xbfHead\r\n\r\nThe seashore line, that is the dune.\r\n"),
])
def test_guard_overlapping_and_chained_fixes_keep_the_file_whole(run_cli, tmp_path, data, want):
    _house(tmp_path, {"a": "  sea shore: seashore\n" + LATIN, "b": "  shore line: shoreline\n" + CONTRACT})
    (tmp_path / "a.txt").write_bytes(data)
    result = run_cli("check", "--fix", "--rules", "rules", "--select", "house", "a.txt", cwd=tmp_path)
    assert result.exit_code in (0, 1), result.stderr
    assert (tmp_path / "a.txt").read_bytes() == want


def test_changes_of_a_long_fix_are_read_without_a_full_diff():
    """A paragraph-long fix (quotes.mixed-marks' marks) is read character by
    character where both sides have one length, and as one run where they
    do not; a short one by difflib (`i.e.` -> `that is`)."""
    from lint.fix_spans import _changes
    words = " ".join(f"w{i}'s" for i in range(400))
    old, new = f'"{words}"', f"\u201c{words.replace(chr(39), chr(0x2019))}\u201d"
    runs = _changes(old, new, 10)
    assert runs[0] == (10, 11) and runs[-1] == (10 + len(old) - 1, 10 + len(old))
    assert len(runs) == 402 and all(new[a - 10:b - 10] in "\u201c\u2019\u201d" for a, b in runs)
    assert _changes(old, new + "!", 10) == [(10, 10 + len(new) + 1)]
    assert _changes("i.e.", "that is", 0) == [(0, 5), (6, 7)]
    assert _changes("i.e.", "that is", 0, before=True) == [(0, 0), (1, 4)]
