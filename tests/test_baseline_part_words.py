"""nu62 #2: the words a baseline record knows a finding by are read from the
text of the part it lies in (its paragraph), never the file's markup or the
next paragraph, in every format (baseline format 2). A baseline written
before (format 1, words read from the source) matches as it did, record by
record, also once `--write-baseline` keeps its records of files a partial
run did not check. Every input is synthetic (tmp_path)."""
from __future__ import annotations

import json

import pytest

_HTML = ("<html><head><title>Bridge closes for repairs</title>"
         '<meta name="date" content="2025-03-04"></head><body>\n<p>{0}</p>\n<p>{1}</p>\n</body></html>\n')
_FILES = {
    "story.md": "---\ntitle: Bridge closes for repairs\ndate: 2025-03-04\n---\n\n{0}\n\n{1}\n",
    "story.html": _HTML,
    "story.xml": ('<?xml version="1.0" encoding="UTF-8"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" '
                  'guid="urn:lns:bridge" version="1">\n<itemMeta><itemClass qcode="ninat:text"/>'
                  "<firstCreated>2025-03-04T10:00:00Z</firstCreated></itemMeta>\n"
                  "<contentMeta><headline>Bridge closes for repairs</headline></contentMeta>\n"
                  '<contentSet><inlineXML contenttype="application/xhtml+xml">\n'
                  '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>{0}</p>\n<p>{1}</p></body></html>\n'
                  "</inlineXML></contentSet>\n</newsItem>\n"),
    "site.wxr.xml": ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                     'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
                     'xmlns:wp="http://wordpress.org/export/1.2/"><channel>\n'
                     "<item><title>Bridge closes for repairs</title><wp:post_id>10</wp:post_id>"
                     "<wp:post_date>2025-03-04 10:00:00</wp:post_date><wp:status>publish</wp:status>"
                     "<wp:post_type>post</wp:post_type><content:encoded><![CDATA[<p>{0}</p>\n<p>{1}</p>]]>"
                     "</content:encoded></item>\n</channel></rss>\n"),
}
_ARGS = ("check", "--no-cache", "--no-color", "--select", "hygiene.placeholder")


def _write(tmp_path, name, *paras):
    (tmp_path / name).write_text(_FILES.get(name, _HTML).format(*paras), encoding="utf-8")


def _record(run_cli, tmp_path, name, *paras) -> dict:
    _write(tmp_path, name, *paras)
    wrote = run_cli(*_ARGS, "--write-baseline", "b.json", name, cwd=tmp_path)
    assert "recorded 1 finding" in wrote.stderr, wrote.output
    data = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert data["version"] == 2
    return data["findings"][0]


def _shown(run_cli, tmp_path, name, baseline="b.json") -> list[str]:
    result = run_cli(*_ARGS, "--baseline", baseline, name, cwd=tmp_path)
    return [line for line in result.stdout.splitlines() if "[hygiene.placeholder]" in line]


@pytest.mark.parametrize("name", list(_FILES))
def test_a_finding_at_a_paragraphs_start_has_no_words_before_it(run_cli, tmp_path, name):
    # before: the `</p>`/`<p>` tags and the paragraph above ("plan p p") hid a new TK there
    record = _record(run_cli, tmp_path, name, "Officials met to plan.", "TK officials said the bridge closed.")
    assert (record["before"], record["after"]) == ("", "officials said the")
    _write(tmp_path, name, "Officials met to plan.", "TK crews will inspect the bridge.")
    assert len(_shown(run_cli, tmp_path, name)) == 1


@pytest.mark.parametrize("name", list(_FILES))
def test_a_finding_at_a_paragraphs_end_has_no_words_after_it(run_cli, tmp_path, name):
    # nu62 #2 in NewsML-G2 and WordPress too (tests/test_baseline_edits.py has HTML and NITF)
    record = _record(run_cli, tmp_path, name, "The bridge closed for repairs, officials said TK", "Officials met.")
    assert (record["before"], record["after"]) == ("repairs officials said", "")
    _write(tmp_path, name, "The bridge closed for repairs, and the mayor will speak at TK", "Officials met.")
    assert len(_shown(run_cli, tmp_path, name)) == 1


@pytest.mark.parametrize("name", list(_FILES))
def test_a_finding_mid_paragraph_keeps_its_own_paragraphs_words(run_cli, tmp_path, name):
    paras = ("Officials met to plan.", "The bridge closed TK for repairs, officials said.")
    record = _record(run_cli, tmp_path, name, *paras)
    assert (record["before"], record["after"]) == ("the bridge closed", "for repairs officials")
    # one side edited: still known by the other (the nearest case that must stay hidden)
    _write(tmp_path, name, paras[0], paras[1].replace("officials said", "a spokesman said"))
    assert _shown(run_cli, tmp_path, name) == []
    _write(tmp_path, name, paras[0], "The ferry stopped TK at noon, crews said.")
    assert len(_shown(run_cli, tmp_path, name)) == 1


# What `check --write-baseline` wrote before nu62 #2 (format 1, words from the source: the
# `</p>` and `<p>` tags and the next paragraph's first word after a paragraph's last TK),
# for story.html and other.html as `_old_files` writes them.
_OLD = {"version": 1, "tool": "newslint", "tool_version": "0.1.0", "repeats_recorded": True,
        "paths_resolved": True, "findings": [
            {"path": name, "rule": "hygiene.placeholder", "fingerprint": "f93f98de2c22e711", "text": "TK",
             "line": 2, "before": "repairs officials said", "after": "p p officials"}
            for name in ("other.html", "story.html")]}
_PARAS = ("The {} for repairs, officials said TK", "Officials met to plan.")
_REWRITTEN = "The {} for repairs, and the mayor will speak at TK"


def _old_files(tmp_path, text=_PARAS[0]) -> None:
    """The two stories, with `_OLD` as old.json the first time."""
    if not (tmp_path / "old.json").exists():
        (tmp_path / "old.json").write_text(json.dumps(_OLD, indent=2), encoding="utf-8")
    for name, what in (("story.html", "bridge closed"), ("other.html", "ferry stopped")):
        _write(tmp_path, name, text.format(what), _PARAS[1])


def test_a_format_1_baseline_matches_as_it_did(run_cli, tmp_path):
    _old_files(tmp_path)
    result = run_cli(*_ARGS, "--baseline", "old.json", "story.html", "other.html", cwd=tmp_path)
    assert "2 known findings hidden" in result.stderr and "gone" not in result.stderr, result.output
    # the edit nu62 #2 names: its records' words were the markup's, and still count as then
    _old_files(tmp_path, _REWRITTEN)
    assert _shown(run_cli, tmp_path, "story.html", "old.json") == []


def test_write_baseline_over_a_format_1_baseline_writes_format_2(run_cli, tmp_path):
    _old_files(tmp_path)
    run_cli(*_ARGS, "--write-baseline", "old.json", "story.html", "other.html", cwd=tmp_path)
    data = json.loads((tmp_path / "old.json").read_text(encoding="utf-8"))
    assert data["version"] == 2
    assert [(f["before"], f["after"], "words_from" in f) for f in data["findings"]] == [
        ("repairs officials said", "", False)] * 2
    _old_files(tmp_path, _REWRITTEN)
    assert len(_shown(run_cli, tmp_path, "story.html", "old.json")) == 1


def test_a_partial_rewrite_keeps_a_format_1_records_words_as_read_from_the_source(run_cli, tmp_path):
    _old_files(tmp_path)
    wrote = run_cli(*_ARGS, "--write-baseline", "old.json", "story.html", cwd=tmp_path)
    assert "kept 1 record" in wrote.stderr, wrote.output
    data = json.loads((tmp_path / "old.json").read_text(encoding="utf-8"))
    by_path = {f["path"]: f for f in data["findings"]}
    assert data["version"] == 2 and by_path["story.html"]["after"] == ""
    assert by_path["other.html"] == {**_OLD["findings"][0], "words_from": "source"}
    _old_files(tmp_path, _REWRITTEN)
    # other.html's record matches as the format-1 baseline did; story.html's is format 2's
    assert _shown(run_cli, tmp_path, "other.html", "old.json") == []
    assert len(_shown(run_cli, tmp_path, "story.html", "old.json")) == 1


def test_a_result_from_the_cache_keeps_its_words(run_cli, tmp_path):
    # the words are read when a finding is placed: a cached result carries them (`Diagnostic.sides`)
    paras = ("Officials met to plan.", "The bridge closed TK for repairs, officials said.")
    _record(run_cli, tmp_path, "story.html", *paras)
    _write(tmp_path, "story.html", paras[0], paras[1].replace("officials said", "a spokesman said"))
    run = lambda *a: run_cli(*_ARGS[:1], "--cache", "--cache-dir", str(tmp_path / "cache"), *_ARGS[2:],  # noqa: E731
                             *a, "story.html", cwd=tmp_path)
    assert "[hygiene.placeholder]" in run().stdout         # fills the cache
    assert any((tmp_path / "cache").rglob("*.marshal"))
    again = run("--baseline", "b.json")                     # read from it: known by the words before
    assert "[hygiene.placeholder]" not in again.stdout and "1 known finding hidden" in again.stderr
