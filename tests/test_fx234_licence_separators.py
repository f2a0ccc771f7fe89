"""fx234: a licence line ending in a separator (nu41 #1), "/ via" a source
after a licence (nu41 #2), a spaced slash before a licence inside a
bracketed credit (nu41 #3), and guards that a credit's own spaced slash or
empty slot beside a licence is still a malformed credit."""
from __future__ import annotations

import pytest

from lint.analysis import credit_licences, credits
from lint.analysis.credits import read_credit
from lint.engine import active_rules, lint_document
from lint.kinds import caption_malformed_credit
from lint.readers import read_bytes
from story_helpers import CAPTIONS, licence_markdown as _markdown, licence_page as _page, text_story as _text


_SOURCES = {"story.html": _page, "story.md": _markdown, "story.txt": _text}


def _read(caption: str, name: str = "story.html"):
    """(source, diagnostics, credits): each credit part as (text, the
    source from its first character's offset to its end's)."""
    src = _SOURCES[name](caption)
    doc = read_bytes(name, src.encode("utf-8"))
    found = lint_document(doc, active_rules(CAPTIONS), CAPTIONS).diagnostics
    placed = []
    for part in doc.parts:
        if part.kind == "credit":
            placed.append((part.text, src[part.source_offset(0):part.source_offset(len(part.text))]))
    return src, found, placed


# nu41 #1: the licence line ends the figcaption, with a separator after it.
@pytest.mark.parametrize("separator", [" /", ",", ";", " |"])
@pytest.mark.parametrize("caption, credit", [
    ("Water rises. (AP Photo/Jane Doe)<br>CC BY-SA 4.0{}", "(AP Photo/Jane Doe)"),
    ("Water rises.<br>Jane Doe<br>CC BY-SA 4.0{}", "Jane Doe"),
    ("A tree.<br>Photo: John Doe<br>CC BY 2.0{}", "Photo: John Doe"),
    ("Water rises in Lima on Monday. (AP Photo/Jane Doe)<br>CC BY-SA 4.0{}<br>CC BY-SA 3.0",
     "(AP Photo/Jane Doe)"),
])
def test_a_licence_line_ending_in_a_separator_reads_as_without_it(caption, credit, separator):
    _, plain, plain_credits = _read(caption.format(""))
    _, found, placed = _read(caption.format(separator))
    assert [d.rule for d in found] == [d.rule for d in plain] == []
    assert placed == plain_credits == [(credit, credit)]


@pytest.mark.parametrize("text, credit, note", [
    ("Water rises. (AP Photo/Jane Doe)\nCC BY-SA 4.0 /", "(AP Photo/Jane Doe)", "\nCC BY-SA 4.0 /"),
    ("Water rises. Photo: Kim Park, CC BY-SA 3.0 /", "Photo: Kim Park", ", CC BY-SA 3.0 /"),
    ("Water rises. (Photo: Kim Park, CC BY 2.0 |)", "(Photo: Kim Park, CC BY 2.0 |)", ", CC BY 2.0 |"),
])
def test_the_separator_after_the_last_note_is_set_aside_with_it(text, credit, note):
    span, notes = read_credit(text)
    assert text[slice(*span)] == credit
    assert [text[a:b] for a, b in notes] == [note]


@pytest.mark.parametrize("name", ["story.md", "story.txt"])
@pytest.mark.parametrize("caption", [
    "Marchers pass the courthouse. Photo: Kim Park, CC BY-SA 3.0 /",
    "Marchers pass the courthouse. (AP Photo/Kim Park)<br>CC BY-SA 3.0 /",
])
def test_a_trailing_separator_in_markdown_and_text_captions(caption, name):
    if name == "story.txt" and "<br>" in caption:
        caption = caption.replace("<br>", ", ")
    _, found, _ = _read(caption, name)
    assert [d.rule for d in found] == []


# nu41 #2: "via" and a source after a licence is the licence's source.
@pytest.mark.parametrize("caption, name", [
    ("A fallen tree rests on a power line.<br>Photo: John Doe<br>CC BY 2.0 /<br>via Wikimedia Commons",
     "story.html"),
    ("A fallen tree rests on a power line. Photo: John Doe, CC BY 2.0 / via Wikimedia Commons", "story.html"),
    ("A fallen tree rests on a power line. Photo: John Doe, CC BY 2.0 / via Wikimedia Commons", "story.md"),
    ("A fallen tree rests on a power line. Photo: John Doe, CC BY 2.0 / via Wikimedia Commons", "story.txt"),
])
def test_via_a_source_after_a_licence_is_no_malformed_credit(caption, name):
    _, found, placed = _read(caption, name)
    assert [d.rule for d in found] == []
    credit = caption[caption.index("Photo:"):]       # the note between name and source stays in it
    assert placed == [(credit.replace("<br>", "\n"), credit)]


# nu41 #3: a spaced slash before a licence inside a bracketed credit.
@pytest.mark.parametrize("name", ["story.html", "story.md", "story.txt"])
@pytest.mark.parametrize("caption", [
    "Marchers pass the courthouse. (Photo: Kim Park / CC BY-SA 3.0)",
    "Marchers pass the courthouse. (Photo: Kim Park / CC BY 2.0)",
    "Marchers pass the courthouse. Photo: Kim Park / CC BY-SA 3.0",
    "Marchers pass the courthouse. Photo: Kim Park / CC BY 2.0 / via Flickr",
])
def test_a_spaced_slash_before_a_licence_in_brackets_is_the_notes_gap(caption, name):
    _, found, placed = _read(caption, name)
    assert [d.rule for d in found] == []
    assert len(placed) == 1 and placed[0][0] == placed[0][1]


# A bare name before a note is no credit (docs/captions.md), so a figure's
# caption misses one; but its slash is no malformed credit either.
@pytest.mark.parametrize("name, rules", [("story.html", ["captions.missing-credit"]),
                                         ("story.md", ["captions.missing-credit"]), ("story.txt", [])])
def test_a_bare_name_and_a_licence_in_brackets_is_no_malformed_credit(name, rules):
    _, found, _ = _read("Marchers pass the courthouse. (Kim Park / CC BY-SA 3.0)", name)
    assert [d.rule for d in found] == rules


# Guards: a credit's own spaced slash or empty slot is still malformed,
# beside a licence too, and is reported at its place.
_OWN_FAULTS = [
    ("Marchers pass the courthouse. Jane Doe / AP", " / ", "spaces around the slash"),
    ("Marchers pass the courthouse. AP / Jane Doe", " / ", "spaces around the slash"),
    ("Marchers pass the courthouse. Photo: Jane Doe /", "/", "nothing after the slash"),
    ("Marchers pass the courthouse. (Photo: Jane Doe /)", "/", "nothing after the slash"),
    ("Marchers pass the courthouse. (Photo: Jane Doe / AP / CC BY 2.0)", " / ", "spaces around the slash"),
    ("Marchers pass the courthouse. Photo: Jane Doe / Flickr, CC BY 2.0 / via Wikimedia Commons", " / ",
     "spaces around the slash"),
]
# Plain text reads these lines as prose, not captions (a gap of its own).
_OWN_FAULTS_HTML = [
    ("Marchers pass the courthouse. Jane Doe / AP (CC BY 2.0)", " / ", "spaces around the slash"),
    ("Marchers pass the courthouse. Jane Doe / AP, CC BY 2.0 /", " / ", "spaces around the slash"),
]


@pytest.mark.parametrize("caption, fault, problem, name",
                         [(*case, name) for case in _OWN_FAULTS for name in ("story.html", "story.txt")]
                         + [(*case, "story.html") for case in _OWN_FAULTS_HTML])
def test_a_credits_own_malformed_slash_beside_a_licence_is_still_reported(caption, fault, problem, name):
    src, found, _ = _read(caption, name)
    assert [d.rule for d in found] == ["captions.malformed-credit"]
    assert problem in found[0].message
    line_start = src.index(caption.split(". ", 1)[0])
    at = src.index(fault, line_start + len("Marchers pass the courthouse."))
    line = src.count("\n", 0, at) + 1
    column = at - (src.rfind("\n", 0, at) + 1) + 1
    assert (found[0].line, found[0].column, found[0].end_column) == (line, column, column + len(fault))


@pytest.mark.parametrize("credit, fault", [
    ("Jane Doe / AP", " / "),
    ("AP / Jane Doe / CC BY 2.0", " / "),
    ("Jane Doe /", "/"),
])
def test_a_markup_credits_own_malformed_slash_is_still_reported(credit, fault):
    src, found, _ = _read(f'Water rises in Lima. <span class="credit">{credit}</span>')
    assert [d.rule for d in found] == ["captions.malformed-credit"]
    at = src.index(fault, src.index(credit))
    assert found[0].column == at - (src.rfind("\n", 0, at) + 1) + 1


# rr41a §3: the malformed-credit check reads the notes the caption's credit
# reading set aside, not the credit's text again.
def test_the_notes_are_set_aside_once_per_caption(monkeypatch):
    calls = []
    real = credit_licences.set_aside

    def counted(text, *args):
        calls.append(text)
        return real(text, *args)
    monkeypatch.setattr(credits, "set_aside", counted)
    monkeypatch.setattr(caption_malformed_credit, "set_aside", counted, raising=False)
    _, found, placed = _read("Marchers pass the courthouse. Jane Doe (CC BY 2.0) / Flickr", "story.md")
    assert [d.rule for d in found] == [] and placed[0][0] == "Jane Doe (CC BY 2.0) / Flickr"
    assert len(calls) == 1
