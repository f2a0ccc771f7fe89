"""QA (qa135) of fx215's qa128 fixes on lead40: `placing.one_stop` and the
HTML extractor's table scope. Each test asserts the right behaviour. Both
changes were taken back (qa128 #1 and #2 were fixed again later, by fx220
and fx222), so #1-#5 are guards; #6 (a time fix and a missing space at one
stop) is fixed (fx220) and is a guard too."""
from __future__ import annotations

HOUSE_SWAP = """extends: substitution
message: "use '{replacement}' rather than '%s'"
level: warning
swap:
  US: U.S.
examples:
  - fail: Troops left the US on Monday.
    fix: Troops left the U.S. on Monday.
  - pass: Troops left the U.S. on Monday.
"""


# fixed (the lead): fx215's change was taken back, as main reads it
def test_swap_ending_in_stop_before_headline_trailing_period_keeps_its_stop(tmp_path, run_cli):
    (tmp_path / "r" / "house").mkdir(parents=True)
    (tmp_path / "r" / "house" / "us.yaml").write_text(HOUSE_SWAP, encoding="utf-8")
    story = ("---\ntitle: Troops leave the US.\ndate: 2024-05-01\n---\n\n"
             "Troops left the country on Monday, officials said.\n")
    (tmp_path / "a.md").write_text(story, encoding="utf-8")
    run_cli("check", "a.md", "--no-cache", "--rules", "r", "--fix", cwd=tmp_path)
    fixed = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert "title: Troops leave the U.S.\n" in fixed, fixed


EMBED_PAGE = ("<html><head><title>Council votes on budget</title></head><body>\n"
              "<article><h1>Council votes on budget</h1>\n"
              "<p>The council voted on Monday to approve the budget, officials said.</p>\n"
              '<blockquote class="twitter-tweet"><p>Great vote</p><table><tr><td>x</blockquote>\n'
              "<p>After the table the mayor said the vote at 7 PM was close, and and it passed.</p>\n"
              "</article>\n</body></html>\n")


# fixed (the lead): fx215's change was taken back, as main reads it
def test_post_with_unclosed_table_still_ends_at_its_end_tag_in_html(tmp_path, run_cli):
    (tmp_path / "a.html").write_text(EMBED_PAGE, encoding="utf-8")
    out = run_cli("check", "a.html", "--no-cache", cwd=tmp_path).output
    assert "style.time-of-day" in out and "hygiene.doubled-word" in out, out


# fixed (the lead): fx215's change was taken back, as main reads it
def test_markdown_post_with_unclosed_table_is_not_told_never_closed(tmp_path, run_cli):
    story = ("---\ntitle: Council votes on budget\ndate: 2024-05-01\n---\n\n"
             "The council voted on Monday to approve the budget, officials said.\n\n"
             '<blockquote class="twitter-tweet"><p>Great vote</p><table><tr><td>x</blockquote>\n\n'
             "After the table the mayor said the vote at 7 PM was close, and and it passed.\n")
    (tmp_path / "a.md").write_text(story, encoding="utf-8")
    out = run_cli("check", "a.md", "--no-cache", cwd=tmp_path).output
    assert "style.time-of-day" in out, out
    assert "never closed" not in out, out


# A story with a doubled word, a cell left open in it (`cell`) and, after the
# article, related-stories furniture with a time in it.
FURNITURE_PAGE = ("<html><head><title>Council votes on budget</title></head><body>\n"
                  "<main><article><h1>Council votes on budget</h1>\n"
                  "<p>The council voted on Monday to approve the the budget, officials said.</p>\n"
                  "{cell}\n</article>\n"
                  '<div class="related"><h2>More stories</h2><p>Mayor opens new park at 7 PM in the city centre</p>'
                  "</div>\n</main></body></html>\n")


def _story_and_furniture(tmp_path, run_cli, cell: str) -> str:
    """`check`'s output on FURNITURE_PAGE with `cell`, once the story is seen read."""
    (tmp_path / "a.html").write_text(FURNITURE_PAGE.format(cell=cell), encoding="utf-8")
    out = run_cli("check", "a.html", "--no-cache", cwd=tmp_path).output
    assert "hygiene.doubled-word" in out, out          # the story was read
    return out


# fixed (the lead): fx215's change was taken back, as main reads it
def test_article_end_after_unclosed_table_still_ends_the_story(tmp_path, run_cli):
    out = _story_and_furniture(tmp_path, run_cli, "<table><tr><td>Roads cost 5m")
    assert "style.time-of-day" not in out, out


def test_time_fix_and_missing_space_fix_both_apply(tmp_path, run_cli):
    (tmp_path / "a.md").write_text("---\ntitle: Council votes\ndate: 2024-05-01\n---\n\n"
                                   "The vote was at 9:30 am.It rained.\n", encoding="utf-8")
    before = run_cli("check", "a.md", "--no-cache", cwd=tmp_path).output
    assert "hygiene.missing-space" in before, before
    run_cli("check", "a.md", "--no-cache", "--fix", cwd=tmp_path)
    fixed = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert "The vote was at 9:30 a.m. It rained." in fixed, fixed


# fixed (the lead): fx215's change was taken back, as main reads it
def test_stray_cell_outside_a_table_does_not_swallow_end_tags(tmp_path, run_cli):
    out = _story_and_furniture(tmp_path, run_cli, '<div class="box"><td>Roads cost 5m</div>')
    assert "style.time-of-day" not in out, out
