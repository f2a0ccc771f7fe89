"""qa84: faults found trying newslint as a new user by the ways least
tried: baselines reached through a symlinked folder, the audit's rows and
summary for exports whose article ids repeat, `--resume` after a partition
is deleted, a house rule's swap that names a missing group, a rule file's
message of the wrong type, and a UTF-32 article. Each is a strict xfail that
passes once fixed; every input is synthetic (tmp_path)."""
from __future__ import annotations

import codecs
import json

import pytest

from test_qa77_regressions import audit_on as _audit

STORY = ("# Council passes budget TK\n\n"
         "The council met on Tuesday to vote. The plan is TK.\n")


def _findings(result) -> list[dict]:
    return json.loads(result.stdout)


# --- #1 a baseline reached through a symlinked folder -----------------------

def _linked(tmp_path):
    """real/content/story.md, and link -> real (a checkout reached by a symlink)."""
    (tmp_path / "real" / "content").mkdir(parents=True)
    (tmp_path / "real" / "content" / "story.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)


def test_a_baseline_written_through_a_symlinked_folder_hides_the_same_file(tmp_path, run_cli):
    _linked(tmp_path)
    made = run_cli("check", "--no-cache", "--write-baseline", "b.json", "link/content",
                   cwd=tmp_path)
    assert made.exit_code == 0, made.output
    again = run_cli("check", "--no-cache", "--format", "json", "--baseline", "b.json",
                    "real/content", cwd=tmp_path)
    assert _findings(again) == [] and again.exit_code == 0, again.output


def test_a_baseline_named_through_a_symlinked_folder_hides_its_findings(tmp_path, run_cli):
    _linked(tmp_path)
    made = run_cli("check", "--no-cache", "--write-baseline", "real/b.json", "real/content",
                   cwd=tmp_path)
    assert made.exit_code == 0, made.output
    again = run_cli("check", "--no-cache", "--format", "json", "--baseline", "link/b.json",
                    "real/content", cwd=tmp_path)
    assert _findings(again) == [] and again.exit_code == 0, again.output


def test_a_baseline_keyed_as_spelled_still_hides_through_the_real_folder(tmp_path, run_cli):
    """A baseline written before keys were resolved (no `paths_resolved`)
    keyed `link/content/story.md` as spelled; linting `real/content` reads
    the same file, so its records still hide its findings."""
    _linked(tmp_path)
    made = run_cli("check", "--no-cache", "--write-baseline", "b.json", "link/content",
                   cwd=tmp_path)
    assert made.exit_code == 0, made.output
    data = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    data.pop("paths_resolved", None)
    for record in data["findings"]:
        record["path"] = "link/content/story.md"     # as spelled, as before qa84 #1
    (tmp_path / "b.json").write_text(json.dumps(data), encoding="utf-8")
    again = run_cli("check", "--no-cache", "--format", "json", "--baseline", "b.json",
                    "real/content", cwd=tmp_path)
    assert _findings(again) == [] and again.exit_code == 0, again.output
    plain = run_cli("check", "--no-cache", "--format", "json", "--baseline", "b.json",
                    "link/content", cwd=tmp_path)
    assert _findings(plain) == [] and plain.exit_code == 0, plain.output


# --- audit (#2, #3, #4) -------------------------------------------------------

def _record(i: int, published: str, id_: str | None = None) -> str:
    rec = {"headline": f"Council vote number {i}", "body": f"The plan {i} is TK.",
           "published": published}
    if id_ is not None:
        rec = {"id": id_, **rec}
    return json.dumps(rec)


def test_a_repeated_id_warning_belongs_to_the_record_it_is_on(tmp_path, audit_client):
    import pandas as pd

    (tmp_path / "d.jsonl").write_text(
        _record(1, "2021-01-09", "x") + "\n" + _record(2, "2021-01-10", "x") + "\n",
        encoding="utf-8")
    done = _audit(tmp_path, audit_client, "d.jsonl", "-o", "out")
    assert done.exit_code == 1, done.stderr
    rows = pd.read_parquet(tmp_path / "out")
    warning = rows[(rows["rule"] == "file.jsonl") & (rows["line"] == 2)]
    assert len(warning) == 1, rows                            # the warning is on line 2
    assert str(warning.iloc[0]["published"]) == "2021-01-10", warning
    articles = pd.read_parquet(tmp_path / "out" / "_articles").sort_values("published")
    assert list(articles["findings"]) == [1, 2], articles     # TK, then TK and the warning


def test_the_summary_counts_articles_of_two_dumps_apart(tmp_path, audit_client):
    import pandas as pd

    (tmp_path / "mon.jsonl").write_text(_record(1, "2021-01-08") + "\n", encoding="utf-8")
    (tmp_path / "tue.jsonl").write_text(_record(2, "2021-01-09") + "\n", encoding="utf-8")
    done = _audit(tmp_path, audit_client, "mon.jsonl", "tue.jsonl", "-o", "out")
    assert done.exit_code == 1 and "audited 2 articles" in done.stderr, done.stderr
    summary = pd.read_parquet(tmp_path / "out" / "_summary.parquet")
    placeholder = summary[summary["rule"] == "hygiene.placeholder"]
    assert list(placeholder["findings"]) == [2], summary
    assert list(placeholder["articles"]) == [2], summary


def test_the_audits_article_is_null_where_check_names_none(tmp_path, audit_client, run_cli):
    """qa84, seen: a plain file's rows and an export's file-level row (a line
    that is not JSON) held the path in `article`, where `check --format
    json` names no article; the summary still counts the plain file as one article."""
    import pandas as pd

    (tmp_path / "s.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "d.jsonl").write_text(_record(1, "2021-01-08", "a1") + "\n{broken\n",
                                      encoding="utf-8")
    checked = run_cli("check", "--no-cache", "--format", "json", "s.md", "d.jsonl", cwd=tmp_path)
    named = {(f["path"], f["line"], f["rule"]): f.get("article") for f in _findings(checked)}
    done = _audit(tmp_path, audit_client, "s.md", "d.jsonl", "-o", "out")
    assert done.exit_code == 1, done.stderr
    rows = pd.read_parquet(tmp_path / "out")
    got = {(r.path, r.line, r.rule): (None if pd.isna(r.article) else r.article)
           for r in rows.itertuples()}
    assert got == named and got[("d.jsonl", 2, "file.jsonl")] is None, (got, named)
    articles = pd.read_parquet(tmp_path / "out" / "_articles")
    assert articles[articles["path"] == "s.md"]["article"].isna().all(), articles
    summary = pd.read_parquet(tmp_path / "out" / "_summary.parquet")
    undated = summary[(summary["rule"] == "hygiene.placeholder") & summary["month"].isna()]
    assert list(undated["findings"]) == [2] and list(undated["articles"]) == [1], summary


def test_resume_notices_a_deleted_partition_of_a_finished_audit(tmp_path, audit_client):
    import pandas as pd

    (tmp_path / "d.jsonl").write_text(
        "".join(_record(i, "2021-01-08", f"a{i}") + "\n" for i in range(6)), encoding="utf-8")
    done = _audit(tmp_path, audit_client, "d.jsonl", "-o", "out", "--partition-size", "2")
    assert done.exit_code == 1 and "6 findings" in done.stderr, done.stderr
    (tmp_path / "out" / "part-00001.parquet").unlink()          # lost in a copy or a sync
    resumed = _audit(tmp_path, audit_client, "d.jsonl", "-o", "out", "--partition-size", "2",
                     "--resume")
    assert "nothing to resume" not in resumed.stderr, resumed.stderr
    assert "part-00001" in resumed.stderr or len(pd.read_parquet(tmp_path / "out")) == 6
    assert resumed.exit_code == 1 and "gone from the finished audit" in resumed.stderr, \
        resumed.stderr
    assert len(pd.read_parquet(tmp_path / "out")) == 6                 # audited again
    assert pd.read_parquet(tmp_path / "out" / "_summary.parquet")["findings"].sum() == 6


# --- house rules (#5, #6) ---------------------------------------------------------

def _house_rule(tmp_path, body: str) -> None:
    (tmp_path / "house" / "h").mkdir(parents=True)
    (tmp_path / "house" / "h" / "x.yaml").write_text(body, encoding="utf-8")
    (tmp_path / "s.md").write_text("# Budget vote today\n\nThe plan is a good one.\n",
                                   encoding="utf-8")


@pytest.mark.parametrize("swap", ['"(plan)": "\\\\2"', '"(plan)": "\\\\g<name>"', '"a": "\\\\9"'])
def test_a_swap_naming_a_missing_group_is_refused_at_its_line(tmp_path, run_cli, swap):
    _house_rule(tmp_path, f'extends: substitution\nmessage: "use {{replacement}}"\n'
                          f'swap: {{{swap}}}\n')
    said = run_cli("check", "--no-cache", "--rules", "house", "s.md", cwd=tmp_path)
    assert said.exit_code == 2, said.output
    assert "internal error" not in said.stderr, said.stderr
    assert "house/h/x.yaml:3:" in said.stderr, said.stderr


def test_a_message_of_the_wrong_type_is_not_called_missing(tmp_path, run_cli):
    _house_rule(tmp_path, "extends: existence\nmessage: 5\ntokens: [plan]\n")
    said = run_cli("check", "--no-cache", "--rules", "house", "s.md", cwd=tmp_path)
    assert said.exit_code == 2 and "house/h/x.yaml:2:10: message:" in said.stderr, said.stderr
    assert "missing" not in said.stderr, said.stderr


# --- #7 a UTF-32 article ------------------------------------------------------------

def test_a_utf32_article_is_read_or_refused_not_garbled(tmp_path, run_cli):
    (tmp_path / "s.md").write_bytes(STORY.encode("utf-32"))
    said = run_cli("check", "--no-cache", "--format", "json", "s.md", cwd=tmp_path)
    found = {(f["rule"], f["line"], f["column"]) for f in _findings(said)}
    assert not any(rule == "titles.missing-headline" for rule, _, _ in found), found
    assert ("hygiene.placeholder", 3, 49) in found or any(
        rule.startswith("file.") for rule, _, _ in found), found


@pytest.mark.parametrize("codec, bom", [("utf-32-le", codecs.BOM_UTF32_LE),
                                        ("utf-32-be", codecs.BOM_UTF32_BE),
                                        ("utf-16-le", codecs.BOM_UTF16_LE)])
def test_a_wide_article_is_read_by_its_bom_and_binary_without_one(tmp_path, run_cli, codec, bom):
    # (fx158) decode's docstring: UTF-32 or UTF-16 by its BOM; without one, NULs make it binary
    (tmp_path / "bom.md").write_bytes(bom + STORY.encode(codec))
    (tmp_path / "bare.md").write_bytes(STORY.encode(codec))
    (tmp_path / "only.md").write_bytes(bom)
    said = run_cli("check", "--no-cache", "--format", "json", "bom.md", "bare.md", "only.md",
                   cwd=tmp_path)
    found = {(f["path"], f["rule"], f["line"], f["column"]) for f in _findings(said)}
    assert ("bom.md", "hygiene.placeholder", 3, 49) in found, found
    assert {(p, r) for p, r, _, _ in found if p != "bom.md"} == {
        ("bare.md", "file.binary"), ("only.md", "file.empty")}, found


# --- #8 a dangling symlink found by a folder walk ------------------------------------

def test_a_walked_dangling_symlink_is_file_missing_as_when_named(tmp_path, run_cli):
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "gone.md").symlink_to(tmp_path / "desk" / "nowhere.md")
    named = run_cli("check", "--no-cache", "--format", "json", "desk/gone.md", cwd=tmp_path)
    walked = run_cli("check", "--no-cache", "--format", "json", "desk", cwd=tmp_path)
    said = [(f["rule"], f["message"]) for f in _findings(named)]
    assert said and said[0][0] == "file.missing", said              # as the README says
    assert [(f["rule"], f["message"]) for f in _findings(walked)] == said


# --- #9 explain's scope of a Vale style rule ------------------------------------------

def test_explain_gives_a_vale_rules_scope_as_it_runs(tmp_path, run_cli):
    (tmp_path / "styles" / "Desk").mkdir(parents=True)
    (tmp_path / "styles" / "Desk" / "Utilize.yml").write_text(
        "extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: warning\ntokens:\n  - utilize\n",
        encoding="utf-8")
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\n[*.md]\nBasedOnStyles = Desk\n",
                                        encoding="utf-8")
    (tmp_path / "s.md").write_text("---\ntitle: We utilize the budget\n---\n\nWe utilize it.\n",
                                   encoding="utf-8")
    ran = run_cli("check", "--no-cache", "--format", "json", "s.md", cwd=tmp_path)
    assert [f["line"] for f in _findings(ran)] == [5], ran.output   # the title is not read
    told = run_cli("explain", "Desk.Utilize", cwd=tmp_path)
    scope = next(line for line in told.stdout.splitlines() if line.startswith("Scope:"))
    assert "field" not in scope and "headline" not in scope, scope


# --- #10 --fix --baseline -----------------------------------------------------------

def test_fix_with_a_baseline_leaves_the_known_findings_as_written(tmp_path, run_cli):
    old = ("---\ntitle: Council passes budget\ndate: 2021-01-08\n---\n\n"
           "The vote is at 12:00 p.m. on Monday.\n")
    story = tmp_path / "s.md"
    story.write_text(old, encoding="utf-8")
    made = run_cli("check", "--no-cache", "--write-baseline", "b.json", "s.md", cwd=tmp_path)
    assert made.exit_code == 0 and "recorded 1 finding" in made.stderr, made.stderr
    edited = old + "\nThe budget passed at 12:00 a.m. on Tuesday.\n"    # today's edit
    story.write_text(edited, encoding="utf-8")
    fixed = run_cli("check", "--no-cache", "--fix", "--baseline", "b.json", "s.md", cwd=tmp_path)
    assert fixed.exit_code == 0, fixed.output
    text = story.read_text(encoding="utf-8")
    assert "at midnight on Tuesday" in text, text       # the new finding is fixed
    assert "at 12:00 p.m. on Monday" in text, text      # the archived one is left as written
    again = run_cli("check", "--no-cache", "--format", "json", "--baseline", "b.json", "s.md",
                    cwd=tmp_path)                       # and the next run still knows it
    assert _findings(again) == [] and again.exit_code == 0, again.output
    assert "1 known finding hidden" in again.stderr and "gone" not in again.stderr, again.stderr


# --- #11 noon's fix ends a sentence that goes on in a quote ----------------------------

def test_noons_fix_adds_no_stop_before_a_quote_that_goes_on(tmp_path, run_cli):
    story = tmp_path / "s.md"
    story.write_text('# Vote set for Friday\n\nIt starts at 12 p.m. "sharp" on Friday, '
                     'the clerk said.\n', encoding="utf-8")
    fixed = run_cli("check", "--no-cache", "--fix", "s.md", cwd=tmp_path)
    assert "fixed 1 problem" in fixed.stderr, fixed.stderr
    assert 'It starts at noon "sharp" on Friday' in story.read_text(encoding="utf-8")


# --- #12 a house rule file that cannot be read is left out unsaid ---------------------

@pytest.mark.parametrize("shape", ["dangling", "loop"])
def test_a_house_rule_file_that_cannot_be_read_is_said(tmp_path, run_cli, shape):
    pack = tmp_path / "house" / "h"
    pack.mkdir(parents=True)
    (pack / "plan.yaml").write_text("extends: existence\nmessage: x\ntokens: [good]\n",
                                    encoding="utf-8")
    if shape == "dangling":      # the shared style checkout it pointed into is gone
        (pack / "banned.yaml").symlink_to(tmp_path / "shared" / "banned.yaml")
    else:
        (pack / "banned.yaml").symlink_to(pack / "again.yaml")
        (pack / "again.yaml").symlink_to(pack / "banned.yaml")
    (tmp_path / "s.md").write_text("# Budget vote today\n\nThe plan is a good one.\n",
                                   encoding="utf-8")
    said = run_cli("check", "--no-cache", "--rules", "house", "s.md", cwd=tmp_path)
    assert "banned.yaml" in said.stderr, said.output
    assert said.exit_code == 2, said.output
