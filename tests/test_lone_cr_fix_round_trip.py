"""qa282 #1: --fix never corrupts a file, whatever its line ends. A story
fixed with LF, CRLF or lone-CR line ends comes out the same but for those
line ends: a fix across a lone CR (read as LF, `lint.line_end_fix`) is written
with the file's CR, and a range wrapped over two lines is fixed whole in
each. Synthetic stories; the wraps' places are drawn with a fixed seed."""
from __future__ import annotations

import random

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes

HED = "Council votes on bridge\n\n"
BODIES = [
    "The call runs 1:00 until\n 5:00 PM on Friday.",
    "The call runs 1:00 to\n\t5:00 PM on Friday, the clerk said.",
    "The fair runs 11 until\n 12 noon on Friday.",
    "Doors open 7 pm-\n9 pm daily, officials said.",
    "The the council met at 7\npm on Tuesday.",
    "The vote was held on Wed.\nDec. 3, the clerk said.",
    "The meeting starts at 10:00\nAM and ends at 12 noon.",
]
ENDS = ["\n", "\r\n", "\r"]


def _fixed(body: str, end: str) -> str:
    data = (HED + body + "\n").replace("\n", end).encode("utf-8")
    return fix_bytes("story.txt", data, Config()).fixed


def _wrapped(rng: random.Random, body: str) -> str:
    spaces = [i for i, c in enumerate(body) if c == " "]
    at = rng.choice(spaces)
    return body[:at] + rng.choice(["\n", "\n ", " \n", "\n\t"]) + body[at + 1:]


def _cases() -> list[str]:
    rng = random.Random(424)
    return BODIES + [_wrapped(rng, rng.choice(BODIES).replace("\n", " ")) for _ in range(12)]


@pytest.mark.parametrize("body", _cases())
def test_a_story_is_fixed_alike_with_lf_crlf_and_lone_cr_line_ends(body):
    lf = _fixed(body, "\n")
    assert "\r" not in lf
    for end in ENDS[1:]:
        got = _fixed(body, end)
        assert got == lf.replace("\n", end), (repr(end), got, lf)


def test_a_lone_cr_range_over_a_wrap_is_one_finding_with_the_file_s_line_end():
    data = (HED + BODIES[0] + "\n").replace("\n", "\r").encode("utf-8")
    [d] = lint_bytes("story.txt", data, Config(select=("style.time-of-day",))).diagnostics
    assert d.message == "AP style time form: '1:00 until 5:00 PM' -> '1 until 5 p.m.'"
    assert d.fix.replacement == "1 until\r 5 p.m."


def test_nearest_a_lf_wrap_in_a_lone_cr_file_keeps_its_lf():
    # the span's own LF is the file's (verbatim): the fix writes it as it stands
    data = (HED.replace("\n", "\r") + "The call runs 1:00 until\n 5:00 PM on Friday.\r").encode("utf-8")
    fixed = fix_bytes("story.txt", data, Config(select=("style.time-of-day",))).fixed
    assert fixed == HED.replace("\n", "\r") + "The call runs 1 until\n 5 p.m. on Friday.\r", repr(fixed)


# qa289 #2: each refusal in `line_end_fix.line_end_fix` is needed by one of these.
def _fixed_as_is(body: str, end: str) -> str:
    """`body` fixed under HED with `end` line ends, its own line ends kept."""
    data = (HED.replace("\n", end) + body + end).encode("utf-8")
    return fix_bytes("story.txt", data, Config()).fixed


def test_a_lone_cr_span_before_a_lf_is_fixed_as_with_one_line_end():
    # a LF right after the span is no reason to refuse (the span ends before it);
    # it was refused, and the time was left as it stood
    body = "The meeting starts at 10:00{}AM\nand ends at 12 noon."
    got = _fixed_as_is(body.format("\r"), "\r")
    assert got == HED.replace("\n", "\r") + "The meeting starts at 10\ra.m.\nand ends at noon.\r", repr(got)
    assert _fixed_as_is(body.format("\n"), "\n") == HED + "The meeting starts at 10\na.m.\nand ends at noon.\n"


def test_a_span_holding_a_lone_cr_and_a_lf_is_fixed_whole_keeping_both_line_ends():
    # the span's LF is the file's and its CR a lone CR: each is written back as it
    # stands (qa295 #1, `line_end_fix`); it was refused, its end alone fixed
    got = _fixed_as_is("The call runs 1:00 to\r5:00\nPM on Friday.", "\r")
    assert got == HED.replace("\n", "\r") + "The call runs 1 to\r5\np.m. on Friday.\r", repr(got)


@pytest.mark.parametrize("para", ["The call runs 1:00 until\n5:00&nbsp;PM on Friday.",
                                  "The call runs 1:00&#32;until\n5:00 PM on Friday."])
def test_a_lone_cr_span_with_a_character_reference_is_fixed_as_with_lf(para):
    # the span read with LF is still not verbatim (`Part.is_verbatim`): its
    # references stay as written, as they do in the LF file
    page = "<html><body><h1>Bridge</h1><p>" + para + "</p></body></html>\n"
    fixed = {end: fix_bytes("story.html", page.replace("\n", end).encode("utf-8"), Config()).fixed
             for end in ("\n", "\r")}
    assert fixed["\r"] == fixed["\n"].replace("\n", "\r"), fixed
    assert "&nbsp;" in fixed["\r"] or "&#32;" in fixed["\r"], fixed


NITF = ('<?xml version="1.0"?>\n<nitf><body><body.head><hedline><hl1>Council votes</hl1></hedline>'
        '</body.head><body.content>\n<p>The call runs 1:00 until\n5:00 PM on Friday.</p>\n</body.content>'
        '</body></nitf>\n')
WXR = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
       'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">\n'
       '<channel><title>Site</title>\n<item><title>Council votes</title><wp:post_id>12</wp:post_id>'
       '<wp:post_type>post</wp:post_type><wp:status>publish</wp:status>\n'
       '<content:encoded><![CDATA[The call runs 1:00 until\n5:00 PM on Friday.]]></content:encoded></item>\n'
       '</channel></rss>\n')


# qa289 #1: the XML parser reads a CRLF as LF, so a CRLF export's wrapped range
# was fixed by its end alone; it is now fixed whole, written with the CRLF.
@pytest.mark.parametrize("name, text", [("story.nitf", NITF), ("export.xml", WXR)])
def test_an_xml_story_is_fixed_alike_with_lf_crlf_and_lone_cr_line_ends(name, text):
    fixed = {end: fix_bytes(name, text.replace("\n", end).encode("utf-8"), Config()).fixed for end in ENDS}
    assert "1 until\n5 p.m." in fixed["\n"]
    for end in ENDS[1:]:
        assert fixed[end] == fixed["\n"].replace("\n", end), (repr(end), fixed[end])


# qa295 #1: a range wrapped twice, once at a lone CR and once at the file's own
# LF (or CRLF), was fixed by its end alone; each of its line ends is now written
# back as it stands (`line_end_fix`).
@pytest.mark.parametrize("end", ["\n", "\r\n"])
def test_qa295_a_range_wrapped_at_a_lone_cr_and_at_the_file_s_line_end_is_fixed_whole(end):
    body = "The call runs 1:00\runtil 5:00" + end + "PM on Friday."
    got = _fixed_as_is(body, end)
    assert got == HED.replace("\n", end) + "The call runs 1\runtil 5" + end + "p.m. on Friday." + end, repr(got)


# qa295 #2: each fix across a lone CR copied the whole source (twice: once to
# tell whether it is refused, once to write it), so a long lone-CR file (a WXR
# export) with many wrapped findings cost file size x findings. Now the span is
# read with its CRs as LF on the source itself: `Part.is_verbatim` sees one
# source string for the whole file, as in a LF file, whatever the findings.
@pytest.mark.parametrize("line_end", ["\n", "\r"])
def test_qa295_fixes_across_lone_crs_do_not_copy_the_source_per_finding(monkeypatch, line_end):
    from lint import document
    seen = []
    verbatim = document.Part.is_verbatim

    def recording(self, source, start, end, **kw):
        seen.append(source)         # (kept alive, so distinct objects have distinct ids)
        return verbatim(self, source, start, end, **kw)
    monkeypatch.setattr(document.Part, "is_verbatim", recording)
    body = HED + "".join("The call runs 1:00 until\n5:00 PM on Friday.\n\n" for _ in range(40))
    result = lint_bytes("story.txt", body.replace("\n", line_end).encode("utf-8"), Config(select=("style.time-of-day",)))
    assert sum(d.fix is not None for d in result.diagnostics) == 40
    assert seen and len({id(s) for s in seen}) == 1, len({id(s) for s in seen})
