"""Faults QA (qa99) found writing a newsroom's own rule pack, as a standards
editor would: every kind in a `house` pack with examples, levels,
`select:`/`ignore:` and `options:`, then the slips an editor makes.

`--fix` with a swap whose replacement holds its own match after its start
(`op: co-op`) rewrites the file ten times over and keeps the last pass:
`co-co-co-…-op` (#1). A carried capital breaks a replacement whose case is
its point (`iphone: iPhone` fixes `Iphone` to `IPhone`, #2); a key written
with a capital (`Colour: Color`) puts one mid-sentence (#10). A `{name}` in a
message that no kind fills is printed as written (#3). A rule file two
folders deep is passed over unsaid (#4), as is the first of two rule files
that give one id from two folders (#5). Of two broken rule files only the
first is said (#6). A rule file whose name holds a space gives an id that no
directive or `--ignore` can name (#7). An `occurrence` token that does not
compile is quoted with the loader's wrapper (#8), and one that matches empty
text is taken and counts the gaps between characters (#9). An unknown key
close to a known one is not offered it (#11). A `metric` formula naming no
count (`wrods`) loads and never fires (#12); one too big for a float is an
internal error (#13). A kind's required option left out is said with no line
(#14). `titles.case` with `min_words: 0` is an internal error in every file
(#15). A pack folder named with a dot gives ids another pack's prefix takes
in (#16).

Each is a strict xfail that fails today for the fault's reason; a control
beside some shows what works. Synthetic input only, under tmp_path."""
from __future__ import annotations

import pytest

STORY = "# Hed\n\n{}\n"


def _pack(tmp_path, files: dict[str, str], story: str, name: str = "s.md"):
    """Write `files` under tmp_path/r (path -> text) and `story` as `name`."""
    for path, text in files.items():
        target = tmp_path / "r" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    (tmp_path / name).write_text(story, encoding="utf-8")
    return tmp_path / name


def _swap(pairs: str, ignorecase: bool = False) -> str:
    case = "ignorecase: true\n" if ignorecase else ""
    return f'extends: substitution\nmessage: "use {{replacement}}, not %s"\n{case}swap:\n{pairs}'


# 1 (HIGH) ---------------------------------------------------------------

@pytest.mark.parametrize("pair, before, after", [
    ("op: co-op", "The op bought paint.", "The co-op bought paint."),
    ("Biden: Joe Biden", "Biden spoke.", "Joe Biden spoke."),     # a house first-reference swap
])
def test_fix_with_a_replacement_that_ends_in_its_match_writes_it_once(run_cli, tmp_path, pair, before,
                                                                       after):
    story = _pack(tmp_path, {"house/x.yaml": _swap(f"  {pair}\n")}, STORY.format(before))
    run_cli("check", "--no-cache", "--rules", "r", "--fix", "s.md", cwd=tmp_path)
    assert story.read_text(encoding="utf-8") == STORY.format(after)


def test_control_fix_with_a_replacement_that_starts_with_its_match_settles(run_cli, tmp_path):
    story = _pack(tmp_path, {"house/x.yaml": _swap("  Gov: Gov.\n")},
                  STORY.format("Gov Ruiz spoke."))
    result = run_cli("check", "--no-cache", "--rules", "r", "--fix", "s.md", cwd=tmp_path)
    assert story.read_text(encoding="utf-8") == STORY.format("Gov. Ruiz spoke.")
    assert "did not settle" not in result.stderr


# 2 (MED) ----------------------------------------------------------------

def test_a_mixed_case_replacement_keeps_its_case_at_a_sentence_start(run_cli, tmp_path):
    story = _pack(tmp_path, {"house/x.yaml": _swap("  iphone: iPhone\n", ignorecase=True)},
                  STORY.format("Iphone sales rose."))
    run_cli("check", "--no-cache", "--rules", "r", "--fix", "s.md", cwd=tmp_path)
    assert story.read_text(encoding="utf-8") == STORY.format("iPhone sales rose.")


def test_control_a_lower_case_replacement_takes_the_capital_it_replaces(run_cli, tmp_path):
    story = _pack(tmp_path, {"house/x.yaml": _swap("  colour: color\n", ignorecase=True)},
                  STORY.format("Colour matters. The colour is red."))
    run_cli("check", "--no-cache", "--rules", "r", "--fix", "s.md", cwd=tmp_path)
    assert story.read_text(encoding="utf-8") == STORY.format("Color matters. The color is red.")


# 3 (MED) ----------------------------------------------------------------

def test_a_message_placeholder_no_kind_fills_is_refused_at_its_line(run_cli, tmp_path):
    rule = ('extends: substitution\nmessage: "use \'{replacment}\', not \'%s\'"\n'
            'swap:\n  colour: color\n')
    _pack(tmp_path, {"house/x.yaml": rule}, STORY.format("The colour is red."))
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert result.exit_code == 2, result.stdout
    assert "x.yaml:2:" in result.stderr and "replacment" in result.stderr, result.stderr


def test_control_the_kinds_own_placeholder_is_filled(run_cli, tmp_path):
    _pack(tmp_path, {"house/x.yaml": _swap("  colour: color\n")}, STORY.format("The colour is red."))
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert "s.md:3:5: warning [house.x] use color, not colour" in result.stdout, result.stdout


# 4 (MED) ----------------------------------------------------------------

EXIST = 'extends: existence\nmessage: "avoid %s"\ntokens: [{}]\n'


def test_a_rule_file_two_folders_deep_is_said(run_cli, tmp_path):
    _pack(tmp_path, {"house/ok.yaml": EXIST.format("slammed"),
                     "house/sub/deep.yaml": EXIST.format("blasted")},
          STORY.format("He slammed it and blasted it."))
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert "deep.yaml" in result.stderr or "blasted" in result.stdout, (result.stdout, result.stderr)


# 5 (MED) ----------------------------------------------------------------

def test_one_id_from_two_rule_folders_is_said(run_cli, tmp_path):
    _pack(tmp_path, {"house/x.yaml": EXIST.format("slammed")}, STORY.format("He slammed it and blasted it."))
    other = tmp_path / "q" / "house" / "x.yaml"
    other.parent.mkdir(parents=True)
    other.write_text(EXIST.format("blasted"), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--rules", "r", "--rules", "q", "s.md", cwd=tmp_path)
    said = result.stderr.replace("\\", "/")
    assert "slammed" in result.stdout or "r/house/x.yaml" in said, (result.stdout, said)


# 6 (MED) ----------------------------------------------------------------

def test_every_broken_rule_file_is_said_in_one_run(run_cli, tmp_path):
    _pack(tmp_path, {"house/a.yaml": EXIST.format('"(bad"'),
                     "house/b.yaml": 'extends: existence\nmesage: "avoid %s"\ntokens: [x]\n'},
          STORY.format("Text."))
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert result.exit_code == 2
    assert "a.yaml:3:" in result.stderr and "b.yaml:2:" in result.stderr, result.stderr


# 7 (LOW) ----------------------------------------------------------------

def test_a_rule_file_named_with_a_space_is_said_when_it_loads(run_cli, tmp_path):
    _pack(tmp_path, {"house/no slam.yaml": EXIST.format("slammed")}, STORY.format("He slammed it."))
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert "no slam.yaml" in result.stderr, (result.stdout, result.stderr)


def test_control_a_rule_file_named_in_capitals_is_a_rule(run_cli, tmp_path):
    _pack(tmp_path, {"house/NoSlam.yaml": EXIST.format("slammed")}, STORY.format("He slammed it."))
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert "s.md:3:4: warning [house.NoSlam] avoid slammed" in result.stdout, result.stdout


# 8, 9 (LOW) -------------------------------------------------------------

OCCURRENCE = 'extends: occurrence\nmessage: "%s times"\nscope: paragraph\nmax: 1\ntoken: {}\n'


def test_an_occurrence_token_that_does_not_compile_is_quoted_as_written(run_cli, tmp_path):
    _pack(tmp_path, {"house/x.yaml": OCCURRENCE.format("'(x'")}, STORY.format("Text."))
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert result.exit_code == 2
    assert "x.yaml:5:8: token: regex '(x' does not compile" in result.stderr, result.stderr


def test_control_a_tokens_regex_that_does_not_compile_is_quoted_as_written(run_cli, tmp_path):
    _pack(tmp_path, {"house/x.yaml": EXIST.format("'(x'")}, STORY.format("Text."))
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert "x.yaml:3:10: tokens: regex '(x' does not compile" in result.stderr, result.stderr


def test_an_occurrence_token_that_matches_empty_text_is_refused(run_cli, tmp_path):
    _pack(tmp_path, {"house/x.yaml": OCCURRENCE.format("'a*'")}, STORY.format("Text."))
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert result.exit_code == 2 and "x.yaml:5:8: token:" in result.stderr, (result.stdout, result.stderr)


# 10, 11 (LOW) -----------------------------------------------------------

def test_a_capitalised_swap_key_keeps_lower_case_text_lower(run_cli, tmp_path):
    story = _pack(tmp_path, {"house/x.yaml": _swap("  Colour: Color\n", ignorecase=True)},
                  STORY.format("The colour is red."))
    run_cli("check", "--no-cache", "--rules", "r", "--fix", "s.md", cwd=tmp_path)
    assert story.read_text(encoding="utf-8") == STORY.format("The color is red.")


def test_a_misspelt_rule_key_is_offered_the_key_meant(run_cli, tmp_path):
    _pack(tmp_path, {"house/x.yaml": 'extends: existence\nmesage: "avoid %s"\ntokens: [x]\n'},
          STORY.format("Text."))
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert result.exit_code == 2
    assert "x.yaml:2:1: mesage:" in result.stderr and "did you mean message" in result.stderr, result.stderr


# 12, 13 (metric) ----------------------------------------------------------

METRIC = 'extends: metric\nmessage: "%s words"\nscope: paragraph\nformula: {}\ncondition: "> 3"\n'


def test_a_metric_formula_naming_no_count_is_refused_at_its_line(run_cli, tmp_path):
    _pack(tmp_path, {"house/x.yaml": METRIC.format("wrods")},
          STORY.format("One two three four five six."))
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert result.exit_code == 2 and "x.yaml:4:10: formula:" in result.stderr, (result.stdout, result.stderr)


def test_control_a_metric_formula_of_counts_is_checked(run_cli, tmp_path):
    _pack(tmp_path, {"house/x.yaml": METRIC.format("words")},
          STORY.format("One two three four five six."))
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert "s.md:3:1: warning [house.x] 6.00 words" in result.stdout, result.stdout


def test_a_metric_formula_that_overflows_is_said_at_its_line(run_cli, tmp_path):
    _pack(tmp_path, {"house/x.yaml": METRIC.format("9 ** 9 ** 9 ** 9")}, STORY.format("Text."))
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert result.exit_code == 2
    assert "internal error" not in result.stderr and "x.yaml:4:10: formula:" in result.stderr, result.stderr


# 14 (LOW) ---------------------------------------------------------------

def test_a_missing_required_option_is_placed_like_a_missing_extends(run_cli, tmp_path):
    _pack(tmp_path, {"house/x.yaml": 'extends: conditional\nmessage: "%s"\nfirst: \'[A-Z]{3}\'\n'},
          STORY.format("Text."))
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert result.exit_code == 2 and "x.yaml:1:1: second: missing" in result.stderr, result.stderr


# 15 (MED) ---------------------------------------------------------------

def test_title_case_min_words_zero_is_refused_or_read_never_an_internal_error(run_cli, tmp_path):
    (tmp_path / ".newslint.yaml").write_text("options:\n  titles.case:\n    min_words: 0\n")
    (tmp_path / "s.md").write_text("# Council approves budget\n\nThe council met.\n")
    result = run_cli("check", "--no-cache", "--select", "titles.case", "s.md", cwd=tmp_path)
    assert "internal error" not in result.stderr, result.stderr
    assert result.exit_code == 0 or ".newslint.yaml:3:" in result.stderr, result.stderr


def test_control_title_case_min_words_one_flags_one_capital(run_cli, tmp_path):
    (tmp_path / ".newslint.yaml").write_text("options:\n  titles.case:\n    min_words: 1\n")
    (tmp_path / "s.md").write_text("# Council Approves budget\n\nThe council met.\n")
    result = run_cli("check", "--no-cache", "--select", "titles.case", "s.md", cwd=tmp_path)
    assert result.stdout.startswith("s.md:1:11: suggestion [titles.case]"), result.stdout


# 16 (LOW) ---------------------------------------------------------------

def test_a_pack_folder_named_with_a_dot_is_said_when_it_loads(run_cli, tmp_path):
    _pack(tmp_path, {"house.v2/x.yaml": EXIST.format("slammed"), "house/v2.yaml": EXIST.format("blasted")},
          STORY.format("He slammed it and blasted it."))
    result = run_cli("check", "--no-cache", "--rules", "r", "--ignore", "house.v2", "s.md", cwd=tmp_path)
    assert "house.v2" in result.stderr or "[house.v2.x]" in result.stdout, (result.stdout, result.stderr)
