"""A file of many articles is read and linted in time linear in its size
(qa71 #1). An export's articles share the file's source, so a per-article
question about the whole source (is the file blank?) must not copy it:
`strip` did, once per article; and each JSON Lines line was read from a copy
of the file up to it. A file of 40,000 short articles took 21 s, four times
the 20,000's."""
from __future__ import annotations

import json

from lint import engine
from lint.config import Config


class _Counted(str):
    """A source that counts how often it is stripped whole."""
    strips = 0

    def strip(self, *args):
        type(self).strips += 1
        return super().strip(*args)


def test_a_jsonl_files_blankness_is_not_read_by_stripping_it_once_per_article(monkeypatch):
    rows = [json.dumps({"headline": "Vote",
                        "body": f"The vote number {i} was held on Monday."}) for i in range(300)]
    data = ("\n".join(rows) + "\n").encode()
    real = engine.read_bytes

    def read_counted(*args, **kwargs):
        doc = real(*args, **kwargs)
        source = _Counted(doc.source)
        doc.source = source
        for article in doc.articles:
            article.source = source
        return doc

    monkeypatch.setattr(engine, "read_bytes", read_counted)
    _Counted.strips = 0
    result = engine.lint_bytes("dump.jsonl", data, Config())
    assert result.articles == 300 and not result.problems
    assert _Counted.strips <= 1


def test_a_blank_source_is_blank_and_any_other_is_not():
    from lint.document import Document
    assert Document("a.txt", " \n\t\u00a0\n", "text").blank
    assert Document("a.txt", "", "text").blank
    assert not Document("a.txt", "\n\n x", "text").blank


class _Sliced(str):
    """A source that counts the characters its slices copy."""
    copied = 0

    def __getitem__(self, key):
        got = super().__getitem__(key)
        type(self).copied += len(got)
        return got


def test_a_jsonl_line_is_read_from_a_copy_of_itself_not_of_the_file_before_it():
    from lint.readers.jsonl import object_fields
    row = '{"headline": "Vote", "body": "The vote was held on Monday."}'
    src = _Sliced((row + "\n") * 2000)
    start = len(src) - len(row) - 1
    _Sliced.copied = 0
    fields = object_fields(src, start, start + len(row))
    assert fields["headline"] == ("Vote", start + 13, start + 19)
    assert src[fields["body"][1]:fields["body"][2]] == '"The vote was held on Monday."'
    _Sliced.copied = 0
    object_fields(src, start, start + len(row))
    assert _Sliced.copied <= 2 * len(row)      # the file before it was copied whole (120 KB)


def test_a_jsonl_line_that_is_no_object_is_placed_in_the_file_as_before():
    from lint.readers.jsonl import object_fields
    src = '{"a": 1}\n{"a": 2}\n{"a": [1,\n'
    start = src.index('{"a": [')
    try:
        object_fields(src, start, len(src) - 1)
    except ValueError as exc:
        assert "line 3" in str(exc)         # the file's own line, not the copy's line 1
    else:
        raise AssertionError("a line cut short must be refused")
