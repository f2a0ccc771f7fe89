"""Reading Vale configs: ini syntax, section globs, per-file rules, discovery, errors."""
from __future__ import annotations

import pytest
from vale_helpers import lines, vale_project

from lint.vale.config import load_file
from lint.vale.glob import Glob
from lint.vale.ini import parse, split_list

VERY = """\
    extends: existence
    message: "Avoid '%s'."
    level: warning
    tokens:
      - very
"""
WEASEL = """\
    extends: existence
    message: "'%s' is a weasel word!"
    level: suggestion
    ignorecase: true
    tokens:
      - quite
"""


def test_ini_sections_shadows_and_comments():
    secs = parse("StylesPath = styles # trailing comment\n; a comment\n"
                 "Vocab = A\nVocab = B, C\n[*.md]\nBasedOnStyles = X, Y\n")
    assert secs[0].get("StylesPath") == "styles"
    assert split_list(secs[0].values["Vocab"]) == ["A", "B", "C"]
    assert secs[1].name == "*.md" and split_list(secs[1].values["BasedOnStyles"]) == ["X", "Y"]


@pytest.mark.parametrize("pattern,path,hit", [
    ("*.md", "docs/a.md", True), ("*.{md,txt}", "a.txt", True), ("*.{md,txt}", "a.html", False),
    ("docs/**/*.md", "docs/x/y/a.md", True), ("!*.py", "a.md", True), ("!*.py", "a.py", False),
    ("[ab].md", "b.md", True), ("[!ab].md", "b.md", False),
])
def test_section_globs(pattern, path, hit):
    assert Glob(pattern).match(path) is hit


def test_later_section_replaces_styles_and_switches_merge(tmp_path):
    root = vale_project(tmp_path, """
        StylesPath = styles
        MinAlertLevel = suggestion
        [*]
        BasedOnStyles = S
        S.Weasel = NO
        [*.txt]
        BasedOnStyles = T
        [b.md]
        S.Weasel = YES
        """, {"S/Very": VERY, "S/Weasel": WEASEL, "T/Very": VERY})
    vc = load_file(str(root / ".vale.ini"))
    assert vc.settings_for(str(root / "a.md")).styles == ("S",)
    assert vc.settings_for(str(root / "a.txt")).styles == ("T",)
    assert dict(vc.settings_for(str(root / "b.md")).checks) == {"S.Weasel": True}
    assert dict(vc.global_checks) == {"S.Weasel": False}


def test_rules_run_by_style_switch_and_min_level(run_cli, tmp_path):
    root = vale_project(tmp_path, """
        StylesPath = styles
        MinAlertLevel = warning
        [*.md]
        BasedOnStyles = S
        S.Weasel = error
        """, {"S/Very": VERY, "S/Weasel": WEASEL},
        {"a.md": "A very quite good day.\n", "b.txt": "A very good day.\n"})
    res = run_cli("check", "--format", "vale", ".", cwd=root)
    # b.txt matches no section (and nothing is global), so Vale skips it; the
    # suggestion-level rule runs because the config raised it to error.
    assert lines(res) == ["a.md:1:3:S.Very:Avoid 'very'.",
                          "a.md:1:8:S.Weasel:'quite' is a weasel word!"]


def test_newslint_packs_only_when_the_config_names_them(run_cli, tmp_path):
    doc = {"a.md": "# Title\n\nThe the council met on Tue. and TK was said.\n"}
    off = vale_project(tmp_path / "off", "StylesPath = styles\n[*]\nBasedOnStyles = S\n",
                       {"S/Very": VERY}, doc)
    assert lines(run_cli("check", "--format", "vale", ".", cwd=off)) == []
    on = vale_project(tmp_path / "on", "StylesPath = styles\n[*]\nBasedOnStyles = S, hygiene\n",
                      {"S/Very": VERY}, doc)
    got = {ln.split(":")[3] for ln in lines(run_cli("check", "--format", "vale", ".", cwd=on))}
    assert "hygiene.placeholder" in got and not any(r.startswith("style.") for r in got)


def test_nearer_newslint_config_wins(run_cli, tmp_path):
    root = vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = S\n",
                        {"S/Very": VERY}, {"sub/a.md": "A very good day. TK\n", "a.md": "A very day.\n"})
    (root / "sub" / ".newslint.yaml").write_text("select: [hygiene]\n")
    got = lines(run_cli("check", "--format", "vale", ".", cwd=root))
    assert "a.md:1:3:S.Very:Avoid 'very'." in got
    assert any(ln.startswith("sub/a.md:") and ":hygiene.placeholder:" in ln for ln in got)
    assert not any(ln.startswith("sub/a.md:") and "S.Very" in ln for ln in got)


def test_vale_config_option_forces_one_config(run_cli, tmp_path):
    root = vale_project(tmp_path / "cfg", "StylesPath = styles\n[*]\nBasedOnStyles = S\n",
                        {"S/Very": VERY})
    doc = tmp_path / "docs" / "a.md"
    doc.parent.mkdir()
    doc.write_text("So very.\n")
    res = run_cli("check", "--format", "vale", "--vale-config", root / ".vale.ini", doc, cwd=tmp_path)
    assert lines(res) == ["docs/a.md:1:4:S.Very:Avoid 'very'."]


@pytest.mark.parametrize("config,rules,needle", [
    ("StylesPath = styles\n[*]\nBasedOnStyles = Nope\n", {}, "style 'Nope' does not exist"),
    ("StylesPath = styles\nPackages = Google\n[*]\nBasedOnStyles = Google\n", {},
     "styles); newslint does not download Packages: run `vale sync` first"),
    ("StylesPath = styles\nMinAlertLevel = loud\n", {}, "MinAlertLevel"),
    ("StylesPath = styles\n[*]\nBasedOnStyles = S\n",
     {"S/Bad": "extends: existence\nmessage: x\ntokens: ['(unclosed']\n"}, "Bad.yml:3:10: tokens"),
    ("StylesPath = styles\n[*]\nBasedOnStyles = S\n",
     {"S/Bad": "extends: sparkle\nmessage: x\n"}, "extends: 'sparkle' is not one of"),
    ("StylesPath = styles\nVocab = Missing\n[*]\nBasedOnStyles = Vale\n", {}, "Vocab: 'Missing'"),
    ("StylesPath = styles\n[*]\nS.Very = MAYBE\n", {"S/Very": VERY}, "S.Very: 'MAYBE'"),
    ("StylesPath = styles\n[*.md]\nBasedOnStyles = S\nTokenIgnores = (unclosed\n", {"S/Very": VERY},
     "TokenIgnores: '(unclosed' does not compile"),
])
def test_config_and_rule_errors_are_one_line_and_exit_2(run_cli, tmp_path, config, rules, needle):
    root = vale_project(tmp_path, config, rules, {"a.md": "A very good day.\n"})
    res = run_cli("check", "--format", "vale", ".", cwd=root)
    assert res.exit_code == 2
    err = res.stderr.strip().splitlines()
    assert len(err) == 1 and needle in err[0] and "Traceback" not in res.stderr


def test_unsupported_kinds_are_named_once_and_the_rest_run(run_cli, tmp_path):
    root = vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = S\n", {
        "S/Very": VERY,
        "S/Tengo": "extends: script\nmessage: x\nscript: 'x := 1'\n",
        "S/POS": "extends: sequence\nmessage: x\ntokens: [{tag: NN}]\n",
    }, {"a.md": "A very good day.\n", "b.md": "Very.\n"})
    res = run_cli("check", "--format", "vale", ".", cwd=root)
    assert lines(res) == ["a.md:1:3:S.Very:Avoid 'very'."]
    notes = [ln for ln in res.stderr.splitlines() if "not supported" in ln]
    assert len(notes) == 2 and any("S.Tengo" in n and "`script`" in n for n in notes)
