"""Student copy (nu29 #7, #8): a name that loses its accent, a past "was"
before a date after publication, and messages a student can act on. The
stories are cut down from the nu29 class folder (a browser-saved page in
windows-1252 and its plain-text twin)."""
from __future__ import annotations

import json

PAGE = ('<html><head><meta charset="windows-1252"><meta property="article:published_time" '
        'content="2026-12-02"></head><body><article><h1>Bookstore closes after 40 years</h1>'
        '<p>Page Turners, the bookstore on Main Street, will close, owner Françoise Dubé '
        'said Monday.</p><p>“It’s been a good run,” Dubé said.</p>'
        '<p>Dube said the last day of business was Dec. 20.</p></article></body></html>')

PLAIN = ("Bookstore closes\n\nDec. 2, 2026\n\nDube said the last day of business was Dec. 20, "
         "owner Françoise Dubé said.\n\nDubé said the store closed Dec. 20.\n")


def _findings(run_cli, path, *args) -> list[dict]:
    result = run_cli("check", "--no-cache", "--format", "json", *args, path)
    return json.loads(result.stdout)


def _at(source: str, f: dict) -> str:
    line = source.splitlines()[f["line"] - 1]
    return line[f["column"] - 1:f["end_column"] - 1]


def test_a_name_that_loses_its_accent_on_a_saved_page(run_cli, tmp_path):
    page = tmp_path / "store.html"
    page.write_bytes(PAGE.encode("cp1252"))
    found = [f for f in _findings(run_cli, page) if f["rule"] == "names.spelling-variant"]
    assert [_at(PAGE, f) for f in found] == ["Dube"]
    assert "'Dube' is 'Dubé' with an accent dropped or added" in found[0]["message"]


def test_a_past_was_before_a_date_after_publication(run_cli, tmp_path):
    story = tmp_path / "store.txt"
    story.write_text(PLAIN, encoding="utf-8")
    found = [f for f in _findings(run_cli, story) if f["rule"] == "dates.after-publication"]
    assert [(f["line"], _at(PLAIN, f)) for f in found] == [(5, "Dec. 20"), (7, "Dec. 20")]
    assert "('was')" in found[0]["message"]


def test_the_unrelated_headline_names_the_words_the_story_never_uses(run_cli, tmp_path):
    story = tmp_path / "store.txt"
    story.write_text(PLAIN, encoding="utf-8")
    [found] = [f for f in _findings(run_cli, story) if f["rule"] == "titles.headline-unrelated"]
    assert "never uses 'Bookstore'" in found["message"]
    assert "rarity-weighted" not in found["message"]


def test_explain_unattributed_opens_with_a_short_summary_naming_the_option(run_cli):
    out = run_cli("explain", "quotes.unattributed").stdout
    summary = out.split("\n\n")[1]
    assert len(summary.splitlines()) <= 8, summary
    assert "across_paragraphs: false" in summary


def test_explain_encoding_says_what_to_do(run_cli):
    out = run_cli("explain", "file.encoding").stdout
    assert "nothing in the story needs fixing" in out and "save the file as UTF-8" in out
