"""Faults QA (qa104) found in fx180's work on lead38: a swap that leaves
text already reading as its replacement (`reads_as`), the case a swap's fix
is written in (`match_case`), and the load-time check of a message's
`{name}` placeholders.

`reads_as` compares the text with the replacement character for character,
so text that reads as the replacement in another case (`GOV.`, `CO-OP` with
`ignorecase: true`, #1), wrapped over a line (`Joe⏎Biden`, which a literal
key's spaces match, #2) or with a curly apostrophe (`O’Hara`, #3) is still
flagged, and `--fix` writes the replacement into it once: `Gov..`,
`CO-Co-op`, `Joe⏎Joe Biden`, `O’O'Hara`, with nothing said. A replacement
with a capital after its first letter is written as given even when it is a
phrase opening a sentence (`the Supreme Court ruled.`, #4). A message
holding a literal brace word (`{{TK}}`, `{0}`) is refused, with no way to
write it (#5); a config's `options:` swap for a rule whose message names a
group is refused and blamed on the rule file (#6). The check lets through a
`{name}` the kind fills only in another message (#7), in some keys' findings
only (#8) or with a format spec (#9), each printed as written; a missing
`message:` has no line (#10). An `occurrence` token that matches only
between characters (`\\b`) is taken and counts the gaps (#11). A match left alone because it reads as
its replacement still holds its span, so another key's real error there
(`Mass. Ave` beside `Mass: Mass.`) is never reported (#12).

Each was a strict xfail that failed for the fault's reason; fx186 fixed all
twelve and removed the marks. A control beside some shows what works.
Synthetic input only, under tmp_path."""
from __future__ import annotations

import pytest

STORY = "# Hed\n\n{}\n"


def _pack(tmp_path, files: dict[str, str], story: str, name: str = "s.md"):
    """Write `files` under tmp_path (path -> text) and `story` as `name`."""
    for path, text in files.items():
        target = tmp_path / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    (tmp_path / name).write_text(story, encoding="utf-8")
    return tmp_path / name


def _swap(pairs: str, ignorecase: bool = False, kind: str = "substitution", extra: str = "") -> str:
    case = "ignorecase: true\n" if ignorecase else ""
    return f'extends: {kind}\nmessage: "use {{replacement}}, not %s"\n{case}{extra}swap:\n{pairs}'


def _fix(run_cli, tmp_path, rule: str, text: str):
    """`check --fix` with the one house rule `rule` on a story holding `text`;
    the story's text after it and the result."""
    story = _pack(tmp_path, {"r/house/x.yaml": rule}, STORY.format(text))
    result = run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "--fix", "s.md",
                     cwd=tmp_path)
    return story.read_text(encoding="utf-8")[len("# Hed\n\n"):-1], result


# 1 (HIGH, old) ----------------------------------------------------------

@pytest.mark.parametrize("pair, text, good", [
    ("gov: Gov.", "GOV. Ruiz spoke.", {"GOV. Ruiz spoke.", "Gov. Ruiz spoke."}),
    ("op: co-op", "The CO-OP opened.", {"The CO-OP opened.", "The Co-op opened."}),
    ("op: co-op", "The Co-Op opened.", {"The Co-Op opened.", "The Co-op opened."}),    # a title-case hed
])
def test_fix_leaves_text_that_reads_as_the_replacement_in_another_case(run_cli, tmp_path, pair, text,
                                                                        good):
    fixed, _ = _fix(run_cli, tmp_path, _swap(f"  {pair}\n", ignorecase=True), text)
    assert fixed in good


def test_vale_substitution_fix_leaves_text_that_reads_as_the_replacement_in_capitals(run_cli, tmp_path):
    rule = _swap("  op: co-op\n", ignorecase=True, kind="vale-substitution", extra="fix: true\n")
    fixed, _ = _fix(run_cli, tmp_path, rule, "The CO-OP opened.")
    assert "CO-co-op" not in fixed


def test_control_fix_leaves_text_that_reads_as_the_replacement_in_its_case(run_cli, tmp_path):
    fixed, _ = _fix(run_cli, tmp_path, _swap("  op: co-op\n  gov: Gov.\n", ignorecase=True),
                    "Gov. Ruiz joined the co-op. Co-op members and the op met.")
    assert fixed == "Gov. Ruiz joined the co-op. Co-op members and the co-op met."


# 2 (HIGH, old) ----------------------------------------------------------

@pytest.mark.parametrize("text", ["We met Joe\nBiden today.", "We met Joe  Biden today."])
def test_fix_leaves_a_wrapped_replacement_alone(run_cli, tmp_path, text):
    fixed, _ = _fix(run_cli, tmp_path, _swap("  Biden: Joe Biden\n"), text)
    assert fixed == text


def test_control_a_wrapped_key_is_found_and_fixed_whole(run_cli, tmp_path):
    fixed, _ = _fix(run_cli, tmp_path, _swap("  per cent: percent\n"), "It rose 5 per\ncent today.")
    assert fixed == "It rose 5 percent today."


# 3 (MED, old) -----------------------------------------------------------

def test_fix_leaves_a_replacement_written_with_a_curly_apostrophe(run_cli, tmp_path):
    fixed, _ = _fix(run_cli, tmp_path, _swap("  Hara: \"O'Hara\"\n"), "We met O’Hara today.")
    assert "O’O'" not in fixed


# 4 (MED, new) -----------------------------------------------------------

def test_a_phrase_replacement_takes_the_capital_that_opens_a_sentence(run_cli, tmp_path):
    fixed, _ = _fix(run_cli, tmp_path, _swap("  the supreme court: the Supreme Court\n", ignorecase=True),
                    "The supreme court ruled. He said the supreme court erred.")
    assert fixed == "The Supreme Court ruled. He said the Supreme Court erred."


def test_control_a_one_word_replacement_with_an_inner_capital_is_written_as_given(run_cli, tmp_path):
    fixed, _ = _fix(run_cli, tmp_path, _swap("  iphone: iPhone\n", ignorecase=True), "Iphone sales rose.")
    assert fixed == "iPhone sales rose."


# 5 (MED, new) -----------------------------------------------------------

@pytest.mark.parametrize("message", ["leave no {{TK}} slot in copy: %s", "format slot {0} left in copy: %s"])
def test_a_message_with_a_literal_brace_word_loads(run_cli, tmp_path, message):
    rule = f'extends: existence\nmessage: "{message}"\ntokens: [colour]\n'
    _pack(tmp_path, {"r/house/x.yaml": rule}, STORY.format("The colour is red."))
    result = run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "s.md", cwd=tmp_path)
    assert result.exit_code != 2 and "[house.x]" in result.stdout


# 6 (MED, new) -----------------------------------------------------------

def test_a_config_swap_override_is_taken_or_blamed_on_the_config(run_cli, tmp_path):
    rule = ('extends: substitution\nmessage: "after {left}: use {replacement}"\nswap:\n'
            '  "(?<=(?P<left>the) )colour": color\n')
    config = "options:\n  house.x:\n    swap:\n      teh: the\n"
    _pack(tmp_path, {"r/house/x.yaml": rule, ".newslint.yaml": config}, STORY.format("Saw teh cat."))
    result = run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "s.md", cwd=tmp_path)
    assert result.exit_code != 2 or ".newslint.yaml:4:" in result.stderr


# 7 (LOW, old) -----------------------------------------------------------

def test_a_placeholder_another_message_fills_is_refused_in_message(run_cli, tmp_path):
    rule = 'extends: title-missing\nmessage: "no headline here ({site})"\n'
    _pack(tmp_path, {"r/house/x.yaml": rule}, "Just text, no headline.\n")
    result = run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "s.md", cwd=tmp_path)
    assert result.exit_code == 2 and result.stdout == "", result.output
    assert "x.yaml:2:10: message: {site} is not filled by kind 'title-missing'" in result.stderr, result.stderr


# 8 (LOW, old) -----------------------------------------------------------

def test_a_group_only_one_key_fills_is_never_printed_as_written(run_cli, tmp_path):
    rule = ('extends: substitution\nmessage: "use {replacement}, not %s (after {left})"\nswap:\n'
            '  "(?<=(?P<left>the) )colour": color\n  grey: gray\n')
    _pack(tmp_path, {"r/house/x.yaml": rule}, STORY.format("It is grey."))
    result = run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "s.md", cwd=tmp_path)
    assert result.exit_code == 2 and result.stdout == "", result.output
    assert "x.yaml:2:10: message: {left} is a named group of only some swap keys" in result.stderr, result.stderr


# 9 (LOW, old) -----------------------------------------------------------

def test_a_placeholder_with_a_format_spec_is_refused(run_cli, tmp_path):
    rule = 'extends: consistency\nmessage: "use one form ({count:d} times the other)"\neither:\n  colour: color\n'
    _pack(tmp_path, {"r/house/x.yaml": rule}, STORY.format("The colour is red. The color is blue. Color."))
    result = run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "s.md", cwd=tmp_path)
    assert result.exit_code == 2 and result.stdout == "", result.output
    assert "x.yaml:2:10: message: {count:d} has a format spec, which is not read" in result.stderr, result.stderr


# 10 (LOW, old) ----------------------------------------------------------

def test_a_missing_message_is_placed_like_a_missing_option(run_cli, tmp_path):
    _pack(tmp_path, {"r/house/x.yaml": "extends: substitution\nswap:\n  colour: color\n"},
          STORY.format("The colour is red."))
    result = run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "s.md", cwd=tmp_path)
    assert result.exit_code == 2 and "x.yaml:1:1: message:" in result.stderr


def test_control_a_missing_required_option_is_placed_at_the_start(run_cli, tmp_path):
    _pack(tmp_path, {"r/house/x.yaml": 'extends: substitution\nmessage: "use %s"\n'},
          STORY.format("The colour is red."))
    result = run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "s.md", cwd=tmp_path)
    assert result.exit_code == 2 and "x.yaml:1:1: swap:" in result.stderr


# 11 (LOW, old) ----------------------------------------------------------

def test_an_occurrence_token_matching_only_between_characters_counts_nothing(run_cli, tmp_path):
    rule = "extends: occurrence\nmessage: \"%s matches\"\ntoken: '\\b'\nmax: 3\n"
    _pack(tmp_path, {"r/house/x.yaml": rule}, STORY.format("Text here and there."))
    result = run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "s.md", cwd=tmp_path)
    refused = result.exit_code == 2 and "token:" in result.stderr
    assert refused or "[house.x]" not in result.stdout


# 12 (MED, old) ----------------------------------------------------------

def test_a_match_that_reads_as_its_replacement_does_not_hide_another_keys_error(run_cli, tmp_path):
    rule = _swap("  Mass: Mass.\n  Mass. Ave: Massachusetts Avenue\n")
    fixed, _ = _fix(run_cli, tmp_path, rule, "She lives on Mass. Ave in Boston.")
    assert fixed == "She lives on Massachusetts Avenue in Boston."


def test_control_the_longer_key_first_is_reported(run_cli, tmp_path):
    rule = _swap("  Mass. Ave: Massachusetts Avenue\n  Mass: Mass.\n")
    fixed, _ = _fix(run_cli, tmp_path, rule, "She lives on Mass. Ave in Boston.")
    assert fixed == "She lives on Massachusetts Avenue in Boston."
