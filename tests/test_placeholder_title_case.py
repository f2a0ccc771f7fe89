"""hygiene.placeholder on TK in title case (nu21 #1): where every word takes a
capital, the capital after TK is no sign of a name, so the TK in a
title-case hed, dek or sentence is found, in every format that carries a hed;
"TK Maxx", a name the rule lists, stays quiet in any case (nu26 #2: the
capital after TK tells nothing in sentence case either)."""
from __future__ import annotations

import json

import pytest

from lint import lint_text

RULE = "hygiene.placeholder"


def found(text: str, path: str) -> list[tuple[int, int, str]]:
    """(line, column, flagged text) of each placeholder finding."""
    return [(d.line, d.column, text[d.offset:d.end_offset]) for d in lint_text(text, path)
            if d.rule == RULE]


def where(text: str, words: str) -> tuple[int, int]:
    """(line, column) of the TK in `words`, which stand once in `text`."""
    offset = text.index(words) + words.index("TK")
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.6//EN">
  <head><title>Harbor board delays dredging vote</title></head>
  <body>
    <body.head>
      <hedline><hl1>Harbor Board Delays TK Vote</hl1></hedline>
    </body.head>
    <body.content>
      <p>The harbor board postponed a vote on dredging the north channel, the chair said.</p>
    </body.content>
  </body>
</nitf>
"""

NEWSML = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.org:1:bridge" version="1" standard="NewsML-G2" standardversion="2.29">
  <itemMeta><itemClass qcode="ninat:text"/><versionCreated>2026-11-26T07:30:00Z</versionCreated></itemMeta>
  <contentMeta><headline>Bridge Reopens After TK Weeks</headline></contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml"><body>
        <p>The bridge reopened after repairs, officials said.</p>
      </body></html>
    </inlineXML>
  </contentSet>
</newsItem>
"""


@pytest.mark.parametrize("path, text, hed", [
    ("story.nitf", NITF, "<hl1>Harbor Board Delays TK Vote"),
    ("story.xml", NEWSML, "<headline>Bridge Reopens After TK Weeks"),
    ("story.jsonl", json.dumps({"id": "t1", "headline": "Council Approves TK Budget",
                                "body": "The council approved the budget."}) + "\n", "Council Approves TK"),
    ("story.txt", "Harbor Board Delays TK Vote\n\nThe board delayed the vote.\n", "Harbor Board Delays TK"),
    ("story.md", "---\ntitle: Bridge Reopens After TK Weeks\ndate: 2026-11-26\n---\n\n"
                 "The bridge reopened.\n", "Bridge Reopens After TK"),
])
def test_tk_in_a_title_case_hed_is_found_in_every_format(path, text, hed):
    assert found(text, path) == [(*where(text, hed), "TK")]


def test_tk_in_a_title_case_dek_and_a_title_case_sentence():
    text = ("Harbor board delays vote\n\nCommissioners Want a Second Look at the TK Cost\n\n"
            "The board met on Monday.\n\nThe Harbor Board Delays TK Vote Again.\n")
    assert [f[:2] for f in found(text, "story.txt")] == [where(text, "the TK Cost"), where(text, "Delays TK Vote")]


@pytest.mark.parametrize("sentence", [
    "She bought a coat at TK Maxx.",
    "TK Maxx said on Tuesday it would close stores.",
    "At the Oxford Street TK Maxx, staff said the tills failed.",
    "Visit TK Maxx.",
    "Primark and TK Maxx.",
])
def test_tk_before_a_name_in_sentence_case_or_a_short_run_stays_quiet(sentence):
    assert found(f"Store closures\n\n{sentence}\n", "story.txt") == []


def test_a_title_case_sentence_run_on_in_lower_case_is_found_too():
    """Sentence case no longer makes a TK before a capital a name's (nu26 #2):
    the run that goes on in lower case ("the board said") was quiet."""
    text = "Harbor vote\n\nThe Harbor Board Delays TK Vote Again, the board said.\n"
    assert found(text, "story.txt") == [(*where(text, "Delays TK"), "TK")]


def test_title_case_still_leaves_tk_to_the_placeholder_rule():
    """titles.case lists the capitalised ordinary words and not TK, which is in
    capitals as every placeholder is; hygiene.placeholder reports it."""
    text = "Harbor Board Delays TK Vote\n\nThe board delayed the vote.\n"
    case = [d.message for d in lint_text(text, "story.txt") if d.rule == "titles.case"]
    assert len(case) == 1 and "'TK'" not in case[0] and "'Delays'" in case[0]
    assert found(text, "story.txt") == [(*where(text, "Delays TK"), "TK")]


# qa44 #1: TK before a name in title case, in each place a title-case line
# stands: a plain-text hed, a front-matter title, a JSONL headline, an NITF
# hl1, a title-case body sentence.
@pytest.mark.parametrize("path, text", [
    ("h5.txt", "TK Maxx Opens Store in Harbor Mall\n\nThe store opened on Monday.\n"),
    ("f2.md", "---\ntitle: TK Maxx Opens Store in Harbor Mall\n---\n\nThe store opened on Monday.\n"),
    ("h10.txt", "Harbor Board Delays Vote on TK Maxx Lease\n\nThe board met on Monday.\n"),
    ("h8.txt", "Harbor board delays vote\n\nThe TK Maxx And HomeSense Stores Open Monday.\n"),
    ("j.jsonl", json.dumps({"id": "a2", "headline": "TK Maxx Opens Store in Harbor Mall",
                            "body": "The store opened on Monday."}) + "\n"),
    ("story.nitf", NITF.replace("Harbor Board Delays TK Vote", "TK Maxx Opens Store in Harbor Mall")),
])
def test_tk_before_a_name_in_title_case_stays_quiet(path, text):
    assert found(text, path) == []


def test_only_the_tk_before_an_ordinary_word_is_found_beside_a_name():
    text = "Harbor Board Delays TK Vote on TK Maxx Lease\n\nThe board met on Monday.\n"
    assert found(text, "story.txt") == [(*where(text, "Delays TK"), "TK")]


def test_a_group_that_ordinary_names_and_no_token_has_is_no_test():
    """A config that overrides the rule's tokens keeps its `ordinary: [next]`."""
    from lint.kinds.existence import Existence
    opts = {"tokens": ["TK(?=[ ](?P<next>\\w+))"], "ignorecase": False, "nonword": False,
            "exceptions": []}
    assert Existence("t.r", {**opts, "ordinary": ["next"]}).ordinary == ("next",)
    assert Existence("t.r", {**opts, "ordinary": ["after"]}).ordinary == ()
