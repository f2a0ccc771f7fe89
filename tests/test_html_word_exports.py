"""nu29 #3: Google Docs' File > Download > Web page and Word's Save as Web
Page style their headline (`<p class="title">`, `class=MsoTitle`) and leave
the byline and date line plain paragraphs; they are read by shape as the
plain-text reader reads its opening lines (`_html_docs`)."""
from __future__ import annotations

from lint import lint_text
from lint.config import Config
from lint.readers import read_bytes

HEAD = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
        '<style type="text/css">.c1{font-weight:700}</style></head><body class="c5 doc-content">')
LINES = ('<p class="c3"><span class="c1">Students march for longer library hours</span></p>'
         '<p class="c3"><span>By Priya Raman</span></p><p class="c3"><span>Dec. 2, 2026</span></p>'
         '<p class="c3"><span>About 200 students marched on Monday, Dec. 1, Alex Romero said.</span></p>')
DOCS = HEAD + LINES + '</body></html>'
# The Title style on a line the shape reading alone would call a lede (19 words, a full stop)
LONG = "Students marched across campus on Monday to demand that the library stay open until 2 a.m. every night."
TITLED = (HEAD + f'<p class="c3 title" id="h.x"><span>{LONG}</span></p>'
          '<p class="c3 subtitle"><span>They want the doors open late</span></p>' + LINES[LINES.index("<p class=\"c3\"><span>By"):]
          + '</body></html>')
WORD = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
        '<meta name=Generator content="Microsoft Word 15 (filtered)"></head><body lang=EN-US>'
        f'<div class=WordSection1><p class=MsoTitle>{LONG}</p>'
        '<p class=MsoNormal>By Priya Raman</p><p class=MsoNormal>Dec. 2, 2026</p>'
        '<p class=MsoNormal>About 200 students marched on Monday, Dec. 1, Alex Romero said.</p></div></body></html>')


def read(html: str):
    return read_bytes("story.html", html.encode("utf-8"))


def kinds(html: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in read(html).parts if p.kind != "alt"]


def exact(html: str, part) -> bool:
    start = part.source_offset(0)
    return html[start:start + len(part.text)] == part.text


def test_a_docs_export_gives_headline_byline_and_date_line():
    doc = read(DOCS)
    assert kinds(DOCS)[:4] == [("headline", "Students march for longer library hours"),
                               ("byline", "By Priya Raman"), ("dateline", "Dec. 2, 2026"),
                               ("paragraph", "About 200 students marched on Monday, Dec. 1, Alex Romero said.")]
    assert str(doc.published) == "2026-12-02" and doc.published_from == "date line"
    assert all(exact(DOCS, p) for p in doc.parts)


def test_the_title_and_subtitle_styles_are_headline_and_dek():
    for html in (TITLED, WORD):
        doc = read(html)
        assert doc.first("headline").text == LONG and exact(html, doc.first("headline"))
        assert [k for k, _ in kinds(html)][-3:] == ["byline", "dateline", "paragraph"]
        assert str(doc.published) == "2026-12-02"
    assert read(TITLED).first("dek").text == "They want the doors open late"


def test_the_wrong_weekday_is_found_and_no_headline_is_missing():
    config = Config(select=("titles.missing-headline", "dates.weekday-mismatch"))
    story = DOCS.replace("Monday, Dec. 1", "Wednesday, Dec. 1")
    got = [(d.rule, story[d.offset:d.end_offset]) for d in lint_text(story, "story.html", config=config)]
    assert got == [("dates.weekday-mismatch", "Wednesday, Dec. 1")]


def test_a_cms_fragment_is_not_read_so():
    fragment = LINES.replace('class="c3"', 'class="body"')
    assert [k for k, _ in kinds(fragment)] == ["paragraph"] * 4
    assert read(fragment).published is None
