"""check --diff says a directive's slip in an export's article as check does,
naming the article after the message (qa70 #11): a JSON Lines or WordPress
file's line alone does not say which story it is in."""
from __future__ import annotations

import json

WXR = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
       'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
       'xmlns:wp="http://wordpress.org/export/1.2/"><channel>\n'
       '<item><title>Budget vote</title><wp:post_id>10</wp:post_id>'
       '<wp:post_date>2026-03-02 10:00:00</wp:post_date><wp:status>publish</wp:status>'
       '<wp:post_type>post</wp:post_type><content:encoded><![CDATA[<p>The meeting is at 7pm. '
       '<!-- newslint-disable-line approved --></p>]]></content:encoded></item>\n'
       '</channel></rss>\n')


def _directive_line(text: str) -> str:
    return next(x for x in text.splitlines() if "[file.directive]" in x)


def test_diff_names_the_article_of_a_directive_slip_as_check_does(run_cli, tmp_path):
    record = {"id": "10", "headline": "Budget vote", "date": "2026-03-02",
              "body": "<p>The meeting is at 7pm. <!-- newslint-disable-line approved --></p>"}
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (tmp_path / "site.xml").write_text(WXR, encoding="utf-8")
    for name in ("feed.jsonl", "site.xml"):
        checked = run_cli("check", name, "--select", "style", cwd=tmp_path)
        said = _directive_line(checked.stdout)
        assert said.endswith("(article 10)")                        # the guard: check names it
        diffed = run_cli("check", name, "--select", "style", "--diff", cwd=tmp_path)
        assert _directive_line(diffed.stderr) == "newslint: " + said
