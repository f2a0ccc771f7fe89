"""`--fix` on noon and midnight in a real file: a range of ages ending in 12 is
left as written, a time after a name before a stop is fixed, and a period that
ends both "12 a.m." and the sentence stays (the message names "12 a.m.")."""
from __future__ import annotations


def test_fix_keeps_ages_and_the_sentence_period(run_cli, tmp_path):
    story = tmp_path / "story.md"
    story.write_text("# Classes open\n\nThe ages 10-12 noon classes fill fast. Doors open at City "
                     "Hall 12 noon. They left at 12 a.m.\n\nChannel 12 midday news ran late.\n")
    found = run_cli("check", "--no-cache", "--select", "style.noon-midnight", str(story)).stdout
    assert "write 'midnight', not '12 a.m.'" in found
    run_cli("check", "--no-cache", "--fix", "--select", "style.noon-midnight", str(story))
    assert story.read_text() == ("# Classes open\n\nThe ages 10-12 noon classes fill fast. Doors open "
                                 "at City Hall noon. They left at midnight.\n\nChannel 12 midday news "
                                 "ran late.\n")


def test_a_wrapped_twelves_message_is_one_line(run_cli, tmp_path):
    # the message names the time as written with its stop ('{written}'); a line break or a tab
    # in it is one space, as in every quote of a message (it was a message of two lines)
    story = tmp_path / "story.md"
    story.write_text("# Polls close\n\nThe vote was at 12\nPM. Polls closed at 12\tPM.\n")
    found = run_cli("check", "--no-cache", "--select", "style.noon-midnight", str(story)).stdout
    assert found.count("write 'noon', not '12 PM.'") == 2, found
