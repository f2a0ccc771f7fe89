"""fx563: where a Vale style's match is placed. Every format but `--format
vale` gives the match's own place; Vale's line output gives its line's first
column when the match runs over markup or an entity other than an apostrophe
(Vale finds the text again by searching the source), as before."""
from __future__ import annotations

import json

from vale_helpers import LATIN

EP = """extends: existence
message: "Try to avoid using '%s'."
level: warning
ignorecase: true
tokens:
  - "that[\u0027\u2019]s"
  - kind of
  - odd\\shome
"""


def _desk(tmp_path, name, story):
    (tmp_path / "styles" / "House").mkdir(parents=True, exist_ok=True)
    (tmp_path / "styles" / "House" / "Ep.yml").write_text(EP)
    (tmp_path / "styles" / "House" / "Latin.yml").write_text(LATIN)
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\n\n[*]\nBasedOnStyles = House\n")
    (tmp_path / name).write_text(story)


def _json(run_cli, tmp_path, name):
    res = run_cli("check", name, "--format", "json", "--no-cache", cwd=tmp_path)
    return [(f["rule"], f["line"], f["column"]) for f in json.loads(res.stdout) if f["rule"].startswith("House.")]


def _vale(run_cli, tmp_path, name):
    res = run_cli("check", name, "--format", "vale", "--no-cache", cwd=tmp_path)
    return [ln for ln in res.stdout.splitlines() if ":House." in ln]


def test_apostrophe_entities_are_found_again(tmp_path, run_cli):
    page = ("<html><body><h1>Crew</h1><p>They left.</p>\n<p>Body that&rsquo;s it, that&#8217;s it.</p>\n"
            "</body></html>\n")
    _desk(tmp_path, "a.html", page)
    assert [ln.split(":")[2] for ln in _vale(run_cli, tmp_path, "a.html")] == ["9", "26"]


def test_guard_nbsp_entity_keeps_vales_first_column(tmp_path, run_cli):
    page = "<html><body><h1>Crew</h1>\n<p>Body x i.e.&#160;odd&#160;home.</p>\n</body></html>\n"
    _desk(tmp_path, "a.html", page)
    assert _vale(run_cli, tmp_path, "a.html") == [
        "a.html:2:1:House.Ep:Try to avoid using 'odd\u00a0home'.",
        "a.html:2:11:House.Latin:Use 'that is' instead of 'i.e.'."]
    assert _json(run_cli, tmp_path, "a.html") == [("House.Latin", 2, 11), ("House.Ep", 2, 21)]


def test_markup_match_placed_at_its_text_in_json_and_first_column_in_vale(tmp_path, run_cli):
    _desk(tmp_path, "a.md", "# Odd\n\nIt was odd again. *Kind* of odd.\n")
    assert _json(run_cli, tmp_path, "a.md") == [("House.Ep", 3, 20)]
    assert _vale(run_cli, tmp_path, "a.md") == ["a.md:3:1:House.Ep:Try to avoid using 'Kind of'."]


def test_guard_verbatim_match_same_column_everywhere(tmp_path, run_cli):
    _desk(tmp_path, "a.md", "# Odd\n\nIt was odd again. Kind of odd.\n")
    assert _json(run_cli, tmp_path, "a.md") == [("House.Ep", 3, 19)]
    assert _vale(run_cli, tmp_path, "a.md") == ["a.md:3:19:House.Ep:Try to avoid using 'Kind of'."]
