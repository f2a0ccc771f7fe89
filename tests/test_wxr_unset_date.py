"""A WordPress post's date fields that are no date (fx172, qa94 #3): the
unset `0000-00-00 00:00:00` WordPress writes in `wp:post_date_gmt` is left
alone when `wp:post_date` dates the post, and said at its value when nothing
stands in."""
from __future__ import annotations

from lint.config import Config
from lint.engine import lint_bytes

_WXR = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel><title>Gazette</title>\n'
        '<item><title>Council approves budget</title>\n<content:encoded><![CDATA[The council '
        'approved the budget on Tuesday.]]></content:encoded>\n<wp:post_id>12</wp:post_id>\n'
        '<wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt>\n{local}'
        '<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>\n</item></channel></rss>\n')


def _not_a_date(local: str):
    source = _WXR.format(local=local)
    result = lint_bytes("export.xml", source.encode(), Config())
    return source, [d for d in result.diagnostics if "is not a date" in d.message]


def test_an_unset_gmt_date_with_the_local_date_standing_in_is_left_alone():
    _, said = _not_a_date("<wp:post_date>2024-03-05 10:00:00</wp:post_date>\n")
    assert said == []


def test_an_unset_gmt_date_with_nothing_standing_in_is_said_at_its_value():
    source, said = _not_a_date("<wp:post_date>0000-00-00 00:00:00</wp:post_date>\n")
    assert [(d.rule, d.line) for d in said] == [("file.xml", 7)], said
    assert "wp:post_date_gmt '0000-00-00 00:00:00' is not a date" in said[0].message
    start = source.index("0000-00-00")
    assert said[0].column == start - source.rindex("\n", 0, start)
