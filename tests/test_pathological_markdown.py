"""Pathological Markdown is read in work linear in its size (a fuzzer's shapes).

No timings: each test counts the internal step that used to repeat per
opener (markdown-it's label scan, html.parser's retry of an unterminated tag,
the kramdown attribute-list walk), and checks that what is read is right.
benchmarks/adversarial.py measures the time of the same shapes.
"""
from __future__ import annotations

import datetime as dt

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.document import Part
from lint.readers import _md_parse, _stitch, read_bytes, templates
from lint.readers._html_parser import PositionedParser
from lint.readers._md_positions import PositionedInline


def _counting(monkeypatch, cls, name: str) -> list[int]:
    calls = [0]
    original = getattr(cls, name)

    def counted(self, *args):
        calls[0] += 1
        return original(self, *args)

    monkeypatch.setattr(cls, name, counted)
    return calls


@pytest.mark.parametrize("opener", ["![", "["])
def test_an_unclosed_run_of_link_openers_costs_a_bounded_scan_per_opener(monkeypatch, opener):
    # markdown-it scans a link label up to the inline nesting limit per `[`:
    # 400 steps per `![` at a limit of 100, 80 at the commonmark preset's 20.
    calls = _counting(monkeypatch, PositionedInline, "skipToken")
    n = 2000
    doc = read_bytes("a.md", ("Head\n\n" + opener * n + "\n").encode())
    assert calls[0] <= 90 * n
    (_, body) = [p.text for p in doc.parts]
    assert body == opener * n


def test_links_and_emphasis_nested_in_prose_are_still_read():
    doc = read_bytes("a.md", b"The [**vote** on *the **[bill](/b)***](/x) passed.\n")
    (part,) = doc.parts
    # CommonMark: a link never holds a link, the inner one wins (spec example 518)
    assert part.text == "The [vote on the bill](/x) passed."
    marks = sorted((k, part.text[s:e]) for k, s, e in part.attrs["inline"])
    assert marks == [("emphasis", "the bill"), ("link", "bill"), ("strong", "bill"),
                     ("strong", "vote")]


def test_deeply_nested_emphasis_closes_each_mark_at_its_own_end():
    n = 3000
    doc = read_bytes("a.md", ("*" * n + "vote" + "*" * n + " now\n").encode())
    (part,) = doc.parts
    assert part.text == "vote now"
    marks = part.attrs["inline"]
    assert len(marks) == n // 2
    assert all(part.text[s:e] == "vote" for _, s, e in marks)


def test_a_builder_closes_the_innermost_open_mark_of_each_kind():
    b = _stitch.Builder()
    b.add("a", 0)
    b.open_inline("link")
    b.add("b", 1)
    b.open_inline("strong")
    b.open_inline("link")
    b.add("c", 2)
    b.close_inline("link")
    b.add("d", 3)
    b.close_inline("strong")
    b.close_inline("link")
    b.close_inline("link")     # nothing of that kind left open: ignored
    assert b.inline == [["link", 1, 4], ["strong", 2, 4], ["link", 2, 3]]


def test_an_unterminated_tag_at_the_end_of_an_html_block_is_tried_once(monkeypatch):
    calls = _counting(monkeypatch, PositionedParser, "check_for_whole_start_tag")
    n = 2000
    doc = read_bytes("a.md", ("Head\n\n<div>\n<p>The vote.</p>\n" + "<a x" * n + "\n").encode())
    assert calls[0] <= 5          # the retry at every later `<` made it n
    assert [p.text for p in doc.parts] == ["Head", "The vote."]


@pytest.mark.parametrize("tail, kept", [
    ('<a title="x', []),                       # end of input inside a tag drops it
    ("<!-- a note", []),                       # and inside a comment ends the comment
    ("The <b", ["The"]),
    ("a < b", ["a < b"]),                      # a `<` that opens nothing stays text
])
def test_html_that_ends_inside_markup_is_read_as_the_html_spec_says(tail, kept):
    doc = read_bytes("a.html", f"<html><body><p>The vote.</p><p>{tail}".encode())
    assert [p.text for p in doc.parts] == ["The vote."] + kept


def test_kramdown_attribute_list_openers_on_one_line_share_one_walk(monkeypatch):
    n = 3000
    src = "{: " * n + '.x title="a}b"}\n'
    (tag,) = templates.scan(src, 0, len(src), "jekyll")
    assert (tag.start, tag.end, tag.family) == (0, len(src) - 1, "attributes")
    calls = _counting(monkeypatch, templates._Scanner, "next_at")
    src = '{: "a" ' * n + "\n{: .y}\n"
    tags = templates.scan(src, 0, len(src), "jekyll")
    assert [src[t.start:t.end] for t in tags] == ["{: .y}"]
    assert calls[0] <= 5 * n      # each opener walking every quote after it: 1.5 * n * n


def test_kramdown_openers_read_as_prose_frame_their_one_sentence_once(monkeypatch):
    # Unclosed, `{: "a" ` stays prose: one sentence of n quotes, each after a
    # colon. Its frame (the sentence with its quotes cut out) was built, and
    # its owner asked for, once per quote: n * n characters (62 s at 100 KB).
    from lint.analysis import attribution as att
    framed, asked = [0], [0]
    frame, unowned = att._frame, att.unowned

    def counted_frame(text, start, end, *rest):
        framed[0] += end - start
        return frame(text, start, end, *rest)

    def counted_unowned(*args, **kwargs):
        asked[0] += 1
        return unowned(*args, **kwargs)

    monkeypatch.setattr(att, "_frame", counted_frame)
    monkeypatch.setattr(att, "unowned", counted_unowned)
    n = 2000
    src = '{: "a" ' * n + "\n"
    doc = lint_bytes("a.md", src.encode(), Config(select=("quotes",))).document
    assert [p.text for p in doc.parts] == [src.strip()]
    assert [s.how for s in att.attribution(doc)] == ["colon"] * n
    assert framed[0] <= 2 * len(src) and asked[0] <= 2


@pytest.mark.parametrize("src, found", [
    ("{: .a}", ["{: .a}"]),
    ('{: title="}"}', ['{: title="}"}']),
    ('{: title="x}\n', []),                   # a quote left open on its line
    ("{::comment}x{:/comment}", ["{::comment}x{:/comment}"]),
    ("{::options x /}", ["{::options x /}"]),
    ("{::a b\n}", []),
])
def test_kramdown_attribute_lists_and_extensions_end_where_kramdown_ends_them(src, found):
    tags = templates.scan(src, 0, len(src), "jekyll")
    assert [src[t.start:t.end] for t in tags] == found


@pytest.mark.parametrize("budget, steps, src, said, intro_inline, run, after", [
    # past the link-label budget, links and images are plain text
    ("LABEL_STEPS", 20_000, "Intro [the vote](/v).\n\n" + "![" * 3000 + "\n\nAfter [a](/b) link.\n",
     "read as plain text", [("link", 6, 14)], "![" * 3000, "After [a](/b) link."),
    # past the inline budget, the rest is read as written, markup and all
    ("INLINE_STEPS", 5_000, "Intro *the* vote.\n\n" + "*a" * 3000
     + "\n\nAfter **the** [vote](/v) &amp; more.\n",
     "read as written", [("emphasis", 6, 9)], "*a" * 3000, "After **the** [vote](/v) &amp; more."),
])
def test_syntax_over_a_files_budget_is_read_plainer_and_said(monkeypatch, budget, steps, src, said,
                                                             intro_inline, run, after):
    monkeypatch.setattr(_md_parse, budget, steps)
    result = lint_bytes("a.md", src.encode(), Config(select=("file",)))
    (d,) = result.diagnostics
    assert (d.rule, d.line, d.column) == ("file.markdown", 3, 1)
    assert f"over {steps:,} steps" in d.message and said in d.message
    first, middle, last = result.document.parts
    assert first.text == "Intro the vote." and first.attrs["inline"] == intro_inline
    assert middle.text == run
    assert last.text == after and "inline" not in last.attrs
    assert last.source_offset(0) == src.index("After")       # still placed exactly


def test_an_article_full_of_links_stays_far_inside_the_budget(monkeypatch):
    monkeypatch.setattr(_md_parse, "LABEL_STEPS", 10_000)   # 1,000 links: 10 steps each
    para = " ".join(f"[link **{i}** *here*](https://example.com/{i} \"t\")" for i in range(40))
    doc = read_bytes("a.md", ("# Head\n\n" + (para + "\n\n") * 25).encode())
    assert not doc.notices
    assert len(doc.parts[1].attrs["inline"]) == 120


class _Recorder:
    def __init__(self, src: str):
        self.src, self.seen = src, []

    def start(self, tag, attrs, raw, offset):
        self.seen.append((tag, offset))

    def end(self, tag, offset):
        self.seen.append(("/" + tag, offset))

    def text(self, data, offset):
        self.seen.append((data, offset))

    def comment(self, offset, length):
        self.seen.append(("!--", offset))


def test_an_html_block_is_placed_by_its_offset_with_no_line_table():
    src = "Intro.\n\nx <div>\n<p>Vote</p>\n<!-- c -->\n</div>\n\nEnd.\n"
    start, end = src.index("<div>"), src.index("\n\nEnd")
    ex = _Recorder(src)
    parser = PositionedParser(ex, start, src[start:end])
    assert not hasattr(parser, "_line_starts")      # (a copy of the file's per HTML block was quadratic)
    parser.feed(src[start:end])
    parser.close()
    assert [(w, at) for w, at in ex.seen if w.strip()] == [
        ("div", src.index("<div>")), ("p", src.index("<p>")), ("Vote", src.index("Vote")),
        ("/p", src.index("</p>")), ("!--", src.index("<!--")), ("/div", src.index("</div>"))]


def test_html_left_out_of_a_value_slices_its_map_without_rebuilding_it(monkeypatch):
    text = "<b>a&</b>" * 300
    segments = tuple((9 * i + 4, 1000 + 20 * i) for i in range(300))   # each `&` decoded
    given = []
    real = _stitch.slice_segments

    def spy(segs, start, end, starts=None):
        given.append(starts)
        return real(segs, start, end, starts)

    monkeypatch.setattr(_stitch, "slice_segments", spy)
    kept, kept_segments = _stitch.without_html(text, segments)
    assert kept == "a&" * 300
    assert len(given) == 300 and all(s is given[0] and s is not None for s in given)
    part = Part("caption", kept, kept_segments)
    assert [part.source_offset(2 * i + 1) for i in (0, 1, 299)] == [1000, 1020, 1000 + 20 * 299]


def test_character_references_in_a_long_front_matter_value_keep_their_places():
    value = "\\t&amp;" * 500
    src = f'---\ntitle: Vote\ndescription: "{value}"\n---\nBody.\n'
    doc = read_bytes("a.md", src.encode())
    (dek,) = [p for p in doc.parts if p.kind == "dek"]
    assert dek.text == ("\t&" * 500).strip()
    first = src.index("&amp;")
    assert [dek.source_offset(dek.text.index("&") + 2 * i) for i in (0, 1, 498)] == \
        [first + 7 * i for i in (0, 1, 498)]


def test_a_weekday_with_next_week_is_found_anywhere_in_a_long_paragraph():
    unit = "The vote was held on Monday. "
    text = ("Head\n\nThey met Friday, of next week. " + unit * 3000
            + "They met Tuesday the following weekend and Sunday of the previous week.\n")
    config = Config(select=("dates.relative-weekday",), published=dt.date(2024, 5, 18))
    found = [(d.line, d.column, d.end_column) for d in lint_bytes("a.txt", text.encode(), config).diagnostics]
    tail = text.splitlines()[2]
    at = tail.index("Sunday of the previous week")
    assert found == [(3, 10, 10 + len("Friday, of next week")), (3, at + 1, at + 1 + len("Sunday of the previous week"))]


def test_text_read_as_written_past_the_inline_budget_gets_no_fixes(monkeypatch):
    # `the the` in a code span, and `<!-- the the -->`, are markup read as text
    # there: findings still say so, but --fix must not rewrite code or comments
    monkeypatch.setattr(_md_parse, "INLINE_STEPS", 5_000)
    src = ("# The the vote\n\n" + "*a" * 3000 + "\n\nRun `the the` and *the the* end.\n")
    result = lint_bytes("a.md", src.encode(), Config(select=("hygiene.doubled-word",)))
    found = [(d.line, d.column, d.fix is not None) for d in result.diagnostics]
    assert found == [(1, 3, True), (5, 6, False), (5, 20, False)]


def test_an_article_full_of_markup_stays_far_inside_the_inline_budget(monkeypatch):
    monkeypatch.setattr(_md_parse, "INLINE_STEPS", 5_000)
    para = "The *vote* on **Monday** drew `100` voters &amp; [critics](/c), officials said. "
    doc = read_bytes("a.md", ("# Head\n\n" + (para * 4 + "\n\n") * 25).encode())
    assert not doc.notices      # 1,525 steps for 8 KB of markup far denser than an article
    assert len(doc.parts[1].attrs["inline"]) == 16


@pytest.mark.parametrize("lead", ["  > ", "- ", "1. > "])
def test_the_budget_notice_points_at_the_paragraphs_first_character_inside_marks(monkeypatch, lead):
    monkeypatch.setattr(_md_parse, "INLINE_STEPS", 5_000)
    src = "Intro.\n\n" + lead + "*a" * 3000 + "\n"
    (d,) = lint_bytes("a.md", src.encode(), Config(select=("file",))).diagnostics
    assert (d.rule, d.line, d.column) == ("file.markdown", 3, len(lead) + 1)


def test_the_link_budget_notice_points_inside_a_quote_on_its_later_line(monkeypatch):
    monkeypatch.setattr(_md_parse, "LABEL_STEPS", 20_000)
    src = "Intro.\n\n> Quoted\n>   " + "![" * 3000 + "\n"
    (d,) = lint_bytes("a.md", src.encode(), Config(select=("file",))).diagnostics
    assert (d.rule, d.line, d.column) == ("file.markdown", 3, 3)
