"""fx250 (nu42 H1): an age wrapped onto the line after its name's comma is read."""
from __future__ import annotations

import pytest

from titles_helpers import read, run

TXT = ("City hires new transit chief\n\n"
       "PORTLAND, Ore. (Reuters) - The city council on Monday named a new transit\n"
       "chief after a yearlong national search, and Mayor Thomas {name},\n"
       "54, said the search had been worth the wait for riders and staff.\n\n"
       "The new chief starts in March. {later}, 45, said he was pleased.\n")
MD = ("---\ntitle: City hires transit chief\n---\n\n"
      "The council named a new transit chief, and Mayor Thomas {name},\n"
      "54, said the search was worth it.\n\nHendricks, 45, said he was pleased.\n")
HTML = ("<html><head><title>City hires transit chief</title></head><body><article>"
        "<h1>City hires transit chief</h1>\n"
        "<p>The council named a new transit chief, and Mayor Thomas {name},\n"
        "54, said the search was worth it.</p>\n<p>Hendricks, 45, said he was pleased.</p>\n"
        "<p>Mayor Thomas Hendricks, 54, said it again.</p></article></body></html>\n")


@pytest.mark.parametrize("template, suffix, name, later", [
    (TXT, ".txt", "Hendricks", "Hendricks"),
    (TXT, ".txt", "Hendricks Jr.", "Hendricks Jr."),
    (TXT, ".txt", '"Tom" Hendricks', "Hendricks"),
    (MD, ".md", "Hendricks", "Hendricks"),
    (HTML, ".html", "Hendricks", "Hendricks"),
])
def test_a_changed_age_after_a_wrapped_first_age_is_flagged_at_the_later_one(template, suffix, name, later):
    src = template.format(name=name, later=later)
    found = run(read(src, suffix), "names.age-changed")
    at = src.index(", 45,") + 2
    line = src.count("\n", 0, at) + 1
    column = at - src.rfind("\n", 0, at)
    assert [(d.line, d.column, d.snippet, "is 54 earlier" in d.message) for d in found] == [(line, column, "45", True)]


def test_the_same_age_after_a_wrap_is_not_flagged():
    src = TXT.format(name="Hendricks", later="Hendricks").replace(", 45,", ", 54,")
    assert run(read(src), "names.age-changed") == []
