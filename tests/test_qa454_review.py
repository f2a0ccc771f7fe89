"""qa454: review of fx591 (a3f8837a..ba592155): gallery credit lines read by
their shape (readers/_gallery_shape.credit_shaped: 'All photos:',
'Photography by', 'by:', a '©', two particles, <h5>/<h6> lines, Markdown
lines wrapped over source lines, another role after a comma/semicolon/bar)
and a byline-classed line with no 'By' keeping its stamp's date checks
(_html_stamps._lead_name).

Each strict xfail states what a copy desk expects and fails today (its
reason names the finding); the plain tests guard the nearest shapes that
work now. Everything runs through the CLI (`newslint check --format json`)
on synthetic files written to tmp_path.

#1 HIGH (regression): a place, a holiday or an event reads as a
   photographer's name by its shape (an ordinary word may stand last,
   "as a surname does"; only names.yaml `places` and `place_nouns` stop
   it): `<h6>Photos: Thanksgiving Parade</h6>`, `<h6>Photos: San Diego</h6>`,
   `All photos: Halloween Parade`, `Photography by Coney Island` credit
   the gallery above and hide both captions' missing-credit (base: flagged).
   `All photos: Los Angeles`, `Chicago`, `Gaza Strip` credit too: the
   docs' "a place (`All Photos: Los Angeles`, names.yaml places)" holds only
   for the title-case label; no US city is in `places`.
#2 HIGH (regression): a Markdown credit line with a headline on the next
   source line (two paragraphs with no blank line) after a BARE lead-in
   (`Photos: Casey Barber` / `Mayor Visits Flood Zone`) credits the gallery:
   the joined text takes the bare lead-in's old `read_credit` path, which
   the fx's own guard (only for 'All photos:') never reaches.
#3 HIGH: the Getty credit form `Ann Lee/AFP via Getty Images`, `AFP via
   Getty Images` after 'All photos:' or 'Photography by' credits nothing
   (false missing-credit x2) while the bare 'Photos:' twin credits.
#4 MEDIUM: names the shape cannot read: 'dos'/'d'' particles, an 'al-'
   prefix (names.yaml hyphen_particles unused), four-word Spanish names
   (`Ahmed al-Sayed`, `Ana dos Santos`, `María Fernanda Ruiz López`):
   false missing-credit after the new lead-ins.
#5 MEDIUM: copyright forms other than '© [year] Holder': a year range,
   a year after the holder, 'All rights reserved.' after it.
#6 MEDIUM: another role written with a colon (`Photography: Ann Lee |
   Styling: Bob Cho`, `; Styling: Bob Cho`) credits nothing.
#7 MEDIUM: a byline with no 'By' whose name runs straight into the
   stamp (`Ann Lee Tuesday, Dec. 29, 2014`): the writer's span swallows the
   weekday, so a wrong weekday is missed; `By Ann Lee Tuesday, ...` flags it.
#8 MEDIUM: a byline with no 'By' with a second writer, an affiliation or a
   role before the bar (`Ann Lee and Bob Cho | ...`, `Ann Lee, The Times |
   ...`, `Ann Lee, staff writer | ...`) reads no writer: the stamp's wrong
   weekday is missed; every `By` twin flags it (`_more_names` is not used).
#9 MEDIUM: a one-word desk/section/agency before the stamp (`Staff |`,
   `Opinion |`, `Reuters |`) keeps no date checks, while two words
   (`Sponsored Content |`) do: the stamp's date should be checked either way.
#10 MEDIUM: `By Jane van der Berg | Tuesday, Dec. 29, 2014` and its no-By
   twin read no writer (particles): the wrong weekday is missed.
#11 MEDIUM (formats disagree): an HTML <p> wrapped in the source
   (`<p>All photos: Casey Barber,\\nRebecca Blumhagen</p>`, one line when
   rendered) credits nothing; the Markdown twin credits.
#12 HIGH (before fx591, focus): after a bare 'Photos:' a subject at an
   event or a place (`Photos: Taylor Swift at the Grammys`, `Photos: New York
   City`) credits the gallery in a <p>.
#13 LOW (before fx591): WordPress WXR: a wpautop paragraph `Photos: Ann Lee`
   under the figures credits nothing (gallery_credits runs before
   wxr._paragraphs splits the text), while `<p>Photos: Ann Lee</p>` does.
#14 LOW (before fx591): NITF: `<p>All photos: Ann Lee</p>` under <media>
   credits nothing (no gallery_credits in the NITF reader).
#15 MEDIUM (regression): an item made only of credit_bodies.CREDIT_WORDS
   is a "house credit" (`_holder`), so a line whose holder a template left
   blank (`All photos courtesy of the`, `Photography by the`, `All photos:
   Ann Lee for the`) credits the gallery and nothing at all is said: no
   missing-credit, no empty-credit (base: missing-credit x2).
"""
from __future__ import annotations

import json

import pytest

from gallery_credit_helpers import GALLERY as _GALLERY, MD_GALLERY, MD_UNCREDITED as _MD_AT

MISSING = "captions.missing-credit"

GALLERY = _GALLERY + "\n"             # the page as gallery_credit_helpers writes it, ending in a newline
UNCREDITED = [(MISSING, 4, 59), (MISSING, 5, 56)]

MD = MD_GALLERY
MD_UNCREDITED = [(MISSING, line, col) for line, col in _MD_AT]

BYLINE = """<html><head><title>Council approves budget</title></head><body><article>
<h1>Council approves budget</h1>
<p class="byline">{line}</p>
<p>The city council approved the budget on Monday, officials said in a statement after the meeting.</p>
</article></body></html>
"""
WRONG = "Tuesday, Dec. 29, 2014"          # Dec. 29, 2014 was a Monday

WXR = ('<?xml version="1.0" encoding="UTF-8"?>\n'
       '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
       'xmlns:wp="http://wordpress.org/export/1.2/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/">\n'
       '<channel>\n<title>Desk</title>\n<item>\n<title>Storm floods downtown</title>\n<wp:post_id>1</wp:post_id>\n'
       '<wp:post_date_gmt>2014-12-30 10:00:00</wp:post_date_gmt>\n'
       '<content:encoded><![CDATA[Floodwater filled streets downtown on Monday after a storm dropped five inches '
       'of rain, officials said.\n\n'
       '<figure><img src="a.jpg" alt="Flooded street"><figcaption>Water covers Main Street on Monday morning.'
       '</figcaption></figure>\n'
       '<figure><img src="b.jpg" alt="Rescue boat"><figcaption>A rescue boat carries residents to dry ground.'
       '</figcaption></figure>\n\n{line}\n\n'
       'Crews began pumping water from basements on Tuesday, the city said.]]></content:encoded>\n'
       '<wp:post_type>post</wp:post_type>\n<wp:status>publish</wp:status>\n</item>\n</channel>\n</rss>\n')

NITF = """<?xml version="1.0"?>
<nitf><head><title>Storm floods downtown</title></head>
<body><body.head><hedline><hl1>Storm floods downtown</hl1></hedline></body.head>
<body.content><p>Floodwater filled streets downtown on Monday after a storm dropped five inches of rain, officials said.</p>
<media media-type="image"><media-reference source="a.jpg"/><media-caption>Water covers Main Street.</media-caption></media>
<media media-type="image"><media-reference source="b.jpg"/><media-caption>A rescue boat carries residents.</media-caption></media>
<p>{line}</p>
<p>Crews began pumping water from basements on Tuesday, the city said.</p>
</body.content></body></nitf>
"""


def _check(run_cli, tmp_path, name, text, select, newline="\n"):
    """[(rule, line, column)] of `newslint check --format json` on `text` written as tmp_path/name."""
    path = tmp_path / name
    path.write_bytes(text.replace("\n", newline).encode())
    res = run_cli("check", path, "--select", select, "--format", "json", "--no-cache", "--no-progress",
                  "--published", "2014-12-30")
    assert res.exit_code in (0, 1), res.output
    return [(d["rule"], d["line"], d["column"]) for d in json.loads(res.stdout)]


def _page(run_cli, tmp_path, line, newline="\n"):
    return _check(run_cli, tmp_path, "g.html", GALLERY.format(line=line), MISSING, newline)


def _md(run_cli, tmp_path, line, newline="\n"):
    return _check(run_cli, tmp_path, "g.md", MD.format(line=line), MISSING, newline)


def _weekday(run_cli, tmp_path, line):
    return [(r, ln) for r, ln, _ in _check(run_cli, tmp_path, "b.html", BYLINE.format(line=line),
                                           "dates.weekday-mismatch")]


# --- #1 places, holidays and events read as a photographer --------------------------------------
@pytest.mark.parametrize("line", [
    "<h6>Photos: Thanksgiving Parade</h6>", "<h6>Photos: San Diego</h6>", "<h5>Photos: Coney Island</h5>",
    "<h6>Photos: Christmas Eve</h6>", "<p>All photos: Halloween Parade</p>", "<p>All photos: Brooklyn</p>",
    "<p>Photography by Coney Island</p>", "<p>All photos: Lake Tahoe</p>", "<p>Photography by Mardi Gras</p>",
    "<p>All photos: Boston Marathon</p>", "<h6>Photos: Los Angeles</h6>", "<p>All photos: Los Angeles</p>",
    "<p>All photos: Chicago</p>", "<p>All photos: Gaza Strip</p>",
])
def test_a_place_or_an_event_is_no_gallery_credit(run_cli, tmp_path, line):
    assert _page(run_cli, tmp_path, line) == UNCREDITED


@pytest.mark.parametrize("line", [
    "<h6>Photos: Ann Lee/Getty Images</h6>", "<p>All photos: Ann Lee</p>", "<p>Photography by Jane van der Berg</p>",
    "<p>All photos: Getty Images, AP</p>", "<h6>Photos: Ana Mar\u00eda de la Cruz</h6>",
])
def test_guard_real_credit_lines_credit(run_cli, tmp_path, line):
    assert _page(run_cli, tmp_path, line) == []


@pytest.mark.parametrize("line", [
    "<p>All Photos: Los Angeles</p>", "<p>All photos: New York City</p>", "<p>All Photos: Biden Visits Tampa</p>",
    "<h4>All photos: Ann Lee</h4>", "<p><a href='/g/2'>All photos: Ann Lee</a></p>",
    "<p>Photography by Appointment</p>", "<h6>Photos: Storm Hits Gaza City</h6>",
])
def test_guard_listed_places_headlines_and_links_credit_nothing(run_cli, tmp_path, line):
    assert _page(run_cli, tmp_path, line) == UNCREDITED


# --- #2 a Markdown paragraph of a credit line and a headline, after a bare lead-in ------------------
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("line", ["Photos: Casey Barber\nMayor Visits Flood Zone",
                                  "Photos: Getty Images\nMayor Visits Flood Zone",
                                  "Photos by Ann Lee\nThe Storm That Changed Everything"])
def test_a_wrapped_bare_line_that_runs_into_a_headline_credits_nothing(run_cli, tmp_path, line, newline):
    assert _md(run_cli, tmp_path, line, newline) == MD_UNCREDITED


@pytest.mark.parametrize("line", ["All photos: Casey Barber\nMayor Visits Flood Zone",
                                  "Photos: Getty Images\nThe storm hit on Monday.",
                                  "[All photos: Ann Lee](/g/2)", "> All photos: Ann Lee"])
def test_guard_markdown_lines_that_credit_nothing(run_cli, tmp_path, line):
    assert _md(run_cli, tmp_path, line) == MD_UNCREDITED


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("line", ["All photos: Casey Barber,\nRebecca Blumhagen",
                                  "Photos: Casey Barber,\n\tRebecca Blumhagen",
                                  "Photography by Ann Lee\n| Styling by Bob Cho", "- All photos: Ann Lee",
                                  "**Photography by** Ann Lee", "###### Photos: Ann Lee"])
def test_guard_markdown_credit_lines_credit(run_cli, tmp_path, line, newline):
    assert _md(run_cli, tmp_path, line, newline) == []


# --- #3 the Getty 'via' form ---------------------------------------------------------------------
@pytest.mark.parametrize("line", ["<p>All photos: Ann Lee/AFP via Getty Images</p>",
                                  "<p>Photography by Ann Lee/AFP via Getty Images</p>",
                                  "<p>All photos: AFP via Getty Images</p>"])
def test_the_via_getty_form_credits(run_cli, tmp_path, line):
    assert _page(run_cli, tmp_path, line) == []


def test_guard_the_via_getty_form_after_a_bare_lead_in(run_cli, tmp_path):
    assert _page(run_cli, tmp_path, "<p>Photos: Ann Lee/AFP via Getty Images</p>") == []


# --- #4 names the shape cannot read ----------------------------------------------------------------
@pytest.mark.xfail(strict=True, reason="qa454 #4: 'Photography by Ahmed al-Sayed', 'Ana dos Santos', 'Mar\u00eda "
                   "Fernanda Ruiz L\u00f3pez', 'Jean-Pierre d'Alembert' credit nothing (al-/dos/d' no particle, four "
                   "words over _NAME_MAX): false missing-credit x2")
@pytest.mark.parametrize("name", ["Ahmed al-Sayed", "Ana dos Santos", "Mar\u00eda Fernanda Ruiz L\u00f3pez",
                                  "Jean-Pierre d'Alembert"])
def test_non_english_names_credit(run_cli, tmp_path, name):
    assert _page(run_cli, tmp_path, f"<p>Photography by {name}</p>") == []


@pytest.mark.parametrize("name", ["Nguy\u1ec5n V\u0103n An", "S\u00f8ren \u00d8rsted", "Jos\u00e9 N\u00fa\u00f1ez",
                                  "Ahmed bin Salman"])
def test_guard_accented_names_credit(run_cli, tmp_path, name):
    assert _page(run_cli, tmp_path, f"<p>All photos: {name}</p>") == []


# --- #5 copyright forms ------------------------------------------------------------------------------
@pytest.mark.parametrize("line", ["<p>All photos \u00a9 2014-2015 Ann Lee</p>", "<p>All photos \u00a9 Ann Lee 2014</p>",
                                  "<p>All photos \u00a9 Ann Lee. All rights reserved.</p>"])
def test_other_copyright_forms_credit(run_cli, tmp_path, line):
    assert _page(run_cli, tmp_path, line) == []


@pytest.mark.parametrize("line", ["<p>All photos \u00a9 2014 Ann Lee</p>", "<p>Photos: \u00a9 Ann Lee</p>",
                                  "<p>All photos: \u00a9 2014 Ann Lee/Getty Images</p>"])
def test_guard_copyright_forms_that_credit(run_cli, tmp_path, line):
    assert _page(run_cli, tmp_path, line) == []


# --- #6 another role with a colon ------------------------------------------------------------------
@pytest.mark.parametrize("line", ["<p>Photography: Ann Lee | Styling: Bob Cho</p>",
                                  "<p>Photography by Ann Lee; Styling: Bob Cho</p>"])
def test_another_role_with_a_colon_credits(run_cli, tmp_path, line):
    assert _page(run_cli, tmp_path, line) == []


@pytest.mark.parametrize("line", ["<p>Photography by Ann Lee | Hair and makeup by Dana Fox</p>",
                                  "<p>Photography by Ann Lee, styling by Bob Cho and Dana Fox</p>"])
def test_guard_another_role_with_by_credits(run_cli, tmp_path, line):
    assert _page(run_cli, tmp_path, line) == []


def test_guard_another_role_that_is_a_sentence_credits_nothing(run_cli, tmp_path):
    assert _page(run_cli, tmp_path, "<p>Photography by Ann Lee, styling by the mayor</p>") == UNCREDITED


# --- #7 .. #10 bylines with no 'By' ------------------------------------------------------------------
@pytest.mark.xfail(strict=True, reason="qa454 #7: byline 'Ann Lee Tuesday, Dec. 29, 2014' (no 'By', no mark "
                   "before the stamp): the writer span swallows 'Tuesday', the wrong weekday is missed; 'By Ann "
                   "Lee Tuesday, ...' flags it")
@pytest.mark.parametrize("line", ["Ann Lee Tuesday, Dec. 29, 2014", "Ann Lee Updated Tuesday, Dec. 29, 2014"])
def test_a_no_by_name_ends_where_the_stamp_opens(run_cli, tmp_path, line):
    assert _weekday(run_cli, tmp_path, line) == [("dates.weekday-mismatch", 3)]


@pytest.mark.xfail(strict=True, reason="qa454 #8: byline 'Ann Lee and Bob Cho | Tuesday, Dec. 29, 2014' (a second "
                   "writer, an affiliation or a role before the bar, no 'By') reads no writer: wrong weekday missed; "
                   "the 'By' twin flags it")
@pytest.mark.parametrize("line", ["Ann Lee and Bob Cho | " + WRONG, "Ann Lee, The Times | " + WRONG,
                                  "Ann Lee, staff writer | " + WRONG])
def test_more_names_after_a_no_by_name_keep_the_stamps_checks(run_cli, tmp_path, line):
    assert _weekday(run_cli, tmp_path, line) == [("dates.weekday-mismatch", 3)]


@pytest.mark.xfail(strict=True, reason="qa454 #9: byline 'Staff | Tuesday, Dec. 29, 2014' (one word, a desk, a "
                   "section, an agency) keeps no date checks while 'Sponsored Content | ...' does; the stamp's "
                   "wrong weekday should be flagged either way")
@pytest.mark.parametrize("word", ["Staff", "Opinion", "Reuters"])
def test_a_one_word_lead_keeps_the_stamps_checks(run_cli, tmp_path, word):
    assert _weekday(run_cli, tmp_path, f"{word} | {WRONG}") == [("dates.weekday-mismatch", 3)]


@pytest.mark.xfail(strict=True, reason="qa454 #10: byline '[By ]Jane van der Berg | Tuesday, Dec. 29, 2014' reads "
                   "no writer (lower-case particles): the wrong weekday is missed")
@pytest.mark.parametrize("lead", ["By ", ""])
def test_a_particle_name_keeps_the_stamps_checks(run_cli, tmp_path, lead):
    assert _weekday(run_cli, tmp_path, f"{lead}Jane van der Berg | {WRONG}") == [("dates.weekday-mismatch", 3)]


@pytest.mark.parametrize("line", [
    "Ann Lee | " + WRONG, "Sponsored Content | " + WRONG, "Ann B. Lee | " + WRONG, "A.B. Lee | " + WRONG,
    "Ann Lee \u2014 " + WRONG, "Ann Lee / Tue, Dec 29, 2014", "Ann Lee | Posted " + WRONG,
    "By Ann Lee and Bob Cho | " + WRONG, "By Ann Lee, staff writer | " + WRONG, "Will May, " + WRONG,
])
def test_guard_a_name_and_a_wrong_stamp_is_flagged(run_cli, tmp_path, line):
    assert _weekday(run_cli, tmp_path, line) == [("dates.weekday-mismatch", 3)]


@pytest.mark.parametrize("line", ["Ann Lee, Monday, Dec. 29, 2014", "Ann Lee | The Times",
                                  "Posted Monday, Dec. 29, 2014"])
def test_guard_a_right_stamp_or_none_is_quiet(run_cli, tmp_path, line):
    assert _weekday(run_cli, tmp_path, line) == []


# --- #11 .. #14 formats that disagree ------------------------------------------------------------------
@pytest.mark.xfail(strict=True, reason="qa454 #11: '<p>All photos: Casey Barber,\\nRebecca Blumhagen</p>' (a <p> "
                   "wrapped in the source, one line when rendered) credits nothing; the Markdown twin credits")
@pytest.mark.parametrize("line", ["<p>All photos: Casey Barber,\nRebecca Blumhagen</p>",
                                  "<p>Photos: Casey Barber,\n   Rebecca Blumhagen</p>"])
def test_an_html_paragraph_wrapped_in_the_source_credits(run_cli, tmp_path, line):
    assert _page(run_cli, tmp_path, line) == []


@pytest.mark.parametrize("line", ["<p>\n  Photos: Casey Barber\n</p>", "<p>Photos:&nbsp;Casey Barber</p>",
                                  "<h6>\n Photos: Casey Barber\n</h6>"])
def test_guard_html_whitespace_around_a_credit_line(run_cli, tmp_path, line):
    assert _page(run_cli, tmp_path, line) == []


@pytest.mark.xfail(strict=True, reason="qa454 #12: after a bare 'Photos:' a subject at an event or a place "
                   "('Photos: Taylor Swift at the Grammys', 'Photos: New York City') credits the gallery; should "
                   "credit nothing (hides missing-credit x2)")
@pytest.mark.parametrize("line", ["<p>Photos: Taylor Swift at the Grammys</p>", "<p>Photos: New York City</p>"])
def test_a_subject_or_place_after_a_bare_lead_in_credits_nothing(run_cli, tmp_path, line):
    assert _page(run_cli, tmp_path, line) == UNCREDITED


@pytest.mark.xfail(strict=True, reason="qa454 #13: WXR: a wpautop paragraph 'Photos: Ann Lee' under the figures "
                   "credits nothing (gallery_credits runs before wxr._paragraphs splits); '<p>Photos: Ann Lee</p>' "
                   "credits")
def test_a_wxr_paragraph_credit_line_credits(run_cli, tmp_path):
    assert _check(run_cli, tmp_path, "a.xml", WXR.format(line="Photos: Ann Lee"), MISSING) == []


def test_guard_a_wxr_p_credit_line_credits(run_cli, tmp_path):
    assert _check(run_cli, tmp_path, "a.xml", WXR.format(line="<p>All photos: Ann Lee</p>"), MISSING) == []


@pytest.mark.xfail(strict=True, reason="qa454 #14: NITF: '<p>All photos: Ann Lee</p>' under two <media> credits "
                   "nothing (no gallery_credits in the NITF reader): false missing-credit x2")
def test_a_nitf_gallery_credit_line_credits(run_cli, tmp_path):
    assert _check(run_cli, tmp_path, "a.nitf", NITF.format(line="All photos: Ann Lee"), MISSING) == []


def test_guard_a_wrapped_empty_slot_is_one_empty_credit(run_cli, tmp_path):
    said = _check(run_cli, tmp_path, "g.md", MD.format(line="Photos by |\nThe Courier"),
                  "captions.empty-credit,captions.missing-credit")
    assert said == [("captions.empty-credit", 11, 1)]


# --- #15 a blank holder after a function word ------------------------------------------------------------
@pytest.mark.parametrize("line", ["<p>All photos courtesy of the</p>", "<p>Photography by the</p>",
                                  "<p>All photos: Ann Lee for the</p>", "<p>Photography by: to</p>"])
def test_a_blank_holder_credits_nothing(run_cli, tmp_path, line):
    said = _check(run_cli, tmp_path, "g.html", GALLERY.format(line=line), "captions")
    assert said and all(f in UNCREDITED or f[1] == 6 for f in said)      # missing-credit, or a finding at the line


@pytest.mark.parametrize("line", ["<p>Photography by: staff</p>", "<p>All photos courtesy of the family</p>",
                                  "<p>All photos: handout</p>"])
def test_guard_house_credits_and_holders_credit(run_cli, tmp_path, line):
    assert _page(run_cli, tmp_path, line) == []
