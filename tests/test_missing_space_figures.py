"""hygiene.missing-space after a figure that ends a date or an ordinal
(nu44 H8): "on May 4.Officials agreed" runs two sentences together as
"on Monday.Officials" does. Decimals, versions, file names, amounts and
addresses stay silent, and a --fix run mends an ordinal date's suffix and
its stop together ("May 4th.Officials" -> "May 4. Officials")."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.fixes import fix_bytes

from story_helpers import missing_space, story_file

SPACE = ("hygiene.missing-space",)


@pytest.mark.parametrize("body, at", [
    ("Ruiz spoke on Monday, May 4.Officials agreed.", "May 4."),
    ("Ruiz spoke in 2025.Officials agreed.", "in 2025."),
    ("Ruiz spoke on Sept. 4, 2025.Officials agreed.", "2025."),
    ("Ruiz spoke on May 4-5.Officials agreed.", "4-5."),
    ("Ruiz finished 4th.Officials agreed.", "4th."),
    # nu45 H3: the last day of a pair, a list or a worded range ends a date as "May 4-5" does
    ("The panel meets March 4 and 5.Officials agreed.", "and 5."),
    ("The panel meets March 4, 5 and 6.Officials agreed.", "and 6."),
    ("The panel meets March 4, 5, and 6.Officials agreed.", "and 6."),
    ("The panel meets March 4 through 6.Officials agreed.", "through 6."),
    ("The panel meets March 4 to 6.Officials agreed.", "to 6."),
    ("The panel meets March 4 or 5.Officials agreed.", "or 5."),
    ("The panel meets March 4 & 5.Officials agreed.", "& 5."),
    ("The panel meets Sept. 29th and 30th.Officials agreed.", "30th."),
    ("It meets Tues., Wed. and Thurs., March 4, 5 and 6.Officials agreed.", "and 6."),
    ("The panel meets March 4 and 5, 2026.Officials agreed.", "2026."),
])
def test_a_date_or_ordinal_run_on_is_flagged_at_its_stop(body, at):
    stop = body.index(at) + len(at) - 1
    assert missing_space(body) == [body[stop:stop + len(".Officials")]] == [".Officials"]   # the stop and the word
    path, data = story_file("txt", body)
    fixed = fix_bytes(path, data, Config(select=SPACE)).data.decode("utf-8")
    assert fixed == f"Council votes\n\n{body[:stop + 1]} {body[stop + 1:]}\n"


@pytest.mark.parametrize("body", [
    "Version v2.Final shipped.",
    "The file report2025.Pdf is attached.",
    "The rate rose to 3.5 percent.",
    "It cost $2025.The buyer paid.",
    "Tickets are sold at 7pm.com and by phone.",
    "See example.com or No.5 for seats.",
    "Ruiz spoke on May 4.Com and other sites.",
    "Ruiz spoke on May 4.Officials.gov covered it.",
    "Ruiz spoke on May 4.5 percent of voters.",
    "The panel meets March 4 and 5.Com and other sites.",
    "The panel meets March 4 to 6.Officials.gov covered it.",
    "The panel meets March 4 to 6.5 percent of voters.",
    "Bids on March 4 rose to $5.The buyer paid.",
    "Bids on March 4 rose to ¥5.The buyer paid.",
    "Bids on March 4 and v2.Final rose.",
    "The panel meets March 4 and 7pm.com sells seats.",
])
def test_a_figure_in_a_version_decimal_file_or_address_stays_silent(body):
    assert missing_space(body) == []


def test_fix_mends_an_ordinal_date_and_its_stop_in_one_run():
    path, data = story_file("txt", "Ruiz spoke on Monday, May 4th.Officials agreed.")
    fixed = fix_bytes(path, data, Config(select=("hygiene.missing-space", "style.date-ordinal")))
    assert fixed.data.decode("utf-8") == "Council votes\n\nRuiz spoke on Monday, May 4. Officials agreed.\n"
