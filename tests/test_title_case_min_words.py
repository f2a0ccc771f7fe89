"""`title-case`'s `min_words` is 1 or more (qa99 #15): 0 is refused when the
rule loads, and the kind itself yields nothing for a headline with no wrong
capital whatever it is given, never an IndexError."""
from __future__ import annotations

from lint.kinds.title_case import TitleCase
from lint.readers import read_bytes


def test_the_kind_flags_no_headline_without_a_wrong_capital_at_min_words_zero():
    kind = TitleCase("house.case", {"style": "sentence", "min_words": 0})
    doc = read_bytes("s.md", b"# Council approves budget\n\nThe council met.\n")
    assert list(kind.check(doc, doc.parts_of(("headline",)))) == []


def test_a_rule_file_with_min_words_zero_is_refused_at_its_line(run_cli, tmp_path):
    target = tmp_path / "r" / "house" / "case.yaml"
    target.parent.mkdir(parents=True)
    target.write_text('extends: title-case\nmessage: "not {style} case: {words}"\nmin_words: 0\n')
    (tmp_path / "s.md").write_text("# Council approves budget\n\nThe council met.\n")
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert result.exit_code == 2
    assert "case.yaml:3:12: min_words: must be 1 or more" in result.stderr, result.stderr
