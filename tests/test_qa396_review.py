"""qa396: review of 8c9dd733..63bf9db0 (fx529): an over-size file of an XML
format's name judged by the root element in its first 8 KiB; check's count
line past five skipped names saying what left them out; an audit that reads
nothing saying the named files exclude: left out; audit's 'not read' count
taking each file once (archives told apart by their chains).

Each fault is a strict xfail stating what a desk expects; the plain tests
guard the nearest shapes that work today."""
from __future__ import annotations

import codecs
import os
import shutil
from pathlib import Path

import pytest

SHARED = Path("/work/shared/formats")
DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'
SKIP = "file.format: skipped: not an article format (XML with root element <{}>"
NITF = ("<nitf><head><title>Council vote</title></head><body><body.head><hedline><hl1>Council vote"
        "</hl1></hedline></body.head><body.content><p>The council met.</p></body.content></body></nitf>\n")


def _excluded_desk(folder: Path, n: int = 7) -> None:
    """`folder` with a config whose exclude: leaves out README*, `n` READMEs
    and a .json (skipped by its name), so a run naming them lints nothing."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ".newslint.yaml").write_text("exclude:\n  - 'README*'\n")
    for i in range(n):
        (folder / f"README{i}.txt").write_text("About this corpus.\n")
    (folder / "data.json").write_text("{}\n")


def _saved(done) -> str:
    """The run's report saved with `> report.txt 2>&1` (stdout first: it is
    buffered, stderr is not, as a shell writes them)."""
    return done.stdout + done.stderr


# ---- #1: the count line naming a config in a folder whose name holds parentheses ------------------

def test_a_report_whose_count_line_names_a_config_in_a_parenthesised_folder_is_newslints_own(tmp_path, run_cli):
    from lint.readers._own_reports import own_report

    _excluded_desk(tmp_path / "Wires (AP)")
    names = [f"Wires (AP)/README{i}.txt" for i in range(7)] + ["Wires (AP)/data.json"]
    done = run_cli("check", "--no-cache", *names, cwd=tmp_path)
    assert done.exit_code == 0, done.output
    assert ("newslint: and 2 more named paths skipped by exclude: in Wires (AP)/.newslint.yaml "
            "(-v names each)") in done.stderr
    saved = _saved(done)
    assert own_report(saved, "text") == "text"
    (tmp_path / "report.txt").write_text(saved)
    again = run_cli("check", "--no-cache", "report.txt", cwd=tmp_path)
    assert again.exit_code == 0 and "newslint's own text report" in again.stderr, again.output


@pytest.mark.parametrize("folder", ["wires", "My Desk", "wires [2019]"])
def test_guard_a_report_whose_count_line_names_a_config_is_newslints_own(tmp_path, run_cli, folder):
    from lint.readers._own_reports import own_report

    _excluded_desk(tmp_path / folder)
    names = [f"{folder}/README{i}.txt" for i in range(7)] + [f"{folder}/data.json"]
    done = run_cli("check", "--no-cache", *names, cwd=tmp_path)
    assert done.exit_code == 0 and done.stdout == "No files linted.\n", done.output
    assert done.stderr.splitlines()[-1] == (f"newslint: and 2 more named paths skipped by exclude: in "
                                            f"{folder}/.newslint.yaml (-v names each)")
    assert own_report(_saved(done), "text") == "text"


@pytest.mark.xfail(strict=True, reason="taken back (the walk-folder skip under --force-exclude: qa394 #1, qa398 #1, #2); nu71 #3 open again")
def test_guard_a_report_with_walk_folder_lines_and_the_force_exclude_count_line_is_newslints_own(tmp_path,
                                                                                                  run_cli):
    """nu71 #3's walk-folder line and exclude: lines past five, under --force-exclude."""
    from lint.readers._own_reports import own_report

    _excluded_desk(tmp_path)
    (tmp_path / "node_modules" / "pkg").mkdir(parents=True)
    (tmp_path / "node_modules" / "pkg" / "a.md").write_text("# A\n\nThe the end.\n")
    (tmp_path / ".github").mkdir()
    (tmp_path / ".github" / "b.md").write_text("# B\n\nThe the end.\n")
    (tmp_path / "story.txt").write_text("Hed\n\nThe the end.\n")
    done = run_cli("check", "--no-cache", "--force-exclude", "story.txt", "node_modules/pkg/a.md",
                   ".github/b.md", *[f"README{i}.txt" for i in range(7)], cwd=tmp_path)
    assert done.exit_code == 0, done.output
    assert ("newslint: skipped node_modules/pkg/a.md (in node_modules/, npm packages, which a folder walk "
            "does not enter; drop --force-exclude to lint it)") in done.stderr
    assert "newslint: and 4 more named paths skipped by --force-exclude (-v names each)" in done.stderr
    assert own_report(done.stderr + done.stdout, "text") == "text"


# ---- #2: a local folder whose name holds '::' --------------------------------------------------------

def _not_read(specs) -> dict[str, int]:
    from lint.audit.plan import sources
    from lint.config import Config

    passed: dict[str, int] = {}
    sources(specs, lambda path: Config(), passed=passed)
    return passed


def test_a_local_folder_named_with_two_colons_counts_its_files_by_their_extension(tmp_path, monkeypatch):
    pytest.importorskip("fsspec")
    folder = tmp_path / "desk::2019"
    folder.mkdir()
    (folder / "a.md").write_text("# A\n")
    (folder / "notes.ann").write_text("x\n")
    (folder / "b.ann").write_text("x\n")
    monkeypatch.chdir(tmp_path)
    assert _not_read(["desk::2019"]) == {".ann": 2}


def test_guard_a_local_folder_counts_its_files_by_their_extension(tmp_path, monkeypatch):
    pytest.importorskip("fsspec")
    folder = tmp_path / "desk-2019"
    folder.mkdir()
    (folder / "a.md").write_text("# A\n")
    (folder / "notes.ann").write_text("x\n")
    (folder / "b.ann").write_text("x\n")
    monkeypatch.chdir(tmp_path)
    assert _not_read(["desk-2019"]) == {".ann": 2}


def test_guard_overlapping_specs_over_a_copied_repo_count_what_find_counts(tmp_path, monkeypatch):
    """Nested folders, each holding a .ann and an .svg: a folder, the folder
    with two of its subfolders, and a file:// walk beside a local one count
    each file once, as `find` does; a `*` glob's named files are audited."""
    pytest.importorskip("fsspec")
    for rel in ("", "content", "content/news", "content/news/2019", "content/news/2019/03"):
        d = tmp_path / "dg" / rel
        d.mkdir(parents=True, exist_ok=True)
        (d / "a.md").write_text("# A\n")
        (d / "notes.ann").write_text("x\n")
        (d / "pic.svg").write_text("<svg/>\n")
    monkeypatch.chdir(tmp_path)
    want = {".ann": 5, ".svg": 5}
    assert _not_read(["dg"]) == want
    assert _not_read(["dg", "dg/content/news/2019", "dg/content"]) == want
    assert _not_read([(tmp_path / "dg").as_uri(), "dg/content/news"]) == want
    assert _not_read(["dg/content/*", "dg"]) == {".ann": 4, ".svg": 4}


# ---- #3: an over-size .dtd opening with <?xml -------------------------------------------------------

def test_an_over_size_dtd_is_skipped_as_within_the_limit():
    from lint.readers import ReadError, over_limit, read_bytes

    dtd = (DECL + "<!ELEMENT nitf (head?, body)>\n" * 600).encode()
    with pytest.raises(ReadError) as within:
        read_bytes("nitf.dtd", dtd)
    assert within.value.rule == "file.format"
    assert over_limit("nitf.dtd", len(dtd), dtd[:8192], 100).rule == "file.format"


# ---- #4: an archive's files one spec names and another walks are counted 'not read' -----------------

def _zipped(tmp_path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(tmp_path / "a.zip", "w") as z:
        z.writestr("sub/a.md", "# A\n")
        z.writestr("sub/n.ann", "x\n")
        z.writestr("top.ann", "x\n")
    return (tmp_path / "a.zip").as_uri()


@pytest.mark.parametrize("glob, want", [("zip://**::", {}), ("zip://sub/*::", {".ann": 1})])
def test_an_archives_file_a_glob_names_is_not_counted_not_read_beside_a_walk_of_it(tmp_path, glob, want):
    pytest.importorskip("fsspec")
    url = _zipped(tmp_path)
    assert _not_read([f"zip://::{url}", f"{glob}{url}"]) == want


def test_guard_an_archives_file_named_beside_a_walk_of_it_is_not_counted(tmp_path):
    pytest.importorskip("fsspec")
    url = _zipped(tmp_path)
    assert _not_read([f"zip://::{url}"]) == {".ann": 2}
    assert _not_read([f"zip://::{url}", f"zip://sub/n.ann::{url}"]) == {".ann": 1}
    assert _not_read([f"zip://**::{url}"]) == {}


# ---- #5: an over-size UTF-16 feed -----------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="qa396 #5: a UTF-16 .rss feed over max-file-size is file.too-large "
                   "'raise max-file-size': 8 KiB after a BOM hold 4,095 characters, never the 4,096 the <rss> "
                   "rule asks, so the head can never tell; within the limit it is skipped as a feed")
def test_an_over_size_utf16_feed_is_skipped_as_within_the_limit():
    from lint.readers import ReadError, over_limit, read_bytes

    feed = (DECL.replace("UTF-8", "UTF-16") + '<rss version="2.0"><channel><title>Desk</title>'
            + "<item><title>A</title></item>\n" * 900 + "</channel></rss>\n")
    data = codecs.BOM_UTF16_LE + feed.encode("utf-16-le")
    with pytest.raises(ReadError) as within:
        read_bytes("feed.rss", data)
    assert within.value.rule == "file.format"
    assert over_limit("feed.rss", len(data), data[:8192], 100).rule == "file.format"


def test_guard_an_over_size_utf8_feed_is_skipped():
    from lint.readers import over_limit

    feed = (DECL + '<rss version="2.0"><channel><title>Desk</title>'
            + "<item><title>A</title></item>\n" * 900 + "</channel></rss>\n").encode()
    assert over_limit("feed.rss", len(feed), feed[:8192], 100).rule == "file.format"


# ---- #6: README's count line leaves out the form several configs give ---------------------------------

def test_readme_shows_the_count_line_of_paths_left_out_by_several_configs():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "skipped by exclude: (-v" in " ".join(readme.split())


def test_guard_paths_left_out_by_two_configs_are_counted_by_exclude(tmp_path, run_cli):
    _excluded_desk(tmp_path, 5)
    _excluded_desk(tmp_path / "sub", 2)
    names = [f"README{i}.txt" for i in range(4)] + ["sub/README0.txt", "README4.txt", "sub/README1.txt",
                                                    "data.json"]
    done = run_cli("check", "--no-cache", *names, cwd=tmp_path)
    assert done.exit_code == 0, done.output
    assert done.stderr.splitlines()[-1] == "newslint: and 2 more named paths skipped by exclude: (-v names each)"


# ---- #7: file.too-large under a limit below 1 MB --------------------------------------------------------

def test_the_too_large_line_under_a_small_limit_gives_the_size_and_the_limit_as_written(tmp_path, run_cli):
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 0.01\n")
    (tmp_path / "big.md").write_text("# Hed\n\n" + "Word word. " * 2000)
    done = run_cli("check", "--no-cache", "big.md", cwd=tmp_path)
    assert done.exit_code == 1 and "[file.too-large]" in done.stdout, done.output
    assert "file is 0.0 MB" not in done.stdout and "over the 0.01 MB limit" in done.stdout, done.stdout


# ---- #8: audit and check disagree on an ignored file.too-large beside an excluded README ---------------

def test_audit_says_the_excluded_readme_line_when_check_does(tmp_path, run_cli, audit_client):
    from test_qa77_regressions import audit

    (tmp_path / ".newslint.yaml").write_text("exclude:\n  - 'README*'\nmax-file-size: 0.01\n")
    (tmp_path / "README.txt").write_text("About.\n")
    (tmp_path / "big.md").write_text("# Hed\n\n" + "Word word. " * 2000)
    line = "newslint: skipped README.txt (matched by exclude: in .newslint.yaml; take it out of exclude: to lint it)"
    checked = run_cli("check", "--no-cache", "--ignore", "file.too-large", "README.txt", "big.md", cwd=tmp_path)
    audited = audit(tmp_path, "--ignore", "file.too-large", "README.txt", "big.md", "-o", "out",
                    "--scheduler", audit_client.scheduler.address)
    assert checked.exit_code == 0 and audited.exit_code == 0, (checked.output, audited.output)
    assert (line in audited.stderr) == (line in checked.stderr), (checked.output, audited.stderr)


# ---- guards: the head's root decides only what the whole file would ---------------------------------

def test_guard_an_over_size_svg_whose_head_ends_inside_a_character_is_skipped(tmp_path, run_cli):
    pre = DECL + '<svg xmlns="http://www.w3.org/2000/svg"><title>'
    for name, fill in (("e2.svg", "é"), ("e3.svg", "a€"), ("e4.svg", "aa€")):
        (tmp_path / name).write_bytes((pre + fill * 8000 + "</title></svg>\n").encode())
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 0.01\n")
    done = run_cli("check", "--no-cache", "e2.svg", "e3.svg", "e4.svg", cwd=tmp_path)
    assert done.exit_code == 0 and done.stdout == "No files linted.\n", done.output
    for name in ("e2.svg", "e3.svg", "e4.svg"):
        assert f"newslint: {name}: {SKIP.format('svg')}" in done.stderr


@pytest.mark.parametrize("enc, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
                                      ("utf-8", codecs.BOM_UTF8)])
def test_guard_an_over_size_nitf_sgm_behind_a_bom_stays_too_large(enc, bom):
    from lint.readers import over_limit

    text = DECL.replace("UTF-8", enc.upper()[:6]) + NITF + "<!-- -->" * 3000
    data = bom + text.encode(enc)
    assert over_limit("n.sgm", len(data), data[:8192], 100).rule == "file.too-large"
    svg = bom + (DECL.replace("UTF-8", enc.upper()[:6]) + "<svg/>" + " " * 20000).encode(enc)
    assert over_limit("a.svg", len(svg), svg[:8192], 100).rule == "file.format"


def test_guard_an_over_size_nitf_behind_a_long_doctype_subset_stays_too_large():
    from lint.readers import over_limit

    subset = "".join(f'<!ENTITY e{i} "entity {i}">\n' for i in range(400))     # ~10 KB: the root past the head
    data = (DECL + f"<!DOCTYPE nitf [\n{subset}]>\n" + NITF).encode()
    assert len(data) > 8192 and over_limit("wire.sgm", len(data), data[:8192], 100).rule == "file.too-large"
    short = (DECL + '<!DOCTYPE nitf [\n<!ENTITY svg "svg">\n<!-- <svg> -->\n]>\n' + NITF
             + "<!-- -->" * 3000).encode()
    assert over_limit("wire.svg", len(short), short[:8192], 100).rule == "file.too-large"


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs /work/shared/formats")
@pytest.mark.parametrize("ext", [".rss", ".sgm", ".svg"])
def test_guard_real_exports_over_the_limit_stay_too_large_and_real_schemas_are_skipped(tmp_path, run_cli, ext):
    """The IPTC listings and WordPress's theme test export under an XML
    format's name: each article file too large, the NITF schema skipped."""
    named = {"wxr": SHARED / "wordpress-wxr" / "themeunittestdata.wordpress.xml",
             "g2": SHARED / "newsml-g2" / "LISTING_2_NewsML-G2_Text_Document.xml",
             "nitf-in-g2": SHARED / "newsml-g2" / "LISTING_22_Sports_story_in_NewsML-G2NITF.xml",
             "schema": SHARED / "newsml-g2" / "nitf-3-6.xsd"}
    for stem, source in named.items():
        shutil.copyfile(source, tmp_path / f"{stem}{ext}")
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 0.001\n")
    done = run_cli("check", "--no-cache", *[f"{stem}{ext}" for stem in named], cwd=tmp_path)
    assert done.exit_code == 1, done.output
    for stem in ("wxr", "g2", "nitf-in-g2"):
        assert f"{stem}{ext}:1:1: error [file.too-large]" in done.stdout, done.output
    assert f"newslint: schema{ext}: {SKIP.format('schema')}" in done.stderr


def test_guard_a_sparse_gigabyte_file_is_not_read_but_for_an_xml_names_head(tmp_path):
    from lint.regular_files import HEAD_KEPT, TooLarge, read_regular

    for name in ("huge.svg", "huge.md"):
        with open(tmp_path / name, "wb") as f:
            f.write(b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">')
            f.seek(1 << 30)
            f.write(b"</svg>\n")
    with pytest.raises(TooLarge) as caught:
        read_regular(str(tmp_path / "huge.svg"), 10 << 20)
    assert caught.value.size == (1 << 30) + 7 and len(caught.value.head) == HEAD_KEPT
    with pytest.raises(TooLarge) as caught:
        read_regular(str(tmp_path / "huge.md"), 10 << 20)
    assert caught.value.head == b""


def test_guard_check_fix_leaves_a_sparse_gigabyte_svg_whole(tmp_path, run_cli):
    path = tmp_path / "huge.svg"
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">')
        f.seek(1 << 30)
        f.write(b"</svg>\n")
    size = os.path.getsize(path)
    done = run_cli("check", "--no-cache", "--fix", "huge.svg", cwd=tmp_path)
    assert done.exit_code == 0 and f"newslint: huge.svg: {SKIP.format('svg')}" in done.stderr, done.output
    assert os.path.getsize(path) == size


def test_guard_an_audit_says_a_readme_named_twice_once_beside_an_over_size_svg(tmp_path, audit_client):
    from test_qa77_regressions import audit

    (tmp_path / ".newslint.yaml").write_text("exclude:\n  - 'README*'\nmax-file-size: 0.0001\n")
    (tmp_path / "README.txt").write_text("About.\n")
    (tmp_path / "m.svg").write_text(DECL + "<svg>" + "<g/>" * 100 + "</svg>\n")
    done = audit(tmp_path, "README.txt", "./README.txt", str(tmp_path / "README.txt"), "m.svg", "-o", "out",
                 "--scheduler", audit_client.scheduler.address)
    assert done.exit_code == 0, done.output
    assert done.stderr.count("newslint: skipped README.txt (matched by exclude: in .newslint.yaml; take it "
                             "out of exclude: to lint it)") == 1, done.stderr
    assert f"newslint: m.svg: {SKIP.format('svg')}" in done.stderr
