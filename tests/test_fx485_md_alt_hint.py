"""fx485: Markdown cannot mark an image decorative (CommonMark reads an
image's alt as its description), so captions.missing-alt on `![](x)` gives
no `alt=""` hint; raw HTML in Markdown, HTML itself and a front-matter
image keep it, and the finding itself stays where it was."""
import json

import pytest

HINT = ' (alt="" marks a purely decorative image)'
BARE = "image 'levee.jpg' has no alt text: describe it for readers who cannot see it"
STORY = "# Levee holds\n\nThe levee held overnight, the county said.\n\n{image}\n"


def missing_alt(run_cli, tmp_path, text, name="story.md"):
    """(line, column, message) of each captions.missing-alt finding."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", "--select", "captions.missing-alt",
                     name, cwd=tmp_path)
    assert result.exit_code in (0, 1), result.stderr
    return [(f["line"], f["column"], f["message"]) for f in json.loads(result.stdout)]


@pytest.mark.parametrize("image", [
    "![](levee.jpg)",
    "![](levee.jpg \"Volunteers stack sandbags. (AP Photo/Ana Ruiz)\")",
    "![][pic]\n\n[pic]: levee.jpg",
    "> ![](levee.jpg)",
    "- ![](levee.jpg)",
])
def test_an_empty_markdown_alt_is_missing_with_no_decorative_hint(run_cli, tmp_path, image):
    assert missing_alt(run_cli, tmp_path, STORY.format(image=image)) == [(5, image.index("!") + 1, BARE)]


@pytest.mark.parametrize("image, column", [
    ('<img src="levee.jpg">', 1),
    ('<figure><img src="levee.jpg"><figcaption>Sandbags. (AP Photo/Ana Ruiz)</figcaption></figure>', 9),
])
def test_raw_html_in_markdown_keeps_the_hint(run_cli, tmp_path, image, column):
    assert missing_alt(run_cli, tmp_path, STORY.format(image=image)) == [(5, column, BARE + HINT)]


def test_an_html_page_keeps_the_hint(run_cli, tmp_path):
    page = ('<html><body><h1>Levee holds</h1><p>The levee held overnight, the county said.</p>'
            '<img src="levee.jpg"></body></html>\n')
    assert [m for _, _, m in missing_alt(run_cli, tmp_path, page, "page.html")] == [BARE + HINT]


def test_a_front_matter_image_keeps_the_hint(run_cli, tmp_path):
    # in YAML's own mark, alt: "" (qa347 #4, fx495)
    text = "---\ntitle: Levee holds\nimage:\n  src: levee.jpg\n---\n\nVolunteers stacked sandbags all night.\n"
    assert [m for _, _, m in missing_alt(run_cli, tmp_path, text)] == [BARE + HINT.replace('alt=""', 'alt: ""')]


@pytest.mark.parametrize("image", ['<img src="levee.jpg" alt="">', "![Sandbags piled on a levee](levee.jpg)",
                                   '{{< figure src="levee.jpg" alt="" >}}'])
def test_what_marks_or_describes_an_image_in_markdown_is_not_flagged(run_cli, tmp_path, image):
    assert missing_alt(run_cli, tmp_path, STORY.format(image=image)) == []


def test_a_house_message_fills_the_hint_for_html_and_not_for_markdown(run_cli, tmp_path):
    (tmp_path / "r" / "house").mkdir(parents=True)
    (tmp_path / "r" / "house" / "alt.yaml").write_text(
        'extends: caption-missing-alt\nmessage: "no alt for {src}{decorative}!"\nlevel: error\n')
    (tmp_path / "story.md").write_text(STORY.format(image="![](levee.jpg)\n\n<img src=\"gate.jpg\">"))
    result = run_cli("check", "--no-cache", "--format", "json", "--rules", "r", "--select", "house",
                     "story.md", cwd=tmp_path)
    assert [f["message"] for f in json.loads(result.stdout)] == ["no alt for levee.jpg!",
                                                                 f"no alt for gate.jpg{HINT}!"]
