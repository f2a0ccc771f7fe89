"""fx493: captions.placeholder names alt text in an alt part (nu68 #5), and
an existence rule's `part-messages` is refused when it cannot be a message."""
from __future__ import annotations

import json


def _findings(run_cli, path, cwd=None):
    result = run_cli("check", "--format", "json", path, cwd=cwd)
    assert result.exit_code in (0, 1), (result.exit_code, result.stdout, result.stderr)
    return json.loads(result.stdout), result


def _md(tmp_path, alt, caption):
    path = tmp_path / "story.md"
    path.write_text("---\ntitle: Council approves budget\ndate: 2025-03-04\n---\n\n"
                    "The council approved the budget.\n\n"
                    f'<figure><img src="a.jpg" alt="{alt}"><figcaption>{caption}'
                    "</figcaption></figure>\n", encoding="utf-8")
    return path


def test_alt_tk_says_write_the_alt_text(run_cli, tmp_path):
    found, _ = _findings(run_cli, _md(tmp_path, "TK", "Mayor speaks. (AP Photo/Jane Roe)"))
    hits = [f for f in found if f["rule"] == "captions.placeholder"]
    assert [h["message"] for h in hits] == [
        "placeholder left in alt text: 'TK'; write the alt text before publishing"], found


def test_guard_caption_tk_still_says_caption_or_credit(run_cli, tmp_path):
    found, _ = _findings(run_cli, _md(tmp_path, "Mayor Ann Reyes", "Caption TK (AP Photo/Jane Roe)"))
    hits = [f for f in found if f["rule"] == "captions.placeholder"]
    assert [h["message"] for h in hits] == [
        "placeholder left in a caption: 'Caption TK'; write the caption or credit before publishing"], found


def _house(tmp_path, rule):
    pack = tmp_path / "house" / "courier"
    pack.mkdir(parents=True)
    (pack / "rule.yaml").write_text(rule, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules: [house]\nselect: [courier]\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: T\n---\n\nText foo here.\n", encoding="utf-8")
    return post


def test_part_message_with_unfilled_name_is_refused(run_cli, tmp_path):
    post = _house(tmp_path, "extends: existence\nmessage: 'x %s'\ntokens: [foo]\n"
                  "part-messages:\n  alt: 'y {what} %s'\n")
    result = run_cli("check", post, cwd=tmp_path)
    assert result.exit_code == 2 and "part-messages" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_part_message_that_is_no_text_is_refused(run_cli, tmp_path):
    post = _house(tmp_path, "extends: existence\nmessage: 'x %s'\ntokens: [foo]\n"
                  "part-messages:\n  alt: ''\n")
    result = run_cli("check", post, cwd=tmp_path)
    assert result.exit_code == 2 and "part-messages" in result.stderr, result.stderr
