"""Plain text opening with a byline, a dated `Posted by` stamp or an AP slug
line above the hed (nu18 #1): the line is the byline, stamp or slug, and the
hed and the wire dateline under it are read as they are without it."""
from __future__ import annotations

from lint.readers import read_bytes

STORY = ("Storm knocks out power\n\n"
         "SEAHAVEN, Maine, Nov. 27 (AP) -- A storm knocked out power on Sunday, officials said.\n")


def read(text: str):
    return read_bytes("story.txt", text.encode("utf-8"))


def kinds(text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in read(text).parts]


def test_a_byline_above_the_hed_leaves_the_hed_and_the_dateline():
    got = kinds("By Dana Kowalczyk\n\n" + STORY)
    assert ("byline", "By Dana Kowalczyk") in got
    assert ("headline", "Storm knocks out power") in got
    assert ("dateline", "SEAHAVEN, Maine, Nov. 27 (AP) --") in got


def test_a_dated_posted_by_stamp_above_the_hed_leaves_the_hed_and_the_dateline():
    doc = read("Posted by Dana Kowalczyk | Nov. 30, 2026 9:14 AM\n\n" + STORY)
    got = [(p.kind, p.text) for p in doc.parts]
    assert ("headline", "Storm knocks out power") in got
    assert ("dateline", "SEAHAVEN, Maine, Nov. 27 (AP) --") in got
    assert str(doc.published) == "2026-11-30"


def test_an_ap_slug_line_above_the_hed_is_a_field_never_the_hed():
    for slug in ("BC-US--Storm-Power,0412", "BC-US--Maine Storm,1st Ld-Writethru"):
        got = kinds(slug + "\n\n" + STORY)
        assert got[0] == ("field", slug), slug
        assert ("headline", "Storm knocks out power") in got, slug


def test_a_byline_over_a_lede_gives_no_hed():
    text = ("By Dana Kowalczyk\n\n"
            "A gunman killed three people at a Denver mall on Saturday, police said in a statement late that night.\n")
    assert "headline" not in [k for k, _ in kinds(text)]


def test_a_byline_under_the_hed_stays_under_it():
    got = kinds("Storm knocks out power\nBy Dana Kowalczyk\n\nA storm knocked out power on Sunday, officials said.\n")
    assert got[:2] == [("headline", "Storm knocks out power"), ("byline", "By Dana Kowalczyk")]
