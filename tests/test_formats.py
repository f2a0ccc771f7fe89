"""SARIF, JUnit, rdjson and --output, on the seed plus every fixture article."""
from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import FIXTURES, SHARED

SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
ARTICLE = ("Council votes on budget\n\nThe the council met on Monday.\n\n"
           "Café owners said Kowalczyk.After the vote, the US and the U.S. team left.\n")


def corpus(tmp_path: Path, seed: Path) -> Path:
    """A copy of the seed and every fixture article (with their configs) under tmp_path."""
    root = tmp_path / "corpus"
    root.mkdir()
    shutil.copy(seed, root / "seed.txt")
    if FIXTURES.is_dir():
        shutil.copytree(FIXTURES, root / "fixtures",
                        ignore=shutil.ignore_patterns("*.expected"))
    return root


def write(tmp_path: Path, name: str, text: str, newline: str = "\n") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


def sarif(run_cli, *args, cwd) -> dict:
    result = run_cli("check", "--format", "sarif", *args, cwd=cwd)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_sarif_validates_on_seed_and_fixtures(run_cli, seed, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    if not SARIF_SCHEMA.exists():
        pytest.skip("the SARIF 2.1.0 schema (../shared/schemas) is not present")
    root = corpus(tmp_path, seed)
    log = sarif(run_cli, ".", cwd=root)
    jsonschema.Draft7Validator(json.loads(SARIF_SCHEMA.read_text())).validate(log)
    run = log["runs"][0]
    results = run["results"]
    assert {r["ruleId"] for r in results} >= {"hygiene.missing-space", "hygiene.boilerplate",
                                               "hygiene.mixed-abbreviations"}
    rules = run["tool"]["driver"]["rules"]
    assert run["tool"]["driver"]["name"] == "newslint"
    for r in results:                         # ruleIndex points at the rule with that id
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        loc = r["locations"][0]["physicalLocation"]["artifactLocation"]
        assert loc["uriBaseId"] == "%SRCROOT%" and not loc["uri"].startswith(("/", "file:"))
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == root.resolve().as_uri() + "/"
    space = next(r for r in results if r["ruleId"] == "hygiene.missing-space"
                 and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "seed.txt")
    assert space["locations"][0]["physicalLocation"]["region"]["startLine"] == 31
    assert space["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] \
        == ". After"   # the finding is the stop and the next word


def test_sarif_rule_metadata(run_cli, tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    run = sarif(run_cli, "a.txt", cwd=tmp_path)["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    doubled = rules["hygiene.doubled-word"]
    assert doubled["shortDescription"]["text"].startswith("The same word twice")
    assert doubled["fullDescription"]["text"] and doubled["help"]["text"]
    assert doubled["defaultConfiguration"]["level"] == "warning"
    assert "helpUri" not in doubled or doubled["helpUri"].startswith("https://")
    assert run["columnKind"] == "unicodeCodePoints"


def test_sarif_maps_suggestion_to_note(run_cli, tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, ".newslint.yaml", "levels:\n  hygiene.doubled-word: suggestion\n")
    results = sarif(run_cli, "a.txt", cwd=tmp_path)["runs"][0]["results"]
    assert {r["level"] for r in results if r["ruleId"] == "hygiene.doubled-word"} == {"note"}


def test_sarif_fingerprints_survive_unrelated_edits(run_cli, tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)

    def prints():
        results = sarif(run_cli, "--select", "hygiene", "a.txt", cwd=tmp_path)["runs"][0]["results"]
        return {(r["ruleId"], r["partialFingerprints"]["newslint/v1"]): r["locations"][0][
            "physicalLocation"]["region"]["startLine"] for r in results}

    before = prints()
    path.write_text(ARTICLE.replace("\n\nThe the", "\n\nA new paragraph above it all.\n\nThe the"),
                    encoding="utf-8")
    after = prints()
    assert set(before) == set(after) and len(before) >= 3
    assert all(after[k] == before[k] + 2 for k in before)     # the lines moved, the prints did not
    path.write_text(ARTICLE.replace("The the council met", "The the board met"), encoding="utf-8")
    edited = prints()          # the doubled word's own sentence changed: a new fingerprint
    assert {k for k in edited if k[0] == "hygiene.doubled-word"} != \
        {k for k in before if k[0] == "hygiene.doubled-word"}
    assert {k for k in edited if k[0] == "hygiene.missing-space"} == \
        {k for k in before if k[0] == "hygiene.missing-space"}


def test_junit_parses_with_failures(run_cli, seed, tmp_path):
    root = corpus(tmp_path, seed)
    write(root, "clean.txt", "A quiet day\n\nNothing happened in the town on Monday.\n")
    result = run_cli("check", "--format", "junit", ".", cwd=root)
    assert result.exit_code == 1
    suites = ET.fromstring(result.stdout.encode("utf-8"))
    cases = {c.get("name"): c for c in suites.iter("testcase")}
    assert len(cases[("seed.txt")].findall("failure")) >= 3
    assert cases["clean.txt"].findall("failure") == []
    failures = list(suites.iter("failure"))
    assert int(suites.get("failures")) == len(failures)
    leave = [f for f in cases["seed.txt"].findall("failure") if f.get("type") == "hygiene.boilerplate"]
    assert leave and leave[0].get("message").startswith("33:1: error [hygiene.boilerplate]")


def test_junit_escapes_markup_and_control_characters(run_cli, tmp_path):
    write(tmp_path, "a.txt", "Title\n\nThe <b>the</b> x \x01 Leave a Reply & more TK.\n")
    result = run_cli("check", "--format", "junit", "a.txt", cwd=tmp_path)
    ET.fromstring(result.stdout.encode("utf-8"))       # still well-formed XML


def test_rdjson_has_locations_in_utf8_bytes_and_suggestions(run_cli, seed, tmp_path):
    root = corpus(tmp_path, seed)
    write(root, "cafe.txt", "Headline here\n\nCafé déjà vu the the end.\n")
    result = run_cli("check", "--format", "rdjson", ".", cwd=root)
    data = json.loads(result.stdout)
    assert data["source"]["name"] == "newslint"
    diags = data["diagnostics"]
    assert diags and all(d["location"]["range"]["start"]["line"] >= 1 for d in diags)
    doubled = next(d for d in diags if d["location"]["path"] == "cafe.txt")
    # "Café déjà vu " is 13 characters but 16 bytes: reviewdog columns count bytes.
    assert doubled["location"]["range"] == {"start": {"line": 3, "column": 17},
                                           "end": {"line": 3, "column": 24}}
    assert doubled["severity"] == "WARNING" and doubled["code"]["value"] == "hygiene.doubled-word"
    assert doubled["suggestions"] == [{"range": doubled["location"]["range"], "text": "the"}]
    space = next(d for d in diags if d["code"]["value"] == "hygiene.missing-space"
                 and d["location"]["path"] == "seed.txt")
    assert space["location"]["range"]["start"]["line"] == 31
    assert space["suggestions"][0]["text"] == ". After"


def test_output_writes_the_report_to_a_file(run_cli, tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    result = run_cli("check", "--format", "json", "--output", "out/report.json", "a.txt",
                     cwd=tmp_path)                # no such folder: one clear line, exit 2
    assert result.exit_code == 2 and "out/report.json: cannot write the report" in result.stderr
    (tmp_path / "out").mkdir()
    result = run_cli("check", "--format", "json", "--output", "out/report.json",
                     "--fail-level", "warning", "a.txt", cwd=tmp_path)
    assert result.exit_code == 1 and result.stdout == ""
    data = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert {d["rule"] for d in data} >= {"hygiene.doubled-word", "hygiene.missing-space"}


def test_every_format_is_registered_and_parallel_runs_agree(run_cli, seed, tmp_path):
    from lint.formatters import names

    assert {"text", "json", "github", "sarif", "junit", "rdjson", "html"} <= set(names())
    root = corpus(tmp_path, seed)
    for fmt in ("sarif", "rdjson"):
        one = run_cli("check", "--format", fmt, ".", cwd=root).stdout
        two = run_cli("check", "--format", fmt, "--jobs", "2", ".", cwd=root).stdout
        assert one == two
