"""`--fix --baseline` and `--diff --baseline` leave the findings the baseline
hides as written, and the words beside each that it knows them by, so the
next `check --baseline` still hides every one (qa84 #10, qa87 #1, #2;
`lint/fix_baseline.py`). Every input is synthetic (tmp_path)."""
from __future__ import annotations

import json
import random

import pytest

from lint.fingerprint import halves, reach
from fix_baseline_helpers import ARGS, HEAD, next_run, write_baseline
from rule_file_helpers import write


def _house(tmp_path) -> None:
    """Two error-level house swaps: 'wont' (recorded in the baseline) and 'colour' (new)."""
    write(tmp_path / "rules" / "house" / "apos.yaml",
          'extends: substitution\nlevel: error\nmessage: "use {replacement}"\nswap:\n  wont: will not\n')
    write(tmp_path / "rules" / "house" / "spell.yaml",
          'extends: substitution\nlevel: error\nmessage: "use {replacement}"\nswap:\n  colour: color\n')


def _recorded(tmp_path, run_cli, body: str) -> None:
    """a.md holds `body`; b.json records its 'wont' findings only."""
    _house(tmp_path)
    write_baseline(tmp_path, run_cli, HEAD + body)


def _rows(result) -> list[tuple[int, str]]:
    return [(f["line"], f["rule"]) for f in json.loads(result.stdout)]


@pytest.mark.parametrize("seed", range(3))
def test_an_edit_clear_of_reach_leaves_the_context_words(seed):
    """`fingerprint.reach`: an edit that neither overlaps nor touches [lo, start]
    leaves the words before as `halves` reads them, and one clear of [end, hi]
    those after (a blank line, a short paragraph, the 80 characters looked at)."""
    rng = random.Random(seed)
    pieces = ["the", "vote", "TK", "abcdefghij", " ", " ", ", ", ".", "\n", "\n\n", "\r\n", "\n \n"]
    checked = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 120)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, min(len(text), start + 6))
        lo, hi = reach(text, start, end)
        assert lo <= start and end <= hi <= len(text)
        was = halves(text, start, end)
        at = rng.randint(0, len(text))
        to = rng.randint(at, min(len(text), at + 8))
        new = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))
        edited = text[:at] + new + text[to:]
        moved = len(new) - (to - at)
        if to < lo or at > end:          # clear of the words before and of the finding
            shift = moved if to < lo else 0
            assert halves(edited, start + shift, end + shift)[0] == was[0], (text, start, end, at, to, new)
            checked += 1
        if to < start or at > hi:
            shift = moved if to < start else 0
            assert halves(edited, start + shift, end + shift)[1] == was[1], (text, start, end, at, to, new)
            checked += 1
    assert checked > 3000


def test_the_side_no_fix_touches_is_kept_and_nothing_is_held(tmp_path, run_cli):
    _recorded(tmp_path, run_cli, "Item one: we wont colour it.\n")
    got = run_cli("check", *ARGS, "--select", "house", "--baseline", "b.json", "--fix", cwd=tmp_path)
    assert (tmp_path / "a.md").read_text() == HEAD + "Item one: we wont color it.\n", got.output
    assert "on purpose" not in got.stderr and "fixed 1 problem" in got.stderr, got.stderr
    again = next_run(tmp_path, run_cli)
    assert _rows(again) == [] and "1 known finding hidden" in again.stderr, again.output


@pytest.mark.parametrize("mode", ["--fix", "--diff"])
def test_known_findings_are_followed_past_fixes_that_move_them(tmp_path, run_cli, mode):
    """Fixes before a known finding shorten the text ('colour' -> 'color'); on
    each pass the known 'wont' is found at its moved place and left."""
    body = ("The colour, the colour and the colour.\n\nWe wont go.\n\n"
            "A colour here.\n\nThey wont stay, the clerk said.\n")
    _recorded(tmp_path, run_cli, body)
    got = run_cli("check", *ARGS, "--select", "house", "--baseline", "b.json", mode, cwd=tmp_path)
    if mode == "--diff":
        assert "-A colour here." in got.stdout and "wont" not in "".join(
            line for line in got.stdout.splitlines() if line.startswith("+")), got.output
        assert (tmp_path / "a.md").read_text() == HEAD + body
        return
    assert (tmp_path / "a.md").read_text() == HEAD + body.replace("colour", "color"), got.output
    assert "fixed 4 problems" in got.stderr and "2 known findings hidden" in got.stderr, got.stderr
    assert "on purpose" not in got.stderr, got.stderr        # each known one is known on every pass
    again = next_run(tmp_path, run_cli)
    assert _rows(again) == [] and "2 known findings hidden" in again.stderr, again.output
    assert "gone" not in again.stderr


def test_each_pass_knows_the_known_findings_at_their_moved_place(tmp_path, run_cli, monkeypatch):
    """`fix_bytes` with the baseline: on the pass after the fixes that moved
    them, the known findings are known by their moved spans, so none is taken
    for a new finding whose fix is held (`held` is empty)."""
    from lint.baseline import Baseline
    from lint.fixes import fix_bytes
    from lint.session import Session

    body = "The colour, the colour and the colour.\n\nWe wont go.\n\nA colour here.\n"
    _recorded(tmp_path, run_cli, body)
    monkeypatch.chdir(tmp_path)
    session = Session.from_options(None, select=["house"], rule_dirs=("rules",))
    config = session.config_for("a.md")
    outcome = fix_bytes("a.md", (HEAD + body).encode(), config, rules=session.active_rules(config, "a.md"),
                        baseline=Baseline("b.json"))
    assert outcome.fixed == HEAD + body.replace("colour", "color") and outcome.applied == 4
    assert [d.rule for d in outcome.result.diagnostics] == ["house.apos"] and outcome.result.held == {}


def test_a_record_from_before_sides_were_kept_keeps_only_its_words(tmp_path, run_cli):
    """A baseline written before context words were kept matches by text
    anywhere in the file: the fix beside its finding is written, the finding
    is left, and the next run still hides it."""
    _recorded(tmp_path, run_cli, "We colour wont colour it today.\n")
    data = json.loads((tmp_path / "b.json").read_text())
    for record in data["findings"]:
        del record["before"], record["after"]
    (tmp_path / "b.json").write_text(json.dumps(data))
    got = run_cli("check", *ARGS, "--select", "house", "--baseline", "b.json", "--fix", cwd=tmp_path)
    assert (tmp_path / "a.md").read_text() == HEAD + "We color wont color it today.\n", got.output
    again = next_run(tmp_path, run_cli)
    assert _rows(again) == [] and "1 known finding hidden" in again.stderr, again.output


def test_many_known_and_new_findings_stay_known_after_the_fix(tmp_path, run_cli):
    """300 known findings and 450 new fixable ones, some beside them: every
    known one is left and hidden by the next run, which reports nothing that
    the --fix run did not (the fixes held beside the known ones)."""
    body = "\n\n".join(f"Item {i}: our wont is plain and the colour is red here." if i % 2 else
                       f"Item {i}: we colour wont colour it today." for i in range(300)) + "\n"
    _recorded(tmp_path, run_cli, body)
    got = run_cli("check", *ARGS, "--select", "house", "--baseline", "b.json", "--fix", "--format",
                  "json", cwd=tmp_path)
    text = (tmp_path / "a.md").read_text()
    assert text.count("wont") == 300 and "will not" not in text
    assert text.count("colour") == 150 and "150 findings left unfixed on purpose" in got.stderr
    assert "300 known findings hidden" in got.stderr, got.stderr
    again = next_run(tmp_path, run_cli)
    assert "300 known findings hidden" in again.stderr and "gone" not in again.stderr, again.stderr
    assert _rows(again) == _rows(got) and {rule for _, rule in _rows(again)} == {"house.spell"}
