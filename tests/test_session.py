"""Run state lives in a Session: a long-lived process sees config edits, never
changes the Document it is given, and carries nothing from one file to the next."""
from __future__ import annotations

import datetime as dt
import os
import textwrap

from lint import lint_paths
from lint.config import Config
from lint.readers import read_bytes
from lint.session import Session

ARTICLE = "Headline\n\nThe the council met. Leave a Reply\n"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def edit(path, text):
    """Rewrite a file so its stamp changes even on a coarse-clock file system."""
    before = os.stat(path).st_mtime_ns
    write(path, text)
    os.utime(path, ns=(before + 10**9, before + 10**9))


def test_lint_paths_sees_an_edited_config(tmp_path):
    cfg = write(tmp_path / ".newslint.yaml", "select: [hygiene.doubled-word]\n")
    write(tmp_path / "story.txt", ARTICLE)
    assert [d.rule for d in lint_paths([tmp_path])] == ["hygiene.doubled-word"]
    edit(cfg, "select: [hygiene.boilerplate]\n")
    assert [d.rule for d in lint_paths([tmp_path])] == ["hygiene.boilerplate"]


def test_lint_paths_reports_a_missing_path_and_skips_no_article_format(tmp_path):
    # a missing path was dropped without a word; a named .json was a warning finding
    story = write(tmp_path / "story.txt", ARTICLE)
    write(tmp_path / "data.json", "{}\n")
    gone = tmp_path / "gone.txt"
    found = lint_paths([story, gone, tmp_path / "data.json"], select=("hygiene", "file"))
    assert [(d.path, d.rule, d.level) for d in found] == [
        (str(gone), "file.missing", "error"), (str(story), "hygiene.doubled-word", "warning"),
        (str(story), "hygiene.boilerplate", "error")]
    assert lint_paths([gone], ignore=("file.missing",)) == []


def test_one_session_sees_an_edited_config(tmp_path):
    cfg = write(tmp_path / ".newslint.yaml", "select: [hygiene.doubled-word]\n")
    story = write(tmp_path / "story.txt", ARTICLE)
    session = Session()
    assert [d.rule for d in session.lint_path(str(story)).diagnostics] == ["hygiene.doubled-word"]
    edit(cfg, "select: [hygiene]\nignore: [hygiene.doubled-word]\n")
    assert [d.rule for d in session.lint_path(str(story)).diagnostics] == ["hygiene.boilerplate"]


def test_a_new_config_is_seen_after_refresh(tmp_path):
    story = write(tmp_path / "story.txt", ARTICLE)
    session = Session()
    assert session.config_for(str(story)).select == ()
    write(tmp_path / ".newslint.yaml", "select: [dates]\n")
    session.refresh()
    assert session.config_for(str(story)).select == ("dates",)


def test_a_deleted_config_falls_back_to_the_next_one_up(tmp_path):
    write(tmp_path / ".newslint.yaml", "select: [quotes]\n")
    inner = write(tmp_path / "desk" / ".newslint.yaml", "select: [dates]\n")
    story = write(tmp_path / "desk" / "story.txt", ARTICLE)
    session = Session()
    assert session.config_for(str(story)).select == ("dates",)
    inner.unlink()
    assert session.config_for(str(story)).select == ("quotes",)
    (tmp_path / ".newslint.yaml").unlink()
    assert session.config_for(str(story)).select == ()          # none left: the defaults


def test_cli_options_apply_on_top_of_every_config(tmp_path):
    write(tmp_path / ".newslint.yaml", "select: [hygiene]\nignore: [hygiene.boilerplate]\n")
    story = write(tmp_path / "story.txt", ARTICLE)
    config = Session(cli={"ignore": ["hygiene.doubled-word"]}).config_for(str(story))
    assert config.select == ("hygiene",)
    assert config.ignore == ("hygiene.boilerplate", "hygiene.doubled-word")
    forced = Session(Config(select=("dates",))).config_for(str(story))
    assert forced.select == ("dates",)


def test_lint_document_never_changes_the_document():
    source = "Headline\n\nMarch 3, 2025\n\nThe council met on March 2 and voted.\n"
    doc = read_bytes("story.txt", source.encode())
    before = (doc.published, doc.published_from, doc.published_part)
    assert doc.published == dt.date(2025, 3, 3)
    session = Session()
    forced = session.lint_document(doc, Config(published=dt.date(2025, 3, 1), select=("dates",)))
    assert (doc.published, doc.published_from, doc.published_part) == before
    assert forced.document.published == dt.date(2025, 3, 1)
    # The override's findings do not leak into the original's analyses either.
    rules = [d.rule for d in forced.diagnostics]
    own = [d.rule for d in session.lint_document(doc, Config(select=("dates",))).diagnostics]
    assert "dates.after-publication" in rules and "dates.after-publication" not in own
    # ... nor the original's analyses into the override's
    again = session.lint_document(doc, Config(published=dt.date(2025, 3, 1), select=("dates",)))
    assert [d.rule for d in again.diagnostics] == rules


def test_a_rule_that_timed_out_on_three_files_is_skipped_on_the_next_with_one_line(tmp_path, monkeypatch):
    # qa84: a catastrophic pattern cost its whole budget on every file (67 min over
    # 2,000): once it times out on 3 different files (qa86 #10, #11: not after one, which
    # lost every later file's findings), the session's later files skip it, each carrying
    # the same line (a run prints it once), so none is called fully checked
    from lint import spent
    from lint.kinds import base

    monkeypatch.setattr(base, "REGEX_TIMEOUT", 0.2)
    write(tmp_path / "rules" / "house" / "slow.yaml", """\
        extends: existence
        message: slow
        nonword: true
        scope: [paragraph]
        tokens: [Baa, '(a|aa)+$']
        """)
    write(tmp_path / "rules" / "house" / "zfast.yaml", """\
        extends: existence
        message: fast
        tokens: ['Headline']
        scope: [headline]
        """)
    slow = [write(tmp_path / f"a{n}.txt", "Headline\n\n" + "a" * 5000 + "x\n") for n in range(spent.SKIP_AFTER)]
    short = write(tmp_path / "b.txt", "Headline\n\nBaa\n")
    session = Session(cli={"rule_dirs": [str(tmp_path / "rules")], "select": ["house"]})
    rule = next(r for r in session.active_rules(session.config_for(str(slow[0]))) if r.id == "house.slow")
    calls = []
    monkeypatch.setattr(rule.checker, "check", lambda doc, parts, run=rule.checker.check: (
        calls.append(doc.path), run(doc, parts))[1])
    first = session.lint_path(str(slow[0]))
    said = first.problems[0].text
    assert [p.text for p in first.problems] == [said]
    assert said.startswith(f"{tmp_path / 'rules' / 'house' / 'slow.yaml'}:5:1: rule house.slow: "
                           f"pattern timed out on {slow[0]} ("), said     # at its `tokens:`
    assert said.endswith("; its findings in that file are missing")
    assert [d.rule for d in first.diagnostics] == ["house.zfast"]         # the next rule still runs
    assert [d.rule for d in session.lint_path(str(short)).diagnostics] == ["house.zfast", "house.slow"]
    for path in slow[1:]:
        line = session.lint_path(str(path)).problems[0].text
    assert line.endswith(f"; it timed out on {spent.SKIP_AFTER} files, so it is skipped for every later "
                         "file in this run"), line
    second = session.lint_path(str(short))
    assert [(d.rule, d.line, d.column) for d in second.diagnostics] == [("house.zfast", 1, 1)]
    assert [p.text for p in second.problems] == [line]                    # the same line: said once
    assert calls == [str(slow[0]), str(short), *map(str, slow[1:])]       # not run on b.txt again
    session.refresh()             # a rule file edited in an editor: it runs again
    again = session.lint_path(str(short))
    assert [(d.rule, d.line, d.column) for d in again.diagnostics] == [
        ("house.zfast", 1, 1), ("house.slow", 3, 1)]
    assert not again.problems and calls[-1] == str(short)
    fresh = Session(cli=session.cli)                                        # a new run: runs it
    assert [d.rule for d in fresh.lint_path(str(short)).diagnostics] == ["house.zfast", "house.slow"]


def test_a_session_lints_each_file_with_its_own_config_and_vale_section(tmp_path):
    """lint_document, lint_bytes and lint_path find the file's config from its
    path, and under a Vale config run the rules of the file's own section."""
    from lint.engine import lint_bytes
    from vale_helpers import vale_project

    rule = 'extends: existence\nmessage: "Avoid %s."\ntokens:\n  - utilise\n'
    vale_project(tmp_path / "v", "StylesPath = styles\n[*.md]\nBasedOnStyles = T\n",
                        {"T/R": rule})
    write(tmp_path / "plain" / ".newslint.yaml", "select: [hygiene.doubled-word]\n")
    session = Session()
    text = "We utilise it.\n\nThe the end.\n"
    for name, want in (("v/a.md", ["T.R"]), ("v/a.txt", []), ("plain/a.md", ["hygiene.doubled-word"])):
        path = write(tmp_path / name, text)
        doc = read_bytes(str(path), text.encode())
        got = [[d.rule for d in r.diagnostics] for r in (
            session.lint_document(doc), session.lint_bytes(str(path), text.encode()),
            session.lint_path(str(path)),
            lint_bytes(str(path), text.encode(), session.config_for(str(path))))]
        assert got == [want] * 4, name


def test_each_folder_keeps_its_own_rule_folder_in_one_session(tmp_path):
    for name, word in (("one", "colour"), ("two", "flavour")):
        write(tmp_path / name / "rules" / "house" / "r.yaml",
              f'extends: substitution\nmessage: "not %s"\nswap:\n  "{word}": "x"\n')
        write(tmp_path / name / ".newslint.yaml", "select: [house]\nrules: [rules]\n")
        write(tmp_path / name / "a.txt", "Head\n\nThe colour and flavour.\n")
    session = Session()
    got = [[d.message for d in session.lint_path(str(tmp_path / name / "a.txt")).diagnostics]
           for name in ("one", "two")]
    assert got == [["not colour"], ["not flavour"]]


def test_ids_that_name_no_rule_are_refused_where_they_were_written(tmp_path):
    import pytest
    from lint.config import ConfigError

    with pytest.raises(ConfigError, match=r"^--ignore: no rule or pack 'hygeine' \(did you mean hygiene\?\)$"):
        Session(cli={"ignore": ["hygeine"]}).validated_rules([Config()])
    forced = write(tmp_path / "house.yaml", "select: [hygene]\n")
    session = Session.from_options(str(forced))
    with pytest.raises(ConfigError, match=r"house\.yaml:1:10: select: no rule or pack 'hygene'"):
        session.validated_rules([session.config_for(str(tmp_path / "a.txt"))])


def test_a_session_compiles_its_rules_once_until_refresh(tmp_path):
    """lint_path and lint_bytes run the session's compiled rules: an edited rule
    file is read again only after refresh() (one compile per session)."""
    rule = write(tmp_path / "rules" / "house" / "r.yaml",
                 'extends: substitution\nmessage: "not %s"\nswap:\n  "colour": "color"\n')
    story = write(tmp_path / "a.txt", "Head\n\nThe colour and flavour.\n")
    session = Session(cli={"rule_dirs": [str(tmp_path / "rules")], "select": ["house"]})
    data = story.read_bytes()

    def messages():
        return [[d.message for d in r.diagnostics]
                for r in (session.lint_path(str(story)), session.lint_bytes(str(story), data))]

    assert messages() == [["not colour"]] * 2
    edit(rule, 'extends: substitution\nmessage: "not %s"\nswap:\n  "flavour": "flavor"\n')
    assert messages() == [["not colour"]] * 2
    session.refresh()
    assert messages() == [["not flavour"]] * 2


def test_fix_files_runs_the_sessions_rules_as_lint_does(tmp_path):
    """--fix in a long-lived process fixes what its lint reports: the session's
    compiled rules, an edited rule file only after refresh(). (Workers, asked
    for with jobs > 1, compile their own.)"""
    from lint.fixes import fix_files

    rule = write(tmp_path / "rules" / "house" / "r.yaml",
                 'extends: substitution\nmessage: "not %s"\nswap:\n  "colour": "color"\n')
    stories = [str(write(tmp_path / f"{name}.txt", "Head\n\nThe colour and flavour.\n"))
               for name in ("a", "b")]
    session = Session(cli={"rule_dirs": [str(tmp_path / "rules")], "select": ["house"]})

    def fixed():
        return [o.fixed for o in fix_files(stories, session)]

    assert fixed() == ["Head\n\nThe color and flavour.\n"] * 2
    edit(rule, 'extends: substitution\nmessage: "not %s"\nswap:\n  "flavour": "flavor"\n')
    assert fixed() == ["Head\n\nThe color and flavour.\n"] * 2
    session.refresh()
    assert fixed() == ["Head\n\nThe colour and flavor.\n"] * 2


def test_lint_paths_jobs_0_is_one_per_cpu_as_on_the_command_line(tmp_path, monkeypatch):
    import lint.runner as runner
    write(tmp_path / "story.txt", ARTICLE)
    asked, real = [], runner.lint_files

    def spy(files, session, jobs=1, **kw):
        asked.append(jobs)
        return real(files, session, jobs=jobs, **kw)

    monkeypatch.setattr(runner, "usable_cpus", lambda: 3)
    monkeypatch.setattr(runner, "lint_files", spy)
    assert "hygiene.doubled-word" in [d.rule for d in lint_paths([tmp_path], jobs=0)]
    lint_paths([tmp_path])
    assert asked == [3, 1]


def test_lint_paths_refuses_a_negative_job_count(tmp_path):
    import pytest
    with pytest.raises(ValueError, match="not -1"):
        lint_paths([tmp_path], jobs=-1)


def test_each_lint_text_call_is_a_run_of_its_own(tmp_path, monkeypatch):
    # a rule that timed out on one call's text runs on the next call's (spent.forget)
    from lint import lint_text
    from lint.kinds import base

    monkeypatch.setattr(base, "REGEX_TIMEOUT", 0.2)
    write(tmp_path / "rules" / "house" / "slow.yaml", """\
        extends: existence
        message: slow
        nonword: true
        scope: [paragraph]
        tokens: [Baa, '(a|aa)+$']
        """)
    cli = {"rule_dirs": (str(tmp_path / "rules"),), "select": ("house",)}
    assert lint_text("Headline\n\n" + "a" * 5000 + "x\n", **cli) == []     # timed out
    assert [(d.rule, d.line) for d in lint_text("Headline\n\nBaa\n", **cli)] == [("house.slow", 3)]
