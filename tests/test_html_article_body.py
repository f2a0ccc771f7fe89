"""A page whose story is only in its JSON-LD articleBody (rendered by script):
the field is read as the story, with exact positions (`_html_body`).

Every page is written for the test, with the page chrome of `test_html_pages`.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT
from test_html_pages import STORY, page
from lint import lint_text
from lint.readers import read_bytes

NAME = "JSON-LD articleBody"
# Paragraphs of a story the HTML does not show; each has about 60 words.
BODY = [
    "The Valley Water District said on Monday it would close the Cedar Street pumping station "
    "for six weeks while crews replace two pumps that failed during the summer heat, leaving "
    "about 900 homes on the east side with low pressure in the evenings. Engineers found cracks "
    "in both pump housings during an inspection last month.",
    "District manager Ilse Moreau said the work would start on January 15 and that residents "
    "would be served from the reservoir on Ridge Road in the meantime. \"Nobody will lose "
    "water,\" she said, though pressure could dip at peak hours for a few days after the "
    "switch while the valves are balanced.",
    "The repairs will cost $2.1 million, paid from a reserve fund the board set aside in 2024. "
    "Moreau\u2019s staff will post daily updates on the district website and send text alerts "
    "to customers who sign up, and a hotline will stay open until the station is back in "
    "service early in the spring.",
    "Board member Rafael Ortiz said the district would also study whether the station should "
    "be moved to higher ground, since the creek beside it flooded twice in the past decade "
    "and the insurer has raised its premium each year since the second flood.",
]
CAPTION = "Crews at the Cedar Street pumping station on Monday."


def ld(body: str, kind: str = "NewsArticle", raw: str | None = None) -> str:
    """A JSON-LD block whose articleBody is `body` written the way pages write
    it: non-ASCII as \\uXXXX, slashes as \\/ (or `raw` JSON text as is)."""
    value = raw if raw is not None else json.dumps(body).replace("/", "\\/")
    return ('<script type="application/ld+json">{"@context":"https:\\/\\/schema.org",'
            f'"@type":"{kind}","headline":"Water district shuts pumping station",'
            f'"articleBody":{value}}}</script>')


def read(src: str):
    return read_bytes("page.html", src.encode("utf-8"))


def body_parts(doc):
    return [p for p in doc.parts if p.name == NAME]


def at(src: str, offset: int) -> tuple[int, int]:
    line = src.count("\n", 0, offset) + 1
    return line, offset - (src.rfind("\n", 0, offset) + 1) + 1


def test_a_story_shown_only_by_script_is_read_from_article_body():
    src = page(head=ld("\n\n".join(BODY)), story=[CAPTION])
    doc = read(src)
    assert [p.text for p in body_parts(doc)] == BODY
    assert [p.kind for p in body_parts(doc)] == ["paragraph"] * 4
    assert CAPTION not in [p.text for p in doc.parts if p.kind == "paragraph"]
    [notice] = [n for n in doc.notices if n.rule == "file.article-body"]
    assert "JSON-LD articleBody" in notice.message
    assert src[notice.offset:notice.offset + 5] == '"The '
    assert not [n for n in doc.notices if n.rule == "file.no-story"]


def test_escapes_and_character_references_map_back_to_their_source():
    # \" and \u2019 escapes, \/ and HTML references (&amp;, &#8217;) in one paragraph.
    first = ("Residents of Mill &amp; Cedar streets said the district\\u2019s notice came late; "
             "Ilse Moreau said \\\"the letters went out\\\" on January 15 and the work\\/repair "
             "crews arrive at 7 a.m. to start. It&#8217;s the first closure since 2019.")
    raw = json.dumps("\n".join(BODY[1:]))[1:-1]
    src = page(head=ld("", raw=f'"{first}\\r\\n{raw}"'), story=[CAPTION])
    doc = read(src)
    parts = body_parts(doc)
    assert parts[0].text == ("Residents of Mill & Cedar streets said the district\u2019s notice came "
                             "late; Ilse Moreau said \"the letters went out\" on January 15 and the "
                             "work/repair crews arrive at 7 a.m. to start. It\u2019s the first "
                             "closure since 2019.")
    assert [p.text for p in parts[1:]] == BODY[1:]
    # Every plain character sits at its own place in the source.
    for part in parts:
        for i, ch in enumerate(part.text):
            if ch not in "&\"\u2019/":
                assert src[part.source_offset(i)] == ch
    # A finding after the escapes points at the right line and column.
    found = [d for d in lint_text(src, "page.html") if d.rule == "style.month-abbreviation"]
    offsets = [src.index("January 15"), src.index("January 15", src.index("January 15") + 1)]
    assert [(d.line, d.column) for d in found] == [at(src, o) for o in offsets]


def test_a_fix_inside_article_body_keeps_the_json_valid(tmp_path):
    from lint.config import Config
    from lint.fixes import fix_bytes
    src = page(head=ld("\n\n".join(BODY)), story=[CAPTION])
    out = fix_bytes("page.html", src.encode("utf-8"), Config())
    fixed = out.data.decode("utf-8")
    start = fixed.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    value = json.loads(fixed[start:fixed.index("</script>", start)])
    assert "on Jan. 15 and" in value["articleBody"]


def test_a_tiny_html_story_gives_way_and_a_fair_one_does_not():
    long = BODY + BODY                             # about 410 words: a fifth is 82
    tiny = STORY[:2]                               # about 60 words with the page's teaser
    doc = read(page(head=ld("\n".join(long)), story=tiny))
    assert [p.text for p in body_parts(doc)] == long
    assert STORY[0] not in [p.text for p in doc.parts if p.kind == "paragraph"]
    [notice] = [n for n in doc.notices if n.rule == "file.article-body"]
    assert "HTML shows" in notice.message
    fair = read(page(head=ld("\n".join(long)), story=STORY))   # over a fifth
    assert not body_parts(fair)
    assert [p.text for p in fair.parts if p.kind == "paragraph"] == STORY
    assert not [n for n in fair.notices if n.rule == "file.article-body"]


def test_a_short_article_body_never_stands_in():
    short = BODY[0]                                # about 55 words: under MIN_WORDS
    doc = read(page(head=ld(short), story=[CAPTION]))
    assert not body_parts(doc)
    assert not [n for n in doc.notices if n.rule == "file.article-body"]
    # nothing stood in for the missing story: the page still says it has none
    assert [n.rule for n in doc.notices] == ["file.no-story"]
    assert "(no paragraph matched)" in doc.notices[0].message


def test_a_page_whose_html_shows_the_story_ignores_article_body():
    doc = read(page(head=ld("\n\n".join(STORY))))
    assert not body_parts(doc)
    assert [p.text for p in doc.parts if p.kind == "paragraph"] == STORY


@pytest.mark.parametrize("escape", [lambda t: t, lambda t: t.replace("<", "\\u003c"),
                                    lambda t: t.replace("<", "&lt;").replace(">", "&gt;")],
                         ids=["raw", "json-escaped", "entity-escaped"])
def test_html_block_tags_in_article_body_break_paragraphs(escape):
    tagged = "".join(f"<p>{p.replace('Moreau', '<a href=x>Moreau</a>')}</p>" for p in BODY)
    raw = escape(json.dumps(tagged).replace("</", "<\\/"))
    doc = read(page(head=ld("", raw=raw), story=[CAPTION]))
    assert [p.text for p in body_parts(doc)] == BODY


def test_broken_json_ld_is_no_crash_and_at_most_one_notice():
    cut = json.dumps(" ".join(BODY))[:-40]          # the string never ends
    for raw in (cut, '"' + " ".join(BODY) + '\\', "[1, 2", '"' + " ".join(BODY) + '" ]]]}'):
        doc = read(page(head=ld("", raw=raw), story=[CAPTION]))
        assert len([n for n in doc.notices if n.rule == "file.article-body"]) <= 1
        lint_text(page(head=ld("", raw=raw), story=[CAPTION]), "page.html")


def test_a_cms_fragment_never_reads_article_body():
    fragment = f"<p>{CAPTION}</p>" + ld("\n\n".join(BODY))
    doc = read(fragment)
    assert not body_parts(doc)


def test_newslint_parse_shows_the_article_body_parts(tmp_path):
    src = page(head=ld("\n\n".join(BODY)), story=[CAPTION])
    path = tmp_path / "page.html"
    path.write_text(src, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "lint", "parse", "--format", "json", str(path)],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout
    parts = [p for p in json.loads(out)[0]["parts"] if p["text"] in BODY]
    assert [p["text"] for p in parts] == BODY
    start = src.index(BODY[1][:30])
    assert (parts[1]["line"], parts[1]["column"]) == at(src, start)


def test_a_huge_json_ld_string_is_read_without_running_out_of_memory():
    # 5 MB is under the 10 MB file limit; a per-character string pattern
    # raised MemoryError (exit 2 for the whole run) on it.
    from lint.readers._html_jsonld import parse
    body = "The district closed the station. " * 160_000
    block = '{"@type": "NewsArticle", "articleBody": "' + body + '\\n\\"End.\\""}'
    token = parse(block, 0, len(block))["articleBody"]
    assert (token.start, token.end) == (block.index('"The'), len(block) - 1)
