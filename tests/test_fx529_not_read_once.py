"""fx529: an audit's 'not read' count takes each file once (qa387 #6): a
`**` glob (local or `file://`, or any fsspec URL) walks every folder it
matches again, and a file the glob names itself is audited, never 'not
read'. Guards: a folder, a `*` glob and two overlapping specs keep their
counts."""
from __future__ import annotations

import pytest

fsspec = pytest.importorskip("fsspec")

from lint.audit.plan import sources  # noqa: E402
from lint.config import Config  # noqa: E402

FILES = {"a.md": "# A\n", "sub/deep/c.md": "# C\n", "sub/deep/n.ann": "x\n", "sub/o.ann": "x\n",
         "sub/p.csv": "x\n"}


def _config(path):
    return Config()


@pytest.fixture
def desk(tmp_path, monkeypatch):
    for rel, text in FILES.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _passed(specs):
    passed: dict[str, int] = {}
    found = sources(specs, _config, passed=passed)
    return sorted(f.rsplit("/", 1)[-1] for f in found), passed


@pytest.mark.parametrize("top", ["local", "url"])
def test_a_double_star_glob_names_every_file_and_counts_none_not_read(desk, top):
    spec = "**" if top == "local" else desk.as_uri() + "/**"
    found, passed = _passed([spec])
    assert found == ["a.md", "c.md", "n.ann", "o.ann", "p.csv"]
    assert passed == {}


@pytest.mark.parametrize("top", ["local", "url"])
def test_a_double_star_glob_of_markdown_only_walks_nothing(desk, top):
    spec = "**/*.md" if top == "local" else desk.as_uri() + "/**/*.md"
    found, passed = _passed([spec])
    assert found == ["a.md", "c.md"] and passed == {}


@pytest.mark.parametrize("specs", [["."], ["*"]])
def test_guard_a_walk_counts_each_other_file_once(desk, specs):
    found, passed = _passed(specs)
    assert found == ["a.md", "c.md"]
    assert passed == {".ann": 2, ".csv": 1}


@pytest.mark.parametrize("specs", [[".", "sub"], ["sub", "sub/deep", "."]])
def test_walks_over_one_folder_count_each_other_file_once(desk, specs):
    found, passed = _passed(specs)
    assert found == ["a.md", "c.md"]
    assert passed == {".ann": 2, ".csv": 1}


@pytest.mark.parametrize("specs", [lambda d: [d.as_uri()], lambda d: [d.as_uri() + "/*"]])
def test_guard_a_file_url_walk_counts_each_other_file_once(desk, specs):
    found, passed = _passed(specs(desk))
    assert found == ["a.md", "c.md"]
    assert passed == {".ann": 2, ".csv": 1}


@pytest.mark.parametrize("specs", [lambda d: [d.as_uri(), (d / "sub").as_uri()],
                                   lambda d: [d.as_uri(), "sub"]])
def test_a_file_url_walk_and_another_over_one_folder_count_each_file_once(desk, specs):
    found, passed = _passed(specs(desk))
    assert sorted(set(found)) == ["a.md", "c.md"]
    assert passed == {".ann": 2, ".csv": 1}


def test_a_file_named_beside_its_folder_is_audited_not_counted(desk):
    found, passed = _passed(["sub/o.ann", "."])
    assert found == ["a.md", "c.md", "o.ann"]
    assert passed == {".ann": 1, ".csv": 1}


@pytest.fixture
def memory():
    fs = fsspec.filesystem("memory")
    for rel, text in FILES.items():
        fs.pipe(f"/fx529/{rel}", text.encode())
    yield "memory://fx529"
    fs.rm("/fx529", recursive=True)


def test_a_remote_double_star_glob_counts_none_not_read(memory):
    found, passed = _passed([memory + "/**"])
    assert found == ["a.md", "c.md", "n.ann", "o.ann", "p.csv"] and passed == {}


@pytest.mark.parametrize("specs", [lambda m: [m], lambda m: [m + "/*"]])
def test_guard_a_remote_walk_counts_each_other_file_once(memory, specs):
    found, passed = _passed(specs(memory))
    assert found == ["a.md", "c.md"]
    assert passed == {".ann": 2, ".csv": 1}


def test_two_remote_walks_over_one_folder_count_each_file_once(memory):
    found, passed = _passed([memory, memory + "/sub"])
    assert found == ["a.md", "c.md"]
    assert passed == {".ann": 2, ".csv": 1}


def test_guard_two_archives_holding_one_name_count_both(tmp_path):
    """Told apart by their chains (`::file:///a.zip`), not as one URL."""
    import zipfile

    specs = []
    for name in ("a.zip", "b.zip"):
        with zipfile.ZipFile(tmp_path / name, "w") as z:
            z.writestr("a.md", "# A\n")
            z.writestr("sub/n.ann", "x\n")
            z.writestr("sub/c.md", "# C\n")
        specs.append(f"zip://::{(tmp_path / name).as_uri()}")
    passed: dict[str, int] = {}
    sources(specs, _config, passed=passed)
    assert passed == {".ann": 2}
    passed = {}
    sources([specs[0], specs[0].replace("zip://::", "zip://sub::")], _config, passed=passed)
    assert passed == {".ann": 1}
