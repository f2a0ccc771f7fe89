"""`<br><br>` inside one `<p>` (`_html_breaks.second_br`): where it
ends a paragraph, and what it costs. The reading looks only at the text's
tail before the first break, so a `<p>` of thousands of breaks reads in
time in proportion to its length, with the answers a reading of the whole
text gives (re-read rr42a #17). A quote the paragraph after the break
closes without reopening it is reported as such (nu42 M2). Synthetic
input only."""
from __future__ import annotations

import random

import pytest

from lint import lint_text
from lint.readers import _html_breaks, _stitch, read_bytes
from story_helpers import ferry_page


class _Counting:
    """A pattern that counts the characters it is asked to search."""

    def __init__(self, pattern, read: list[int]):
        self.pattern, self.read = pattern, read

    def search(self, text):
        self.read.append(len(text))
        return self.pattern.search(text)


@pytest.mark.parametrize("line", ["the ferry goes out on the tide,", "we asked Dr.", "the tide is out."])
def test_a_paragraph_of_many_double_breaks_reads_only_each_breaks_tail(monkeypatch, line):
    read: list[int] = []
    for name in ("SENTENCE_END", "_NO_SENTENCE_END"):
        monkeypatch.setattr(_html_breaks, name, _Counting(getattr(_html_breaks, name), read))
    src = ferry_page("<p>" + (line + "<br><br>") * 2000 + "the end.</p>")
    doc = read_bytes("story.html", src.encode("utf-8"))
    paragraphs = [p.text for p in doc.parts if p.kind == "paragraph"]
    assert len(paragraphs) == (2001 if line.endswith(".") and "Dr." not in line else 1)
    assert read and max(read) < 4 * _html_breaks.TAIL_WORD_CHARS


def test_a_long_run_of_spaced_breaks_reads_its_white_space_once(monkeypatch):
    """`<br> <br> …`: each `<br>` after the first finds only space since the
    last one and so its line break standing; the white space is not walked
    back over at every break."""
    walks: list[int] = []
    real = _stitch.Builder.ends_on_a_new_line
    monkeypatch.setattr(_stitch.Builder, "ends_on_a_new_line", lambda self: walks.append(1) or real(self))
    doc = read_bytes("story.html", ferry_page("<p>We asked Dr." + "<br> " * 3000 + "Ames to help.</p>").encode())
    assert [p.text for p in doc.parts if p.kind == "paragraph"] == ["We asked Dr.\n" + " " * 3000 + "Ames to help."]
    assert len(walks) == 1


_TOKENS = ["word", "Dr.", "U.S.", "p.m.", "F.", "end.", "why?", "no!", "\u201d", "'", ")", "-", ",", " ", "\n", "  "]


def test_the_tail_reads_as_the_whole_text_does():
    rng = random.Random(256)
    for _ in range(3000):
        pieces = [rng.choice(_TOKENS) for _ in range(rng.randrange(1, 60))]
        whole = "".join(pieces)
        tail = _html_breaks._tail(pieces, len(pieces))
        assert whole.endswith(tail)
        for pattern in (_html_breaks.SENTENCE_END, _html_breaks._NO_SENTENCE_END):
            assert (pattern.search(tail) is None) == (pattern.search(whole) is None), (whole, tail)


LD, RD = "\u201c", "\u201d"


# nu42 M2: a quote left open at a paragraph's end, `<br><br>` in one `<p>`
# or a paragraph of its own, that the next paragraph closes without
# reopening: one finding at the open, which says the quote is closed in the
# next paragraph, not that it is "never closed".
@pytest.mark.parametrize("brk", ["<br><br>", "</p>\n<p>"])
def test_a_quote_closed_in_a_next_paragraph_that_does_not_reopen_it_says_so(brk):
    page = ferry_page("<p>" + LD + "Service starts at 6 a.m. on weekdays." + brk
                      + "Trains will run every 10 minutes," + RD + " Ruiz said.</p>",
                      "<p>The council meets on Tuesday.</p>")
    found = [d for d in lint_text(page, "story.html") if d.rule == "quotes.unbalanced"]
    assert [(d.line, d.column) for d in found] == [(5, 4)]
    assert "runs on into the next paragraph and closes there" in found[0].message
    assert "never closed" not in found[0].message


def test_a_quote_the_next_paragraph_never_closes_is_still_never_closed():
    page = ferry_page("<p>" + LD + "Service starts at 6 a.m. on weekdays.<br><br>Trains will run every 10 "
                      "minutes, Ruiz said.</p>", "<p>The council meets on Tuesday.</p>")
    found = [d for d in lint_text(page, "story.html") if d.rule == "quotes.unbalanced"]
    assert [(d.line, d.column) for d in found] == [(5, 4)]
    assert "it opens a quote that is never closed" in found[0].message


def _paragraphs(body: str) -> list[str]:
    doc = read_bytes("story.html", ferry_page(body).encode("utf-8"))
    return [p.text for p in doc.parts if p.kind == "paragraph"]


# rr42b #1: a paragraph that really ends on an abbreviation AP lets end a
# sentence ("4 p.m.", "the U.S.", "Jr.", "Inc.") before <br><br>: the text
# after the break tells whether a sentence opens there.
@pytest.mark.parametrize("end", ["at 4 p.m.", "at 10 a.m.", "in the U.S.", "to John Smith Jr.", "from Acme Inc."])
@pytest.mark.parametrize("after", ["The council will vote then.", "He said the vote was close.",
                                   LD + "We will vote then," + RD + " she said."])
def test_br_br_after_an_abbreviation_that_ends_the_sentence_ends_the_paragraph(end, after):
    assert _paragraphs(f"<p>The meeting went {end}<br><br>{after}</p>") == [f"The meeting went {end}", after]


@pytest.mark.parametrize("end", ["starts at 4 p.m.", "starts in the U.S."])
@pytest.mark.parametrize("reopen", [LD, "&ldquo;"])
def test_a_run_on_quote_over_br_br_after_a_sentence_final_abbreviation_is_no_fault(end, reopen):
    page = ferry_page("<p>Mayor Ellen Park said: " + LD + "We owe the riders an answer before the timetable " + end
                      + "<br><br>" + reopen + "The contract was signed in a hurry and nobody read it." + RD + "</p>",
                      "<p>The council meets on Tuesday.</p>")
    assert [d for d in lint_text(page, "story.html") if d.rule.startswith("quotes.")] == []


# Guard: a name, a day or lower case after the break, a title's or one
# initial's stop, or markup opened after the break: one paragraph, as before.
@pytest.mark.parametrize("words", ["We asked the U.S.<br><br>Army to help.",
                                   "It starts at 4 p.m.<br><br>Tuesday in the hall.",
                                   "It starts at 4 p.m.<br><br>on Tuesday.",
                                   "It ends at 4 p.m.<br><br>New York time.",
                                   "We asked Dr.<br><br>The Reverend Ames to help.",
                                   "We asked John F.<br><br>The rest is history.",
                                   "It starts at 4 p.m.<br><br><b>The</b> hall opens."])
def test_guard_br_br_after_an_abbreviation_before_no_sentence_start_stays_a_line_end(words):
    assert _paragraphs(f"<p>{words}</p>") == [words.replace("<br><br>", "\n").replace("<b>", "").replace("</b>", "")]


@pytest.mark.parametrize("word", ["&#84;he", "T&#104;e", "The<!-- x -->"])
def test_a_first_word_written_with_a_reference_or_comment_reads_as_the_word(word):
    # fx262: the first word after a held break is read whole (`_read_on`)
    assert _paragraphs(f"<p>The vote is at 4 p.m.<br><br>{word} council will vote.</p>") == \
        ["The vote is at 4 p.m.", "The council will vote."]


@pytest.mark.parametrize("name", ["A-10", "A\u201110", "A.J.", "A&amp;M"])
def test_a_name_joined_to_a_stopword_letter_runs_on(name):
    # fx262 (qa160 #3): "A-10" is no article "A" opening a sentence
    assert len(_paragraphs(f"<p>The Air Force flew the U.S.<br><br>{name} fleet home.</p>")) == 1


def test_a_break_held_in_an_inline_element_under_a_split_one_still_splits():
    # fx262 (qa160 #1): the break at the <p>'s own level after a closed <b> is still read
    assert _paragraphs("<p>The vote is at <b>4</b> p.m.<br><br>The council will vote.</p>") == \
        ["The vote is at 4 p.m.", "The council will vote."]


def test_the_read_on_after_a_held_break_is_bounded(monkeypatch):
    # fx262: however long the word or the comment, a held break reads a bounded stretch
    read: list[int] = []
    real = _html_breaks._read_on

    def counting(src, at, text):
        out = real(src, at, text)
        read.append(len(out))
        return out
    monkeypatch.setattr(_html_breaks, "_read_on", counting)
    long_word = "In" + "&shy;x" * 5000
    doc = read_bytes("story.html", ferry_page(f"<p>at the U.S.<br><br>{long_word} end.</p>").encode("utf-8"))
    assert read and max(read) <= 2 * _html_breaks.READ_ON_CHARS
    assert len([p for p in doc.parts if p.kind == "paragraph"]) == 1


# qa165 #4 guard: a quotation closed before the held break does not hold the
# paragraph together; one still open does (tests/test_qa165_regressions.py).
def test_a_quote_closed_before_a_held_break_still_lets_it_end_the_paragraph():
    assert _paragraphs("<p>" + LD + "Yes," + RD + " he said, at 4 p.m.<br><br>The council agreed.</p>") == [
        LD + "Yes," + RD + " he said, at 4 p.m.", "The council agreed."]


FIRE_PAGE = ("<html><head><title>Fire guts warehouse</title></head><body><h1>Fire guts warehouse</h1>\n"
             "<div class=\"story\">\n{} A fire gutted a warehouse on Tuesday, fire officials "
             "said. No one was hurt.<br><br>\nFire Chief Sara Bell said the blaze began in a storage room.<br><br>\n"
             "Crews stayed overnight.\n</div></body></html>\n")


def _fire_parts(opening: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in read_bytes("fire.html", FIRE_PAGE.format(opening).encode()).parts]


def _over_links(label: str) -> str:
    """A bold `label` opening a line of links, over the bold dateline of the lede."""
    return (f'<b>{label}</b> &mdash; <a href="/a">Ferry fares rise in January</a> | '
            '<a href="/b">Storm closes the causeway</a><br><br>\n<b>PORTLAND, Ore.</b> --')


# nu47 #5: `_html_line_on.LineSteps._bold_dateline_on` hands the bold run's paragraph on to its container
def test_a_bold_dateline_opening_a_loose_text_lede_stays_in_the_lede():
    parts = _fire_parts("<b>PORTLAND, Ore.</b> --")
    assert ("dateline", "PORTLAND, Ore. --") in parts          # with <p> round the lede it is read
    assert ("paragraph", "PORTLAND, Ore. -- A fire gutted a warehouse on Tuesday, fire officials said. "
                         "No one was hurt.") in parts


def test_a_bold_label_opening_a_loose_text_lede_is_still_its_own_line():
    # nu47 #5's nearest case: a bold run that is no dateline with the text after it ends as before
    parts = _fire_parts("<b>Editor's note:</b>")
    assert ("paragraph", "Editor's note:") in parts
    assert not any(kind == "dateline" for kind, _ in parts)


# qa200 #5 (MED; new in fx323's nu47 #5 fix) `_bold_dateline_on` takes any bold run that with
# the text after it matches `WIRE_DATELINE`, and an all-caps label does ("RELATED —", "SIGN UP
# —", "READ MORE --"): a bold label opening a line of loose text, before links or a pitch, is
# now read as that line's dateline (main: the label a paragraph of its own, no dateline).
@pytest.mark.parametrize("label", ["RELATED", "SIGN UP", "READ MORE", "MORE NEWS"])
def test_qa200_a_bold_label_opening_a_line_of_loose_text_is_no_dateline(label):
    assert not any(kind == "dateline" and text.startswith(label) for kind, text in _fire_parts(_over_links(label)))


@pytest.mark.parametrize("opening, dateline", [("<b>LONDON (AP)</b> --", "LONDON (AP) --"),
                                               ("<b>LONDON</b> (AP) --", "LONDON (AP) --"),
                                               ("<b>LONDON, Dec. 5</b> --", "LONDON, Dec. 5 --"),
                                               ("<b>SEOUL, South Korea</b> --", "SEOUL, South Korea --"),
                                               ("<b>WASHINGTON, D.C.</b> --", "WASHINGTON, D.C. --"),
                                               ("<b>PARIS, Texas</b> &mdash;", "PARIS, Texas \u2014"),
                                               ("<b>KYIV, Ukraine</b> --", "KYIV, Ukraine --"),
                                               ("<b>LONDON, Dec. 5</b> &mdash;", "LONDON, Dec. 5 \u2014")])
def test_a_bold_place_with_its_agency_or_date_opening_loose_text_is_its_ledes_dateline(opening, dateline):
    # fx329: qa200 #5's nearest cases: a place alone before the dash with its agency or date
    # still names it as only a dateline does (`_html_text._placed`); fx333: qa202 #4's, a
    # country in title case or a state cut short after the comma does too; fx337: qa205 #1's,
    # the forms it names before prose, not links
    parts = _fire_parts(opening)
    assert ("dateline", dateline) in parts
    assert ("paragraph", f"{dateline} A fire gutted a warehouse on Tuesday, fire officials said. "
                         "No one was hurt.") in parts


# qa202 #4 (MED; fx329's qa200 #5 fix): `_placed` takes any comma in the bold run as a place's
# ("PORTLAND, Ore."), so a bold label with a comma ("PHOTOS, VIDEO —", kickers of
# lint/data/plain_text.yaml) opening a line of links is still read as that line's dateline
# (main: the label a paragraph of its own, no dateline).
# Fixed (fx333): after the comma a dateline writes a state or country cut short or in title case.
@pytest.mark.parametrize("label", ["PHOTOS, VIDEO", "WATCH, LISTEN", "SPORTS, SCORES"])
def test_qa202_a_bold_label_with_a_comma_opening_loose_text_is_no_dateline(label):
    assert not any(kind == "dateline" and text.startswith(label) for kind, text in _fire_parts(_over_links(label)))


@pytest.mark.parametrize("label", ["CORRECTION, March 3", "UPDATED, Nov. 3", "WATCH (AP)"])
def test_a_bold_note_or_kicker_with_a_date_or_agency_opening_loose_text_ends_its_own_line(label):
    # fx333: qa202 #4's note: a note's or kicker's word is no place, with a date or an agency after it
    # too (`_conventions.note_word`): the label is a paragraph of its own, as on main
    parts = _fire_parts(f"<b>{label}</b> &mdash;")
    assert ("paragraph", label) in parts
    assert not any(kind == "dateline" for kind, _ in parts)


# rr48b #3 (MED; fx329's qa200 #5 fix) `_html_text._placed` takes a bold run as a dateline only
# with a comma, an agency or a distributor, so the place names that stand alone in AP datelines
# (AP Stylebook, "datelines": WASHINGTON, NEW YORK, CHICAGO ...) no longer open a line of loose
# text: the place is a paragraph of its own and the lede opens on "--" (5484c128: the dateline).
# Fixed (fx342): a city on AP's list (plain_text.yaml `standalone_datelines`) is a place alone.
@pytest.mark.parametrize("opening, dateline", [("<b>WASHINGTON</b> --", "WASHINGTON --"),
                                               ("<b>NEW YORK</b> &mdash;", "NEW YORK \u2014"),
                                               ("<b>ST. LOUIS</b> --", "ST. LOUIS --")])
def test_rr48b_a_bold_stand_alone_dateline_city_opening_loose_text_is_its_ledes_dateline(opening, dateline):
    assert ("dateline", dateline) in _fire_parts(opening)


@pytest.mark.parametrize("place", ["SPRINGFIELD", "PORTLAND", "SÃO TOMÉ", "CÓRDOBA"])
def test_a_bold_city_that_ap_gives_a_state_opening_loose_text_ends_its_own_line(place):
    # rr48b #3's nearest case (fx342): a place off AP's list wants its state ("PORTLAND, Ore."), as since fx329;
    # qa210 #4's (fx347): so does an accented one, its accents folded ("SÃO TOMÉ", "CÓRDOBA")
    parts = _fire_parts(f"<b>{place}</b> --")
    assert ("paragraph", place) in parts and not any(kind == "dateline" for kind, _ in parts)


@pytest.mark.parametrize("city", ["WASHINGTON", "NEW YORK"])
def test_a_bold_stand_alone_city_opening_a_line_of_links_is_no_dateline(city):
    # rr48b #3's other side (fx342): a city on AP's list before a line of links is a section's label (qa205 #1)
    assert not any(kind == "dateline" and text.startswith(city) for kind, text in _fire_parts(_over_links(city)))


# qa210 #4 (MED; fx342's rr48b #3 fix) `_text_fields.standalone_place` looks the place up as
# written, so a city on AP's list that a page spells with its accents (non-AP copy writes
# SÃO PAULO, ZÜRICH, MONTRÉAL, QUÉBEC CITY) is off the list and ends its own line, no dateline.
# Fixed (fx347): the place is looked up with its accents folded (`body_names.fold`).
@pytest.mark.parametrize("place", ["SÃO PAULO", "ZÜRICH", "MONTRÉAL", "QUÉBEC CITY"])
def test_qa210_a_bold_stand_alone_city_with_its_accents_is_its_ledes_dateline(place):
    assert ("dateline", f"{place} --") in _fire_parts(f"<b>{place}</b> --")


@pytest.mark.parametrize("label", ["NEW YORK, SPORTS", "LONDON, PHOTOS"])
def test_qa210_a_bold_stand_alone_city_with_a_label_after_its_comma_is_no_dateline(label):
    # qa210 #6 (fx347 pins it): a comma keeps a city off AP's stand-alone list (`_placed`'s
    # `not comma`); what follows it in capitals is a section's label, no state or country
    parts = _fire_parts(f"<b>{label}</b> --")
    assert not any(kind == "dateline" for kind, _ in parts)


# qa205 #1 (MED; fx333's qa202 #4 fix) `_html_text._placed` takes any lower-case letter after
# the comma as a state's or country's title case, so a bold label whose second word is in title
# case ("NEWS, Sports —", "WEATHER, Traffic —") or a label that is no note's word with a date
# ("RELATED, Dec. 5 —") opening a line of links is read as that line's dateline (main: the label
# a paragraph of its own, no dateline).
# Fixed (fx337): a dateline opens prose; a lead-in with only a tag after its dash ends its own line.
@pytest.mark.parametrize("label", ["NEWS, Sports", "WEATHER, Traffic", "RELATED, Dec. 5"])
def test_qa205_a_bold_label_with_a_title_case_word_or_date_opening_loose_text_is_no_dateline(label):
    assert not any(kind == "dateline" and text.startswith(label) for kind, text in _fire_parts(_over_links(label)))


@pytest.mark.parametrize("opening", ["<b>KYIV, Ukraine</b> -- \n", "<b>KYIV, Ukraine</b> -- <i>A</i>"])
def test_a_bold_dateline_before_a_line_end_or_a_tag_that_is_no_link_is_still_a_dateline(opening):
    # qa205 #1's other side (fx337): only a link after the dash, with no word before it, makes a label
    assert ("dateline", "KYIV, Ukraine --") in _fire_parts(opening)
