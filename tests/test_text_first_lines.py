"""Plain text's first lines: a lede opening the text with no hed, a wire
slug in its AP forms, budget lines under a slug, a writer's line under a
`BY:` budget line and a one-line `Published | Updated` stamp (the new
user's trial, fifteenth session)."""
from __future__ import annotations

from lint.readers import read_bytes


def read(text: str):
    return read_bytes("story.txt", text.encode("utf-8"))


def kinds(text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in read(text).parts]


def test_a_one_sentence_lede_with_an_article_and_a_past_tense_verb_is_no_hed():
    text = ("A gunman killed three people at a Denver mall on Saturday.\n\n"
            "Police said the suspect, a 24-year-old man, was arrested at the scene.\n")
    assert [k for k, _ in kinds(text)] == ["paragraph", "paragraph"]


def test_a_lede_naming_a_weekday_is_no_hed():
    text = ("Police arrested two men after a chase through downtown Riverside on Friday night.\n\n"
            "Officers said the chase began at a red light.\n")
    assert "headline" not in [k for k, _ in kinds(text)]


def test_a_hed_with_a_stray_stop_stays_the_hed():
    # present tense, no article, no weekday: a hed, whose stop titles.trailing-period reports
    text = "Council approves budget after long debate over pension costs.\n\nThe council voted on Friday.\n"
    assert kinds(text)[0] == ("headline", "Council approves budget after long debate over pension costs.")
    text = "Storms hit Ohio as utilities warn of long waits for the U.S.\n\nStorms hit Monday.\n"
    assert kinds(text)[0][0] == "headline"


def test_budget_lines_under_an_ap_slug_line_are_read():
    text = ("BC-US-Storm-Power,0587\nHED: Storm knocks out power to 200,000\nDEK: Utilities warn of long waits\n"
            "BY: Maria Gonzalez\n\nCOLUMBUS, Ohio (AP) — Storms hit Monday.\n")
    doc = read(text)
    assert [(p.kind, p.name, p.text) for p in doc.parts[:4]] == [
        ("field", "slug", "BC-US-Storm-Power,0587"), ("headline", "", "Storm knocks out power to 200,000"),
        ("dek", "", "Utilities warn of long waits"), ("byline", "", "Maria Gonzalez")]


def test_an_ap_slug_line_over_a_plain_hed_is_still_a_field():
    text = "BC-US-Storm-Power,0587\nStorm knocks out power to 200,000\n\nStorms hit Monday.\n"
    assert kinds(text)[:2] == [("field", "BC-US-Storm-Power,0587"), ("headline", "Storm knocks out power to 200,000")]


BELOW = "\n12,000 flee wildfire near Santa Rosa\n\nBy Tom Beckett\n\nSANTA ROSA, Calif. — About 2,000 fled Sunday.\n"


def test_ap_bare_slug_forms_over_the_hed_are_fields():
    for slug in ("WILDFIRE", "WILDFIRE-EVAC 2NDLD", "CALIF-WILDFIRE/", "wildfire-evac", "BUDGET-VOTE ADV",
                 "WILDFIRE-EVAC 1STLD-WRITETHRU"):
        got = [(p.kind, p.name, p.text) for p in read(slug + BELOW).parts[:2]]
        assert got == [("field", "slug", slug), ("headline", "", "12,000 flee wildfire near Santa Rosa")], slug


def test_ambiguous_caps_lines_and_kickers_are_no_slug():
    # two words in capitals may be an all-caps hed; a kicker is no slug; an unknown note after a slug is none
    for first in ("WILDFIRE EVACUATIONS", "BREAKING", "FED", "WILDFIRE-EVAC TONIGHT"):
        assert read(first + BELOW).parts[0].kind != "field", first


def test_a_writer_line_under_a_budget_byline_joins_the_byline_and_the_dateline_is_read():
    text = ("HED: Storm knocks out power\nBY: MARIA GONZALEZ\nAP Business Writer\n\n"
            "COLUMBUS, Ohio, June 3 (AP) — Storms hit Monday.\n")
    assert kinds(text)[1:] == [("byline", "MARIA GONZALEZ\nAP Business Writer"),
                               ("paragraph", "COLUMBUS, Ohio, June 3 (AP) — Storms hit Monday."),
                               ("dateline", "COLUMBUS, Ohio, June 3 (AP) —")]


def test_a_lede_under_a_budget_byline_stays_prose():
    text = "HED: Storm knocks out power\nBY: Maria Gonzalez\nStorms hit Ohio on Monday, utilities said.\n"
    assert kinds(text)[2] == ("paragraph", "Storms hit Ohio on Monday, utilities said.")


def test_a_published_stamp_with_no_year_takes_the_update_s_year_on_one_line():
    import datetime
    text = ("Council to vote on budget\nBy Priya Natarajan\nPublished June 5 | Updated June 6, 2026\n\n"
            "The council voted on Friday.\n")
    assert read(text).published == datetime.date(2026, 6, 5)
    text = text.replace("June 6, 2026", "Jan. 2, 2027").replace("June 5", "Dec. 31")
    assert read(text).published == datetime.date(2026, 12, 31)      # published the year before the update


def test_a_hed_with_a_label_and_a_stray_stop_stays_the_hed():
    # PolNeAR's AP hed: article, an '-ed' adjective and a stop, but a label and a colon
    text = "The Latest: Cruz to give away engraved shotgun.\n\nWASHINGTON (AP) — The latest on the day.\n"
    assert kinds(text)[0] == ("headline", "The Latest: Cruz to give away engraved shotgun.")
