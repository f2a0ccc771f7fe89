"""Vale.Terms (the Vocab's accepted terms, case enforced) leaves a term written
in capitals inside a dateline alone: AP writes `LAKESHORE, Ill. (LNS) —`, and
every local story had an error for it (nu27 #7). Elsewhere, and in any other
case inside the dateline, the term is still found; other substitution rules
are unchanged."""
from __future__ import annotations

from vale_helpers import lines, vale_project

CONFIG = "StylesPath = styles\nVocab = Desk\n[*]\nBasedOnStyles = Vale{more}\nVale.Spelling = NO\n"
ACCEPT = {"styles/config/vocabularies/Desk/accept.txt": "Lakeshore\n"}
STORY = ("# Pier plan advances\n\nLAKESHORE, Ill. (LNS) \u2014 The lakeshore council voted. "
         "LAKESHORE officials agreed.\n\nLAKESHORE, Ill. (LNS) \u2014 a second paragraph.\n")
NITF = ("<nitf><head><docdata><date.issue norm=\"20261202\"/></docdata></head><body><body.head>"
        "<hedline><hl1>Pier</hl1></hedline><dateline>LAKESHORE, Ill. (LNS)</dateline></body.head>"
        "<body.content><p>The LakeShore council voted.</p></body.content></body></nitf>\n")


def check(run_cli, tmp_path, docs, more="", rules=None):
    root = vale_project(tmp_path, CONFIG.format(more=more), rules, docs, ACCEPT)
    res = run_cli("check", "--no-cache", "--format", "vale", *docs, cwd=root)
    assert res.exit_code in (0, 1), res.stderr
    return lines(res)


def test_capitals_in_a_markdown_dateline_are_left_alone(run_cli, tmp_path):
    assert check(run_cli, tmp_path, {"a.md": STORY, "b.md": "# Pier\n\nLakeShore, Ill. (LNS) \u2014 x.\n"}) == [
        "a.md:3:29:Vale.Terms:Use 'Lakeshore' instead of 'lakeshore'.",     # in the sentence
        "a.md:3:54:Vale.Terms:Use 'Lakeshore' instead of 'LAKESHORE'.",     # capitals, not the dateline
        "a.md:5:1:Vale.Terms:Use 'Lakeshore' instead of 'LAKESHORE'.",      # a second paragraph: no dateline
        "b.md:3:1:Vale.Terms:Use 'Lakeshore' instead of 'LakeShore'.",      # in the dateline, not capitals
    ]


def test_capitals_in_a_nitf_dateline_element_are_left_alone(run_cli, tmp_path):
    assert check(run_cli, tmp_path, {"a.nitf": NITF}) == [
        "a.nitf:1:194:Vale.Terms:Use 'Lakeshore' instead of 'LakeShore'."]


def test_a_style_substitution_still_flags_capitals_in_a_dateline(run_cli, tmp_path):
    rule = {"T/Swap": "extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\n"
                      "level: error\nignorecase: true\nvocab: false\nswap:\n  lakeshore: Lake Shore\n"}
    got = check(run_cli, tmp_path, {"a.md": STORY}, more=", T", rules=rule)
    assert "a.md:3:1:T.Swap:Use 'Lake Shore' instead of 'LAKESHORE'." in got
