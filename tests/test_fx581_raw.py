"""fx581: Vale's `raw` scope of an export's article is all of its own source
(qa438 #2): a WordPress `<item>` through `</item>`, a JSON Lines record's
line, a NewsML-G2 `newsItem`; never another article's text."""
from __future__ import annotations

from tests.test_qa427_review import _desk
from tests.test_qa438_review import ITEM_ONE, ITEM_TWO, RAW, WXR_HEAD, WXR_TAIL, _raw


def test_title_and_trailing_fields_of_an_item_are_its_raw_text(tmp_path, run_cli):
    _desk(tmp_path, None, Raw=RAW)
    one = ITEM_ONE.format(excerpt="").replace("First story", "First odd story").replace(
        "<wp:status>publish</wp:status>\n</item>", "<wp:status>publish</wp:status>\n<wp:meta>odd</wp:meta>\n</item>")
    (tmp_path / "a.xml").write_text(WXR_HEAD + one + ITEM_TWO + WXR_TAIL)
    got = _raw(run_cli, tmp_path, "a.xml")
    assert [(line, who) for line, _, who in got] == [(6, "article 1)"), (9, "article 1)"), (10, "article 1)"),
                                                      (14, "article 1)")]


def test_a_match_in_the_second_item_is_only_the_second_articles(tmp_path, run_cli):
    _desk(tmp_path, None, Raw=RAW)
    two = ITEM_TWO.replace("<p>The second story.</p>", "<p>The second story.</p><!-- odd -->")
    (tmp_path / "a.xml").write_text(WXR_HEAD + ITEM_ONE.format(excerpt="") + two + WXR_TAIL)
    assert [(line, who) for line, _, who in _raw(run_cli, tmp_path, "a.xml")] == [
        (9, "article 1)"), (10, "article 1)"), (18, "article 2)")]


def test_a_json_lines_record_without_a_body_is_not_given_the_whole_file(tmp_path, run_cli):
    _desk(tmp_path, None, Raw=RAW)
    (tmp_path / "e.jsonl").write_text('{"id": "a1", "body": ""}\n{"id": "a2", "title": "Odd", "body": "An odd day."}\n')
    assert [(line, who) for line, _, who in _raw(run_cli, tmp_path, "e.jsonl")] == [(2, "article a2)")]


def test_guard_the_channel_title_is_no_articles_raw_text(tmp_path, run_cli):
    _desk(tmp_path, None, Raw=RAW)
    (tmp_path / "a.xml").write_text(WXR_HEAD.replace("<title>Desk</title>", "<title>Odd desk</title>")
                                    + ITEM_TWO + WXR_TAIL)
    assert _raw(run_cli, tmp_path, "a.xml") == []


ATTACHMENT = ('<item>\n<title>Pier</title>\n<wp:post_id>3</wp:post_id>\n<wp:post_parent>1</wp:post_parent>\n'
              '<excerpt:encoded><![CDATA[Divers at an odd pier.]]></excerpt:encoded>\n'
              '<wp:post_type>attachment</wp:post_type>\n</item>\n')


def test_an_attachment_items_match_is_its_posts_once(tmp_path, run_cli):
    _desk(tmp_path, None, Raw=RAW)
    (tmp_path / "a.xml").write_text(WXR_HEAD + ITEM_ONE.format(excerpt="") + ITEM_TWO + ATTACHMENT + WXR_TAIL)
    assert _raw(run_cli, tmp_path, "a.xml") == [(9, 13, "article 1)"), (10, 6, "article 1)"),
                                                 (26, 40, "article 1)")]
