"""qa387: review of fx522 (5d909a52..e7c82efa): an audit's URL sources
(`lint/audit/url_sources.py`): `exclude:` on URL globs and single file://
files, archive roots, percent-encoded file:// URLs, the 'not read' count of a
file:// walk; and NewsML-G2 empty items/messages carrying no --published
date. Strict xfails are faults found (each passes once fixed); plain tests
guard the nearest shapes that work. Inputs are synthetic (tmp_path, fsspec's
memory and zip filesystems), but for the guards that read /work/shared when
it is there (copied to tmp_path where a config must sit beside it)."""
from __future__ import annotations

import collections
import datetime as dt
import os
import pathlib
import shutil
import sys
import tarfile
import zipfile

import pytest

from audit_helpers import scheduler_args as _at, rows as _rows, write_files as _write, config_with as _config
from test_qa77_regressions import audit

fsspec = pytest.importorskip("fsspec")

from lint.audit.plan import sources  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.session import Session  # noqa: E402

MAR9 = dt.date(1987, 3, 9)
DOUBLED = "# Council\n\nThe the council met on Tuesday.\n"
SHARED = pathlib.Path("/work/shared")


def _rel(urls, top: pathlib.Path) -> list[str]:
    """file:// URLs (or local paths) as paths relative to `top`, sorted."""
    return sorted(os.path.relpath(u[len("file://"):] if u.startswith("file://") else u, top) for u in urls)


@pytest.fixture
def desk(tmp_path, monkeypatch):
    _write(tmp_path, {"a.md": DOUBLED, ".hidden.md": DOUBLED, "notes.ann": "x\n", "sub/b.md": "# B\n",
                      "sub/deep/c.md": "# C\n", "drafts/d.md": "# D\n", "README.md": "# R\n",
                      ".newslint.yaml": 'exclude: ["drafts/", "README*"]\n'})
    monkeypatch.chdir(tmp_path)
    return tmp_path


# ---- #1: a file named inside an archive is read by the archive's extension -----------------------

def test_a_file_named_inside_a_zip_is_audited(tmp_path, audit_client):
    with zipfile.ZipFile(tmp_path / "z.zip", "w") as z:
        z.writestr("g/a.md", DOUBLED)
    done = audit(tmp_path, f"zip://g/a.md::{(tmp_path / 'z.zip').as_uri()}", "-o", "out", *_at(audit_client))
    assert done.exit_code in (0, 1), done.stderr     # doubled-word is a warning
    assert "hygiene.doubled-word" in {r["rule"] for r in _rows(tmp_path / "out")}


def test_guard_the_same_file_named_by_its_path_is_audited(tmp_path, audit_client):
    _write(tmp_path, {"g/a.md": DOUBLED})
    done = audit(tmp_path, "g/a.md", "-o", "out", *_at(audit_client))
    assert done.exit_code in (0, 1), done.stderr     # doubled-word is a warning
    assert "hygiene.doubled-word" in {r["rule"] for r in _rows(tmp_path / "out")}


# ---- #2: a hidden article file (author-noted) ----------------------------------------------------

def test_guard_the_local_walk_audits_a_hidden_article_file(desk):
    assert ".hidden.md" in sources(["."], Session().config_for)


@pytest.mark.xfail(strict=True, reason="qa387 #2 (author-noted): a file:// folder's walk skips .hidden.md, "
                   "which the local walk of the same folder audits (README: 'walked with the same rules')")
def test_a_file_url_walk_audits_the_hidden_article_file_the_local_walk_does(desk):
    assert _rel(sources([desk.as_uri()], Session().config_for), desk) == \
        _rel(sources(["."], Session().config_for), desk)


def test_guard_a_named_hidden_file_url_and_a_dot_glob_are_audited(desk):
    assert _rel(sources([(desk / ".hidden.md").as_uri()], Session().config_for), desk) == [".hidden.md"]
    assert _rel(sources([desk.as_uri() + "/.*.md"], Session().config_for), desk) == [".hidden.md"]


# ---- #3: a glob of folders ------------------------------------------------------------------------

def test_guard_a_local_glob_of_folders_takes_no_top_file(desk):
    assert _rel(sources(["*/"], Session().config_for), desk) == ["sub/b.md", "sub/deep/c.md"]


@pytest.mark.xfail(strict=True, reason="qa387 #3: a URL glob ending in '/' (file:///desk/*/) matches the top "
                   "folder's files too (a.md, notes.ann are audited), where the local glob */ takes folders only")
def test_a_file_url_glob_of_folders_takes_no_top_file(desk):
    assert _rel(sources([desk.as_uri() + "/*/"], Session().config_for), desk) == ["sub/b.md", "sub/deep/c.md"]


@pytest.mark.xfail(strict=True, reason="qa387 #3: a remote glob ending in '/' (memory://c/*/) audits the "
                   "top folder's files")
def test_a_remote_glob_of_folders_takes_no_top_file():
    fs = fsspec.filesystem("memory")
    for rel in ("a.md", "sub/b.md"):
        fs.pipe(f"/qa387-folders/{rel}", b"# A\n")
    try:
        assert sources(["memory://qa387-folders/*/"], _config([])) == ["memory:///qa387-folders/sub/b.md"]
    finally:
        fs.rm("/qa387-folders", recursive=True)


def test_guard_a_file_url_glob_walks_the_folders_it_matches_as_the_local_glob(desk):
    for glob in ("*", "s*", "**", "**/*.md", "sub/**"):
        assert _rel(sources([desk.as_uri() + "/" + glob], Session().config_for), desk) == \
            _rel(sources([glob], Session().config_for), desk), glob


# ---- #4: a percent-encoded path inside a chain (author-noted) -------------------------------------

@pytest.mark.xfail(strict=True, reason="qa387 #4 (author-noted): a chain's percent-encoded file:// part "
                   "(zip://::file:///my%20desk/a%20b.zip, as Path.as_uri() spells it) is not decoded: the audit "
                   "stops, exit 2 'cannot read the sources: No such file or directory'")
def test_a_percent_encoded_archive_in_a_chain_is_found(tmp_path):
    (tmp_path / "my desk").mkdir()
    with zipfile.ZipFile(tmp_path / "my desk" / "a b.zip", "w") as z:
        z.writestr("s/a.md", DOUBLED)
    missing: list[str] = []
    found = sources(["zip://::" + (tmp_path / "my desk" / "a b.zip").as_uri()], _config([]), missing=missing)
    assert len(found) == 1 and missing == []


def test_guard_the_same_chain_spelt_plainly_is_found(tmp_path):
    (tmp_path / "my desk").mkdir()
    with zipfile.ZipFile(tmp_path / "my desk" / "a b.zip", "w") as z:
        z.writestr("s/a.md", DOUBLED)
    assert len(sources(["zip://::file://" + str(tmp_path / "my desk" / "a b.zip")], _config([]))) == 1


# ---- #5: the --output inside a file:// folder (author-noted) -------------------------------------

@pytest.mark.xfail(strict=True, reason="qa387 #5 (author-noted): a file:// folder's walk enters the audit's own "
                   "--output (avoid), so a --resume counts its Parquet and _plan.json as 'not read', where the "
                   "local walk does not")
def test_a_file_url_walk_leaves_the_audits_own_output_alone(desk):
    _write(desk, {"out/part-0.parquet": "x", "out/_articles/part-0.parquet": "x", "out/_plan.json": "{}"})
    avoid = frozenset({str(desk / "out")})
    local: dict[str, int] = {}
    sources(["."], Session().config_for, passed=local, avoid=avoid)
    url: dict[str, int] = {}
    sources([desk.as_uri()], Session().config_for, passed=url, avoid=avoid)
    assert local == {".ann": 1} and url == local


# ---- #6: a ** glob's 'not read' ---------------------------------------------------------------------

def test_a_file_url_double_star_glob_counts_no_file_it_names_as_not_read(tmp_path):
    _write(tmp_path, {"a.md": "# A\n", "sub/deep/c.md": "# C\n", "sub/deep/n.ann": "x\n"})
    passed: dict[str, int] = {}
    found = sources([tmp_path.as_uri() + "/**"], _config([]), passed=passed)
    assert "sub/deep/n.ann" in _rel(found, tmp_path)
    assert passed == {}


def test_guard_a_file_url_folder_walk_counts_each_other_file_once(tmp_path):
    _write(tmp_path, {"a.md": "# A\n", "sub/deep/c.md": "# C\n", "sub/deep/n.ann": "x\n"})
    passed: dict[str, int] = {}
    assert _rel(sources([tmp_path.as_uri()], _config([]), passed=passed), tmp_path) == ["a.md", "sub/deep/c.md"]
    assert passed == {".ann": 1}


# ---- #7: word-processor files in a file:// walk -------------------------------------------------

@pytest.mark.xfail(strict=True, reason="qa387 #7: a file:// folder's walk says nothing of the .docx and .pdf it "
                   "leaves out (local: 'left out 2 word-processor or PDF files ... save each as Plain Text') and "
                   "counts them 'not read' instead")
def test_a_file_url_walk_says_the_word_processor_files_it_leaves_out(tmp_path, monkeypatch):
    _write(tmp_path, {"a.md": "# A\n", "x.pdf": "%PDF-1.4\n", "y.docx": "PK\n"})
    monkeypatch.chdir(tmp_path)
    local: list[str] = []
    sources(["."], _config([]), left_out=local, passed={})
    assert len(local) == 1 and "word-processor or PDF" in local[0]
    url: list[str] = []
    passed: dict[str, int] = {}
    sources([tmp_path.as_uri()], _config([]), left_out=url, passed=passed)
    assert len(url) == 1 and "word-processor or PDF" in url[0] and passed == {}


# ---- #8, #9, #10: percent-encoded and host file:// URLs --------------------------------------------

@pytest.fixture
def named(tmp_path):
    _write(tmp_path, {"desk [2019]/a.md": "# A\n", "100 .md": "# space\n", "100%20.md": "# literal\n",
                      "100%/c.md": "# C\n", "café/é.md": "# E\n"})
    return tmp_path


@pytest.mark.xfail(strict=True, reason="qa387 #8: a percent-encoded glob whose folder holds brackets "
                   "(file:///desk%20%5B2019%5D/*.md) is 'no such file': %5B..%5D are decoded into a character "
                   "class, though the URL spells literal brackets")
def test_an_encoded_glob_in_a_bracketed_folder_matches_its_files(named):
    missing: list[str] = []
    assert _rel(sources([(named / "desk [2019]").as_uri() + "/*.md"], _config([]), missing=missing), named) == \
        ["desk [2019]/a.md"], missing


@pytest.mark.xfail(strict=True, reason="qa387 #9: Path('100 .md').as_uri() (…/100%20.md) audits the file "
                   "literally named '100%20.md' when both exist: the spelling is taken over the URL's meaning")
def test_the_as_uri_of_a_spaced_name_audits_that_file(named):
    found = sources([(named / "100 .md").as_uri()], _config([]))
    assert len(found) == 1
    with fsspec.open(found[0], "rb") as f:
        assert f.read() == b"# space\n"


def test_guard_percent_names_are_found_as_as_uri_and_as_spelt(named):
    config = _config([])
    assert _rel(sources([(named / "100%20.md").as_uri()], config), named) == ["100%20.md"]       # %2520
    assert _rel(sources([(named / "100%").as_uri()], config), named) == ["100%/c.md"]            # %25
    assert _rel(sources([(named / "100%").as_uri() + "/*.md"], config), named) == ["100%/c.md"]
    assert _rel(sources([(named / "desk [2019]").as_uri()], config), named) == ["desk [2019]/a.md"]
    assert _rel(sources([(named / "café").as_uri() + "/*.md"], config), named) == ["café/é.md"]
    for url in sources([(named / "100%").as_uri(), (named / "café").as_uri()], config):
        with fsspec.open(url, "rb") as f:       # the names the plan gives open as they are
            assert f.read().startswith(b"# ")


@pytest.mark.xfail(strict=True, reason="qa387 #10: a file URL with the host RFC 8089 allows "
                   "(file://localhost/...) is 'no such file, folder or URL'")
def test_a_file_url_naming_localhost_is_read(named):
    missing: list[str] = []
    assert _rel(sources(["file://localhost" + str(named / "café")], _config([]), missing=missing), named) == \
        ["café/é.md"], missing


# ---- #11: one file named by its path and by its file:// URL ---------------------------------------

@pytest.mark.xfail(strict=True, reason="qa387 #11: one file named by its path and by a file:// URL (or "
                   "file:///d/./a.md) is audited twice, its findings doubled; README: a file named twice is "
                   "audited once")
def test_a_file_named_by_path_and_file_url_is_audited_once(desk):
    assert len(sources(["a.md", (desk / "a.md").as_uri(), f"file://{desk}/./a.md"], Session().config_for)) == 1


def test_guard_an_encoded_and_a_plain_file_url_of_one_folder_give_each_file_once(named):
    plain = "file://" + str(named / "desk [2019]")
    assert len(sources([(named / "desk [2019]").as_uri(), plain], _config([]))) == 1


# ---- guards: exclude: on URL sources, exit codes and lines ---------------------------------------

def test_guard_an_excluded_encoded_file_url_is_skipped_and_said(tmp_path, audit_client):
    _write(tmp_path, {"my desk/README.md": "# R\n", "my desk/a.md": DOUBLED,
                      ".newslint.yaml": 'exclude: ["README*", "drafts/"]\n', "my desk/drafts/d.md": DOUBLED})
    url = (tmp_path / "my desk" / "README.md").as_uri()
    done = audit(tmp_path, url, "-o", "out", *_at(audit_client))
    assert done.exit_code == 2
    assert done.stderr.splitlines() == [
        f"newslint: skipped {url} (matched by exclude: in .newslint.yaml; take it out of exclude: to lint it)"]
    folder = (tmp_path / "my desk" / "drafts").as_uri()
    done = audit(tmp_path, folder + "/*.md", "-o", "out2", *_at(audit_client))
    assert done.exit_code == 2
    assert done.stderr.splitlines() == [
        f"newslint: {folder}/*.md: no article or export files found (the config's exclude: skips files)"]
    gone = (tmp_path / "my desk" / "no such.md").as_uri()
    done = audit(tmp_path, url, gone, "-o", "out3", *_at(audit_client))
    assert done.exit_code == 1, done.stderr
    assert f"newslint: {gone}: file.missing: no such file or folder" in done.stderr.splitlines()


def test_guard_an_archive_roots_glob_matches_exclude_from_the_root(tmp_path):
    for rel in ("README.txt", "a.txt", "sub/b.md"):
        (tmp_path / "src" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "src" / rel).write_text("x\n")
    with tarfile.open(tmp_path / "a.tar", "w") as t:
        for rel in ("README.txt", "a.txt", "sub/b.md"):
            t.add(tmp_path / "src" / rel, arcname=rel)
    url = "tar://*::" + (tmp_path / "a.tar").as_uri()
    tails = [u.split("::")[0].split("://", 1)[1].lstrip("/") for u in sources([url], _config(["/README*", "b.md"]))]
    assert tails == ["a.txt"]


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs /work/shared")
@pytest.mark.parametrize("top", ["formats", "corpora/bbc", "mdrepos"])
def test_guard_real_corpora_local_file_url_and_file_url_glob_find_the_same_files(top):
    config = _config(["README*", "LICENSE*", "*.xsd", "/mdrepos/18f/**", "!**/a*.md", "business/",
                      "wordpress-wxr/", "**/entertainment/0*.txt"], root=str(SHARED))
    folder = SHARED / top
    local: dict[str, int] = {}
    want = sorted(sources([str(folder)], config, passed=local))
    assert want
    for spec in (folder.as_uri(), folder.as_uri() + "/*"):
        url: dict[str, int] = {}
        assert sorted(u[len("file://"):] for u in sources([spec], config, passed=url)) == want, spec
        assert url == local, spec


@pytest.mark.skipif(not (SHARED / "formats").is_dir(), reason="needs /work/shared/formats")
def test_guard_a_real_folders_audit_rows_agree_local_file_url_and_glob(tmp_path, audit_client):
    shutil.copytree(SHARED / "formats", tmp_path / "formats")
    _write(tmp_path, {"formats/.newslint.yaml": 'exclude: ["README*", "*.xsd", "!LISTING_2*", "wordpress-wxr/"]\n',
                      "formats/.hidden/x.md": DOUBLED})
    top = tmp_path / "formats"

    def rows(out):
        return collections.Counter(
            (os.path.relpath(r["path"][len("file://"):], top) if r["path"].startswith("file://") else r["path"],
             r["rule"], r["line"], r["column"], r["article"], r["published"]) for r in _rows(top / out))
    got = {}
    for out, spec in (("L", "."), ("U", top.as_uri()), ("G", top.as_uri() + "/*")):
        done = audit(top, spec, "-o", str(tmp_path / out), "--published", "1987-03-09", *_at(audit_client))
        assert done.exit_code in (0, 1), done.stderr
        got[out] = rows(tmp_path / out), done.exit_code
    assert got["L"][0] and got["U"] == got["L"] and got["G"] == got["L"]


# ---- guards: NewsML-G2 empty items carry no --published date -----------------------------------

def _g2():
    sys.path.insert(0, os.path.dirname(__file__))
    from test_fx522_empty_items import HOLLOW, ITEM, MESSAGE, STORY

    return HOLLOW, ITEM, MESSAGE, STORY


def test_guard_a_hollow_item_before_a_story_over_a_file_url_is_undated(tmp_path, audit_client):
    hollow, _, message, story = _g2()
    _write(tmp_path, {"desk/hf.xml": message.format(hollow + story),
                      "desk/crlf.xml": message.format(hollow).replace("\n", "\r\n")})
    done = audit(tmp_path, (tmp_path / "desk").as_uri(), "-o", "out", "--published", "1987-03-09",
                 *_at(audit_client))
    assert done.exit_code in (0, 1), done.stderr
    dated = {(r["path"].rsplit("/", 1)[1], r["article"]): r["published"] for r in _rows(tmp_path / "out" / "_articles")}
    assert dated == {("hf.xml", "urn:fx522:hollow"): None, ("hf.xml", "urn:fx522:story"): MAR9,
                     ("crlf.xml", "urn:fx522:hollow"): None}


@pytest.mark.parametrize("body", ["<p></p>", "<p>&#160;</p>", "<p> \n </p>", "<br/>", "<h1></h1><p></p>"])
def test_guard_hollow_item_shapes_carry_no_date(body):
    from lint.audit.work import dated
    from lint.engine import lint_bytes

    _, item, message, _ = _g2()
    source = message.format(item.format(guid="urn:qa387", status="usable", meta="", body=body))
    result = lint_bytes("g2.xml", source.encode(), Config(published=MAR9))
    docs = result.document.articles or [result.document]
    assert "file.empty" in {d.rule for d in result.diagnostics}
    assert dated(result, docs) == [None]


@pytest.mark.parametrize("item_set", ["\n   \n", "<!-- nothing -->"])
def test_guard_a_message_with_a_blank_or_comment_only_item_set_carries_no_date(item_set):
    from lint.audit.work import dated
    from lint.engine import lint_bytes

    _, _, message, _ = _g2()
    result = lint_bytes("g2.xml", message.format(item_set).encode(), Config(published=MAR9))
    assert dated(result, result.document.articles or [result.document]) == [None]
