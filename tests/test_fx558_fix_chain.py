"""nu74 #1: one --fix run never writes a rule's fix over the characters
another rule's fix changed (a Latin swap's 'that is' is not made "that's"
by a Contractions swap), and its counts are of the findings check called
fixable in the text as given; --diff and --fix --baseline say the same.
Guards: a rule going on with its own work, an undo, a re-marked quotation."""
from __future__ import annotations

import re

from lint.diagnostic import Fix
from lint.fix_offsets import FixMap
from lint.fix_written import changes

# its second paragraph an aside, not a quotation: a quotation's words get no swap's fix (fx564, AP)
STORY = "Crew\n\nThe crew is gone, i.e. it left.\n\n(It is over, i.e. not yet,) she said.\n"


def _house(tmp_path, swaps):
    """One substitution rule per (name, key, replacement), selected as `house`."""
    from lint.config import Config
    from lint.engine import active_rules

    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True, exist_ok=True)
    for name, key, new in swaps:
        (folder / f"{name}.yaml").write_text(
            f"extends: substitution\nmessage: \"use '{new}'\"\nnonword: true\nswap:\n  '{key}': \"{new}\"\n",
            encoding="utf-8")
    config = Config(select=("house",), rule_dirs=(str(tmp_path / "rules"),))
    return config, active_rules(config)


LATIN_AND_CONTRACTIONS = [("latin", r"\bi\.e\.(?=[\s,;])", "that is"), ("short", r"(?i)\b(?:that|it) is\b", "x")]


def _contract(tmp_path):
    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "latin.yaml").write_text(
        "extends: substitution\nmessage: \"use '{replacement}'\"\nnonword: true\nswap:\n"
        "  '\\bi\\.e\\.(?=[\\s,;])': that is\n", encoding="utf-8")
    (folder / "short.yaml").write_text(
        "extends: substitution\nmessage: \"use '{replacement}'\"\nignorecase: true\nswap:\n"
        "  that is: that's\n  it is: it's\n", encoding="utf-8")


def _fix_bytes(tmp_path, text):
    from lint.config import Config
    from lint.engine import active_rules
    from lint.fixes import fix_bytes

    _contract(tmp_path)
    config = Config(select=("house",), rule_dirs=(str(tmp_path / "rules"),))
    return fix_bytes("a.txt", text.encode(), config, rules=active_rules(config))


def test_a_second_rule_never_rewrites_what_the_first_wrote(tmp_path):
    outcome = _fix_bytes(tmp_path, STORY)
    assert outcome.fixed == STORY.replace("i.e.", "that is").replace("It is", "It's")
    assert outcome.findings_fixed == 3 and outcome.applied == 3
    held = sorted((d.rule, d.line, d.column, key) for d, key in outcome.result.held.items())
    assert held == [("house.short", 3, 19, "chain"), ("house.short", 5, 13, "chain")]
    # placed as read for --diff: where the file has the 'i.e.' the held words replace
    assert sorted((d.line, d.column) for d in outcome.chained) == [(3, 19), (5, 14)]


def test_guard_a_rule_alone_still_fixes_the_words(tmp_path):
    outcome = _fix_bytes(tmp_path, "Crew\n\nThat is the plan, and it is set.\n")
    assert outcome.fixed == "Crew\n\nThat's the plan, and it's set.\n"
    assert outcome.result.held == {} and outcome.findings_fixed == 2


def test_counts_are_of_the_findings_of_the_text_as_given():
    """`the the the`: check reports one doubled word; --fix mends the run
    over two passes (its own rule going on with its work) and says 1."""
    from lint.config import Config
    from lint.engine import lint_bytes, active_rules
    from lint.fixes import fix_bytes

    config = Config(select=("hygiene.doubled-word",))
    data = b"Head\n\nIt was the the the end.\n"
    fixable = [d for d in lint_bytes("a.txt", data, config, active_rules(config)).diagnostics if d.fix]
    outcome = fix_bytes("a.txt", data, config)
    assert (outcome.fixed, outcome.applied) == ("Head\n\nIt was the end.\n", 2)
    assert outcome.findings_fixed == len(fixable) == 1


def test_guard_undoing_rules_are_still_unsettled(tmp_path):
    from test_fix_loop import house
    from lint.fixes import fix_bytes

    config, rules = house(tmp_path, {"colour": "color", "color": "colour"})
    outcome = fix_bytes("a.txt", b"Head\n\nThe colour red.\n", config, max_passes=4, rules=rules)
    assert outcome.problems and "did not settle" in outcome.problems[0]
    assert outcome.findings_fixed == 1 and outcome.applied == 4


def test_cli_diff_fix_and_check_agree(tmp_path, run_cli):
    _contract(tmp_path)
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    args = ("--rules", "rules", "--select", "house", "--no-color", "a.txt")
    check = run_cli("check", *args, cwd=tmp_path)
    diff = run_cli("check", "--diff", *args, cwd=tmp_path)
    fixed = run_cli("check", "--fix", *args, cwd=tmp_path)
    assert "3 fixable with --fix" in check.stdout
    assert "3 fixes would be applied" in diff.stderr
    assert "a.txt: 2 findings left unfixed on purpose (3:19, 5:14: its fix would rewrite words " \
           "another rule's fix wrote" in diff.stderr
    assert "fixed 3 problems in 1 file" in fixed.stderr
    assert "a.txt: 2 findings left unfixed on purpose (3:19, 5:13: its fix would rewrite words " \
           "another rule's fix wrote" in fixed.stderr
    assert "that's" not in (tmp_path / "a.txt").read_text(encoding="utf-8")


def test_cli_fix_with_a_baseline_counts_and_holds_the_new_only(tmp_path, run_cli):
    _contract(tmp_path)
    story = tmp_path / "a.txt"
    story.write_text("Crew\n\nThe crew is gone, i.e. it left.\n", encoding="utf-8")
    args = ("--rules", "rules", "--select", "house", "--no-color")
    run_cli("check", *args, "--write-baseline", "b.json", "a.txt", cwd=tmp_path)
    story.write_text(STORY, encoding="utf-8")
    check = run_cli("check", *args, "--baseline", "b.json", "a.txt", cwd=tmp_path)
    fixed = run_cli("check", *args, "--fix", "--baseline", "b.json", "a.txt", cwd=tmp_path)
    assert int(re.search(r"(\d+) fixable with --fix", check.stdout).group(1)) == 2
    assert "fixed 2 problems in 1 file" in fixed.stderr
    assert story.read_text(encoding="utf-8") == STORY.replace(
        "(It is over, i.e.", "(It's over, that is")
    assert "5:13: its fix would rewrite words another rule's fix wrote" in fixed.stderr


def test_changes_are_the_characters_that_differ():
    assert changes("colour", "color") == [(4, 5, 4, 4)]
    assert changes("i.e.", "that is") == [(0, 4, 0, 7)]
    long = "the council will vote " * 30
    runs = changes("\u201c" + long + "\u201d", "``" + long + "''")
    assert [(j1, j2) for _, _, j1, j2 in runs] == [(0, 2), (2 + len(long), 4 + len(long))]


def test_fix_map_goes_back_to_the_text_as_read():
    moved = FixMap([Fix(2, 6, "that is"), Fix(10, 10, "!")])
    assert [moved.back(moved.to(p)) for p in (0, 1, 2, 7, 9)] == [0, 1, 2, 7, 9]
    assert moved.back(5) == 2            # inside 'that is': where the words it replaced start


def test_guard_a_fix_that_writes_the_changed_characters_back_as_they_are_is_no_chain():
    """quotes.mixed-marks' fix spans a whole quotation: over an apostrophe
    another rule turned, it changes only the marks (fx471's shape)."""
    from lint.fix_written import Written

    source = '"Chardin\u2019s work," he said.'
    record = Written()
    record.changed = [("quotes.apostrophe-mark", 8, 9, "\u2018")]
    judge = record.judge(source)
    assert judge.why("quotes.mixed-marks", Fix(0, 20, "\u201cChardin\u2019s work,\u201d")) is None
    assert judge.why("quotes.mixed-marks", Fix(0, 20, "\u201cChardin's work,\u201d")) == "chain"
