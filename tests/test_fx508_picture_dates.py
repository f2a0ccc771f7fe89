"""fx508 (nu70 #7): a caption's date told by its picture's participle ("In
this photo taken Wednesday, Nov. 20, 2019", "In this image made from video,
...") is the picture's: dates.caption-after-publication (a warning) reports
it, not dates.after-publication (an error blaming "taken"). A date the
caption rule cannot place (no year, no weekday), a past verb of the caption's
own action and a photo told of in a paragraph stay after-publication's."""
import pytest

from lint import lint_text

STORY = ("Floods swamp Venice\n\nVENICE, Italy (AP) — The mayor declared an emergency, "
         "officials said.\n\n{}\n")


def _found(paragraph):
    diags = lint_text(STORY.format(paragraph), "story.txt", published="2019-11-13", select=["dates"])
    return [(d.rule, d.level, d.line, d.column) for d in diags]


@pytest.mark.parametrize("caption, column", [
    ("In this photo taken Wednesday, Nov. 20, 2019, water floods St. Mark's Basilica. "
     "(AP Photo/Luca Bruno)", 21),
    ("In this file photo taken Wednesday, Nov. 20, 2019, water floods St. Mark's Basilica. "
     "(AP Photo/Luca Bruno)", 26),
    ("In this image made from video, water floods St. Mark's Basilica in Venice on Wednesday, "
     "Nov. 20, 2019. (AP Photo)", 78),
    ("In this photo taken Nov. 20 and 21, 2019, water floods St. Mark's Basilica. "
     "(AP Photo/Luca Bruno)", 21),
])
def test_picture_participle_is_the_caption_rules(caption, column):
    assert _found(caption) == [("dates.caption-after-publication", "warning", 5, column)]


@pytest.mark.parametrize("paragraph, found", [
    # no year, no weekday: the caption rule cannot place it; after-publication's warning stays
    ("In this photo taken Nov. 20, water floods St. Mark's Basilica. (AP Photo/Luca Bruno)",
     [("dates.after-publication", "warning", 5, 21)]),
    # the caption's own action told past: after-publication's error
    ("In this photo provided by the Italian Navy, sailors rescued residents on Wednesday, "
     "Nov. 20, 2019. (Italian Navy via AP)", [("dates.after-publication", "error", 5, 74)]),
    ("Residents fled their homes on Wednesday, Nov. 20, 2019. (AP Photo/Luca Bruno)",
     [("dates.after-publication", "error", 5, 31)]),
    # a photo told of in the story, no caption
    ("Police said the photo taken Wednesday, Nov. 20, 2019, shows the flood.",
     [("dates.after-publication", "error", 5, 29)]),
])
def test_guard_other_past_dates_stay(paragraph, found):
    assert _found(paragraph) == found
