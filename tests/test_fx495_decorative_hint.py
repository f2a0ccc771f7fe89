"""fx495: missing-alt's decorative hint names the form's own empty-alt mark
(qa347 #4): front matter writes it in its own language, HTML as `alt=""`,
and formats with no mark (Markdown, NITF) get no hint."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes

CAPTIONS = Config(select=["captions"])
BODY = "Volunteers stacked sandbags all night, the mayor said.\n"


def missing_alt(name: str, text: str) -> list[tuple[str, str]]:
    """(message, source under the finding) of each captions.missing-alt finding."""
    doc = read_bytes(name, text.encode("utf-8"))
    diags = lint_document(doc, active_rules(CAPTIONS), CAPTIONS).diagnostics
    return [(d.message, doc.source[d.offset:d.end_offset]) for d in diags if d.rule == "captions.missing-alt"]


@pytest.mark.parametrize("front, mark", [
    ("---\ntitle: Levee holds\nimage:\n  src: levee.jpg\n---\n", 'alt: ""'),
    ("---\ntitle: Levee holds\nimages:\n  - src: levee.jpg\n---\n", 'alt: ""'),
    ('+++\ntitle = "Levee holds"\n[image]\nsrc = "levee.jpg"\n+++\n', 'alt = ""'),
    ('{\n"title": "Levee holds",\n"image": {"src": "levee.jpg"}\n}\n', '"alt": ""'),
])
def test_a_front_matter_hint_names_the_front_matter_s_own_mark(front, mark):
    [(msg, _)] = missing_alt("page.md", front + "\n" + BODY)
    assert msg.endswith(f"({mark} marks a purely decorative image)") and 'alt=""' not in msg


@pytest.mark.parametrize("front", [
    "---\ntitle: Levee holds\nimage:\n  src: levee.jpg\n  alt: \"\"\n---\n",
    '+++\ntitle = "Levee holds"\n[image]\nsrc = "levee.jpg"\nalt = ""\n+++\n',
    '{\n"title": "Levee holds",\n"image": {"src": "levee.jpg", "alt": ""}\n}\n',
])
def test_the_mark_the_hint_names_is_one_the_reader_takes_as_decorative(front):
    assert missing_alt("page.md", front + "\n" + BODY) == []


def test_html_keeps_its_own_mark_and_span():
    assert missing_alt("page.html", '<p><img src="levee.jpg"></p>') == [
        ("image 'levee.jpg' has no alt text: describe it for readers who cannot see it "
         '(alt="" marks a purely decorative image)', "")]


def test_markdown_and_nitf_still_give_no_hint():
    [(md, _)] = missing_alt("page.md", "![](levee.jpg)\n\n" + BODY)
    assert "decorative" not in md
    nitf = ('<nitf><body><body.content><p>The board met.</p><media media-type="image">'
            '<media-reference source="barge.jpg" alternate-text=""/></media></body.content></body></nitf>')
    [(msg, _)] = missing_alt("story.xml", nitf)
    assert "decorative" not in msg
