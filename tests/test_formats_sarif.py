"""SARIF 2.1.0 on findings made by hand: rule metadata (reportingDescriptor,
§3.49), locations and fixes (§3.30, §3.55), artifacts outside the root (§3.4)."""
from __future__ import annotations

import json
from types import SimpleNamespace

from lint.diagnostic import Diagnostic, Fix
from lint.document import Document
from lint.formatters import Report, render
from lint.formatters._common import FILE_RULE_HELP
from lint.ruleset import Rule

SOURCE = "Vote\n\nThe the council met. Café owners agreed.\n"


def rule(rule_id: str, level: str, link: str = "", fixable: bool = False) -> Rule:
    return Rule(rule_id, "repetition", "says so", level, (), f"Checks {rule_id}. More words here.",
                link, [], {}, "", checker=SimpleNamespace(fixable=fixable))


def sarif(found, rules, root="", documents=None) -> dict:
    return json.loads(render("sarif", Report(found, rules=rules, root=root,
                                             documents=documents or {})))["runs"][0]


def test_rules_are_described_for_viewers():
    rules = {"hygiene.doubled-word": rule("hygiene.doubled-word", "warning", fixable=True),
             "style.ap-dates": rule("style.ap-dates", "suggestion", "https://apstylebook.com/x")}
    d = Diagnostic("a.txt", 1, 1, 1, 2, "file.too-large", "error", "too big")
    run = sarif([d], rules)
    described = run["tool"]["driver"]["rules"]
    # every configured rule plus the file problems found, sorted by id; ruleIndex points in
    assert [r["id"] for r in described] == ["file.too-large", "hygiene.doubled-word",
                                            "style.ap-dates"]
    assert run["results"][0]["ruleIndex"] == 0
    file_rule, doubled, dates = described
    assert file_rule == {
        "id": "file.too-large", "name": "FileTooLarge",
        "shortDescription": {"text": "File problem: too-large"},
        "fullDescription": {"text": FILE_RULE_HELP}, "help": {"text": FILE_RULE_HELP},
        "defaultConfiguration": {"level": "warning"}, "properties": {"tags": ["file"]}}
    assert doubled["name"] == "HygieneDoubledWord"        # an identifier without separators
    assert doubled["help"]["text"] == ("Checks hygiene.doubled-word. More words here.\n\n"
                                       "Examples: newslint explain hygiene.doubled-word")
    assert doubled["properties"] == {"tags": ["hygiene"], "kind": "repetition", "fixable": True}
    assert "helpUri" not in doubled
    assert dates["defaultConfiguration"] == {"level": "note"}         # SARIF has no "suggestion"
    assert dates["help"]["text"] == ("Checks style.ap-dates. More words here.\n\n"
                                     "Examples: newslint explain style.ap-dates\n"
                                     "Reference: https://apstylebook.com/x")
    assert dates["helpUri"] == "https://apstylebook.com/x"
    assert dates["properties"]["fixable"] is False


def test_results_place_findings_and_fixes(tmp_path):
    root = tmp_path / "site"
    inside, outside = str(root / "news" / "a b.txt"), str(tmp_path / "else.txt")
    start = SOURCE.index("The the")
    cafe = SOURCE.index("Café")
    found = [
        # the fix covers exactly the finding: its region is the finding's
        Diagnostic(inside, 3, 1, 3, 8, "hygiene.doubled-word", "warning", "doubled",
                   Fix(start, start + 7, "The"), start, start + 7, "The the", "post-1"),
        # a fix over part of it: a character region (charOffset/charLength, in code points)
        Diagnostic(inside, 3, 22, 3, 26, "style.x", "error", "accent", Fix(cafe + 3, cafe + 4, "e"),
                   cafe, cafe + 4, "Café"),
        Diagnostic(outside, 2, 4, 2, 4, "style.x", "error", "a point", None, 5, 5, ""),
    ]
    docs = {inside: Document(path=inside, source=SOURCE, format="text")}
    run = sarif(found, {}, root=str(root), documents=docs)
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": root.resolve().as_uri() + "/"}}
    doubled, accent, point = run["results"]
    loc = doubled["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "news/a%20b.txt", "uriBaseId": "%SRCROOT%"}
    assert loc["region"] == {"startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 8,
                             "snippet": {"text": "The the"}}
    assert doubled["properties"] == {"article": "post-1"}
    (change,) = doubled["fixes"][0]["artifactChanges"]
    assert doubled["fixes"][0]["description"] == {"text": "Replace with 'The'"}
    assert change == {"artifactLocation": loc["artifactLocation"], "replacements": [{
        "deletedRegion": {"startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 8},
        "insertedContent": {"text": "The"}}]}
    assert accent["level"] == "error" and "properties" not in accent
    assert accent["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"] == {
        "charOffset": cafe + 3, "charLength": 1}
    # outside the root: an absolute file URI, no base id; a point finding keeps endColumn >= startColumn
    ploc = point["locations"][0]["physicalLocation"]
    assert ploc["artifactLocation"] == {"uri": (tmp_path / "else.txt").resolve().as_uri()}
    assert ploc["region"] == {"startLine": 2, "startColumn": 4, "endLine": 2, "endColumn": 4}
    assert "fixes" not in point
    assert len({r["partialFingerprints"]["newslint/v1"] for r in run["results"]}) == 3


def test_without_a_root_there_is_no_base_id():
    run = sarif([Diagnostic("a.txt", 1, 1, 1, 2, "style.x", "warning", "m")], {})
    assert "originalUriBaseIds" not in run
    assert run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a.txt"


def test_the_tag_is_the_pack_even_when_the_name_has_dots():
    # a Vale style's `Acme/Avoid.Jargon.yml` is rule `Acme.Avoid.Jargon` of pack `Acme`
    run = sarif([], {"Acme.Avoid.Jargon": rule("Acme.Avoid.Jargon", "warning")})
    (described,) = run["tool"]["driver"]["rules"]
    assert described["properties"]["tags"] == ["Acme"]
    assert described["name"] == "AcmeAvoidJargon"


def test_a_rules_default_level_is_the_runs_not_the_rule_files():
    """nu28 #8: levels: in the config set the default (most files' config wins)."""
    from lint.config import Config
    from lint.rules_table import run_levels

    rules = {"house.subs": rule("house.subs", "warning"), "house.hed": rule("house.hed", "error"),
             "style.ap-dates": rule("style.ap-dates", "warning")}
    root = Config(levels=(("house.subs", "error"),), path="/p/.newslint.yaml")
    opinion = Config(levels=(("house.subs", "warning"),), ignore=("house.hed",),
                     path="/p/opinion/.newslint.yaml")
    levels = run_levels(rules, [root, root, opinion])
    assert levels == {"house.subs": "error", "house.hed": "error", "style.ap-dates": "warning"}
    assert run_levels(rules, [root, opinion, opinion])["house.subs"] == "warning"
    assert run_levels(rules, [root, opinion])["house.subs"] == "warning"   # a tie: the rule's own
    assert run_levels(rules, [opinion])["house.hed"] == "off"
    run = json.loads(render("sarif", Report([], rules=rules, levels={**levels, "house.hed": "off"})))
    described = {r["id"]: r["defaultConfiguration"] for r in run["runs"][0]["tool"]["driver"]["rules"]}
    assert described == {"house.subs": {"level": "error"},
                         "house.hed": {"level": "error", "enabled": False},
                         "style.ap-dates": {"level": "warning"}}


def test_check_writes_the_configs_level_as_the_default(run_cli, tmp_path):
    (tmp_path / ".newslint.yaml").write_text(
        "levels:\n  style.date-ordinal: suggestion\nignore: [hygiene.doubled-word]\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("# Vote\n\nThe council met May 18th.\n", encoding="utf-8")
    got = run_cli("check", "a.md", "--format", "sarif", cwd=tmp_path)
    run = json.loads(got.stdout)["runs"][0]
    described = {r["id"]: r["defaultConfiguration"] for r in run["tool"]["driver"]["rules"]}
    assert described["style.date-ordinal"] == {"level": "note"}
    assert described["hygiene.doubled-word"] == {"level": "warning", "enabled": False}
    assert described["hygiene.placeholder"] == {"level": "error"}
    assert [r["level"] for r in run["results"] if r["ruleId"] == "style.date-ordinal"] == ["note"]
