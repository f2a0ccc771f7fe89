"""What opens a plain-text file: YAML front matter, read as Markdown reads
it, and web stamps with no date (`Updated yesterday`) or a `Posted by` byline."""
from __future__ import annotations

from lint.readers import read_bytes

LEDE = "The council approved the budget on Friday, officials said.\n"


def parts(text: str) -> list[tuple[str, str, str]]:
    return [(p.kind, p.name, p.text) for p in read_bytes("story.txt", text.encode("utf-8")).parts]


def test_yaml_front_matter_over_plain_text_is_read_as_front_matter():
    text = f"---\ntitle: Council approves budget\ndate: 2026-06-05\nauthor: Priya Natarajan\n---\n\n{LEDE}"
    doc = read_bytes("story.txt", text.encode())
    assert (doc.first("headline").text, str(doc.published), doc.first("byline").text) == \
        ("Council approves budget", "2026-06-05", "Priya Natarajan")
    assert [p.text for p in doc.parts if p.kind == "paragraph"] == [LEDE.strip()]
    assert doc.notices == []
    # `---` lines around no `key:` line, or one never closed, are the story's own text
    for text in (f"---\nThe council met.\n---\n\n{LEDE}", f"---\n\nCouncil votes\n\n{LEDE}"):
        doc = read_bytes("story.txt", text.encode())
        assert doc.notices == [] and doc.fields == {} and LEDE.strip() in [p.text for p in doc.parts]
