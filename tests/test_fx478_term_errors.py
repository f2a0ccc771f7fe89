"""fx478 (qa338 #1, nu67): a term of a joined list (a Vale `swap:` key,
`tokens:` of existence and repetition, `raw:` pieces, spelling `filters:`)
that does not compile is refused at its own line and column, quoted as
written, with the regex's position in it as written; the join is compiled
first and its terms only when it fails. Synthetic rules and copy only.
"""
from __future__ import annotations

import pytest

import lint.vale.rulebase as rulebase


def vale_style(tmp_path, body: str, ini_extra: str = ""):
    (tmp_path / ".vale.ini").write_text(f"StylesPath = styles\nMinAlertLevel = suggestion\n{ini_extra}"
                                        "[*.md]\nBasedOnStyles = H\n", encoding="utf-8")
    folder = tmp_path / "styles" / "H"
    folder.mkdir(parents=True)
    (folder / "R.yml").write_text(body, encoding="utf-8")
    (tmp_path / "t.md").write_text("# Head\n\nA zebra ran and ran.\n", encoding="utf-8")


def refusal(run_cli, tmp_path) -> str:
    result = run_cli("check", "--no-cache", "t.md", cwd=tmp_path)
    assert result.exit_code == 2 and "Traceback" not in result.stderr, result.stdout + result.stderr
    line, = result.stderr.strip().splitlines()
    return line


HEAD = "message: \"Use '%s' not '%s'.\"\nlevel: error\n"


@pytest.mark.parametrize("extends, field", [("existence", "tokens"), ("repetition", "tokens")])
def test_a_vale_token_that_fails_alone_is_refused_at_its_own_item(run_cli, tmp_path, extends, field):
    vale_style(tmp_path, f"extends: {extends}\n{HEAD}{field}:\n  - zebra\n  - ran\n  - 'realise\\'\n")
    line = refusal(run_cli, tmp_path)
    assert "R.yml:7:5: tokens: regex 'realise\\' does not compile: bad escape (end of pattern) at position 8" \
        in line, line


def test_the_first_bad_swap_key_in_the_files_order_is_named_not_the_longest(run_cli, tmp_path):
    # the join is ordered longest first; the refusal follows the file
    vale_style(tmp_path, f"extends: substitution\n{HEAD}swap:\n  zebra: horse\n  'a(': b\n  'much longer(': c\n")
    line = refusal(run_cli, tmp_path)
    assert "R.yml:6:3: swap: regex 'a(' does not compile" in line and "(?P<s" not in line, line


def test_a_bad_raw_piece_is_refused_at_its_own_item(run_cli, tmp_path):
    vale_style(tmp_path, f"extends: existence\n{HEAD}raw:\n  - zebra\n  - '[ab'\n")
    line = refusal(run_cli, tmp_path)
    assert "R.yml:6:5: raw: regex '[ab' does not compile" in line, line


def test_a_bad_spelling_filter_is_refused_at_its_own_item(run_cli, tmp_path):
    vale_style(tmp_path, f"extends: spelling\n{HEAD}filters:\n  - zebra\n  - '[ab'\n")
    line = refusal(run_cli, tmp_path)
    assert "R.yml:6:5: filters: regex '[ab' does not compile" in line, line


def test_a_swap_key_written_with_a_lower_z_is_quoted_as_written(run_cli, tmp_path):
    vale_style(tmp_path, f"extends: substitution\n{HEAD}swap:\n  zebra: horse\n  'ran\\z(': b\n")
    line = refusal(run_cli, tmp_path)
    assert "R.yml:6:3: swap: regex 'ran\\z(' does not compile" in line, line


def test_a_join_that_fails_with_every_key_fine_alone_is_still_refused_at_the_list(run_cli, tmp_path):
    # nearest case: the word template, not a key, is at fault; the joined pattern is quoted
    vale_style(tmp_path, f"extends: substitution\n{HEAD}swap:\n  zebra: horse\n",
               ini_extra="WordTemplate = \\b(?:%s)\\b(\n")
    line = refusal(run_cli, tmp_path)
    assert "R.yml:5:3: swap: regex '(?m)\\b(?:(?P<s0>zebra))\\b(' does not compile" in line, line


def test_keys_and_tokens_that_join_are_not_compiled_alone(run_cli, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a term compiled alone on the happy path")
    monkeypatch.setattr(rulebase, "name_failing", refuse)
    for module in ("vale_substitution", "vale_existence", "vale_repetition"):
        monkeypatch.setattr(f"lint.kinds.{module}.name_failing", refuse)
    vale_style(tmp_path, f"extends: substitution\n{HEAD}swap:\n  zebra: horse\n  \"(?x) r a n  # verb\": went\n")
    result = run_cli("check", "--no-cache", "t.md", cwd=tmp_path)
    assert result.exit_code == 1 and "Use 'horse' not 'zebra'" in result.stdout, result.stdout + result.stderr
    assert "Use 'went' not 'ran'" in result.stdout, result.stdout


# --- nu67: a newslint rule file's (?x) block scalar with an error on its third line

BLOCK = "  - |\n    (?x)\n    pre release\n    bad ( paren\n"


def house(tmp_path, body: str):
    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True)
    (folder / "r.yaml").write_text(body, encoding="utf-8")
    (tmp_path / "s.txt").write_text("A zebra here.\n", encoding="utf-8")


def house_refusal(run_cli, tmp_path) -> str:
    result = run_cli("check", "--no-cache", "--rules", tmp_path / "rules", tmp_path / "s.txt", cwd=tmp_path)
    assert result.exit_code == 2 and "Traceback" not in result.stderr, result.stdout + result.stderr
    line, = result.stderr.strip().splitlines()
    return line


@pytest.mark.parametrize("body", [
    f"extends: vale-existence\nmessage: \"m %s\"\nlevel: warning\ntokens:\n  - zebra\n{BLOCK}",
    f"extends: vale-repetition\nmessage: \"m %s\"\nlevel: warning\ntokens:\n  - zebra\n{BLOCK}",
    "extends: vale-substitution\nmessage: \"m %s %s\"\nlevel: warning\nswap:\n  zebra: horse\n"
    + BLOCK.replace("  - |", "  ? |") + "  : foo\n",
])
def test_a_verbose_block_term_with_an_error_on_its_third_line_is_placed_at_it_as_written(run_cli, tmp_path, body):
    house(tmp_path, body)
    line = house_refusal(run_cli, tmp_path)
    assert "r.yaml:6:5: " in line and "regex '(?x)\\npre release\\nbad ( paren\\n' does not compile" in line, line
    assert "at position 28 (line 3, column 12)" in line, line


def test_house_existence_tokens_were_and_are_placed_at_their_item(run_cli, tmp_path):
    # nearest case: newslint's own existence compiles each token alone anyway
    house(tmp_path, f"extends: existence\nmessage: \"m %s\"\nlevel: warning\ntokens:\n  - zebra\n{BLOCK}")
    line = house_refusal(run_cli, tmp_path)
    assert "r.yaml:6:5: tokens: regex '(?x)\\npre release\\nbad ( paren\\n'" in line, line
    assert "(line 3, column 12)" in line, line


# --- nu67: a pattern compiled inside a frame is refused as written, at its own positions

THIRD = "|\n    (?x)\n    pre release\n    bad a{2,1} paren\n"
AS_WRITTEN = "regex '(?x)\\npre release\\nbad a{2,1} paren\\n' does not compile: min repeat greater than max " \
             "repeat at position 23 (line 3, column 7)"


def test_a_capitalization_prefix_is_refused_as_written_not_anchored(run_cli, tmp_path):
    house(tmp_path, f"extends: capitalization\nmessage: \"m %s\"\nlevel: warning\nmatch: $title\nprefix: {THIRD}")
    line = house_refusal(run_cli, tmp_path)
    assert f"r.yaml:5:9: prefix: {AS_WRITTEN}" in line and "^(?:" not in line, line


def test_a_prefix_the_anchoring_would_close_is_refused(run_cli, tmp_path):
    house(tmp_path, "extends: capitalization\nmessage: \"m %s\"\nlevel: warning\nmatch: $title\nprefix: 'a)(b'\n")
    line = house_refusal(run_cli, tmp_path)
    assert "r.yaml:5:9: prefix: regex 'a)(b' does not compile: unbalanced parenthesis at position 1" in line, line


@pytest.mark.parametrize("field, spot", [("first", "5:8"), ("second", "6:9")])
def test_a_conditional_pattern_under_ignorecase_is_refused_as_written(run_cli, tmp_path, field, spot):
    patterns = {"first": "'([A-Z]+)'\n", "second": "'([A-Z]+)'\n", field: THIRD}
    house(tmp_path, "extends: conditional\nmessage: \"m %s\"\nlevel: warning\nignorecase: true\n"
                    f"first: {patterns['first']}second: {patterns['second']}")
    line = house_refusal(run_cli, tmp_path)
    assert f"r.yaml:{spot}: {field}: {AS_WRITTEN}" in line and "(?i)" not in line, line


def test_conditional_ignorecase_still_matches_without_regard_to_case(run_cli, tmp_path):
    # nearest case: the flag passed, not written before the pattern, means the same
    house(tmp_path, "extends: conditional\nmessage: \"define %s\"\nlevel: warning\nignorecase: true\n"
                    "first: '\\b(ZEB)\\b'\nsecond: '\\((zeb)\\)'\n")
    (tmp_path / "s.txt").write_text("A ZEB here.\n\nThe zebra (ZEB) ran.\n", encoding="utf-8")     # `(zeb)` read
    result = run_cli("check", "--no-cache", "--rules", tmp_path / "rules", tmp_path / "s.txt", cwd=tmp_path)
    assert "define" not in result.stdout and result.exit_code in (0, 1), result.stdout + result.stderr
    (tmp_path / "s.txt").write_text("A Zeb here.\n\nThe zebra ran.\n", encoding="utf-8")     # `ZEB` found
    result = run_cli("check", "--no-cache", "--rules", tmp_path / "rules", tmp_path / "s.txt", cwd=tmp_path)
    assert "s.txt:1:3: warning [house.r] define Zeb" in result.stdout, result.stdout + result.stderr
