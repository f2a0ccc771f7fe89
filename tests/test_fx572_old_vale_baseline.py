"""fx572: a baseline written when a Vale style's match over markup was placed
from its line's first column (before 2d9b0df0) still hides that match
(qa427 #1), without hiding more than it recorded, and a rewrite records the
match at its own text."""
from __future__ import annotations

import copy
import json

from tests.test_qa427_review import OLD_BASELINE, STORY, _desk


def _run(run_cli, root, *args):
    return run_cli("check", "a.md", "--no-cache", *args, cwd=root)


def test_rewriting_an_old_baseline_records_the_match_at_its_text(tmp_path, run_cli):
    _desk(tmp_path)
    (tmp_path / "a.md").write_text(STORY)
    (tmp_path / "bl.json").write_text(json.dumps(OLD_BASELINE))
    run_cli("check", "a.md", "--no-cache", "--write-baseline", "bl.json", cwd=tmp_path)
    recs = [f for f in json.loads((tmp_path / "bl.json").read_text())["findings"] if f["rule"] == "Desk.Ep"]
    assert [(f["text"], f["before"]) for f in recs] == [("Kind** of", "was odd again")]
    assert recs[0]["fingerprint"] != OLD_BASELINE["findings"][0]["fingerprint"]
    res = _run(run_cli, tmp_path, "--baseline", "bl.json")
    assert "Desk.Ep" not in res.stdout and "1 known finding hidden" in res.stderr


def test_an_old_record_hides_one_match_not_a_second(tmp_path, run_cli):
    _desk(tmp_path)
    (tmp_path / "a.md").write_text(STORY + "\nLater it was odd. **Kind** of late.\n")
    (tmp_path / "bl.json").write_text(json.dumps(OLD_BASELINE))
    res = _run(run_cli, tmp_path, "--baseline", "bl.json")
    assert [ln.split(":")[1] for ln in res.stdout.splitlines() if "Desk.Ep" in ln] == ["5"]
    assert "gone" not in res.stderr


def test_an_old_record_of_a_fixed_match_is_gone(tmp_path, run_cli):
    _desk(tmp_path)
    (tmp_path / "a.md").write_text("# Odd\n\nIt was odd again. **Quite** odd.\n")
    (tmp_path / "bl.json").write_text(json.dumps(OLD_BASELINE))
    res = _run(run_cli, tmp_path, "--baseline", "bl.json")
    assert "Desk.Ep" not in res.stdout and "gone" in res.stderr


def test_guard_an_old_record_of_other_words_does_not_hide_it(tmp_path, run_cli):
    _desk(tmp_path)
    (tmp_path / "a.md").write_text(STORY)
    other = copy.deepcopy(OLD_BASELINE)
    other["findings"][0].update(fingerprint="0123456789abcdef", text="It was late again. **Kind** of",
                                line=9, after="late")
    (tmp_path / "bl.json").write_text(json.dumps(other))
    res = _run(run_cli, tmp_path, "--baseline", "bl.json")
    assert "a.md:3:21: warning [Desk.Ep]" in res.stdout


# What newslint at 5c118e57 wrote with `--write-baseline` for APOS under a Desk swap of
# "that's": a match written with an apostrophe entity was placed from its line's start then.
APOS = "<html><body><h1>Odd</h1>\n<p>News: that&rsquo;s it.</p>\n</body></html>\n"
APOS_SWAP = "extends: substitution\nmessage: \"Use %s instead of %s.\"\nlevel: warning\nignorecase: true\n" \
            "swap:\n  \"that['\u2019]s\": that is\n"
OLD_APOS = {"version": 1, "tool": "newslint", "tool_version": "0.1.0", "repeats_recorded": True,
            "paths_resolved": True,
            "findings": [{"path": "a.html", "rule": "Desk.Swap", "fingerprint": "0dfcc46f9d0fd1de",
                          "text": "<p>News: that&rsquo;s", "line": 2, "before": "h1 odd h1", "after": "it p p"}]}


def test_old_baseline_hides_a_match_over_an_apostrophe_entity(tmp_path, run_cli):
    _desk(tmp_path, None, Swap=APOS_SWAP)
    (tmp_path / "a.html").write_text(APOS)
    (tmp_path / "bl.json").write_text(json.dumps(OLD_APOS))
    res = run_cli("check", "a.html", "--no-cache", "--baseline", "bl.json", cwd=tmp_path)
    assert "Desk.Swap" not in res.stdout and "gone" not in res.stderr and "1 known finding hidden" in res.stderr
    vale = run_cli("check", "a.html", "--no-cache", "--format", "vale", cwd=tmp_path).stdout
    assert vale.startswith(f"a.html:2:{APOS.splitlines()[1].index('that') + 1}:Desk.Swap:")   # at its word
