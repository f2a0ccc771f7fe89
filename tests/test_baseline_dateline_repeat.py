"""A baselined first dateline and its repeat (fx107 #2, after fx102): the
report folds a stale dateline said again into the first finding, but the
repeat is a fault of its own, so a baseline hides it only if it records it."""
from __future__ import annotations

import json

HEAD = ('<html><head><meta property="article:published_time" content="2026-11-26T10:00:00Z">'
        "<title>Millbrook council</title></head><body><article><h1>Millbrook council meets</h1>\n"
        '<p class="dateline">MILLBROOK, Nov. 20</p>\n')
REPEAT = "<p>MILLBROOK, Nov. 20 (Reuters) - The council met and approved the budget.</p>\n"
PLAIN = "<p>The council met and approved the budget.</p>\n"
TAIL = "</article></body></html>\n"


def check(run_cli, tmp_path, *args):
    return run_cli("check", "--select", "dates.dateline-mismatch", *args, "d1.html", cwd=tmp_path)


def lines(result) -> list[str]:
    return [line.split(": ")[0] for line in result.stdout.splitlines() if "dateline-mismatch" in line]


def test_a_repeat_added_after_the_baseline_is_shown(run_cli, tmp_path):
    page = tmp_path / "d1.html"
    page.write_text(HEAD + PLAIN + TAIL)
    assert check(run_cli, tmp_path, "--write-baseline", "base.json").exit_code == 0
    page.write_text(HEAD + REPEAT + TAIL)
    assert lines(check(run_cli, tmp_path)) == ["d1.html:2:32"]    # without the baseline: one, at the first
    shown = check(run_cli, tmp_path, "--baseline", "base.json")
    assert lines(shown) == ["d1.html:3:15"] and shown.exit_code == 1
    assert "1 known finding hidden" in shown.stderr


def test_a_baseline_written_with_both_datelines_hides_both(run_cli, tmp_path):
    (tmp_path / "d1.html").write_text(HEAD + REPEAT + TAIL)
    wrote = check(run_cli, tmp_path, "--write-baseline", "base.json")
    assert "recorded 2 findings" in wrote.stderr       # the first and its repeat
    data = json.loads((tmp_path / "base.json").read_text())
    assert data["repeats_recorded"] is True and [f["line"] for f in data["findings"]] == [2, 3]
    quiet = check(run_cli, tmp_path, "--baseline", "base.json")
    assert quiet.exit_code == 0 and lines(quiet) == []
    assert "1 known finding hidden" in quiet.stderr and "gone" not in quiet.stderr


def test_a_baseline_written_before_repeats_were_recorded_hides_the_repeat_as_it_did(run_cli, tmp_path):
    (tmp_path / "d1.html").write_text(HEAD + REPEAT + TAIL)
    check(run_cli, tmp_path, "--write-baseline", "base.json")
    data = json.loads((tmp_path / "base.json").read_text())
    data.pop("repeats_recorded", None)
    data["findings"] = [f for f in data["findings"] if f["line"] == 2]
    (tmp_path / "base.json").write_text(json.dumps(data))
    quiet = check(run_cli, tmp_path, "--baseline", "base.json")
    assert quiet.exit_code == 0 and lines(quiet) == []


def test_the_repeat_survives_the_result_cache(run_cli, tmp_path):
    page = tmp_path / "site" / "d1.html"
    page.parent.mkdir()
    page.write_text(HEAD + PLAIN + TAIL)
    env_dir = str(tmp_path / "cache")
    run = lambda *a: run_cli("check", "--select", "dates.dateline-mismatch", "--cache-dir", env_dir,  # noqa: E731
                             *a, "site", cwd=tmp_path)
    assert run("--write-baseline", "base.json").exit_code == 0
    page.write_text(HEAD + REPEAT + TAIL)
    run()                                   # fills the cache
    again = run("--baseline", "base.json")  # read from it
    assert [line.split(": ")[0] for line in again.stdout.splitlines()
            if "dateline-mismatch" in line] == ["site/d1.html:3:15"]


def test_a_result_cache_entry_keeps_the_repeats():
    import marshal

    from lint.diagnostic import Diagnostic, Fix
    from lint.engine import FileResult
    from lint.result_cache import _decode, _encode
    repeat = Diagnostic("d1.html", 3, 15, 3, 22, "dates.dateline-mismatch", "warning", "stale", None, 90, 97)
    first = Diagnostic("d1.html", 2, 32, 2, 39, "dates.dateline-mismatch", "warning", "stale",
                       Fix(1, 2, "x"), 40, 47, repeats=(repeat,))
    back = _decode(marshal.loads(marshal.dumps(_encode(FileResult("d1.html", [first]), None))),
                   "d1.html", b"", False)
    assert back.diagnostics == [first] and back.diagnostics[0].repeats == (repeat,)
    assert back.diagnostics[0].fix == Fix(1, 2, "x")
