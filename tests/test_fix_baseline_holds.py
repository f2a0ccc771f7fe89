"""The holds fx200 added to `--fix --baseline` (qa113 #1-#4;
`lint/fix_baseline.py`): a known finding's line kept, a side kept only when
it is its record's alone, a plain `check --baseline` not counting a held fix
as fixable, and the held line's advice. Every input is synthetic (tmp_path)."""
from __future__ import annotations

import json
from collections import Counter

from lint.diagnostic import Diagnostic, Fix
from lint.fix_baseline import _line_ends, _spans
from lint.fingerprint import reach
from lint.fixes import HELD, held_line
from fix_baseline_helpers import ARGS, HEAD, house, next_run, write_baseline


def test_a_fix_above_a_warning_known_by_its_line_that_keeps_the_line_count_is_written(tmp_path, run_cli):
    house(tmp_path)
    write_baseline(tmp_path, run_cli, HEAD + "We plan this to go.\n\nOne two three wont four five six.\n")
    # both sides of 'wont' reworded: known by its line; the new fix above joins no lines
    (tmp_path / "a.md").write_text(HEAD + "We plan in order to go.\n\nAlpha beta gamma wont delta epsilon zeta.\n")
    got = run_cli("check", *ARGS, "--select", "house", "--baseline", "b.json", "--fix", cwd=tmp_path)
    assert "on purpose" not in got.stderr, got.output
    assert (tmp_path / "a.md").read_text() == HEAD + "We plan to go.\n\nAlpha beta gamma wont delta epsilon zeta.\n"
    again = next_run(tmp_path, run_cli)
    assert json.loads(again.stdout) == [] and "gone" not in again.stderr, again.output


def test_a_fix_below_a_warning_known_by_its_line_may_join_lines(tmp_path, run_cli):
    house(tmp_path)
    write_baseline(tmp_path, run_cli, HEAD + "One two three wont four five six.\n\nWe plan this\nto go.\n")
    (tmp_path / "a.md").write_text(HEAD + "Alpha beta gamma wont delta epsilon zeta.\n\nWe plan in\norder to go.\n")
    got = run_cli("check", *ARGS, "--select", "house", "--baseline", "b.json", "--fix", cwd=tmp_path)
    assert (tmp_path / "a.md").read_text().endswith("\n\nWe plan to go.\n"), got.output
    again = next_run(tmp_path, run_cli)
    assert json.loads(again.stdout) == [] and "gone" not in again.stderr, again.output


def test_line_ends_are_counted_as_the_line_index_counts_them():
    source = "a\r\nb colour\rc\nd"
    assert _line_ends(source, Fix(1, 4, " "))                  # the CRLF dropped
    assert not _line_ends(source, Fix(1, 3, "\n"))             # CRLF -> LF: one line end still
    assert _line_ends(source, Fix(2, 2, "x"))                  # between CR and LF: two line ends
    assert not _line_ends(source, Fix(5, 11, "color"))         # the words only
    assert _line_ends(source, Fix(11, 12, ""))                 # the lone CR dropped


def test_a_side_is_kept_alone_only_when_no_other_record_of_its_text_has_it():
    source = "The colour alpha beta wont in order to go."
    start = source.index("wont")
    d = Diagnostic("a.md", 1, start + 1, 1, start + 5, "house.apos", "error", "m",
                   offset=start, end_offset=start + 4)
    key = ("a.md", "", "house.apos", "abc")
    record = ("wont", ("colour alpha beta", "in order to"), [1], False)
    lo, hi = reach(source, start, start + 4)
    both = Counter({key[:3] + ("wont", 0, "colour alpha beta"): 1, key[:3] + ("wont", 1, "in order to"): 1})
    assert _spans(d, "side", key, record, source, both) == [(lo, start + 4), (start, hi)]
    shared_before = both + Counter({key[:3] + ("wont", 0, "colour alpha beta"): 1})
    assert _spans(d, "side", key, record, source, shared_before) == [(start, hi)]
    shared_both = shared_before + Counter({key[:3] + ("wont", 1, "in order to"): 1})
    assert _spans(d, "side", key, record, source, shared_both) == [(lo, hi)]


def test_a_plain_baseline_run_still_counts_fixes_clear_of_known_findings(tmp_path, run_cli):
    house(tmp_path)
    text = HEAD + "We colour wont colour it today.\n\nA colour far from the rest is here.\n"
    write_baseline(tmp_path, run_cli, text)
    plain = run_cli("check", *ARGS, "--select", "house", "--baseline", "b.json", cwd=tmp_path)
    # 'wont' keeps the words before it (a tie, the first side): the 1st 'colour' is held, the rest fixable
    assert "3 warnings" in plain.output and "2 fixable with --fix" in plain.output, plain.output
    found = json.loads(next_run(tmp_path, run_cli).stdout)
    assert [(f["line"], f["column"], f["fix"] is not None) for f in found] == [
        (5, 4, False), (5, 16, True), (7, 3, True)]
    fixed = run_cli("check", *ARGS, "--select", "house", "--baseline", "b.json", "--fix", cwd=tmp_path)
    assert "1 finding left unfixed on purpose (5:4:" in fixed.stderr, fixed.output
    want = HEAD + "We colour wont color it today.\n\nA color far from the rest is here.\n"
    assert (tmp_path / "a.md").read_text() == want, fixed.output


def test_the_held_line_for_a_known_finding_says_to_rewrite_the_baseline_after(tmp_path, run_cli):
    at = Diagnostic("a.md", 3, 2, 3, 5, "house.x", "warning", "m")
    line = held_line("a.md", {at: "baseline"})
    assert line == (f"a.md: 1 finding left unfixed on purpose (3:2: {HELD['baseline']}); fixing it by hand "
                    "changes the words or line the baseline knows another finding by: run --write-baseline after, "
                    "or that finding shows as new")
    assert held_line("a.md", {at: "template"}).endswith("; fix it by hand")
    # following the advice leaves nothing new and nothing gone
    house(tmp_path, level="error")
    write_baseline(tmp_path, run_cli, HEAD + "We colour wont colour it today.\n")
    held = run_cli("check", *ARGS, "--select", "house", "--baseline", "b.json", "--fix", cwd=tmp_path)
    assert "run --write-baseline after" in held.stderr, held.output
    (tmp_path / "a.md").write_text((tmp_path / "a.md").read_text().replace("colour", "color"))
    made = run_cli("check", *ARGS, "--select", "house", "--baseline", "b.json", "--write-baseline", "b.json",
                   cwd=tmp_path)
    assert made.exit_code == 0, made.output
    again = next_run(tmp_path, run_cli)
    assert json.loads(again.stdout) == [] and "gone" not in again.stderr, again.output
