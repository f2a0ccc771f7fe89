"""What a page's story costs in trafilatura (pf23, issue 10's page speed).

`_html_story.find_story` reads only the body trafilatura keeps (its elements
and their source lines); the text trafilatura flattens that body into for
its default "python" output (`xmltotxt`) is never read, so it is not made.
"""
from __future__ import annotations

import pytest

trafilatura = pytest.importorskip("trafilatura")

from lint.readers import _html_story  # noqa: E402

PARAGRAPH = ("The council voted on Tuesday to close the old bridge over the river "
             "for repairs that engineers said could take until the spring. ")
PAGE = ("<!doctype html><html><head><title>Bridge to close</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<article><h1>Bridge to close for repairs</h1>\n"
        + "".join(f"<p>{PARAGRAPH * 2}Item {n}.</p>\n" for n in range(8))
        + "</article><footer>Contact us</footer></body></html>")


def _kept(story: _html_story.Story) -> tuple:
    return story.lines, sorted(story.where.items()), story.loose, story.images, story.chars


def test_story_never_flattens_trafilaturas_body(monkeypatch):
    import trafilatura.core as core

    flattened = []
    real = core.xmltotxt
    monkeypatch.setattr(core, "xmltotxt", lambda *a, **k: flattened.append(1) or real(*a, **k))
    story, why = _html_story.find_story(PAGE)
    assert story is not None and why == ""
    assert flattened == []


def test_story_is_the_one_the_python_output_gives(monkeypatch):
    ours, _ = _html_story.find_story(PAGE)
    real = trafilatura.bare_extraction

    def python_output(source, **kw):
        kw.pop("output_format")
        return real(source, **kw)       # the default output, "python", with its flattened text

    monkeypatch.setattr(trafilatura, "bare_extraction", python_output)
    theirs, _ = _html_story.find_story(PAGE)
    assert ours is not None and theirs is not None
    assert _kept(ours) == _kept(theirs)
    assert ours.chars > 1000            # the fast pass kept it: the full one did not run
