"""qa399: review of fx533 (0718a346..693ac4d6): the Jekyll slug title only for a
Jekyll post (YAML front matter; under markup auto not when the nearest site
root is Hugo's or Eleventy's alone), a nil title titled from the slug, and
titles.case learning no name from a dek's copy of the headline in any
capitals (its opening for 2+ words, or a whole copy).

Each strict xfail states what a copy desk or a newsroom's CI expects and
fails today (`qa399 #N` in the report); the other tests guard the nearest
cases that work now. The articles are written for this review."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from conftest import run_check
from lint import lint_text
from lint.document import Document
from lint.readers import markdown
from lint.readers.options import ReadOptions
try:                                       # gone with the slug title (taken back)
    from lint.site_sections import nearest_generators
except ImportError:
    def nearest_generators(path):
        return []

BODY = "\nThe council met on Monday, Council President Ann Lee said.\n"
UNTITLED = "---\nlayout: post\n---\n" + BODY
POST = "_posts/2026-12-01-council-meets.md"


def _write(root, files: dict):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
    return root


def _old(*paths):
    """Stamp `paths` a minute in the past: no listing or cache entry is refused as racy."""
    then = time.time() - 60
    for p in paths:
        os.utime(p, (then, then))


def _titles(path, text=UNTITLED, markup="auto"):
    return [d.rule for d in lint_text(text, str(path), select=["titles"], markup=markup)]


def _headline(path, text=UNTITLED, markup="auto"):
    doc = Document(str(path), text, "markdown")
    markdown.read(doc, ReadOptions(markup=markup))
    return doc.headline, getattr(doc, "headline_from", "")


def _bare(root):
    if nearest_generators(str(root / POST)):
        pytest.skip("a site root above the temporary folder")


# --- the nearest site shapes: Hugo and Eleventy configs (guards) ---------------------------

@pytest.mark.parametrize("config, where", [
    ("config/_default/hugo.toml", "content/"),       # a config directory only
    ("config/_default/params.yaml", "content/"),
    ("config/production/config.toml", "content/"),
    ("hugo.yaml", "content/"),
    ("hugo.json", "content/"),
    ("config.toml", "content/"),                       # legacy name beside content/
    ("eleventy.config.mjs", ""),
    ("eleventy.config.cjs", ""),
    (".eleventy.js", "src/"),
])
def test_guard_hugo_or_eleventy_site_keeps_the_headline_missing(tmp_path, config, where):
    _write(tmp_path, {config: "x = 1\n" if config.endswith(".toml") else "{}\n", where + POST: UNTITLED})
    post = tmp_path / (where + POST)
    assert _titles(post) == ["titles.missing-headline"]
    assert _headline(post) == ("", "")


def test_guard_jekyll_site_nested_under_a_hugo_root_is_titled(tmp_path):
    # the nearest root decides: a Jekyll blog kept in a Hugo repository
    _write(tmp_path, {"hugo.toml": "x = 1\n", "blog/_config.yml": "title: Desk\n", "blog/" + POST: UNTITLED})
    assert _titles(tmp_path / "blog" / POST) == []
    assert _headline(tmp_path / "blog" / POST) == ("Council Meets", "file name")


def test_guard_symlinked_posts_folder_counts_where_it_is_linked(tmp_path):
    # posts shared from a bare folder into a Hugo site's content: Hugo's page, no slug title
    _write(tmp_path, {"shared/" + POST: UNTITLED, "site/hugo.toml": "x = 1\n"})
    (tmp_path / "site/content").mkdir()
    os.symlink(tmp_path / "shared/_posts", tmp_path / "site/content/_posts")
    assert _titles(tmp_path / "site/content" / POST) == ["titles.missing-headline"]


def test_guard_check_from_inside_a_hugo_posts_folder(tmp_path):
    _write(tmp_path, {"hugo.toml": "x = 1\n", "content/" + POST: UNTITLED})
    r = run_check(tmp_path / "content/_posts", os.path.basename(POST), "--format", "json", "--select", "titles")
    assert [f["rule"] for f in json.loads(r.stdout)] == ["titles.missing-headline"]
    assert r.returncode == 1


# --- nil titles (guards) ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "---\r\nlayout: post\r\ntitle: ~\r\n---\r\n\r\nThe council met.\r\n",       # CRLF
    "---\nlayout: post\ntitle: NULL\n---\n\nThe council met.\n",                # YAML 1.1 spellings
    "---\nlayout: post\ntitle: ~   # to do\n---\n\nThe council met.\n",         # a comment after it
    "---\nlayout: post\ntitle: !!null ''\n---\n\nThe council met.\n",
    "---\nlayout: post\ntitle:\n...\n\nThe council met.\n",                     # YAML's own end mark
])
def test_guard_nil_title_spellings_get_the_slug_title(text):
    assert _headline(POST, text, "jekyll") == ("Council Meets", "file name")
    assert _titles(POST, text, "jekyll") == []


@pytest.mark.parametrize("text", ["---\nlayout: post\ntitle: 'null'\n---\n\nThe council met.\n",
                                  "---\nlayout: post\ntitle: { }\n---\n\nThe council met.\n"])
def test_guard_quoted_null_is_a_title_and_a_mapping_is_none(text):
    # 'null' in quotes is text Jekyll prints; {} is truthy in Ruby: no slug title
    assert _headline(POST, text, "jekyll")[1] == ""


def test_guard_nil_title_in_a_hugo_config_dir_site_stays_missing(tmp_path):
    text = "---\nlayout: post\ntitle:\n---\n\nThe council met.\n"
    _write(tmp_path, {"config/_default/hugo.toml": "x = 1\n", "content/" + POST: text})
    assert _titles(tmp_path / "content" / POST, text) == ["titles.missing-headline"]


def test_guard_fix_keeps_a_bare_nil_title_and_crlf(tmp_path):
    _bare(tmp_path)
    text = "---\r\nlayout: post\r\ntitle:\r\n---\r\n\r\nAt 11am, the council met on September 8, 2026.\r\n"
    _write(tmp_path, {POST: text})
    run_check(tmp_path, POST, "--fix", "--select", "style")
    assert (tmp_path / POST).read_bytes() == \
        b"---\r\nlayout: post\r\ntitle:\r\n---\r\n\r\nAt 11 a.m., the council met on Sept. 8, 2026.\r\n"


# --- long-lived processes and the audit (guards) ----------------------------------------------

def test_guard_language_server_sees_a_site_config_come_and_go(tmp_path):
    from lint.server.documents import target
    from lint.server.linting import Linter
    _bare(tmp_path)
    post = _write(tmp_path, {POST: UNTITLED}) / POST
    linter = Linter()

    def rules():
        return [d.rule for d in linter.lint(target(post.as_uri(), "markdown", [str(tmp_path)]),
                                            UNTITLED).diagnostics]
    assert "titles.missing-headline" not in rules()
    _write(tmp_path, {"hugo.toml": "x = 1\n"})
    _old(tmp_path / "hugo.toml", tmp_path)
    assert "titles.missing-headline" in rules()
    os.remove(tmp_path / "hugo.toml")
    assert "titles.missing-headline" not in rules()


def test_guard_audit_reports_the_hugo_post_and_not_the_jekyll_one(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    pytest.importorskip("dask")
    _write(tmp_path, {"h/hugo.toml": "x = 1\n", "h/content/" + POST: UNTITLED,
                      "j/_config.yml": "title: Desk\n", "j/" + POST: UNTITLED})
    r = subprocess.run([sys.executable, "-m", "lint", "audit", "h", "j", "-o", "out", "--workers", "1",
                        "--select", "titles"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert r.returncode == 1, r.stderr
    rows = [row for f in sorted((tmp_path / "out").glob("part-*.parquet"))
            for row in pq.read_table(f).select(["path", "rule"]).to_pylist()]
    assert rows == [{"path": "h/content/" + POST, "rule": "titles.missing-headline"}]


# --- qa399 #1: the result cache keeps a result the site config changed --------------------

def _cached_check(root, cache):
    r = subprocess.run([sys.executable, "-m", "lint", "check", ".", "--format", "json", "--select", "titles",
                        "--cache-dir", str(cache), "--no-color"], cwd=root, capture_output=True, text=True)
    return [f["rule"] for f in json.loads(r.stdout)]


@pytest.mark.xfail(strict=True, reason="qa399 #1: the result cache's key holds no site config: a post "
                   "linted (titled from its slug) before a hugo.toml is added keeps its cached result, so "
                   "`check` (CI with a restored cache) never reports titles.missing-headline that --no-cache "
                   "reports")
def test_hugo_config_added_after_a_cached_run_is_seen(tmp_path):
    site, cache = tmp_path / "site", tmp_path / "cache"
    _write(site, {POST: UNTITLED})
    _bare(site)
    _old(site / POST)
    assert _cached_check(site, cache) == []
    _write(site, {"hugo.toml": 'baseURL = "https://example.org/"\n'})
    _old(site / "hugo.toml", site)
    assert _cached_check(site, cache) == ["titles.missing-headline"]


@pytest.mark.xfail(strict=True, reason="qa399 #1: the same the other way: a _config.yml added to a Hugo "
                   "site's folder (now Jekyll's too) leaves the cached titles.missing-headline a --no-cache "
                   "run no longer reports")
def test_jekyll_config_added_after_a_cached_run_is_seen(tmp_path):
    site, cache = tmp_path / "site", tmp_path / "cache"
    _write(site, {"hugo.toml": "x = 1\n", POST: UNTITLED})
    _old(site / POST, site / "hugo.toml")
    assert _cached_check(site, cache) == ["titles.missing-headline"]
    _write(site, {"_config.yml": "title: Desk\n"})
    _old(site / "_config.yml", site)
    assert _cached_check(site, cache) == []


def test_guard_no_cache_run_sees_the_added_config(tmp_path):
    site = tmp_path / "site"
    _write(site, {POST: UNTITLED})
    _bare(site)
    _write(site, {"hugo.toml": "x = 1\n"})
    r = run_check(site, ".", "--format", "json", "--select", "titles")
    assert [f["rule"] for f in json.loads(r.stdout)] == ["titles.missing-headline"]


# --- qa399 #4: Eleventy with no config file -----------------------------------------------

def test_zero_config_eleventy_site_post_stays_untitled(tmp_path):
    _write(tmp_path, {"package.json": '{"scripts": {"build": "eleventy"}, '
                                      '"devDependencies": {"@11ty/eleventy": "^3.0.0"}}\n', POST: UNTITLED})
    _bare(tmp_path)
    assert _titles(tmp_path / POST) == ["titles.missing-headline"]


# --- titles.case: what a dek teaches ---------------------------------------------------------

def _case(title, deck, body="The mayor said on Monday that the plan had failed, officials said.\n"):
    text = f"---\ntitle: \"{title}\"\ndate: 2021-07-13\ndeck: \"{deck}\"\n---\n\n{body}"
    return [(d.line, d.message) for d in lint_text(text, "content/news/post.md", select=["titles.case"])]


WATER = "Riverside Water Board raises rates"
WATER_BODY = "Members voted 4-1 on Monday to raise rates, the board said.\n"


def test_dek_sentence_opening_with_the_headline_name_still_teaches():
    assert _case(WATER, "Riverside Water Board members voted 4-1 on Monday.", WATER_BODY) == []


def test_nitf_hl2_opening_with_the_headline_name_still_teaches():
    nitf = ("<?xml version=\"1.0\"?>\n<nitf><head><title>{0}</title></head><body><body.head><hedline>"
            "<hl1>{0}</hl1><hl2>Riverside Water Board members voted 4-1 on Monday.</hl2></hedline>"
            "</body.head>\n<body.content><p>The water board voted 4-1 on Monday to raise rates, members "
            "said.</p></body.content></body></nitf>\n").format(WATER)
    assert [d.rule for d in lint_text(nitf, "story.nitf", select=["titles.case"])] == []


def test_guard_dek_naming_the_board_mid_sentence_teaches():
    assert _case(WATER, "Members of the Riverside Water Board voted 4-1 on Monday.", WATER_BODY) == []


def test_guard_unknown_name_with_no_dek_is_flagged():
    assert _case(WATER, "Members voted 4-1 on Monday.", WATER_BODY) == \
        [(2, "headline is not in sentence case: 'Water', 'Board'")]


PLAN = "Mayor\u2019s Budget Plan Fails"
PLAN_FOUND = [(2, "headline is not in sentence case: 'Budget', 'Plan', 'Fails'")]
PROSE = "The mayor said the plan had failed."


@pytest.mark.parametrize("deck", [
    "**Mayor\u2019s Budget Plan Fails**&mdash;" + PROSE,
    "**Mayor&rsquo;s Budget Plan Fails**&mdash;" + PROSE,      # an entity for the same mark
    "**MAYOR\u2019S BUDGET PLAN FAILS**&mdash;" + PROSE,
])
def test_guard_dek_copy_with_the_same_apostrophe_teaches_nothing(deck):
    assert _case(PLAN, PROSE) == PLAN_FOUND
    assert _case(PLAN, deck) == PLAN_FOUND


def test_dek_copy_with_a_straight_apostrophe_teaches_nothing():
    assert _case(PLAN, "**Mayor's Budget Plan Fails**&mdash;" + PROSE) == PLAN_FOUND


def test_dek_copy_in_decomposed_unicode_teaches_nothing():
    title = "Caf\u00e9 Budget Plan Fails"
    found = _case(title, PROSE)
    assert found == PLAN_FOUND
    assert _case(title, "**Cafe\u0301 Budget Plan Fails** \u2014 " + PROSE) == found


@pytest.mark.parametrize("deck", [
    "<b>Budget Plan Fails</b> &mdash; " + PROSE,
    "[Budget Plan Fails](https://x.gov/a) \u2014 " + PROSE,
    "&ldquo;Budget Plan Fails&rdquo; \u2014 " + PROSE,
    "BUDGET PLAN FAILS: " + PROSE,
    "**Budget Plan\nFails** \u2014 " + PROSE,
])
def test_guard_dek_copy_through_markup_entities_and_capitals(deck):
    found = [(2, "headline is not in sentence case: 'Plan', 'Fails'")]
    assert _case("Budget Plan Fails", PROSE) == found
    assert _case("Budget Plan Fails", deck) == found


# Cases whose outcome a take-back changed: each a strict xfail at run time, named by its test id.
_RUNTIME_XFAIL = {
    'test_guard_audit_reports_the_hugo_post_and_not_the_jekyll_one': "taken back (fx524 54d25ae0 and fx533 59fa6c2f, 693ac4d6: the Jekyll slug title; qa393 #1 HIGH it hid Hugo and Eleventy posts' missing headline, then qa399 #1 HIGH the result cache kept a stale answer when a site config came or went); nu71 #5 open again",
    'test_guard_hugo_or_eleventy_site_keeps_the_headline_missing[.eleventy.js-src/]': "taken back (fx524 54d25ae0 and fx533 59fa6c2f, 693ac4d6: the Jekyll slug title; qa393 #1 HIGH it hid Hugo and Eleventy posts' missing headline, then qa399 #1 HIGH the result cache kept a stale answer when a site config came or went); nu71 #5 open again",
    'test_guard_hugo_or_eleventy_site_keeps_the_headline_missing[config.toml-content/]': "taken back (fx524 54d25ae0 and fx533 59fa6c2f, 693ac4d6: the Jekyll slug title; qa393 #1 HIGH it hid Hugo and Eleventy posts' missing headline, then qa399 #1 HIGH the result cache kept a stale answer when a site config came or went); nu71 #5 open again",
    'test_guard_hugo_or_eleventy_site_keeps_the_headline_missing[config/_default/hugo.toml-content/]': "taken back (fx524 54d25ae0 and fx533 59fa6c2f, 693ac4d6: the Jekyll slug title; qa393 #1 HIGH it hid Hugo and Eleventy posts' missing headline, then qa399 #1 HIGH the result cache kept a stale answer when a site config came or went); nu71 #5 open again",
    'test_guard_hugo_or_eleventy_site_keeps_the_headline_missing[config/_default/params.yaml-content/]': "taken back (fx524 54d25ae0 and fx533 59fa6c2f, 693ac4d6: the Jekyll slug title; qa393 #1 HIGH it hid Hugo and Eleventy posts' missing headline, then qa399 #1 HIGH the result cache kept a stale answer when a site config came or went); nu71 #5 open again",
    'test_guard_hugo_or_eleventy_site_keeps_the_headline_missing[config/production/config.toml-content/]': "taken back (fx524 54d25ae0 and fx533 59fa6c2f, 693ac4d6: the Jekyll slug title; qa393 #1 HIGH it hid Hugo and Eleventy posts' missing headline, then qa399 #1 HIGH the result cache kept a stale answer when a site config came or went); nu71 #5 open again",
    'test_guard_hugo_or_eleventy_site_keeps_the_headline_missing[eleventy.config.cjs-]': "taken back (fx524 54d25ae0 and fx533 59fa6c2f, 693ac4d6: the Jekyll slug title; qa393 #1 HIGH it hid Hugo and Eleventy posts' missing headline, then qa399 #1 HIGH the result cache kept a stale answer when a site config came or went); nu71 #5 open again",
    'test_guard_hugo_or_eleventy_site_keeps_the_headline_missing[eleventy.config.mjs-]': "taken back (fx524 54d25ae0 and fx533 59fa6c2f, 693ac4d6: the Jekyll slug title; qa393 #1 HIGH it hid Hugo and Eleventy posts' missing headline, then qa399 #1 HIGH the result cache kept a stale answer when a site config came or went); nu71 #5 open again",
    'test_guard_hugo_or_eleventy_site_keeps_the_headline_missing[hugo.json-content/]': "taken back (fx524 54d25ae0 and fx533 59fa6c2f, 693ac4d6: the Jekyll slug title; qa393 #1 HIGH it hid Hugo and Eleventy posts' missing headline, then qa399 #1 HIGH the result cache kept a stale answer when a site config came or went); nu71 #5 open again",
    'test_guard_hugo_or_eleventy_site_keeps_the_headline_missing[hugo.yaml-content/]': "taken back (fx524 54d25ae0 and fx533 59fa6c2f, 693ac4d6: the Jekyll slug title; qa393 #1 HIGH it hid Hugo and Eleventy posts' missing headline, then qa399 #1 HIGH the result cache kept a stale answer when a site config came or went); nu71 #5 open again",
    'test_guard_jekyll_site_nested_under_a_hugo_root_is_titled': "taken back (fx524 54d25ae0 and fx533 59fa6c2f, 693ac4d6: the Jekyll slug title; qa393 #1 HIGH it hid Hugo and Eleventy posts' missing headline, then qa399 #1 HIGH the result cache kept a stale answer when a site config came or went); nu71 #5 open again",
    'test_guard_language_server_sees_a_site_config_come_and_go': "taken back (fx524 54d25ae0 and fx533 59fa6c2f, 693ac4d6: the Jekyll slug title; qa393 #1 HIGH it hid Hugo and Eleventy posts' missing headline, then qa399 #1 HIGH the result cache kept a stale answer when a site config came or went); nu71 #5 open again",
    "test_guard_nil_title_spellings_get_the_slug_title[---\\nlayout: post\\ntitle: !!null ''\\n---\\n\\nThe council met.\\n]": "taken back (fx524 54d25ae0 and fx533 59fa6c2f, 693ac4d6: the Jekyll slug title; qa393 #1 HIGH it hid Hugo and Eleventy posts' missing headline, then qa399 #1 HIGH the result cache kept a stale answer when a site config came or went); nu71 #5 open again",
    'test_guard_nil_title_spellings_get_the_slug_title[---\\nlayout: post\\ntitle: NULL\\n---\\n\\nThe council met.\\n]': "taken back (fx524 54d25ae0 and fx533 59fa6c2f, 693ac4d6: the Jekyll slug title; qa393 #1 HIGH it hid Hugo and Eleventy posts' missing headline, then qa399 #1 HIGH the result cache kept a stale answer when a site config came or went); nu71 #5 open again",
    'test_guard_nil_title_spellings_get_the_slug_title[---\\nlayout: post\\ntitle: ~   # to do\\n---\\n\\nThe council met.\\n]': "taken back (fx524 54d25ae0 and fx533 59fa6c2f, 693ac4d6: the Jekyll slug title; qa393 #1 HIGH it hid Hugo and Eleventy posts' missing headline, then qa399 #1 HIGH the result cache kept a stale answer when a site config came or went); nu71 #5 open again",
    'test_guard_nil_title_spellings_get_the_slug_title[---\\nlayout: post\\ntitle:\\n...\\n\\nThe council met.\\n]': "taken back (fx524 54d25ae0 and fx533 59fa6c2f, 693ac4d6: the Jekyll slug title; qa393 #1 HIGH it hid Hugo and Eleventy posts' missing headline, then qa399 #1 HIGH the result cache kept a stale answer when a site config came or went); nu71 #5 open again",
    'test_guard_nil_title_spellings_get_the_slug_title[---\\r\\nlayout: post\\r\\ntitle: ~\\r\\n---\\r\\n\\r\\nThe council met.\\r\\n]': "taken back (fx524 54d25ae0 and fx533 59fa6c2f, 693ac4d6: the Jekyll slug title; qa393 #1 HIGH it hid Hugo and Eleventy posts' missing headline, then qa399 #1 HIGH the result cache kept a stale answer when a site config came or went); nu71 #5 open again",
    "test_guard_quoted_null_is_a_title_and_a_mapping_is_none[---\\nlayout: post\\ntitle: 'null'\\n---\\n\\nThe council met.\\n]": "taken back (fx524 54d25ae0 and fx533 59fa6c2f, 693ac4d6: the Jekyll slug title; qa393 #1 HIGH it hid Hugo and Eleventy posts' missing headline, then qa399 #1 HIGH the result cache kept a stale answer when a site config came or went); nu71 #5 open again",
    'test_guard_quoted_null_is_a_title_and_a_mapping_is_none[---\\nlayout: post\\ntitle: { }\\n---\\n\\nThe council met.\\n]': "taken back (fx524 54d25ae0 and fx533 59fa6c2f, 693ac4d6: the Jekyll slug title; qa393 #1 HIGH it hid Hugo and Eleventy posts' missing headline, then qa399 #1 HIGH the result cache kept a stale answer when a site config came or went); nu71 #5 open again",
}
