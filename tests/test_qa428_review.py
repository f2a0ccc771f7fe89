"""qa428: review of fx565 (ab61311f..51799d88): check and audit walk a folder's
.xml by its root element in the first 4 KB; audit's fix a struct; --resume's
per-part glob; JSON Lines faults placed; file.too-large sizes; passed-over line.

Faults are strict xfails naming `qa428 #N`; the rest guard what works now."""
from __future__ import annotations

import codecs
import json
import os
import re
import zipfile

import pytest
import yaml

from conftest import ROOT
from lint import walk_xml
from lint.audit.plan import PlanError, plan, sources
from lint.files import expand
from lint.session import Session

NITF_BODY = "<nitf><body><body.content><p>The the levee held.</p></body.content></body></nitf>\n"
NITF = "<?xml version='1.0'?>\n" + NITF_BODY
G2 = ("<?xml version='1.0' encoding='UTF-8'?>\n<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/' "
      "guid='x' version='1' standard='NewsML-G2' standardversion='2.25'><contentSet>"
      "<inlineXML contenttype='application/nitf+xml'><nitf><body><body.content><p>The the ship sank."
      "</p></body.content></body></nitf></inlineXML></contentSet></newsItem>\n")
NS_G2 = G2.replace("<newsItem", "<ng:newsItem xmlns:ng='http://iptc.org/std/nar/2006-10-01/'").replace(
    "</newsItem>", "</ng:newsItem>")
SITEMAP = "<?xml version='1.0'?>\n<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'/>\n"
POM = "<?xml version='1.0'?>\n<project><modelVersion>4.0.0</modelVersion></project>\n"
HUGO_RSS = ("<?xml version='1.0' encoding='utf-8' standalone='yes'?>\n<rss version='2.0' "
            "xmlns:atom='http://www.w3.org/2005/Atom'><channel><title>Hugo</title></channel></rss>\n")
# a NITF whose root lies past the 4 KB head (a long licence comment before it)
LATE = "<?xml version='1.0'?>\n<!--" + "x" * 5000 + "-->\n" + NITF_BODY
# one whose root lies past the most a walk reads to find it (walk_xml.XML_SCAN; since fx575 a
# root past the 4 KB head but within that is read: nu75 #1)
BEYOND = "<?xml version='1.0'?>\n<!--" + "x" * (300 * 1024) + "-->\n" + NITF_BODY


def _desk(folder):
    """A wire folder of mixed .xml: news (BOM, UTF-16, prefixed root) and not."""
    folder.mkdir()
    files = {"a.nitf.xml": NITF.encode(), "bom-g2.xml": codecs.BOM_UTF8 + G2.encode(),
             "utf16.XML": NITF.replace("'1.0'", "'1.0' encoding='UTF-16'").encode("utf-16"),
             "ns.xml": NS_G2.encode(), "sitemap.xml": SITEMAP.encode(), "pom.xml": POM.encode(),
             "index.xml": HUGO_RSS.encode(), "broken.xml": b"<?xml version='1.0'?>\n<nitf><body><p>The the\n",
             "story.md": b"---\ntitle: T\n---\nThe the mayor spoke.\n"}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    os.symlink("nowhere.xml", folder / "dangling.xml")
    return folder


READ = ["a.nitf.xml", "bom-g2.xml", "broken.xml", "ns.xml", "story.md", "utf16.XML"]
# walked too: the broken symlink is read to say its file.missing line, as a walked .md's (fx589, qa444 #2)
WALKED = sorted(READ + ["dangling.xml"])


# ---- guards: what works now -------------------------------------------------

def test_guard_check_and_audit_walk_the_same_files_local_file_url_and_zip(tmp_path, monkeypatch):
    desk = _desk(tmp_path / "desk")
    monkeypatch.chdir(tmp_path)
    found, _ = expand(["desk"], Session().config_for, [])
    assert sorted(os.path.basename(f) for f in found) == WALKED
    assert sorted(os.path.basename(f) for f in sources(["desk"])) == WALKED
    assert sorted(u.rsplit("/", 1)[-1] for u in sources([desk.as_uri()])) == WALKED
    z = tmp_path / "desk.zip"
    with zipfile.ZipFile(z, "w") as f:
        for name in READ + ["sitemap.xml", "pom.xml", "index.xml"]:
            f.write(desk / name, name)
    assert sorted(u.split("::")[0][len("zip://"):] for u in sources(["zip://::" + str(z)])) == READ


def test_guard_a_huge_sitemap_is_told_from_its_head_alone(tmp_path, monkeypatch):
    big = tmp_path / "big.xml"
    with open(big, "wb") as f:
        f.write(b"<?xml version='1.0'?>\n<urlset>" + b"<url><loc>https://x/</loc></url>" * 200000 + b"</urlset>\n")
    from lint import regular_files
    sizes: list = []
    real = regular_files.read_head
    monkeypatch.setattr(regular_files, "read_head", lambda p, n: sizes.append(n) or real(p, n))
    assert walk_xml.sniff(str(big)) == walk_xml.OTHER and sizes == [walk_xml.XML_HEAD]


def test_guard_the_audit_rows_are_checks_findings(tmp_path, monkeypatch, run_cli):
    pytest.importorskip("dask.dataframe")
    from lint.audit import findings

    _desk(tmp_path / "desk")
    monkeypatch.chdir(tmp_path)
    done = run_cli("check", "--no-cache", "--format", "json", "desk")
    checked = {(f["path"], f["line"], f["column"], f["rule"], (f.get("fix") or {}).get("replacement"))
               for f in json.loads(done.stdout)}
    frame = findings("desk").compute()
    rows = {(p, ln, c, r, (fx or {}).get("replacement")) for p, ln, c, r, fx in
            zip(frame["path"], frame["line"], frame["column"], frame["rule"], frame["fix"])}
    assert rows == checked and len(rows) == 11     # (desk/dangling.xml's file.missing one of them)
    assert ("desk/dangling.xml", 1, 1, "file.missing", None) in rows
    assert all(f is None or isinstance(f, dict) for f in frame["fix"])
    assert str(frame["message"].dtype) == str(frame["published"].dtype) == "string"


def test_guard_jsonl_faults_are_placed_by_character_after_bom_emoji_and_tab(run_cli, tmp_path):
    (tmp_path / "j.jsonl").write_bytes(
        b'\xef\xbb\xbf{"headline": "A", "body": "x"} extra\n'
        + '{"h\u00e9": "\U0001F600" "b": 1}\r\n'.encode() + b'\t{"a": 1}\tz\n{"a":1,}\n')
    out = json.loads(run_cli("check", "--no-cache", "--format", "json", "j.jsonl", cwd=tmp_path).stdout)
    said = [(f["line"], f["column"], f["message"]) for f in out if f["rule"] == "file.jsonl"]
    assert said == [
        (1, 1, "line 1 is not a JSON object (extra data: line 1 column 32); skipped"),
        (2, 1, "line 2 is not a JSON object (',' or '}' was expected: line 2 column 12); skipped"),
        (3, 1, "line 3 is not a JSON object (extra data: line 3 column 11); skipped"),
        (4, 1, "line 4 is not a JSON object (a key was expected: line 4 column 8); skipped")]


def test_guard_an_audits_jsonl_fault_is_said_alike_at_any_partition_size(tmp_path, monkeypatch):
    pytest.importorskip("dask.dataframe")
    from lint.audit import findings

    (tmp_path / "s.jsonl").write_bytes(
        b'{"headline": "A", "body": "x"}\n{"headline": "B", "body": "y"}\n'
        b'{"headline": "E", "body": "v"}   {"x":1}\n' + '{"h\u00e9": "\U0001F600" "b": 1}\n'.encode())
    monkeypatch.chdir(tmp_path)
    want = [(3, 1, "line 3 is not a JSON object (extra data: line 3 column 34); skipped"),
            (4, 1, "line 4 is not a JSON object (',' or '}' was expected: line 4 column 12); skipped")]
    for size in (1, 1000):
        frame = findings("s.jsonl", articles_per_partition=size).compute()
        frame = frame[frame["rule"] == "file.jsonl"]
        assert list(zip(frame["line"], frame["column"], frame["message"])) == want


def test_guard_resume_finishes_an_audit_whose_written_rows_keep_a_text_fix(run_cli, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    pa = pytest.importorskip("pyarrow")
    (tmp_path / "a.txt").write_text("Vote\n\nThe council met at 7pm, the the clerk said.\n")
    assert run_cli("audit", "a.txt", "-o", "out", "--workers", "1", cwd=tmp_path).exit_code == 0
    out = tmp_path / "out"
    part = out / "part-00000.parquet"
    table = pq.read_table(part)           # as an older newslint wrote it: the replacement alone
    text = pa.array([f and f["replacement"] for f in table.column("fix").to_pylist()], pa.string())
    pq.write_table(table.set_column(table.schema.get_field_index("fix"), "fix", text), part)
    (out / "_summary.parquet").unlink()
    (out / "_INCOMPLETE").write_text("unfinished\n")
    done = run_cli("audit", "a.txt", "-o", "out", "--workers", "1", "--resume", cwd=tmp_path)
    assert done.exit_code == 0 and "1 already written" in done.stderr
    assert pq.read_schema(part).field("fix").type == pa.struct([("replacement", pa.string()),
                                                               ("column", pa.int32())])
    fixes = sorted(f["replacement"] for f in pq.read_table(out).column("fix").to_pylist() if f)
    assert fixes == ["7 p.m.", "the"]


def test_guard_passed_over_counts_capital_sgm_and_says_the_jsonl_way(tmp_path):
    sg = tmp_path / "sg"
    sg.mkdir()
    for name in ("r1.sgm", "R2.SGM"):
        (sg / name).write_text("<REUTERS><BODY>x</BODY></REUTERS>\n")
    (sg / "sitemap.xml").write_text(SITEMAP)
    with pytest.raises(PlanError) as err:
        plan([str(sg)], empty=[], passed={})
    assert "passed over 3 files (2 .sgm, 1 .xml): .sgm is SGML" in str(err.value)
    assert "JSON Lines" in str(err.value)


def test_guard_yaml_e_notation_limit_and_whole_megabytes(run_cli, tmp_path):
    (tmp_path / "a.txt").write_bytes(b"Vote\n\nThe council met.\n" + b"x" * (2 * 1024 * 1024 - 23))
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 1e0\n")
    out = run_cli("check", "--no-cache", "a.txt", cwd=tmp_path).stdout
    assert "file is 2 MB, over the 1 MB limit" in out


# ---- faults -----------------------------------------------------------------

def test_a_url_walk_says_an_xml_whose_root_it_could_not_tell(tmp_path):
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "a.txt").write_text("Vote\n\nThe council met.\n")
    (desk / "late.xml").write_text(BEYOND)
    local: list = []
    sources([str(desk)], left_out=local)
    assert any("1 with no root element in their first 256 KB" in line for line in local)      # (so today)
    url: list = []
    sources([desk.as_uri()], left_out=url)
    assert any("1 with no root element in their first 256 KB" in line for line in url)


def test_an_audit_says_exclude_left_out_a_folders_nitf(tmp_path, monkeypatch, run_cli):
    ex = tmp_path / "ex"
    ex.mkdir()
    (ex / "wire.xml").write_text(NITF)
    (ex / ".newslint.yaml").write_text('exclude:\n  - "*.xml"\n')
    monkeypatch.chdir(ex)
    with pytest.raises(PlanError) as url:
        plan([ex.as_uri()])
    assert "exclude: skips files" in str(url.value)                          # (so today)
    with pytest.raises(PlanError) as local:
        plan(["."])
    assert "exclude: skips files" in str(local.value)
    assert "exclude: skips files" in run_cli("check", "--no-cache", ".").stderr


def test_an_audit_does_not_say_skipped_an_xml_also_named(tmp_path, monkeypatch, run_cli):
    nm = tmp_path / "nm"
    nm.mkdir()
    (nm / "a.txt").write_text("Vote\n\nThe council met.\n")
    (nm / "late.xml").write_text(LATE)
    monkeypatch.chdir(tmp_path)
    done = run_cli("check", "--no-cache", "-v", "nm", "nm/late.xml")
    assert "late.xml" in done.stdout + done.stderr and "skipped 1 .xml" not in done.stderr   # (so today)
    said: list = []
    found = sources(["nm", "nm/late.xml"], left_out=said)
    assert os.path.join("nm", "late.xml") in found
    assert not any("skipped" in line and ".xml" in line for line in said)


def test_checks_nothing_found_line_names_the_xml_it_walks(run_cli, tmp_path):
    (tmp_path / "only").mkdir()
    (tmp_path / "only" / "late.xml").write_text(BEYOND)
    done = run_cli("check", "--no-cache", "only", cwd=tmp_path)
    assert done.exit_code == 0 and "folders are walked for" in done.stderr    # (so today)
    assert ".xml" in done.stderr.split("folders are walked for", 1)[1]


def test_the_hook_passes_the_xml_check_walks(tmp_path, monkeypatch):
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    (tmp_path / "wire.xml").write_text(NITF)
    monkeypatch.chdir(tmp_path)
    found, _ = expand(["."], Session().config_for, [])
    assert [os.path.basename(f) for f in found] == ["wire.xml"]              # check . lints it
    assert all(re.search(h["files"], "wire.xml") for h in hooks)


def test_a_quoted_e_notation_size_is_refused_as_a_quoted_integer_is(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("Vote\n\nThe council met.\n")
    (tmp_path / "pyproject.toml").write_text('[tool.newslint]\nmax-file-size = "1e-3"\n')
    assert run_cli("check", "--no-cache", "a.txt", cwd=tmp_path).exit_code == 2        # (so today)
    (tmp_path / "pyproject.toml").unlink()
    (tmp_path / ".newslint.yaml").write_text('max-file-size: "10"\n')
    assert run_cli("check", "--no-cache", "a.txt", cwd=tmp_path).exit_code == 2        # (so today)
    (tmp_path / ".newslint.yaml").write_text('max-file-size: "1e-3"\n')
    assert run_cli("check", "--no-cache", "a.txt", cwd=tmp_path).exit_code == 2


def test_the_notebook_api_names_what_it_passed_over(tmp_path, monkeypatch):
    pytest.importorskip("dask.dataframe")
    from lint.audit import findings

    (tmp_path / "sg").mkdir()
    (tmp_path / "sg" / "r1.sgm").write_text("<REUTERS><BODY>x</BODY></REUTERS>\n")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(PlanError) as err:
        findings("sg")
    assert "passed over 1 file (1 .sgm)" in str(err.value)


def test_resume_double_star_matches_fsspecs_glob(tmp_path):
    fsspec = pytest.importorskip("fsspec")
    from lint.audit.relisted import _through

    z = tmp_path / "g.zip"
    members = ["a.md", "sub/e.md", "sub/x/ab/c.md", "sub/x/ab.md"]
    with zipfile.ZipFile(z, "w") as f:
        for m in members:
            f.writestr(m, "The the x\n")
    fs = fsspec.filesystem("zip", fo=str(z))
    tail = "::" + z.as_uri()
    for pattern in ("**/*.md", "**/a*.md"):
        globbed = fs.glob(pattern)
        wanted = {m for m in members if any(m == g or m.startswith(g + "/") for g in globbed)}
        assert {m for m in members if _through(f"zip://{m}{tail}", f"zip://{pattern}{tail}")} == wanted


def test_a_doctype_internal_subset_does_not_hide_the_nitf_root(tmp_path):
    f = tmp_path / "doctype.xml"
    f.write_text("<?xml version='1.0'?>\n<!DOCTYPE nitf [\n<!ENTITY copy \"<span>(c)</span>\">\n]>\n" + NITF_BODY)
    assert walk_xml.sniff(str(f)) == walk_xml.NEWS


def test_a_feed_that_mentions_the_export_namespace_is_no_export(tmp_path):
    f = tmp_path / "index.xml"
    f.write_text(HUGO_RSS.replace("<title>Hugo</title>", "<title>Hugo</title><description>Moving "
                                  "from https://wordpress.org/export/1.2/ files</description>"))
    assert walk_xml.sniff(str(f)) == walk_xml.OTHER
