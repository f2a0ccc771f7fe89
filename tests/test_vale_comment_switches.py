"""Vale's comments (vale.sh/docs/formats/markdown, "Comments") as newslint
reads them (fx179 #1): a style-wide switch naming `newslint`, the style a
Vale config gives newslint's rules (`BasedOnStyles = newslint`), hides
every rule of newslint's own and no Vale style's; a comment in none of
Vale's forms (`vale of`) and a dotless switch naming no style
(`vale Spelling = NO`) are each one `file.directive` warning at their
words, with the nearest form, rule or style. Synthetic input only."""
from __future__ import annotations

import json

HEAD = '---\ntitle: "Plan wins"\ndate: 2026-11-30\n---\n\n'


def _check(run_cli, tmp_path, body: str) -> list[dict]:
    (tmp_path / "story.md").write_text(HEAD + body, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", "story.md", cwd=tmp_path)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def _vale_site(tmp_path):
    """A Vale config running newslint and a style `Acme` whose one rule flags 'TK'."""
    (tmp_path / "styles" / "Acme").mkdir(parents=True)
    (tmp_path / "styles" / "Acme" / "Tk.yml").write_text(
        "extends: existence\nmessage: \"'%s' left in\"\nlevel: error\ntokens:\n  - TK\n",
        encoding="utf-8")
    (tmp_path / ".vale.ini").write_text(
        "StylesPath = styles\n\n[*.md]\nBasedOnStyles = newslint, Acme\n", encoding="utf-8")


def _where(found, rule):
    return [(f["line"], f["column"]) for f in found if f["rule"] == rule]


def test_newslint_style_switch_hides_newslint_rules_until_switched_back(tmp_path, run_cli):
    found = _check(run_cli, tmp_path, "The plan is TK.\n\n<!-- vale newslint = NO -->\n\n"
                   "The plan is TK.\n\n<!-- vale newslint = YES -->\n\nThe plan is TK.\n")
    assert _where(found, "hygiene.placeholder") == [(6, 13), (14, 13)], found
    assert _where(found, "file.directive") == [], found


def test_newslint_style_switch_leaves_a_vale_styles_rules_on(tmp_path, run_cli):
    _vale_site(tmp_path)
    found = _check(run_cli, tmp_path, "<!-- vale newslint = NO -->\n\nThe plan is TK.\n")
    assert _where(found, "hygiene.placeholder") == [], found
    assert _where(found, "Acme.Tk") == [(8, 13)], found
    # and the Vale style's own switch hides its rule, not newslint's
    found = _check(run_cli, tmp_path, "<!-- vale Acme = NO -->\n\nThe plan is TK.\n")
    assert _where(found, "hygiene.placeholder") == [(8, 13)], found
    assert _where(found, "Acme.Tk") == [], found


def test_a_comment_in_none_of_vales_forms_is_said_with_the_nearest(tmp_path, run_cli):
    found = _check(run_cli, tmp_path, "<!-- vale of -->\n\nThe plan is TK.\n")
    said = [f for f in found if f["rule"] == "file.directive"]
    assert [(f["line"], f["column"], f["end_column"]) for f in said] == [(6, 11, 13)], said
    assert "'of'" in said[0]["message"] and "vale off" in said[0]["message"], said
    assert _where(found, "hygiene.placeholder") == [(8, 13)], found       # it hid nothing
    # Vale 3.9's `vale styles = A, B` is one of Vale's forms: not said
    found = _check(run_cli, tmp_path, "<!-- vale styles = Acme, newslint -->\n\nThe plan.\n")
    assert _where(found, "file.directive") == [], found


def test_a_dotless_switch_naming_a_rule_is_said_with_its_rules(tmp_path, run_cli):
    found = _check(run_cli, tmp_path, "<!-- vale placeholder = NO -->\n\nThe plan is TK.\n")
    said = [f for f in found if f["rule"] == "file.directive"]
    assert [(f["line"], f["column"], f["end_column"]) for f in said] == [(6, 11, 22)], said
    assert "hygiene.placeholder" in said[0]["message"], said
    assert _where(found, "hygiene.placeholder") == [(8, 13)], found


def test_a_dotless_switch_near_nothing_is_said_with_the_styles(tmp_path, run_cli):
    found = _check(run_cli, tmp_path, "<!-- vale Spelling = NO -->\n\nThe plan is TK.\n")
    said = [f for f in found if f["rule"] == "file.directive"]
    assert [(f["line"], f["column"]) for f in said] == [(6, 11)], said
    assert "'Spelling'" in said[0]["message"] and "newslint" in said[0]["message"], said


def test_a_dotless_switch_under_a_vale_config_offers_vales_rule(tmp_path, run_cli):
    _vale_site(tmp_path)
    found = _check(run_cli, tmp_path, "<!-- vale Spelling = NO -->\n\nThe plan.\n")
    said = [f for f in found if f["rule"] == "file.directive"]
    assert len(said) == 1 and "Vale.Spelling" in said[0]["message"], said
    assert "no style or pack 'Spelling'" in said[0]["message"], said     # Vale reads a style there
