"""`vale:` in .newslint.yaml names a .vale.ini: its sections pick the rules
(its styles and Vocab too) while the YAML's own keys still apply, so a desk
keeps its Vale style and its newslint settings in one run (nu27 #8: a
.vale.ini beside .newslint.yaml was ignored, and --config with --vale-config
is refused)."""
from __future__ import annotations

from vale_helpers import vale_project

HEDGE = "extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: error\ntokens: [Perhaps]\n"
HOUSE = ("extends: existence\nmessage: \"LNS style: '%s'\"\nlevel: suggestion\n"
         "description: Words the desk does not use.\ntokens: [utilize]\n"
         "examples:\n  - fail: \"We utilize it.\"\n  - pass: \"We use it.\"\n")
INI = "StylesPath = styles\n[*.{md,nitf}]\nBasedOnStyles = Desk, lns\n"
STORY = "# Fares\n\nPerhaps the port will utilize a barge.\n"


def desk(tmp_path, yaml: str):
    root = vale_project(tmp_path / "vale", INI, {"Desk/Hedges": HEDGE})
    (tmp_path / "house" / "lns").mkdir(parents=True)
    (tmp_path / "house" / "lns" / "words.yaml").write_text(HOUSE, encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    for rel in ("story.md", "drafts/story.md"):
        (tmp_path / rel).write_text(STORY, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text(yaml, encoding="utf-8")
    return root


def test_the_vale_style_and_the_yaml_settings_run_together(run_cli, tmp_path):
    desk(tmp_path, "vale: vale/.vale.ini\nrules: [house]\nexclude: [drafts/]\n"
                   "levels: {Desk.Hedges: warning}\nfail-level: suggestion\n")
    res = run_cli("check", "--no-cache", "story.md", "drafts/story.md", cwd=tmp_path)
    assert res.stdout.splitlines() == [
        "story.md:3:1: warning [Desk.Hedges] Avoid 'Perhaps'.",        # the style, re-levelled by levels:
        "story.md:3:23: suggestion [lns.words] LNS style: 'utilize'",  # the house pack the .vale.ini names
        "Found 2 problems (1 warning, 1 suggestion) in 1 file.",       # drafts/ left out by exclude:
    ]
    assert res.exit_code == 1, res.stderr                              # fail-level: suggestion


def test_without_the_key_the_yaml_alone_applies(run_cli, tmp_path):
    desk(tmp_path, "rules: [house]\nexclude: [drafts/]\n")
    res = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert "Desk.Hedges" not in res.stdout and "[lns.words]" in res.stdout


def test_a_wrong_value_is_placed_at_the_key(run_cli, tmp_path):
    desk(tmp_path, "vale: vale/missing.ini\n")
    res = run_cli("check", "story.md", cwd=tmp_path)
    assert res.exit_code == 2
    assert ".newslint.yaml:1:7: vale: 'vale/missing.ini': no such file" in res.stderr
    (tmp_path / ".newslint.yaml").write_text("vale: [a, b]\n", encoding="utf-8")
    res = run_cli("check", "story.md", cwd=tmp_path)
    assert res.exit_code == 2 and ".newslint.yaml:1:7: vale: must be the path of a Vale config" in res.stderr


def test_a_broken_vale_config_names_itself(run_cli, tmp_path):
    root = desk(tmp_path, "vale: vale/.vale.ini\n")
    (root / ".vale.ini").write_text("StylesPath = styles\n[*]\nBasedOnStyles = Nope\n", encoding="utf-8")
    res = run_cli("check", "story.md", cwd=tmp_path)
    assert res.exit_code == 2 and f"newslint: {root / '.vale.ini'}:3:17: BasedOnStyles" in res.stderr


def test_config_with_vale_config_is_refused_and_says_the_key(run_cli, tmp_path):
    root = desk(tmp_path, "rules: [house]\n")
    res = run_cli("check", "--config", ".newslint.yaml", "--vale-config", root / ".vale.ini",
                  "story.md", cwd=tmp_path)
    assert res.exit_code == 2 and "a config's `vale:` key names the Vale config" in res.stderr
