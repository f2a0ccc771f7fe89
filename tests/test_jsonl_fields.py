"""JSON Lines fields that are not strings, bodies that are arrays of
paragraphs, and ids used twice (nu21 #8): each is said on its own line,
naming the article, never dropped in silence."""
from __future__ import annotations

import json

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes
from lint.readers import read_bytes, read_slice

# nu21's file: a missing body (said once a file), then null, number and array bodies, and x1 twice.
ODD = ['{"id":"x1","headline":"Ok","published":"2026-11-20","body":"Fine story said TK."}',
       '{"id":"x2","headline":"No body","published":"2026-11-20"}',
       '{"id":"x3","headline":"Null body","body":null}',
       '{"id":"x4","headline":"Num body","body":42}',
       '{"id":"x5","headline":"List","body":["TK one","TK two"]}',
       '{"id":"x1","headline":"Dup id","body":"Duplicate id said TK."}']


def data(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def found(lines: list[str], select=("file", "hygiene.placeholder", "hygiene.doubled-word")):
    result = lint_bytes("dump.jsonl", data(lines), Config(select=select))
    return [(d.line, d.column, d.end_column, d.article, d.rule, d.message)
            for d in result.diagnostics]


def col(line: str, text: str, nth: int = 0) -> int:
    """1-based column of the nth `text` in `line` (file characters)."""
    at = -1
    for _ in range(nth + 1):
        at = line.index(text, at + 1)
    return at + 1


def test_bodies_that_are_no_string_are_said_on_their_line_with_the_article():
    got = [(line, c, article, message) for line, c, _, article, rule, message in found(ODD)
           if rule == "file.jsonl"]
    assert got == [
        (2, 1, "x2", "line 2 has no body field 'body' (its keys: 'id', 'headline', 'published'); "
                     "name the body's key in the config, e.g. jsonl: {body: content} (said once a file)"),
        (3, col(ODD[2], "null"), "x3", "line 3: 'body' is null, not a string; the article's text "
                                       "is not read"),
        (4, col(ODD[3], "42"), "x4", "line 4: 'body' is a number, not a string; the article's "
                                     "text is not read"),
        (6, col(ODD[5], '"x1"'), "x1", "line 6: id 'x1' is also line 1's; findings name both "
                                       "articles alike (a dump's ids should be unique)"),
    ]


def test_a_body_that_is_an_array_of_strings_is_read_item_by_item_at_its_own_characters():
    got = [(line, c, end, article) for line, c, end, article, rule, _ in found(ODD)
           if rule == "hygiene.placeholder"]
    assert (5, col(ODD[4], "TK"), col(ODD[4], "TK") + 2, "x5") in got
    assert (5, col(ODD[4], "TK", 1), col(ODD[4], "TK", 1) + 2, "x5") in got
    doc = read_bytes("dump.jsonl", data(ODD))
    x5 = doc.articles[4]
    assert [p.text for p in x5.parts if p.kind == "paragraph"] == ["TK one", "TK two"]
    for part in x5.parts:              # every part is the file's own characters
        start = part.source_offset(0)
        assert doc.source[start:start + len(part.text)] == part.text


def test_an_array_body_in_markup_with_escapes_is_fixed_inside_its_item():
    lines = ['{"id":"m","headline":"Council","body":["<p>First \\u2014 item.</p>", '
             '"<p>The vote was the the last.</p>"]}']
    (line, c, end, article, rule, _), = found(lines, select=("hygiene.doubled-word",))
    assert (line, article, rule) == (1, "m", "hygiene.doubled-word")
    assert lines[0][c - 1:end - 1] == "the the"
    outcome = fix_bytes("dump.jsonl", data(lines), Config(select=("hygiene.doubled-word",)))
    fixed = outcome.data.decode("utf-8")
    assert json.loads(fixed)["body"] == ["<p>First \u2014 item.</p>", "<p>The vote was the last.</p>"]
    assert "\\u2014" in fixed                      # the rest of the line is untouched


def test_an_array_that_is_not_all_strings_is_refused_with_a_notice_and_not_read():
    lines = ['{"id":"a","headline":"A","body":["TK one", 5]}',
             '{"id":"b","headline":"B","body":[]}',
             '{"id":"c","headline":"C","body":{"rendered":"TK"}}']
    got = [(line, c, article, message) for line, c, _, article, _, message in found(lines)]
    assert got == [
        (1, col(lines[0], "["), "a", "line 1: 'body' is an array, not a string; the article's text "
                                     "is not read (an array is read only when every item is a string)"),
        (2, col(lines[1], "[]"), "b", "line 2: 'body' is an empty array, not a string; the "
                                      "article's text is not read"),
        (3, col(lines[2], "{", 1), "c", "line 3: 'body' is an object, not a string; the article's "
                                        "text is not read"),
    ]                                              # and no TK from the unread text


def test_other_fields_that_are_no_string_are_said_and_null_is_an_empty_field():
    line = ('{"id":["a"],"headline":[42],"dek":null,"byline":{"n":"x"},"section":true,'
            '"published":20261120,"format":3,"body":"The council met."}')
    got = [(c, article, message.split(";")[0]) for _, c, _, article, rule, message in found([line])
           if rule == "file.jsonl"]
    assert got == [
        (col(line, '["a"]'), "line 1", "line 1: 'id' is an array, not a string or number"),
        (col(line, "[42]"), "line 1", "line 1: 'headline' is an array, not a string"),
        (col(line, '{"n"'), "line 1", "line 1: 'byline' is an object, not a string"),
        (col(line, "true"), "line 1", "line 1: 'section' is true or false, not a string"),
        (col(line, "20261120"), "line 1", "line 1: 'published' is a number, not a string"),
        (col(line, ":3") + 1, "line 1", "line 1: 'format' is a number, not a string"),
    ]                                              # the null dek is no notice
    mapped = Config(select=("file",), jsonl=(("headline", "title"),))
    result = lint_bytes("d.jsonl", data(['{"id":"t","title":["x"],"body":"Text."}']), mapped)
    assert [d.message.split(";")[0] for d in result.diagnostics] == [
        "line 1: 'title' is an array, not a string"]     # the dump's own key is named


def test_an_id_used_twice_is_said_at_the_later_line_only_within_what_is_read():
    lines = ['{"id":7,"headline":"A","body":"One."}', '{"id":"b","headline":"B","body":"Two."}',
             '{"id":"7","headline":"C","body":"Three."}', '{"id":7,"headline":"D","body":"Four."}']
    got = [(line, c, article, message) for line, c, _, article, rule, message in found(lines)
           if rule == "file.jsonl"]
    assert got == [(3, col(lines[2], '"7"'), "7", "line 3: id '7' is also line 1's; findings name "
                                                  "both articles alike (a dump's ids should be unique)"),
                   (4, col(lines[3], "7"), "7", "line 4: id '7' is also line 1's; findings name "
                                                "both articles alike (a dump's ids should be unique)")]
    # An audit partition reads its own lines: the repeat on line 4 of the file is seen against line 3.
    cut = "\n".join(lines[2:]) + "\n"
    doc = read_slice("dump.jsonl", cut, "jsonl", ((0, 3),))
    said = [n.message for a in doc.articles for n in a.notices]
    assert said == ["line 4: id '7' is also line 3's; findings name both articles alike (a dump's "
                    "ids should be unique)"]


def test_github_and_vale_lines_name_the_article_as_text_json_and_sarif_do(run_cli, tmp_path):
    """nu21: a PR annotation on line 1 col 239 of a dump did not say which story it was on."""
    (tmp_path / "dump.jsonl").write_text(data(ODD).decode("utf-8"), encoding="utf-8")
    args = ("check", "dump.jsonl", "--select", "hygiene.placeholder", "--format")
    listed = json.loads(run_cli(*args, "json", cwd=tmp_path).stdout)
    want = [(d["line"], d["column"], d["article"]) for d in listed]
    assert [a for *_, a in want] == ["x1", "x5", "x5", "x1"]
    github = run_cli(*args, "github", cwd=tmp_path).stdout.splitlines()
    assert [(int(ln.split("line=")[1].split(",")[0]), int(ln.split("col=")[1].split(",")[0]),
             ln.rsplit("(article ", 1)[1].rstrip(")")) for ln in github] == want
    vale = run_cli(*args, "vale", cwd=tmp_path).stdout.splitlines()
    assert [(int(ln.split(":")[1]), int(ln.split(":")[2]), ln.rsplit("(article ", 1)[1].rstrip(")"))
            for ln in vale] == want
    plain = tmp_path / "story.txt"
    plain.write_text("Council meets\n\nThe cost is TK.\n", encoding="utf-8")
    for fmt in ("github", "vale"):                     # a file of one article names none
        assert "(article" not in run_cli("check", "story.txt", "--format", fmt, cwd=tmp_path).stdout
