"""An embedded post written as raw HTML inside a Markdown list item or `>`
blockquote is read as `embed` parts, as one at the top level is, with every
character placed on the source past the container's `> ` prefixes and the
list's marker and indentation."""
from __future__ import annotations

from lint import lint_text
from lint.readers import read_bytes
from lint.readers._md_positions import blank_prefixes

QUOTED = ("---\ntitle: Storm closes valley roads\n---\n\n"
          "The county closed three roads on Monday.\n\n"
          '> <blockquote class="twitter-tweet"><p lang="en">Rain is coming to the\n'
          "> valley TK tonight.</p>&mdash; Jane Roe (@jroe)\n"
          '> <a href="https://twitter.com/jroe/status/1">May 1, 2024</a></blockquote>\n'
          '> <script async src="https://platform.twitter.com/widgets.js"></script>\n'
          ">\n> Crews worked through the night.\n\n"
          "Schools will open late on Tuesday.\n")
LISTED = ("---\ntitle: Storm closes valley roads\n---\n\n"
          "Residents posted pictures:\n\n"
          "- Water over the bridge.\n"
          '- <blockquote class="instagram-media" '
          'data-instgrm-permalink="https://www.instagram.com/p/X1/">\n'
          "    <p>Sunset over the flooded bay TK</p>\n"
          "    <p>A post shared by Sam Lee (@samlee)</p>\n"
          "  </blockquote>\n"
          "- The ferry stopped.\n\n"
          "Schools will open late on Tuesday.\n")


def read(src: str):
    return read_bytes("content/story.md", src.encode("utf-8"))


def embeds(doc):
    return [p for p in doc.parts if p.kind == "embed"]


def placed(doc, part) -> str:
    """The part's text rebuilt from the source characters its map points at."""
    return "".join(doc.source[part.source_offset(i)] for i in range(len(part.text)))


def test_a_post_in_a_blockquote_is_embed_parts_placed_past_the_prefixes():
    doc = read(QUOTED)
    posts = embeds(doc)
    # line breaks kept as the HTML reader keeps them; the `> ` is no text
    assert [p.text for p in posts] == ["Rain is coming to the\nvalley TK tonight.",
                                       "\u2014 Jane Roe (@jroe)\nMay 1, 2024"]
    first = posts[0]
    assert placed(doc, first) == first.text
    at = first.source_offset(first.text.index("valley"))
    assert QUOTED[at - 2:at + 6] == "> valley"
    assert posts[1].source_offset(posts[1].text.index("May 1")) == QUOTED.index("May 1")
    assert {p.attrs["handle"] for p in posts} == {"@jroe"}
    assert posts[0].attrs["url"] == "https://twitter.com/jroe/status/1"
    # the Markdown around it reads as before
    assert [p.text for p in doc.parts if p.kind == "blockquote"] == ["Crews worked through the night."]
    assert [p.text for p in doc.parts if p.kind == "paragraph"] == [
        "The county closed three roads on Monday.", "Schools will open late on Tuesday."]


def test_a_post_in_a_list_item_is_embed_parts_placed_past_marker_and_indent():
    doc = read(LISTED)
    posts = embeds(doc)
    assert [p.text for p in posts] == ["Sunset over the flooded bay TK",
                                       "A post shared by Sam Lee (@samlee)"]
    for part in posts:
        assert placed(doc, part) == part.text
        assert (part.attrs["post"], part.attrs["handle"]) == (1, "@samlee")
    assert posts[0].source_offset(0) == LISTED.index("Sunset")
    assert [p.text for p in doc.parts if p.kind == "paragraph"][-2:] == [
        "The ferry stopped.", "Schools will open late on Tuesday."]


def test_a_nested_post_is_left_alone_by_the_default_rules():
    for src in (QUOTED, LISTED):
        assert "hygiene.placeholder" not in {d.rule for d in lint_text(src, "content/story.md")}
        story = src.replace("Schools will", "Schools TK will")
        [d] = [d for d in lint_text(story, "content/story.md") if d.rule == "hygiene.placeholder"]
        assert story.splitlines()[d.line - 1].startswith("Schools TK")


def test_nested_html_that_is_no_post_stays_markup_in_a_quote():
    src = ("Intro.\n\n> <div class=\"note\"><p>Editor's note TK</p></div>\n\n"
           "- <p>List HTML TK</p>\n")
    doc = read(src)
    # a quote's raw HTML is markup; a list item's own is the item (fx208: docs/reading.md)
    assert [(p.text, p.attrs.get("block")) for p in doc.parts if "TK" in p.text] == [("List HTML TK", "li")]


def test_a_tab_markdown_it_expands_is_a_prefix_and_the_post_still_placed_exactly():
    # markdown-it turns the tab into two spaces of the block's text; the
    # source has a tab there, so a line's leading white space is cut with
    # its prefix rather than read as text (no part rests on a guess)
    src = 'Intro.\n\n- <blockquote class="twitter-tweet">\n\t<p>Tabbed TK</p></blockquote>\n'
    doc = read(src)
    [post] = embeds(doc)
    assert post.text == "Tabbed TK" and placed(doc, post) == post.text
    assert post.source_offset(0) == src.index("Tabbed")


def test_blank_prefixes_refuses_a_block_whose_text_is_not_the_source_s():
    src = "> <p>a</p>\n> <p>b</p>\n"
    lines = [(0, 10), (11, 21)]
    assert blank_prefixes("<p>a</p>\n<p>b</p>\n", src, lines, 22) == (
        "  <p>a</p>\n  <p>b</p>\n", [(0, 2), (11, 13)])
    assert blank_prefixes("<p>a</p>\n<p>c</p>\n", src, lines, 22) is None


def test_a_nested_post_split_by_a_blank_line_stays_one_post():
    # the blank quote line made the signature a Markdown paragraph of the
    # quote; the post's end tag in the next HTML block of the quote closes it
    src = ("Intro.\n\n"
           '> <blockquote class="twitter-tweet"><p>Boats ordered TK</p>\n>\n'
           "> &mdash; Harbour Board (@HarbourBoard)\n>\n"
           "> </blockquote>\n\nThe board voted on Tuesday.\n")
    doc = read(src)
    posts = embeds(doc)
    assert [p.text for p in posts] == ["Boats ordered TK", "\u2014 Harbour Board (@HarbourBoard)"]
    assert {p.attrs["handle"] for p in posts} == {"@HarbourBoard"}
    assert placed(doc, posts[0]) == posts[0].text
    assert posts[1].source_offset(2) == src.index("Harbour Board")
    assert not [n for n in doc.notices if n.rule == "file.html"]
    assert [p.text for p in doc.parts if p.kind == "paragraph"] == ["Intro.", "The board voted on Tuesday."]


# A blank line in the embed code leaves the signature a Markdown paragraph
# whose inline </blockquote> closes the post on the page (the browser ends the
# <p> and the post there): it is the post's signature, not story text under a
# false "never closed" warning; at the top level and inside a `> ` quote.
SPLIT = ('<blockquote class="twitter-tweet"><p>Rain is coming tonight.</p>\n\n'
         '&mdash; Jane Roe (@jroe) <a href="https://twitter.com/jroe/status/1">May 1, 2024</a>'
         '</blockquote>\n')


def test_a_paragraph_whose_html_closes_the_post_is_its_signature():
    for prefix in ("", "> "):
        body = "".join(prefix + line if line else prefix.rstrip() + line
                       for line in SPLIT.splitlines(keepends=True))
        src = "# Storm closes roads\n\nThe county closed roads.\n\n" + body + "\nSchools open late.\n"
        doc = read(src)
        assert [n.message for n in doc.notices] == [], prefix
        posts = embeds(doc)
        assert [p.text for p in posts] == ["Rain is coming tonight.",
                                           "\u2014 Jane Roe (@jroe) May 1, 2024"], prefix
        sig = posts[1]
        assert (sig.attrs["author"], sig.attrs["post"]) == ("Jane Roe", 1)
        assert sig.source_offset(2) == src.index("Jane Roe") and placed(doc, sig)[2:] == sig.text[2:]
        assert [p.text for p in doc.parts if p.kind in ("paragraph", "blockquote")] == [
            "The county closed roads.", "Schools open late."], prefix


def test_a_post_left_open_in_a_quote_or_item_ends_with_it_not_at_a_later_end_tag():
    # the page closes the post where its > quote or list item ends (the
    # container's end tag pops it): the story paragraph after it is story,
    # linted as such, though a later quote holds a stray </blockquote>
    for marker, what in (("> ", "> quote"), ("- ", "list item")):
        src = ("# Storm closes roads\n\nThe county closed roads.\n\n"
               f'{marker}<blockquote class="twitter-tweet"><p>Rain is coming tonight.</p>\n\n'
               "The the mayor said the vote was close.\n\n"
               f"{marker}</blockquote>\n\nSchools open late.\n")
        doc = read(src)
        assert [p.text for p in embeds(doc)] == ["Rain is coming tonight."], marker
        assert "The the mayor said the vote was close." in [
            p.text for p in doc.parts if p.kind == "paragraph"]
        [notice] = doc.notices
        assert f"never closed: the end of the Markdown {what} on line 5 ends it, so what stands " \
               "before that is inside the post" in notice.message
        rules = [d.rule for d in lint_text(src, path="content/story.md")]
        assert "hygiene.doubled-word" in rules, marker


def test_a_paragraph_going_on_past_the_posts_end_tag_stays_story_markdown():
    # story text after the </blockquote> on its line is the writer's Markdown
    # (*spoke* is emphasis): the paragraph is not read as HTML, so it stays one
    # story paragraph in its place, and the warning says the post is open
    src = ("# Storm hits\n\nThe storm hit.\n\n"
           '<blockquote class="twitter-tweet"><p>Rain.</p>\n\n'
           "&mdash; Jane Roe (@jroe) May 1, 2020</blockquote> The mayor *spoke* later.\n\n"
           "Schools open late.\n")
    doc = read(src)
    assert [p.text for p in doc.parts if p.kind == "paragraph"] == [
        "The storm hit.", "\u2014 Jane Roe (@jroe) May 1, 2020 The mayor spoke later.",
        "Schools open late."]
    assert [p.text for p in embeds(doc)] == ["Rain."] and len(doc.notices) == 1
