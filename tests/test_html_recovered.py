"""Story text a page's template hides from the main-content extractor (issue
10, body recall): a video's transcript in the story's `<footer>`, and a
story picture whose file is named like a logo. Every page here is written
for the test."""
from __future__ import annotations

from test_html_pages import STORY, page, read, rules, texts

TRANSCRIPT = [
    "Narrator: The island ferries have run since 1962, and the oldest two still carry the "
    "morning commuters across the strait.",
    "Marta Quinn: We have patched these hulls for a decade, and the island deserves better boats.",
]
# Share buttons between the story and its transcript: enough lines that the
# transcript lies outside the stretch of the page parsed round the story.
SHARE_BAR = "\n".join(f'<div class="share-row"><a href="https://www.facebook.com/sharer/sharer.php?u=x{i}">'
                      f'Share</a></div>' for i in range(30))


def transcript_box(paras=TRANSCRIPT, name='id="transcript"'):
    inner = "\n".join(f"<p>{p}</p>" for p in paras)
    return (f'<div {name}><dl><dt>Transcript:</dt><dd>'
            f'<a href="#show" id="transcriptButton" class="reveal">Show Transcript</a>'
            f'<div id="transcriptContent">{inner}</div></dd></dl></div>')


def test_a_transcript_in_the_storys_footer_is_story_text_at_its_place():
    src = page(after=f"{SHARE_BAR}\n<footer id=\"meta-data\">{transcript_box()}</footer>")
    doc = read(src)
    paras = [p for p in doc.parts if p.kind == "paragraph"]
    assert [p.text for p in paras] == STORY + ["Transcript:"] + TRANSCRIPT
    for part in paras[-2:]:
        start, end = part.source_span(0, len(part.text))
        assert src[start:end] == part.text
    assert "Show Transcript" not in " ".join(p.text for p in doc.parts)


def test_a_transcripts_faults_are_found():
    bad = ["Narrator: The ferries run every day. said Quinn, \u201cthey will run again.\u201d\u201d"]
    box = transcript_box(bad, 'class="video-transcript"')
    src = page(after=f"{SHARE_BAR}\n<footer>{box}</footer>")
    assert "quotes.unbalanced" in rules(src)


def test_a_transcript_right_after_the_story_outside_its_article_is_read():
    after = f"</article>\n{SHARE_BAR}\n<footer>{transcript_box()}</footer>\n<aside"
    src = page().replace("</article>\n<aside", after, 1)
    assert texts(read(src), "paragraph")[-2:] == TRANSCRIPT


def test_a_transcript_past_other_page_text_is_not_the_storys():
    end = "<p>Subscribe to our newsletter</p></footer>"
    src = page().replace(end, end.replace("</footer>", f"{transcript_box()}</footer>"), 1)
    assert texts(read(src), "paragraph") == STORY


PICTURE = ('<table><tr><td><img src="/images/board-logo.jpg" alt="The Harbour Board\'s logo" '
           '{size}></td></tr><tr><td>The Harbour Board\'s new logo, unveiled with the vote.'
           '<br><span>Credit: Harbour Board</span></td></tr></table>')


def test_a_large_picture_named_like_a_logo_is_a_story_picture():
    doc = read(page(middle=PICTURE.format(size='style="width:270px;"')))
    assert texts(doc, "alt") == ["The Harbour Board's logo"]
    assert any("logo, unveiled" in p.text for p in doc.parts if p.kind in ("caption", "paragraph"))


def test_a_small_logo_stays_page_furniture():
    doc = read(page(middle=PICTURE.format(size='width="48"')))
    assert not texts(doc, "alt")
