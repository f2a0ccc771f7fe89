"""The Markdown reader: part kinds, exact source offsets, front matter, captions."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.readers import read_bytes


def read(text: str, name: str = "story.md"):
    return read_bytes(name, text.encode("utf-8"))


def kinds(doc):
    """(kind, text) of the reader's parts; credits that `split_credits` later
    carves out of caption text belong to the captions analysis, not the reader."""
    return [(p.kind, p.text) for p in doc.parts if not p.attrs.get("split")]


def source_of(doc, part, start=0, end=None):
    s, e = part.source_span(start, len(part.text) if end is None else end)
    return doc.source[s:e]


def where(doc, part, needle):
    """(line, col) in the file of the first `needle` in the part's text."""
    return doc.lines.position(part.source_offset(part.text.index(needle)))


def test_headline_headings_paragraphs_and_their_source():
    doc = read("# The headline\n\nFirst para\nwraps here.\n\n## A sub head\n\nSecond para.\n")
    assert kinds(doc) == [("headline", "The headline"), ("paragraph", "First para\nwraps here."),
                          ("heading", "A sub head"), ("paragraph", "Second para.")]
    for part in doc.parts:
        assert source_of(doc, part) == part.text
    assert doc.lines.position(doc.parts[2].source_offset(0)) == (6, 4)


def test_setext_h1_is_the_headline_and_later_h1_a_heading():
    doc = read("Big news\n========\n\nBody.\n\n# Another\n")
    assert kinds(doc) == [("headline", "Big news"), ("paragraph", "Body."), ("heading", "Another")]


def test_entity_maps_to_its_source_form_and_later_text_stays_exact():
    doc = read("Tom &amp; Jerry said TK.\n")
    para = doc.parts[0]
    assert para.text == "Tom & Jerry said TK."
    assert where(doc, para, "TK") == (1, 22)
    assert source_of(doc, para, para.text.index("Jerry"), para.text.index("Jerry") + 5) == "Jerry"
    assert para.source_offset(4) == 4                      # '&' sits where '&amp;' starts
    assert not para.is_verbatim(doc.source, 0, 11)         # no fix may span the entity
    assert para.is_verbatim(doc.source, 6, 11)


def test_escaped_character_is_prose_but_not_verbatim():
    doc = read("A \\*starred\\* word TK\n")
    para = doc.parts[0]
    assert para.text == "A *starred* word TK"
    assert where(doc, para, "TK") == (1, 20)
    # the star itself, after its backslash (fx116 #2: was the backslash), yet no fix starts there
    assert doc.source[para.source_offset(2) - 1:para.source_offset(2) + 1] == "\\*"
    assert not para.is_verbatim(doc.source, 2, 3)


def test_link_text_is_prose_and_destination_and_title_are_skipped():
    src = 'See [the report](https://example.com/a.b "A title. Yes"). Next TK here.\n'
    doc = read(src)
    para = doc.parts[0]
    assert para.text == "See the report. Next TK here."
    dot = para.text.index(".")
    assert para.source_offset(dot) == src.index(")") + 1    # not the "." inside the URL
    assert where(doc, para, "TK") == (1, src.index("TK") + 1)
    assert where(doc, para, "report") == (1, 10)


def test_reference_link_and_autolink_and_bare_url_are_not_prose():
    src = ("Read [the filing][doc] at <https://example.com/x> or www.example.org/y today.\n\n"
           "[doc]: https://example.com/filing\n")
    doc = read(src)
    assert kinds(doc) == [("paragraph", "Read the filing at  or  today.")]
    para = doc.parts[0]
    assert where(doc, para, "today") == (1, src.index("today") + 1)


def test_inline_code_is_skipped_even_with_inner_backticks():
    src = "Run `rm TK` and ``a ` b TK`` then TK.\n"
    doc = read(src)
    para = doc.parts[0]
    assert para.text == "Run \ufffc and \ufffc then TK."      # a code span still separates words
    assert where(doc, para, "TK") == (1, src.rindex("TK") + 1)


def test_emphasis_markup_is_not_prose():
    src = "A *very* **bold** claim TK.\n"
    para = read(src).parts[0]
    assert para.text == "A very bold claim TK."
    assert para.source_offset(para.text.index("TK")) == src.index("TK")


def test_crlf_line_endings_keep_lines_and_columns():
    src = "# Head\r\n\r\nLine one\r\nline two TK\r\n\r\nNext para TK.\r\n"
    doc = read(src)
    assert [p.kind for p in doc.parts] == ["headline", "paragraph", "paragraph"]
    para = doc.parts[1]
    assert para.text == "Line one\r\nline two TK"
    assert where(doc, para, "TK") == (4, 10)
    assert para.is_verbatim(doc.source, 0, len(para.text))
    assert where(doc, doc.parts[2], "TK") == (6, 11)


def test_bom_is_not_counted_in_columns():
    doc = read_bytes("story.md", b"\xef\xbb\xbf# Head\n\nSome TK text.\n")
    assert doc.bom
    assert doc.lines.position(doc.parts[0].source_offset(0)) == (1, 3)
    assert where(doc, doc.parts[1], "TK") == (3, 6)


def test_hard_break_and_trailing_spaces():
    src = "First line  \nsecond\\\nthird\n"
    para = read(src).parts[0]
    assert para.text == "First line\nsecond\nthird"
    assert para.source_offset(para.text.index("third")) == src.index("third")


def test_table_cells_are_paragraphs_with_escaped_pipe_placed():
    src = "| Name | Note |\n|---|---|\n| Lee | a \\| b TK |\n"
    doc = read(src)
    assert kinds(doc) == [("paragraph", "Name"), ("paragraph", "Note"), ("paragraph", "Lee"),
                          ("paragraph", "a | b TK")]
    cell = doc.parts[3]
    assert where(doc, cell, "TK") == (3, src.splitlines()[2].index("TK") + 1)
    assert doc.source[cell.source_offset(2)] == "|"


def test_blockquotes_and_list_items():
    doc = read("> Quoted\n> words.\n\n- one\n- two\n\n1. three\n")
    assert kinds(doc) == [("blockquote", "Quoted\nwords."), ("paragraph", "one"),
                          ("paragraph", "two"), ("paragraph", "three")]
    assert where(doc, doc.parts[0], "words") == (2, 3)


def test_code_blocks_comments_and_scripts_are_never_prose():
    src = ("Intro.\n\n```\nTK fenced\n```\n\n    TK indented\n\n<!-- TK comment -->\n\n"
           "<script>var TK = 1;</script>\n\nOutro.\n")
    doc = read(src)
    assert kinds(doc) == [("paragraph", "Intro."), ("paragraph", "Outro.")]


def test_suppressions_from_html_comments_but_not_from_code():
    src = ("<!-- newslint-disable hygiene.placeholder -->\n\nText <!-- newslint-enable --> here.\n\n"
           "```\n<!-- newslint-disable -->\n```\n\n    <!-- newslint-disable-next-line -->\n")
    doc = read(src)
    assert [(s.action, s.rules, doc.lines.position(s.offset)) for s in doc.suppressions] == [
        ("disable", ("hygiene.placeholder",), (1, 1)), ("enable", (), (3, 6))]
    assert kinds(doc) == [("paragraph", "Text  here.")]


def test_front_matter_fields_and_quoted_value_offsets():
    src = ('---\ntitle: "A \\"quoted\\" title"\ndate: 2024-05-06\n'
           "summary: 'It''s short'\nauthor: Ann Lee\nseo:\n  keywords: budget\n---\n\nBody text.\n")
    doc = read(src)
    assert kinds(doc) == [("headline", 'A "quoted" title'), ("field", "2024-05-06"),
                          ("dek", "It's short"), ("byline", "Ann Lee"), ("field", "budget"),
                          ("paragraph", "Body text.")]
    title, date, dek, _, seo, body = doc.parts
    assert title.name == "front-matter title"
    assert doc.lines.position(title.source_offset(0)) == (2, 9)     # inside the quotes
    assert doc.source[title.source_offset(title.text.index("title"))
                      :][:5] == "title"
    assert doc.lines.position(dek.source_offset(dek.text.index("s short"))) == (4, 15)
    assert seo.name == "seo.keywords" and doc.lines.position(seo.source_offset(0)) == (7, 13)
    assert (doc.published, doc.published_from, doc.published_part) == (
        dt.date(2024, 5, 6), "front matter date", date)
    assert doc.fields["author"] == "Ann Lee" and doc.fields["date"] == dt.date(2024, 5, 6)
    assert doc.lines.position(body.source_offset(0)) == (10, 1)


def test_front_matter_title_is_the_headline_even_when_the_body_has_an_h1():
    doc = read("---\ntitle: Short title\npubDate: '2023-01-02T10:00:00Z'\n---\n# Real head\n")
    assert kinds(doc) == [("headline", "Short title"), ("field", "2023-01-02T10:00:00Z"),
                          ("heading", "Real head")]
    assert doc.published == dt.date(2023, 1, 2) and doc.published_from == "front matter pubDate"


def test_front_matter_images_make_linked_caption_credit_and_alt():
    src = ("---\nimage:\n  src: /a.jpg\n  caption: Crowds at the fair.\n  credit: 'Photo: Al Roe'\n"
           "images:\n  - src: /b.jpg\n    alt: ''\n  - {src: /c.jpg, alt: A calf}\n---\nText.\n")
    doc = read(src)
    by_name = {p.name: p for p in doc.parts}
    alt, caption, credit = by_name["image.alt"], by_name["image.caption"], by_name["image.credit"]
    assert (alt.kind, alt.text, alt.attrs["missing"]) == ("alt", "", True)
    assert doc.source[alt.source_offset(0):].startswith("/a.jpg")
    assert caption.attrs == {"image": alt.index, "credit": credit.index, "unsafe_chars": ":#\n",
                            "yaml_plain": "block"}
    assert credit.attrs["caption"] == caption.index
    assert source_of(doc, credit) == "Photo: Al Roe"
    empty = by_name["images.0.alt"]
    assert (empty.text, empty.attrs["missing"], empty.attrs["decorative"]) == ("", False, True)
    assert by_name["images.1.alt"].text == "A calf"
    assert source_of(doc, by_name["images.1.alt"]) == "A calf"


def test_broken_front_matter_is_a_notice_on_its_line_and_the_body_is_read():
    doc = read("---\ntitle: Fine\ntags: [a, b\nauthor: X\n---\n# Head\n\nBody TK.\n")
    assert len(doc.notices) == 1
    notice = doc.notices[0]
    assert (notice.rule, notice.level) == ("file.front-matter", "error")
    assert notice.message.startswith("invalid YAML front matter: the [ that opens here is never closed")
    assert "',' or ']'" in notice.message
    assert doc.lines.position(notice.offset) == (3, 7)     # the [ itself, not the line YAML stopped at
    # the unread front matter holds the hed, so the body's `# ` is a heading (fx121 #1)
    assert kinds(doc) == [("heading", "Head"), ("paragraph", "Body TK.")]


@pytest.mark.parametrize("front, where, opener", [
    # qa44 #6: YAML read on to the next line's quote and stopped at 'Ann' (3:10)
    ('title: "open\nauthor: "Ann Lee"\n', (2, 8), "the quoted value"),
    ("title: 'open\nauthor: 'Ann Lee'\n", (2, 8), "the quoted value"),
    # a ] later in a comment or an inner list closes nothing (YAML's mark: the closing ---)
    ("tags: [a, b\n# see [docs]\n", (2, 7), "the ["),
    ("tags: [a, [b, c]\n", (2, 7), "the ["),
])
def test_a_quote_or_bracket_left_open_is_reported_where_it_opens(front, where, opener):
    doc = read(f"---\n{front}---\n\nBody.\n")
    (notice,) = doc.notices
    assert notice.message.startswith(f"invalid YAML front matter: {opener} ")
    assert "opens here is never closed" in notice.message
    assert doc.lines.position(notice.offset) == where


@pytest.mark.parametrize("quote", ['"', "'"])
def test_a_quoted_value_never_closed_is_reported_where_it_opens(quote):
    # YAML's own mark is the end of the front matter (nu21: 4:1 for a quote opened on line 2)
    doc = read(f"---\ntitle: {quote}Unclosed\ndate: 2026-11-25\n---\n\nBody.\n")
    (notice,) = doc.notices
    assert notice.message == ("invalid YAML front matter: the quoted value that opens here is never "
                              "closed (found unexpected end of stream)")
    assert doc.lines.position(notice.offset) == (2, 8)


@pytest.mark.parametrize("value, advice, bare", [
    ("'Board's vote'", "the ' inside a '...' value ends it; write it twice", True),
    ('"Board says "yes" to it"', 'the " inside a "..." value ends it; quote the value with \'', True),
    # unquoted, these would not be one plain value: a key, or a quoted start
    ('"Update: Board says "yes""', "quote the value with ' instead", False),
    ('""Yes," the board says"', "quote the value with ' instead", False),
])
def test_a_quote_mark_that_ends_a_quoted_value_is_named(value, advice, bare):
    # libyaml says only "did not find expected key"
    doc = read(f"---\ntitle: T\ndescription: {value}\n---\nBody.\n")
    assert [n.rule for n in doc.notices] == ["file.front-matter"]
    message = doc.notices[0].message
    assert advice in message and message.endswith("or leave it unquoted") is bare


def test_unreadable_front_matter_is_one_error_not_also_a_missing_headline():
    from lint import lint_text
    found = lint_text("---\ntitle: Board approves budget\ndescription: 'Board's vote'\n---\n\n"
                      "The board voted on Tuesday.\n", "story.md")
    assert [d.rule for d in found] == ["file.front-matter"]


def test_bad_front_matter_date_is_reported_at_the_value():
    doc = read("---\ntitle: T\ndate: 2024-02-30\n---\nBody.\n")
    assert [(n.message, doc.lines.position(n.offset)) for n in doc.notices] == [
        ("invalid YAML front matter: day is out of range for month", (3, 7))]
    assert doc.published is None
    assert kinds(doc) == [("headline", "T"), ("paragraph", "Body.")]


@pytest.mark.parametrize("depth", [300, 5000])
def test_absurdly_nested_front_matter_is_a_notice_not_a_crash(depth):
    doc = read("---\nx: " + "[" * depth + "]" * depth + "\n---\nBody.\n")
    assert [n.rule for n in doc.notices] == ["file.front-matter"]
    assert kinds(doc)[-1] == ("paragraph", "Body.")


def test_unclosed_front_matter_is_read_as_markdown_with_a_warning():
    doc = read("---\ntitle: T\n\nBody.\n")
    assert [(n.rule, n.level) for n in doc.notices] == [("file.front-matter", "warning")]
    assert ("paragraph", "Body.") in kinds(doc)


def test_toml_front_matter():
    src = '+++\ntitle = "Toml \\"title\\""\ndate = 2025-01-02\nauthors = ["A B", "C D"]\n+++\nBody.\n'
    doc = read(src)
    assert kinds(doc) == [("headline", 'Toml "title"'), ("field", "2025-01-02"),
                          ("byline", "A B"), ("byline", "C D"), ("paragraph", "Body.")]
    assert doc.lines.position(doc.parts[3].source_offset(0)) == (4, 20)
    assert doc.published == dt.date(2025, 1, 2)


def test_date_line_and_byline_under_the_headline():
    doc = read("# Head\n\nMarch 4, 2025\n*By Jane Roe*\n\nBody starts.\n\nJune 1, 2020\n")
    assert kinds(doc) == [("headline", "Head"), ("dateline", "March 4, 2025"),
                          ("byline", "By Jane Roe"), ("paragraph", "Body starts."),
                          ("paragraph", "June 1, 2020")]
    assert (doc.published, doc.published_from) == (dt.date(2025, 3, 4), "date line")
    assert where(doc, doc.parts[2], "Jane") == (4, 5)


def test_wire_dateline_opens_the_first_paragraph():
    doc = read("# Head\n\nLONDON (Reuters) - The bank said.\n")
    dateline = doc.first("dateline")
    assert dateline.text == "LONDON (Reuters) -" and dateline.attrs == {"wire": True}
    assert doc.first("paragraph").text.startswith("LONDON")


def test_images_alt_title_and_caption_paragraphs():
    src = ('![Mayor *Lee* speaks](lee.jpg "At the podium")\n\n'
           "*The mayor on Monday. (AP Photo/Al Roe)*\n\n"
           "![](empty.jpg) Rest of this paragraph is the caption.\n\n"
           "![Plain](p.jpg)\n\nAn ordinary body paragraph follows.\n\n"
           "Inline ![icon](i.png) image in text.\n")
    doc = read(src)
    assert kinds(doc) == [
        ("alt", "Mayor Lee speaks"), ("caption", "At the podium"),
        ("caption", "The mayor on Monday. (AP Photo/Al Roe)"),
        ("alt", ""), ("caption", "Rest of this paragraph is the caption."),
        ("alt", "Plain"), ("paragraph", "An ordinary body paragraph follows."),
        ("alt", "icon"), ("paragraph", "Inline  image in text.")]
    alt, title, caption, empty, rest = doc.parts[:5]
    assert alt.attrs == {"src": "lee.jpg", "missing": False, "decorative": False, "decorative_mark": False}
    assert where(doc, alt, "speaks") == (1, 15)
    assert title.name == "image title" and source_of(doc, title) == "At the podium"
    assert caption.attrs["image"] == alt.index and where(doc, caption, "The") == (3, 2)
    assert empty.attrs == {"src": "empty.jpg", "missing": True, "decorative": False, "decorative_mark": False}
    assert empty.source_offset(0) == src.index("![](empty")
    assert rest.attrs == {"image": empty.index}


def test_raw_html_figure_reads_like_the_html_reader():
    src = ("Before.\n\n<figure>\n  <img src=\"f.jpg\" alt=\"Rock &amp; roll\">\n"
           "  <figcaption>Fans cheer. <span class=\"credit\">Photo: Di Fox</span></figcaption>\n"
           "</figure>\n\nAfter.\n")
    doc = read(src)
    assert kinds(doc) == [("paragraph", "Before."), ("alt", "Rock & roll"),
                          ("credit", "Photo: Di Fox"), ("caption", "Fans cheer."),
                          ("paragraph", "After.")]
    alt, credit, caption = doc.parts[1:4]
    # `within`: the containers round it, for Vale's SkippedScopes (fx572, qa427 #3)
    assert caption.attrs == {"credit": credit.index, "image": alt.index, "within": ("figure",)}
    lines = src.splitlines()
    assert where(doc, alt, "roll") == (4, lines[3].index("roll") + 1)
    assert where(doc, credit, "Di") == (5, lines[4].index("Di") + 1)


@pytest.mark.parametrize("cut", range(0, 420, 3))
def test_truncated_documents_never_raise(cut):
    src = ('---\ntitle: "T"\nimage: {src: a.jpg, caption: C}\n---\n# H &amp; *e\n\n'
           '[link](http://x "t") `code ![x](y.jpg "z")\n\n<figure><img alt="a &amp; b">'
           "<figcaption>Cap <span class=credit>Cr</span></figcaption></figure>\n\n"
           "| a | b |\n|---|---|\n| c \\| d | e |\n\n> q\n\n```\ncode\n```\n") * 2
    doc = read(src[:cut])
    for part in doc.parts:
        assert 0 <= part.source_offset(0) <= len(doc.source)
        s, e = part.source_span(0, len(part.text))
        assert s <= e <= len(doc.source)


PIECES = ["word", "TK", " ", "\n", "\n\n", "\r\n", "*", "_", "`", "``", "[", "]", "(", ")", "<",
          ">", "!", "# ", "&amp;", "&#39;", "&copy;", "\\", "\\*", "|", "> ", "1. ", "- ",
          "https://x.example/a_b", "<b>", "</b>", "<!-- c -->", '<img alt="q &amp; r">', '"',
          "    ", "```\n", "---\n", "===\n", "<figure>", "<figcaption>", "</figcaption>", "&nbsp"]


def unplaced_runs(doc):
    """Segment runs that neither copy the source nor decode a reference or escape there."""
    bad = []
    for part in doc.parts:
        bounds = list(part.segments) + [(len(part.text), None)]
        for (t, s), (t2, _) in zip(bounds, bounds[1:]):
            run = part.text[t:t2]
            if doc.source[s:s + len(run)] != run and not (
                    doc.source[s:s + 1] in ("&", "\\", "<") and len(run) <= 2) and not (
                    run == "\ufffc" and doc.source[s:s + 1] in "`{<"):
                bad.append((part.kind, run, doc.source[s:s + 12]))
    return bad


def test_random_markdown_maps_every_run_back_to_its_source():
    import random
    rng = random.Random(20261127)
    for _ in range(400):
        src = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40)))
        doc = read(src)
        assert unplaced_runs(doc) == [], repr(src)


@pytest.mark.parametrize("lead", ["\n", "\n\n", "  \n", "\r\n"])
def test_front_matter_after_blank_lines_is_read_with_a_warning(lead):
    # nu22 #5: Hugo skips blank lines before the fence; newslint read the YAML as the headline
    doc = read(f"{lead}---\ntitle: Linden Park playground reopens\ndate: 2026-11-28\n---\n\nBody.\n")
    assert kinds(doc)[0] == ("headline", "Linden Park playground reopens")
    assert str(doc.published) == "2026-11-28"
    (notice,) = doc.notices
    assert notice.level == "warning" and "a blank line stands before the front matter" in notice.message
    assert doc.source[notice.offset:notice.offset + 3] == "---"


def test_a_rule_after_a_blank_line_over_prose_is_no_front_matter():
    doc = read("\n---\n\nSome paragraph here.\n\n---\n\nMore text.\n")
    assert kinds(doc) == [("paragraph", "Some paragraph here."), ("paragraph", "More text.")]
    assert doc.notices == []
