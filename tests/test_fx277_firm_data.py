"""fx277: firm words after qa167. A person's phrase in apposition that ends
on a firm noun after a preposition (the person's employer) leaves the person
a person; firms.yaml that cannot serve, and a names.yaml or attribution.yaml
still holding a firm list that moved, each give one line naming the file.
Synthetic input only."""
from __future__ import annotations

import pytest

from lint.analysis.firm_terms import MOVED, _term_lists
from lint.data_tables import DataFileError, load_table
from lint.rule_cache import load_data
from story_helpers import check_with_data, data_edit
from titles_helpers import first_references


@pytest.mark.parametrize("apposition", [
    "a spokeswoman from the company", "the brains behind the conglomerate",
    "a source inside the company", "an engineer within the group",
])
def test_a_person_apposed_to_a_phrase_about_a_firm_stays_a_person(apposition):
    body = (f"The talks ended on Monday after Smith, {apposition}, spoke.\n\n"
            "Smith said the talks would resume. Ann Smith left the plant on Tuesday.")
    assert [text for _, _, text in first_references(body)] == ["Smith"]


@pytest.mark.parametrize("apposition", ["the Ohio company", "a small family-run bank",
                                        "the Ohio-based brokerage"])
def test_a_firm_apposed_to_its_noun_is_still_a_firm(apposition):
    body = f"Zorbex, {apposition}, said sales rose. Later, founder Ana Zorbex spoke."
    assert first_references(body) == []


# ---- firms.yaml that cannot serve: one line naming it (qa167 #3, #4) ---------

def test_a_missing_mapping_or_a_word_that_is_no_string_is_refused_naming_the_list():
    data = dict(load_data("firms.yaml"))
    with pytest.raises(ValueError, match=r"no mapping `cues`"):
        _term_lists({k: v for k, v in data.items() if k != "cues"})
    with pytest.raises(ValueError, match=r"`cues\.after` is 'common shares', not a list"):
        _term_lists({**data, "cues": {**data["cues"], "after": "common shares"}})
    with pytest.raises(ValueError, match=r"`known_bodies` holds False, no word"):
        _term_lists({**data, "known_bodies": [False, *data["known_bodies"]]})     # YAML's NO


def test_a_data_file_yaml_cannot_parse_is_one_line_with_its_place(tmp_path):
    path = tmp_path / "words.yaml"
    path.write_text("a: [1, 2]\nb: [x,, {\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_table(str(path), dict)
    line = str(caught.value)
    assert line.startswith(f"{path}:2:") and "invalid YAML" in line and "\n" not in line


STORY = ("# Plant closes\n\nThe talks ended on Monday after Smith spoke.\n\n"
         "“We regret having to take this step,” Acme Corp. said.\n\n"
         "Smith said the talks would resume. Ann Smith left on Tuesday.\n")


def test_a_stray_subset_word_is_said_once_for_every_rule_and_file(tmp_path):
    r = check_with_data(tmp_path, data_edit("firms.yaml", "any_case_endings: [inc,", "any_case_endings: [ltdx, inc,"),
                        [STORY, STORY])
    assert r.returncode == 2
    assert r.stderr.splitlines() == [f"newslint: {tmp_path / 'data' / 'firms.yaml'}: "
                                     "any_case_endings ['ltdx'] are no legal form or closing word"]


# ---- a names.yaml or attribution.yaml still holding a moved list (qa167 #5) --

@pytest.mark.parametrize("name, before, keys", [
    ("attribution.yaml", "document_words: [", {"known_bodies": "FEMA, ABC"}),
    ("names.yaml", "relatives: [", {"firm_nouns": "company, outfit", "firm_cues": "{}"}),
])
def test_a_firm_list_left_where_it_was_is_said_to_have_moved(tmp_path, name, before, keys):
    old = "".join(f"{key}: [{words}]\n" if "{" not in words else f"{key}: {words}\n"
                  for key, words in keys.items())
    r = check_with_data(tmp_path, data_edit(name, before, old + before), [STORY])
    assert r.returncode == 2
    [line] = r.stderr.splitlines()
    assert line.startswith(f"newslint: {tmp_path / 'data' / name}: ") and "moved to firms.yaml" in line
    assert all(f"`{key}`" in line for key in keys) and str(MOVED[name][next(iter(keys))]) in line
