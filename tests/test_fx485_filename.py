"""fx485: captions.filename quotes a macOS screenshot name whole (the 'AM'
after U+202F, a duplicate's ' copy' / ' copy 2') and flags it once; a name
before '(AP PHOTO)', '(AP Photo )', '(Photo by ...)' is quoted whole.

The finding that stays keeps its span (old baselines hide it); a second,
separate file name in the same alt text is still flagged."""
import json

import pytest

HEAD = "file name in a caption or alt text: '"
TAIL = "'; describe the picture instead"

MD = """---
title: Storm hits the levee
date: 2024-03-01
---
# Storm hits the levee

The storm hit the levee on Friday, the mayor said.

![{alt}](a.png)
"""

NITF = ('<nitf><body><body.content><p>The board met.</p><media media-type="image">'
        '<media-reference source="barge.jpg" alternate-text="{alt}"/><media-caption>A barge idles '
        'near the channel. (AP Photo/Ana Ruiz)</media-caption></media></body.content></body></nitf>\n')

NNBSP = "\u202f"


def found(run_cli, tmp_path, alt, name="page.md", template=MD):
    """(quoted text, source text under the finding) of each captions.filename finding."""
    path = tmp_path / name
    text = template.format(alt=alt)
    path.write_bytes(text.encode("utf-8"))
    result = run_cli("check", "--no-cache", "--format", "json", "--select", "captions.filename", path)
    assert result.exit_code in (0, 1), result.stderr
    lines = text.split("\n")
    out = []
    for f in json.loads(result.stdout):
        message = f["message"]
        assert message.startswith(HEAD) and message.endswith(TAIL), f
        out.append((message[len(HEAD):-len(TAIL)], lines[f["line"] - 1][f["column"] - 1:f["end_column"] - 1]))
    return out


# --- one name, one finding, quoted whole, the span where it was ------------------------------

@pytest.mark.parametrize("name, token", [
    (f"Screenshot 2024-03-01 at 10.15.32{NNBSP}AM.png", "Screenshot 2024-03-01 at 10.15.32"),
    (f"Screenshot 2024-03-01 at 10.15.32{NNBSP}PM.png", "Screenshot 2024-03-01 at 10.15.32"),
    ("Screenshot 2024-03-01 at 10.15.32\u00a0AM.png", "Screenshot 2024-03-01 at 10.15.32"),
    (f"Screenshot 2024-03-01 at 10.15.32{NNBSP}AM copy.png", "Screenshot 2024-03-01 at 10.15.32"),
    ("Screen Shot 2024-03-01 at 10.15.32 AM copy.png", "Screen Shot 2024-03-01 at 10.15.32 AM"),
    ("Screenshot 2024-03-01 at 10.15.32 AM copy 2.png", "Screenshot 2024-03-01 at 10.15.32 AM"),
    ("Screenshot 2024-03-01 at 10.15.32 AM copy (1).png", "Screenshot 2024-03-01 at 10.15.32 AM"),
    ("IMG_4471 copy.jpg", "IMG_4471"),
])
@pytest.mark.parametrize("where", ["md", "nitf"])
def test_one_macos_name_is_one_finding_on_its_token(run_cli, tmp_path, name, token, where):
    args = ("story.nitf", NITF) if where == "nitf" else ("page.md", MD)
    assert found(run_cli, tmp_path, name, *args) == [(name, token)]


# What lead57 (28763c37) wrote with --write-baseline for page.md above: two
# findings per name; the first, on the screenshot token, is the one that stays.
OLD_BASELINE = {
    f"Screenshot 2024-03-01 at 10.15.32{NNBSP}AM.png": [
        ("60a27124cf8759aa", "AM.png", "10 15 32", "a png"),
        ("65478c21937f90e8", "Screenshot 2024-03-01 at 10.15.32", "", "am png a")],
    "Screen Shot 2024-03-01 at 10.15.32 AM copy.png": [
        ("369015f7a5eda731", "copy.png", "15 32 am", "a png"),
        ("ce12a8fb089898c0", "Screen Shot 2024-03-01 at 10.15.32 AM", "", "copy png a")],
    "Screenshot 2024-03-01 at 10.15.32 AM copy 2.png": [
        ("2e3f8eb7c35e74c5", "2.png", "32 am copy", "a png"),
        ("764579862f17bdc1", "Screenshot 2024-03-01 at 10.15.32 AM", "", "copy 2 png")],
}


def _baseline(entries):
    return {"version": 1, "tool": "newslint", "tool_version": "0.1.0", "repeats_recorded": True,
            "paths_resolved": True,
            "findings": [{"path": "page.md", "rule": "captions.filename", "fingerprint": fp, "text": text,
                          "line": 9, "before": before, "after": after}
                         for fp, text, before, after in entries]}


@pytest.mark.parametrize("alt", sorted(OLD_BASELINE))
@pytest.mark.parametrize("keep", [slice(None), slice(1, 2)])
def test_an_old_baseline_still_hides_the_finding_that_stays(run_cli, tmp_path, alt, keep):
    (tmp_path / "page.md").write_text(MD.format(alt=alt), encoding="utf-8")
    (tmp_path / "base.json").write_text(json.dumps(_baseline(OLD_BASELINE[alt][keep])), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--select", "captions.filename", "--baseline", "base.json",
                     "page.md", cwd=tmp_path)
    assert result.exit_code == 0, result.stdout


def test_the_old_baseline_without_the_staying_finding_does_not_hide_it(run_cli, tmp_path):
    alt = "Screen Shot 2024-03-01 at 10.15.32 AM copy.png"
    (tmp_path / "page.md").write_text(MD.format(alt=alt), encoding="utf-8")
    (tmp_path / "base.json").write_text(json.dumps(_baseline(OLD_BASELINE[alt][:1])), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--select", "captions.filename", "--baseline", "base.json",
                     "page.md", cwd=tmp_path)
    assert result.exit_code == 1 and f"'{alt}'" in result.stdout, result.stdout


# --- guards: a second, separate file name is flagged too -------------------------------------

@pytest.mark.parametrize("alt, first, spans", [
    ("IMG_1.jpg and AM.png", "IMG_1.jpg", ["IMG_1.jpg", "AM.png"]),
    ("IMG_1.jpg copy.jpg", "IMG_1.jpg", ["IMG_1.jpg", "copy.jpg"]),
    ("IMG_1.jpg copy 2.png", "IMG_1.jpg", ["IMG_1.jpg", "2.png"]),
    (f"Screenshot 2024-03-01 at 10.15.32{NNBSP}AM.png and AM.png",
     f"Screenshot 2024-03-01 at 10.15.32{NNBSP}AM.png", ["Screenshot 2024-03-01 at 10.15.32", "AM.png"]),
    (f"Screenshot 2024-03-01 at 10.15.32{NNBSP}AM.png, AM.png",
     f"Screenshot 2024-03-01 at 10.15.32{NNBSP}AM.png", ["Screenshot 2024-03-01 at 10.15.32", "AM.png"]),
    ("Screenshot 2024-03-01 at 10.15.32 and AM.png",
     "Screenshot 2024-03-01 at 10.15.32", ["Screenshot 2024-03-01 at 10.15.32", "AM.png"]),
    ("Screen Shot 2024-03-01 at 10.15.32 AM copyedit.png",
     "Screen Shot 2024-03-01 at 10.15.32 AM", ["Screen Shot 2024-03-01 at 10.15.32 AM", "copyedit.png"]),
    (f"IMG_4471{NNBSP}AM.png", "IMG_4471", ["IMG_4471", "AM.png"]),      # no time before the AM
    (f"Screenshot 2024-03-01{NNBSP}AM.png", "Screenshot 2024-03-01", ["Screenshot 2024-03-01", "AM.png"]),
])
def test_separate_names_each_keep_their_finding(run_cli, tmp_path, alt, first, spans):
    # the second's quote is shown-whole's as before (the whole alt text, when it may be one name)
    got = found(run_cli, tmp_path, alt)
    assert [s for _, s in got] == spans and got[0][0] == first


def test_one_screenshot_name_with_the_am_is_quoted_from_its_token(run_cli, tmp_path):
    name = "Screen Shot 2024-03-01 at 10.15.32 AM.png"
    assert found(run_cli, tmp_path, name) == [(name, "Screen Shot 2024-03-01 at 10.15.32 AM")]


# --- credits after a whole name ---------------------------------------------------------------

@pytest.mark.parametrize("credit", ["(AP PHOTO)", "(ap photo)", "(AP Photo )", "( AP Photo)",
                                    "(Photo by Jane Roe)", "(PHOTO BY JANE ROE)", "(Photo: Jane Roe)",
                                    "(AP PHOTO/Jane Roe)"])
def test_a_name_before_a_credit_variant_is_quoted_whole(run_cli, tmp_path, credit):
    assert found(run_cli, tmp_path, f"Oscar Isaac violent year.jpg {credit}") == [
        ("Oscar Isaac violent year.jpg", "year.jpg")]


@pytest.mark.parametrize("credit", ["(Photographer unknown)", "(Photobucket)", "(Jane Roe)",
                                    "(Photo by Jane Roe) (2)", "(Photo by Jane (Roe))", "(by Photo Jane)"])
def test_a_bracket_that_is_no_credit_leaves_the_token_quoted_alone(run_cli, tmp_path, credit):
    assert found(run_cli, tmp_path, f"Oscar Isaac violent year.jpg {credit}") == [("year.jpg", "year.jpg")]


# --- a house rule's shown-after: a match inside what it quotes is the same text ---------------

HOUSE = ('extends: existence\nmessage: "seen: %s"\nlevel: error\ntokens: [slammed, door]\n'
         'shown-after: " the door"\n')


@pytest.mark.parametrize("text, expected", [
    ("He slammed the door.\n", ["seen: slammed the door"]),
    ("He slammed the window and the door.\n", ["seen: slammed", "seen: door"]),
    ("He slammed the door, then the door.\n", ["seen: slammed the door", "seen: door"]),
])
def test_a_house_rule_flags_a_token_inside_its_run_on_once(run_cli, tmp_path, text, expected):
    rules = tmp_path / "rules" / "house"
    rules.mkdir(parents=True)
    (rules / "x.yaml").write_text(HOUSE, encoding="utf-8")
    (tmp_path / "s.txt").write_text(text, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", "--rules", tmp_path / "rules",
                     "--select", "house.x", tmp_path / "s.txt")
    assert result.exit_code == 1, result.stderr
    assert [f["message"] for f in json.loads(result.stdout)] == expected
