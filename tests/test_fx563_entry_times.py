"""fx563: a live blog entry's time stamp opening its paragraph ("14.07 An
Indonesian search official") opens the entry's first sentence, so its
capitalised article is no given name (nu74 #5); a name after a stamp, or a
stamp inside a sentence, reads as before."""
from __future__ import annotations

from lint.analysis.name_runs import opens_sentence
from lint.analysis.names import mentions
from lint.readers import read_bytes


def _mentions(src: str) -> list[tuple[str, bool]]:
    doc = read_bytes("s.html", src.encode())
    doc = doc[0] if isinstance(doc, tuple) else doc
    return [(m.part.text[m.start:m.end], m.full) for m in mentions(doc)]


def test_article_after_an_entry_stamp_is_no_given_name():
    page = ("<html><body><h1>Search goes on</h1><p><strong>14.29 </strong>Indonesian authorities are hoping.</p>\n"
            "<p><strong>14.07 </strong>An Indonesian search official has cast doubt.</p>\n"
            "<p>2.10pm The Indonesian navy said more.</p></body></html>")
    assert ("An Indonesian", True) not in _mentions(page)
    assert opens_sentence("14.07 An Indonesian", 6) and opens_sentence("2.10 pm An Indonesian", 8)


def test_guard_names_after_a_stamp_and_stamps_inside_a_sentence():
    page = ("<html><body><h1>Search goes on</h1><p><strong>14.07 </strong>Joko Widodo said the search "
            "would go on.</p></body></html>")
    assert ("Joko Widodo", True) in _mentions(page)
    assert not opens_sentence("At 14.07 An", 9)
    assert not opens_sentence("room 14.07 An", 11)
