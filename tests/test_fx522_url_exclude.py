"""fx522: qa384's faults in an audit's URL sources and `exclude:`. A URL whose
folder is its filesystem's root (an archive's '', memory's '/') is matched
by its files' whole paths (#6); a URL glob leaves out what `exclude:`
matches, under the folder it starts in, and walks a folder it matches (#2);
a `file://` URL naming an excluded file is left out, and said when nothing
else is audited (#4); a `file://` folder's walk counts no config the run
read as "not read" (#5); a percent-encoded `file://` URL is decoded (#8).
Inputs are synthetic (tmp_path, fsspec's memory, zip and tar filesystems)."""
from __future__ import annotations

import tarfile
import zipfile

import pytest

from audit_helpers import config_with as _config

fsspec = pytest.importorskip("fsspec")

from lint.audit.plan import PlanError, plan, sources  # noqa: E402
from lint.config import load_file  # noqa: E402
from lint.session import Session  # noqa: E402

TEXT = "The the council met.\n"
FILES = ("README.txt", "a.txt", "sub/b.md", "sub/deep/c.md")


def _tails(urls):
    """Each URL's path inside its archive (after the protocol, before a chain)."""
    return [u.split("::")[0].split("://", 1)[1].lstrip("/") for u in urls]


@pytest.fixture(params=["zip", "tar"])
def archive(request, tmp_path):
    if request.param == "zip":
        with zipfile.ZipFile(tmp_path / "a.zip", "w") as z:
            for rel in FILES:
                z.writestr(rel, TEXT)
        return "zip://::" + (tmp_path / "a.zip").as_uri()
    for rel in FILES:
        (tmp_path / "src" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "src" / rel).write_text(TEXT)
    with tarfile.open(tmp_path / "a.tar", "w") as t:
        for rel in FILES:
            t.add(tmp_path / "src" / rel, arcname=rel)
    return "tar://::" + (tmp_path / "a.tar").as_uri()


# ---- #6: an archive's root ----

@pytest.mark.parametrize("exclude, kept", [
    (["sub/"], ["README.txt", "a.txt"]),
    (["sub/b.md"], ["README.txt", "a.txt", "sub/deep/c.md"]),
    (["/sub/deep/"], ["README.txt", "a.txt", "sub/b.md"]),
    (["/a.txt", "README*"], ["sub/b.md", "sub/deep/c.md"]),
    (["*.md", "!sub/deep/c.md"], ["README.txt", "a.txt", "sub/deep/c.md"]),
])
def test_an_archive_roots_files_are_matched_by_their_whole_paths(archive, exclude, kept):
    assert _tails(sources([archive], _config(exclude))) == kept


def test_guard_an_archive_with_no_exclude_keeps_every_file(archive):
    assert _tails(sources([archive], _config([]))) == list(FILES)


@pytest.fixture
def memory():
    fs = fsspec.filesystem("memory")
    for rel in FILES:
        fs.pipe(f"/fx522-root/{rel}", TEXT.encode())
    yield "memory://fx522-root"
    fs.rm("/fx522-root", recursive=True)


@pytest.mark.parametrize("top", ["memory://", "memory:///"])
def test_guard_memorys_root_still_matches_from_its_first_folder(memory, top):
    kept = [u for u in sources([top], _config(["fx522-root/sub/", "/fx522-root/README*"])) if "fx522-root" in u]
    assert kept == ["memory:///fx522-root/a.txt"]


def test_guard_a_folder_below_the_root_matches_from_that_folder(memory):
    assert sources([memory + "/sub"], _config(["/b.md"])) == ["memory:///fx522-root/sub/deep/c.md"]


# ---- #2: a URL glob and exclude: ----

@pytest.fixture
def corpus():
    fs = fsspec.filesystem("memory")
    for rel in ("README.md", "a.md", "drafts/d.md", "drafts/keep.md", "notes/n.md", "notes/n.ann"):
        fs.pipe(f"/fx522-glob/{rel}", b"# A\n")
    yield "memory://fx522-glob"
    fs.rm("/fx522-glob", recursive=True)


def test_a_remote_glob_matches_exclude_under_the_folder_it_starts_in(corpus):
    assert sources([corpus + "/*.md"], _config(["/README*"])) == ["memory:///fx522-glob/a.md"]
    assert sources([corpus + "/*/*.md"], _config(["drafts/", "!drafts/keep.md"])) == [
        "memory:///fx522-glob/drafts/keep.md", "memory:///fx522-glob/notes/n.md"]


def test_a_remote_glob_walks_the_folders_it_matches_as_the_local_glob_does(corpus):
    passed: dict[str, int] = {}
    assert sources([corpus + "/*"], _config(["drafts/d.md", "README*"]), passed=passed) == [
        "memory:///fx522-glob/a.md", "memory:///fx522-glob/drafts/keep.md", "memory:///fx522-glob/notes/n.md"]
    assert passed == {".ann": 1}


def test_a_remote_glob_exclude_empties_is_said_naming_the_exclude(corpus):
    empty: list[str] = []
    assert sources([corpus + "/d*/*.md"], _config(["drafts/"]), empty=empty) == []
    assert empty == [f"{corpus}/d*/*.md: no article or export files found (the config's exclude: skips files)"]
    with pytest.raises(PlanError, match="no such file"):
        sources([corpus + "/nothing*.md"], _config([]))


def test_guard_a_remote_glob_with_no_exclude_keeps_every_match(corpus):
    assert sources([corpus + "/*.md"], _config([])) == [
        "memory:///fx522-glob/README.md", "memory:///fx522-glob/a.md"]


def test_an_archive_glob_is_matched_from_the_archives_root(archive):
    glob = archive.replace("://::", "://*.txt::")
    assert _tails(sources([glob], _config(["README*"]))) == ["a.txt"]
    assert _tails(sources([glob], _config([]))) == ["README.txt", "a.txt"]


@pytest.fixture
def desk(tmp_path, monkeypatch):
    for rel in ("drafts/a.md", "drafts/keep.md", "keep/k.md", "keep/notes.ann", "README.md", ".top.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("# A\n")
    (tmp_path / ".newslint.yaml").write_text('exclude: ["drafts/", "!drafts/keep.md", "/README*"]\n')
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("glob", ["*/*.md", "*", "drafts/*.md", "[dk]*/*", "**/*.md", ".*"])
def test_a_file_url_glob_keeps_what_the_local_glob_keeps(desk, glob):
    local = sources([glob], Session().config_for)
    assert local, glob
    assert sources([f"{desk.as_uri()}/{glob}"], Session().config_for) == [f"file://{desk / p}" for p in local]


# ---- #4: a file:// URL naming an excluded file ----

def test_a_file_url_naming_an_excluded_file_is_left_out_and_said_alone(desk):
    url = (desk / "drafts" / "a.md").as_uri()
    assert sources([url, "keep"], Session().config_for) == ["keep/k.md"]
    with pytest.raises(PlanError) as alone:
        plan([url], config_for=Session().config_for)
    assert str(alone.value) == (f"skipped {url} (matched by exclude: in .newslint.yaml; "
                                "take it out of exclude: to lint it)")


def test_guard_a_file_url_naming_a_kept_file_is_that_url(desk):
    for rel in ("drafts/keep.md", "keep/notes.ann"):
        url = (desk / rel).as_uri()
        assert sources([url], Session().config_for) == [url]


def test_guard_a_remote_url_naming_a_file_is_that_url_whatever_exclude_says(corpus):
    # a remote file lies under no folder exclude: is read from but the one its URL names
    assert sources([corpus + "/README.md"], _config(["README*"])) == [corpus + "/README.md"]


def test_the_audit_of_an_excluded_file_url_alone_says_checks_skipped_line(desk, audit_client):
    from test_qa77_regressions import audit

    url = (desk / "drafts" / "a.md").as_uri()
    done = audit(desk, url, "-o", "out", "--scheduler", audit_client.scheduler.address)
    assert done.exit_code == 2
    assert done.stderr.splitlines() == [
        f"newslint: skipped {url} (matched by exclude: in .newslint.yaml; take it out of exclude: to lint it)"]



# ---- #5: a file:// folder's settings are no file "not read" ----

def test_a_file_url_folder_counts_the_other_files_but_not_the_config_read(tmp_path):
    for rel, text in {"a.txt": "The the council met.\n", "notes.ann": "x\n", "c.yaml": 'exclude: ["x*"]\n',
                      "other.yaml": "a: 1\n"}.items():
        (tmp_path / rel).write_text(text)
    config = load_file(str(tmp_path / "c.yaml"))
    passed: dict[str, int] = {}
    assert sources([tmp_path.as_uri()], lambda p: config, passed=passed) == [(tmp_path / "a.txt").as_uri()]
    assert passed == {".ann": 1, ".yaml": 1}


def test_guard_a_remote_folders_yaml_is_counted_not_read(corpus):
    fsspec.filesystem("memory").pipe("/fx522-glob/notes/c.yaml", b"a: 1\n")
    passed: dict[str, int] = {}
    sources([corpus + "/notes"], _config([]), passed=passed)
    assert passed == {".ann": 1, ".yaml": 1}


# ---- #8: a percent-encoded file:// URL ----

@pytest.fixture
def spaced(tmp_path):
    for rel in ("my desk/k.md", "my desk/drafts/a.md", "100% sure/s.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("# K\n")
    return tmp_path


def test_a_percent_encoded_file_url_names_its_folder_glob_and_file(spaced):
    config = _config([])
    want = [f"file://{spaced / 'my desk' / 'drafts' / 'a.md'}", f"file://{spaced / 'my desk' / 'k.md'}"]
    assert sources([(spaced / "my desk").as_uri()], config) == want
    assert sources([(spaced / "my desk").as_uri() + "/*.md"], config) == want[1:]
    named = sources([(spaced / "100% sure" / "s.md").as_uri()], config)
    assert named == [f"file://{spaced / '100% sure' / 's.md'}"]
    with fsspec.open(named[0], "rb") as f:        # the name the plan gives opens as it is
        assert f.read() == b"# K\n"


def test_guard_a_file_named_as_spelt_is_taken_over_its_decoding(spaced):
    (spaced / "my%20desk").mkdir()
    (spaced / "my%20desk" / "p.md").write_text("# P\n")
    assert sources(["file://" + str(spaced / "my%20desk")], _config([])) == [
        f"file://{spaced / 'my%20desk' / 'p.md'}"]


def test_guard_a_file_url_where_nothing_is_stays_missing(spaced):
    missing: list[str] = []
    url = (spaced / "no desk").as_uri()
    assert sources([url], _config([]), missing=missing) == [] and missing == [url]
