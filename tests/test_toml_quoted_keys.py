"""TOML front matter keys as TOML 1.0 writes them ("Keys", toml.io) (fx146
#2): a "basic" quoted key has its escapes decoded (`"ti\\u0074le"` is the
key `title`), a quoted key holding dots is one key (`"site.title" = ...`
is the key `site.title`, not `title` under a table `site`), and a dotted
key may mix bare and quoted keys with white space around its dots
(`site . "og:title"`). Each value is read under its own key and placed at
its own characters."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes

STORY = "The council voted on Tuesday to approve the budget for next year.\n"


def _fields(front: str) -> list[tuple[str, str, str, tuple[int, int]]]:
    doc = read_bytes("story.md", f"+++\n{front}+++\n{STORY}".encode())
    return [(p.kind, p.name, p.text, doc.lines.position(p.source_offset(0)))
            for p in doc.parts if p.kind != "paragraph"]


@pytest.mark.parametrize("key", ['"ti\\u0074le"', '"\\u0074itle"', "'title'", '"title"'])
def test_a_quoted_key_is_read_as_its_decoded_name(key):
    col = len(key) + 5
    assert _fields(f'{key} = "Council votes"\n') == [
        ("headline", "front-matter title", "Council votes", (2, col))]


def test_a_quoted_key_with_dots_is_one_key_and_a_table_key_its_own():
    front = '"site.title" = "Council votes"\n[site]\ntitle = "Daily News"\n'
    doc = read_bytes("story.md", f"+++\n{front}+++\n{STORY}".encode())
    assert doc.fields == {"site.title": "Council votes", "site": {"title": "Daily News"}}
    assert [(p.text, doc.lines.position(p.source_offset(0))) for p in doc.parts
            if p.kind == "field"] == [("Council votes", (2, 17)), ("Daily News", (4, 10))]


def test_a_dotted_key_may_mix_bare_and_quoted_keys():
    front = 'title = "Council votes"\nsite . "og.title" = "Budget passes"\n[ "my site" . x ]\nname = "Ann"\n'
    assert _fields(front)[1:] == [("field", "site.og.title", "Budget passes", (3, 22)),
                                  ("field", "my site.x.name", "Ann", (5, 9))]
