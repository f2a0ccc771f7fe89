"""qa87 #1, #2: `--fix --baseline` matches the baseline once, on the text as
read, and keeps its findings as written through every pass: a known finding
whose neighbours' fixes change the words on both its sides stays known, in
the text and in the report (not new, its record not gone), and a new
finding's fix reaching into a known one's words is held and said."""
from __future__ import annotations

import json

STORY = "---\ntitle: Council votes\n---\n\nWe colour wont colour it today.\n"


def _house(tmp_path) -> None:
    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True)
    for name, swap in (("apos", "wont: will not"), ("spell", "colour: color")):
        (folder / f"{name}.yaml").write_text(
            f'extends: substitution\nlevel: error\nmessage: "use {{replacement}}"\nswap:\n  {swap}\n')


def test_the_report_after_fix_keeps_the_known_finding_known(tmp_path, run_cli):
    _house(tmp_path)
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(STORY)
    args = ("a.md", "b.md", "--no-cache", "--rules", "rules")
    assert run_cli("check", *args, "--select", "house.apos", "--write-baseline", "bl.json",
                   cwd=tmp_path).exit_code == 0
    got = run_cli("check", *args, "--select", "house", "--baseline", "bl.json", "--fix",
                  "--jobs", "2", "--format", "json", cwd=tmp_path)
    assert json.loads(got.stdout) == [], got.output
    assert "2 known findings hidden" in got.stderr and "gone" not in got.stderr, got.stderr
    assert "fixed 4 problems" in got.stderr, got.stderr
    for name in ("a.md", "b.md"):
        assert (tmp_path / name).read_text() == STORY.replace("colour", "color")


def test_a_fix_over_a_known_findings_words_is_held_and_said(tmp_path, run_cli):
    text = "---\ntitle: Budget\ndate: 2026-11-18\n---\n\nThe TK TK figure. The the end.\n"
    (tmp_path / "t.md").write_text(text)
    assert run_cli("check", "t.md", "--no-cache", "--select", "hygiene.placeholder",
                   "--write-baseline", "b.json", cwd=tmp_path).exit_code == 0
    got = run_cli("check", "t.md", "--no-cache", "--select", "hygiene", "--baseline", "b.json",
                  "--fix", "--format", "json", cwd=tmp_path)
    assert (tmp_path / "t.md").read_text() == text.replace("The the end", "The end"), got.output
    found = json.loads(got.stdout)
    assert [(f["rule"], f["column"]) for f in found] == [("hygiene.doubled-word", 5)], found
    assert "6:5: its fix would rewrite the words of a finding the baseline keeps as written" \
        in got.stderr, got.stderr
    assert "2 known findings hidden" in got.stderr, got.stderr
