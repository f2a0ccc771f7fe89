"""Offsets from parsing only (issue 14): every word of a Markdown article maps to
its own place in the source, through inline escapes, entities, table pipes,
container prefixes, CRLF, and YAML/TOML/JSON string escapes and folding."""
from __future__ import annotations

import random

import pytest
import yaml

from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes

HYGIENE = Config(select=("hygiene.placeholder", "hygiene.doubled-word"))


def findings(src: str, name: str = "story.md"):
    doc = read_bytes(name, src.encode("utf-8"))
    diags = lint_document(doc, active_rules(HYGIENE), HYGIENE).diagnostics
    return [(d.rule.split(".")[1], d.line, d.column, doc.source[d.offset:d.end_offset])
            for d in diags]


def where(src: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """(line, column) of the nth occurrence of needle in the test's own source."""
    pos = -1
    for _ in range(nth + 1):
        pos = src.index(needle, pos + 1)
    line = src.count("\n", 0, pos) + 1
    return line, pos - (src.rfind("\n", 0, pos) + 1) + 1


@pytest.mark.parametrize("body", [
    "An \\*escaped\\* star, &amp; an entity &#8212; then TK and the the end.\n",
    "> A quote with \\_marks\\_ &copy; 2024\n> continues with TK and the the end.\n",
    "- item one\n- item \\[two\\] with TK\n  and the the end\n",
    "| a \\| b | c |\n|---|---|\n| x \\| y &amp; z | TK and the the end |\n",
    "Line one ends hard\\\nthen TK and the the end.\n",
    "Soft line ends  \nthen TK and the the end.\n",
    "# Head with TK and the the end ##\n",
    "Setext head with TK\nand the the end\n===\n",
    "Para one.\r\n\r\nCRLF \\*line\\* with TK\r\nand the the end.\r\n",
    "Before ![alt](a.jpg \"the the title\") after \\*it\\* TK\n",
    "Emphasis ***strong and em*** and `code` then TK and the the end.\n",
    "\tTab-led para? No: a code block.\n\nThen TK and the the end.\n",
])
def test_findings_land_on_their_source_after_escapes_and_prefixes(body):
    src = "---\ntitle: A story\n---\n\n" + body
    got = findings(src)
    assert ("placeholder", *where(src, "TK"), "TK") in got
    expect = ("doubled-word", *where(src, "the the"), "the the")
    assert expect in got


@pytest.mark.parametrize("value", [
    '"The \\"levee\\" holds \\u00e9 TK"',
    "'The ''levee'' holds TK'",
    '"Folded over\n  two lines TK"',
    "plain scalar over\n  two lines TK",
    "|\n  Literal block\n  keeps TK\n",
    ">\n  Folded block\n  joins TK\n\n  and more\n",
    '"Escaped \\\n   line break TK"',
])
def test_yaml_values_map_each_word_to_its_source(value):
    src = f"---\ntitle: Headline\ndek: {value}\n---\n\nBody.\n"
    doc = read_bytes("story.md", src.encode("utf-8"))
    dek = doc.first("dek")
    assert dek.text == yaml.safe_load(src.split("---")[1])["dek"].strip()
    for word in ("TK", "levee", "two", "keeps", "joins", "line"):
        if word in dek.text:
            i = dek.text.index(word)
            start = dek.source_offset(i)
            assert src[start:start + len(word)] == word
            assert dek.is_verbatim(src, i, i + len(word))
    assert ("placeholder", *where(src, "TK"), "TK") in [
        (d.rule.split(".")[1], d.line, d.column, src[d.offset:d.end_offset])
        for d in lint_document(doc, active_rules(HYGIENE), HYGIENE).diagnostics]


def test_escaped_characters_are_never_verbatim():
    src = '---\ntitle: "Levee \\"holds\\" now \\u00e9"\n---\n\nText.\n'
    head = read_bytes("story.md", src.encode()).first("headline")
    i = head.text.index('"')
    for j in (i + 1, i + 6, len(head.text)):       # the quote alone, and on into verbatim text
        assert not head.is_verbatim(src, i, j)
    assert src[head.source_offset(i) - 1:head.source_offset(i) + 1] == '\\"'
    assert not head.is_verbatim(src, len(head.text) - 1, len(head.text))


@pytest.mark.parametrize("src", [     # qa65 #8: the quote mark, not its backslash
    '+++\ndek = "He said \\"no"\n+++\n\nBody.\n',
    '---\ndek: "He said \\"no"\n---\n\nBody.\n',
    '{"dek": "He said \\"no"}\n\nBody.\n',
    '+++\ndek = "C:\\\\x \\tcaf\\u00e9 said \\"no"\n+++\n\nBody.\n',   # other escapes before it
    '---\ndek: "C:\\\\x \\tcaf\\u00e9 said \\"no"\n---\n\nBody.\n',
    # fx116 #2: a Markdown body's escape too (was the backslash's column)
    '---\ntitle: Vote\n---\n\nHe said \\"no today.\n',
    '---\ntitle: Vote\n---\n\n> A \\*quoted\\* line\n> where he said \\"no today.\n',
    '---\ntitle: Vote\n---\n\nC:\\\\x \\*and\\* &amp; he said \\"no today.\n',
])
def test_an_escaped_quote_mark_is_placed_at_the_mark(src):
    config = Config(select=("quotes.unbalanced",))
    doc = read_bytes("story.md", src.encode("utf-8"))
    [d] = lint_document(doc, active_rules(config), config).diagnostics
    assert (d.line, d.column) == where(src, '"no') and src[d.offset:d.end_offset] == '"'


def test_a_fix_never_starts_on_an_escaped_markdown_character():
    """fx116 #2: `\\.After` is flagged at the stop, not its backslash, and
    left unfixed (a fix there would leave `\\. After`)."""
    from lint.document import escaped_at
    from lint.fixes import apply_fixes

    src = ("---\ntitle: Vote\n---\n\nIt was held\\.After it ended, he said \\\"no\\\".\n\n"
           "It was held.After it.\n")
    config = Config(select=("hygiene.missing-space", "quotes.unbalanced"))
    doc = read_bytes("story.md", src.encode("utf-8"))
    diags = lint_document(doc, active_rules(config), config).diagnostics
    assert [(d.line, d.column, d.fix is not None) for d in diags] == [
        (*where(src, ".After"), False), (*where(src, ".After", 1), True)]
    assert not any(escaped_at(src, d.fix.start) for d in diags if d.fix)
    fixed = apply_fixes(src, diags)[0]
    assert "held\\.After" in fixed and "held. After" in fixed


@pytest.mark.parametrize("value, word", [
    ('"caf\\u00e9 caf\\u00e9 TK"', "caf\\u00e9 caf\\u00e9"),
    ('"\\tthe the TK"', "the the"), ('"\\"the the\\" TK"', "the the"),
])
def test_a_finding_by_other_escapes_spans_them_whole(value, word):
    src = f"---\ntitle: Headline\ndek: {value}\n---\n\nBody.\n"
    got = findings(src)
    assert ("doubled-word", *where(src, word), word) in got
    assert ("placeholder", *where(src, "TK"), "TK") in got


def test_toml_and_json_escapes():
    toml = '+++\ntitle = "Levee \\"holds\\" \\u00e9 TK"\n+++\n\nBody.\n'
    doc = read_bytes("story.md", toml.encode())
    head = doc.first("headline")
    assert head.text == 'Levee "holds" é TK'
    assert toml[head.source_offset(head.text.index("TK")):].startswith("TK")
    js = '{\n  "title": "Smile \\ud83d\\ude00 then TK",\n  "tags": ["a\\/b"]\n}\n\nBody.\n'
    head = read_bytes("story.md", js.encode()).first("headline")
    assert head.text == "Smile \U0001F600 then TK"
    assert js[head.source_offset(head.text.index("TK")):].startswith("TK")
    assert js[head.source_offset(head.text.index("then")):].startswith("then")


PIECES = ["word", "TK", " ", "\n", "\\*", "\\_", "&amp;", "&#8217;", "`x`", "**", "_", "> ",
          "- ", "| ", "\\|", "\r\n", "  \n", "\\\n", "[a](b)", "![c](d \"e\")", "{{< x >}}",
          '{% y "z" %}', "{{ v }}", "<br>", "# "]


def test_random_articles_place_every_verbatim_run():
    rng = random.Random(111)
    for _ in range(300):
        body = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30)))
        src = "---\ntitle: T\n---\n\n" + body
        doc = read_bytes("story.md", src.encode("utf-8"))
        for part in doc.parts:
            bounds = list(part.segments) + [(len(part.text), None)]
            for (t, s), (t2, _) in zip(bounds, bounds[1:]):
                run = part.text[t:t2]
                if src[s:s + len(run)] != run:      # only decoded forms may differ
                    assert src[s:s + 1] in "&\\`{<\r\n" and len(run) <= 2, (repr(body), run)
