"""Bad input, round 4 (session 51): hostile article files through every
reader. Each input is written here, small and synthetic.

- An anchor given twice in YAML front matter (`&a` on two values) is valid
  YAML 1.2 (section 7.1: an alias is the most recent node of its anchor);
  libyaml refuses it and the whole front matter goes unread, its date with it.
  tb4 read it with a pure-Python composer; qa281 found that composer crashed
  on deep nesting and refused tabs libyaml reads, so it was taken back: such
  front matter is one error, as on main, now in words that name the anchor
  ("second occurrence" was all it said), as a config's is.
- A randomized round over `read_bytes`, the readers' one entry point, for
  every format: it returns a Document or raises ReadError, never anything
  else, for a fixed seed's 400 examples (no time budget: each run tries the same).
"""
from __future__ import annotations

import hashlib

import pytest
from hypothesis import HealthCheck, given, seed, settings, strategies as st

from lint.config import Config, ConfigError, load_file
from lint.engine import lint_bytes
from lint.readers import ReadError, read_bytes

STORY = "# Bridge opens\n\nMayor Jane Smith opened the bridge.\n"


def _front(yaml_text: str):
    return lint_bytes("a.md", f"---\n{yaml_text}\n---\n{STORY}".encode(), Config())


TAKEN_BACK = ("taken back (qa281 #1, #2): tb4's pure-Python reading of an anchor given twice crashed "
              "on deep nesting and refused tabs libyaml reads; such front matter is one error, as on main")


@pytest.mark.xfail(strict=True, reason=TAKEN_BACK)
def test_an_anchor_given_twice_in_front_matter_is_read_as_yaml_1_2_says():
    result = _front("title: &t Bridge opens\nheadline: *t\nkw: &t Other\nsummary: *t\ndate: 2026-12-02")
    assert not [d for d in result.diagnostics if d.rule == "file.front-matter"]
    doc = result.document
    assert str(doc.published) == "2026-12-02"                  # the date is read again
    texts = {p.kind: p.text for p in doc.parts if p.kind in ("headline", "dek")}
    assert texts == {"headline": "Bridge opens",                # the alias before the second `&t`
                     "dek": "Other"}                            # the alias after it: the latest node


def test_nearest_an_anchor_given_once_and_a_front_matter_that_is_broken_stay_as_they_were():
    once = _front("title: &t Bridge opens\nheadline: *t\ndate: 2026-12-02")
    assert not [d for d in once.diagnostics if d.rule == "file.front-matter"]
    assert str(once.document.published) == "2026-12-02"
    broken = _front("title: 'Bridge opens\ndate: 2026-12-02")
    assert [d.rule for d in broken.diagnostics if d.rule == "file.front-matter"] == ["file.front-matter"]
    assert broken.document.published is None


def test_a_value_that_holds_itself_is_one_error_at_that_key_the_others_read():
    result = _front("title: Bridge opens\ntags: &a [*a]\ndate: 2026-12-02")
    [bad] = [d for d in result.diagnostics if d.rule == "file.front-matter"]
    assert (bad.line, bad.column) == (3, 7)
    assert str(result.document.published) == "2026-12-02"


def test_a_config_anchor_given_twice_is_named_with_its_first_line(tmp_path):
    path = tmp_path / ".newslint.yaml"
    path.write_text("ignore: &a [hygiene]\nselect: &a [dates]\n")
    with pytest.raises(ConfigError) as caught:
        load_file(str(path))
    said = str(caught.value)
    assert "the anchor &a is given twice (first on line 1)" in said
    assert ":2:9:" in said


# --- a randomized round over the readers' entry point -----------------------------------

NAMES = ["a.txt", "a.md", "a.html", "a.nitf", "a.xml", "a.jsonl"]
HEADS = [b"", b"---\n", b"+++\n", b"{\n", b'<?xml version="1.0"?>\n', b'<?xml version="1.0" encoding="UTF-16"?>',
         b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"<!DOCTYPE html>", b'{"headline": "']
PIECES = [
    b"<nitf><head><title>", b"</title></head><body><body.content><p>", b"</p></body.content></body></nitf>",
    b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="u"><contentMeta><headline>',
    b"</headline></contentMeta>", b"<versionCreated>0000-00-00T00:00:00Z</versionCreated>",
    b'<rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
    b"<channel><item><title>", b"<content:encoded><![CDATA[", b"]]></content:encoded>",
    b"<wp:post_date>0000-00-00 00:00:00</wp:post_date>", b"</item></channel></rss>",
    b'<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>', b'<!ENTITY x SYSTEM "file:///etc/passwd">',
    b"&a;", b"&x;", b"&#0;", b"&#xD800;", b"<![CDATA[", b"]]>", b"<div>" * 8, b"<b><i>", b"<p>", b"</p>",
    b"<h1>", b"</h1>", b"<figure><img src=a.jpg><figcaption>", b"</figcaption></figure>", b"<time datetime=\"-1\">",
    b"title: ", b"date: ", b"[1, 2]", b"{a: 1}", b"0000-00-00", b"99999-01-01", b"-1", b".inf", b"&a ", b"*a",
    b"!!binary x", b"date = 1979-05-27T07:32:00+99:00", b"---\n", b"+++\n", b"\n", b"\r\n", b"\r", b" ",
    b'"', b"\xe2\x80\x9c", b"\xe2\x80", b"\xff", b"\xe9", b"\x80", b"\xc3", b"\xed\xa0\x80", b"\x00", b"\x1b",
    b'{"headline": [1], "body": {"a": 1}, "published": -1}\n', b'{"body": "' + b"[" * 50, b"NaN",
    b"Mayor Jane Smith said on Tuesday, Dec. 2, 2026.", b"The the", b'"It is great," Smith said.',
    b"> " * 10, b"- " * 10, b"[" * 10, b"*" * 10,
]


@seed(5104)
@settings(max_examples=400, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(name=st.sampled_from(NAMES), head=st.sampled_from(HEADS),
       body=st.lists(st.one_of(st.sampled_from(PIECES), st.binary(max_size=4)), max_size=40).map(b"".join))
def test_read_bytes_returns_a_document_or_a_read_error_for_any_bytes(name, head, body):
    data = head + body
    try:
        doc = read_bytes(name, data)
    except ReadError as exc:
        assert str(exc) and exc.rule.startswith("file.") and exc.line >= 1 and exc.column >= 1
        return
    for notice in doc.notices:
        assert notice.rule.startswith("file.")
        assert 0 <= (notice.offset or 0) <= len(doc.source)
    for article in doc.articles or (doc,):
        for part in article.parts:
            for _, at in part.segments:
                assert 0 <= at <= len(doc.source)


# --- an article id of a page's length ----------------------------------------------------

def _wxr(tmp_path, post_id: str):
    path = tmp_path / "export.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<rss xmlns:wp="http://wordpress.org/export/1.2/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item>\n'
        "<title>Bridge opens</title>\n<content:encoded><![CDATA[The the bridge opened.]]></content:encoded>\n"
        f"<wp:post_id>{post_id}</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>\n"
        "</item></channel></rss>\n")
    return path


def test_an_article_id_of_5000_digits_is_shown_cut_and_kept_whole_in_json(run_cli, tmp_path):
    post_id = "1" + "2" * 4998 + "3"
    path = _wxr(tmp_path, post_id)
    [line] = [x for x in run_cli("check", "--no-cache", "--no-color", path).stdout.splitlines() if "[hygiene" in x]
    digest = hashlib.blake2b(post_id.encode(), digest_size=4).hexdigest()     # the documented form, worked out here
    assert line.endswith(f"(article 1{'2' * 33}…{digest}…{'2' * 35}3)") and len(line) < 250
    assert post_id in run_cli("check", "--no-cache", "--format", "json", path).stdout


def test_nearest_an_article_id_of_80_characters_is_shown_whole(run_cli, tmp_path):
    post_id = "7" * 80
    [line] = [x for x in run_cli("check", "--no-cache", "--no-color", _wxr(tmp_path, post_id)).stdout.splitlines()
              if "[hygiene" in x]
    assert line.endswith(f"(article {post_id})")


# --- qa281: the anchor-given-twice reader against its nearest cases ---------------------------

def _front_read(yaml_text: str):
    doc = read_bytes("a.md", f"---\n{yaml_text}\n---\n{STORY}".encode())
    return doc, [(n.level, n.message) for n in doc.notices if n.rule == "file.front-matter"]


@pytest.mark.xfail(strict=True, reason=TAKEN_BACK)
def test_qa281_an_anchor_given_twice_beside_deep_nesting_reads_as_a_single_anchor_does():
    deep = "x: " + "[" * 400 + "]" * 400
    once, said_once = _front_read(f"title: &t Bridge opens\nkw: &u Other\n{deep}\ndate: 2026-12-02")
    twice, said_twice = _front_read(f"title: &t Bridge opens\nkw: &t Other\n{deep}\ndate: 2026-12-02")
    assert said_once and all("nested too deeply" in m for _, m in said_once)
    assert said_twice == said_once
    assert str(twice.published) == str(once.published) == "2026-12-02"


# qa281 #1: the same through lint_bytes: the body's finding is still found (the pure-Python reading
# crashed here; with it taken back the front matter is one error, and the body is linted as on main)
def test_qa281_an_anchor_given_twice_beside_deep_nesting_still_lints_the_body():
    deep = "x: " + "[" * 400 + "]" * 400
    result = lint_bytes("a.md", f"---\ntitle: &t A\nkw: &t B\n{deep}\n---\nThe the bridge opened.\n".encode(),
                        Config())
    assert "hygiene.doubled-word" in {d.rule for d in result.diagnostics}


@pytest.mark.xfail(strict=True, reason=TAKEN_BACK)
@pytest.mark.parametrize("line", ["summary:\tA tabbed value", "tags: [a,\tb]", "summary: x\t# note"])
def test_qa281_an_anchor_given_twice_beside_a_tab_libyaml_reads_is_still_read(line):
    once, said_once = _front_read(f"title: &t Bridge opens\nkw: &u Other\n{line}\ndate: 2026-12-02")
    twice, said_twice = _front_read(f"title: &t Bridge opens\nkw: &t Other\n{line}\ndate: 2026-12-02")
    assert said_once == [] and str(once.published) == "2026-12-02"      # the nearest case, as main read it
    assert said_twice == [] and str(twice.published) == "2026-12-02"


# qa281 #3: a tag before the second anchor (`!!seq &a`) left the name out ("the anchor  is given twice")
def test_qa281_a_config_anchor_given_twice_after_a_tag_is_still_named(tmp_path):
    path = tmp_path / ".newslint.yaml"
    path.write_text("ignore: &a [hygiene]\nselect: !!seq &a [dates]\n")
    with pytest.raises(ConfigError) as caught:
        load_file(str(path))
    assert "the anchor &a is given twice (first on line 1)" in str(caught.value)


def test_qa281_two_long_ids_differing_in_the_middle_are_shown_apart():
    from types import SimpleNamespace
    from lint.formatters._common import with_article
    url = "https://www.example-news.com/news/world/{}/2026/12/02/live-coverage-from-the-scene/index.html"
    one, two = (SimpleNamespace(message="doubled word: 'The the'", article=url.format(slug))
                for slug in ("bridge-opens", "council-votes"))
    assert len(one.article) > 80 and one.article != two.article
    assert with_article(one) != with_article(two)
    shown = [with_article(d).split("(article ", 1)[1][:-1] for d in (one, two)]
    assert all(len(a) == 80 and a.startswith(url[:34]) and a.endswith(url[-36:]) for a in shown), shown


def test_qa281_the_same_long_id_is_shown_alike_each_time_and_an_81_character_one_is_cut():
    from types import SimpleNamespace
    from lint.formatters._common import with_article
    long_id = "a" * 40 + "x" + "c" * 40      # "x" is no hex digit
    shown = {with_article(SimpleNamespace(message="m", article=long_id)) for _ in range(2)}
    [one] = shown
    assert "x" not in one and one.count("…") == 2 and len(one) == len("m (article )") + 80, one


# rr52b: the take-back's own words, pinned (the docstring's "now in words that name the anchor"; main said
# only "second occurrence"): one error at the second anchor, naming it, and the body still linted
TWICE_FM = "---\ntitle: &t Bridge opens\nkw: &t Other\ndate: 2026-12-02\n---\n# B\n\nThe the text.\n"


def test_an_anchor_given_twice_in_front_matter_is_one_error_naming_the_anchor():
    result = lint_bytes("a.md", TWICE_FM.encode(), Config())
    [bad] = [d for d in result.diagnostics if d.rule == "file.front-matter"]
    assert (bad.line, bad.column) == (3, 5)
    assert bad.message.startswith("invalid YAML front matter: the anchor &t is given twice (first on line ")
    assert "hygiene.doubled-word" in {d.rule for d in result.diagnostics}


# rr52b #2: the first line was counted in the front matter (1), where the finding's own line is the file's (3)
def test_rr52b_an_anchor_given_twice_in_front_matter_names_its_first_line_in_the_file():
    [bad] = [d for d in lint_bytes("a.md", TWICE_FM.encode(), Config()).diagnostics if d.rule == "file.front-matter"]
    assert "(first on line 2)" in bad.message, bad.message


# qa286 #1: a U+2028/U+0085 inside front matter is a line break to YAML, not to the file: the message
# named line 4 for the file's line 3
@pytest.mark.parametrize("brk", ["\u2028", "\u0085"])
def test_qa286_an_anchor_first_given_after_a_unicode_line_break_is_named_at_its_line_in_the_file(brk):
    text = f'---\nsub: "a{brk}b"\ntitle: &a Hed\nsummary: &a Sub\n---\n\nBody.\n'
    [bad] = [d for d in lint_bytes("a.md", text.encode(), Config()).diagnostics if d.rule == "file.front-matter"]
    assert bad.line == 4 and "(first on line 3)" in bad.message, (bad.line, bad.message)


def test_qa286_an_anchor_first_given_after_a_lone_cr_is_named_at_its_line_in_the_file():
    # the nearest case, right now: a lone CR is a line break to YAML and to the file alike
    text = '---\nsub: "a\rb"\ntitle: &a Hed\nsummary: &a Sub\n---\n\nBody.\n'
    [bad] = [d for d in lint_bytes("a.md", text.encode(), Config()).diagnostics if d.rule == "file.front-matter"]
    assert bad.line == 5 and "(first on line 4)" in bad.message, (bad.line, bad.message)
