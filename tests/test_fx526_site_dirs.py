"""fx526 (nu71 #4): a site's folder settings move the folders a walk and
--force-exclude leave out: Jekyll's `source:` (and `layouts_dir`,
`includes_dir`), Hugo's `layoutDir`, `archetypeDir`, `themesDir`,
`resourceDir` beside `publishDir`; read as those were, a broken config
keeping the defaults. Also: a folder deeper in a site (Eleventy's
`src/_includes`) is left out by `check .`, not only by `check src`."""

import pytest

from site_helpers import TEMPLATE, write_tree as _write, paths_of as _paths
from conftest import run_check
from lint.site_sections import folder_section
from lint.sites import generators_of

POST = "---\ntitle: 'Council meets'\ndate: 2026-12-01\n---\n\nThe council met, Council President Ann Lee said.\n"


def _jekyll(tmp_path, config):
    return _write(tmp_path, {"_config.yml": config, "site/_layouts/post.html": TEMPLATE,
                             "site/_includes/share.html": TEMPLATE, "site/tpl/page.html": TEMPLATE,
                             "site/_posts/2026-12-01-council.md": POST,
                             "site/news/_posts/2026-12-01-vote.md": POST})


def test_jekyll_source_walk_and_force_exclude(tmp_path):
    site = _jekyll(tmp_path, "title: Desk\nsource: site\n")
    walk = run_check(site, ".", "--format", "json")
    assert _paths(walk) == ["site/tpl/page.html"] and walk.returncode == 1
    r = run_check(site, "--force-exclude", "--format", "json", "site/_layouts/post.html",
                  "site/_posts/2026-12-01-council.md")
    assert r.returncode == 0 and _paths(r) == []
    assert ("skipped site/_layouts/post.html (Jekyll templates, beside _config.yml; drop "
            "--force-exclude, or set site-folders: false, to lint it)") in r.stderr


def test_jekyll_layouts_dir_inside_source(tmp_path):
    site = _jekyll(tmp_path, "source: ./site/\nlayouts_dir: tpl\n")
    assert _paths(run_check(site, ".", "--format", "json")) == ["site/_layouts/post.html"]


@pytest.mark.parametrize("config", ["source: [site\n", "source: /srv/site\n", "source: ../site\n",
                                    "source: 3\n", "source: .\n", "- a list\n"])
def test_unusable_or_broken_source_keeps_the_defaults(tmp_path, config):
    site = _write(tmp_path, {"_config.yml": config, "_layouts/post.html": TEMPLATE,
                             "_posts/2026-12-01-council.md": POST})
    r = run_check(site, ".", "--format", "json")
    assert r.returncode == 0 and _paths(r) == [], r.stderr
    assert "Traceback" not in r.stderr


def test_guard_no_site_folders_lints_them(tmp_path):
    site = _jekyll(tmp_path, "source: site\n")
    (site / ".newslint.yaml").write_text("site-folders: false\n")
    assert "site/_layouts/post.html" in _paths(run_check(site, ".", "--format", "json"))


def test_jekyll_category_inside_source(tmp_path):
    site = _jekyll(tmp_path, "source: site\n")
    assert folder_section(str(site / "site/_posts/2026-12-01-council.md")) is None
    assert folder_section(str(site / "site/news/_posts/2026-12-01-vote.md")) == \
        ("news", "Jekyll category folder site/news/, beside _config.yml")


def test_guard_jekyll_category_without_source(tmp_path):
    site = _write(tmp_path, {"_config.yml": "title: Desk\n", "news/_posts/2026-12-01-vote.md": POST})
    assert folder_section(str(site / "news/_posts/2026-12-01-vote.md")) == \
        ("news", "Jekyll category folder news/, beside _config.yml")


def _hugo(tmp_path, config, name="hugo.toml"):
    return _write(tmp_path, {name: config, "templates/_default/single.html": TEMPLATE,
                             "blueprints/default.md": "---\ntitle: TK\n---\n\nTK TK\n",
                             "looks/x/layouts/a.html": TEMPLATE, "out/news/a.html": TEMPLATE,
                             "content/news/a.md": POST})


def test_hugo_folder_settings(tmp_path):
    site = _hugo(tmp_path, 'layoutDir = "templates"\narchetypeDir = "blueprints"\nthemesDir = "looks"\n'
                           'publishDir = "out"\n')
    r = run_check(site, ".", "--format", "json")
    assert r.returncode == 0 and _paths(r) == [], r.stdout
    roles = dict(generators_of(str(site))[0][2])
    assert roles == {"out": "build output", "resources": "build cache", "templates": "templates",
                     "blueprints": "templates for new content", "looks": "themes"}
    r = run_check(site, "--force-exclude", "--format", "json", "templates/_default/single.html")
    assert _paths(r) == [] and "skipped templates/_default/single.html (Hugo templates, beside hugo.toml" \
        in r.stderr


def test_hugo_config_dir_later_wins_and_keys_any_case(tmp_path):
    site = _hugo(tmp_path, 'layoutDir = "nowhere"\n')
    _write(site, {"config/_default/hugo.yaml": "layoutdir: templates\nARCHETYPEDIR: blueprints\n"
                                               "themesDir: looks\npublishDir: out\n"})
    assert _paths(run_check(site, ".", "--format", "json")) == []


def test_guard_hugo_broken_config_keeps_defaults(tmp_path):
    site = _hugo(tmp_path, 'layoutDir = "templates\n')
    r = run_check(site, ".", "--format", "json")
    assert "templates/_default/single.html" in _paths(r) and "Traceback" not in r.stderr
    assert dict(generators_of(str(site))[0][2])["layouts"] == "templates"


def test_eleventy_input_folder_left_out_by_check_dot(tmp_path):
    site = _write(tmp_path, {".eleventy.js": 'module.exports = () => ({ dir: { input: "src" } });\n',
                             "src/_includes/base.html": TEMPLATE, "src/posts/a.md": POST})
    for args in ((".",), (), ("src",)):
        r = run_check(site, *args, "--format", "json")
        assert r.returncode == 0 and _paths(r) == [], args
