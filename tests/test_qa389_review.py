"""qa389: review of 0150166b (audit says each named file exclude: left out in
check's own line, `skip_notes`) and dd50fb28 (a name newslint skips is judged
before the size and the bytes: a named .sgm over max-file-size or holding a
NUL gets its file.format line).

Strict xfails are what a desk expects and does not get today; the plain tests
guard the nearest shapes that work now."""
from __future__ import annotations

import codecs
import json
import os
import shutil

import pytest

from test_fx511_named_formats import SGML, STORY
from test_nu70_review import NITF
from test_qa77_regressions import audit

TINY = "max-file-size: 0.0001\n"        # about 100 bytes
SCHEMA = "/work/shared/formats/newsml-g2/nitf-3-6.xsd"
REUTERS = "/work/shared/corpora/reuters21578/reut2-006.sgm"
SVG = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
       'width="10" height="10">\n' + '<rect x="1" y="1" width="2" height="2"/>\n' * 20 + "</svg>\n")
FEED = ('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Feed</title>'
        + "<item><title>A</title></item>" * 20 + "</channel></rss>\n")
WXR = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
       'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
       'xmlns:wp="http://wordpress.org/export/1.2/"><channel>\n'
       "<item><title>Budget vote</title><wp:post_id>10</wp:post_id>"
       "<wp:post_date>2026-03-02 10:00:00</wp:post_date><wp:status>publish</wp:status>"
       "<wp:post_type>post</wp:post_type><content:encoded><![CDATA[<p>The the meeting is "
       "at 7pm.</p>]]></content:encoded></item>\n</channel></rss>\n")
SKIPPED = ("newslint: skipped {} (matched by exclude: in .newslint.yaml; take it out of "
           "exclude: to lint it)")


@pytest.fixture
def desk(tmp_path):
    (tmp_path / ".newslint.yaml").write_text(TINY)
    return tmp_path


def _json(done) -> list[tuple[str, str]]:
    out = done.stdout
    return sorted((f["path"], f["rule"]) for f in json.loads(out[out.index("["):]))


def _check(cwd, run_cli, *names, input=None):
    return run_cli("check", "--no-cache", "--format", "json", *names, cwd=cwd, input=input)


def _schema(folder, name="nitf-3-6.xsd"):
    if not os.path.isfile(SCHEMA):
        pytest.skip("no shared NewsML-G2 formats folder")
    shutil.copyfile(SCHEMA, folder / name)


# ---- #1: an over-size file of an XML format's name whose head's root element
# already says it is no article is told to raise the limit, only to be skipped ----

@pytest.mark.parametrize("name", ["map.svg", "nitf-3-6.xsd", "feed.rss"])
def test_an_over_size_xml_name_of_no_article_root_is_skipped_not_too_large(desk, run_cli, name):
    if name.endswith(".xsd"):
        _schema(desk)                         # the real NITF 3.6 schema, 122 KB
    else:
        (desk / name).write_text(SVG if name.endswith(".svg") else FEED)
    done = _check(desk, run_cli, name)
    assert "raise max-file-size" not in done.output, done.output
    assert done.exit_code == 0 and _json(done) == [], done.output
    assert f"{name}: file.format: skipped: not an article format" in done.stderr


@pytest.mark.parametrize("name", ["map.svg", "nitf-3-6.xsd", "feed.rss"])
def test_guard_within_the_limit_such_a_file_is_skipped_by_its_root(tmp_path, run_cli, name):
    if name.endswith(".xsd"):
        _schema(tmp_path)
    else:
        (tmp_path / name).write_text(SVG if name.endswith(".svg") else FEED)
    done = _check(tmp_path, run_cli, name)
    assert done.exit_code == 0 and _json(done) == [], done.output
    assert f"{name}: file.format: skipped: not an article format (XML with root element" in done.stderr


def test_guard_a_wordpress_export_saved_as_rss_is_read_and_over_the_limit_too_large(tmp_path, run_cli):
    (tmp_path / "site.rss").write_text(WXR)
    assert ("site.rss", "hygiene.doubled-word") in _json(_check(tmp_path, run_cli, "site.rss"))
    (tmp_path / ".newslint.yaml").write_text(TINY)
    done = _check(tmp_path, run_cli, "site.rss")
    assert done.exit_code == 1 and _json(done) == [("site.rss", "file.too-large")], done.output


# ---- #2: check's summary blames --force-exclude for what exclude: alone left out ----

@pytest.fixture
def readmes(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("exclude:\n  - 'README*'\n")
    (tmp_path / "corpus").mkdir()
    names = []
    for i in range(7):
        (tmp_path / "corpus" / f"README{i}.txt").write_text("About this corpus.\n")
        names.append(f"corpus/README{i}.txt")
    return tmp_path, names


def test_more_excluded_names_than_five_are_not_blamed_on_force_exclude(readmes, run_cli):
    desk, names = readmes
    done = run_cli("check", "--no-cache", *names, cwd=desk)
    assert done.exit_code == 0 and SKIPPED.format(names[0]) in done.stderr, done.output
    assert "--force-exclude" not in done.stderr, done.stderr


def test_guard_under_force_exclude_the_count_names_it(readmes, run_cli):
    desk, names = readmes
    done = run_cli("check", "--no-cache", "--force-exclude", *names, cwd=desk)
    lines = [line for line in done.stderr.splitlines() if line]
    assert lines[:5] == [SKIPPED.format(n) for n in names[:5]], done.stderr
    assert lines[5] == "newslint: and 2 more named paths skipped by --force-exclude (-v names each)"


def test_guard_audit_from_a_subfolder_spells_each_line_as_check_v(readmes, run_cli):
    desk, names = readmes
    (desk / "sub").mkdir()
    up = [f"../{n}" for n in names[:2]]
    done = audit(desk / "sub", *up, "-o", "out")
    checked = run_cli("check", "--no-cache", "-v", *up, cwd=desk / "sub").stderr
    said = [line for line in checked.splitlines() if line.startswith("newslint: skipped ")]
    assert done.exit_code == 2 and done.stderr.splitlines() == said == [
        f"newslint: skipped {n} (matched by exclude: in ../.newslint.yaml; take it out of exclude: "
        "to lint it)" for n in up]


# ---- #3: an audit that reads nothing beside a name-skipped file drops the excluded file unsaid ----

def test_audit_says_an_excluded_file_named_beside_a_skipped_sgm(readmes, audit_client, run_cli):
    desk, names = readmes
    (desk / "reut2-000.sgm").write_text(SGML)
    checked = run_cli("check", "--no-cache", names[0], "reut2-000.sgm", cwd=desk)
    assert SKIPPED.format(names[0]) in checked.stderr, checked.output          # check says it
    done = audit(desk, names[0], "reut2-000.sgm", "-o", "out", "--scheduler",
                 audit_client.scheduler.address)
    assert "reut2-000.sgm: file.format: skipped" in done.stderr, done.stderr
    assert SKIPPED.format(names[0]) in done.stderr, done.stderr


def test_guard_check_alone_with_only_excluded_files_exits_0_and_audit_2(readmes, run_cli):
    desk, names = readmes
    assert run_cli("check", "--no-cache", names[0], cwd=desk).exit_code == 0
    done = audit(desk, names[0], "-o", "out")
    assert done.exit_code == 2 and done.stderr.splitlines() == [SKIPPED.format(names[0])]
    assert not (desk / "out").exists()


# ---- #4: an over-size file is now read (its first 8 KiB), whatever its name ----

@pytest.mark.parametrize("name", ["big.txt", "big.zip"])
def test_an_over_size_file_whose_name_needs_no_head_is_not_read(tmp_path, name):
    from lint.regular_files import TooLarge, read_regular

    (tmp_path / name).write_bytes(b"x" * 5000)
    with pytest.raises(TooLarge) as caught:
        read_regular(str(tmp_path / name), 100)
    assert caught.value.size == 5000
    assert caught.value.head == b""


def test_guard_the_head_kept_is_bounded(tmp_path):
    from lint.regular_files import HEAD_KEPT, TooLarge, read_regular

    (tmp_path / "n.sgm").write_bytes(b"<?xml version='1.0'?>" + b" " * (3 * HEAD_KEPT))
    with pytest.raises(TooLarge) as caught:
        read_regular(str(tmp_path / "n.sgm"), 100)
    assert caught.value.size == 3 * HEAD_KEPT + 21 and len(caught.value.head) == HEAD_KEPT


# ---- guards: the nearest shapes that work now ----

def test_guard_the_real_reuters_sgm_over_the_limit_is_its_format_line(tmp_path, run_cli):
    if not os.path.isfile(REUTERS):
        pytest.skip("no shared Reuters-21578 corpus")
    (tmp_path / "tiny.yaml").write_text("max-file-size: 0.05\n")
    done = run_cli("check", "--no-cache", "--config", "tiny.yaml", REUTERS, cwd=tmp_path)
    assert done.exit_code == 0 and "No files linted." in done.stdout, done.output
    assert f"{REUTERS}: file.format: skipped: not an article format (.sgm is SGML" in done.stderr
    assert "file.too-large" not in done.output


@pytest.mark.parametrize("name, data", [
    ("n32.sgm", codecs.BOM_UTF32_LE + NITF.replace('"UTF-8"', '"UTF-32"').encode("utf-32-le")),
    ("crlf.svg", b"\r\n\r\n" + NITF.encode().replace(b"\n", b"\r\n")),
    ("tab.sgm", b"\t" + NITF.encode()),
    ("n.SGML", NITF.encode()),
])
def test_guard_nitf_under_an_xml_name_over_the_limit_is_still_too_large(desk, run_cli, name, data):
    (desk / name).write_bytes(data)
    done = _check(desk, run_cli, name)
    assert done.exit_code == 1 and _json(done) == [(name, "file.too-large")], done.output


@pytest.mark.parametrize("name, data", [
    ("nodecl.sgm", NITF.split("\n", 1)[1].encode()),                          # no <?xml: as within the limit
    ("n16.sgm", NITF.replace('"UTF-8"', '"UTF-16"').encode("utf-16-le")),    # no BOM: NULs
])
def test_guard_an_xml_name_not_opening_with_a_declaration_is_skipped_at_any_size(tmp_path, run_cli,
                                                                                 name, data):
    (tmp_path / name).write_bytes(data)
    small = _check(tmp_path, run_cli, name)
    (tmp_path / ".newslint.yaml").write_text(TINY)
    big = _check(tmp_path, run_cli, name)
    for done in (small, big):
        assert done.exit_code == 0 and _json(done) == [], done.output
        assert f"{name}: file.format: skipped: not an article format (.sgm is SGML" in done.stderr


@pytest.mark.parametrize("name, data, rule", [
    ("bignodecl.xml", NITF.split("\n", 1)[1].encode(), "file.too-large"),
    ("big.html", ("<html><body><article><h1>Hed</h1><p>" + "The the end. " * 30
                  + "</p></article></body></html>").encode(), "file.too-large"),
    ("big.md", ("---\ntitle: A\n---\n" + "The the end.\n" * 30).encode(), "file.too-large"),
    ("crlf.txt", (STORY * 5).replace("\n", "\r\n").encode(), "file.too-large"),
    ("n16.xml", NITF.replace('"UTF-8"', '"UTF-16"').encode("utf-16-le"), "file.too-large"),
])
def test_guard_an_article_name_over_the_limit_is_still_too_large(desk, run_cli, name, data, rule):
    (desk / name).write_bytes(data)
    done = _check(desk, run_cli, name)
    assert done.exit_code == 1 and _json(done) == [(name, rule)], done.output


def test_guard_articles_without_declaration_or_bom_read_as_before(tmp_path, run_cli):
    (tmp_path / "n.xml").write_text(NITF.split("\n", 1)[1])
    (tmp_path / "n16.xml").write_bytes(NITF.replace('"UTF-8"', '"UTF-16"').encode("utf-16-le"))
    found = _json(_check(tmp_path, run_cli, "n.xml", "n16.xml"))
    assert ("n.xml", "hygiene.placeholder") in found and ("n16.xml", "file.binary") in found


def test_guard_a_large_json_named_under_force_exclude_passes(desk, run_cli):
    (desk / "feed.json").write_text(json.dumps({"a": "b" * 400}))
    (desk / "a.txt").write_text("Hed\n\nThe the end.\n")
    done = run_cli("check", "--no-cache", "--force-exclude", "feed.json", "a.txt", cwd=desk)
    assert "feed.json: file.format: skipped" in done.stderr and "file.too-large" not in done.output
    assert "hygiene.doubled-word" in done.stdout


@pytest.mark.parametrize("name, data, rule", [("x.json", json.dumps({"a": "b" * 400}), None),
                                              ("x.sgm", NITF, "file.too-large")])
def test_guard_stdin_is_judged_by_its_stdin_filename(desk, run_cli, name, data, rule):
    done = _check(desk, run_cli, "--stdin-filename", name, "-", input=data)
    if rule is None:
        assert done.exit_code == 0 and f"{name}: file.format: skipped" in done.stderr, done.output
    else:
        assert done.exit_code == 1 and _json(done) == [(name, rule)], done.output


def test_guard_fix_on_stdin_echoes_a_large_skipped_sgm_whole(desk, run_cli):
    data = SGML * 4
    done = run_cli("check", "--no-cache", "--fix", "--stdin-filename", "x.sgm", "-", input=data, cwd=desk)
    assert done.exit_code == 0 and done.stdout == data, done.output


def test_guard_parse_of_a_large_sgm_and_a_large_txt(desk, run_cli):
    (desk / "r.sgm").write_text(SGML * 4)
    (desk / "big.txt").write_text(STORY * 10)
    done = run_cli("parse", "r.sgm", "big.txt", cwd=desk)
    assert done.exit_code == 1 and "r.sgm: file.format: skipped" in done.stderr, done.output
    assert "big.txt: file.too-large" in done.stderr


def test_guard_the_language_server_s_read_skips_a_large_sgm_by_its_name():
    """The server reads a buffer through `engine.read_file`, as check does."""
    from lint.config import Config
    from lint.engine import read_file

    config = Config(max_file_size=100)
    result = read_file("/ws/reut2-000.sgm", (SGML * 4).encode(), config)
    assert [(d.rule, d.level) for d in result.diagnostics] == [("file.format", "warning")]
    result = read_file("/ws/big.md", (STORY * 10).encode(), config)
    assert [d.rule for d in result.diagnostics] == ["file.too-large"]
