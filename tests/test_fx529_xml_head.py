"""fx529: a file of an XML format's name (.svg, .xsd, .rss, .sgm...) over
max-file-size is judged by the root element in its first 8 KiB, as within
the limit (qa389 #1): XML of no article format is skipped with its
file.format line; NITF, NewsML-G2, a WordPress export, or a head that cannot
tell, stays file.too-large. Only such a name has its head read (qa389 #4)."""
from __future__ import annotations

import codecs
import json

import pytest

from test_nu70_review import NITF
from test_qa389_review import FEED, SVG, WXR

LIMIT = "max-file-size: 0.01\n"      # 10,485 bytes
TINY = "max-file-size: 0.0001\n"     # 104 bytes
DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'
SKIP = "file.format: skipped: not an article format (XML with root element <{}>"


def _json(done) -> list[tuple[str, str]]:
    out = done.stdout
    return sorted((f["path"], f["rule"]) for f in json.loads(out[out.index("["):]))


def _check(desk, run_cli, *args, config=LIMIT, input=None):
    (desk / ".newslint.yaml").write_text(config)
    return run_cli("check", "--no-cache", "--format", "json", *args, cwd=desk, input=input)


def _big(body: str, root: str = "svg") -> str:
    """XML of root `root` over 20 KB: the root's tag in the first bytes."""
    return f'{DECL}<{root} a="1">' + "<r>x</r>\n" * 2500 + f"</{root}>\n"


def _padded(before_root: int, tail: str) -> bytes:
    """DECL, a comment, then `tail`, the comment long enough that `tail`
    starts at byte `before_root`; then padding to 20 KB."""
    head = DECL + "<!--"
    pad = before_root - len(head) - len("-->")
    return (head + "p" * pad + "-->" + tail + "<r/>" * 5000 + "\n").encode()


@pytest.mark.parametrize("name, data, root", [
    ("map.svg", _big("", "svg").encode(), "svg"),
    ("feed.rss", (DECL + '<rss version="2.0"><channel>' + "<item><title>A</title></item>\n" * 900
                  + "</channel></rss>\n").encode(), "rss"),
    ("t.xsl", _big("", "stylesheet").encode(), "stylesheet"),
    ("MAP.SVG", _big("", "svg").encode(), "svg"),
    ("u16.svg", codecs.BOM_UTF16_LE + _big("", "svg").replace("UTF-8", "UTF-16").encode("utf-16-le"), "svg"),
    ("x.sgm", _big("", "report").encode(), "report"),
])
def test_an_over_size_xml_name_of_no_article_root_is_skipped(tmp_path, run_cli, name, data, root):
    (tmp_path / name).write_bytes(data)
    assert len(data) > 20000
    done = _check(tmp_path, run_cli, name)
    assert done.exit_code == 0 and _json(done) == [], done.output
    assert f"{name}: {SKIP.format(root)}" in done.stderr
    assert "file.too-large" not in done.output


@pytest.mark.parametrize("name, data", [
    ("n.svg", (DECL + NITF.split("\n", 1)[1] + "<!--" + "p" * 20000 + "-->\n").encode()),
    ("site.rss", (WXR.replace("</channel>", "<!--" + "p" * 20000 + "--></channel>")).encode()),
    ("late.svg", _padded(9000, "<svg>")),                 # the root past the head: it cannot tell
    ("cut.svg", _padded(8192 - 3, "<nitf>")),             # `<ni` ends the head: it cannot tell
    ("pi.sgm", (DECL + "<?pi " + "p" * 9000 + "?><svg/>\n" + "<!-- -->" * 2000).encode()),
])
def test_an_over_size_xml_name_the_head_does_not_clear_is_too_large(tmp_path, run_cli, name, data):
    (tmp_path / name).write_bytes(data)
    assert len(data) > 10485
    done = _check(tmp_path, run_cli, name)
    assert done.exit_code == 1 and _json(done) == [(name, "file.too-large")], done.output


def test_a_whole_root_name_at_the_heads_end_is_judged(tmp_path, run_cli):
    (tmp_path / "edge.svg").write_bytes(_padded(8192 - 6, "<svg a='1'>"))     # `<svg a` ends it
    done = _check(tmp_path, run_cli, "edge.svg")
    assert done.exit_code == 0 and f"edge.svg: {SKIP.format('svg')}" in done.stderr, done.output


@pytest.mark.parametrize("name", ["big.xml", "big.txt", "big"])
def test_guard_xml_of_no_article_root_under_another_name_over_the_limit_is_too_large(tmp_path, run_cli,
                                                                                     name):
    (tmp_path / name).write_text(_big("", "svg"))
    done = _check(tmp_path, run_cli, name)
    assert done.exit_code == 1 and _json(done) == [(name, "file.too-large")], done.output


def test_stdin_over_the_limit_is_judged_by_its_head_too(tmp_path, run_cli):
    done = _check(tmp_path, run_cli, "--stdin-filename", "m.svg", "-", input=SVG, config=TINY)
    assert done.exit_code == 0 and f"m.svg: {SKIP.format('svg')}" in done.stderr, done.output


def test_a_feed_on_stdin_cut_before_4096_characters_is_too_large(tmp_path, run_cli):
    """stdin is read to the limit and a byte: a WordPress export's namespace
    may lie past it, so an <rss> head that short cannot tell."""
    done = _check(tmp_path, run_cli, "--stdin-filename", "f.rss", "-", input=FEED, config=TINY)
    assert done.exit_code == 1 and _json(done) == [("f.rss", "file.too-large")], done.output


def test_the_language_servers_read_judges_an_over_size_svg_by_its_root():
    from lint.config import Config
    from lint.engine import read_file

    config = Config(max_file_size=100)
    result = read_file("/ws/m.svg", SVG.encode(), config)
    assert [(d.rule, d.level) for d in result.diagnostics] == [("file.format", "warning")]
    assert "root element <svg>" in result.diagnostics[0].message
    result = read_file("/ws/n.svg", NITF.encode(), config)
    assert [d.rule for d in result.diagnostics] == ["file.too-large"]


@pytest.mark.parametrize("name, kept", [("a.svg", True), ("A.SGML", True), ("f.atom", True), ("s.dtd", True),
                                        ("a.xml", False), ("a.md", False), ("a.json", False), ("a", False)])
def test_read_regular_reads_the_head_of_an_xml_formats_name_only(tmp_path, name, kept):
    from lint.regular_files import HEAD_KEPT, TooLarge, read_regular

    (tmp_path / name).write_bytes(b"<?xml version='1.0'?>" + b"x" * (2 * HEAD_KEPT))
    with pytest.raises(TooLarge) as caught:
        read_regular(str(tmp_path / name), 100)
    assert caught.value.size == 2 * HEAD_KEPT + 21
    assert caught.value.head == (b"<?xml version='1.0'?>" + b"x" * (HEAD_KEPT - 21) if kept else b"")


def test_guard_within_the_limit_read_regular_reads_the_whole_file(tmp_path):
    from lint.regular_files import read_regular

    (tmp_path / "a.svg").write_text(SVG)
    assert read_regular(str(tmp_path / "a.svg"), 1 << 20) == SVG.encode()


def test_audit_says_an_over_size_svg_skipped_beside_an_article(tmp_path, audit_client):
    from test_qa77_regressions import audit

    (tmp_path / ".newslint.yaml").write_text(TINY)
    (tmp_path / "m.svg").write_text(SVG)
    (tmp_path / "a.md").write_text("# A\n\nThe the end.\n")
    done = audit(tmp_path, "m.svg", "a.md", "-o", "out", "--scheduler", audit_client.scheduler.address)
    assert f"m.svg: {SKIP.format('svg')}" in done.stderr, done.output
    assert "file.too-large" not in done.output


def test_fix_on_stdin_echoes_an_over_size_svg_whole_and_says_it_skipped(tmp_path, run_cli):
    (tmp_path / ".newslint.yaml").write_text(TINY)
    done = run_cli("check", "--no-cache", "--fix", "--stdin-filename", "m.svg", "-", input=SVG, cwd=tmp_path)
    assert done.exit_code == 0 and done.stdout == SVG, done.output
    assert f"m.svg: {SKIP.format('svg')}" in done.stderr
