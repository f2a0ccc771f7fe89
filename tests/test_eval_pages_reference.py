"""The page-markup judgements of eval_pages.py's copy-desk counting
(benchmarks/_pages_reference.py), on pages written for the test."""
from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from _pages_reference import PageMarkup, tokens  # noqa: E402

PAGE = """<html><body><article>
<p>The board voted on Tuesday, <a href="/r">according to the minutes</a>, to buy two ferries.</p>
<p>Related article: <a href="/x">Ferry fares rise five percent in spring</a></p>
<ul class="share"><li><a href="/fb">Facebook</a></li><li><button>Email</button></li></ul>
<figure><img src="f.jpg"><figcaption>The old ferry at dawn. <a href="#big">View full size image</a>
</figcaption></figure>
<blockquote class="twitter-tweet"><p>Stranded at the pier again, no ferry today</p></blockquote>
</article></body></html>"""


def test_a_related_line_and_share_buttons_are_link_text():
    markup = PageMarkup(PAGE)
    assert markup.link_text(tokens("Related article: Ferry fares rise five percent in spring"))
    assert markup.link_text(tokens("Facebook"))
    assert markup.link_text(tokens("Email"))


def test_a_story_paragraph_with_a_link_in_it_is_not_link_text():
    markup = PageMarkup(PAGE)
    text = "The board voted on Tuesday, according to the minutes, to buy two ferries."
    assert not markup.link_text(tokens(text))
    assert not markup.link_text(tokens("Facebook said on Tuesday that it would buy two ferries"))


def test_a_linked_run_glued_to_a_caption_is_cut_out_and_single_linked_words_stay():
    markup = PageMarkup(PAGE)
    assert markup.unlinked(tokens("The old ferry at dawn. View full size image")) == \
        [["the", "old", "ferry", "at", "dawn"]]
    assert markup.unlinked(tokens("Share it on Facebook today")) == \
        [["share", "it", "on", "facebook", "today"]]


def test_the_text_of_an_embedded_post_is_found_by_its_class():
    markup = PageMarkup(PAGE)
    assert markup.embedded(tokens("Stranded at the pier again, no ferry today"))
    assert not markup.embedded(tokens("The old ferry at dawn."))


FURNISHED = """<html><body><article class="node author-tomas-lindqvist">
<div class="shareBar"><p>Like us on Facebook and share this story with friends</p>
<p>The harbour board voted on Tuesday to buy two ferries for the island route.</p></div>
<p class="article__byline">Tomas Lindqvist, staff writer</p>
<p>The harbour board voted on Tuesday to buy two ferries for the island route.</p>
<p>The share price of the yard rose after the vote, its chief said.</p>
<nav class="pagination">Next page</nav><p>Next page of the plan comes in May.</p>
</article></body></html>"""


def test_text_in_an_element_named_as_furniture_is_furnished():
    markup = PageMarkup(FURNISHED)
    assert markup.furnished(tokens("Like us on Facebook and share this story with friends"))
    assert markup.furnished(tokens("Tomas Lindqvist, staff writer"))


def test_story_text_that_a_widget_repeats_or_that_names_furniture_is_not_furnished():
    # The share box repeats the story's first paragraph, which the story prints
    # too; a word of a furniture class in story text ("share") is no class;
    # a one-word run found outside furniture too ("Next page ... plan") stays.
    markup = PageMarkup(FURNISHED)
    assert not markup.furnished(tokens("The harbour board voted on Tuesday to buy two ferries for the island route."))
    assert not markup.furnished(tokens("The share price of the yard rose after the vote, its chief said."))
    assert not markup.furnished(tokens("Next page"))


def _eval_pages():
    import eval_pages
    return eval_pages


def in_split(name: str, split: str, seed: int) -> bool:
    from _pages_truth import in_split as split_of
    return split_of(name, split, seed)


def test_misses_prints_the_unlinted_paragraph_of_a_dev_page(tmp_path, capsys):
    ev = _eval_pages()
    name = next(f"site{i}.example.html" for i in range(100) if in_split(f"site{i}.example.html", "dev", 1))
    base = tmp_path / "pages" / "html"
    base.mkdir(parents=True)
    story = ("The harbour board voted on Tuesday to buy two new ferries for the island route. "
             "Fares will not rise before the spring, the chair said after the meeting. "
             "The first of the two boats is due to sail from the north pier in May.")
    (base / name).write_text(f"<html><body><article><h1>Ferries</h1><p>{story}</p></article>"
                             "<footer><p>Sign up for the Ferry Fan newsletter today</p></footer>"
                             "</body></html>", encoding="utf-8")
    expected = tmp_path / "pages" / "expected"
    expected.mkdir()
    (expected / name.replace(".html", ".txt")).write_text(
        f"{story}\nSign up for the Ferry Fan newsletter today\n", encoding="utf-8")
    assert ev.main([str(tmp_path / "pages"), "--split", "dev", "--no-speed", "--misses"]) == 0
    out = capsys.readouterr().out
    assert f"{name}: 1 missed" in out
    assert "sign up for the ferry fan newsletter today" in out
    assert "harbour board" not in out.split("missed", 1)[1]


def test_misses_refuses_the_test_split(capsys):
    import pytest
    with pytest.raises(SystemExit) as info:
        _eval_pages().main(["nowhere", "--split", "test", "--misses"])
    assert info.value.code == 2
    assert "only with --split dev" in capsys.readouterr().err


def test_a_page_name_gives_its_site_with_or_without_its_file_type():
    from _pages_truth import site
    # `Path.stem` of a bare page name takes `.com2` for a file type: the split
    # check of "example.com2" would then judge the site "example", another site.
    assert site("example.com2") == site("example.com2.html") == site("example.com2.txt") == "example.com"
    assert site("expected/news_site3.txt") == site("news_site3.html") == "news_site"
    assert in_split("example.com2", "dev", 1) == in_split("example.com2.html", "dev", 1)
