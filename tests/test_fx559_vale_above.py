"""fx559: a folder's own .newslint.yaml below a .vale.ini is the nearest
config, so the Vale style stops there: the run says so once, with the key
that would read it (nu74 #6); nothing is said where nothing is lost."""
from vale_helpers import WE

STORY = "# Crew\n\nWe left on Tuesday.\n"
ABOVE = "above it is not read"


def _desk(tmp_path, nested="ignore: [titles]\n"):
    (tmp_path / "styles" / "House").mkdir(parents=True)
    (tmp_path / "styles" / "House" / "We.yml").write_text(WE)
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\n\n[*]\nBasedOnStyles = House\n")
    (tmp_path / "a.md").write_text(STORY)
    op = tmp_path / "opinion"
    op.mkdir()
    if nested is not None:
        (op / ".newslint.yaml").write_text(nested)
    (op / "op.md").write_text(STORY)
    return op


def test_nested_config_says_the_vale_ini_above_once(tmp_path, run_cli):
    _desk(tmp_path)
    res = run_cli("check", "--format", "vale", "a.md", "opinion/op.md", cwd=tmp_path)
    said = [ln for ln in res.stderr.splitlines() if ABOVE in ln]
    assert len(said) == 1
    assert "opinion/.newslint.yaml: used; " in said[0]
    assert "add 'vale: ../.vale.ini' to .newslint.yaml" in said[0]
    assert "a.md:3:1:House.We:" in res.stdout and "op.md:3:1" not in res.stdout


def test_key_it_names_does_run_the_style(tmp_path, run_cli):
    _desk(tmp_path, "vale: ../.vale.ini\nignore: [titles]\n")
    res = run_cli("check", "--format", "vale", "opinion/op.md", cwd=tmp_path)
    assert "opinion/op.md:3:1:House.We:" in res.stdout
    assert ABOVE not in res.stderr and "not read" not in res.stderr


def test_pyproject_nested_gives_toml_key(tmp_path, run_cli):
    op = _desk(tmp_path, None)
    (op / "pyproject.toml").write_text("[tool.newslint]\nignore = ['titles']\n")
    res = run_cli("check", "opinion/op.md", cwd=tmp_path)
    assert """add 'vale = "../.vale.ini"' to [tool.newslint] in pyproject.toml""" in res.stderr


def test_no_line_without_a_vale_ini_above(tmp_path, run_cli):
    (tmp_path / ".newslint.yaml").write_text("ignore: [titles]\n")
    (tmp_path / "opinion").mkdir()
    (tmp_path / "opinion" / ".newslint.yaml").write_text("ignore: [names]\n")
    (tmp_path / "opinion" / "op.md").write_text(STORY)
    res = run_cli("check", "opinion/op.md", cwd=tmp_path)
    assert "not read" not in res.stderr


def test_no_line_for_a_file_the_vale_ini_governs(tmp_path, run_cli):
    _desk(tmp_path, None)
    res = run_cli("check", "--format", "vale", "opinion/op.md", cwd=tmp_path)
    assert "opinion/op.md:3:1:House.We:" in res.stdout
    assert "not read" not in res.stderr


def test_beside_wins_over_above(tmp_path, run_cli):
    op = _desk(tmp_path)
    (op / ".vale.ini").write_text("StylesPath = ../styles\n\n[*]\nBasedOnStyles = House\n")
    res = run_cli("check", "opinion/op.md", cwd=tmp_path)
    assert ".vale.ini beside it is not read" in res.stderr
    assert ABOVE not in res.stderr


def test_a_saved_report_with_the_above_line_is_known_as_ours(tmp_path, run_cli):
    from lint.readers._own_reports import STDERR, own_report
    _desk(tmp_path)
    res = run_cli("check", "opinion/op.md", "a.md", cwd=tmp_path)
    said = next(ln for ln in res.stderr.splitlines() if ABOVE in ln)
    assert said.startswith(STDERR)
    body = "s.md:1:1: error [titles.missing-headline] no headline: the article has no headline or title field\n"
    summary = "Found 1 problem (1 error) in 1 file.\n"
    assert own_report(f"{said}\n{body}{summary}", "txt") == "text"
    assert own_report(f"{said}x\n{body}{summary}", "txt") is None
