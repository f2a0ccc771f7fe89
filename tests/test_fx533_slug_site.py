"""fx533 (qa393 #1): the slug title is Jekyll's, so it is given only to a
Jekyll post: YAML front matter, and under markup auto no Hugo or Eleventy
site root nearest above the file (a site with no config at all may be
Jekyll's: GitHub Pages builds one without `_config.yml`)."""
import json

import pytest

from conftest import run_check
from lint import lint_text
from lint.document import Document
from lint.readers import markdown
from lint.readers.options import ReadOptions
from lint.site_sections import nearest_generators

UNTITLED = "---\nlayout: post\n---\n\nThe council met on Monday, Council President Ann Lee said.\n"
POST = "_posts/2026-12-01-council-meets.md"


def _titles(root, path):
    r = run_check(root, path, "--format", "json", "--select", "titles")
    return [f["rule"] for f in json.loads(r.stdout)]


def _headline(path, text=UNTITLED, markup="auto"):
    doc = Document(str(path), text, "markdown")
    markdown.read(doc, ReadOptions(markup=markup))
    return doc.headline, doc.headline_from


def _site(root, *files):
    for name in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("module.exports = {};\n" if name.endswith(".js") else "title: x\n")


def test_site_with_jekyll_and_hugo_configs_titles_the_post(tmp_path):
    # a root holding both configs may be built by Jekyll: the slug title stands
    _site(tmp_path, "_config.yml", "hugo.toml")
    (tmp_path / "_posts").mkdir()
    (tmp_path / POST).write_text(UNTITLED)
    assert _titles(tmp_path, ".") == []


def test_nearest_site_root_decides(tmp_path):
    # a Hugo site kept inside a Jekyll repository: Hugo's root is nearer
    _site(tmp_path, "_config.yml", "docs/hugo.toml")
    (tmp_path / "docs/content/_posts").mkdir(parents=True)
    (tmp_path / "_posts").mkdir()
    (tmp_path / "docs/content" / POST).write_text(UNTITLED)
    (tmp_path / POST).write_text(UNTITLED)
    assert nearest_generators(str(tmp_path / "docs/content" / POST)) == ("Hugo",)
    assert _headline(tmp_path / "docs/content" / POST) == ("", "")
    assert _headline(tmp_path / POST) == ("Council Meets", "file name")


def _bare(root):
    """Skip when a site config sits above the temporary folder."""
    if nearest_generators(str(root / POST)):
        pytest.skip("a site root above the temporary folder")


def test_no_site_config_keeps_posts_jekylls(tmp_path):
    _bare(tmp_path)
    (tmp_path / "_posts").mkdir()
    (tmp_path / POST).write_text(UNTITLED)
    assert _titles(tmp_path, ".") == []


def test_markup_jekyll_titles_a_post_in_a_hugo_site(tmp_path):
    # the writer's setting says Jekyll builds it: the config wins over the guess
    _site(tmp_path, "hugo.toml")
    assert _headline(tmp_path / POST, markup="jekyll") == ("Council Meets", "file name")
    assert _headline(tmp_path / POST, markup="auto") == ("", "")


@pytest.mark.parametrize("head", ['+++\nlayout = "post"\n+++\n', '{\n  "layout": "post"\n}\n'])
def test_toml_or_json_front_matter_is_untitled_under_jekyll_too(head):
    text = head + "\nThe council met on Monday.\n"
    assert [d.rule for d in lint_text(text, POST, select=["titles"], markup="jekyll")] == \
        ["titles.missing-headline"]


def test_guard_yaml_post_in_a_jekyll_site_stays_titled(tmp_path):
    _site(tmp_path, "_config.yml")
    assert _headline(tmp_path / "news" / POST) == ("Council Meets", "file name")


def test_guard_site_added_later_is_seen_by_a_long_lived_process(tmp_path):
    # the language server's listings keep their stamps (no answer kept for the process):
    # a hugo.toml written after a first lint counts at the next
    _bare(tmp_path)
    assert _headline(tmp_path / POST) == ("Council Meets", "file name")
    _site(tmp_path, "hugo.toml")
    assert _headline(tmp_path / POST) == ("", "")


# --- qa393 #2: a nil title is Jekyll's to fill ----------------------------------------------

NIL = "---\nlayout: post\ntitle: ~\n---\n\n# Council meets\n\nThe council met on Monday.\n"


def test_nil_title_gets_the_slug_title_and_the_body_heading_stays_a_heading():
    doc_headline = _headline(POST, NIL)
    assert doc_headline == ("Council Meets", "file name")
    assert [d.rule for d in lint_text(NIL, POST, select=["titles"])] == []


@pytest.mark.parametrize("text, markup", [
    ("---\nlayout: post\ntitle: ~\n---\n\nThe council met on Monday.\n", "hugo"),
    ("---\nlayout: post\ntitle: ~\nhed: ''\n---\n\nThe council met on Monday.\n", "jekyll"),
    ('{\n  "layout": "post",\n  "title": null\n}\n\nThe council met on Monday.\n', "jekyll"),
])
def test_guard_nil_title_stays_missing_outside_jekylls_own_reading(text, markup):
    # Hugo titles nothing from a slug; an empty `hed` is newslint's headline key; JSON is no Jekyll front matter
    assert [d.rule for d in lint_text(text, POST, select=["titles"], markup=markup)] == \
        ["titles.missing-headline"]
    assert _headline(POST, text, markup) == ("", "")


def test_guard_nil_title_in_a_hugo_site_stays_missing(tmp_path):
    _site(tmp_path, "hugo.toml")
    assert _headline(tmp_path / POST, "---\ntitle:\n---\n\nThe council met.\n") == ("", "")
