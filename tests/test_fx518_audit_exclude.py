"""fx518: qa383 #1 and #3. An audit's glob source whose every match
`exclude:` leaves out is said as an emptied folder is, naming the glob and
the exclude; a URL folder's walk leaves out what `exclude:` matches (a
`file://` file as its local path is, a remote one by its path under the
folder the URL names), and counts no excluded file as "not read". Inputs
are synthetic (tmp_path, fsspec's memory filesystem)."""
from __future__ import annotations

import pytest

from audit_helpers import scheduler_args as _at, rows as _rows
from test_qa77_regressions import audit

fsspec = pytest.importorskip("fsspec")

from lint.audit.plan import PlanError, sources  # noqa: E402
from lint.config import Config  # noqa: E402

NOTHING = "no article or export files found"


@pytest.fixture
def desk(tmp_path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text("# A\n\nThe the cat.\n")
    (tmp_path / "drafts" / "b.md").write_text("# B\n\nThe the dog.\n")
    (tmp_path / ".newslint.yaml").write_text('exclude: ["drafts/**"]\n')
    (tmp_path / "keep").mkdir()
    (tmp_path / "keep" / "k.md").write_text("# K\n\nThe the cat sat.\n")
    return tmp_path


# ---- qa383 #1: a glob exclude: empties ----

def test_a_glob_exclude_empties_is_said_as_an_emptied_folder_is(desk, audit_client):
    glob = audit(desk, "drafts/*.md", "-o", "out", *_at(audit_client))
    folder = audit(desk, "drafts", "-o", "out2", *_at(audit_client))
    assert glob.exit_code == folder.exit_code == 2
    assert glob.stderr == folder.stderr.replace("drafts:", "drafts/*.md:"), (glob.stderr, folder.stderr)
    assert glob.stderr.splitlines() == [
        f"newslint: drafts/*.md: {NOTHING} (the config's exclude: skips files)"]


def test_beside_another_source_the_glob_is_said_and_the_other_audited(desk, audit_client):
    done = audit(desk, "drafts/*.md", "keep", "-o", "out", *_at(audit_client))
    assert done.exit_code == 0, done.stderr
    assert f"newslint: drafts/*.md: {NOTHING} (the config's exclude: skips files)" in done.stderr.splitlines()
    assert {r["path"] for r in _rows(desk / "out" / "_articles")} == {"keep/k.md"}


def test_the_glob_names_the_exclude_of_a_config_below_its_folder(desk, audit_client):
    # the glob's folder, desk/, has the top config (no exclude: matches there); a deeper one's did
    (desk / "desk" / "sub").mkdir(parents=True)
    (desk / "desk" / "sub" / "b.md").write_text("# B\n\nThe the cat.\n")
    (desk / "desk" / "sub" / ".newslint.yaml").write_text('exclude: ["*.md"]\n')
    done = audit(desk, "desk/*/*.md", "-o", "out", *_at(audit_client))
    assert done.exit_code == 2
    assert done.stderr.splitlines() == [
        f"newslint: desk/*/*.md: {NOTHING} (the exclude: in desk/sub/.newslint.yaml skips files)"]


def test_a_glob_of_folders_with_no_article_says_so_without_an_exclude(tmp_path):
    (tmp_path / "empty1").mkdir()
    (tmp_path / "empty2").mkdir()
    (tmp_path / "empty2" / "notes.ann").write_text("x\n")
    empty: list[str] = []
    assert sources([str(tmp_path / "empty*")], empty=empty) == []
    assert empty == [f"{tmp_path / 'empty*'}: {NOTHING}"]
    with pytest.raises(PlanError, match=r"empty\*: no article or export files found$"):
        sources([str(tmp_path / "empty*")])


def test_guard_a_glob_with_one_match_kept_is_not_said(desk):
    (desk / "drafts" / "c.md").write_text("# C\n\nKept.\n")
    (desk / ".newslint.yaml").write_text('exclude: ["drafts/a.md", "drafts/b.md"]\n')
    empty: list[str] = []
    found = sources([str(desk / "drafts" / "*.md")], empty=empty,
                    config_for=lambda p: _config_of(desk))
    assert found == [str(desk / "drafts" / "c.md")] and empty == []


def test_guard_a_glob_that_matches_nothing_is_still_missing(tmp_path):
    missing: list[str] = []
    empty: list[str] = []
    assert sources([str(tmp_path / "nowhere*.md")], missing=missing, empty=empty) == []
    assert missing == [str(tmp_path / "nowhere*.md")] and empty == []


def test_guard_a_named_file_exclude_leaves_out_is_said_as_before(desk, audit_client):
    done = audit(desk, "drafts/a.md", "-o", "out", *_at(audit_client))
    assert done.exit_code == 2
    assert done.stderr.splitlines() == ["newslint: skipped drafts/a.md (matched by exclude: in "
                                        ".newslint.yaml; take it out of exclude: to lint it)"]


def _config_of(folder):
    from lint.config import load_file

    return load_file(str(folder / ".newslint.yaml"))


# ---- qa383 #3: a URL folder's walk leaves out what exclude: matches ----

@pytest.fixture
def memory():
    fs = fsspec.filesystem("memory")
    for rel, text in {"README.txt": "About\n", "a.txt": "A story.\n", "LICENSE.ann": "x\n",
                      "notes.ann": "y\n", "sub/README.md": "# R\n", "sub/b.md": "# B\n"}.items():
        fs.pipe(f"/fx518-corpus/{rel}", text.encode())
    yield "memory://fx518-corpus"
    fs.rm("/fx518-corpus", recursive=True)


def _in(exclude, path="/cfg/.newslint.yaml"):
    config = Config(exclude=tuple(exclude), path=path, root="/cfg")
    return lambda p: config


def test_a_remote_folders_files_are_matched_under_the_folder_the_url_names(memory):
    passed: dict[str, int] = {}
    found = sources([memory], _in(["README*", "LICENSE*"]), passed=passed)
    assert found == ["memory:///fx518-corpus/a.txt", "memory:///fx518-corpus/sub/b.md"]
    assert passed == {".ann": 1}            # notes.ann; LICENSE.ann is left out, not passed over
    # an anchored pattern is anchored at the folder the URL names
    assert sources([memory], _in(["/README*", "sub/b.md"])) == [
        "memory:///fx518-corpus/a.txt", "memory:///fx518-corpus/sub/README.md"]


def test_a_remote_folder_exclude_empties_names_the_exclude(memory):
    empty: list[str] = []
    assert sources([memory], _in(["*.txt", "*.md"]), empty=empty) == []
    assert empty == [f"{memory}: {NOTHING} (the config's exclude: skips files)"]


def test_guard_a_remote_folder_with_no_exclude_keeps_every_article(memory):
    assert sources([memory], _in([])) == [
        "memory:///fx518-corpus/README.txt", "memory:///fx518-corpus/a.txt",
        "memory:///fx518-corpus/sub/README.md", "memory:///fx518-corpus/sub/b.md"]


def test_a_file_url_folder_leaves_out_what_the_local_walk_does(desk, audit_client):
    # `drafts/**` is anchored at the config's folder, as for the local folder
    url = (desk / "drafts").as_uri()
    done = audit(desk, url, "-o", "out", *_at(audit_client))
    assert done.exit_code == 2
    assert done.stderr.splitlines() == [f"newslint: {url}: {NOTHING} (the config's exclude: skips files)"]
    local = audit(desk, "drafts", "-o", "out2", *_at(audit_client))
    assert local.stderr.replace("drafts:", f"{url}:", 1) == done.stderr


def test_a_configs_exclude_leaves_out_a_file_url_folders_files_and_their_count(tmp_path, audit_client):
    (tmp_path / "corpus").mkdir()
    for name, text in (("README.txt", "About this corpus\n\nThe the files.\n"), ("LICENSE.ann", "x\n"),
                       ("a.txt", "The the council met.\n"), ("notes.ann", "y\n")):
        (tmp_path / "corpus" / name).write_text(text)
    (tmp_path / "c.yaml").write_text('exclude: ["README*", "LICENSE*"]\n')
    url = (tmp_path / "corpus").as_uri()
    done = audit(tmp_path, "--config", "c.yaml", url, "-o", "out", *_at(audit_client))
    local = audit(tmp_path, "--config", "c.yaml", "corpus", "-o", "out2", *_at(audit_client))
    assert done.exit_code == local.exit_code == 0, done.stderr     # warnings only
    assert [r["path"] for r in _rows(tmp_path / "out" / "_articles")] == [f"{url}/a.txt"]
    assert "not read: 1 other file (1 .ann)" in done.stderr, done.stderr
    assert "not read: 1 other file (1 .ann)" in local.stderr, local.stderr
