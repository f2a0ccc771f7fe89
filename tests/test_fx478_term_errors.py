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
    assert "R.yml:7:5: tokens: regex 'realise\\\\' does not compile: bad escape (end of pattern) at position 8" \
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
    assert "R.yml:6:3: swap: regex 'ran\\\\z(' does not compile" in line, line


def test_a_join_that_fails_with_every_key_fine_alone_is_still_refused_at_the_list(run_cli, tmp_path):
    # nearest case: the word template, not a key, is at fault; the joined pattern is quoted
    vale_style(tmp_path, f"extends: substitution\n{HEAD}swap:\n  zebra: horse\n",
               ini_extra="WordTemplate = \\b(?:%s)\\b(\n")
    line = refusal(run_cli, tmp_path)
    assert "R.yml:5:3: swap: regex '(?m)\\\\b(?:(?P<s0>zebra))\\\\b(' does not compile" in line, line


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
