"""fx495: each file name in an alt text is quoted on its own (qa347 #2); a
whole name with spaces is still quoted whole, and no span moves."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes

CAPTIONS = Config(select=("captions",))
MD = "![{alt}](levee.jpg)\n\nVolunteers stack sandbags along the levee. (AP Photo/Ana Ruiz)\n"
SAY = "file name in a caption or alt text: '{}'; describe the picture instead"


def filenames(alt: str) -> list[tuple[str, str]]:
    """(source under the finding, message) of each captions.filename finding in `alt`."""
    doc = read_bytes("page.md", MD.format(alt=alt).encode("utf-8"))
    diags = lint_document(doc, active_rules(CAPTIONS), CAPTIONS).diagnostics
    return [(doc.source[d.offset:d.end_offset], d.message) for d in diags if d.rule == "captions.filename"]


@pytest.mark.parametrize("alt, names", [
    ("IMG_1.JPG and IMG_2.JPG", [("IMG_1.JPG", "IMG_1.JPG"), ("IMG_2.JPG", "IMG_2.JPG")]),
    ("levee.jpg IMG_2.JPG", [("levee.jpg", "levee.jpg"), ("IMG_2.JPG", "IMG_2.JPG")]),
    ("IMG_1.jpg copy.jpg", [("IMG_1.jpg", "IMG_1.jpg"), ("copy.jpg", "copy.jpg")]),
    ("a.jpg b.jpg c.jpg", [("a.jpg", "a.jpg"), ("b.jpg", "b.jpg"), ("c.jpg", "c.jpg")]),
    # a name that runs on ('AM.png') is one name; what follows it is another
    ("Screen Shot 2024-03-01 at 10.15.32 AM.png and sandbags.jpg",
     [("Screen Shot 2024-03-01 at 10.15.32 AM", "Screen Shot 2024-03-01 at 10.15.32 AM.png"),
      ("sandbags.jpg", "sandbags.jpg")]),
])
def test_each_name_is_quoted_alone_at_its_own_span(alt, names):
    assert filenames(alt) == [(at, SAY.format(shown)) for at, shown in names]


@pytest.mark.parametrize("alt, at, shown", [
    ("Oscar Isaac violent year.jpg", "year.jpg", "Oscar Isaac violent year.jpg"),
    ("Oscar Isaac violent year (2).jpg", "year (2).jpg", "Oscar Isaac violent year (2).jpg"),
    ("Oscar Isaac violent year.jpg (AP Photo/Jane Roe)", "year.jpg", "Oscar Isaac violent year.jpg"),
    ("IMG_4471 (1).jpg", "IMG_4471", "IMG_4471 (1).jpg"),
    ("Screen Shot 2024-03-01 at 10.15.32 AM.png", "Screen Shot 2024-03-01 at 10.15.32 AM",
     "Screen Shot 2024-03-01 at 10.15.32 AM.png"),
])
def test_one_name_with_spaces_is_still_quoted_whole(alt, at, shown):
    assert filenames(alt) == [(at, SAY.format(shown))]


def test_a_token_that_is_no_whole_name_stays_in_the_name_after_it():
    """'photo12' ends in no extension: one name of two tokens (fx477), not two names."""
    assert filenames("photo12 sandbags.jpg") == [("photo12", SAY.format("photo12")),
                                                 ("sandbags.jpg", SAY.format("photo12 sandbags.jpg"))]
