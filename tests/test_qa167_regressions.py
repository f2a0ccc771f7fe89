"""qa167: faults found in fx274 (firm words moved into lint/data/firms.yaml,
read by lint/analysis/firm_terms.py). Each test asserts the right behaviour;
each was a strict xfail until its fault was fixed, and the notes below say
what the fault was."""
from __future__ import annotations

from pathlib import Path

import pytest

from lint import lint_text
from story_helpers import ROOT, check_with_data, data_edit
FIRST = "“We regret having to take this step,”"
PIPE = "“This pipe was installed in 1931 and it simply gave out,”"


def _rules(text: str, prefix: str) -> list[str]:
    return [f.rule for f in lint_text(text, "story.txt") if f.rule.startswith(prefix)]


# 1 (HIGH; main catches it). fx274 widened the nouns read before a one-word
# name (`nouns_before_a_name`) with group, concern, unit, ...; in ordinary
# prose "the group Smith leads", "a concern Patel raised" put a person's
# surname after such a noun, so `ownerless_firms.story_firms` read the person
# as a firm, `is_firm` handed the next quote's "statement" to that person, and
# quotes.unattributed's finding (which main gives) was lost.
@pytest.mark.parametrize("before, name", [
    ("Members of the group Smith leads met on Monday night at the plant.", "Smith"),
    ("The biggest concern Patel raised was the cost of the repairs.", "Patel"),
    ("Soldiers of the unit Jones commands left the base on Monday.", "Jones"),
    ("The talks ended on Monday at the subsidiary Hale runs in Ohio.", "Hale"),
])
def test_a_firm_noun_as_an_ordinary_word_before_a_surname_keeps_it_a_person(before, name):
    text = f"{before}\n\n{FIRST} {name} said.\n\n{PIPE} the statement said.\n"
    assert _rules(text, "quotes.unattributed") == ["quotes.unattributed"]


# 2 (HIGH; main catches it). "startup" moved to `firm_nouns`, read in
# apposition by name_firms: "Smith, the brains behind the startup," made
# Smith a firm, and the surname used before "Ann Smith" was no longer flagged.
@pytest.mark.parametrize("apposition", ["the brains behind the startup", "a spokeswoman from the startup"])
def test_startup_closing_an_apposition_about_a_person_keeps_the_person(apposition):
    text = (f"The talks ended on Monday after Smith, {apposition}, spoke.\n\n"
            "Smith said the talks would resume. Ann Smith left the plant on Tuesday.\n")
    assert _rules(text, "names.first-reference") == ["names.first-reference"]


# 2b (HIGH; main has it too). The same apposition reading with a noun main
# already had: "Smith, a spokeswoman from the company," (a person, her
# employer after "from") closed on `company`, so Smith was read as a firm and
# the surname used before "Ann Smith" was not flagged: `between` in
# name_firms._patterns stopped at of/for/at/in/to/with but not at "from"/"behind"
# (it stops at from/behind/inside/within now).
def test_a_person_from_the_company_in_apposition_stays_a_person():
    text = ("The talks ended on Monday after Smith, a spokeswoman from the company, spoke.\n\n"
            "Smith said the talks would resume. Ann Smith left the plant on Tuesday.\n")
    assert _rules(text, "names.first-reference") == ["names.first-reference"]


# ---- data files: a malformed firms.yaml, a newsroom's names.yaml --------------

ARTICLE = ("# Plant closes\n\nThe talks ended on Monday after Smith, the Ohio outfit, spoke.\n\n"
           "“We regret having to take this step,” Acme Corp. said.\n\n"
           "Smith said the talks would resume. Ann Smith left the plant on Tuesday.\n")


# 3 (MED; main has the same for names.yaml/attribution.yaml). A firms.yaml
# that YAML cannot parse, or that lacks a list, was reported as an internal
# error of each rule that reads it, with PyYAML's own words ("in
# "<unicode string>"", an escaped newline) or a bare KeyError, never naming
# firms.yaml; `rule_cache.data_error` exists for one clear line.
@pytest.mark.parametrize("old, new", [
    ("known_bodies: [FEMA", "known_bodies: [FEMA,, {"),     # YAML error
    ("trade_nouns:", "trade_nounz:"),                        # a list missing
])
def test_a_malformed_firms_yaml_is_one_clear_line_naming_it(tmp_path, old, new):
    r = check_with_data(tmp_path, data_edit("firms.yaml", old, new), [ARTICLE])
    lines = [ln for ln in r.stderr.splitlines() if "firms.yaml" in ln or "internal error" in ln]
    assert r.returncode == 2
    assert len(lines) == 1, r.stderr
    assert "firms.yaml" in lines[0] and "<unicode string>" not in lines[0] and "\\n" not in lines[0]
    assert "internal error" not in lines[0]


# 4 (MED; main has it too for names.yaml firm_nouns). A firms.yaml list
# written as a single word ("firm_nouns: company") was taken without a word:
# `firm_terms._terms` iterated the string, so each letter became a firm noun.
def test_a_firms_yaml_word_where_a_list_belongs_is_refused(tmp_path):
    r = check_with_data(tmp_path, data_edit("firms.yaml", "firm_nouns: [company,", "firm_nouns: company\nx: ["), [ARTICLE])
    assert r.returncode == 2
    assert "firms.yaml" in r.stderr and "firm_nouns" in r.stderr


# 5 (MED; new: main read these keys). A newsroom that extended names.yaml's
# `firm_nouns` (or attribution.yaml's `firm_nouns`/`firm_suffixes`) keeps its
# edited file across the upgrade; fx274 no longer read those keys and said
# nothing, so the newsroom's words silently stopped working ("Smith, the Ohio
# outfit," is a person again). Either honour them or say in one line that
# they moved to firms.yaml.
def test_a_newsrooms_firm_nouns_in_names_yaml_work_or_are_reported(tmp_path):
    def edit(data: Path) -> None:
        with open(data / "names.yaml", "a", encoding="utf-8") as fh:
            fh.write("firm_nouns: [company, firm, corporation, conglomerate, bank, insurer, airline, chain,\n"
                     "  concern, group, utility, brokerage, multinational, subsidiary, unit, outfit]\n")
    r = check_with_data(tmp_path, edit, [ARTICLE])
    honoured = "names.first-reference" not in r.stdout
    reported = "firms.yaml" in r.stderr and "firm_nouns" in r.stderr
    assert honoured or reported, (r.stdout, r.stderr)


# 6 (LOW; new). The rule's own description, shown by `newslint explain
# names.first-reference`, still sent a newsroom to names.yaml for
# `firm_designators`/`firm_closing_words`/`firm_cues`, which fx274 removed.
def test_first_reference_description_points_at_firms_yaml():
    text = (ROOT / "rules" / "names" / "first-reference.yaml").read_text(encoding="utf-8")
    assert "firm_designators" not in text and "firm_cues" not in text
    assert "firms.yaml" in text
