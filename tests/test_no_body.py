"""`file.no-body`: front matter and no story under it (nu29 #2: the template a
student handed in got no finding at all), and the pages meant to be empty."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes

TEMPLATE = "---\ntitle: Story coming soon\ndate: 2026-12-03\nauthor: Dev Patel\n---\n"


def _rules(name: str, text: str, config: Config = Config()) -> list[tuple]:
    return [(d.rule, d.line, d.column, d.level)
            for d in lint_bytes(name, text.encode("utf-8"), config).diagnostics]


@pytest.mark.parametrize("text", [
    TEMPLATE, TEMPLATE + "\n  \n", TEMPLATE.replace("\n", "\r\n"),
    "+++\ntitle = \"Vote\"\ndate = 2026-12-03\n+++\n",
    '{"title": "Vote", "date": "2026-12-03"}\n',
    # qa65 #1: a Jekyll template's layout, picture and permalink are no reason to have no story
    TEMPLATE.replace("---\n", "---\nlayout: post\n", 1),
    TEMPLATE.replace("---\n", "---\nimage: /images/council.jpg\nthumbnail: https://x.org/t.jpg\n", 1),
    TEMPLATE.replace("---\n", "---\npermalink: /2026/12/council/\n", 1),
    TEMPLATE.replace("---\n", '---\nlayout: "page"\n', 1),
    TEMPLATE.replace("---\n", "---\nredirect_from: /old/\n", 1),     # old addresses that lead here
    TEMPLATE.replace("---\n", "---\nlayout: postal\n", 1),            # a bodyless name's prefix is not one
    TEMPLATE.replace("---\n", "---\nheadless: false\n", 1),
    TEMPLATE.replace("---\n", "---\noutputs:\ntags: [a]\n", 1),         # an empty outputs: is none
    TEMPLATE.replace("---\n", "---\nsummary: see /about\n", 1),         # a path in prose, not a link key
    # a key that holds a link key, or a link key's prefix, in any case, is none (qa128 #4)
    TEMPLATE.replace("---\n", "---\nMyLink: https://x.org/a\nLinks: https://x.org/b\nlin: /c\n", 1),
])
def test_front_matter_and_no_story_is_said(text):
    assert _rules("s08.md", text) == [("file.no-body", 1, 1, "warning")]


@pytest.mark.parametrize("comment", [
    "<!-- TODO write story -->\n", "\n<!-- more -->\n\n<!-- newslint-disable -->\n", "<!-- left open\n\nstory?\n",
])
def test_a_body_of_html_comments_is_no_body_and_the_message_says_why(comment):
    [d] = lint_bytes("s08.md", (TEMPLATE + comment).encode("utf-8"), Config()).diagnostics
    assert (d.rule, d.line, d.column) == ("file.no-body", 1, 1)
    assert "only an HTML comment" in d.message


@pytest.mark.parametrize("name, text", [
    ("s08.md", TEMPLATE + "\nThe council met Tuesday.\n"),                        # a story
    ("link.md", TEMPLATE.replace("---\n", "---\nsource_url: https://18f.gsa.gov/x/\n", 1)),
    ("old.md", TEMPLATE.replace("---\n", "---\nredirect_to: /news/vote/\n", 1)),
    ("search.md", TEMPLATE.replace("---\n", "---\nlayout: search\n", 1)),
    ("home.md", TEMPLATE.replace("---\n", "---\nlayout: 'Home'  # minima\n", 1)),
    ("ext.md", TEMPLATE.replace("---\n", '---\nexternal_url: "https://x.org/a"\n', 1)),
    ("ext.md", TEMPLATE.replace("---\n", "---\nexternalLink: https://x.org/a\n", 1)),
    ("link.md", TEMPLATE.replace("---\n", "---\nlink: https://x.org/a\n", 1)),
    # a link key in capitals, as Hugo reads it (qa128 #4: `document.is_link_key`, as title-unrelated)
    ("link.md", TEMPLATE.replace("---\n", "---\nLink: https://x.org/a\n", 1)),
    ("ext.md", TEMPLATE.replace("---\n", "---\nEXTERNAL_URL: https://x.org/a\n", 1)),
    ("link.md", '{"title": "Vote", "Redirect_To": "/news/vote/"}\n'),
    # qa65 #5: Hugo pages built for no body
    ("index.md", "---\nheadless: true\n---\n"),
    ("widget.md", '+++\nheadless = true\nwidget = "blank"\nweight = 10\n+++\n'),
    ("hero.md", '+++\nwidget = "hero"\n+++\n'),
    ("search.md", '---\ntitle: Search\noutputs: ["html", "json"]\n---\n'),
    ("feed.md", "---\ntitle: Feed\noutputs:\n  - rss\n---\n"),
    ("tags.md", "---\ntitle: Tags\ntype: taxonomy\n---\n"),
    ("tags.md", '{"title": "Tags", "type": "taxonomy"}\n'),
    ("s08.md", TEMPLATE + "{{< youtube abc123 >}}\n"),                          # an embed is a body
    ("s08.md", TEMPLATE + "<!-- intro -->\nThe council met.\n"),                # a comment and a story
    ("_index.md", "---\ntitle: News\n---\n"),                                    # a Hugo list page
    ("story.txt", TEMPLATE),                  # plain text has no front matter: its lines are the story
])
def test_a_page_meant_to_be_empty_or_with_a_story_is_not(name, text):
    assert "file.no-body" not in [r[0] for r in _rules(name, text)]


def test_a_class_fails_the_run_on_it_by_its_level(run_cli, tmp_path):
    (tmp_path / "s08.md").write_text(TEMPLATE, encoding="utf-8")
    assert run_cli("check", "--no-cache", "s08.md", cwd=tmp_path).exit_code == 0
    assert run_cli("check", "--no-cache", "--fail-level", "warning", "s08.md", cwd=tmp_path).exit_code == 1
    (tmp_path / ".newslint.yaml").write_text("levels: {file: error}\n", encoding="utf-8")
    assert run_cli("check", "--no-cache", "s08.md", cwd=tmp_path).exit_code == 1


@pytest.mark.parametrize("body, what", [
    ("\n&nbsp;\n", "only a non-breaking space"),
    ("\n&nbsp\n&#160;\n\u00a0\n", "only a non-breaking space"),
    ("\n<div></div>\n", "only HTML tags with no text"),
    ('\n<div class="story">\n  <p>&nbsp;</p><br/>\n</div>\n', "only a non-breaking space and HTML tags with no text"),
    ("\n{% comment %}\nWrite the story here.\n{% endcomment %}\n", "only a template comment"),
    ("\n{%- comment -%}TODO{%- endcomment -%}\n", "only a template comment"),
    ("\n{# TODO: story #}\n", "only a template comment"),
    ("\n{{/* TODO: story */}}\n", "only a template comment"),
    ("\n{{- /* TODO */ -}}\n", "only a template comment"),
    ("\n{::comment}\nTODO\n{:/comment}\n", "only a template comment"),
    ("\n{# draft #}\n<!-- more -->\n&nbsp;\n<div></div>\n",
     "only a template comment, an HTML comment, a non-breaking space and HTML tags with no text"),
])
def test_a_body_of_markup_no_reader_sees_is_no_body(body, what):
    # fx122 #2: it was read as a body with text, and nothing was said
    [d] = lint_bytes("s08.md", (TEMPLATE + body).encode("utf-8"), Config()).diagnostics
    assert (d.rule, d.line, d.column) == ("file.no-body", 1, 1)
    assert f"front matter and no story under it ({what}, which readers never see)" in d.message


@pytest.mark.parametrize("markup", ["hugo", "auto", "jekyll"])
def test_a_go_template_comment_is_no_body_under_each_markup_that_reads_it(markup):
    # qa67: with --markup hugo a {{/* */}} body was read as a story's text
    text = TEMPLATE + "\n{{/* TODO: the story */}}\n"
    [d] = lint_bytes("s08.md", text.encode("utf-8"), Config(markup=markup)).diagnostics
    assert d.rule == "file.no-body" and "only a template comment" in d.message


@pytest.mark.parametrize("name, text", [
    ("s08.md", TEMPLATE + "<div><img src=\"/council.jpg\" alt=\"The council\"></div>\n"),   # a picture
    ("s08.md", TEMPLATE + '<iframe src="https://www.youtube.com/embed/abc"></iframe>\n'),  # a video
    ("s08.md", TEMPLATE + "{% include video.html id=\"abc\" %}\n"),                         # an include
    ("s08.md", TEMPLATE + "{{</* youtube abc */>}}\n"),          # a shortcode shown as written: text
    ("s08.md", TEMPLATE + "{% comment %}x{% endcomment %}\nThe council met.\n"),
    ("s08.md", TEMPLATE + "<div>The council met.</div>\n"),
    ("page.html", "<html><head><title>Vote</title></head><body><img src=\"a.jpg\" alt=\"A vote\"></body></html>\n"),
    ("page.html", "<html><head><title>Vote</title></head><body><p>The council met.</p></body></html>\n"),
    ("page.html", '<html><head><title>App</title></head><body><div id="root"></div>'
                  '<script src="/app.js"></script></body></html>\n'),
])
def test_a_body_with_something_in_it_is_a_body(name, text):
    assert "file.no-body" not in [r[0] for r in _rules(name, text)]


@pytest.mark.parametrize("text, what", [
    ("&nbsp;\n", "no story (only a non-breaking space, which readers never see): nothing to lint"),
    ("{% comment %}draft{% endcomment %}\n", "no story (only a template comment"),
    ("<!-- TODO -->\n<div></div>\n", "no story (only an HTML comment and HTML tags with no text"),
])
def test_markdown_with_no_front_matter_and_only_unseen_markup(text, what):
    [d] = lint_bytes("s08.md", text.encode("utf-8"), Config()).diagnostics
    assert (d.rule, d.line, d.column) == ("file.no-body", 1, 1)
    assert what in d.message


@pytest.mark.parametrize("body, what", [
    ("", "no story in the page's body: nothing to lint but its head's fields"),
    ("&nbsp;", "only a non-breaking space"),
    ("<div></div>", "only HTML tags with no text"),
    ("<p>&nbsp;</p>\n<!-- x -->", "only an HTML comment, a non-breaking space and HTML tags with no text"),
    ("{% comment %}Write the story here.{% endcomment %}", "only a template comment"),
    ("{# TODO #}", "only a template comment"),
    ("{{/* TODO: the story */}}", "only a template comment"),
])
def test_an_html_page_whose_body_shows_no_text(body, what):
    text = f"<html><head><title>Council approves budget</title></head><body>{body}</body></html>\n"
    diagnostics = lint_bytes("page.html", text.encode("utf-8"), Config()).diagnostics
    assert [(d.rule, d.line, d.column) for d in diagnostics] == [("file.no-body", 1, 1)]
    assert what in diagnostics[0].message


def test_a_template_comment_in_an_html_body_is_not_read_as_its_text():
    text = "<html><head><title>Vote</title></head><body>{% comment %}the the story{% endcomment %}</body></html>\n"
    doc = lint_bytes("page.html", text.encode("utf-8"), Config())
    assert [d.rule for d in doc.diagnostics] == ["file.no-body"]    # no doubled-word finding on it
