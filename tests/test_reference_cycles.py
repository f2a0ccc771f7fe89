"""A read and linted article is freed by reference counting, not left in
reference cycles for the collector (issue 15: the collector's passes over
kept Markdown documents cost about 3% of the CPU per article). The text
article has a quote running on into the next paragraph (linked both ways);
the XML formats build an element tree with the expat parser."""
from __future__ import annotations

import gc
from pathlib import Path

import pytest

from lint.config import Config
from lint.session import Session

MARKDOWN = """---
title: Levee holds
tags: [flood, river]
author:
  name: Ana Ruiz
  links: [{site: example.org}]
date: 2024-03-04
---
# Levee holds after a week of rain

By Ana Ruiz

The river crested on Monday, March 4, 2024, the county said. "We were lucky,"
said Mayor Tom Hale, who <b>thanked</b> volunteers. <img src="crest.jpg" alt="The crest">

{{< figure src="levee.jpg" caption="Sandbags line the levee on Monday." attr="Ana Ruiz" >}}

<div><p>Officials will meet on Tuesday.</p></div>
"""

HTML = """<html><head><title>Levee holds</title>
<meta property="article:published_time" content="2024-03-04T10:00:00Z"></head>
<body><article><h1>Levee holds</h1><p>The river crested on Monday, the county said.</p>
<figure><img src="a.jpg" alt="The crest"><figcaption>The crest on Monday.</figcaption></figure>
<p>"We were lucky," said Mayor Tom Hale.</p></article></body></html>
"""

ARCHIVES = Path(__file__).parent / "archives"

TEXT = """Levee holds

The river crested on Monday, March 4, 2024, the county said. "We were lucky,"
said Mayor Tom Hale.

"The water stopped a foot short of the wall.

"Next year we raise it," he said.
"""


def _lint_objects_in_cycles(session: Session, name: str, data: bytes) -> list[str]:
    """Type names, from newslint's own modules, of what linting `data` left
    in reference cycles."""
    config = Config()
    session.lint_bytes(name, data, config)        # first run: caches fill, regexes compile
    enabled = gc.isenabled()
    gc.disable()
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        result = session.lint_bytes(name, data, config)
        doc = result.document
        assert doc is not None and (doc.parts or doc.articles)     # (an export: articles)
        del doc
        del result
        gc.collect()
        left = sorted({type(o).__qualname__ for o in gc.garbage
                       if type(o).__module__.startswith("lint.")})
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if enabled:
            gc.enable()
    return left


@pytest.mark.parametrize("name, text", [("story.md", MARKDOWN), ("story.html", HTML),
                                        ("story.txt", TEXT)])
def test_a_linted_article_leaves_no_reference_cycles(name, text):
    assert _lint_objects_in_cycles(Session(), name, text.encode("utf-8")) == []


@pytest.mark.parametrize("name", ["story.nitf", "message.xml", "export.xml"])
def test_a_linted_xml_file_leaves_no_reference_cycles(name):
    data = (ARCHIVES / name).read_bytes()
    assert _lint_objects_in_cycles(Session(), str(ARCHIVES / name), data) == []
