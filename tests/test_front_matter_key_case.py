"""Hugo reads every front matter key in any case (nu19 #3): `Title:` or
TOML `Title =` is the headline, `Summary:` the dek, `Author:` the byline,
as their lower-case forms are; a part keeps the key as written."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes


def _parts(data: str):
    doc = lint_bytes("post.md", data.encode(), Config()).document
    return [(p.kind, p.name, p.text) for p in doc.parts if p.kind != "paragraph"]


@pytest.mark.parametrize("front,keys", [
    ("---\nTitle: Council votes\nSummary: Budget passes 5-2\nAuthor: Dana Kowalczyk\n---\n",
     ("Title", "Summary", "Author")),
    ("+++\nTitle = \"Council votes\"\nSummary = \"Budget passes 5-2\"\nAuthor = \"Dana Kowalczyk\"\n+++\n",
     ("Title", "Summary", "Author")),
    ("---\nTITLE: Council votes\nSUMMARY: Budget passes 5-2\nAUTHOR: Dana Kowalczyk\n---\n",
     ("TITLE", "SUMMARY", "AUTHOR")),
])
def test_well_known_keys_in_any_case(front, keys):
    title, summary, author = keys
    assert _parts(front + "\nThe council voted on Monday.\n") == [
        ("headline", f"front-matter {title}", "Council votes"),
        ("dek", summary, "Budget passes 5-2"),
        ("byline", author, "Dana Kowalczyk")]


def test_a_capitalised_title_is_no_missing_headline():
    data = "---\nTitle: Council votes\nDate: 2024-05-18\n---\n\nThe council voted on Monday.\n"
    rules = [d.rule for d in lint_bytes("post.md", data.encode(), Config()).diagnostics]
    assert "titles.missing-headline" not in rules


def test_an_unknown_capitalised_key_stays_a_field():
    assert _parts("---\nTitle: Council votes\nCategory: Politics\n---\n\nThe council voted.\n")[1] == \
        ("field", "Category", "Politics")


def test_a_nested_byline_key_in_any_case():
    """rv20 L2: `Author: {Name: ...}` is the byline, as `author: {name: ...}` is."""
    parts = _parts("---\nTitle: Council votes\nAuthor:\n  Name: Jane Doe\n---\n\nThe council voted.\n")
    assert ("byline", "Author.Name", "Jane Doe") in parts
