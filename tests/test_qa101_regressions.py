"""Faults QA (qa101) found comparing `newslint audit`'s Parquet rows with
`newslint check --format json` on the same files and config, on every
format but JSON Lines (which qa87, qa93 and qa98 tried): WordPress exports,
article files, per-folder configs, house rules and --resume.

A WXR export written on one line (minified) has every `<item>` on the line
the plan cuts whole, so each post is read once per post in its partition
(#1). On `--resume` the plan's config key is only the command line's and the
current folder's config: an edited `.newslint.yaml` further down (#2) or an
edited house rule (#3) leaves the partitions written under the old one in
the dataset, with no refusal. A WXR export with Mac line ends (a lone CR) is
cut by `\\n` only, so slices repeat the whole file and report other lines
(#4). The same file named twice in two spellings (`a.txt` and `./a.txt`, an
absolute path, a link to it, or inside a folder named too) is audited twice;
check lints it once (#5). A WXR slice is decoded without its XML
declaration, so an ISO-8859-1 export is read as cp1252 or UTF-8 where check
honours the label (#6). Two posts sharing a `wp:post_id` make their
attachment's caption a row twice (#7); a post whose first `wp:status` is
publish but a later one is not is left out of the plan, though check lints
it (#8). An export over `max-file-size` is cut and linted; check refuses it
with `file.too-large` (#9: decided in fx183, exports are exempt, as README
says). Resumed from another folder, an unchanged export is said to have
changed (#10).

Each open fault is a strict xfail that fails today for the fault's reason;
fx183 fixed #1, #4, #6, #7 and #8 and decided #9 (tests/test_audit_wxr_agrees.py
compares the two on more exports at several partition sizes). Synthetic
input only, written under tmp_path; audits use the conftest `audit_client`."""
from __future__ import annotations

import json

import pytest

from test_qa77_regressions import audit_on as _audit

FIELDS = ("path", "article", "line", "column", "end_line", "end_column", "rule", "level", "message")
HEAD = ('<?xml version="1.0" encoding="{enc}"?>\n<rss version="2.0" '
        'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<title>Desk</title>\n')


def _item(pid, title="Council votes on plan", body="The council met and the the vote passed. TK.",
          kind="post", status="publish", parent="0", excerpt="", extra=""):
    return (f"<item>\n<title>{title}</title>\n<wp:post_id>{pid}</wp:post_id>\n"
            "<wp:post_date_gmt>2024-03-04 10:00:00</wp:post_date_gmt>\n"
            f"<wp:post_type>{kind}</wp:post_type>\n<wp:status>{status}</wp:status>\n{extra}"
            f"<wp:post_parent>{parent}</wp:post_parent>\n"
            f"<excerpt:encoded><![CDATA[{excerpt}]]></excerpt:encoded>\n"
            f"<content:encoded><![CDATA[{body}]]></content:encoded>\n</item>\n")


def _wxr(items, enc="UTF-8") -> str:
    return HEAD.format(enc=enc) + "".join(items) + "</channel>\n</rss>\n"


def _key(row) -> tuple:
    return tuple("" if row.get(k) is None else row.get(k) for k in FIELDS)


def _checked(tmp_path, run_cli, *sources) -> list[tuple]:
    done = run_cli("check", "--no-cache", "--format", "json", *sources, cwd=tmp_path)
    assert done.exit_code in (0, 1), done.output
    return sorted(_key(f) for f in json.loads(done.stdout))


def _audited(tmp_path, out="out") -> list[tuple]:
    import pyarrow.dataset as ds

    rows = ds.dataset(str(tmp_path / out), format="parquet").to_table().to_pylist()
    return sorted(_key(r) for r in rows)


def _both(tmp_path, audit_client, run_cli, sources, *args):
    """(check's rows, the audit's rows) for `sources` in tmp_path."""
    rows = _checked(tmp_path, run_cli, *sources)
    done = _audit(tmp_path, audit_client, *sources, "-o", "out", *args)
    assert done.exit_code in (0, 1), done.output
    return rows, _audited(tmp_path)


def _unfinish(out, index: int = 0) -> None:
    """Make a finished audit look killed before partition `index` was written."""
    (out / "_summary.parquet").unlink()
    (out / "_INCOMPLETE").write_text("not finished\n")
    (out / f"part-{index:05d}.parquet").unlink()


# --- #1 (HIGH) a WXR export on one line: each post read once per post ----------------------

def test_a_one_line_wxr_export_is_audited_once_per_post(tmp_path, audit_client, run_cli):
    text = _wxr([_item(1), _item(2, body="It costs TK."), _item(3, body="The the end.")])
    (tmp_path / "wp.xml").write_text(text.replace("\n", ""), encoding="utf-8")
    rows, audited = _both(tmp_path, audit_client, run_cli, ["wp.xml"])
    assert len(rows) == 4                               # check: each post once
    assert audited == rows


# --- #2 (HIGH) --resume after a folder's own config was edited ---------------------------

def _resumed_after(tmp_path, audit_client, run_cli, edit) -> tuple:
    """Audit d.jsonl (3 slices), lose slice 0, `edit` tmp_path, resume: (the
    resume's result, check's rows now, the dataset's rows)."""
    at = ["-o", "out", "--partition-size", "1"]
    first = _audit(tmp_path, audit_client, "desk/d.jsonl", *at)
    assert first.exit_code in (0, 1), first.output
    _unfinish(tmp_path / "out")
    edit()
    resumed = _audit(tmp_path, audit_client, "desk/d.jsonl", *at, "--resume")
    return resumed, _checked(tmp_path, run_cli, "desk/d.jsonl"), _audited(tmp_path)


def _desk(tmp_path, config: str) -> None:
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / ".newslint.yaml").write_text(config, encoding="utf-8")
    lines = [json.dumps({"id": f"a{i}", "headline": 'Mayor says "no" to plan', "published": "2024-03-04",
                         "body": f"We utilize the plan {i}. TK."}) for i in range(3)]
    (tmp_path / "desk" / "d.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_resume_after_a_folders_config_is_edited_refuses_or_matches_check(tmp_path, audit_client, run_cli):
    _desk(tmp_path, "select: [hygiene, style]\n")
    config = tmp_path / "desk" / ".newslint.yaml"
    resumed, rows, audited = _resumed_after(
        tmp_path, audit_client, run_cli, lambda: config.write_text("select: [hygiene]\n", encoding="utf-8"))
    assert not any(r[6].startswith("style.") for r in rows)      # check: the new config's rules only
    assert (resumed.exit_code == 2 and "config changed" in resumed.stderr) or audited == rows


# --- #3 (HIGH) --resume after a house rule was edited ------------------------------------

HOUSE = "extends: existence\nmessage: \"house style: avoid '%s'\"\nlevel: error\ntokens:\n  - utilize\n"


def test_resume_after_a_house_rule_is_edited_refuses_or_matches_check(tmp_path, audit_client, run_cli):
    _desk(tmp_path, "rules: [house]\n")
    rule = tmp_path / "desk" / "house" / "house" / "banned.yaml"
    rule.parent.mkdir(parents=True)
    rule.write_text(HOUSE, encoding="utf-8")
    resumed, rows, audited = _resumed_after(
        tmp_path, audit_client, run_cli,
        lambda: rule.write_text(HOUSE.replace("level: error", "level: suggestion"), encoding="utf-8"))
    assert {r[7] for r in rows if r[6] == "house.banned"} == {"suggestion"}
    assert (resumed.exit_code == 2 and "changed" in resumed.stderr) or audited == rows


# --- #4 (MED) a WXR export with lone-CR line ends -------------------------------------------

@pytest.mark.parametrize("size", ["1", "1000"])
def test_a_wxr_export_with_cr_line_ends_has_checks_rows(tmp_path, audit_client, run_cli, size):
    text = _wxr([_item(1), _item(2, body="It costs TK."), _item(3, body="The the end.")])
    (tmp_path / "wp.xml").write_bytes(text.replace("\n", "\r").encode("utf-8"))
    rows, audited = _both(tmp_path, audit_client, run_cli, ["wp.xml"], "--partition-size", size)
    assert len(rows) == 4 and {r[2] for r in rows} == {13, 23, 33}  # check: a CR ends a line
    assert audited == rows


# --- #5 (MED) one file named twice, in two spellings -----------------------------------------

@pytest.mark.parametrize("sources", [("a.txt", "./a.txt"), (".", "a.txt"), ("d.jsonl", "./d.jsonl"),
                                     ("a.txt", "d/l.txt"), ("wp.xml", "{abs}/wp.xml")])
def test_a_file_named_twice_is_audited_once(tmp_path, audit_client, run_cli, sources):
    (tmp_path / "a.txt").write_text("The plan is TK and the the vote.\n", encoding="utf-8")
    (tmp_path / "d.jsonl").write_text('{"id":"j1","headline":"Plan","body":"The plan is TK."}\n',
                                      encoding="utf-8")
    if "wp.xml" in sources:          # only then: a walk of "." reads .xml, check's does not (README)
        (tmp_path / "wp.xml").write_text(_wxr([_item(1)]), encoding="utf-8")
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "l.txt").symlink_to("../a.txt")        # a link to a.txt: check lints a.txt once
    named = [s.format(abs=tmp_path) for s in sources]
    rows = _checked(tmp_path, run_cli, *named)
    done = _audit(tmp_path, audit_client, *named, "-o", "out")
    assert done.exit_code in (0, 1), done.output
    audited = _audited(tmp_path)
    assert len(audited) == len(rows)


# --- #6 (MED) a WXR export labelled ISO-8859-1 ----------------------------------------------

@pytest.mark.parametrize("case", ["c1-quotes", "utf8-looking-slice"])
def test_a_latin1_labelled_wxr_export_is_read_in_its_label(tmp_path, audit_client, run_cli, case):
    if case == "c1-quotes":      # 0x93 0x94: U+0093 U+0094 to check (its label), curly quotes to a slice
        data = _wxr([_item(1, title="A \u201cplan\u201d"), _item(2)], "ISO-8859-1").encode("cp1252")
        size = "1000"
    else:                        # slice 2's bytes are valid UTF-8: check reads C3 A9 as two letters
        items = [_item(1, body="Caf\u00e9 TK"), _item(2, body="Caf\u00c3\u00a9 TK")]
        data = _wxr(items, "ISO-8859-1").encode("latin-1")
        size = "1"
    (tmp_path / "wp.xml").write_bytes(data)
    rows, audited = _both(tmp_path, audit_client, run_cli, ["wp.xml"], "--partition-size", size)
    assert audited == rows


# --- #7 (LOW) two posts sharing an id: their attachment's caption ----------------------------

def test_an_attachment_of_a_repeated_post_id_is_one_row(tmp_path, audit_client, run_cli):
    attachment = _item(10, kind="attachment", parent="1", excerpt="A man walks.", body="")
    text = _wxr([_item(1), attachment, _item(1, body="Another the the story.")])
    (tmp_path / "wp.xml").write_text(text, encoding="utf-8")
    rows, audited = _both(tmp_path, audit_client, run_cli, ["wp.xml"])
    assert [r[6] for r in rows].count("captions.missing-credit") == 1
    assert audited == rows


# --- #8 (LOW) a post with two wp:status, the first publish ----------------------------------

def test_a_post_whose_first_status_is_publish_is_audited(tmp_path, audit_client, run_cli):
    text = _wxr([_item(1), _item(2, extra="<wp:status>draft</wp:status>\n")])
    (tmp_path / "wp.xml").write_text(text, encoding="utf-8")
    rows, audited = _both(tmp_path, audit_client, run_cli, ["wp.xml"])
    assert {r[1] for r in rows} == {"1", "2"}          # check reads the first wp:status
    assert audited == rows


# --- #9 (MED) an export over max-file-size ----------------------------------------------------

@pytest.mark.parametrize("name", ["wp.xml", "d.jsonl"])
def test_an_export_over_max_file_size_is_audited_in_slices_an_article_file_is_refused(
        tmp_path, audit_client, run_cli, name):
    """Decided (fx183): max-file-size bounds what one reader holds of a file
    read whole, so the audit refuses an article file over it with check's
    `file.too-large` row; an export is never read whole by a worker (each
    reads a slice of whole articles), and the audit is for exports larger
    than check reads (README, "Archive audits on Dask"): its rows are the
    ones check gives once the limit lets it read the export."""
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 0.001\n", encoding="utf-8")   # about 1 KB
    if name == "wp.xml":
        text = _wxr([_item(i) for i in range(1, 5)])
    else:
        text = "".join(json.dumps({"id": f"a{i}", "headline": "Plan", "body": "The the plan. TK."}) + "\n"
                       for i in range(40))
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "a.md").write_text("# Plan\n\n" + "The the plan is TK. " * 80 + "\n", encoding="utf-8")
    refused = _checked(tmp_path, run_cli, name, "a.md")
    assert [r[6] for r in refused] == ["file.too-large"] * 2          # check refuses both
    done = _audit(tmp_path, audit_client, name, "a.md", "-o", "out", "--partition-size", "2")
    assert done.exit_code in (0, 1), done.output
    audited = _audited(tmp_path)
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 10\n", encoding="utf-8")
    whole = _checked(tmp_path, run_cli, name)
    assert whole and "file.too-large" not in {r[6] for r in whole}
    assert audited == sorted([*whole, *(r for r in refused if r[0] == "a.md")])


# --- #10 (LOW) --resume from another folder: an unchanged export is said to have changed -------

def test_resume_from_another_folder_does_not_say_an_unchanged_export_changed(tmp_path, audit_client):
    desk = tmp_path / "fl"
    desk.mkdir()
    lines = [json.dumps({"id": f"j{i}", "headline": 'Plan said "yes"', "published": "2024-03-04",
                         "body": "The plan."}) for i in range(3)]
    (desk / "d.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    at = ["-o", str(out), "--partition-size", "1"]
    assert _audit(desk, audit_client, "d.jsonl", *at).exit_code == 0
    _unfinish(out, 2)
    before = (desk / "d.jsonl").stat()
    resumed = _audit(tmp_path, audit_client, "fl/d.jsonl", *at, "--resume")
    assert (desk / "d.jsonl").stat().st_mtime_ns == before.st_mtime_ns     # the export is as it was
    assert resumed.exit_code in (0, 1) or "changed since that audit began" not in resumed.stderr
