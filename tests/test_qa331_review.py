"""qa331: review of fx467 (wire datelines in lint/readers/patterns.py:
hyphenated and `St.` title-case places, `L’AQUILA`, AP's `McALLEN` capitals,
NFD accents, the title-case word's end lookahead).

Strict xfails record what breaks; the passing tests beside them guard the
nearest cases that work, so a fix cannot trade one for the other."""
from __future__ import annotations

import time

import pytest

from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes
from lint.readers.patterns import WIRE_DATELINE, dateline_match

BODY = " Floodwater rose on Tuesday, officials said.\n"


def headline(text: str, name: str = "x.txt") -> str | None:
    doc = read_bytes(name, text.encode())
    part = doc.first("headline")
    return part.text if part is not None else None


def wire(text: str, name: str = "x.txt") -> str | None:
    doc = read_bytes(name, text.encode())
    return next((p.text for p in doc.parts if p.kind == "dateline" and p.attrs.get("wire")), None)


def date_rules(text: str, name: str = "x.md") -> list[tuple[str, str]]:
    config = Config(select=("dates",))
    doc = read_bytes(name, text.encode())
    return [(d.rule, doc.source[d.offset:d.end_offset])
            for d in lint_document(doc, active_rules(config), config).diagnostics]


# --- #1 (HIGH): a plain-text kicker headline over its dek is no longer the headline ------------
# Before fx467 `_CAPS_OPENING`/the capitals place took no `’` and no `Mc`/`De`/`Le` opening, so
# these heds (a kicker in capitals, a dash, the hed; a dek under it) were read as headline + dek.
# Now `hed_over_dek` sees a "dateline" in the hed line and the story has no headline:
# titles.missing-headline (an error: a CI check fails) and every headline/dek check is lost.
# (The same shape with a straight `'` or all capitals, `WHAT'S NEXT —`, `LEBRON JAMES —`,
# was lost before fx467 already.)
KICKER_HEDS = ["DON’T MISS — County fair opens Friday with rides\nFood, music and a parade through Sunday night",
               "WHAT’S NEXT — Council to vote on budget again\nMembers meet in two weeks",
               "McDONALD’S — Chain to close 40 stores\nJobs cut across the region",
               "LeBRON JAMES — Star scores 40 in win\nLakers beat Celtics at home"]


@pytest.mark.parametrize("hed_dek", KICKER_HEDS)
def test_kicker_hed_over_dek_stays_the_headline(hed_dek):
    hed = hed_dek.split("\n")[0]
    assert headline(f"{hed_dek}\n\nThe council met on Tuesday, officials said.\n") == hed


@pytest.mark.parametrize("hed", ["WHAT’S NEXT — Council to vote on budget again",
                                 "McDONALD’S — Chain to close 40 stores"])
def test_kicker_hed_alone_stays_the_headline(hed):
    """Guard: with no dek under it the same hed is read as the headline now."""
    assert headline(f"{hed}\n\nThe council met on Tuesday, officials said.\n") == hed


# --- #2 (HIGH): `St. Patrick's Day, March 17 - …` as a plain-text hed is taken for a dateline ---
@pytest.mark.parametrize("tail", ["\nWhat to know before you go downtown", ""])
def test_st_holiday_hed_stays_the_headline(tail):
    hed = "St. Patrick's Day, March 17 - Parade route and road closures"
    assert headline(f"{hed}{tail}\n\nThe parade steps off at 11 a.m. on Tuesday, March 17, organizers said.\n") == hed


# --- #3 (MED): an events listing's `St. Patrick's Day, March 17 -` is a dateline ---------------
# `St.` joined `_PLACE_WORDS[1]`, so any `St. X[ Y], <date> -` is a "safe" place: a holiday's or
# a saint's name before its date gives dates.dateline-mismatch (an error) and, with a year,
# sets the story's publication date from it.
ST_NAMES = ["St. Patrick's Day, March 17 -", "St. Valentine's Day, Feb. 14 -"]


@pytest.mark.parametrize("opening", ST_NAMES)
def test_st_holiday_and_date_is_no_dateline(opening):
    assert dateline_match(f"{opening} Parade crowds will gather downtown at 11 a.m.") is None


def test_st_holiday_listing_gives_no_dateline_mismatch():
    src = ("---\ntitle: Parade guide\ndate: 2026-03-10\n---\n\nSt. Patrick's Day, March 17 - Parade crowds will "
           "gather downtown at 11 a.m., organizers said on Tuesday, March 10.\n")
    assert date_rules(src) == []


@pytest.mark.xfail(strict=True, reason="taken back (fx467, qa331 #1-#3): qa326 #2, a St. place is no dateline")
@pytest.mark.parametrize("line", ["St. Louis, Mo., March 3 (AP) —", "St. Paul, Minn., Nov. 12 —",
                                  "St. Petersburg, Russia (AP) —", "Sault Ste. Marie, Ont. (CP) —",
                                  "St. John’s, Newfoundland (AP) —", "Ste. Genevieve, Mo. (AP) —"])
def test_st_places_with_a_state_or_agency_stay_datelines(line):
    """Guard: the St. places fx467 added, with a state, a country or an agency."""
    assert wire(f"Flood\n\n{line}{BODY}") == line


@pytest.mark.xfail(strict=True, reason="taken back (fx467, qa331 #1-#3): qa326 #2, a St. place is no dateline")
def test_st_place_dateline_still_goes_to_dateline_mismatch():
    src = "---\ntitle: Flood\ndate: 2026-03-10\n---\n\nSt. Paul, Minn., March 3 (AP) —" + BODY
    assert date_rules(src) == [("dates.dateline-mismatch", "March 3")]


# --- #4 (MED, before fx467 too): the title-case spellings of the places fx467 reads in capitals -
# `McAllen, Texas (AP) —`, `DeKalb, Ill.`, `O'Fallon, Mo.`, `L’Aquila, Italy`, `Coeur d'Alene`:
# `_TITLE_WORD` takes no capital after the first but a hyphen part's, so these stay story text
# and dates.dateline-mismatch never compares their date (a wanted finding lost).
TITLE_CASE_MISSED = ["McAllen, Texas (AP) —", "DeKalb, Ill. (AP) —", "O'Fallon, Mo. (AP) —",
                     "L’Aquila, Italy (AP) —", "L'Aquila, Italy (AP) —", "Coeur d'Alene, Idaho (AP) —",
                     "Val-d’Or, Quebec (CP) —"]


@pytest.mark.xfail(strict=True, reason="qa331 #4: a title-case place with an inner capital (`McAllen`, "
                                       "`O'Fallon`, `L’Aquila`, `d'Alene`) is no dateline")
@pytest.mark.parametrize("line", TITLE_CASE_MISSED)
def test_title_case_places_with_an_inner_capital_are_datelines(line):
    assert wire(f"Flood\n\n{line}{BODY}") == line


@pytest.mark.xfail(strict=True, reason="qa331 #4: `McAllen, Texas, March 3 (AP) —` gives no dateline-mismatch")
def test_title_case_mcallen_goes_to_dateline_mismatch():
    src = "---\ntitle: Flood\ndate: 2026-03-10\n---\n\nMcAllen, Texas, March 3 (AP) —" + BODY
    assert date_rules(src) == [("dates.dateline-mismatch", "March 3")]


@pytest.mark.xfail(strict=True, reason="taken back (fx467, qa331 #1-#3): qa326 #1, #3, #4, #5, these places are no dateline")
@pytest.mark.parametrize("line", ["McALLEN, Texas (AP) —", "DeKALB, Ill. (AP) —",
                                  "L’AQUILA, Italy (AP) —", "Winston-Salem, N.C. (AP) —",
                                  "Trois-Rivières, Que. (CP) —", "Saint-Jean-sur-Richelieu, Que. (CP) —"])
def test_capitals_and_hyphenated_spellings_are_datelines(line):
    """Guard: the capitals spellings and the hyphenated title case that fx467 reads."""
    assert wire(f"Flood\n\n{line}{BODY}") == line


def test_a_capitals_place_with_a_straight_apostrophe_is_a_dateline():
    line = "O'FALLON, Mo. (AP) —"
    assert wire(f"Flood\n\n{line}{BODY}") == line


# --- #5 (LOW): a non-breaking hyphen (U+2011), as some CMSs set `Winston‑Salem` ----------------
@pytest.mark.xfail(strict=True, reason="qa331 #5: `Winston\u2011Salem` with a non-breaking hyphen is no dateline")
def test_non_breaking_hyphen_place_is_a_dateline():
    line = "Winston\u2011Salem, N.C. (AP) —"
    assert wire(f"<h1>Flood</h1><p>{line}{BODY}</p>", "x.html") == line


# --- guards: ledes and captions that stay story text, and no slow inputs -----------------------
@pytest.mark.parametrize("lede", ["Jean-Pierre Dupont, March 3 - The chef said.",
                                  "St. Patrick's Day Parade, March 17 — Steps off at 11 a.m.",
                                  "St. Louis, Mo., Mayor Tishaura Jones said Tuesday she would sign it.",
                                  "LeBRON JAMES scores 40 — the star said.", "L’OREAL said Tuesday — x",
                                  "McCONNELL says no — the senator said.", "Le MONDE — The paper said."])
def test_such_ledes_stay_story_text(lede):
    assert dateline_match(lede) is None


@pytest.mark.xfail(strict=True, reason="taken back (fx467, qa331 #1-#3): qa326 #4, `McALLEN, Texas (AP) —` is no dateline")
def test_a_caption_in_capitals_stays_a_caption():
    src = ("<h1>Storm hits river city</h1><figure><img src=a.jpg alt=flood><figcaption>McALLEN, Texas — A man "
           "walks through floodwater. (AP Photo/Eric Gay)</figcaption></figure><p>McALLEN, Texas (AP) —"
           f"{BODY}</p>")
    doc = read_bytes("x.html", src.encode())
    assert [p.text for p in doc.parts if p.kind == "dateline"] == ["McALLEN, Texas (AP) —"]
    assert any(p.kind == "caption" and p.text.startswith("McALLEN, Texas — A man") for p in doc.parts)


@pytest.mark.parametrize("run", ["Mc" + "A" * 8000 + " (", "McAA " * 1600 + "(", "L’A" * 2700 + " (",
                                 "Ab" + "\u0301" * 8000 + ", March 3 (", "Ab" + "-A" * 4000 + " (",
                                 "San " + "Ab-" * 2700 + "Ab, March 3 (", "Ab, " + "Ab-" * 2700 + "Ab, March 3 (",
                                 "St. " * 2000 + "Ab, March 3 (", "Ab" + "’" * 8000 + " ("])
def test_pathological_runs_fail_fast(run):
    t0 = time.perf_counter()
    assert WIRE_DATELINE.match(run) is None and dateline_match(run) is None
    assert time.perf_counter() - t0 < 2.0
