"""--fix never rewrites the key lines of front matter never closed (qa67 #2):
read as the story's text, they are still the article's fields, which a site
parses as data once the writer closes the block (`date: Jan. 5, 2024` it
cannot). The findings stand; --fix and --diff say why each was left; the
story under the block is fixed as before."""
from __future__ import annotations

import pytest

KEYS = ("title: Council meets at 7 PM\ndate: 5 January 2024\nevent_time: 7:00 PM\n"
        "publishDate: Dec 03 2024\ndescription: The the council met.\n")
STORY = "---\n" + KEYS + "\nThe council met at 7 PM on Tuesday.\n\nMore text here.\n"


@pytest.mark.parametrize("name", ["unfix.md", "unfix.txt"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_fix_leaves_the_key_lines_of_a_block_never_closed(run_cli, tmp_path, name, newline):
    path = tmp_path / name
    path.write_bytes(STORY.replace("\n", newline).encode("utf-8"))
    got = run_cli("check", "--fix", name, cwd=tmp_path)
    # only the story's own line is rewritten; every key line is kept byte for byte
    want = STORY.replace("met at 7 PM on", "met at 7 p.m. on").replace("\n", newline)
    assert path.read_bytes().decode("utf-8") == want
    assert "never closed" in got.stderr
    held = next(line for line in got.stderr.splitlines() if "left unfixed on purpose" in line)
    assert held.startswith(f"newslint: {name}: 6 findings left unfixed on purpose (2:25, 3:7, 4:13, 5:14, "
                           "5:18, 6:14: it is in front matter never closed") and not held.endswith("by hand")


def test_diff_offers_no_fix_inside_it_and_check_still_shows_the_findings(run_cli, tmp_path):
    (tmp_path / "unfix.md").write_text(STORY, encoding="utf-8")
    diff = run_cli("check", "--diff", "unfix.md", cwd=tmp_path)
    assert [ln for ln in diff.stdout.splitlines() if ln[:1] in "+-" and ln[:3] not in ("---", "+++")] == [
        "-The council met at 7 PM on Tuesday.", "+The council met at 7 p.m. on Tuesday."]
    plain = run_cli("check", "unfix.md", cwd=tmp_path)
    assert "unfix.md:3:7: warning [style.date-order]" in plain.stdout


def test_a_toml_block_never_closed_is_held_too(run_cli, tmp_path):
    text = '+++\ntitle = "Council meets at 7 PM"\n\nThe council met at 7 PM.\n'
    (tmp_path / "t.md").write_text(text, encoding="utf-8")
    run_cli("check", "--fix", "t.md", cwd=tmp_path)
    assert (tmp_path / "t.md").read_text(encoding="utf-8") == text.replace("met at 7 PM.", "met at 7 p.m.")


@pytest.mark.parametrize("text", [
    # a story boxed between rules in plain text (no front-matter key): its own text, fixed
    "---\nCorrection: The meeting is at 7 PM.\n",
    # a line of prose under the keys, no blank line between: the story's, fixed
    "---\ntitle: Council\nThe council met at 7 PM.\n",
])
def test_what_is_no_key_line_is_still_fixed(run_cli, tmp_path, text):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    run_cli("check", "--fix", "a.txt", cwd=tmp_path)
    assert "7 p.m." in (tmp_path / "a.txt").read_text(encoding="utf-8")


FIELD_BLOCKS = [
    # keys of any case past a blank line inside the block (qa68 #1)
    "---\nTitle: Council meets\n\nPublishDate: Dec 03 2024\nEventTime: 7:00 PM\n",
    '+++\ntitle = "Council meets"\n\nPublishDate = "Dec 03 2024"\neventTime = "7:00 PM"\n',
    '+++\ntitle = "Council meets"\n\n[params]\nevent_time = "7:00 PM"\n',
    '+++\ntitle = "Council meets"\n\n[Params]\n"Event time" = "7:00 PM"\n',
    # a block scalar's paragraphs, a blank line between them, and the key under it
    "---\ntitle: Council\ndescription: |\n  At 7 PM.\n\n  More at 7 PM.\nEventTime: 7:00 PM\n",
]


# plain text reads only a '---' block as front matter: TOML's '+++' only in Markdown
@pytest.mark.parametrize("keys, name", [(k, n) for k in FIELD_BLOCKS for n in ("p.md", "p.txt")
                                        if not (k.startswith("+++") and n == "p.txt")])
def test_every_field_line_past_a_blank_line_is_held(run_cli, tmp_path, keys, name):
    text = keys + "\nThe the council met on Tuesday at 7 PM.\n"
    (tmp_path / name).write_text(text, encoding="utf-8")
    run_cli("check", "--fix", name, cwd=tmp_path)
    assert (tmp_path / name).read_text(encoding="utf-8") == keys + "\nThe council met on Tuesday at 7 p.m.\n"


@pytest.mark.parametrize("para", [
    "Correction: The meeting is at 7 PM.",          # a story's label over a sentence
    "Correction: An earlier version\nsaid 7 PM.",   # a paragraph that is not all fields
])
def test_a_story_paragraph_past_a_blank_line_is_still_fixed(run_cli, tmp_path, para):
    text = "---\nTitle: Council\n\n" + para + "\n"
    (tmp_path / "c.md").write_text(text, encoding="utf-8")
    run_cli("check", "--fix", "c.md", cwd=tmp_path)
    assert (tmp_path / "c.md").read_text(encoding="utf-8") == text.replace("7 PM.", "7 p.m.")
