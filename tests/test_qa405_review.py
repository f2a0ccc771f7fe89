"""qa405 review of fx539 (81e0d13f, 42e2b05c): plain-text wire top lines
(HOLD FOR RELEASE, Reuters' four-figure embargo time, priority and EDITORS:
lines read as fields above the hed).

Each strict xfail states what a copy desk expects and fails today; the
passing tests beside them guard the nearest shapes that work now."""
import json

import pytest

HED = "Ferry fleet review ordered in Portland"
BODY = ("PORTLAND, Maine (AP) _ Harbor officials on Wednesday, March 4, opened a review of the "
        "ferry fleet in Portland, port director Alma Reyes said.\n")
PLAIN_BODY = ("PORTLAND, Maine (AP) _ Harbor officials opened a review of the ferry fleet, "
              "port director Alma Reyes said.\n")


def _write(tmp_path, text, name="story.txt", newline=None):
    path = tmp_path / name
    with open(path, "w", encoding="utf-8", newline=newline) as f:
        f.write(text)
    return path


def _parse(run_cli, path, *extra):
    return json.loads(run_cli("parse", "--format", "json", path, *extra).stdout)[0]


def _findings(run_cli, path, *extra):
    return [(f["rule"], f["line"], f["column"]) for f in
            json.loads(run_cli("check", "--format", "json", path, *extra).stdout)]


# --- #1 HIGH (new for HOLD FOR RELEASE): a placeholder in the release line goes unflagged ---

@pytest.mark.parametrize("top", ["HOLD FOR RELEASE UNTIL 6 A.M. EST, TK", "EMBARGOED UNTIL 6 A.M. EST, TK"])
def test_placeholder_in_release_line_is_flagged(run_cli, tmp_path, top):
    path = _write(tmp_path, f"BC-US-Ferry-Review\n{top}\n\n{HED}\n\n{PLAIN_BODY}")
    assert ("hygiene.placeholder", 2, top.index("TK") + 1) in _findings(run_cli, path)


def test_placeholder_in_headline_still_flagged(run_cli, tmp_path):
    hed = "Ferry fleet review ordered in TK"
    path = _write(tmp_path, f"{hed}\n\n{PLAIN_BODY}")
    assert ("hygiene.placeholder", 1, hed.index("TK") + 1) in _findings(run_cli, path)


# --- #2 HIGH (before, not fixed): a release line with a placeholder for its time is the hed ---

@pytest.mark.parametrize("top", ["HOLD FOR RELEASE UNTIL TK", "EMBARGOED UNTIL TK GMT, March 4, 2025"])
def test_release_line_with_placeholder_time_is_no_headline(run_cli, tmp_path, top):
    path = _write(tmp_path, f"{top}\n\n{HED}\n\n{BODY}")
    assert _parse(run_cli, path)["headline"] == HED


@pytest.mark.parametrize("top", ["HOLD FOR RELEASE", "HOLD FOR RELEASE UNTIL 6 A.M. EST, XX/XX/XX",
                                 "HOLD FOR RELEASE UNTIL 0000 GMT, XX, 2025"])
def test_release_line_with_time_or_bare_is_a_field(run_cli, tmp_path, top):
    parsed = _parse(run_cli, _write(tmp_path, f"{top}\n\n{HED}\n\n{BODY}"))
    assert parsed["headline"] == HED
    assert parsed["published"] is None
    assert top in [p["text"] for p in parsed["parts"] if p["kind"] == "field"]


# --- #3 MED (new): a headline that opens "Hold for release until <when>" is lost ---

def test_headline_opening_hold_for_release_stays_the_headline(run_cli, tmp_path):
    hed = "Hold for release until June, court tells jail"
    path = _write(tmp_path, f"{hed}\n\n{BODY}")
    assert _parse(run_cli, path)["headline"] == hed
    assert "titles.missing-headline" not in {r for r, _, _ in _findings(run_cli, path)}


def test_hold_for_release_sentence_in_prose_stays_prose(run_cli, tmp_path):
    para = "Hold for release until 0001 GMT, March 4, 2025, the council said it would vote on the ferry plan.\n"
    parsed = _parse(run_cli, _write(tmp_path, f"{HED}\n\n{para}\nMore text about the ferries.\n"))
    assert parsed["headline"] == HED
    assert parsed["published"] is None
    assert para.strip() in [p["text"] for p in parsed["parts"] if p["kind"] == "paragraph"]


# --- #4 MED (before): the wire's note to editors in capitals ('EDS:') is the hed ---

def test_eds_label_in_capitals_is_no_headline(run_cli, tmp_path):
    path = _write(tmp_path, f"BC-US-Ferry-Review\nEDS: UPDATES with quotes\n\n{HED}\n\n{BODY}")
    assert _parse(run_cli, path)["headline"] == HED


# --- guards: the nearest shapes that work ------------------------------------

def test_priority_and_hold_lines_positions_with_crlf(run_cli, tmp_path):
    top = "HOLD FOR RELEASE UNTIL 0001 GMT, March 4, 2025"
    path = _write(tmp_path, f"URGENT\r\n{top}\r\n\r\n{HED}\r\n\r\n{BODY}", newline="")
    parsed = _parse(run_cli, path)
    fields = [(p["text"], p["line"], p["column"], p["end_line"], p["end_column"])
              for p in parsed["parts"] if p["kind"] == "field"]
    assert fields == [("URGENT", 1, 1, 1, 7), (top, 2, 1, 2, len(top) + 1)]
    assert parsed["headline"] == HED
    assert parsed["published"] == "2025-03-04"


def test_priority_line_after_bom(run_cli, tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(f"\ufeffURGENT\n\n{HED}\n\n{BODY}".encode("utf-8"))
    parsed = _parse(run_cli, path)
    assert parsed["headline"] == HED
    assert [(p["text"], p["line"], p["column"]) for p in parsed["parts"] if p["kind"] == "field"] == [("URGENT", 1, 1)]


def test_priority_over_lede_leaves_the_story_with_no_headline(run_cli, tmp_path):
    path = _write(tmp_path, f"URGENT\n\n{PLAIN_BODY}")
    assert _parse(run_cli, path)["headline"] is None
    assert ("titles.missing-headline", 1, 1) in _findings(run_cli, path)


def test_release_date_after_dateline_date_is_flagged(run_cli, tmp_path):
    lede = ("LONDON, March 3 (Reuters) - Harbor officials on Monday opened a review of the fleet "
            "in Portland, a spokeswoman said.\n")
    path = _write(tmp_path, f"EMBARGOED UNTIL 0001 GMT, March 5, 2025\n\n{HED}\n\n{lede}")
    assert _parse(run_cli, path)["published"] == "2025-03-05"
    assert ("dates.dateline-mismatch", 5, 9) in _findings(run_cli, path)


def test_release_date_before_event_told_as_done_is_flagged(run_cli, tmp_path):
    lede = ("PORTLAND, Maine (AP) _ Harbor officials opened a review on March 3, 2025, "
            "port director Alma Reyes said.\n")
    path = _write(tmp_path, f"HOLD FOR RELEASE UNTIL 0001 GMT, March 1, 2025\n\n{HED}\n\n{lede}")
    assert ("dates.after-publication", 5, lede.index("March 3") + 1) in _findings(run_cli, path)


def test_impossible_date_in_hold_line_still_flagged(run_cli, tmp_path):
    top = "HOLD FOR RELEASE UNTIL 0001 GMT, Feb. 30, 2025"
    path = _write(tmp_path, f"{top}\n\n{HED}\n\n{PLAIN_BODY}")
    assert _parse(run_cli, path)["published"] is None
    assert ("dates.impossible-date", 1, top.index("Feb.") + 1) in _findings(run_cli, path)


def test_far_future_hold_date_is_not_the_publication_date(run_cli, tmp_path):
    path = _write(tmp_path, f"HOLD FOR RELEASE UNTIL 12:01 a.m. ET, March 4, 2052\n\n{HED}\n\n{BODY}")
    parsed = _parse(run_cli, path)
    assert parsed["headline"] == HED
    assert parsed["published"] is None


@pytest.mark.parametrize("top, published", [
    ("HOLD FOR RELEASE UNTIL 0000 GMT, March 4, 2025", "2025-03-04"),
    ("HOLD FOR RELEASE: 0001 GMT WEDNESDAY 4 MARCH 2025", "2025-03-04"),
    ("HOLD FOR RELEASE UNTIL 0001 GMT, March 4", None),
])
def test_hold_line_dates(run_cli, tmp_path, top, published):
    parsed = _parse(run_cli, _write(tmp_path, f"{top}\n\n{HED}\n\n{BODY}"))
    assert parsed["headline"] == HED
    assert parsed["published"] == published


def test_hold_line_under_the_hed_dates_the_story(run_cli, tmp_path):
    top = "HOLD FOR RELEASE UNTIL 0001 GMT, March 4, 2025"
    parsed = _parse(run_cli, _write(tmp_path, f"{HED}\n{top}\n\n{BODY}"))
    assert parsed["headline"] == HED
    assert parsed["published"] == "2025-03-04"


def test_hold_line_in_markdown_under_front_matter(run_cli, tmp_path):
    top = "HOLD FOR RELEASE UNTIL 0001 GMT, March 4, 2025"
    parsed = _parse(run_cli, _write(tmp_path, f"---\ntitle: {HED}\n---\n\n{top}\n\n{BODY}", name="story.md"))
    assert parsed["headline"] == HED
    assert parsed["published"] == "2025-03-04"
    assert top in [p["text"] for p in parsed["parts"] if p["kind"] == "field"]
