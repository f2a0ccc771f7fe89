"""qa87 #9-#12: a baseline's records are checked when it is read, so a
damaged one is one line naming the file and the record, never an internal
error; and an older baseline (no paths_resolved) holding one file under two
spellings counts the records of the spelling the run names the file by, as
main did, never both and never the larger of the two."""
from __future__ import annotations

import json

import pytest

HEAD = "---\ntitle: Budget\ndate: 2026-11-18\n---\n\n"
PARA = "The the council met.\n\n"


@pytest.mark.parametrize("record, said", [
    ({"path": 5, "rule": "hygiene.doubled-word", "fingerprint": "0"}, "record 2's path is int, not text"),
    ({"path": "a.md", "rule": "hygiene.doubled-word"}, "record 2 has no fingerprint text"),
    ({"path": "a.md", "rule": "hygiene.doubled-word", "fingerprint": "0", "article": ["x"]},
     "record 2's article is list, not text"),
    ([1, 2], "record 2 is list, not an object"),
])
def test_a_damaged_record_is_one_line_naming_the_file_and_the_record(tmp_path, run_cli, record, said):
    (tmp_path / "a.md").write_text(HEAD + PARA)
    good = {"path": "a.md", "rule": "hygiene.doubled-word", "fingerprint": "0"}
    for resolved in ({}, {"paths_resolved": True}):
        (tmp_path / "b.json").write_text(json.dumps({"version": 1, "tool": "newslint", **resolved,
                                                     "findings": [good, record]}))
        got = run_cli("check", "--no-cache", "--baseline", "b.json", "a.md", cwd=tmp_path)
        assert got.exit_code == 2, got.output
        lines = got.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("newslint: b.json: not a newslint baseline ("), lines
        assert said in lines[0], lines


def _two_spellings(tmp_path, run_cli, linked: int, real: int):
    """An older baseline of real/a.md holding its doubled word `real` times
    as real/a.md and `linked` times as link/a.md; the file now holds it twice."""
    story = tmp_path / "real" / "a.md"
    story.parent.mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    story.write_text(HEAD + PARA)
    args = ("--no-cache", "--select", "hygiene.doubled-word")
    assert run_cli("check", *args, "--write-baseline", "b.json", "real/a.md", cwd=tmp_path).exit_code == 0
    data = json.loads((tmp_path / "b.json").read_text())
    (record,) = data.pop("findings")
    data.pop("paths_resolved")                                    # as main wrote it
    data["findings"] = [record] * real + [{**record, "path": "link/a.md"}] * linked
    (tmp_path / "b.json").write_text(json.dumps(data))
    story.write_text(HEAD + PARA + PARA)                          # the same slip, its print too
    return args


@pytest.mark.parametrize("named, shown", [("real/a.md", 1), ("link/a.md", 0)])
def test_an_old_baseline_counts_the_spelling_the_run_names(tmp_path, run_cli, named, shown):
    args = _two_spellings(tmp_path, run_cli, linked=2, real=1)
    got = run_cli("check", *args, "--format", "json", "--baseline", "b.json", named, cwd=tmp_path)
    assert len(json.loads(got.stdout)) == shown, got.output     # as main: 1 through real/, 0 through link/
    assert f"{2 - shown} known finding" in got.stderr and "gone" not in got.stderr, got.stderr


@pytest.mark.parametrize("resolved, link", [(False, True), (True, True), (False, False)])
def test_an_older_records_unreadable_link_hides_its_missing_only(tmp_path, run_cli, resolved, link):
    """qa87 #3: main said file.unreadable of a walked dangling symlink and
    recorded it; from a baseline of then (no paths_resolved) that record hides
    the link's file.missing. A baseline of today never records one, and a
    path where nothing is, no link, is still said (a typo, a deleted file)."""
    (tmp_path / "content").mkdir()
    if link:
        (tmp_path / "content" / "old.md").symlink_to("gone.md")
    record = {"path": "content/old.md", "rule": "file.unreadable", "fingerprint": "08d455d74240e34a",
              "text": "", "line": 1}
    (tmp_path / "b.json").write_text(json.dumps({"version": 1, "tool": "newslint", "findings": [record],
                                                 **({"paths_resolved": True} if resolved else {})}))
    got = run_cli("check", "--no-cache", "--format", "json", "--baseline", "b.json", "content/old.md",
                  cwd=tmp_path)
    rules = [f["rule"] for f in json.loads(got.stdout)]
    assert rules == ([] if link and not resolved else ["file.missing"]), got.output
