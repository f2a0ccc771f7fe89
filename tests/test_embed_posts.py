"""Embedded posts (issue 10): a tweet or Instagram post in a story is read as
`embed` parts, at exact positions, that no default rule lints and a house
rule may scope; the quote analysis reads them as furniture that attributes."""
from __future__ import annotations

import json
import textwrap

from lint import lint_text
from lint.document import SCOPE_ALIASES, expand_scope
from lint.outline import render_json, render_text
from lint.readers import read_bytes

TWEET = ('<blockquote class="twitter-tweet" lang="en">\n'
         '<p lang="en">Ferries at 7 PM TK on Feb. 5 <a href="https://t.co/x">pic.twitter.com/x</a></p>\n'
         '<p>&mdash; Harbour Board (@HarbourBoard) '
         '<a href="https://twitter.com/HarbourBoard/status/123">February 5, 2026</a></p>\n'
         '</blockquote>\n'
         '<script async src="https://platform.twitter.com/widgets.js"></script>\n')
INSTAGRAM = ('<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/B1/">'
             '<div><img src="https://www.instagram.com/p/B1/media.jpg">'
             '<p><a href="https://www.instagram.com/p/B1/">The new ferry at dawn!!</a></p>'
             '<p><a href="https://www.instagram.com/p/B1/">A post shared by Marta Quinn (@mquinn)</a> on '
             '<time datetime="2026-02-05T07:00:00+00:00">Feb 5, 2026 at 7:00am PST</time></p>'
             '</div></blockquote>\n')
STORY = ("<article><h1>Board orders two ferries</h1>\n"
         "<p>The Harbour Board voted on Tuesday to replace two ferries, chair Marta Quinn said.</p>\n"
         "{post}"
         "<p>The first boat is due in service next year.</p>\n</article>\n")


def read(src: str, name: str = "story.html"):
    return read_bytes(name, src.encode("utf-8"))


def embeds(doc):
    return [p for p in doc.parts if p.kind == "embed"]


def source_of(doc, part) -> str:
    start, end = part.source_span(0, len(part.text), doc.source)
    return doc.source[start:end]


def test_a_tweet_is_embed_parts_at_exact_positions_with_its_author_and_url():
    src = STORY.format(post=TWEET)
    doc = read(src)
    posts = embeds(doc)
    assert [p.text for p in posts] == ["Ferries at 7 PM TK on Feb. 5 pic.twitter.com/x",
                                       "\u2014 Harbour Board (@HarbourBoard) February 5, 2026"]
    first = posts[0]
    assert source_of(doc, first).startswith("Ferries at 7 PM TK") and \
        source_of(doc, first).endswith("pic.twitter.com/x")
    assert source_of(doc, posts[1]).startswith("&mdash; Harbour Board")
    for part in posts:
        assert part.attrs["embed"] is True and part.attrs["post"] == 1
        assert part.attrs["author"] == "Harbour Board" and part.attrs["handle"] == "@HarbourBoard"
        assert part.attrs["url"] == "https://twitter.com/HarbourBoard/status/123"
    # The story around the post reads as before.
    assert [p.text for p in doc.parts if p.kind == "paragraph"][-1] == \
        "The first boat is due in service next year."


def test_an_instagram_post_is_embed_parts_and_its_picture_is_not_the_storys():
    doc = read(STORY.format(post=INSTAGRAM))
    posts = embeds(doc)
    assert [p.text for p in posts][0] == "The new ferry at dawn!!"
    assert posts[-1].text.startswith("A post shared by Marta Quinn (@mquinn) on Feb 5, 2026")
    assert {p.attrs["handle"] for p in posts} == {"@mquinn"}
    assert {p.attrs["url"] for p in posts} == {"https://www.instagram.com/p/B1/"}
    assert not [p for p in doc.parts if p.kind == "alt"]       # the platform's picture


def test_two_posts_are_numbered_in_order():
    doc = read(STORY.format(post=TWEET + INSTAGRAM))
    assert [p.attrs["post"] for p in embeds(doc)] == [1, 1, 2, 2]


def test_default_rules_leave_a_post_alone_but_lint_the_same_words_in_the_story():
    rules = {d.rule for d in lint_text(STORY.format(post=TWEET), "story.html")}
    assert not {"hygiene.placeholder", "style.month-abbreviation", "style.time-of-day"} & rules
    as_story = STORY.format(post="<p>Ferries at 7 PM TK on Feb. 5.</p>\n")
    found = {d.rule for d in lint_text(as_story, "story.html")}
    assert {"hygiene.placeholder", "style.time-of-day"} <= found


def test_embed_is_a_scope_of_its_own_in_all_but_not_prose_or_body(tmp_path):
    assert "embed" in expand_scope(["all"])
    assert "embed" not in SCOPE_ALIASES["prose"] and "embed" not in SCOPE_ALIASES["body"]
    rule = tmp_path / "rules" / "house" / "post-tk.yaml"
    rule.parent.mkdir(parents=True)
    rule.write_text(textwrap.dedent("""\
        extends: existence
        message: placeholder left in an embedded post
        tokens: ['TK']
        scope: [embed]
        """), encoding="utf-8")
    src = STORY.format(post=TWEET)
    found = lint_text(src, "story.html", rule_dirs=[str(tmp_path / "rules")], select=["house"])
    assert [(d.rule, src[d.offset:d.end_offset]) for d in found] == [("house.post-tk", "TK")]
    assert (found[0].line, found[0].column) == (4, src.splitlines()[3].index("TK") + 1)


def test_a_quote_continues_across_an_embedded_post():
    post = TWEET.replace("Ferries at 7 PM TK on Feb. 5", "Boats ordered")
    src = ("<article><h1>Board orders two ferries</h1>\n"
           "<p>\u201cWe have patched these hulls for a decade,\u201d Quinn said.</p>\n"
           f"{post}"
           "<p>\u201cThe island deserves boats that start every morning.\u201d</p>\n</article>\n")
    assert "quotes.unattributed" not in {d.rule for d in lint_text(src, "story.html")}
    # With a sub-heading in between instead, nothing continues: the rule fires.
    cut = src.replace(post, "<h2>Next year</h2>\n")
    assert "quotes.unattributed" in {d.rule for d in lint_text(cut, "story.html")}


def test_a_body_quote_a_post_carries_is_attributed_by_the_post():
    post = TWEET.replace("Ferries at 7 PM TK on Feb. 5", "Two new ferries will start next spring")
    src = ("<article><h1>Board orders two ferries</h1>\n"
           "<p>The Harbour Board voted on Tuesday to replace two ferries.</p>\n"
           "<p>\u201cTwo new ferries will start next spring.\u201d</p>\n"
           f"{post}</article>\n")
    assert "quotes.unattributed" not in {d.rule for d in lint_text(src, "story.html")}
    other = src.replace(post, TWEET.replace("Ferries at 7 PM TK on Feb. 5", "Boats ordered"))
    assert other != src
    assert "quotes.unattributed" in {d.rule for d in lint_text(other, "story.html")}


def test_markdown_raw_html_post_is_embed_parts_and_a_player_stays_markup():
    src = ("---\ntitle: Board orders two ferries\n---\n\n"
           "The board voted on Tuesday.\n\n"
           + TWEET.replace("\n<p>&mdash;", "<p>&mdash;") +
           '\n<iframe src="https://www.youtube.com/embed/x" title="Ferries on Feb. 5"></iframe>\n\n'
           "<figure><img src=\"ferry.jpg\" alt=\"The ferry\"><figcaption>The ferry at dawn."
           "</figcaption></figure>\n\nThe first boat is due next year.\n")
    doc = read(src, "content/story.md")
    posts = embeds(doc)
    assert [p.text for p in posts] == ["Ferries at 7 PM TK on Feb. 5 pic.twitter.com/x",
                                       "\u2014 Harbour Board (@HarbourBoard) February 5, 2026"]
    start, end = posts[0].source_span(0, len(posts[0].text), src)
    assert (start, end) == (src.index("Ferries at 7"), src.index("pic.twitter.com/x") + 17)
    assert posts[0].attrs["handle"] == "@HarbourBoard"
    assert [p.text for p in doc.parts if p.kind == "caption"] == ["The ferry at dawn."]
    assert not any("Feb. 5" in p.text for p in doc.parts if p.kind != "embed")
    rules = {d.rule for d in lint_text(src, "content/story.md")}
    assert not {"hygiene.placeholder", "style.month-abbreviation"} & rules


def test_markdown_post_left_open_does_not_swallow_later_html():
    src = ("---\ntitle: Board orders two ferries\n---\n\n"
           '<blockquote class="twitter-tweet"><p>Boats ordered</p>\n\n'
           "The board voted on Tuesday.\n\n"
           "<figure><img src=\"ferry.jpg\" alt=\"The ferry\"><figcaption>The ferry at dawn."
           "</figcaption></figure>\n")
    doc = read(src, "content/story.md")
    assert [p.text for p in embeds(doc)] == ["Boats ordered"]
    assert [p.text for p in doc.parts if p.kind == "caption"] == ["The ferry at dawn."]


def test_parse_shows_posts_with_their_kind_and_author():
    doc = read(STORY.format(post=TWEET))
    parts = json.loads(render_json([doc]))[0]["parts"]
    post = [p for p in parts if p["kind"] == "embed"]
    assert post[0]["text"].startswith("Ferries at 7 PM") and post[0]["line"] == 4
    assert (post[0]["post"], post[0]["handle"], post[0]["author"]) == (1, "@HarbourBoard", "Harbour Board")
    assert "url" in post[0] and "post" not in parts[0]
    lines = [line for line in render_text([doc]).splitlines() if " embed " in line]
    assert len(lines) == 2 and "{post 1 Harbour Board @HarbourBoard https://" in lines[0]
    assert lines[1].endswith("{post 1}")


def test_markdown_post_split_by_blank_lines_stays_one_post():
    # Prettified embed code: blank lines cut it into several raw HTML blocks.
    src = ("---\ntitle: Board orders two ferries\n---\n\n"
           '<blockquote class="twitter-tweet">\n  <p lang="en">\n    Boats ordered TK\n  </p>\n\n'
           "  <p>\n    &mdash; Harbour Board (@HarbourBoard) "
           '<a href="https://twitter.com/HarbourBoard/status/123">Feb. 5, 2026</a>\n  </p>\n'
           "</blockquote>\n\nThe board voted on Tuesday.\n")
    doc = read(src, "content/story.md")
    assert [p.text for p in embeds(doc)] == [
        "Boats ordered TK", "\u2014 Harbour Board (@HarbourBoard) Feb. 5, 2026"]
    assert {p.attrs["handle"] for p in embeds(doc)} == {"@HarbourBoard"}
    assert [p.text for p in doc.parts if p.kind == "paragraph"] == ["The board voted on Tuesday."]


def test_a_share_button_named_after_a_post_class_is_no_post():
    button = ('<p><a class="twitter-tweet-btn" href="/story">'
              '<span class="twitter-tweet-btn label">Tweet this story</span></a></p>\n')
    doc = read(STORY.format(post=button))
    assert not embeds(doc)
    assert not any("Tweet" in p.text for p in doc.parts)
    assert [p.kind for p in embeds(read(STORY.format(post=TWEET.replace(
        '"twitter-tweet"', '"twitter-tweet twitter-tweet-rendered"'))))] == ["embed", "embed"]


def test_an_instagram_signature_gives_the_author_without_its_lead_in():
    # "A post shared by Name (@handle)" opens the part: the author is the name alone.
    post = ('<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Q7/">'
            '<div><a href="https://www.instagram.com/p/Q7/">View this post on Instagram</a>'
            '<p><a href="https://www.instagram.com/p/Q7/">A post shared by Pat Lee (@patlee)</a></p>'
            '</div></blockquote>\n')
    posts = embeds(read(STORY.format(post=post)))
    assert {(p.attrs["author"], p.attrs["handle"]) for p in posts} == {("Pat Lee", "@patlee")}


def test_posts_are_numbered_by_those_read_an_empty_snippet_takes_no_number():
    empty = '<blockquote class="twitter-tweet"></blockquote>\n<div class="embedly-card"><p> </p></div>\n'
    doc = read(STORY.format(post=TWEET + empty + INSTAGRAM))
    assert [p.attrs["post"] for p in embeds(doc)] == [1, 1, 2, 2]


def test_a_post_quoted_inside_a_post_is_the_outer_posts_text():
    inner = ('<blockquote class="twitter-tweet"><p>Boats ordered</p>'
             '&mdash; Harbour Board (@HarbourBoard)</blockquote>')
    outer = ('<blockquote class="twitter-tweet"><p>Finally!</p>' + inner +
             '&mdash; Marta Quinn (@mquinn)</blockquote>\n')
    posts = embeds(read(STORY.format(post=outer)))
    assert [p.text for p in posts] == ["Finally!", "Boats ordered", "\u2014 Harbour Board (@HarbourBoard)",
                                       "\u2014 Marta Quinn (@mquinn)"]
    assert {(p.attrs["post"], p.attrs["handle"]) for p in posts} == {(1, "@mquinn")}


def test_a_page_s_posts_outside_the_story_s_article_are_not_the_story_s():
    # A site's sidebar timeline after the story (nothing but the muted footer
    # below it) is page furniture; the post inside the <article> is the story's.
    paras = "".join(f"<p>The board voted on Tuesday to replace ferry number {n}, "
                    f"which has sailed since 19{n}0, chair Marta Quinn said at the meeting.</p>\n"
                    for n in range(1, 7))
    page = ("<!doctype html><html><head><title>Board orders two ferries</title></head><body>\n"
            "<nav><a href=\"/\">Home</a></nav><main><article><h1>Board orders two ferries</h1>\n"
            f"{paras}{TWEET}<p>The first boat is due in service next year, Quinn said.</p>\n"
            "</article><aside>"
            '<blockquote class="twitter-tweet"><p>Our weekend picks are out.</p>'
            "&mdash; The Paper (@paper)</blockquote></aside></main>\n"
            "<footer><p>Copyright The Paper</p></footer></body></html>\n")
    doc = read(page)
    assert [p.text for p in embeds(doc)] == ["Ferries at 7 PM TK on Feb. 5 pic.twitter.com/x",
                                             "\u2014 Harbour Board (@HarbourBoard) February 5, 2026"]


def test_a_rule_that_reaches_a_post_reports_there_but_never_fixes_it(tmp_path):
    # A post is a copy of someone else's published words: --fix must not edit it.
    rule = tmp_path / "rules" / "house" / "board.yaml"
    rule.parent.mkdir(parents=True)
    rule.write_text(textwrap.dedent("""\
        extends: substitution
        message: "use '{replacement}' rather than '%s'"
        scope: all
        swap:
          Ferries: Boats
        """), encoding="utf-8")
    src = STORY.format(post=TWEET).replace("The first boat", "Ferries")
    found = lint_text(src, "story.html", rule_dirs=[str(tmp_path / "rules")], select=["house"])
    assert [(d.line, d.fix is not None) for d in found] == [(4, False), (8, True)]


def test_a_post_never_closed_is_a_notice_at_its_opening_tag():
    # On the page the platform's script replaces the post, and with it the
    # story text the open element holds.
    src = STORY.format(post=TWEET.replace("</blockquote>\n", "\n"))
    found = [d for d in lint_text(src, "story.html") if d.rule == "file.html"]
    assert [(d.line, d.column) for d in found] == [(3, 1)]
    assert "never closed" in found[0].message and "<blockquote>" in found[0].message
    md = ("---\ntitle: Board orders two ferries\n---\n\n"
          '<blockquote class="twitter-tweet"><p>Boats ordered</p>\n\n'
          "The board voted on Tuesday.\n")
    assert [(d.line, d.column) for d in lint_text(md, "story.md") if d.rule == "file.html"] == [(5, 1)]
    for closed in (STORY.format(post=TWEET), STORY.format(post=INSTAGRAM)):
        assert not [d for d in lint_text(closed, "story.html") if d.rule == "file.html"]


def test_markdown_text_in_a_post_closed_by_a_later_block_is_the_posts():
    # A blank line inside the embed code makes its signature a Markdown
    # paragraph, but the </blockquote> after it closes the post on the page:
    # the paragraph is the post's text, and the post was never left open.
    post = ('<blockquote class="twitter-tweet">\n<p lang="en">Boats ordered TK</p>\n\n'
            '&mdash; Harbour Board (@HarbourBoard) '
            '<a href="https://twitter.com/HarbourBoard/status/123">Feb. 5, 2026</a>\n'
            "</blockquote>\n\n")
    src = f"---\ntitle: Board orders two ferries\n---\n\n{post}The board voted on Tuesday.\n"
    doc = read(src, "content/story.md")
    assert [p.text for p in embeds(doc)] == [
        "Boats ordered TK", "\u2014 Harbour Board (@HarbourBoard) Feb. 5, 2026"]
    assert {(p.attrs["post"], p.attrs["handle"]) for p in embeds(doc)} == {(1, "@HarbourBoard")}
    assert [p.text for p in doc.parts if p.kind == "paragraph"] == ["The board voted on Tuesday."]
    assert not [d for d in lint_text(src, "content/story.md") if d.rule == "file.html"]
    # A later pull quote's </blockquote> closes that quote, never the post.
    left_open = src.replace("</blockquote>\n\n", "\n<blockquote><p>Two boats.</p></blockquote>\n\n")
    assert [(d.line, d.rule) for d in lint_text(left_open, "content/story.md")
            if d.rule == "file.html"] == [(5, "file.html")]
    assert "The board voted on Tuesday." in [p.text for p in read(left_open, "content/story.md").parts
                                             if p.kind == "paragraph"]


EMBED_FIGURE = ('<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter">'
                '<div class="wp-block-embed__wrapper">' + TWEET + '</div>'
                '<figcaption class="wp-element-caption">The board posted the delay on Tuesday.'
                '</figcaption></figure>\n')


def test_a_figure_round_a_post_keeps_its_figcaption_as_a_caption_of_the_post():
    # WordPress's embed block: the editor's caption under the post is the
    # newsroom's words about it, not the post's text, and no photo caption
    for name, src in (("story.html", STORY.format(post=EMBED_FIGURE)),
                      ("content/story.md", "# Board orders two ferries\n\nThe board voted.\n\n"
                       + EMBED_FIGURE + "\nThe first boat is due next year.\n")):
        doc = read(src, name)
        [cap] = [p for p in doc.parts if p.kind == "caption"]
        assert cap.text == "The board posted the delay on Tuesday."
        assert cap.source_offset(0) == src.index("The board posted")
        assert cap.attrs.get("for_post") == 1 and "image" not in cap.attrs
        assert [p.attrs["post"] for p in embeds(doc)] == [1, 1]
        rules = {d.rule for d in lint_text(src, name)}
        assert "captions.missing-credit" not in rules
        assert "captions.placeholder" in {d.rule for d in lint_text(src.replace("on Tuesday", "TK"), name)}


def test_a_post_ended_by_its_wrapper_s_end_tag_says_where_it_ends():
    # A browser closes the post at the wrapper's </div>: the story after it is
    # not in the post, so the notice names that end tag, not 'any text after it'.
    post = '<div class="embed">\n' + TWEET.replace("</blockquote>\n", "</div>\n")
    src = STORY.format(post=post)
    doc = read(src)
    assert "The first boat is due in service next year." in [
        p.text for p in doc.parts if p.kind == "paragraph"]
    [d] = [d for d in lint_text(src, "story.html") if d.rule == "file.html"]
    assert (d.line, d.column) == (4, 1)
    assert "the </div> on line 7 ends it, so what stands before that is inside the post" in d.message
    eof = [d for d in lint_text(STORY.format(post=TWEET.replace("</blockquote>\n", "\n"))
                                .replace("</article>\n", ""), "story.html") if d.rule == "file.html"]
    assert len(eof) == 1 and "any text after it is inside the post" in eof[0].message
