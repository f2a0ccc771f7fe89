"""qa113: faults in fx193 (`--fix`/`--diff` with `--baseline` leave the
findings the baseline hides; `lint/fix_baseline.py`). Every input is
synthetic (tmp_path)."""
from __future__ import annotations

import json

from fix_baseline_helpers import ARGS, HEAD, house, next_run, write_baseline


def _rules(result) -> list[str]:
    return [f["rule"] for f in json.loads(result.stdout)]


def test_known_warning_by_line_stays_known_after_fixes_remove_line_breaks_above(tmp_path, run_cli):
    house(tmp_path)
    write_baseline(tmp_path, run_cli, HEAD + "We plan this\nto go.\nWe plan that\nto go.\n\n"
                                        "One two three wont four five six.\n")
    # both sides of the known 'wont' reworded (known now by its line), two new multi-line fixes above
    (tmp_path / "a.md").write_text(HEAD + "We plan in\norder to go.\nWe plan in\norder to go.\n\n"
                                          "Alpha beta gamma wont delta epsilon zeta.\n")
    before = next_run(tmp_path, run_cli)
    assert _rules(before) == ["house.spell", "house.spell"], before.output
    got = run_cli("check", *ARGS, "--select", "house", "--baseline", "b.json", "--fix", cwd=tmp_path)
    assert "wont" in (tmp_path / "a.md").read_text(), got.output
    # the line-joining fixes above it are held and said (the brief's choice), not written
    assert "on purpose" in got.stderr and "moving it off that line" in got.stderr, got.output
    again = next_run(tmp_path, run_cli)
    assert "house.apos" not in _rules(again) and "gone" not in again.stderr, again.output


def test_two_known_errors_sharing_a_side_stay_known_after_the_fix(tmp_path, run_cli):
    house(tmp_path, level="error")
    body = HEAD + "The colour alpha beta wont in order to go. The colour alpha beta wont four five six.\n"
    write_baseline(tmp_path, run_cli, body)
    got = run_cli("check", *ARGS, "--select", "house", "--baseline", "b.json", "--fix", cwd=tmp_path)
    assert (tmp_path / "a.md").read_text().count("wont") == 2, got.output
    again = next_run(tmp_path, run_cli)
    assert "house.apos" not in _rules(again) and "gone" not in again.stderr, again.output


def test_plain_baseline_run_does_not_call_a_held_fix_fixable(tmp_path, run_cli):
    house(tmp_path)
    write_baseline(tmp_path, run_cli, HEAD + "We colour wont colour it today.\n")
    run_cli("check", *ARGS, "--select", "house", "--baseline", "b.json", "--fix", cwd=tmp_path)
    held = run_cli("check", *ARGS, "--select", "house", "--baseline", "b.json", "--fix", cwd=tmp_path)
    assert "on purpose" in held.stderr and "colour wont" in (tmp_path / "a.md").read_text(), held.output
    plain = run_cli("check", *ARGS, "--select", "house", "--baseline", "b.json", cwd=tmp_path)
    assert "fixable with --fix" not in plain.output, plain.output


def test_fixing_a_held_finding_by_hand_as_advised_keeps_the_known_error_hidden(tmp_path, run_cli):
    house(tmp_path, level="error")
    write_baseline(tmp_path, run_cli, HEAD + "We colour wont colour it today.\n")
    held = run_cli("check", *ARGS, "--select", "house", "--baseline", "b.json", "--fix", cwd=tmp_path)
    assert "1 finding left unfixed on purpose (5:4:" in held.stderr, held.output
    # the advice: fixing it by hand moves the known error's words, so rewrite the baseline after
    assert ("fixing it by hand changes the words or line the baseline knows another finding by: "
            "run --write-baseline after, or that finding shows as new") in held.stderr, held.stderr
    text = (tmp_path / "a.md").read_text()
    assert text.count("colour") == 1, held.output
    (tmp_path / "a.md").write_text(text.replace("colour", "color"))     # fixed by hand
    unwritten = next_run(tmp_path, run_cli)     # as the advice warns: the known error is new, its record gone
    assert _rules(unwritten) == ["house.apos"] and "1 recorded finding is gone" in unwritten.stderr, \
        unwritten.output
    made = run_cli("check", *ARGS, "--select", "house", "--baseline", "b.json", "--write-baseline", "b.json",
                   cwd=tmp_path)                 # as advised
    assert made.exit_code == 0 and "recorded 1 finding in b.json" in made.stderr, made.output
    again = next_run(tmp_path, run_cli)
    assert _rules(again) == [] and "gone" not in again.stderr, again.output
    assert (tmp_path / "a.md").read_text() == HEAD + "We color wont color it today.\n"    # the known error left
