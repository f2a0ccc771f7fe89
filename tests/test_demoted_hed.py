"""A hed demoted to the leading h2: Markdown's `## ` as HTML's `<h2>`, and an
HTML fragment's `<h2>` under a kicker or lead art (nu15, item 7)."""
from __future__ import annotations

from lint.readers import read_bytes

LEDE = "The Port of Bellhaven will receive $18 million to deepen its channel, officials said Monday."
HED = "Harbor wins $20 million federal grant"


def kinds(name: str, text: str) -> list[tuple[str, str, str]]:
    return [(p.kind, p.name, p.text) for p in read_bytes(name, text.encode("utf-8")).parts]


def test_a_markdown_file_opening_with_an_h2_has_that_hed():
    assert kinds("a.md", f"## {HED}\n\n{LEDE}\n")[:2] == [("headline", "", HED), ("paragraph", "", LEDE)]
    # under a front-matter title, or after an H1 or a paragraph, an h2 is a section heading
    assert kinds("a.md", f"---\ntitle: Port news\n---\n## {HED}\n\n{LEDE}\n")[-2][0] == "heading"
    assert ("heading", "", HED) in kinds("a.md", f"# Port news\n\n## {HED}\n\n{LEDE}\n")
    assert ("heading", "", "What comes next") in kinds("a.md", f"{LEDE}\n\n## What comes next\n\nMore.\n")
    # an h3 opening the file is no hed
    assert not any(k == "headline" for k, _, _ in kinds("a.md", f"### Notes\n\n{LEDE}\n"))


def test_a_kicker_over_a_fragments_h2_is_a_field_and_the_h2_the_hed():
    for kicker in ('<p class="kicker">PORTS</p>', '<span class="kicker">Ports</span>'):
        parts = kinds("a.html", f"{kicker}\n<h2>{HED}</h2>\n<p>{LEDE}</p>\n")
        assert [(k, n) for k, n, _ in parts[:2]] == [("field", "kicker"), ("headline", "")]
        assert parts[1][2] == HED
    # with no h2 under it, the kicker class changes nothing: a paragraph of the story
    assert kinds("a.html", f'<p class="kicker">PORTS</p>\n<p>{LEDE}</p>\n')[0][0] == "paragraph"


def test_lead_art_over_a_fragments_h2_leaves_it_the_hed():
    art = '<figure><img src="a.jpg" alt="Dredge"><figcaption>A dredge works. (AP Photo/Jo Lee)</figcaption></figure>'
    doc = read_bytes("a.html", f"{art}\n<h2>{HED}</h2>\n<p>{LEDE}</p>\n".encode())
    assert doc.first("headline").text == HED
    assert doc.first("caption").text.startswith("A dredge works.")
