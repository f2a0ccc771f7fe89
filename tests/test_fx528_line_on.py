"""fx528: a speaker's name opening loose text (a `<div>` with no `<p>`)
keeps its line however the source lays it out (qa385 #1-#3): a line break,
a CRLF or an `&nbsp;` before `said`, the name in nested phrasing elements
(`<a><b>Name</b></a> said`), an age after it (`</a>, 45, said`). Guards:
breadcrumbs, tag clouds, labels and numbers still end their own line, and
positions and `--fix` after a handed-on line are exact.

Synthetic input only."""
from __future__ import annotations

import pytest

from q_element_helpers import SAID, at, check, html as _html, paragraphs, rules


def _paras(body):
    return paragraphs(_html(body))[1:]


def _check(run_cli, tmp_path, text, prefix):
    return check(run_cli, tmp_path, text, prefix=prefix)


@pytest.mark.parametrize("body,want", [
    ('<div><a href="x">Mayor Ana Reyes</a>&nbsp;said the vote was close.</div>',
     [("Mayor Ana Reyes\u00a0said the vote was close.", [("link", "Mayor Ana Reyes")])]),
    ('<div><a href="x">Reyes</a>&#160;said the vote was close.</div>',
     [("Reyes\u00a0said the vote was close.", [("link", "Reyes")])]),
    ('<div><a href="x"><b>Reyes</b></a>\nsaid the vote was close.</div>',
     [("Reyes\nsaid the vote was close.", [("link", "Reyes"), ("strong", "Reyes")])]),
    ('<div><em><a href="x">Reyes</a></em>, 45, said the vote was close.</div>',
     [("Reyes, 45, said the vote was close.", [("emphasis", "Reyes"), ("link", "Reyes")])]),
    ('<div><A HREF="x"><SPAN>Reyes</SPAN></A >\n\n  said the vote was close.</div>',
     [("Reyes\n\n  said the vote was close.", [("link", "Reyes")])]),
])
def test_a_speakers_line_goes_on_with_its_marks(body, want):
    assert _paras(body) == want


@pytest.mark.parametrize("body", [
    f'<div><a href="/people/reyes"><b>Mayor Ana Reyes</b></a>\r\nsaid, <q>{SAID}</q></div>',
    f'<div><b><a href="/people/reyes">Ana Reyes</a></b>, 45,\nsaid, <q>{SAID}</q></div>',
    f'<td><a href="/people/reyes">Ana Reyes</a>&nbsp;said, <q>{SAID}</q></td>',
])
def test_a_speaker_laid_out_so_attributes_the_quote(run_cli, tmp_path, body):
    assert _check(run_cli, tmp_path, _html(body), "quotes.") == []


@pytest.mark.parametrize("body,want", [
    # breadcrumbs, a tag cloud and a line of links, one a line in the source
    ('<div><a href="x">Home</a>\n› <a href="y">news</a></div>', ["Home", "› news"]),
    ('<div><a href="x">budget</a>\n<a href="y">council</a>\n<a href="z">taxes</a></div>',
     ["budget", "council", "taxes"]),
    ('<div><a href="x"><b>budget</b></a>\n<a href="y"><b>council</b></a></div>', ["budget", "council"]),
    ('<div><a href="x">Home</a>\n<span>news</span></div>', ["Home", "news"]),
    # labels, nested or over a line break
    ("<div><b>Editor's note:</b>\nthis story was updated.</div>", ["Editor's note:", "this story was updated."]),
    ('<div><a href="x"><b>Related:</b></a>\nbudget passes</div>', ["Related:", "budget passes"]),
    # a number with no comma round it is no age; a capital is no run-on
    ('<div><a href="x">Top</a> 10 stories</div>', ["Top", "10 stories"]),
    ('<div><a href="x">Reyes</a>, 45, Said it.</div>', ["Reyes", ", 45, Said it."]),
    # a block end tag between ends the line
    ('<div><div><a href="x">Home</a></div>\nnews</div>', ["Home", "news"]),
])
def test_guard_furniture_still_ends_its_line(body, want):
    assert [t for t, _ in _paras(body)] == want


@pytest.mark.parametrize("gap", ["\n", "\r\n", "&nbsp;", "</b></a>, 45, "])
def test_a_finding_after_a_handed_on_line_is_at_its_text(run_cli, tmp_path, gap):
    close = "" if gap.startswith("</") else "</b></a>"
    text = _html(f'<div><a href="x"><b>Mayor Ana Reyes{close}{gap}said the the vote was close.</div>')
    found = _check(run_cli, tmp_path, text, "hygiene.doubled-word")
    flat = text.replace("\r\n", "\n")
    assert rules(found) == ["hygiene.doubled-word"]
    assert at(flat, found) == [flat.index("the the")]


@pytest.mark.parametrize("gap", ["\n", "\r\n", "&nbsp;"])
def test_fix_after_a_handed_on_line_rewrites_only_its_words(run_cli, tmp_path, gap):
    path = tmp_path / "t.html"
    text = _html(f'<div><a href="x"><b>Mayor Ana Reyes</b></a>{gap}said the the vote was close.</div>')
    path.write_bytes(text.encode("utf-8"))
    result = run_cli("check", "--no-cache", "--fix", path)
    assert result.exit_code in (0, 1), result.stdout
    assert path.read_bytes().decode("utf-8") == text.replace("the the vote", "the vote")
