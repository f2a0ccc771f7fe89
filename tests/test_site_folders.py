"""Static-site roots: a folder walk leaves out the generator's templates and
build output (lint/sites.py), unless the config says `site-folders: false` or
the path is named on the command line."""
from __future__ import annotations

import os

import pytest

from lint.files import XmlLeftOut, expand
from lint.session import Session

ARTICLE = "---\ntitle: Council meets\n---\nThe council met on Tuesday, May 18, 2024.\n"


def tree(root, files: dict[str, str]):
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def walked(folder, skipped=None) -> list[str]:
    files, missing = expand([str(folder)], Session().config_for, skipped)
    assert missing == []
    return sorted(os.path.relpath(f, folder).replace(os.sep, "/") for f in files)


JEKYLL = {"_config.yml": "title: Bruin\n", "_posts/2024-05-18-council.md": ARTICLE,
          "_site/2024/05/18/council.md": ARTICLE, "_layouts/post.html": "<main>{{ content }}</main>\n",
          "_includes/figure.html": "<figure>{{ include.caption }}</figure>\n",
          "vendor/bundle/gems/x/README.md": "# A gem\n", "about.md": ARTICLE}
HUGO = {"hugo.toml": "title = 'Gov'\n", "content/news/council.md": ARTICLE,
        "public/news/council/index.html": "<article><h1>Council</h1></article>\n",
        "layouts/_default/single.html": "<h1>{{ .Title }}</h1>\n",
        "archetypes/default.md": "---\ntitle: '{{ .Name }}'\n---\n",
        "themes/t/README.md": "# Theme\n", "resources/_gen/x.md": "x\n"}
ELEVENTY = {"eleventy.config.mjs": "export default function () {}\n",
            "content/posts/council.md": ARTICLE, "_site/posts/council/index.html": "<p>Council</p>\n",
            "_includes/layouts/post.njk": "{{ content | safe }}\n"}


@pytest.mark.parametrize("files, kept", [
    (JEKYLL, ["_posts/2024-05-18-council.md", "about.md"]),
    (HUGO, ["content/news/council.md"]),
    (ELEVENTY, ["content/posts/council.md"]),
], ids=["jekyll", "hugo", "eleventy"])
def test_a_site_root_walk_lints_only_the_articles(tmp_path, files, kept):
    assert walked(tree(tmp_path, files)) == kept


def test_each_skipped_folder_is_reported_with_its_generator_and_role(tmp_path):
    skipped = []
    walked(tree(tmp_path, JEKYLL), skipped)
    assert [(os.path.basename(s.path.rstrip(os.sep)), s.generator, s.role, s.marker) for s in skipped] == [
        ("_includes", "Jekyll", "templates", "_config.yml"),
        ("_layouts", "Jekyll", "templates", "_config.yml"),
        ("_site", "Jekyll", "build output", "_config.yml"),
        ("vendor", "Jekyll", "Bundler's gems", "_config.yml")]


REPO_DOCS = {"README.md": "# Our site\n\nRun the the build.\n", "LICENSE.md": "MIT License\n",
             "CODE-OF-CONDUCT.md": "Be kind.\n", "LICENSE": "MIT License\n",
             "changelog.MD": ARTICLE,                # front matter: a page (jekyll-readme-index)
             "authors.md": "# Our reporters\n",       # a site's page as often as a repo's list
             "content/about/readme.md": ARTICLE, "docs/README.md": ARTICLE}


@pytest.mark.parametrize("config", ["hugo.toml", "_config.yml", "eleventy.config.js"])
def test_a_site_roots_repository_documents_are_left_out_and_said(tmp_path, config):
    # a walk of a site's root linted README.md and LICENSE.md as articles (a missing-headline
    # error on the licence); below the root a readme is content, and no site root, no skip
    tree(tmp_path, {**REPO_DOCS, config: "title: x\n"})
    skipped = []
    assert walked(tmp_path, skipped) == ["authors.md", "changelog.MD", "content/about/readme.md",
                                         "docs/README.md"]
    assert [(os.path.basename(s.path), s.role, s.marker) for s in skipped] == [
        (name, "repository document", config)
        for name in ("CODE-OF-CONDUCT.md", "LICENSE.md", "README.md")]  # LICENSE is never walked
    assert walked(tree(tmp_path / "plain", REPO_DOCS)) == [
        "CODE-OF-CONDUCT.md", "LICENSE.md", "README.md", "authors.md", "changelog.MD",
        "content/about/readme.md", "docs/README.md"]


def test_a_repository_document_is_linted_when_named_or_site_folders_is_false(run_cli, tmp_path):
    tree(tmp_path, {**REPO_DOCS, "hugo.toml": "title = 'x'\n"})
    named = run_cli("check", "--no-cache", "README.md", cwd=tmp_path)
    assert "README.md:3:5: warning [hygiene.doubled-word]" in named.stdout
    forced = run_cli("check", "--no-cache", "-v", "--force-exclude", "README.md", cwd=tmp_path)
    assert "[hygiene" not in forced.stdout
    assert ("newslint: skipped README.md (Hugo repository document, beside hugo.toml; drop "
            "--force-exclude, or set site-folders: false, to lint it)") in forced.stderr.splitlines()
    page = run_cli("check", "--no-cache", "--force-exclude", "changelog.MD", cwd=tmp_path)
    assert "changelog.MD:4:20: error [dates.weekday-mismatch]" in page.stdout   # a page: linted
    (tmp_path / ".newslint.yaml").write_text("site-folders: false\n")
    assert "README.md" in walked(tmp_path)


def test_a_site_below_the_walked_folder_is_found_too(tmp_path):
    tree(tmp_path / "site", JEKYLL)
    tree(tmp_path, {"notes/_site/memo.md": ARTICLE})      # no generator config beside it
    assert walked(tmp_path) == ["notes/_site/memo.md", "site/_posts/2024-05-18-council.md",
                                "site/about.md"]


def test_a_site_folder_without_a_generator_config_is_linted(tmp_path):
    tree(tmp_path, {"_site/a.md": ARTICLE, "public/b.md": ARTICLE, "layouts/c.md": ARTICLE,
                    "config.toml": "x = 1\n"})   # Hugo's old name needs content/ or archetypes/
    assert walked(tmp_path) == ["_site/a.md", "layouts/c.md", "public/b.md"]


@pytest.mark.parametrize("files", [
    {"config.toml": "title = 'x'\n", "content/a.md": ARTICLE},
    {"config.yaml": "title: x\n", "archetypes/default.md": "x\n", "posts/a.md": ARTICLE},
    {"config/_default/hugo.toml": "title = 'x'\n", "content/a.md": ARTICLE},
], ids=["config.toml+content", "config.yaml+archetypes", "config/_default"])
def test_hugo_roots_by_their_other_config_names(tmp_path, files):
    tree(tmp_path, {**files, "public/a/index.md": ARTICLE, "layouts/x.md": "x\n"})
    assert not [f for f in walked(tmp_path) if f.startswith(("public/", "layouts/"))]


def test_site_folders_false_lints_them(tmp_path):
    tree(tmp_path, {**JEKYLL, ".newslint.yaml": "site-folders: false\n"})
    skipped = []
    assert "_site/2024/05/18/council.md" in walked(tmp_path, skipped)
    assert skipped == []


def test_site_folders_must_be_a_boolean(run_cli, tmp_path):
    tree(tmp_path, {**JEKYLL, ".newslint.yaml": "site-folders: 'no'\n"})
    result = run_cli("check", ".", cwd=tmp_path)
    assert result.exit_code == 2
    assert "site-folders: must be true or false, not 'no'" in result.stderr


def test_a_path_named_inside_a_site_folder_is_linted(run_cli, tmp_path):
    tree(tmp_path, JEKYLL)
    named_file = run_cli("check", "--no-cache", "_site/2024/05/18/council.md", cwd=tmp_path)
    named_folder = run_cli("check", "--no-cache", "_site", cwd=tmp_path)
    for result in (named_file, named_folder):
        assert result.exit_code == 1
        assert "council.md:4:20: error [dates.weekday-mismatch]" in result.stdout


def test_root_check_reports_each_finding_once_and_verbose_says_what_was_skipped(run_cli, tmp_path):
    tree(tmp_path, JEKYLL)
    result = run_cli("check", "--no-cache", "-v", "--select", "dates", ".", cwd=tmp_path)
    assert result.stdout.count("[dates.weekday-mismatch]") == 2    # _posts/ and about.md
    assert "_site" not in result.stdout
    lines = [line for line in result.stderr.splitlines() if " skipped " in line]
    assert lines[-1] == (f"newslint: skipped vendor{os.sep} (Jekyll Bundler's gems, "
                         "beside _config.yml; name it, or set site-folders: false, to lint it)")
    assert len(lines) == 4


def test_force_exclude_leaves_out_named_paths_inside_site_folders(run_cli, tmp_path):
    tree(tmp_path, {**JEKYLL, "drafts/_site/memo.md": ARTICLE})   # no site root above it
    result = run_cli("check", "--no-cache", "-v", "--force-exclude", "--select", "dates",
                     "_site/2024/05/18/council.md", "_site", "_posts", "drafts/_site/memo.md",
                     cwd=tmp_path)
    linted = {line.split(":")[0] for line in result.stdout.splitlines() if "[dates." in line}
    assert linted == {os.path.join("_posts", "2024-05-18-council.md"),
                      os.path.join("drafts", "_site", "memo.md")}
    assert ("newslint: skipped _site (Jekyll build output, beside _config.yml; drop "
            "--force-exclude, or set site-folders: false, to lint it)") in result.stderr.splitlines()
    assert result.stderr.count("newslint: skipped _site") == 2


def test_force_exclude_help_names_the_generators_that_make_a_site_root(run_cli, tmp_path):
    """nu66: `--help` read as if `_site` were always left out; it is left out
    only beside a generator's config (`sites.generators`), so the help names
    each generator the code knows (asked of `sites.generators` itself) and says
    a folder without one is kept; which config files count is the README's
    (qa332 #6: a partial list of them read as complete)."""
    from lint.sites import ELEVENTY_CONFIGS, HUGO_CONFIGS, JEKYLL_CONFIGS, MARKERS, generators

    names = [JEKYLL_CONFIGS[0], HUGO_CONFIGS[0], ELEVENTY_CONFIGS[0]]
    for name in names:
        (tmp_path / name).write_text("", encoding="utf-8")
    known = [g for g, _, _ in generators(str(tmp_path), names, [])]
    assert len(known) == 3, known
    text = " ".join(run_cli("check", "--help").stdout.split())
    help_ = text[text.index("--force-exclude "):text.index("-v, --verbose")]
    for generator in known:
        assert generator in help_, (generator, help_)
    assert "beside the generator's config" in help_ and "never without one" in help_, help_
    assert "README" in help_, help_
    assert not [n for n in MARKERS if n in help_], help_


def test_force_exclude_keeps_named_paths_when_site_folders_is_false(run_cli, tmp_path):
    tree(tmp_path, {**JEKYLL, ".newslint.yaml": "site-folders: false\n"})
    result = run_cli("check", "--no-cache", "--force-exclude", "_site/2024/05/18/council.md",
                     cwd=tmp_path)
    assert "council.md:4:20: error [dates.weekday-mismatch]" in result.stdout


def test_force_exclude_leaves_out_a_missing_path_as_if_it_were_there(run_cli, tmp_path):
    # changed on purpose: it was a file.missing error, though the same path there is left
    # out, and so is a missing path the config's exclude: matches (a deleted build file
    # that `git diff --name-only` lists failed the run); outside the site folder it still is
    tree(tmp_path, JEKYLL)
    result = run_cli("check", "-v", "--force-exclude", "_site/gone.md", "_posts/gone.md",
                     cwd=tmp_path)
    assert result.exit_code == 1 and "_site/gone.md" not in result.stdout
    assert "_posts/gone.md:1:1: error [file.missing]" in result.stdout
    assert "newslint: skipped _site/gone.md (Jekyll build output" in result.stderr


def test_nothing_left_but_site_folders_says_where_to_look(run_cli, tmp_path):
    # changed on purpose (nu61 #7, fx443): the folder named and left out gets the line -v
    # gives it, not "no article files ... (folders are walked ...; -v lists what was left out)"
    tree(tmp_path, JEKYLL)
    result = run_cli("check", "--force-exclude", "_site", cwd=tmp_path)
    assert result.stderr.splitlines() == ["newslint: skipped _site (Jekyll build output, beside _config.yml; "
                                          "drop --force-exclude, or set site-folders: false, to lint it)"]
    assert result.exit_code == 0


ELEVENTY_CJS = """// .eleventy.js
// return { dir: { output: "commented-out" } };
module.exports = function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy("img");   // see https://www.11ty.dev/docs/
  return {
    dir: { input: "src", output: "dist" },
  };
};
"""
ELEVENTY_MJS = """export default function (eleventyConfig) {
  eleventyConfig.setInputDirectory('src');
  eleventyConfig.setOutputDirectory('./build/site/');
}
"""
ELEVENTY_SITE = {"src/posts/council.md": ARTICLE, "src/_includes/note.md": "x\n",
                 "dist/posts/council/index.html": "<p>Council</p>\n",
                 "build/site/posts/council/index.html": "<p>Council</p>\n",
                 "_site/old.md": ARTICLE}


@pytest.mark.parametrize("config, name, skipped", [
    (ELEVENTY_CJS, ".eleventy.js", ["dist", "src/_includes"]),
    (ELEVENTY_CJS, "eleventy.config.cjs", ["dist", "src/_includes"]),
    (ELEVENTY_MJS, "eleventy.config.mjs", ["build/site", "src/_includes"]),
    ('module.exports = { "dir": { "input": "src", "output": "dist" } };\n', ".eleventy.js",
     ["dist", "src/_includes"]),
], ids=["dir-object", "cjs", "setters-nested", "quoted-keys"])
def test_eleventy_output_and_input_folders_come_from_the_config_text(tmp_path, config, name, skipped):
    tree(tmp_path, {**ELEVENTY_SITE, name: config})
    left_out = []
    kept = walked(tmp_path, left_out)
    assert sorted(os.path.relpath(s.path, tmp_path).replace(os.sep, "/") for s in left_out) == skipped
    assert {s.role for s in left_out} == {"build output", "templates"}
    # _site is not this site's output any more: a folder of that name is linted
    assert "_site/old.md" in kept and "src/posts/council.md" in kept


@pytest.mark.parametrize("config", [
    "module.exports = () => ({ dir: { output: process.env.OUT || 'dist' } });\n",   # an expression
    "module.exports = () => ({ dir: { output: `${base}/dist` } });\n",              # interpolated
    "module.exports = () => ({ dir: { output: '../elsewhere' } });\n",              # outside the site
    "const a = { dir: { output: 'dist' } }, b = { dir: { output: 'out' } };\n",    # two answers
    "/* dir: { output: 'dist' } */ module.exports = () => ({});\n",                # a comment
], ids=["expression", "template", "outside", "ambiguous", "comment"])
def test_an_eleventy_output_not_given_plainly_keeps_the_default(tmp_path, config):
    tree(tmp_path, {".eleventy.js": config, "dist/a.md": ARTICLE, "_site/b.md": ARTICLE})
    assert walked(tmp_path) == ["dist/a.md"]


def test_force_exclude_knows_a_configured_eleventy_output(run_cli, tmp_path):
    tree(tmp_path, {**ELEVENTY_SITE, "eleventy.config.mjs": ELEVENTY_MJS})
    result = run_cli("check", "--no-cache", "-v", "--force-exclude", "--select", "dates",
                     "build/site/posts/council/index.html", "src/posts/council.md", cwd=tmp_path)
    assert "skipped build/site/posts/council/index.html (Eleventy build output, beside " \
           "eleventy.config.mjs;" in result.stderr
    assert "src/posts/council.md:4:20: error [dates.weekday-mismatch]" in result.stdout.replace(os.sep, "/")


@pytest.mark.parametrize("config, text", [
    ("hugo.toml", "baseURL = 'https://example.org/'\npublishDir = 'docs'\n"),
    ("config/_default/hugo.yaml", "publishdir: docs/\n"),            # keys are case-insensitive
    ("config/_default/config.json", '{"publishDir": "./docs"}\n'),
], ids=["hugo.toml", "config-default-yaml", "config-default-json"])
def test_a_hugo_publish_dir_from_the_config_is_the_build_output(tmp_path, config, text):
    tree(tmp_path, {config: text, "content/a.md": ARTICLE, "docs/a/index.html": "<p>a</p>\n",
                    "public/notes.md": ARTICLE})
    skipped = []
    assert walked(tmp_path, skipped) == ["content/a.md", "public/notes.md"]
    assert [(os.path.basename(s.path.rstrip(os.sep)), s.role) for s in skipped] == [("docs", "build output")]


def test_a_hugo_site_known_only_by_config_default_that_deploys_to_s3(tmp_path):
    deployment = "[deployment]\n[[deployment.targets]]\nname = 'prod'\nURL = 's3://news-site?region=us-east-1'\n"
    tree(tmp_path, {"config/_default/hugo.toml": "title = 'News'\n",
                    "config/_default/deployment.toml": deployment,
                    "content/a.md": ARTICLE, "public/a/index.html": "<p>a</p>\n",
                    "layouts/_default/single.html": "<h1>{{ .Title }}</h1>\n"})
    skipped = []
    assert walked(tmp_path, skipped) == ["content/a.md"]
    assert {s.marker for s in skipped} == {os.path.join("config", "_default") + os.sep}


@pytest.mark.parametrize("files, output", [
    ({"config/_default/hugo.toml": "publishDir = 'docs'\n",
      "config/production/hugo.toml": "publishDir = 'dist'\n"}, "dist"),     # production wins
    ({"config/_default/hugo.toml": "publishDir = 'docs'\n",
      "config/production/params.toml": "x = 1\n"}, "docs"),                # no production value
    ({"config/production/config.yaml": "publishDir: dist\n"}, "dist"),      # production alone
    ({"hugo.toml": "publishDir = 'docs'\n",
      "config/production/hugo.toml": "publishDir = 'dist'\n"}, "dist"),    # over the root file
], ids=["production-over-default", "default-only", "production-only", "production-over-root"])
def test_a_hugo_production_config_folder_is_merged_over_the_default(tmp_path, files, output):
    tree(tmp_path, {**files, "content/a.md": ARTICLE, "docs/a.md": ARTICLE, "dist/a.md": ARTICLE,
                    "public/a.md": ARTICLE})
    skipped = []
    kept = {"docs", "dist", "public"} - {output}
    assert walked(tmp_path, skipped) == ["content/a.md"] + sorted(f"{k}/a.md" for k in kept)
    assert [(os.path.basename(s.path.rstrip(os.sep)), s.role) for s in skipped] == \
        [(output, "build output")]


@pytest.mark.parametrize("text", ["publishDir = '/var/www'\n", "publishDir = '..'\n", "publishDir = [\n"],
                         ids=["absolute", "outside", "broken"])
def test_a_hugo_publish_dir_outside_the_site_or_unreadable_keeps_public(tmp_path, text):
    tree(tmp_path, {"hugo.toml": text, "content/a.md": ARTICLE, "public/a.md": ARTICLE})
    assert walked(tmp_path) == ["content/a.md"]


def test_a_jekyll_destination_from_the_config_is_the_build_output(tmp_path):
    tree(tmp_path, {**JEKYLL, "_config.yml": "title: Bruin\ndestination: ./docs\n",
                    "docs/2024/05/18/council.md": ARTICLE})
    skipped = []
    kept = walked(tmp_path, skipped)
    assert "docs/2024/05/18/council.md" not in kept and "_site/2024/05/18/council.md" in kept
    assert ("docs", "build output") in [(os.path.basename(s.path.rstrip(os.sep)), s.role) for s in skipped]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_an_eleventy_config_that_is_a_named_pipe_never_hangs_the_walk(tmp_path):
    import threading

    from lint.site_config import eleventy_dirs
    os.mkfifo(tmp_path / ".eleventy.js")
    got = []
    reader = threading.Thread(target=lambda: got.append(eleventy_dirs(str(tmp_path / ".eleventy.js"))),
                              daemon=True)
    reader.start()
    reader.join(timeout=5)
    if reader.is_alive():                  # blocked in open(): let it go, then fail
        os.close(os.open(tmp_path / ".eleventy.js", os.O_WRONLY | os.O_NONBLOCK))
    assert got == [{}]


def test_walking_an_eleventy_input_folder_leaves_out_its_includes(tmp_path):
    # `newslint check src`: the site's config sits in the folder above
    tree(tmp_path, {**ELEVENTY_SITE, ".eleventy.js": ELEVENTY_CJS})
    left_out = []
    assert walked(tmp_path / "src", left_out) == ["posts/council.md"]
    assert [(os.path.relpath(s.path, tmp_path), s.role) for s in left_out] == [
        (os.path.join("src", "_includes"), "templates")]
    tree(tmp_path, {".newslint.yaml": "site-folders: false\n"})
    assert walked(tmp_path / "src") == ["_includes/note.md", "posts/council.md"]


def test_xml_files_a_walk_finds_news_by_their_root_are_read(run_cli, tmp_path):
    # nu21: `check wire/` left a NewsML-G2 file out without a word, even with -v;
    # nu73 #2: a walk reads them, whatever the suffix's case
    wire = tmp_path / "wire"
    wire.mkdir()
    for name in ("ferry.xml", "sitemap.XML"):
        (wire / name).write_text("<?xml version='1.0'?><newsItem/>\n")
    (wire / "story.txt").write_text("Ferry fares rise\n\nThe board voted on Tuesday.\n")
    said = run_cli("check", "-v", "wire", cwd=tmp_path).stderr.splitlines()
    assert not [x for x in said if "skipped " in x and ".xml" in x], said
    for name in ("ferry.xml", "sitemap.XML"):
        assert any(x.startswith(f"newslint: {os.path.join('wire', name)}: ") for x in said), said


def test_xml_files_of_no_known_root_are_said_under_v_only(run_cli, tmp_path):
    wire = tmp_path / "wire"
    wire.mkdir()
    (wire / "odd.xml").write_text("<?xml version='1.0'?>\n<!-- no root element in its first 4 KB -->\n")
    (wire / "story.txt").write_text("Ferry fares rise\n\nThe board voted on Tuesday.\n")
    assert "xml" not in run_cli("check", "wire", cwd=tmp_path).stderr
    assert ("skipped 1 .xml file in wire (1 with no root element found; a walk reads an .xml only when its "
            "root is NITF, NewsML-G2 or WordPress; name them") in \
        run_cli("check", "-v", "wire", cwd=tmp_path).stderr


def test_xml_files_the_configs_exclude_leaves_out_are_not_said(run_cli, tmp_path):
    # qa44 #9: the note counted them and told the user to name them
    tree(tmp_path, {".newslint.yaml": "exclude: [\"ex/\", \"old.xml\"]\n",
                    "story.txt": "Ferry fares rise\n\nThe board voted on Tuesday.\n",
                    "ex/ferry.xml": "<?xml version='1.0'?><newsItem/>\n",
                    "old.xml": "<?xml version='1.0'?><newsItem/>\n",
                    "wire.xml": "<?xml version='1.0'?>\n<!-- no root in its first 4 KB -->\n"})
    said = [line for line in run_cli("check", "-v", ".", cwd=tmp_path).stderr.splitlines()
            if ".xml" in line]
    assert said == ["newslint: skipped 1 .xml file in . (1 with no root element found; a walk reads an .xml "
                    "only when its root is NITF, NewsML-G2 or WordPress; name them, e.g. ./*.xml, to lint "
                    "NITF, NewsML-G2 or WordPress exports)"]


def test_xml_files_that_are_no_copy_are_not_counted_as_copy(run_cli, tmp_path):
    # qa44 #9: a sitemap was counted as possible wire copy; the root element tells.
    # qa63 #12c: they are skipped too, so counted, and said to be other XML
    tree(tmp_path, {
        "story.txt": "Ferry fares rise\n\nThe board voted on Tuesday.\n",
        "sitemap.xml": "<?xml version='1.0' encoding='UTF-8'?>\n<urlset xmlns="
                       "'http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>https://x.test/</loc></url>"
                       "</urlset>\n",
        "feed.xml": "<?xml version='1.0'?>\n<rss version='2.0'><channel><title>Desk</title></channel></rss>\n",
        "schema.xml": "<?xml version='1.0'?>\n<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'/>\n",
        "wire.xml": "<?xml version='1.0'?>\n<!-- from the wire -->\n<nitf><body/></nitf>\n",
        "export.xml": "<?xml version='1.0'?>\n<rss xmlns:wp='http://wordpress.org/export/1.2/'>"
                      "<channel/></rss>\n",
        "g2.xml": "\ufeff<?xml version='1.0'?>\n<g2:newsItem xmlns:g2='http://iptc.org/std/nar/2006-10-01/'/>\n"})
    said = run_cli("check", "-v", ".", cwd=tmp_path).stderr.splitlines()
    assert not [x for x in said if "skipped " in x and ".xml" in x], said     # no copy among those left out
    for name in ("wire.xml", "export.xml", "g2.xml"):                  # the news ones are read (nu73 #2)
        assert any(x.startswith(f"newslint: {name}: ") for x in said), said
    skipped: list = []
    expand([str(tmp_path)], Session().config_for, skipped)
    (left,) = [s for s in skipped if isinstance(s, XmlLeftOut)]
    assert left.line(".") == ("skipped 3 .xml files in . (3 other XML such as sitemaps; a walk reads an .xml "
                              "only when its root is NITF, NewsML-G2 or WordPress; name them, e.g. ./*.xml, "
                              "to lint NITF, NewsML-G2 or WordPress exports)")


def test_no_article_files_points_at_v_only_when_something_was_left_out(run_cli, tmp_path):
    # qa44 #9: "-v lists what was left out" for an empty folder too
    sitemap = "<?xml version='1.0'?>\n<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'/>\n"
    tree(tmp_path, {"empty/.keep": "", "maps/sitemap.xml": sitemap,
                    "wire/a.xml": "<?xml version='1.0'?>\n<!-- no root in its first 4 KB -->\n",
                    "nitf/a.xml": "<?xml version='1.0'?>\n<nitf/>\n",
                    "desk/.newslint.yaml": "exclude: ['*.draft.md']\n", "desk/a.draft.md": "TK.\n"})
    for folder in ("empty", "maps", "wire", "desk"):
        quiet = run_cli("check", folder, cwd=tmp_path).stderr
        assert "no article files to lint here" in quiet
        assert ("-v lists what was left out" in quiet) == (folder == "wire"), folder    # (may be copy)
        assert "skipped 1 .xml file in" not in quiet, folder
        assert ("the config's exclude: skips files" in quiet) == (folder == "desk"), folder
    loud = run_cli("check", "-v", "wire", cwd=tmp_path).stderr
    assert "-v lists" not in loud and "skipped 1 .xml file in wire" in loud     # -v lists it here
    assert "no article files to lint here" not in run_cli("check", "nitf", cwd=tmp_path).stderr  # read


def test_a_repository_document_with_a_bom_before_its_front_matter_is_a_page(tmp_path):
    """A BOM takes three of the bytes read for `---`: the page was left out."""
    tree(tmp_path, {"hugo.toml": "title = 'x'\n", "changelog.md": "\ufeff" + ARTICLE,
                    "LICENSE.md": "\ufeffMIT License\n"})
    assert walked(tmp_path) == ["changelog.md"]
