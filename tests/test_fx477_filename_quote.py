"""fx477: captions.filename's message quotes the whole file name as saved
(nu67: a screenshot's '.png'; qa337 #3: a copy number is no word; qa337 #4:
AP's handout credit '(AP Photo)'), while each finding's span, which
baselines fingerprint, and what is flagged stay as they were."""
import json

import pytest

from tests.rule_file_helpers import rule_error

PAGE = """<html><head><title>Storm hits the levee</title>
<meta property="article:published_time" content="2024-03-01"></head><body><article>
<h1>Storm hits the levee</h1>
<figure><img src="a.jpg" alt="{alt}"><figcaption>Sandbags on the levee. Photo: Jane Roe/AP</figcaption></figure>
<p>The storm hit the levee on Friday, the mayor said in a statement.</p>
</article></body></html>
"""


def findings(run_cli, tmp_path, alt):
    """(quoted name, flagged source text) of each captions.filename finding on `alt`."""
    page = tmp_path / "page.html"
    text = PAGE.format(alt=alt)
    page.write_text(text, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", "--select", "captions.filename", page)
    lines = text.splitlines()
    out = []
    for f in json.loads(result.stdout):
        assert f["line"] == f["end_line"], f
        message = f["message"]
        head = "file name in a caption or alt text: '"
        assert message.startswith(head) and message.endswith("'; describe the picture instead"), f
        out.append((message[len(head):-len("'; describe the picture instead")],
                    lines[f["line"] - 1][f["column"] - 1:f["end_column"] - 1]))
    return out


# --- nu67: a screenshot's name is quoted with its extension; the span stays on the token ------

@pytest.mark.parametrize("alt, token", [
    ("Screen Shot 2024-03-01 at 10.15.32 AM.png", "Screen Shot 2024-03-01 at 10.15.32 AM"),
    ("Screenshot 2024-03-01 at 10.15.32.png", "Screenshot 2024-03-01 at 10.15.32"),
    ("Screen Shot 2024-03-01 at 10.15.32 AM (2).png", "Screen Shot 2024-03-01 at 10.15.32 AM"),
    ("WhatsApp Image 2024-03-01 at 10.15.32.jpeg", "WhatsApp Image 2024-03-01 at 10.15.32"),
])
def test_screenshot_name_is_quoted_with_its_extension(run_cli, tmp_path, alt, token):
    assert findings(run_cli, tmp_path, alt) == [(alt, token)]


def test_screenshot_name_after_a_sentence_is_quoted_with_its_extension(run_cli, tmp_path):
    name = "Screen Shot 2024-03-01 at 10.15.32 AM.png"
    assert findings(run_cli, tmp_path, f"Volunteers on the levee. {name}") == [
        (name, "Screen Shot 2024-03-01 at 10.15.32 AM")]


def test_screenshot_name_before_a_credit_is_quoted_with_its_extension(run_cli, tmp_path):
    assert findings(run_cli, tmp_path, "Screen Shot 2024-03-01 at 10.15.32 AM.png (AP Photo)") == [
        ("Screen Shot 2024-03-01 at 10.15.32 AM.png", "Screen Shot 2024-03-01 at 10.15.32 AM")]


@pytest.mark.parametrize("alt", ["IMG_4471 (1).jpg", "Volunteers on the levee. IMG_4471 (1).jpg",
                                 "IMG_4471 (1) (1).JPG"])
def test_camera_name_is_quoted_with_its_copy_numbers_and_extension(run_cli, tmp_path, alt):
    name = alt.rpartition(". ")[2]
    assert findings(run_cli, tmp_path, alt) == [(name, "IMG_4471")]


# guards: no extension, or one not run on to the token, is not taken in

def test_screenshot_name_without_an_extension_is_quoted_as_it_stands(run_cli, tmp_path):
    alt = "Screen Shot 2024-03-01 at 10.15.32 AM"
    assert findings(run_cli, tmp_path, alt) == [(alt, alt)]


def test_extension_after_a_space_is_not_taken_in(run_cli, tmp_path):
    assert findings(run_cli, tmp_path, "Screenshot 2024-03-01 at 10.15.32 AM .png files") == [
        ("Screenshot 2024-03-01 at 10.15.32 AM", "Screenshot 2024-03-01 at 10.15.32 AM")]


def test_extension_run_into_a_word_is_not_taken_in(run_cli, tmp_path):
    assert findings(run_cli, tmp_path, "Screenshot 2024-03-01 at 10.15.32 AM.pngs were sent") == [
        ("Screenshot 2024-03-01 at 10.15.32 AM", "Screenshot 2024-03-01 at 10.15.32 AM")]


def test_token_before_another_name_is_quoted_alone(run_cli, tmp_path):
    """Two tokens in one name: the first is quoted as it stands, the last with the name."""
    assert findings(run_cli, tmp_path, "photo12 sandbags.jpg") == [
        ("photo12", "photo12"), ("photo12 sandbags.jpg", "sandbags.jpg")]


# --- qa337 #3: a copy number counts as no word of the eight ------------------------------------

EIGHT = "Mayor Jane Smith greets supporters at the rally"


@pytest.mark.parametrize("copies", [" (2)", " (1) (1)"])
def test_eight_words_and_copy_numbers_are_quoted_whole(run_cli, tmp_path, copies):
    alt = f"{EIGHT}{copies}.jpg"
    assert findings(run_cli, tmp_path, alt) == [(alt, f"rally{copies}.jpg")]


def test_copy_number_inside_the_name_counts_as_no_word(run_cli, tmp_path):
    alt = "Mayor Jane Smith (1) greets supporters at the rally.jpg"
    assert findings(run_cli, tmp_path, alt) == [(alt, "rally.jpg")]


def test_nine_words_and_a_copy_number_are_quoted_from_the_token(run_cli, tmp_path):
    """The guard: nine words are a description, copy number or not (qa332 #2)."""
    assert findings(run_cli, tmp_path, f"{EIGHT} today (2).jpg") == [("today (2).jpg", "today (2).jpg")]


# --- qa337 #4: AP's handout credit '(AP Photo)' is a credit ------------------------------------

@pytest.mark.parametrize("credit", ["(AP Photo)", "(Photo)", "(AP Photo/File)", "(Photo: Jane Roe/AP)"])
def test_name_before_a_photo_credit_is_quoted_whole(run_cli, tmp_path, credit):
    assert findings(run_cli, tmp_path, f"Oscar Isaac violent year.jpg {credit}") == [
        ("Oscar Isaac violent year.jpg", "year.jpg")]


@pytest.mark.parametrize("brackets", ["(AP Photos)", "(Photo of the mayor)", "(APPhoto)", "(AP/Photo)",
                                      "(Jane Roe)", "(AP Photo) on Friday"])
def test_name_before_other_brackets_is_quoted_from_the_token(run_cli, tmp_path, brackets):
    assert findings(run_cli, tmp_path, f"Oscar Isaac violent year.jpg {brackets}") == [
        ("year.jpg", "year.jpg")]


def test_many_photo_words_in_an_open_bracket_leave_the_token_quoted(run_cli, tmp_path):
    """No credit closes the bracket: the name is quoted from its token."""
    assert findings(run_cli, tmp_path, "Oscar Isaac violent year.jpg (" + "Photo " * 300 + "/") == [
        ("year.jpg", "year.jpg")]


# --- what is flagged does not change ----------------------------------------------------------

@pytest.mark.parametrize("alt", ["Volunteers stack sandbags along the levee. (AP Photo)",
                                 "The council released the photo (1). It showed the levee",
                                 "A screenshot of the council's website, 2024-03-01"])
def test_prose_stays_quiet(run_cli, tmp_path, alt):
    assert findings(run_cli, tmp_path, alt) == []


# --- a house rule's `shown-after` is checked as its other regexes are -------------------------

def test_house_rule_shown_after_that_does_not_compile_is_named(tmp_path):
    error = rule_error(tmp_path, "extends: existence\nmessage: '%s'\ntokens: [IMG_\\d+]\n"
                                 "shown-after: '(\\.jpg'\n")
    assert "shown-after" in error and "X" in error, error


@pytest.mark.parametrize("alt, quoted", [("IMG_4471.jpg", "IMG_4471.jpg"), ("IMG_4471 at dusk", "IMG_4471")])
def test_house_rule_shown_after_that_may_match_empty_text_quotes_what_is_there(run_cli, tmp_path, alt, quoted):
    # fx489 (nu68 #7): shown-after is tried once, at the match's end, never between characters,
    # so an optional one loads (it was refused as 'matches empty text') and quotes more only when there
    (tmp_path / "mine" / "house").mkdir(parents=True)
    (tmp_path / "mine" / "house" / "cam.yaml").write_text(
        "extends: existence\nmessage: \"camera name '%s'\"\nscope: [alt]\ntokens: ['IMG_\\d+']\n"
        "shown-after: '(?:\\.jpg)?'\n", encoding="utf-8")
    (tmp_path / "page.html").write_text(PAGE.format(alt=alt), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", "--rules", "mine",
                     "--select", "house.cam", "page.html", cwd=tmp_path)
    (found,) = json.loads(result.stdout)
    assert found["message"] == f"camera name '{quoted}'", found
    assert found["end_column"] - found["column"] == len("IMG_4471"), found


def test_house_rule_shown_after_quotes_what_follows(run_cli, tmp_path):
    (tmp_path / "mine" / "house").mkdir(parents=True)
    (tmp_path / "mine" / "house" / "cam.yaml").write_text(
        "extends: existence\nmessage: \"camera name '%s'\"\nscope: [alt]\ntokens: ['IMG_\\d+']\n"
        "shown-after: '\\.(?:jpg|heic)'\n", encoding="utf-8")
    (tmp_path / "page.html").write_text(PAGE.format(alt="IMG_4471.heic"), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", "--rules", "mine",
                     "--select", "house.cam", "page.html", cwd=tmp_path)
    (found,) = json.loads(result.stdout)
    assert found["message"] == "camera name 'IMG_4471.heic'", found
    assert found["end_column"] - found["column"] == len("IMG_4471"), found
