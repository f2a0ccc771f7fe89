"""A `spelling` rule without the `[spelling]` extra (nu27 #4): one line naming
the rule and what to install, the rule skipped, the others run, and never
exit 2 ("internal error in rule Vale.Spelling" on every run before).

The binding is hidden by putting None in `sys.modules["hunspell"]`, so
`import hunspell` raises ImportError as in an install without the extra.
"""
from __future__ import annotations

import sys

import pytest
from vale_helpers import has_en_us, vale_project

HINT = "pip install 'newslint[spelling]'"
DOC = "Thiss is is a test.\n"


@pytest.fixture
def no_binding(monkeypatch):
    monkeypatch.setitem(sys.modules, "hunspell", None)


def house_spelling_rule(root, more: str = "") -> None:
    """A house rule `h.sp` of the `spelling` kind under `root`, with a fail
    and a pass example, and a config that loads it (`more`: further keys)."""
    (root / "house" / "h").mkdir(parents=True)
    (root / "house" / "h" / "sp.yaml").write_text(
        "extends: spelling\nmessage: \"'%s'?\"\nlevel: error\ndescription: Words no dictionary knows.\n"
        "examples:\n  - fail: \"This is alot.\"\n  - pass: \"This is a lot.\"\n", encoding="utf-8")
    (root / ".newslint.yaml").write_text("rules: [house]\n" + more, encoding="utf-8")


def notices(res) -> list[str]:
    return [ln for ln in res.stderr.splitlines() if "not available" in ln]


def test_vale_style_without_the_extra_skips_spelling_and_says_so(run_cli, tmp_path, no_binding):
    root = vale_project(tmp_path, "[*]\nBasedOnStyles = Vale\n", docs={"a.md": DOC})
    res = run_cli("check", "--format", "vale", "a.md", cwd=root)
    assert res.exit_code == 1, res.stderr          # Vale.Repetition's error, no "internal error"
    assert res.stdout.splitlines() == ["a.md:1:7:Vale.Repetition:'is' is repeated!"]
    assert notices(res) == [f"newslint: Vale.Spelling: not available: spell-checking needs the "
                            f"Hunspell binding: {HINT} (from a checkout: pip install "
                            "'.[spelling]'); the rule is skipped"]
    assert "internal error" not in res.stderr


@pytest.mark.parametrize("config", [
    "StylesPath = styles\n[*]\nBasedOnStyles = T\n",                         # Vale not named
    "StylesPath = styles\n[*]\nBasedOnStyles = T, Vale\nVale.Spelling = NO\n",  # switched off
])
def test_no_notice_when_the_config_does_not_run_vale_spelling(run_cli, tmp_path, no_binding, config):
    rule = {"T/R": "extends: existence\nmessage: \"No '%s'.\"\ntokens: [test]\nlevel: error\n"}
    root = vale_project(tmp_path, config, rule, {"a.md": DOC})
    res = run_cli("check", "--format", "vale", "a.md", cwd=root)
    assert res.exit_code == 1, res.stderr
    assert "a.md:1:15:T.R:No 'test'." in res.stdout
    assert notices(res) == []


def test_a_style_rule_of_the_spelling_kind_is_skipped_with_its_path(run_cli, tmp_path, no_binding):
    rule = {"T/Sp": "extends: spelling\nmessage: \"Spell '%s'.\"\n"}
    root = vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = T\n", rule, {"a.md": DOC})
    res = run_cli("check", "a.md", cwd=root)
    assert res.exit_code == 0, res.stderr
    (line,) = notices(res)
    assert line.startswith("newslint: ") and "Sp.yml: T.Sp: not available: " in line
    assert HINT in line and line.endswith("; the rule is skipped")


def test_a_house_rule_of_the_spelling_kind_is_skipped_once(run_cli, tmp_path, no_binding):
    house_spelling_rule(tmp_path, "select: [h]\n")
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("# Head\n\n" + DOC, encoding="utf-8")
    res = run_cli("check", "a.md", "b.md", cwd=tmp_path)
    assert res.exit_code == 0, res.stderr
    assert "No problems found." in res.stdout
    (line,) = notices(res)
    assert "sp.yaml: h.sp: not available: " in line and HINT in line


@pytest.mark.skipif(not has_en_us(), reason="needs chunspell and Debian's hunspell-en-us")
def test_with_the_extra_vale_spelling_runs(run_cli, tmp_path):
    root = vale_project(tmp_path, "[*]\nBasedOnStyles = Vale\n", docs={"a.md": DOC})
    res = run_cli("check", "--format", "vale", "a.md", cwd=root)
    assert "a.md:1:1:Vale.Spelling:Did you really mean 'Thiss'?" in res.stdout
    assert notices(res) == []


def test_the_result_cache_tells_an_install_with_the_extra_from_one_without(monkeypatch):
    from lint.config import Config
    from lint.result_cache import ResultCache
    config = Config()
    monkeypatch.setitem(sys.modules, "hunspell", None)
    without = ResultCache("unused").salt(config)
    monkeypatch.setattr("lint.vale.hunspell.missing", lambda *a, **k: None)
    assert ResultCache("unused").salt(config) != without


@pytest.mark.parametrize("flag", ["--ignore", "--select"])
def test_a_skipped_rule_is_still_a_name_to_select_or_ignore(run_cli, tmp_path, no_binding, flag):
    # qa63 #2: silencing the skipped rule the obvious way was "no rule or pack", exit 2
    root = vale_project(tmp_path, "[*]\nBasedOnStyles = Vale\n", docs={"a.md": DOC})
    res = run_cli("check", flag, "Vale.Spelling", "a.md", cwd=root)
    assert res.exit_code in (0, 1), res.stderr
    assert "no rule or pack" not in res.stderr


def test_a_typo_beside_a_skipped_rule_is_still_refused(run_cli, tmp_path, no_binding):
    root = vale_project(tmp_path, "[*]\nBasedOnStyles = Vale\n", docs={"a.md": DOC})
    res = run_cli("check", "--ignore", "Vale.Speling", "a.md", cwd=root)
    assert res.exit_code == 2 and "no rule or pack 'Vale.Speling'" in res.stderr


def test_rules_lists_a_skipped_vale_spelling_marked_with_what_to_install(run_cli, tmp_path, no_binding):
    # nu27: without the extra, Vale.Spelling dropped out of `newslint rules`
    root = vale_project(tmp_path, "[*]\nBasedOnStyles = Vale\n", docs={"a.md": DOC})
    res = run_cli("rules", cwd=root)
    assert res.exit_code == 0, res.stderr
    (row,) = [ln for ln in res.stdout.splitlines() if ln.startswith("Vale.Spelling ") and " skipped " in ln]
    assert " skipped " in row and "[not available, see below] Vale's built-in spelling" in row
    below = res.stdout.split("\nNOT AVAILABLE ", 1)[1].split("\n\n", 1)[0].splitlines()
    assert below[1].startswith("Vale.Spelling ") and HINT in below[1]
    assert "Vale.Repetition" not in "\n".join(below)


def test_explain_shows_a_skipped_vale_spelling_and_why(run_cli, tmp_path, no_binding):
    # nu27: `explain Vale.Spelling` said "no rule 'Vale.Spelling'", exit 2
    root = vale_project(tmp_path, "[*]\nBasedOnStyles = Vale\n", docs={"a.md": DOC})
    res = run_cli("explain", "Vale.Spelling", cwd=root)
    assert res.exit_code == 0, res.stderr
    assert res.stdout.startswith("Vale.Spelling (error, kind: spelling)")
    assert "Not available in this install: spell-checking needs the Hunspell binding" in res.stdout
    pack = run_cli("explain", "Vale", cwd=root)
    assert pack.exit_code == 0 and "Vale.Spelling    error  [not available, " in pack.stdout


def test_explain_does_not_run_a_skipped_house_rules_examples(run_cli, tmp_path, no_binding):
    # its fail example was "NOT AS EXPECTED", exit 1, for want of the extra
    house_spelling_rule(tmp_path)
    for args in (("explain", "h.sp"), ("explain", "h")):
        res = run_cli(*args, cwd=tmp_path)
        assert res.exit_code == 0, (args, res.stdout, res.stderr)
        assert "NOT AS EXPECTED" not in res.stdout and "not available" in res.stdout.lower()
    res = run_cli("explain", "h.sp", cwd=tmp_path)
    assert res.stdout.endswith("Examples (not run):\n  fail: This is alot.\n  pass: This is a lot.\n")
    listed = run_cli("rules", cwd=tmp_path)
    assert "[not available, see below] Words no dictionary knows." in listed.stdout
