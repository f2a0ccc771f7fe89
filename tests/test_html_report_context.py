"""The HTML report embeds an article's findings with their context, not the
whole article (nu29 #9: a 2 MB paste with one finding gave a 2.6 MB report):
lines far from every finding, and characters of a long line far from its
findings, are counted in the page instead of shown."""
from __future__ import annotations

LINES = [f"Paragraph {i} says the council met." for i in range(1, 101)]


def _page(run_cli, tmp_path, text: str) -> str:
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "html", "--select", "hygiene", "long.txt",
                     cwd=tmp_path)
    assert result.exit_code == 1, result.output
    return result.stdout


def test_only_the_lines_around_a_finding_are_shown(run_cli, tmp_path):
    lines = LINES.copy()
    lines[49] = "Paragraph 50 says the TK met."
    page = _page(run_cli, tmp_path, "\n".join(lines) + "\n")
    shown = [n for n in range(1, 101) if f">Paragraph {n} says" in page]
    assert shown == [47, 48, 49, 50, 51, 52, 53]
    assert '<div class="ln">…</div><div class="tx"><span class="kind">… 46 lines with no finding ' \
           'not shown</span>' in page
    assert "… 48 lines with no finding not shown" in page          # 54 to 100 and the empty last line
    assert '<mark class="error"' in page and "50:23" in page


def test_a_long_line_is_shown_around_its_findings_only(run_cli, tmp_path):
    line = "The board met. " * 400 + "TK." + " The board met." * 400      # 12,003 characters
    page = _page(run_cli, tmp_path, line + "\n")
    assert " … 5,700 characters not shown … " in page and " … 5,701 characters not shown … " in page
    assert len(page) < 20_000 and ">TK</mark>" in page


def test_a_short_article_is_shown_whole(run_cli, tmp_path):
    page = _page(run_cli, tmp_path, "Vote\n\nThe TK met.\n\nIt voted.\n")
    assert "not shown" not in page and ">It voted.</div>" in page
