"""nu30 #2: a document the config (or the editor's settings) keeps from being
checked, where `newslint check` exits 2, shows an error at its start saying
so and why, never an empty list; mending the config clears it."""
from __future__ import annotations

import os

from lint.server.documents import target
from lint.server.linting import Linter

NOT_CHECKED = "config-error"
STORY = "# Council meets\n\nThe budget includes $TK for the salt barn.\n"


def write(path, text: str) -> None:
    """Rewrite a file so its stamp changes even on a coarse-clock file system."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 10**9, before + 10**9))


def spots(outcome) -> list[tuple]:
    return [(d.rule, d.level, d.offset, d.end_offset) for d in outcome.diagnostics]


def test_a_broken_config_file_is_an_error_at_the_start_naming_file_line_and_problem(tmp_path):
    cfg = tmp_path / ".newslint.yaml"
    write(cfg, "ignore: [hygiene.placeholder\n")
    linter, doc = Linter(), target((tmp_path / "story.md").as_uri(), None, [])
    out = linter.lint(doc, STORY)
    assert spots(out) == [(NOT_CHECKED, "error", 0, 0)]
    message = out.diagnostics[0].message
    assert message.startswith(f"not checked: {cfg}:1:9: invalid YAML")
    assert out.problems and out.problems[0] in message          # told once as well
    write(cfg, "ignore: [hygiene.placeholder]\n")
    linter.refresh()
    mended = linter.lint(doc, STORY + "The the vote.\n")
    assert [d.rule for d in mended.diagnostics] == ["hygiene.doubled-word"] and not mended.problems


def test_an_unknown_id_in_a_config_file_is_placed_on_its_line(tmp_path):
    write(tmp_path / ".newslint.yaml", "levels:\n  style: loud\n")
    out = Linter().lint(target((tmp_path / "story.md").as_uri(), None, []), STORY)
    assert spots(out) == [(NOT_CHECKED, "error", 0, 0)]
    assert f"{tmp_path / '.newslint.yaml'}:2:" in out.diagnostics[0].message


def test_a_bad_select_setting_names_the_setting_not_a_flag(tmp_path):
    linter = Linter()
    linter.configure({"select": ["hygeine"]})
    out = linter.lint(target((tmp_path / "story.md").as_uri(), None, []), STORY)
    assert spots(out) == [(NOT_CHECKED, "error", 0, 0)]
    assert out.problems == ["settings: select: no rule or pack 'hygeine' (did you mean hygiene?)"]
    assert "--select" not in out.diagnostics[0].message
    linter.configure({"select": ["hygiene"]})
    assert [d.rule for d in linter.lint(target((tmp_path / "story.md").as_uri(), None, []),
                                        STORY).diagnostics] == ["hygiene.placeholder"]


def test_a_bad_ignore_setting_names_the_setting(tmp_path):
    linter = Linter()
    linter.configure({"ignore": ["stlye"]})
    out = linter.lint(target((tmp_path / "story.md").as_uri(), None, []), STORY)
    assert out.problems[0].startswith("settings: ignore: no rule or pack 'stlye'")


def test_a_setting_of_the_wrong_type_is_shown_on_the_document_and_the_rest_applies(tmp_path):
    # qa66 #7: `select: 42` was told once and logged; the document showed nothing of it.
    from lint.server.settings import parse
    settings, errors = parse({"newslint": {"select": 42, "ignore": ["style"]}})
    linter, doc = Linter(), target((tmp_path / "story.md").as_uri(), None, [])
    linter.configure(settings.cli, errors)
    out = linter.lint(doc, STORY)
    assert spots(out) == [(NOT_CHECKED, "warning", 0, 0), ("hygiene.placeholder", "error", 38, 40)]
    assert out.diagnostics[0].message.startswith("settings: select: must be a list of rule ids")
    linter.configure(settings.cli)
    assert [d.rule for d in linter.lint(doc, STORY).diagnostics] == ["hygiene.placeholder"]


# qa237 #4 (fx373): every bad id of the select setting is named, as check names them
def test_qa237_every_bad_id_of_the_select_setting_is_said(tmp_path):
    # `newslint check --select hygeine,nosuch` says both ids
    linter = Linter()
    linter.configure({"select": ["hygeine", "nosuch"]})
    out = linter.lint(target((tmp_path / "story.md").as_uri(), None, []), STORY)
    assert spots(out) == [(NOT_CHECKED, "error", 0, 0)]
    assert "'hygeine'" in out.diagnostics[0].message and "'nosuch'" in out.diagnostics[0].message, out.problems


def test_bad_ids_of_the_select_and_ignore_settings_are_each_named_by_their_setting(tmp_path):
    linter = Linter()
    linter.configure({"select": ["hygeine"], "ignore": ["stlye"]})
    out = linter.lint(target((tmp_path / "story.md").as_uri(), None, []), STORY)
    assert out.problems == ["settings: select: no rule or pack 'hygeine' (did you mean hygiene?); "
                            "settings: ignore: no rule or pack 'stlye' (did you mean style?)"], out.problems
