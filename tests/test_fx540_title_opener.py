"""fx540 (nu72 #2): a title field's lone first word is no name when it is
capitalised only because it opens the field. Guards: a different place, a
different number and the same shapes in NITF still disagree."""
import json

import pytest

MD = """---
title: {title}
seo_title: {seo}
date: 2025-03-04
---

Harbor officials opened a review of the ferry fleet in {place} on Tuesday, Reyes said.
"""

NITF = ('<?xml version="1.0"?>\n<nitf><head><title>{seo}</title></head><body><body.head><hedline>'
        '<hl1>{title}</hl1></hedline></body.head><body.content><p>Harbor officials opened a review '
        'of the ferry fleet in {place} on Tuesday, Reyes said.</p></body.content></body></nitf>\n')


def _disagree(run_cli, tmp_path, ext, template, **fields):
    path = tmp_path / f"story.{ext}"
    path.write_text(template.format(**fields), encoding="utf-8")
    result = run_cli("check", "--select", "titles", "--format", "json", path)
    return [f for f in json.loads(result.stdout) if f["rule"] == "titles.fields-disagree"]


@pytest.mark.parametrize("ext,template", [("md", MD), ("nitf", NITF)])
def test_opening_word_the_headline_writes_in_lower_case_is_no_name(run_cli, tmp_path, ext, template):
    assert _disagree(run_cli, tmp_path, ext, template, title="Portland orders review of ferry fleet",
                     seo="Ferry review", place="Portland") == []


@pytest.mark.parametrize("ext,template", [("md", MD), ("nitf", NITF)])
def test_headline_opening_with_the_word_is_no_name_either(run_cli, tmp_path, ext, template):
    # the other way round: the headline's opener, the field's lower case
    assert _disagree(run_cli, tmp_path, ext, template, title="Ferry review ordered",
                     seo="Portland orders review of ferry fleet", place="Portland") == []


@pytest.mark.parametrize("ext,template", [("md", MD), ("nitf", NITF)])
def test_guard_another_place_opening_still_disagrees(run_cli, tmp_path, ext, template):
    found = _disagree(run_cli, tmp_path, ext, template, title="Portland orders review",
                      seo="Salem orders review", place="Portland")
    assert [f["level"] for f in found] == ["error"] and "'Salem" in found[0]["message"]


@pytest.mark.parametrize("ext,template", [("md", MD), ("nitf", NITF)])
def test_guard_another_number_still_disagrees(run_cli, tmp_path, ext, template):
    found = _disagree(run_cli, tmp_path, ext, template, title="Portland orders review of 3 ferries",
                      seo="Review of 4 ferries", place="Portland")
    assert found and "(a number)" in found[0]["message"] and "'4" in found[0]["message"]


@pytest.mark.parametrize("ext,template", [("md", MD), ("nitf", NITF)])
def test_guard_an_opening_name_the_story_capitalises_stays_a_name(run_cli, tmp_path, ext, template):
    # "Reyes" opens the field; the story writes it mid-sentence with its capital
    found = _disagree(run_cli, tmp_path, ext, template, title="Portland orders review of ferry fleet",
                      seo="Reyes orders ferry review", place="Portland")
    assert found and "'Reyes" in found[0]["message"]
