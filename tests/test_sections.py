"""The article's section (nu26 #15): the audit's `section` column was filled
only from front matter `section:`, so a Hugo site and saved pages gave null
on every row. The article's own statement comes first (front matter, a JSON
Lines field, a WordPress category, `<meta property="article:section">`, then
JSON-LD `articleSection`), else the site's content folder: Hugo's first
folder under content/, Jekyll's folder above _posts/. `parse` shows both
and where each came from."""
from __future__ import annotations

import json

import pytest

from lint.config import Config
from lint.readers import read_bytes
from lint.site_sections import folder_section, place_section

PAGE = """<html><head><title>Council votes</title>{meta}
<script type="application/ld+json">{{"@context": "https://schema.org", "@graph": [
{{"@type": "WebSite", "name": "Courier", "articleSection": "Site"}},
{{"@type": "NewsArticle", "headline": "Council votes", "articleSection": {section}}}]}}</script>
</head><body><article><h1>Council votes</h1><p>The council met on Tuesday.</p></article></body></html>
"""


def section(name: str, text: str) -> tuple[str, str]:
    doc = read_bytes(name, text.encode("utf-8"))
    return doc.section, doc.section_from


@pytest.mark.parametrize("meta, jsonld, want", [
    ('<meta property="article:section" content="  Local\n News ">', '"Politics"',
     ("Local News", "article:section")),
    ("", '["Politics", "Local"]', ("Politics", "JSON-LD articleSection")),
    ("", '"Politics"', ("Politics", "JSON-LD articleSection")),
    ('<meta property="article:section" content=" ">', "[]", ("", "")),     # nothing stated
])
def test_a_page_states_its_section_in_a_meta_tag_or_its_json_ld(meta, jsonld, want):
    assert section("p.html", PAGE.format(meta=meta, section=jsonld)) == want


def test_front_matter_json_lines_and_wordpress_state_theirs():
    assert section("a.md", "---\ntitle: Vote\nsection: Metro\n---\n\nText.\n") == \
        ("Metro", "front matter section")
    assert section("a.md", "---\ntitle: Vote\nsection: [a, b]\n---\n\nText.\n") == ("", "")
    dump = read_bytes("d.jsonl", b'{"id": "1", "headline": "Vote", "body": "Text.", "section": "Sports"}\n')
    assert (dump.articles[0].section, dump.articles[0].section_from) == \
        ("Sports", "the JSON field 'section'")


def site(root, files: dict[str, str]):
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


STORY = "---\ntitle: Vote\ndate: 2026-11-10\n---\n\nThe council met.\n"


def test_a_hugo_sites_first_content_folder_is_the_section(tmp_path):
    root = site(tmp_path / "hugo", {"hugo.toml": 'title = "Courier"\n',
                                    "content/news/2026/11/vote.md": STORY,
                                    "content/news/_index.md": STORY,
                                    "content/about.md": STORY,
                                    "content/sports/game.md": STORY.replace("title", "section: Prep\ntitle")})
    at = lambda rel: folder_section(str(root / rel))      # noqa: E731
    assert at("content/news/2026/11/vote.md") == ("news", "Hugo content folder content/news/, beside hugo.toml")
    assert at("content/news/_index.md")[0] == "news"
    assert at("content/about.md") is None               # a page right in content/: no section
    doc = read_bytes(str(root / "content/sports/game.md"), (root / "content/sports/game.md").read_bytes())
    place_section(doc, str(root / "content/sports/game.md"))
    assert (doc.section, doc.section_from) == ("Prep", "front matter section")   # stated: first


def test_no_folder_section_without_a_site_or_where_the_content_folder_is_not_plain(tmp_path):
    bare = site(tmp_path / "bare", {"content/news/vote.md": STORY})
    assert folder_section(str(bare / "content/news/vote.md")) is None       # no Hugo config
    moved = site(tmp_path / "moved", {"config.toml": 'contentDir = "posts"\n',
                                      "content/news/vote.md": STORY, "posts/desk/vote.md": STORY})
    assert folder_section(str(moved / "content/news/vote.md")) is None
    assert folder_section(str(moved / "posts/desk/vote.md"))[0] == "desk"
    langs = site(tmp_path / "langs", {"hugo.yaml": "languages:\n  en:\n    contentDir: content/en\n"
                                      "  fr:\n    contentDir: content/fr\n",
                                      "content/en/news/vote.md": STORY})
    assert folder_section(str(langs / "content/en/news/vote.md")) is None   # a folder per language
    broken = site(tmp_path / "broken", {"hugo.toml": "title = \n", "content/news/vote.md": STORY})
    assert folder_section(str(broken / "content/news/vote.md")) is None


def test_a_jekyll_post_below_a_category_folder(tmp_path):
    root = site(tmp_path / "jekyll", {"_config.yml": "title: Courier\n",
                                      "sports/_posts/2026-11-10-game.md": STORY,
                                      "_posts/2026-11-10-vote.md": STORY})
    assert folder_section(str(root / "sports/_posts/2026-11-10-game.md")) == \
        ("sports", "Jekyll category folder sports/, beside _config.yml")
    assert folder_section(str(root / "_posts/2026-11-10-vote.md")) is None


def test_parse_shows_the_section_and_where_it_came_from(run_cli, tmp_path):
    root = site(tmp_path / "hugo", {"hugo.toml": 'title = "Courier"\n', "content/news/vote.md": STORY})
    page = tmp_path / "p.html"
    page.write_text(PAGE.format(meta="", section='"Politics"'))
    done = run_cli("parse", "--format", "json", root / "content/news/vote.md", page)
    assert done.exit_code == 0, done.output
    got = [(d["section"], d["section_from"]) for d in json.loads(done.stdout)]
    assert got == [("news", "Hugo content folder content/news/, beside hugo.toml"),
                   ("Politics", "JSON-LD articleSection")]
    text = run_cli("parse", root / "content/news/vote.md").stdout.splitlines()
    assert "  section: 'news' (from Hugo content folder content/news/, beside hugo.toml)" in text


def test_the_audits_section_column_takes_them(tmp_path, monkeypatch):
    pytest.importorskip("pyarrow")
    from lint.audit.plan import plan
    from lint.audit.work import Settings, lint_partition

    site(tmp_path / "hugo", {"hugo.toml": 'title = "Courier"\n', "content/news/vote.md": STORY,
                             "content/about.md": STORY})
    (tmp_path / "p.html").write_text(PAGE.format(meta="", section='"Politics"'))
    monkeypatch.chdir(tmp_path)
    settings = Settings(None, (), Config(), str(tmp_path))
    rows = {}
    for part in plan(["hugo", "p.html"]):
        _, articles, _ = lint_partition(part, settings)
        rows.update(zip(articles["path"], articles["section"]))
    assert rows == {"hugo/content/news/vote.md": "news", "hugo/content/about.md": None,
                    "p.html": "Politics"}
