"""fx564: --fix never changes a speaker's words inside a direct quotation
(AP Stylebook, 'quotations in the news'): a word swap keeps its finding with
no fix there, said as left to the writer; fixes of style characters and the
AP style kinds' are still written there. Guards: the same swaps outside a
quotation, where no quotation is read (a headline, a mark left open)."""
from __future__ import annotations

import pytest

from fix_helpers import fix_text as _fix, house_rules as _house
from lint.engine import lint_bytes
from lint.quote_fixes import words_of

SWAPS = ("words", "extends: substitution\nmessage: \"use '{replacement}'\"\nnonword: true\nignorecase: true\n"
                  "swap:\n  '\\bi\\.e\\.(?=[\\s,;])': that is\n  it is: it's\n  alright: all right\n"
                  "  e-mail: email\n")


def test_words_of_reads_letters_and_figures_only():
    assert words_of("E-mail") == words_of("email") == "email"
    assert words_of("1990's") == words_of("1990s")
    assert words_of("it is") != words_of("it's")
    assert words_of("i.e.") != words_of("that is")


@pytest.mark.parametrize("quote", ['"It is over, i.e. not yet, alright," she said.',
                                   '\u201cIt is over, i.e. not yet, alright,\u201d she said.',
                                   "She said: \u201cIt is over, i.e. not yet, alright.\u201d"])
def test_a_word_swap_inside_a_quotation_keeps_its_finding_without_a_fix(tmp_path, quote):
    config, rules = _house(tmp_path, [SWAPS])
    text = f"Crew\n\n{quote}\n"
    found = lint_bytes("a.txt", text.encode(), config, rules).diagnostics
    assert sorted(d.snippet.lower() for d in found) == ["alright", "i.e.", "it is"]
    assert all(d.fix is None for d in found)
    outcome = _fix(text, config, rules)
    assert outcome.fixed == text and outcome.findings_fixed == 0
    assert sorted(outcome.result.held.values()) == ["quotation"] * 3


def test_the_same_swaps_outside_a_quotation_are_fixed(tmp_path):
    config, rules = _house(tmp_path, [SWAPS])
    text = "Crew\n\nIt is over, i.e. not yet, alright. \"Fine,\" she said.\n"
    outcome = _fix(text, config, rules)
    assert outcome.fixed == "Crew\n\nIt's over, that is not yet, all right. \"Fine,\" she said.\n"
    assert not outcome.result.held


@pytest.mark.parametrize("text", ['"It is over headline, she said', 'She said "it is over and left.'])
def test_guard_no_quotation_read_no_hold(tmp_path, text):
    """A mark left open is not read as a quotation, in a headline or a paragraph.
    (This guard read a headline's closed quotation `"It is over" headline` as
    none too; the lead's decision on qa429 #5 holds a headline's quotations,
    so its shape here is the one left open.)"""
    config, rules = _house(tmp_path, [SWAPS])
    body = f"{text}\n\nThe end.\n" if "headline" in text else f"Crew\n\n{text}\n\nThe end.\n"
    outcome = _fix(body, config, rules)
    assert "it's over" in outcome.fixed.lower() and not outcome.result.held


def test_a_style_character_swap_is_still_written_inside_a_quotation(tmp_path):
    config, rules = _house(tmp_path, [SWAPS])
    outcome = _fix('Crew\n\n"Send an e-mail, it is late," she said.\n', config, rules)
    assert outcome.fixed == 'Crew\n\n"Send an email, it is late," she said.\n'
    assert list(outcome.result.held.values()) == ["quotation"]


@pytest.mark.parametrize("text, fixed", [
    ('"We met on Sep 05, 2020 at noon," she said.', '"We met on Sept. 5, 2020 at noon," she said.'),
    ('"It starts at 7:00 PM today," she said.', '"It starts at 7 p.m. today," she said.'),
    ('"The the deal is done," she said.', '"The deal is done," she said.'),
    ('"Her 80\'s were quiet," she said.', '"Her 80s were quiet," she said.'),
    ('"We met on 5 January 2020 in Paris," she said.', '"We met on Jan. 5, 2020 in Paris," she said.'),
])
def test_guard_ap_style_fixes_inside_a_quotation_are_written(text, fixed):
    """(the year's comma is left out of a quotation already: style.date-year-comma, qa47)"""
    outcome = _fix(f"Head\n\n{text}\n")
    assert outcome.fixed == f"Head\n\n{fixed}\n"
    assert not outcome.result.held


def test_cli_says_the_quotations_words_are_left_to_the_writer(tmp_path, run_cli):
    _house(tmp_path, [SWAPS])
    story = tmp_path / "a.txt"
    text = 'Crew\n\nIt is late. "It is over," she said.\n'
    story.write_text(text, encoding="utf-8")
    args = ("--rules", "rules", "--select", "house", "--no-color", "a.txt")
    check = run_cli("check", *args, cwd=tmp_path)
    assert "2 problems" in check.stdout and "1 fixable with --fix" in check.stdout
    fixed = run_cli("check", "--fix", *args, cwd=tmp_path)
    assert "fixed 1 problem in 1 file" in fixed.stderr
    assert ("a.txt: 1 finding left unfixed on purpose (3:13: it is inside a direct quotation, whose words "
            "are the speaker's") in fixed.stderr
    assert "left to the writer)" in fixed.stderr and "by hand" not in fixed.stderr
    assert story.read_text(encoding="utf-8") == 'Crew\n\nIt\'s late. "It is over," she said.\n'



VALE = __import__("pathlib").Path("/work/shared/vale/packages/Google/Google")


@pytest.mark.skipif(not VALE.is_dir(), reason="needs /work/shared/vale")
def test_google_swaps_inside_a_quotation_are_left_to_the_writer(tmp_path, run_cli):
    """A Vale style's rule reads another part than the quote rules do: the
    quotation is found by its place in the file."""
    import shutil
    shutil.copytree(VALE, tmp_path / "styles" / "Google")
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\nMinAlertLevel = suggestion\n\n[*]\n"
                                        "BasedOnStyles = Google\n", encoding="utf-8")
    post = tmp_path / "a.md"
    post.write_text('# Fees\n\nFees rose, e.g. the levy. "It is over, i.e. not yet," she said.\n', encoding="utf-8")
    fixed = run_cli("check", "--fix", "--no-color", "a.md", cwd=tmp_path)
    assert post.read_text(encoding="utf-8") == ('# Fees\n\nFees rose, for example the levy. '
                                                '"It is over, i.e. not yet," she said.\n')
    assert "2 findings left unfixed on purpose (3:35, 3:47: it is inside a direct quotation" in fixed.stderr
