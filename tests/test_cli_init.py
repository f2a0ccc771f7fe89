"""`newslint init`: a commented starter config that changes nothing until a
line is uncommented, documents every key, and never overwrites a config."""
from __future__ import annotations

import re

from lint.cli_init import STARTER
from lint.config import KEYS, Config, find_config_file, load_file

EXAMPLE = re.compile(r"^# (?=[a-z-]+:|  )")     # "# key: ..." or "#   nested: ..."


def test_init_writes_a_starter_that_keeps_the_defaults(run_cli, tmp_path):
    result = run_cli("init", cwd=tmp_path)
    assert result.exit_code == 0, result.stderr
    path = tmp_path / ".newslint.yaml"
    assert path.read_text(encoding="utf-8") == STARTER
    assert "wrote .newslint.yaml" in result.stderr and "until now" not in result.stderr
    assert result.stdout == ""          # what it did is said on stderr, as check's notes
    assert find_config_file(str(tmp_path)) == str(path)
    loaded = load_file(str(path))
    assert loaded.path == str(path)
    # everything commented out: the same settings as no config at all
    assert loaded == Config(root=str(tmp_path), path=str(path))


def test_every_key_is_shown_and_every_example_is_valid(tmp_path):
    uncommented = "\n".join(EXAMPLE.sub("", line) for line in STARTER.splitlines()) + "\n"
    keys = {m[1] for m in re.finditer(r"^([a-z-]+):", uncommented, re.M)}
    assert keys == KEYS                      # a key added to the config must be shown here
    (tmp_path / "house-rules").mkdir()       # `rules:` names a folder that must exist
    (tmp_path / ".vale.ini").write_text("[*]\nBasedOnStyles = newslint\n", encoding="utf-8")   # `vale:`
    (tmp_path / ".newslint.yaml").write_text(uncommented, encoding="utf-8")
    config = load_file(str(tmp_path / ".newslint.yaml"))
    assert config.select and config.ignore and config.levels and config.options
    assert config.published is not None and config.jsonl and config.figures and config.image_fields
    assert config.vale is not None and config.vale.path == str(tmp_path / ".vale.ini")


def test_init_never_overwrites(run_cli, tmp_path):
    for name, text in ((".newslint.yaml", "select: [dates]\n"), (".newslint.yml", "ignore: [hygiene]\n"),
                       ("pyproject.toml", "[tool.newslint]\nselect = ['dates']\n")):
        folder = tmp_path / name.strip(".").replace(".", "-")
        folder.mkdir()
        (folder / name).write_text(text, encoding="utf-8")
        result = run_cli("init", cwd=folder)
        assert result.exit_code == 2
        assert result.stderr == (f"newslint: {name} already configures newslint here; "
                                 "init never overwrites a config\n")
        assert (folder / name).read_text(encoding="utf-8") == text
        assert sorted(p.name for p in folder.iterdir()) == [name]


def test_init_says_which_config_it_takes_the_place_of(run_cli, tmp_path):
    (tmp_path / ".newslint.yaml").write_text("select: [dates]\n", encoding="utf-8")
    (tmp_path / "desk").mkdir()
    result = run_cli("init", cwd=tmp_path / "desk")
    assert result.exit_code == 0
    assert f"files here used {tmp_path / '.newslint.yaml'} until now" in result.stderr
    # a pyproject.toml without [tool.newslint] is no config: init writes beside it
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert run_cli("init", cwd=tmp_path / "site").exit_code == 0
    assert (tmp_path / "site" / ".newslint.yaml").read_text(encoding="utf-8") == STARTER


def test_a_pyproject_that_sets_tool_newslint_any_way_is_a_config(run_cli, tmp_path, monkeypatch):
    # TOML says tool.newslint's keys in several ways; each is newslint's config,
    # not only a literal "[tool.newslint]" header (these were passed over)
    for n, text in enumerate(("[tool.newslint.levels]\ndates = 'suggestion'\n",
                              "[tool]\nnewslint.select = ['dates']\n",
                              "tool.newslint.select = ['dates']\n",
                              "[ tool . 'newslint' ]\nselect = ['dates']\n",
                              "[tool.newslint]\nselect = [\n")):      # broken: load_file says why
        folder = tmp_path / f"p{n}"
        folder.mkdir()
        (folder / "pyproject.toml").write_text(text, encoding="utf-8")
        assert find_config_file(str(folder)) == str(folder / "pyproject.toml"), text
        result = run_cli("init", cwd=folder)
        assert result.exit_code == 2, text
        assert "pyproject.toml already configures newslint here" in result.stderr
    loaded = load_file(str(tmp_path / "p0" / "pyproject.toml"))
    assert dict(loaded.levels) == {"dates": "suggestion"}
    # a project that only depends on newslint, or names the table in a comment, is no
    # config; the first is not even parsed
    import lint.toml_load

    def unparsed(text):
        assert "dependencies" not in text, "a mere dependency on newslint was parsed"
        return {}
    monkeypatch.setattr(lint.toml_load, "load_toml", unparsed)
    for n, text in enumerate(("[project]\nname = 'desk'\ndependencies = ['newslint']\n",
                              "# [tool.newslint] would go here\n[project]\nname = 'desk'\n")):
        folder = tmp_path / f"q{n}"
        folder.mkdir()
        (folder / "pyproject.toml").write_text(text, encoding="utf-8")
        assert find_config_file(str(folder)) is None, text


def test_the_select_example_names_every_pack():
    # uncommenting `select:` alone must not switch a pack off unsaid: without
    # `file` a missing or unreadable file named on the command line was silent
    from lint.file_notices import FILE_RULES
    from lint.rule_layout import rule_files
    from lint.ruleset import builtin_rules_folder

    (line,) = [line for line in STARTER.splitlines() if line.startswith("# select:")]
    shown = [p.strip() for p in line.split("[", 1)[1].rstrip("]").split(",")]
    packs = {rid.split(".")[0] for rid, _ in rule_files(builtin_rules_folder())}
    assert set(shown) == packs | {r.split(".")[0] for r in FILE_RULES}


def test_a_dangling_symlink_or_a_folder_in_the_way_is_named(run_cli, tmp_path):
    # discovery passes both over, so "already exists" sent the user to a file
    # that is not there to read
    (tmp_path / "link").mkdir()
    (tmp_path / "link" / ".newslint.yaml").symlink_to("house/newslint.yaml")
    result = run_cli("init", cwd=tmp_path / "link")
    assert result.exit_code == 2
    assert result.stderr == ("newslint: .newslint.yaml here is a symlink to house/newslint.yaml, "
                             "which does not exist; init never replaces it: remove it first\n")
    (tmp_path / "dir" / ".newslint.yaml").mkdir(parents=True)
    result = run_cli("init", cwd=tmp_path / "dir")
    assert (result.exit_code, result.stderr) == (
        2, "newslint: .newslint.yaml here is a folder; init never replaces it\n")


def test_a_write_cut_short_leaves_no_half_starter(tmp_path):
    # a disk full mid-write (here the file-size limit, which Python meets as
    # EFBIG) left the first bytes, a config every later run loaded
    import resource
    import subprocess
    import sys

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (100, 100))

    # -B: under the limit CPython's own .pyc writer (importlib's _write_atomic) keeps a
    # partial write and installs a 100-byte .pyc, whose header still matches the source,
    # so every later import of that module (this test's next run, any later subprocess)
    # failed with "EOFError: marshal data too short" (click printed "Aborted!", exit 1)
    result = subprocess.run([sys.executable, "-B", "-m", "lint", "init"], cwd=tmp_path, text=True,
                            capture_output=True, preexec_fn=small_files)
    assert result.returncode == 2
    assert result.stderr.startswith("newslint: cannot write .newslint.yaml: ")
    assert list(tmp_path.iterdir()) == []


def test_the_cut_short_test_leaves_no_broken_bytecode(tmp_path, monkeypatch):
    # the child inherits PYTHONPYCACHEPREFIX: a fresh cache it must leave usable (with -B it writes none)
    import subprocess
    import sys

    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
    monkeypatch.setenv("PYTHONPYCACHEPREFIX", str(tmp_path / "pycache"))
    (tmp_path / "work").mkdir()
    test_a_write_cut_short_leaves_no_half_starter(tmp_path / "work")
    after = subprocess.run([sys.executable, "-m", "lint", "--help"], cwd=tmp_path / "work", text=True,
                           capture_output=True)
    assert after.returncode == 0, after.stderr[-300:]
