"""fx555: what counts as a release notice's time (qa414 #2-#5), YAML word
lists that stay words (qa414 #1, #10), a slug's Roman numeral (qa414 #8).
A notice gives a clock time, a day and month, a weekday or a word for a
time, or TK/XX; a bare year or a count is a hed's. After a time, a caveat
is cut off, and a clause in capitals or Title Case of two words no notice
holds is a hed's clause."""
import glob
import json
import os

import pytest
import yaml

from lint.readers import read_bytes
from lint.readers._release_lines import notice_only
from lint.readers._text_fields import field_line, notice_part

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HED = "Ferry fleet review ordered in Portland"
BODY = ("PORTLAND, Maine (AP) _ Harbor officials opened a review of the ferry fleet, "
        "port director Alma Reyes said.\n")


def _headline(text, name="story.txt"):
    return [p.text for p in read_bytes(name, text.encode("utf-8")).parts if p.kind == "headline"]


def _list_items(node):
    if isinstance(node, dict):
        for value in node.values():
            yield from _list_items(value)
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, (dict, list)):
                yield from _list_items(item)
            else:
                yield item


YAML_FILES = sorted(glob.glob(f"{ROOT}/lint/data/**/*.yaml", recursive=True)
                    + glob.glob(f"{ROOT}/rules/**/*.yaml", recursive=True))


def test_yaml_files_found():
    assert any(f.endswith("plain_text.yaml") for f in YAML_FILES) and len(YAML_FILES) > 20


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: os.path.relpath(p, ROOT))
def test_no_yaml_list_holds_a_bare_yes_no_on_off_or_null(path):
    """An unquoted no/on/yes/off/true/false/null/~ in a word list loads as a
    bool or None, and the word is silently lost (qa414 #1, #10)."""
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    lost = [item for item in _list_items(data) if item is None or isinstance(item, bool)]
    assert lost == []


def test_on_and_no_are_words_where_a_notice_reads_them():
    assert field_line("EMBARGOED UNTIL 0001 GMT, no early posting") == "release"
    assert field_line("EMBARGO: 0001 GMT on Thursday") == "release"


# --- what is a notice's time ---

@pytest.mark.parametrize("line,part", [
    ("EMBARGOED UNTIL MIDNIGHT, PHOTOS AVAILABLE", "EMBARGOED UNTIL MIDNIGHT"),
    ("Embargoed until noon, please note embargo", "Embargoed until noon"),
    ("HOLD FOR RELEASE UNTIL TONIGHT, WITH GRAPHIC", "HOLD FOR RELEASE UNTIL TONIGHT"),
    ("EMBARGOED UNTIL 00.01 hrs, no early posting", "EMBARGOED UNTIL 00.01 hrs"),
    ("FOR RELEASE 2026-06-05, with photos", "FOR RELEASE 2026-06-05"),
    ("Embargo until 5 June, strictly no early posting", "Embargo until 5 June"),
    # a bare year or count gives no time: the clause is kept whole (a hed's)
    ("Embargo until 2027, with EU backing", "Embargo until 2027, with EU backing"),
    ("EMBARGO: 40 YEARS ON, WITH NO END", "EMBARGO: 40 YEARS ON, WITH NO END"),
])
def test_caveat_cut_only_after_a_notice_time(line, part):
    assert notice_part(line) == part


@pytest.mark.parametrize("notice", ["EMBARGOED UNTIL MIDNIGHT, PHOTOS AVAILABLE",
                                    "Embargoed until noon, please note embargo",
                                    "HOLD FOR RELEASE UNTIL TONIGHT, WITH GRAPHIC"])
def test_notice_with_a_time_word_and_caveat_is_no_hed(notice):
    assert field_line(notice) == "release"
    assert _headline(f"{notice}\n\n{HED}\n\n{BODY}") == [HED]


@pytest.mark.parametrize("hed", ["HOLD FOR RELEASE UNTIL JUNE 5, COURT RULES",
                                 "Hold for Release Until June 5, Court Tells the Jail",
                                 "EMBARGOED UNTIL 6 A.M. EST, SENATE VOTES",
                                 "Embargo until 2030, including Russian gas, EU says",
                                 "Embargo until 2027, EU agrees"])
def test_hed_clause_after_a_notice_time_is_a_hed(hed):
    assert field_line(hed) == ""
    assert _headline(f"{hed}\n\n{BODY}") == [hed]


# nearest shapes that stay notices: a further date, a zone, a placeholder, one stray word
@pytest.mark.parametrize("notice", ["EMBARGO UNTIL JUNE 5, 2026, 10 A.M. EDT",
                                    "EMBARGOED UNTIL 0001 GMT, THURSDAY 5 JUNE 2026",
                                    "For release: June 5, 2026, 10 a.m. local time",
                                    "HOLD FOR RELEASE UNTIL 10 A.M., ET",
                                    "HOLD FOR RELEASE UNTIL 6 A.M. EST, TK",
                                    "EMBARGOED UNTIL 6 A.M. EST, FOR BROADCAST AND ONLINE",
                                    "Embargoed until 6 a.m. ET, June 4, 2026, for broadcast and online"])
def test_notice_with_more_of_its_time_after_the_comma_stays_a_field(notice):
    assert field_line(notice) == "release"
    assert _headline(f"{notice}\n\n{HED}\n\n{BODY}") == [HED]


# --- XX as a time to come, as TK ---

@pytest.mark.parametrize("line,only", [("EMBARGOED UNTIL XX:XX GMT", True), ("HOLD FOR RELEASE UNTIL XX:XX A.M.", True),
                                       ("EMBARGOED UNTIL XX", True), ("EMBARGOED UNTIL TK GMT", True),
                                       ("EMBARGOED UNTIL XXL SALES", False), ("Embargoed until XX people agree", False)])
def test_notice_only_reads_xx_as_tk(line, only):
    assert notice_only(line) is only


# --- a Roman numeral in a slug (qa414 #8) and the placeholders that must still fire ---

def _placeholders(run_cli, tmp_path, text):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return [(f["line"], f["column"]) for f in json.loads(run_cli("check", "--format", "json", path).stdout)
            if f["rule"] == "hygiene.placeholder"]


def test_slug_roman_numerals_after_their_nouns_are_quiet(run_cli, tmp_path):
    text = f"BC-FBN-Super-Bowl-XX,0412\n\n{HED}\n\n{BODY}"
    assert _placeholders(run_cli, tmp_path, text) == []
    text = f"BC-Hst-World-War-XX-Documentary,0412\n\n{HED}\n\n{BODY}"
    assert _placeholders(run_cli, tmp_path, text) == []


@pytest.mark.parametrize("slug,col", [("BC-US-Ferry-Review-XX,0412", 20), ("BC-US-Ferry-TK,0412", 13)])
def test_slug_placeholders_still_fire(run_cli, tmp_path, slug, col):
    assert _placeholders(run_cli, tmp_path, f"{slug}\n\n{HED}\n\n{BODY}") == [(1, col)]


def test_prose_placeholder_xx_still_fires(run_cli, tmp_path):
    text = f"{HED}\n\nPORTLAND, Maine (AP) _ The mayor said XX people came to the Super Bowl XX party.\n"
    assert _placeholders(run_cli, tmp_path, text) == [(3, 39)]


# --- the refusal of `fields:` on a rule whose scope takes no `field` (qa414 #9) ---

def test_config_refusal_advises_what_a_config_can_do(run_cli, tmp_path):
    (tmp_path / ".newslint.yaml").write_text("options:\n  hygiene.boilerplate:\n    fields: [release]\n",
                                             encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(f"{HED}\n\n{BODY}", encoding="utf-8")
    got = run_cli("check", story, cwd=tmp_path)
    assert got.exit_code == 2 and len(got.stderr.strip().splitlines()) == 1
    assert ".newslint.yaml:3:" in got.stderr and "drop `fields:` from this rule's options" in got.stderr
    assert "to the scope" not in got.stderr


def test_rule_file_refusal_still_advises_the_scope(run_cli, tmp_path):
    house = tmp_path / "rules" / "house"
    house.mkdir(parents=True)
    (house / "tbd.yaml").write_text("extends: existence\nmessage: \"'%s' left in\"\nscope: paragraph\n"
                                    "fields: [release]\ntokens: [TBD]\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(f"{HED}\n\n{BODY}", encoding="utf-8")
    got = run_cli("check", "--rules", tmp_path / "rules", "--select", "house", story)
    assert got.exit_code == 2 and "tbd.yaml" in got.stderr
    assert "add `field` to the scope or drop `fields:`" in got.stderr


# --- a caveat after a semicolon or a spaced dash (qa414 #6), a notice under the hed as over it (#7) ---

def _copy_fields(text):
    return [(p.name, p.text) for p in read_bytes("story.txt", text.encode("utf-8")).parts
            if p.kind == "field" and p.attrs.get("copy_line")]


@pytest.mark.parametrize("notice", ["HOLD FOR RELEASE UNTIL JUNE 5 - WITH GRAPHIC",
                                    "Embargoed until midnight; no early posting",
                                    "EMBARGOED UNTIL 0001 GMT – PHOTOS AVAILABLE"])
def test_caveat_after_semicolon_or_dash(notice):
    assert field_line(notice) == "release"
    assert _headline(f"{notice}\n\n{HED}\n\n{BODY}") == [HED]


@pytest.mark.parametrize("hed", ["Embargo until 2027 — with EU backing", "Embargo until 2027; all EU states agree"])
def test_dash_clause_after_a_bare_year_is_a_hed(hed):
    assert field_line(hed) == ""
    assert _headline(f"{hed}\n\n{BODY}") == [hed]


@pytest.mark.parametrize("lede", ["Embargoed until March 3, 2026, the city audit was given to reporters.",
                                  "Embargoed until Thursday, Acme says profits rose"])
def test_lede_opening_like_a_notice_under_the_hed_stays_prose(lede):
    assert _copy_fields(f"{HED}\n\n{lede}\n\n{BODY}") == []
    assert _headline(f"{HED}\n\n{lede}\n\n{BODY}") == [HED]


def test_notice_under_the_hed_with_a_one_word_tail_is_a_field():
    notice = "EMBARGOED UNTIL 6 A.M. EST, FOR BROADCAST AND ONLINE"
    assert _copy_fields(f"{HED}\n\n{notice}\n\n{BODY}") == [("release", notice)]
    assert _copy_fields(f"{HED}\n{notice}\n\n{BODY}") == [("release", notice)]
