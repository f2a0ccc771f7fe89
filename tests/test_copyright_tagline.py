"""nu25 #7: a copyright tagline ending wire copy (`Copyright 2026 Lakeshore
Ledger. All rights reserved.`) was an error, "CMS boilerplate ... delete
it", though wire agreements often require the line. The lead's decision: a
line of its own that opens with Copyright, © or (c) and a year, and is the
story's last line or the one before an agency line, is no boilerplate; the
words elsewhere (mid-story, under a page footer's links) still are."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.config import Config
from lint.kinds.base import OptionError
from lint.kinds.existence import Existence

BOILERPLATE = Config(select=("hygiene.boilerplate",))
STORY = "Ex-treasurer sentenced\n\nKessler must report to prison by Jan. 4.\n\n"
TAGLINE = "Copyright 2026 Lakeshore Ledger. All rights reserved."


def found(text: str, path: str = "s.txt") -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.snippet) for d in lint_text(text, path, config=BOILERPLATE)]


@pytest.mark.parametrize("path,text", [
    ("s.txt", STORY + TAGLINE + "\n"),                                     # nu25's court-correction.txt
    ("s.txt", STORY + TAGLINE),                                            # no line break at the end
    ("s.txt", STORY + "  " + TAGLINE + "  \r\n\r\n"),                      # white space and CRLF
    ("s.txt", STORY[:-1] + TAGLINE + "\n"),                                # its own line in the last paragraph
    ("s.md", "# Ex-treasurer sentenced\n\nKessler must report.\n\n" + TAGLINE + "\n"),
    ("s.html", "<h1>Ex-treasurer sentenced</h1><p>Kessler must report.</p><p>" + TAGLINE + "</p>"),
    ("s.txt", STORY + "COPYRIGHT 2026 THE LEDGER. ALL RIGHTS RESERVED.\n"),
    ("s.txt", STORY + "Copyright © 2014-2026 Lakeshore Ledger, all rights reserved\n"),
    ("s.txt", STORY + "© NET Newspapers 2014. All Rights Reserved. Please use sharing tools.\n"),
    ("s.txt", STORY + TAGLINE + "\n\n— Reuters\n"),
    ("s.txt", STORY + TAGLINE + "\nAssociated Press writer Ann Lee contributed to this report.\n"),
    ("s.txt", STORY + TAGLINE + "\n\nReporting by Jane Doe; Editing by John Roe\n"),
    ("s.txt", STORY + TAGLINE + "\n\nAP-NY-05-01-98 0913EDT\n"),
])
def test_a_copyright_tagline_ending_the_story_is_not_boilerplate(path, text):
    assert found(text, path) == []


@pytest.mark.parametrize("text,line,column", [
    (STORY + TAGLINE + "\n\nThe appeal is due in March.\n", 5, 34),          # mid-story
    (STORY + "© 2026 Lakeshore Ledger. All rights reserved.\n\nPrivacy Policy | Terms of Use\n", 5, 26),
    (STORY + "Home | About | " + TAGLINE + "\n", 5, 49),                     # not at the line's start
    (STORY + "Copyright Lakeshore Ledger. All rights reserved.\n", 5, 29),   # no year
    (STORY + "All rights reserved.\n", 5, 1),
    (STORY + TAGLINE + "\n\n— Reuters\n\n(Reporting by Jane Doe)\n", 5, 34),  # two lines after it
    (STORY + "Kessler said the ruling was final. All rights reserved.\n", 5, 36),
])
def test_all_rights_reserved_elsewhere_is_still_boilerplate(text, line, column):
    assert found(text) == [(line, column, "All rights reserved")]


def test_the_tagline_is_judged_by_its_place_in_the_source_not_the_parts_order():
    # a wire dateline is added as a part after its paragraph; the last
    # paragraph by position is still the tagline
    assert found("TORONTO, Ontario — Officials named the gunman.\n\n"
                 "Copyright 2014 The Associated Press. All rights reserved.\n") == []


def test_a_house_that_wants_the_line_reported_sets_no_closing(tmp_path):
    from lint.config import from_mapping
    config = from_mapping({"select": ["hygiene.boilerplate"],
                           "options": {"hygiene.boilerplate": {"closing": ""}}}, str(tmp_path / "c.yaml"))
    assert [d.snippet for d in lint_text(STORY + TAGLINE + "\n", "s.txt", config=config)] == \
        ["All rights reserved"]


@pytest.mark.parametrize("key,value,said", [
    ("closing", "(copyright", "does not compile"),
    ("closing-after", "x?", "matches empty text"),
])
def test_a_bad_closing_pattern_is_refused_by_its_key(key, value, said):
    with pytest.raises(OptionError) as caught:
        Existence("house.rights", {"tokens": ["all rights reserved"], "ignorecase": True,
                                   "nonword": False, "exceptions": [], "ordinary": [], key: value})
    assert caught.value.key == key and said in str(caught.value) and repr(value) in str(caught.value)
