"""qa289 #1, qa295 #1: a range wrapped over a line end is fixed whole in a
.txt, .md, NITF and WXR story whatever the file's line ends (LF, CRLF, lone
CR, or a lone CR inside a LF or CRLF file), written with each line end as it
stood (`lint.line_end_fix`); where that cannot be shown right the fix is
refused (its end alone fixed), never written wrong."""
from __future__ import annotations

import xml.dom.minidom

import pytest

from lint.config import Config
from lint.document import Part
from lint.engine import lint_bytes
from lint.fixes import fix_bytes, held_line
from lint.line_end_fix import line_end_fix
from lint.readers import read_bytes

TIME = Config(select=("style.time-of-day",))
PARA = "The call runs 1:00 until{W}5:00 PM on Friday, the clerk said."
STORIES = {
    "story.txt": "Council votes on bridge\n\n" + PARA + "\n",
    "story.md": "# Council votes on bridge\n\n" + PARA + "\n",
    "story.nitf": ('<?xml version="1.0"?>\n<nitf><body><body.head><hedline><hl1>Council votes</hl1>'
                   '</hedline></body.head><body.content>\n<p>' + PARA + '</p>\n</body.content></body></nitf>\n'),
    "export.xml": ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                   'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
                   'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel><title>Site</title>\n'
                   '<item><title>Council votes</title><wp:post_id>12</wp:post_id>'
                   '<wp:post_type>post</wp:post_type><wp:status>publish</wp:status>\n'
                   '<content:encoded><![CDATA[' + PARA + ']]></content:encoded></item>\n</channel></rss>\n'),
}
# (the file's line end, the wrap's): one form, and each form inside a file of another
ENDS = [("\n", "\n"), ("\r\n", "\r\n"), ("\r", "\r"), ("\n", "\r"), ("\r\n", "\r"), ("\r", "\n"), ("\r", "\r\n"),
        ("\n", "\r\n")]


def _story(name: str, end: str, wrap: str) -> bytes:
    return STORIES[name].replace("\n", end).replace("{W}", wrap).encode("utf-8")


@pytest.mark.parametrize("end, wrap", ENDS)
@pytest.mark.parametrize("name", STORIES)
def test_a_wrapped_range_is_fixed_whole_with_its_line_ends_as_they_stood(name, end, wrap):
    [d] = lint_bytes(name, _story(name, end, wrap), TIME).diagnostics
    assert d.message == "AP style time form: '1:00 until 5:00 PM' -> '1 until 5 p.m.'", d.message
    fixed = fix_bytes(name, _story(name, end, wrap), TIME).fixed
    want = STORIES[name].replace(PARA, PARA.replace("1:00", "1").replace("5:00 PM", "5 p.m."))
    assert fixed == want.replace("\n", end).replace("{W}", wrap), repr(fixed)
    assert not lint_bytes(name, fixed.encode("utf-8"), TIME).diagnostics
    if name.endswith(("nitf", "xml")):
        xml.dom.minidom.parseString(fixed.encode("utf-8"))      # still well-formed


NITF_REFS = ('<?xml version="1.0"?>\n<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n<nitf><body><body.head><hedline>'
             '<hl1>Council votes</hl1></hedline></body.head><body.content>\n'
             '<p>Smith &amp; Jones&#8217;s&nbsp;call runs 1:00 until\n5:00 PM on Friday.</p>\n</body.content></body></nitf>\n')


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_references_beside_a_range_over_a_crlf_are_kept(end):
    fixed = fix_bytes("story.nitf", NITF_REFS.replace("\n", end).encode("utf-8"), TIME).fixed
    assert fixed == NITF_REFS.replace("1:00 until\n5:00 PM", "1 until\n5 p.m.").replace("\n", end), repr(fixed)


@pytest.mark.parametrize("ref", ["&nbsp;", "&#32;"])
def test_nearest_a_reference_inside_a_range_over_a_crlf_is_refused_as_with_lf(ref):
    # the span is not its source but for its line ends: its end alone is fixed, alike
    story = NITF_REFS.replace("5:00 PM", "5:00" + ref + "PM").replace("1:00 until", "1:00" + ref + "until")
    fixed = {end: fix_bytes("story.nitf", story.replace("\n", end).encode("utf-8"), TIME).fixed
             for end in ("\n", "\r\n")}
    assert fixed["\r\n"] == fixed["\n"].replace("\n", "\r\n"), fixed
    assert "1:00" + ref in fixed["\r\n"], fixed["\r\n"]


def _part(source: str) -> Part:
    """A part whose text is `source` with each CRLF and lone CR read as LF (as
    an XML parser reads them), each character mapped to its source."""
    text, segments, j = "", [], 0
    while j < len(source):
        n = 2 if source.startswith("\r\n", j) else 1
        segments.append((len(text), j))
        text += "\n" if source[j] == "\r" else source[j]
        j += n
    return Part("paragraph", text, tuple(segments))


def test_a_fix_s_line_ends_are_written_one_by_one_as_the_span_s():
    source = "a 1:00\r\nuntil\r5:00\nPM b"
    part = _part(source)
    assert line_end_fix(source, part, 2, 18, "1\nuntil\n5\np.m.") == "1\r\nuntil\r5\np.m."


def test_nearest_mixed_line_ends_and_another_count_in_the_fix_are_refused():
    # which of the span's line ends the fix's one stands for cannot be told
    source = "a 1:00\r\nuntil\r5:00 PM b"
    part = _part(source)
    assert line_end_fix(source, part, 2, 18, "1 until\n5 p.m.") is None
    same = "a 1:00\r\nuntil\r\n5:00 PM b"      # one form: each is written so
    assert line_end_fix(same, _part(same), 2, 18, "1 until\n5 p.m.") == "1 until\r\n5 p.m."


def test_nearest_a_span_ending_in_a_crlf_read_as_lf_is_refused():
    # its end maps inside the CRLF: the fix would leave half of it
    source = "a 1:00\r\nb"
    assert line_end_fix(source, _part(source), 2, 7, "1\n") is None
    assert line_end_fix(source, _part(source), 2, 8, "1\nb") == "1\r\nb"


def test_nearest_a_reference_ending_a_span_over_a_crlf_is_refused():
    # the span's last "&" is read from "&amp;": its characters match, the reference does not
    source = "a\r\nb&amp; c"
    part = Part("paragraph", "a\nb& c", ((0, 0), (1, 1), (2, 3), (4, 9)))
    forms: list[str] = []
    assert part.is_verbatim(source, 0, 3, line_ends=forms) and forms == ["\r\n"]
    assert not part.is_verbatim(source, 0, 4, line_ends=[])
    assert line_end_fix(source, part, 0, 3, "A\nb") == "A\r\nb"
    assert line_end_fix(source, part, 0, 4, "A\nb&") is None


ORDINAL = Config(select=("style.date-ordinal",))


# qa309 #1: 'the 18th of May' -> 'May 18' drops every line end of its span, so none is to
# be placed, whatever their kinds: written whole, as over all-LF or all-CRLF line ends
MIXED = "the 18th\r\nof\rMay"
DATED = "The board met on " + MIXED + " in the hall, the clerk said."
DATED_STORIES = {name: story.replace("\n", "\r\n").replace(PARA, DATED) for name, story in STORIES.items()}


@pytest.mark.parametrize("name", DATED_STORIES)
def test_qa309_a_fix_with_no_line_end_over_mixed_line_ends_is_written_whole(name):
    story = DATED_STORIES[name]
    [d] = lint_bytes(name, story.encode("utf-8"), ORDINAL).diagnostics
    assert d.message == "AP style: no ordinal in a date: 'the 18th of May' -> 'May 18'", d.message
    fixed = fix_bytes(name, story.encode("utf-8"), ORDINAL).fixed
    head, tail = story.split(MIXED)
    assert fixed == head + "May 18" + tail, repr(fixed)       # every byte outside the span as it was
    assert not lint_bytes(name, fixed.encode("utf-8"), ORDINAL).diagnostics
    if name.endswith(("nitf", "xml")):
        xml.dom.minidom.parseString(fixed.encode("utf-8"))      # still well-formed


def test_qa309_a_fix_with_no_line_end_over_mixed_line_ends_unit():
    source = "a 18th\r\nof\rMay b"
    part = _part(source)
    assert line_end_fix(source, part, 2, 13, "May 18") == "May 18"
    assert line_end_fix(source, part, 2, 13, "May\n18") is None     # one of two: still not to be guessed
    assert line_end_fix(source, part, 2, 7, "18") is None           # its end inside the CRLF: still refused


# qa309 #2: a fix refused for mixed line ends is held as that, not as escapes; one
# that is not verbatim for another reason is held as before
def _judged(name: str, story: str, fix: str) -> str:
    """`Document.fix_judged`'s key for `fix` over 'the 18th ... May' in the story's text
    (whose line ends are as the reader holds them: a .txt keeps its CRLF)."""
    doc = read_bytes(name, story.encode("utf-8"))
    [part] = [p for p in doc.parts if "18th" in p.text]
    f_start = part.text.index("the 18th")
    f_end = part.text.index("May") + len("May")
    return doc.fix_judged(part, f_start, f_end, *part.source_span(f_start, f_end), fix)[0]


@pytest.mark.parametrize("name", ["story.txt", "story.nitf"])
def test_qa309_a_fix_refused_for_mixed_line_ends_is_held_as_that(name):
    story = DATED_STORIES[name]
    assert _judged(name, story, "May\n18") == "line-ends"    # one of two: which?
    assert _judged(name, story, "May 18") == ""
    [d] = lint_bytes(name, story.encode("utf-8"), ORDINAL).diagnostics
    line = held_line(name, {d: "line-ends"})
    assert "its line ends are of more than one kind (LF, CRLF, CR), and the fix cannot place its own " \
           "among them" in line and "escapes" not in line, line


def test_nearest_a_reference_in_a_span_of_mixed_line_ends_is_still_held_as_escaped():
    story = DATED_STORIES["story.nitf"].replace(MIXED, "the&#32;18th\r\nof\rMay")
    for fix in ("May\n18", "May 18"):
        assert _judged("story.nitf", story, fix) == "escaped"
