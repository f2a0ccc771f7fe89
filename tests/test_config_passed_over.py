"""Two configs of newslint's own in one folder (qa92 #6): the one used is
named with the one passed over, once; `--config` names its own, so nothing
is said then."""
from __future__ import annotations

STORY = "The plan is TK.\n"


def test_a_yml_beside_a_pyproject_names_the_pyproject_passed_over(tmp_path, run_cli):
    (tmp_path / ".newslint.yml").write_text("select: [hygiene]\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.newslint]\nignore = ["hygiene"]\n', encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "story.txt", cwd=tmp_path)
    assert result.exit_code == 1, result.output          # the .yml is the one used
    assert result.stderr == (f"newslint: {tmp_path / '.newslint.yml'}: used; {tmp_path / 'pyproject.toml'} "
                             "beside it is not read (configs are not merged: move its settings into "
                             ".newslint.yml and delete it)\n"), result.stderr


def test_a_pyproject_without_tool_newslint_or_a_given_config_says_nothing(tmp_path, run_cli):
    (tmp_path / ".newslint.yaml").write_text("select: [hygiene]\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "desk"\n', encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "story.txt", cwd=tmp_path)
    assert result.exit_code == 1 and result.stderr == "", result.output
    (tmp_path / ".newslint.yml").write_text("select: [hygiene]\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--config", ".newslint.yml", "story.txt", cwd=tmp_path)
    assert result.exit_code == 1 and result.stderr == "", result.output


def test_another_name_of_the_config_used_says_nothing(tmp_path, run_cli):
    # qa96 #8: the .yaml a symlink to the .yml (the other way from qa96's), or a hard
    # link of it, is the config used under a second name, not a second config
    import os
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".newslint.yml").write_text("select: [hygiene]\n", encoding="utf-8")
    os.symlink(".newslint.yml", tmp_path / ".newslint.yaml")
    result = run_cli("check", "--no-cache", "story.txt", cwd=tmp_path)
    assert result.exit_code == 1 and result.stderr == "", result.output
    os.unlink(tmp_path / ".newslint.yaml")
    os.link(tmp_path / ".newslint.yml", tmp_path / ".newslint.yaml")
    result = run_cli("check", "--no-cache", "story.txt", cwd=tmp_path)
    assert result.exit_code == 1 and result.stderr == "", result.output
