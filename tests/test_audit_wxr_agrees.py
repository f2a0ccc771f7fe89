"""The audit of a WordPress export (WXR) gives `check --format json`'s rows,
however the export is cut (fx183, from qa101 #1, #4, #6, #7, #8): the plan
cuts `<item>`s by their own bytes (items sharing a line, a minified export
on one line), counts lines and columns as check does (a lone CR ends a line,
columns in characters), reads the export in check's one codec (its XML
declaration's when UTF-8 fails), and chooses posts and captions by the
reader's own reading (`readers.wxr.sort_items`). Each synthetic export is
audited at several partition sizes and compared row for row with check."""
from __future__ import annotations

import shutil

import pytest

from test_qa101_regressions import HEAD, _both, _item, _wxr


def _story(pid, body, **kw):
    return _item(pid, body=body, **kw)


POSTS = [_story(1, "The council met and the the vote passed. TK."),
         _story(2, "It costs TK, said the mayor."),
         _story(3, "The the end came on Monday.")]
PHOTO = _item(10, kind="attachment", parent="2", excerpt="A man walks.", body="")


def _one_line(items) -> str:
    return _wxr(items).replace("\n", "")


def _shared_lines(items) -> str:
    """Some items alone on their lines, two sharing one, one after text on its line."""
    text = _wxr(items)
    return text.replace("</item>\n<item>", "</item>  <item>", 1).replace("<item>", "\t<item>", 1)


def _wide_chars() -> str:
    """Non-ASCII characters before items on their line: columns count characters."""
    items = [_story(1, "Caf\u00e9 \u2014 the the na\u00efve plan. TK.", title="Caf\u00e9 \u00fcber alles")]
    items += [_story(2, "\u00bfQu\u00e9? TK.")]
    return (HEAD.format(enc="UTF-8").replace("<title>Desk</title>", "<title>D\u00e9sk \u2014 \U0001f4f0</title>")
            + "".join(items).replace("\n", "") + "</channel></rss>\n")


# "crlf", "attachment-first" and "shared-lines" are controls: the plan before
# fx183 agreed on them too (items each alone on their lines, or not all on one).
CASES = {
    "one-line": lambda: _one_line([*POSTS, PHOTO]).encode("utf-8"),
    "lone-cr": lambda: _wxr([*POSTS, PHOTO]).replace("\n", "\r").encode("utf-8"),
    "crlf": lambda: _wxr([*POSTS, PHOTO]).replace("\n", "\r\n").encode("utf-8"),
    "shared-lines": lambda: _shared_lines([*POSTS, PHOTO]).encode("utf-8"),
    "characters-before": lambda: _wide_chars().encode("utf-8"),
    "latin1-c1-quotes": lambda: _wxr([_story(1, "TK", title="A \u201cplan\u201d"), *POSTS[1:]],
                                     "ISO-8859-1").encode("cp1252"),
    "latin1-utf8-looking": lambda: _wxr([_story(1, "Caf\u00e9 TK"), _story(2, "Caf\u00c3\u00a9 TK")],
                                        "ISO-8859-1").encode("latin-1"),
    "repeated-post-id": lambda: _wxr([_story(2, "One the the story."), PHOTO,
                                      _story(2, "Another the the story."), POSTS[0]]).encode("utf-8"),
    "statuses": lambda: _wxr([_item(1, extra="<wp:status>draft</wp:status>\n"),
                              _item(2, status="draft", extra="<wp:status>publish</wp:status>\n"),
                              _item(3, extra="<wp:postmeta><wp:status>draft</wp:status></wp:postmeta>\n")]
                             ).encode("utf-8"),
    "attachment-first": lambda: _wxr([PHOTO, *POSTS]).encode("utf-8"),
    "latin1-label-utf8-bytes": lambda: _wxr([_story(1, "Caf\u00e9 TK"), *POSTS[1:]], "ISO-8859-1").encode("utf-8"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_audit_of_a_wxr_export_gives_checks_rows_at_every_partition_size(
        tmp_path, audit_client, run_cli, case):
    (tmp_path / "wp.xml").write_bytes(CASES[case]())
    for size in ("1", "2", "1000"):
        rows, audited = _both(tmp_path, audit_client, run_cli, ["wp.xml"], "--partition-size", size)
        assert rows, "check gives findings to compare"
        assert audited == rows, size
        shutil.rmtree(tmp_path / "out")         # the next size's audit into a fresh folder
