"""The HTML reader: head titles and dates, body parts, figures, exact offsets."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.readers import read_bytes


def read(text: str, name: str = "story.html"):
    return read_bytes(name, text.encode("utf-8"))


def kinds(doc):
    """(kind, text) of the reader's parts (credits `split_credits` carves out
    of caption text later belong to the captions analysis)."""
    return [(p.kind, p.text) for p in doc.parts if not p.attrs.get("split")]


def source_of(doc, part):
    s, e = part.source_span(0, len(part.text))
    return doc.source[s:e]


def where(doc, part, needle):
    return doc.lines.position(part.source_offset(part.text.index(needle)))


def col(src: str, line: int, needle: str) -> int:
    return src.splitlines()[line - 1].index(needle) + 1


HEAD = """<html><head>
<title>Flood closes bridge | The Gazette</title>
<meta property="og:title" content="Flood closes &quot;old&quot; bridge">
<meta name="twitter:title" content='Flood closes bridge'>
<meta name="description" content="The river rose overnight.">
</head><body>
"""


def test_title_parts_with_attribute_value_offsets():
    src = HEAD + "<h1>Flood closes the old bridge</h1><p>Body.</p></body></html>"
    doc = read(src)
    assert kinds(doc) == [("title", "Flood closes bridge"),
                          ("headline", "Flood closes the old bridge"), ("paragraph", "Body."),
                          ("title", 'Flood closes "old" bridge'), ("title", "Flood closes bridge"),
                          ("dek", "The river rose overnight.")]
    title, _, _, og, tw, dek = doc.parts
    assert (title.name, og.name, tw.name, dek.name) == (
        "html title", "og:title", "twitter:title", "description")
    assert title.attrs["site"] == "The Gazette"     # the site-name suffix is cut off
    assert where(doc, og, "bridge") == (3, col(src, 3, "bridge"))
    assert not og.is_verbatim(doc.source, 0, len(og.text))      # spans &quot;
    assert source_of(doc, tw) == "Flood closes bridge"
    assert doc.fields["og:title"] == 'Flood closes "old" bridge'


def test_without_h1_the_og_title_then_the_title_becomes_the_headline():
    doc = read(HEAD + "<p>Body.</p>")
    assert doc.first("headline").name == "og:title"
    doc = read("<title>Only a title</title><p>Body.</p>")
    assert kinds(doc) == [("headline", "Only a title"), ("paragraph", "Body.")]


def test_meta_description_is_the_dek_only_when_the_body_has_none():
    doc = read(HEAD + '<h1>H</h1><p class="standfirst">Water everywhere.</p><p>Body.</p>')
    assert doc.first("dek").text == "Water everywhere."
    assert [p.kind for p in doc.parts if p.name == "description"] == ["field"]


def test_article_element_scopes_the_body():
    src = ("<body><header><h1>The Gazette</h1><nav><li>Home</li></nav></header>"
           "<article><h1>Real headline</h1><p>Story text.</p>"
           "<img src=a.jpg alt='Inside'></article>"
           "<aside><p>Leave a Reply</p><img src=logo.png></aside></body>")
    doc = read(src)
    assert kinds(doc) == [("headline", "Real headline"), ("paragraph", "Story text."),
                          ("alt", "Inside")]


def test_article_mentioned_only_in_a_comment_does_not_hide_the_page():
    doc = read("<!-- <article> template --><h1>Head</h1><p>Text.</p>"
               "<!-- newslint-disable hygiene -->")
    assert kinds(doc) == [("headline", "Head"), ("paragraph", "Text.")]
    assert len(doc.suppressions) == 1


def test_paragraph_sources_lists_cells_bare_text_and_quotes():
    src = ("<div>Bare text<p>In a p</p>tail</div><ul><li>One<li>Two <b>bold</b></ul>"
           "<table><tr><td>Cell<td>Next</table><blockquote><p>Quoted.</p>Loose</blockquote>"
           "<h2>Sub</h2><p>Open p<p>Next p")
    doc = read(src)
    assert kinds(doc) == [
        ("paragraph", "Bare text"), ("paragraph", "In a p"), ("paragraph", "tail"),
        ("paragraph", "One"), ("paragraph", "Two bold"), ("paragraph", "Cell"),
        ("paragraph", "Next"), ("blockquote", "Quoted."), ("blockquote", "Loose"),
        ("heading", "Sub"), ("paragraph", "Open p"), ("paragraph", "Next p")]
    for part in doc.parts:
        assert source_of(doc, part).replace("<b>", "").replace("</b>", "") == part.text


def test_entities_map_to_their_source_and_later_words_stay_exact():
    src = "<p>Rock &amp; roll&#8217;s\nnew&nbsp;home TK &unknown; end</p>"
    doc = read(src)
    para = doc.parts[0]
    assert para.text == "Rock & roll\u2019s\nnew\xa0home TK &unknown; end"
    assert where(doc, para, "TK") == (2, col(src, 2, "TK"))
    assert where(doc, para, "s\n") == (1, src.index("&#8217;s") + 8)
    assert where(doc, para, "&unknown;") == (2, col(src, 2, "&unknown;"))
    assert para.source_offset(para.text.index("\u2019")) == src.index("&#8217;")
    assert not para.is_verbatim(doc.source, 0, 9)
    assert para.is_verbatim(doc.source, para.text.index("home"), para.text.index(" end"))


def test_crlf_positions():
    src = "<h1>Head</h1>\r\n<p>First\r\nsecond TK</p>\r\n"
    doc = read(src)
    assert where(doc, doc.parts[1], "TK") == (3, 8)


def test_figure_caption_excludes_its_credit_and_links_the_image():
    src = ("<figure>\n<img src=\"m.jpg\" alt=\"Mayor &amp; aide\">\n<figcaption>The mayor, left. "
           "<span class=\"photo-credit\">Photo: Di Fox/Gazette</span> More.</figcaption>\n"
           "</figure>\n<img src=\"x.jpg\"><img src=\"y.jpg\" alt=\"\"><img title='alt=no' src=z.png alt>")
    doc = read(src)
    assert kinds(doc) == [("alt", "Mayor & aide"), ("credit", "Photo: Di Fox/Gazette"),
                          ("caption", "The mayor, left.  More."), ("alt", ""), ("alt", ""),
                          ("alt", "")]
    alt, credit, caption, missing, decorative, bare = doc.parts[:6]
    # `within`: the containers round them, for Vale's SkippedScopes (fx572, qa427 #3)
    assert caption.attrs == {"credit": credit.index, "image": alt.index, "within": ("figure",)}
    assert credit.attrs == {"caption": caption.index, "within": ("figure",)}
    assert alt.attrs == {"src": "m.jpg", "missing": False, "decorative": False}
    assert where(doc, alt, "aide") == (2, col(src, 2, "aide"))
    assert where(doc, caption, "More") == (3, col(src, 3, "More"))
    assert missing.attrs["missing"] and not missing.attrs["decorative"]
    assert doc.source[missing.source_offset(0):].startswith('<img src="x.jpg">')
    assert decorative.attrs["decorative"] and not decorative.attrs["missing"]
    assert doc.source[decorative.source_offset(0) - 5:].startswith('alt=""')
    assert bare.attrs["decorative"] and not bare.attrs["missing"]


def test_class_and_rel_marked_parts():
    src = ('<h1>H</h1><p class="dek">The short version.</p>'
           '<p class="byline">By <a rel="author" href="/a">Ann Lee</a></p>'
           '<p><span class="dateline">OSLO, Norway —</span> The story begins.</p>'
           '<div class="author">Ola Nordmann</div>')
    doc = read(src)
    assert kinds(doc) == [("headline", "H"), ("dek", "The short version."),
                          ("byline", "By Ann Lee"), ("dateline", "OSLO, Norway —"),
                          ("paragraph", "The story begins."), ("byline", "Ola Nordmann")]


def test_wire_dateline_in_the_first_paragraph():
    doc = read("<h1>H</h1><p>BERLIN (AP) — Talks ended.</p>")
    assert doc.first("dateline").text == "BERLIN (AP) —"


@pytest.mark.parametrize("drop, want, source", [
    ((), dt.date(2024, 1, 3), "JSON-LD datePublished"),
    (("ld",), dt.date(2024, 1, 1), "article:published_time"),
    (("ld", "meta"), dt.date(2024, 1, 2), "itemprop=datePublished"),
    (("meta", "itemprop", "ld"), dt.date(2024, 1, 4), "<time datetime>"),
])
def test_publication_date_priority(drop, want, source):
    pieces = {
        "meta": '<meta property="article:published_time" content="2024-01-01T09:00:00+01:00">',
        "itemprop": '<meta itemprop="datePublished" content="2024-01-02">',
        "ld": '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
              '"headline": "Schema \\"head\\"", "datePublished": "2024-01-03"}]}</script>',
    }
    src = ("<head>" + "".join(v for k, v in pieces.items() if k not in drop) + "</head>"
           '<body><p>On <time datetime="2024-01-04">Thursday</time> it rained.</p>'
           '<time datetime="2024-02-02">later</time></body>')
    doc = read(src)
    assert (doc.published, doc.published_from) == (want, source)
    value = doc.published_part.text
    assert source_of(doc, doc.published_part) == value and value.startswith(str(want))


def test_json_ld_headline_is_a_title_part():
    src = ('<script type="application/ld+json">{"headline": "Tax \\u0026 spend"}</script>'
           "<h1>Tax and spend</h1>")
    doc = read(src)
    schema = next(p for p in doc.parts if p.name == "schema headline")
    assert (schema.kind, schema.text) == ("title", "Tax & spend")
    assert doc.source[schema.source_offset(0):].startswith("Tax \\u0026")


def test_itemprop_element_text_gives_the_date():
    doc = read('<p>Posted <span itemprop="datePublished">March 3, 2023</span>.</p>')
    assert (doc.published, doc.published_from) == (dt.date(2023, 3, 3), "itemprop=datePublished")
    assert source_of(doc, doc.published_part) == "March 3, 2023"


def test_comments_scripts_and_code_are_not_prose_and_directives_are_kept():
    src = ("<p>Start <!-- newslint-disable-next-line hygiene --> <code>TK()</code> end</p>\n"
           "<script>var TK;</script><style>p{}</style><noscript>TK</noscript>"
           "<template><p>TK</p></template><pre>TK</pre><svg><title>TK</title></svg>"
           "<!-- TK --><p>Last.</p>")
    doc = read(src)
    # (inline code stands as one OBJECT, as a Markdown code span does)
    assert kinds(doc) == [("paragraph", "Start  \ufffc end"), ("paragraph", "Last.")]
    assert [(s.action, s.rules, doc.lines.position(s.offset)) for s in doc.suppressions] == [
        ("disable-next-line", ("hygiene",), (1, 10))]


def test_end_tags_inside_a_template_do_not_close_the_page():
    doc = read('<div class="box"><template><div>TK</div></template>Kept</div><p>Next</p>')
    assert kinds(doc) == [("paragraph", "Kept"), ("paragraph", "Next")]


def test_br_separates_words():
    doc = read("<p>Line one<br>line two</p><figcaption>A<p>B</figcaption>")
    assert kinds(doc) == [("paragraph", "Line one\nline two"), ("caption", "A\nB")]


@pytest.mark.parametrize("src", [
    "<p>Unclosed <b>bold <i>and <a href='x", "</p></div></article>Text", "<<<>>>&&&;;#",
    "<figure><figcaption><span class=credit>AP", "<p>a</p><!-- never closed",
    "<meta property='og:title' content='x", "<script type=application/ld+json>{bad",
    "<img alt='unterminated", "<article><article><h1>x</h1></article>", "<![CDATA[x]]><?pi?>",
])
def test_broken_html_never_raises(src):
    doc = read(src)
    for part in doc.parts:
        s, e = part.source_span(0, len(part.text))
        assert 0 <= s <= e <= len(doc.source)


def test_truncations_of_a_page_never_raise():
    src = (HEAD + '<article><h1>H &amp; h</h1><p class=byline>By A</p><figure><img alt="x &amp; y">'
           '<figcaption>Cap <span class="credit">Cr</span></figcaption></figure>'
           '<script type="application/ld+json">{"headline": "x"}</script><p>End.</p></article>')
    for cut in range(0, len(src), 5):
        doc = read(src[:cut] or " ")
        for part in doc.parts:
            s, e = part.source_span(0, len(part.text))
            assert 0 <= s <= e <= len(doc.source)


def test_random_html_maps_every_run_back_to_its_source():
    import random

    from test_readers_markdown import PIECES, unplaced_runs
    rng = random.Random(1127)
    for _ in range(400):
        src = "".join(rng.choice(PIECES + ["<p>", "</p>", "<li>", "<td>", "<span class=credit>"])
                      for _ in range(rng.randint(1, 40)))
        assert unplaced_runs(read(src)) == [], repr(src)
