"""fx572: a live blog entry's time stamp with its time zone or a dash
('2.07pm BST ', '14.07 - ', '14:07 GMT – ') leaves the next word the
sentence's first (qa427 #5); guards: a zone word not after a stamp, and a
name after a stamp with a zone, stay as they were."""
from __future__ import annotations

from tests.test_qa427_review import _mentions, _stamped


def test_stamps_with_zone_and_dash():
    for stamp in ("2.07pm BST ", "14:07 GMT \u2013 ", "2:10 p.m. EDT ", "14.07 CEST - ", "10am ET "):
        assert ("An Indonesian", True) not in _mentions(_stamped(stamp)), stamp


def test_guard_name_after_a_zoned_stamp_is_kept_whole():
    page = ("<html><body><h1>Search goes on</h1><p><strong>2.10pm GMT </strong>Joko Widodo said the search "
            "would go on.</p></body></html>")
    assert ("Joko Widodo", True) in _mentions(page)


def test_guard_zone_word_inside_a_sentence_is_no_stamp():
    story = "# Search\n\nThey met at 14.07 GMT An Indonesian official spoke.\n"
    assert ("An Indonesian", True) in _mentions(story, "s.md")
