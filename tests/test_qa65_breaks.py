"""qa65's breaks mended at stop 47: a wrapped time's message, the article
before a vowel-named space, a pasted `MsoNormal` fragment taken for a Word
export."""
from __future__ import annotations

from lint.placing import unseen_difference
from lint.readers import read_bytes


def test_a_wrapped_time_is_one_line_in_its_message(run_cli, tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: Polls close\ndate: 2026-12-01\n---\n\n"
                                   "The polls close at 7\npm on Tuesday, the clerk said.\n")
    got = run_cli("check", "a.md", "--select", "style.time-of-day", cwd=tmp_path)
    assert "'7 pm' -> '7 p.m.'" in got.stdout
    assert "\\n" not in got.stdout


def test_an_before_a_vowel_named_space():
    assert "an ideographic space (U+3000) in the text" in unseen_difference("7\u3000p.m.", "7 p.m.")
    assert "a thin space (U+2009)" in unseen_difference("7\u2009p.m.", "7 p.m.")


def test_a_pasted_word_paragraph_is_no_export():
    html = ('<p class="MsoNormal">Short first line here.</p>'
            '<p class="MsoNormal">The council met Monday and voted on the budget, the clerk said.</p>\n')
    doc = read_bytes("story.html", html.encode("utf-8"))
    assert doc.first("headline") is None
    assert [p.kind for p in doc.parts] == ["paragraph", "paragraph"]
