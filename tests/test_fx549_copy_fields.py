"""fx549: hygiene.placeholder reads every copy line an editor reads (qa407
#2), and existence's `fields:` refuses a name no reader gives a copy line
(#6) or a scope without `field` (#7), naming the file, with exit 2."""
import json

import pytest

from lint.document import COPY_LINE_FIELDS
from lint.readers._text_fields import field_line

HED = "Ferry fleet review ordered in Portland"
BODY = "PORTLAND, Maine (AP) _ Harbor officials opened a review of the ferry fleet, port director Alma Reyes said.\n"


def _placeholders(run_cli, path, *extra):
    return [(f["line"], f["column"]) for f in json.loads(run_cli("check", "--format", "json", path, *extra).stdout)
            if f["rule"] == "hygiene.placeholder"]


def test_every_copy_line_field_name_is_known():
    lines = {"slug": "BC-US-Ferry-Review,0412", "eds": "EDS: UPDATES with quotes", "priority": "URGENT",
             "release": "HOLD FOR RELEASE UNTIL TK"}
    assert {field_line(line) for line in lines.values()} == set(COPY_LINE_FIELDS)


@pytest.mark.parametrize("top", ["EDS: HOLD FOR RELEASE UNTIL TK", "Eds: Embargoed until TK", "Eds: TK quotes"])
def test_tk_in_an_eds_line_over_the_hed(run_cli, tmp_path, top):
    path = tmp_path / "story.txt"
    path.write_text(f"{top}\n\n{HED}\n\n{BODY}", encoding="utf-8")
    assert _placeholders(run_cli, path) == [(1, top.index("TK") + 1)]


def test_tk_in_an_eds_line_under_the_hed(run_cli, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(f"{HED}\nEds: Embargoed until TK\n\n{BODY}", encoding="utf-8")
    assert _placeholders(run_cli, path) == [(2, len("Eds: Embargoed until ") + 1)]


def test_front_matter_eds_and_slug_keys_stay_unread(run_cli, tmp_path):
    path = tmp_path / "story.md"
    path.write_text(f"---\ntitle: {HED}\neds: TK\nslug: TK\n---\n\n{BODY}", encoding="utf-8")
    assert _placeholders(run_cli, path) == []


def test_eds_line_without_a_placeholder_is_quiet(run_cli, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(f"BC-US-Ferry-Review\nEDS: UPDATES with quotes\n\n{HED}\n\n{BODY}", encoding="utf-8")
    assert _placeholders(run_cli, path) == []


def _house(tmp_path, scope, fields):
    house = tmp_path / "rules" / "house"
    house.mkdir(parents=True)
    rule = house / "tbd.yaml"
    rule.write_text(f"extends: existence\nmessage: \"'%s' left in\"\nscope: {scope}\nfields: {fields}\n"
                    "tokens: [TBD]\n", encoding="utf-8")
    return tmp_path / "rules", rule


@pytest.mark.parametrize("name", ["releese", "title", "bogus"])
def test_unknown_field_name_is_refused_with_the_known_names(run_cli, tmp_path, name):
    rules, rule = _house(tmp_path, "field", f"[release, {name}]")
    story = tmp_path / "story.txt"
    story.write_text(f"{HED}\n\n{BODY}", encoding="utf-8")
    got = run_cli("check", "--rules", rules, "--select", "house", story)
    assert got.exit_code == 2
    assert "Traceback" not in got.stderr
    assert len(got.stderr.strip().splitlines()) == 1
    assert str(rule.name) in got.stderr and f"'{name}'" in got.stderr
    assert "known: slug, eds, priority, release" in got.stderr


@pytest.mark.parametrize("scope", ["paragraph", "[headline, body]", "prose"])
def test_fields_without_field_in_scope_is_refused(run_cli, tmp_path, scope):
    rules, rule = _house(tmp_path, scope, "[release]")
    story = tmp_path / "story.txt"
    story.write_text(f"{HED}\n\n{BODY}", encoding="utf-8")
    got = run_cli("check", "--rules", rules, "--select", "house", story)
    assert got.exit_code == 2
    assert str(rule.name) in got.stderr and "scope takes no `field`" in got.stderr


@pytest.mark.parametrize("scope", ["field", "all", "[paragraph, field]"])
def test_fields_with_field_in_scope_is_taken(run_cli, tmp_path, scope):
    rules, _ = _house(tmp_path, scope, "[release, eds]")
    story = tmp_path / "story.txt"
    story.write_text(f"EDS: TBD quotes\n\n{HED}\n\n{BODY}", encoding="utf-8")
    got = run_cli("check", "--format", "json", "--rules", rules, "--select", "house", story)
    assert got.exit_code != 2
    assert [(f["line"], f["column"]) for f in json.loads(got.stdout)] == [(1, 6)]

