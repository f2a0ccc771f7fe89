"""fx492: the term that breaks a Vale join is the one refused (qa348 #1, #3,
#4, #5), and a Vale repetition token ending in a `(?x)` comment loads
(qa348 #2); guards for the nearest shapes that must not change: a raw group
split over pieces, Vale's inline flags reaching later tokens, the file's
first of several bad keys. Synthetic rules only."""
from __future__ import annotations

from lint.vale.rulebase import breaking


def vale_style(tmp_path, body: str, story: str = "# Head\n\nThe zebra ran ran.\n"):
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\nMinAlertLevel = suggestion\n"
                                        "[*.md]\nBasedOnStyles = H\n", encoding="utf-8")
    folder = tmp_path / "styles" / "H"
    folder.mkdir(parents=True)
    (folder / "R.yml").write_text(body, encoding="utf-8")
    (tmp_path / "t.md").write_text(story, encoding="utf-8")


def refusal(run_cli, tmp_path) -> str:
    result = run_cli("check", "--no-cache", "t.md", cwd=tmp_path)
    assert result.exit_code == 2 and "Traceback" not in result.stderr, result.stdout + result.stderr
    line, = result.stderr.strip().splitlines()
    return line


HEAD = "message: x\nlevel: error\n"


def joined(some):
    return "(" + "|".join(some) + ")"


def test_breaking_names_the_term_whose_joining_fails_the_join():
    assert breaking(["(a)(b)", "\\2c", "d(", "e"], joined) == (2, "missing )")
    assert breaking(["a", "b", "c", "d", "e", "f", "g("], joined)[0] == 6


def test_breaking_blames_no_term_when_the_frame_fails_or_the_join_compiles():
    assert breaking(["a", "b"], lambda some: "(" + "|".join(some)) is None
    assert breaking(["(a)(b)", "\\2c", "d(", "e", "f)"], joined) is None     # f) closes d(


def test_of_two_bad_swap_keys_the_one_written_first_is_said(run_cli, tmp_path):
    # the join puts the longer key first; the file's first problem is the shorter one
    vale_style(tmp_path, "extends: substitution\n" + HEAD + "swap:\n  zebra: horse\n  'a(': x\n  'bbbbbb(': y\n")
    line = refusal(run_cli, tmp_path)
    assert "R.yml:6:3: swap: regex 'a(' does not compile" in line, line


def test_a_bad_token_above_a_bad_raw_piece_is_said_first(run_cli, tmp_path):
    vale_style(tmp_path, "extends: existence\n" + HEAD + "tokens:\n  - 'b('\nraw:\n  - 'a('\n")
    line = refusal(run_cli, tmp_path)
    assert "R.yml:5:5: tokens: regex 'b('" in line, line


def test_raw_pieces_that_make_a_group_together_load(run_cli, tmp_path):
    vale_style(tmp_path, "extends: existence\n" + HEAD + "nonword: true\nraw:\n  - '\\b(?:'\n  - zebra\n  - ')\\b'\n")
    result = run_cli("check", "--no-cache", "t.md", cwd=tmp_path)
    assert result.exit_code == 1 and "t.md:3:5:" in result.stdout, result.stdout + result.stderr


def test_the_raw_piece_after_the_last_whole_group_is_blamed(run_cli, tmp_path):
    vale_style(tmp_path, "extends: existence\n" + HEAD + "raw:\n  - '\\b(?:'\n  - zebra\n  - ')\\b'\n  - '(c'\n")
    line = refusal(run_cli, tmp_path)
    assert "R.yml:8:5: raw: regex '(c' does not compile" in line, line


def test_raw_pieces_over_the_limit_together_are_refused_at_the_piece_that_passes_it(run_cli, tmp_path):
    vale_style(tmp_path, "extends: existence\n" + HEAD + "raw:\n  - zebra\n  - 'a{60000}'\n  - 'b{60000}'\n")
    line = refusal(run_cli, tmp_path)
    assert "R.yml:7:5: raw: the raw pieces up to 'b{60000}' together" in line, line


def test_a_token_fine_alone_that_breaks_the_join_is_named_with_the_joins_reason(run_cli, tmp_path):
    # `(?x)` holds to the end of the group, as in Vale: the second token's comment swallows the `)`
    vale_style(tmp_path, "extends: repetition\n" + HEAD + "tokens:\n  - '(?x) [a-z]+'\n  - 'b  # c'\n")
    line = refusal(run_cli, tmp_path)
    assert "R.yml:6:5: tokens: regex 'b  # c' does not compile: joined after the tokens before it: missing )" in line, line


def test_a_vale_repetition_i_token_still_reaches_the_tokens_after_it(run_cli, tmp_path):
    # Vale's `((?i)zzz|ran)`: `ran` matches `Ran` too; a group of its own would stop the (?i)
    vale_style(tmp_path, "extends: repetition\n" + HEAD + "tokens:\n  - '(?i)zzz'\n  - 'ran'\n",
               story="# Head\n\nThe zebra Ran Ran.\n")
    result = run_cli("check", "--no-cache", "t.md", cwd=tmp_path)
    assert result.exit_code == 1 and "t.md:3:11:" in result.stdout, result.stdout + result.stderr


def test_a_vale_repetition_x_token_with_a_comment_before_another_token_loads(run_cli, tmp_path):
    vale_style(tmp_path, "extends: repetition\n" + HEAD + "tokens:\n  - '(?x) zzz  # never'\n  - '[a-z]+'\n")
    result = run_cli("check", "--no-cache", "t.md", cwd=tmp_path)
    assert result.exit_code == 1 and "t.md:3:11:" in result.stdout, result.stdout + result.stderr


def test_a_newslint_rule_file_says_its_first_of_raw_and_tokens_too(run_cli, tmp_path):
    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True)
    (folder / "r.yaml").write_text('extends: vale-existence\nmessage: "x %s"\nlevel: error\n'
                                   'raw:\n  - "a("\ntokens:\n  - "b("\n', encoding="utf-8")
    (tmp_path / "s.txt").write_text("A zebra.\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--rules", tmp_path / "rules", "s.txt", cwd=tmp_path)
    assert result.exit_code == 2 and "r.yaml:5:5: raw: regex 'a(' does not compile" in result.stderr, \
        result.stdout + result.stderr
