"""qa409: review of fx548 (286e671e..4c5180dc) -- named newsletter pitches in
hygiene.boilerplate, byline-classed stamps as timestamp fields, quoted
allusions in titles.headline-unsupported, and a gallery's collective credit
line in captions.missing-credit. Each xfail states what a copy desk expects
and fails today; the plain tests guard the nearest shapes that work now."""
import json
from pathlib import Path

import pytest

from lint.readers._gallery_credit import is_gallery_credit

ROOT = Path(__file__).resolve().parent.parent


def _findings(run_cli, path, *extra):
    out = run_cli("check", "--no-cache", "--format", "json", path, *extra).stdout
    return json.loads(out)


def _rule(run_cli, path, rule, *extra):
    return [(f["line"], f["column"], f["end_line"], f["end_column"], f["message"])
            for f in _findings(run_cli, path, "--select", rule, *extra)]


def _parts(run_cli, path):
    return json.loads(run_cli("parse", "--format", "json", path).stdout)[0]["parts"]


# --- titles.headline-unsupported: quoted allusions ------------------------------------------

BODY = ("\n\nA man was seen on a doorbell camera on Elm Street minutes before a car struck a utility "
        "pole on Monday night, police said. The driver was taken to a hospital with minor injuries, a "
        "police spokesman said. Officers closed the street for three hours while crews replaced the "
        "pole and restored power to about 200 homes.\n")


def _hed_names(run_cli, tmp_path, hed):
    path = tmp_path / "s.txt"
    path.write_text(hed + BODY, encoding="utf-8")
    return [(line, col, msg.split(" in the headline")[0])
            for line, col, _, _, msg in _rule(run_cli, path, "titles.headline-unsupported",
                                                "--published", "2025-03-03")]


@pytest.mark.parametrize("hed", ["Doorbell camera shows ‘Kowalczyk’ moments before crash",
                                 "Doorbell camera shows ‘Kowalczyk’ moments after crash",
                                 "Doorbell camera shows 'Kowalczyk' moments before crash"])
def test_a_quoted_name_moments_before_an_event_still_needs_the_body(run_cli, tmp_path, hed):
    assert _hed_names(run_cli, tmp_path, hed) == [(1, 24, "name 'Kowalczyk'")]


def test_out_of_as_a_preposition_frames_no_allusion(run_cli, tmp_path):
    hed = "Police pull cash out of ‘Kowalczyk’ car after crash"
    assert _hed_names(run_cli, tmp_path, hed) == [(1, 26, "name 'Kowalczyk'")]


@pytest.mark.parametrize("hed,expected", [
    ("Doorbell camera shows ‘Kowalczyk’ minutes before crash", [(1, 24, "name 'Kowalczyk'")]),
    ("Fans of ‘Kowalczyk’ like doorbell camera", [(1, 10, "name 'Kowalczyk'")]),
    ("Doorbell camera catches ‘Jaws’\u00a0moment on Elm Street", []),
    ("Doorbell camera catches ‘Jaws’-style crash on Elm Street", []),
])
def test_guard_allusion_frames_nearest_shapes(run_cli, tmp_path, hed, expected):
    assert _hed_names(run_cli, tmp_path, hed) == expected


def test_docs_name_every_allusion_word():
    import yaml
    data = yaml.safe_load((ROOT / "lint" / "data" / "titles.yaml").read_text(encoding="utf-8"))
    doc = (ROOT / "docs" / "titles.md").read_text(encoding="utf-8")
    words = data["allusion_after"] + data["allusion_suffixes"] + data["allusion_before"]
    missing = [w for w in words if f"`{w}`" not in doc and f"`-{w}`" not in doc]
    assert missing == []


# --- captions.missing-credit: a gallery's collective credit line -----------------------------

FIG = '<figure><img alt="{a}" src="{s}.jpg"><figcaption>{c}</figcaption></figure>\n'
F1 = FIG.format(a="A chilled beer glass", s="a", c="A chilled beer glass on the counter")
F2 = FIG.format(a="Red wine in a pitcher", s="b", c="Red wine sangria in a pitcher")
F3 = FIG.format(a="The harbor at dusk", s="c", c="The harbor at dusk on Monday")
LEDE = "<p>Here are our favorite ideas for beer and wine from this year, the editors said.</p>\n"
P2 = "<p>The harbor board voted 5-2 on Monday to raise ferry fares, the chair said.</p>\n"
PAGE = ('<!DOCTYPE html><html><head><title>Drink up</title></head><body>'
        '<article><h1>Drink up: 15 good ideas for beer and wine</h1>\n{body}</article></body></html>\n')


def _missing(run_cli, tmp_path, body, name="g.html", shell=PAGE, newline=None):
    path = tmp_path / name
    with open(path, "w", encoding="utf-8", newline=newline) as fh:
        fh.write(shell.format(body=body))
    return [(line, col) for line, col, _, _, _ in _rule(run_cli, path, "captions.missing-credit")]


def _at(text, needle):
    """(line, column) of needle's first character in text, 1-based."""
    i = text.index(needle)
    return text.count("\n", 0, i) + 1, i - (text.rfind("\n", 0, i) + 1) + 1


NAV = ["Photos: 1 of 12", "Photos: Click to enlarge", "Pictures: Next", "Photos: Previous | Next",
       "Photos: View gallery"]


@pytest.mark.parametrize("line", NAV)
def test_a_slideshow_nav_line_credits_no_caption(run_cli, tmp_path, line):
    page = PAGE.format(body=LEDE + F1 + F2 + f"<p>{line}</p>\n")
    got = _missing(run_cli, tmp_path, LEDE + F1 + F2 + f"<p>{line}</p>\n")
    assert got == [_at(page, "A chilled beer glass on"), _at(page, "Red wine sangria")]


@pytest.mark.parametrize("line", NAV + ["Images: 12"])
def test_a_nav_line_is_no_gallery_credit(line):
    assert is_gallery_credit(line) is False


@pytest.mark.parametrize("line", ["Credits: Directed by Ava DuVernay; written by Paul Webb",
                                  "Credits: Music by Jason Moran"])
def test_production_credits_are_no_photo_credit(run_cli, tmp_path, line):
    page = PAGE.format(body=LEDE + F1 + F2 + f"<p>{line}</p>\n")
    got = _missing(run_cli, tmp_path, LEDE + F1 + F2 + f"<p>{line}</p>\n")
    assert got == [_at(page, "A chilled beer glass on"), _at(page, "Red wine sangria")]


HFIG = FIG.format(a="Flooded street", s="h", c="A flooded street in Houston on Monday")
HLEDE = "<p>Heavy rain flooded streets across Houston on Monday, officials said.</p>\n"
HMORE = "<p>More rain is expected on Tuesday, forecasters said.</p>\n"


@pytest.mark.parametrize("line", ['<a href="/photos-houston">PHOTOS: Flooding In Houston</a>',
                                  "<strong>PHOTOS: Flooding In Houston</strong>"])
def test_a_related_gallery_link_credits_no_caption(run_cli, tmp_path, line):
    body = HLEDE + HFIG + f"<p>{line}</p>\n" + HMORE
    assert _missing(run_cli, tmp_path, body) == [_at(PAGE.format(body=body), "A flooded street in")]


MD = ("---\ntitle: Drink up\n---\n\n# Drink up: 15 good ideas for beer and wine\n\n"
      "Here are our favorite ideas for beer and wine from this year, the editors said.\n\n"
      + F1 + "\n" + F2 + "\n{body}\n")


@pytest.mark.parametrize("line", ["Photos: Getty Images", "<p>(Image credits: Casey Barber; Rebecca Blumhagen)</p>"])
def test_a_gallery_credit_line_in_markdown(run_cli, tmp_path, line):
    assert _missing(run_cli, tmp_path, line, name="g.md", shell=MD) == []


@pytest.mark.parametrize("line", ["All photos: Getty Images", "Photography by Casey Barber",
                                  "All photos by Casey Barber"])
def test_more_collective_lead_ins(run_cli, tmp_path, line):
    assert _missing(run_cli, tmp_path, LEDE + F1 + F2 + f"<p>{line}</p>\n") == []


def test_a_gallery_line_far_below_leaves_the_lead_art(run_cli, tmp_path):
    body = F3 + LEDE + P2 + P2 + F1 + F2 + "<p>Photos: Getty Images</p>\n"
    assert _missing(run_cli, tmp_path, body) == [_at(PAGE.format(body=body), "The harbor at dusk on")]


@pytest.mark.parametrize("body,newline", [
    (LEDE + F1 + F2 + "<p>Photos:&nbsp;Getty&nbsp;Images</p>\n", None),
    (LEDE + F1 + F2 + "<p>(Image credits: Casey Barber &amp; Rebecca Blumhagen)</p>\n", "\r\n"),
    (LEDE + F1 + F2 + "<p>Photographs by Casey Barber</p>\n", None),
])
def test_guard_a_gallery_line_with_entities_or_crlf(run_cli, tmp_path, body, newline):
    assert _missing(run_cli, tmp_path, body, newline=newline) == []


def test_guard_a_caption_below_the_line_is_flagged_at_its_text(run_cli, tmp_path):
    body = F1 + F2 + P2 + "<p>Photos: Getty Images</p>\n" + F3
    assert _missing(run_cli, tmp_path, body) == [_at(PAGE.format(body=body), "The harbor at dusk on")]


@pytest.mark.parametrize("line", ["Photo: Casey Barber", "Photos: (12)", "Illustrations: Click here"])
def test_guard_no_gallery_line(run_cli, tmp_path, line):
    page = PAGE.format(body=LEDE + F1 + F2 + f"<p>{line}</p>\n")
    assert _missing(run_cli, tmp_path, LEDE + F1 + F2 + f"<p>{line}</p>\n") == \
        [_at(page, "A chilled beer glass on"), _at(page, "Red wine sangria")]


# --- html reader: a byline-classed stamp is a timestamp field ---------------------------------

BYPAGE = """<article><h1>Ferry fares rise</h1>
<p class="{cls}">{line}</p>
<p>The harbor board voted 5-2 on Monday to raise ferry fares, the chair said.</p>
</article>
"""


def _byline_kinds(run_cli, tmp_path, cls, line):
    path = tmp_path / "b.html"
    path.write_text(BYPAGE.format(cls=cls, line=line), encoding="utf-8")
    return [p["kind"] for p in _parts(run_cli, path) if p["text"] == line]


@pytest.mark.parametrize("line", ["By June Sun | Dec. 29, 2014", "Posted by May on Dec. 29, 2014",
                                  "Posted Dec. 29, 2014 by Jan Sun"])
def test_a_byline_naming_may_or_june_stays_a_byline(run_cli, tmp_path, line):
    assert _byline_kinds(run_cli, tmp_path, "byline", line) == ["byline"]


@pytest.mark.parametrize("line,kind", [
    ("By Ana Ruiz | Updated Dec. 29, 2014 at 10:32am", "byline"),
    ("Updated Dec. 29, 2014 at 10:32am | By Ana Ruiz", "byline"),
    ("By Jan Mar", "byline"),
    ("December 18, 2014 | 11:38pm", "field"),
])
def test_guard_byline_or_stamp(run_cli, tmp_path, line, kind):
    assert _byline_kinds(run_cli, tmp_path, "byline", line) == [kind]


def test_guard_a_stamp_in_a_byline_element_gets_date_checks_at_its_text(run_cli, tmp_path):
    path = tmp_path / "b.html"
    text = BYPAGE.format(cls="byline-date", line="Tuesday, Dec. 29, 2014")
    path.write_text(text, encoding="utf-8")
    got = _rule(run_cli, path, "dates.weekday-mismatch", "--published", "2014-12-29")
    assert [g[:2] for g in got] == [_at(text, "Tuesday, Dec.")]


# --- hygiene.boilerplate: a named newsletter pitch --------------------------------------------

STORY = ("Ferry fares rise\n\nPORTLAND, Maine (AP) _ The harbor board voted 5-2 on Monday to raise "
         "ferry fares, the chair said.\n\n{line}\n\nFares rise in March.\n")


def _pitches(run_cli, tmp_path, text, name="s.txt", newline=None):
    path = tmp_path / name
    with open(path, "w", encoding="utf-8", newline=newline) as fh:
        fh.write(text)
    return _rule(run_cli, path, "hygiene.boilerplate", "--published", "2025-03-03")


@pytest.mark.parametrize("line", [
    "Want to know when the ferry is late? Sign up for the county's emergency alert newsletter at ReadyHarbor.gov.",
    "Sign up for the harbor board's newsletter to get fare alerts, or call 555-0100.",
    "Her advice? Sign up for every newsletter you can find.",
    "Riders have grumbled for years. Sign up for the newsletter and you will regret it, she joked.",
])
def test_prose_about_signing_up_is_no_pitch(run_cli, tmp_path, line):
    assert _pitches(run_cli, tmp_path, STORY.format(line=line)) == []


@pytest.mark.parametrize("line", [
    "Sign up to First Edition, our free daily newsletter",
    "Sign up to our Morning Briefing newsletter",
    "Sign up for Business Today, our daily newsletter",
    "Sign up now for the Daily Briefing newsletter",
    "Sign up for the Morning Briefing e-newsletter",
])
def test_more_named_pitches(run_cli, tmp_path, line):
    assert [g[:2] for g in _pitches(run_cli, tmp_path, STORY.format(line=line))] == [(5, 1)]


def test_a_pitch_with_a_no_break_space(run_cli, tmp_path):
    html = ("<article><h1>Ferry fares rise</h1><p>The harbor board voted 5-2 on Monday to raise ferry fares, "
            "the chair said.</p><p>Sign up for the Daily&nbsp;Briefing newsletter</p><p>Fares rise in March.</p>"
            "</article>")
    assert [g[:2] for g in _pitches(run_cli, tmp_path, html, name="p.html")] == [_at(html, "Sign up")]


def test_guard_pitch_positions_across_inline_tags(run_cli, tmp_path):
    html = ("<article><h1>Ferry fares rise</h1><p>The harbor board voted 5-2 on Monday to raise ferry fares, "
            "the chair said.</p><p><strong>Sign up</strong> for the <a href='/nl'>Daily Briefing newsletter</a>"
            "</p><p>Fares rise in March.</p></article>")
    got = _pitches(run_cli, tmp_path, html, name="p.html")
    end = html.index("newsletter</a>") + len("newsletter")
    assert [g[:4] for g in got] == [_at(html, "Sign up") + (1, end + 1)]


@pytest.mark.parametrize("line,col", [
    ("Sign up for the Daily Briefing newsletter", 1),
    ("Want more updates from Amanda? Sign up for her newsletter, Piping Hot Truth.", 32),  # PolNeAR train
    ("- Sign up for the Daily Briefing newsletter", 3),
])
def test_guard_named_pitches_flagged(run_cli, tmp_path, line, col):
    assert [g[:2] for g in _pitches(run_cli, tmp_path, STORY.format(line=line))] == [(5, col)]


def test_guard_a_pitch_in_a_crlf_file(run_cli, tmp_path):
    text = STORY.format(line="Sign up for the Daily Briefing newsletter").replace("\n", "\r\n")
    assert [g[:4] for g in _pitches(run_cli, tmp_path, text, newline="")] == [(5, 1, 5, 42)]


def test_guard_a_markdown_link_pitch(run_cli, tmp_path):
    text = ("---\ntitle: Ferry fares rise\n---\n\nThe harbor board voted 5-2 on Monday to raise ferry fares, "
            "the chair said.\n\n[Sign up for the Daily Briefing newsletter](https://example.com/nl)\n\n"
            "Fares rise in March.\n")
    assert [g[:2] for g in _pitches(run_cli, tmp_path, text, name="p.md")] == [(7, 2)]


@pytest.mark.parametrize("line", [
    "Residents can sign up for the city's Daily Briefing newsletter at the library.",
    "Asked how to help, she said: Sign up for the newsletter and read it.",
    "Sign up for the Daily Briefing newsletter, which the mayor's office said would launch in May.",
])
def test_guard_prose_spared(run_cli, tmp_path, line):
    assert _pitches(run_cli, tmp_path, STORY.format(line=line)) == []
