"""What the formats share (lint/formatters/_common.py): one-line rule summaries,
paths relative to the run's root, terminal-safe text and safe links."""
from __future__ import annotations

import html
import os

import pytest

from lint.formatters._common import code_spans, first_sentence, plain, printable, relative, safe_link


@pytest.mark.parametrize("text, expected", [
    ("Flags a doubled word twice. Names are exempt.", "Flags a doubled word twice."),
    ("Ends with a question mark right here? Yes.", "Ends with a question mark right here?"),
    ("Loud and clear, it says so here! Then more.", "Loud and clear, it says so here!"),
    # a stop inside brackets, or before a lower-case word, ends nothing
    ("A date (Wed. May 18. Fri.) is wrong here. Next one.", "A date (Wed. May 18. Fri.) is wrong here."),
    ("Checks times like 3 p.m. and noon and more. Others.", "Checks times like 3 p.m. and noon and more."),
    ("See [AP. Style] for the rule on it. Next.", "See [AP. Style] for the rule on it."),
    # the first 21 characters never end it ("U.S. Sen. Smith ...")
    ("Flags a doubled word. Names are exempt.", "Flags a doubled word. Names are exempt."),
    ("Two  spaces\n and a line   break here. And more.", "Two spaces and a line break here."),
    ("No stop at all in this one", "No stop at all in this one"),
    ("Checks the written form (AP style. See the entry) of dates. Next.",
     "Checks the written form (AP style. See the entry) of dates."),
    ("Flags the spelling of Malcolm X Street names. Then more.",
     "Flags the spelling of Malcolm X Street names."),
    ("Flags X-ray and T-shirt written otherwise (AP style. See the entry) in copy. More.",
     "Flags X-ray and T-shirt written otherwise (AP style. See the entry) in copy."),
    ("Flags a doubled words. Names are exempt.", "Flags a doubled words."),   # a stop at 21: ends
    ("The whole text is one sentence.", "The whole text is one sentence."),
    ("It ends.Without a space here, no end. Then.", "It ends.Without a space here, no end."),
    # qa48 #12: a stop before an opening quote, a closing quote after the stop,
    # a bracket quoted, a stop inside quotes, a sentence opening on a rule id
    ('Flags a plan told as to come. "Was to" is not flagged.', "Flags a plan told as to come."),
    ('AP sets off the year: "Dec. 1, 2026, at 10 a.m.", not "at 10 a.m." Only dates.',
     'AP sets off the year: "Dec. 1, 2026, at 10 a.m.", not "at 10 a.m."'),
    ('A lead-in such as "(photo courtesy:" left empty. Credits are found.',
     'A lead-in such as "(photo courtesy:" left empty.'),
    ('Two names such as "Sen. Marco Rubio" in one story. More.', 'Two names such as "Sen. Marco Rubio" in one story.'),
    ("Given names spelled two ways (here). names.spelling-variant does surnames.",
     "Given names spelled two ways (here)."),
    ("Written as 7 p.m. or Feb. 3, 2020. 7 PM is flagged.", "Written as 7 p.m. or Feb. 3, 2020. 7 PM is flagged."),
])
def test_first_sentence(text, expected):
    assert first_sentence(text) == expected


def test_paths_relative_to_the_root(tmp_path):
    root = str(tmp_path / "root")
    assert relative(os.path.join(root, "news", "a.txt"), root) == "news/a.txt"
    assert relative(os.path.join(root, "..notes.txt"), root) == "..notes.txt"   # inside, oddly named
    assert relative(os.path.join(root, "..", "b.txt"), root) is None             # outside
    assert relative(str(tmp_path), root) is None                                  # the parent itself
    assert relative(os.path.join("news", "a.txt"), "") == "news/a.txt"           # no root: as given
    assert relative(os.path.join(root, "a.txt"), "") is None                      # ... unless absolute


def test_code_spans_and_plain_text():
    text = "Use `the the` not `<b>` & so on; `not\nthis`."
    assert plain(text) == "Use the the not <b> & so on; `not\nthis`."
    assert code_spans(text, html.escape) == (
        "Use <code>the the</code> not <code>&lt;b&gt;</code> &amp; so on; `not\nthis`.")
    assert code_spans("", html.escape) == "" and code_spans("`x`", str.upper) == "<code>X</code>"


@pytest.mark.parametrize("text, expected", [
    ("café.txt", "café.txt"),
    ("a\nb\tc.txt", "a\\nb\\tc.txt"),
    ("line\u2028sep\x7f", "line\\u2028sep\\x7f"),
])
def test_printable(text, expected):
    assert printable(text) == expected


@pytest.mark.parametrize("link, expected", [
    ("https://apnews.com/style", "https://apnews.com/style"),
    ("  http://example.org/a  ", "http://example.org/a"),
    ("HTTPS://EXAMPLE.ORG", "HTTPS://EXAMPLE.ORG"),
    ("javascript:alert(1)", ""),
    ("data:text/html,<b>x</b>", ""),
    ("https:///no-host", ""),
    ("http://[::1", ""),                 # urlsplit refuses it
    ("", ""),
])
def test_only_http_links_are_live(link, expected):
    assert safe_link(link) == expected
