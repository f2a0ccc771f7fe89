"""`newslint audit`'s summary line: what a baseline hid (nothing at all is
said), and what the walk left out or found undated (fx124); that "audited
N articles" leaves out a file on which no rule runs, as `check` counts no
such file linted (qa284 #5), and "not read" the files newslint reads as
settings, a site's hugo.toml and the config's own data file among them
(nu57 #5); and that the summary ends the output, a skipped file said
before it (nu54 #5: once a module of its own, whose one audit paid the
process's first loading of the rules and Dask, rr52b #7). A few tiny
articles on an in-process cluster (threads), so it is quick."""
from __future__ import annotations

import logging

import pytest

from test_audit import audit

pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler():
    from distributed import Client, LocalCluster
    from lint.audit.run import NO_DASHBOARD

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, **NO_DASHBOARD,
                      silence_logs=logging.ERROR) as cluster, Client(cluster):
        yield cluster.scheduler.address


def summary(stderr: str) -> str:
    [line] = [ln for ln in stderr.splitlines() if ln.startswith("newslint: audited ")]
    return line


def test_a_baseline_that_hid_nothing_says_so(scheduler, tmp_path):
    (tmp_path / "a.md").write_text("# Vote\n\nThe the council met, TK.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Budget\n\nA a budget passed.\n", encoding="utf-8")
    at = ["--scheduler", scheduler, "--select", "hygiene"]
    assert audit(tmp_path, "a.md", "-o", str(tmp_path / "w"), "--write-baseline", "a.json",
                 *at).exit_code == 0
    stale = audit(tmp_path, "b.md", "-o", str(tmp_path / "o1"), "--baseline", "a.json", *at)
    assert stale.exit_code == 0, stale.stderr        # a warning: below the fail level
    assert summary(stale.stderr).endswith(
        "1 finding (1 warning), none hidden by the baseline a.json (none of its 2 records "
        f"matched: is it stale, or another archive's?); wrote {tmp_path / 'o1'}"), stale.stderr
    good = audit(tmp_path, "a.md", "b.md", "-o", str(tmp_path / "o2"), "--baseline", "a.json", *at)
    assert "2 known findings hidden by the baseline a.json" in good.stderr
    assert "none hidden" not in good.stderr, good.stderr


def test_the_summary_counts_files_not_read_by_extension_and_undated_articles(scheduler, tmp_path):
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "dated.md").write_text("---\ntitle: Vote\ndate: 2024-03-01\n---\n\nThe council met.\n",
                                   encoding="utf-8")
    (desk / "undated.md").write_text("# Budget\n\nThe budget passed.\n", encoding="utf-8")
    for name in ("votes.csv", "seats.csv", "photo.PNG", "NOTES", ".DS_Store"):
        (desk / name).write_bytes(b"x")
    # undated as check counts them (nu54 #5): an article a rule needed a date for, so a dates rule runs
    done = audit(tmp_path, "desk", "-o", str(tmp_path / "o"), "--scheduler", scheduler,
                 "--select", "hygiene,dates")
    assert done.exit_code == 0, done.stderr
    assert summary(done.stderr) == (
        "newslint: audited 2 articles (1 with no publication date) in 1 partition: 0 findings; "
        f"not read: 4 other files (2 .csv, 1 with no extension, 1 .png); wrote {tmp_path / 'o'}")


def _article_paths(out) -> list[str]:
    import pyarrow.dataset as ds

    return sorted(ds.dataset(str(out / "_articles"), format="parquet").to_table().column("path").to_pylist())


@pytest.mark.parametrize("sections", [
    "[*.md]\nBasedOnStyles =\n\n[*.txt]\nBasedOnStyles = newslint\n",     # its section turns none on
    "[*.txt]\nBasedOnStyles = newslint\n",                                  # no section matches it
])
def test_a_file_no_rule_runs_on_is_no_article_audited(scheduler, tmp_path, run_cli, sections):
    (tmp_path / ".newslint.yaml").write_text("vale: .vale.ini\n", encoding="utf-8")
    (tmp_path / ".vale.ini").write_text(sections, encoding="utf-8")
    (tmp_path / "s.md").write_text("The the plan.\n", encoding="utf-8")
    (tmp_path / "t.txt").write_text("The the plan.\n", encoding="utf-8")
    checked = run_cli("check", "--no-cache", "s.md", "t.txt", cwd=tmp_path)
    assert "in 1 file" in checked.output, checked.output           # check lints t.txt alone
    done = audit(tmp_path, ".", "-o", "out", "--scheduler", scheduler)
    assert done.exit_code == 0, done.stderr                         # a warning: the audit passes
    assert summary(done.stderr).startswith("newslint: audited 1 article "), done.stderr
    assert _article_paths(tmp_path / "out") == ["t.txt"]          # the file rules ran on stays


def test_a_sites_config_and_the_configs_data_file_are_not_counted_as_not_read(scheduler, tmp_path):
    (tmp_path / "hugo.toml").write_text('baseURL = "https://example.org/"\ntitle = "Desk"\n', encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("options:\n  hygiene.placeholder:\n    names: data/tk.yaml\n",
                                             encoding="utf-8")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "tk.yaml").write_text("names:\n  - TK Maxx\n", encoding="utf-8")
    news = tmp_path / "content" / "news"
    news.mkdir(parents=True)
    (news / "a.md").write_text("---\ntitle: Vote\ndate: 2024-01-02\n---\n\nThe the plan went to TK Maxx.\n",
                               encoding="utf-8")
    (news / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (news / "feed.yaml").write_text("items: []\n", encoding="utf-8")      # read by nothing: still counted
    (tmp_path / "data" / "config.toml").write_text("a = 1\n", encoding="utf-8")   # no Hugo site's: counted
    done = audit(tmp_path, ".", "-o", "out", "--scheduler", scheduler)
    assert done.exit_code == 0, done.stderr
    assert "1 finding (1 warning)" in summary(done.stderr), done.stderr    # the names table sheltered TK
    assert "; not read: 3 other files (1 .csv, 1 .toml, 1 .yaml);" in summary(done.stderr), done.stderr


def test_the_audit_says_a_skipped_file_before_its_summary(scheduler, tmp_path):
    (tmp_path / "story.txt").write_text("Vote\n\nThe the council met.\n", encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?>\n<urlset><url><loc>https://x/'
                                          "</loc></url></urlset>\n", encoding="utf-8")
    result = audit(tmp_path, str(tmp_path), str(tmp_path / "sitemap.xml"), "-o", str(tmp_path / "out"),
                   "--scheduler", scheduler)         # named: a walk leaves a sitemap out (nu73 #2)
    assert result.exit_code == 0, result.output       # a warning: the audit passes
    lines = result.stderr.splitlines()
    skipped = [i for i, line in enumerate(lines) if "sitemap.xml: file.format: skipped: " in line]
    assert len(skipped) == 1, lines
    assert lines[-1].startswith("newslint: audited 1 article "), lines
    assert skipped[0] < len(lines) - 1, lines


def test_a_hugo_config_directorys_legacy_config_is_not_counted_as_not_read(scheduler, tmp_path):
    (tmp_path / "config" / "_default").mkdir(parents=True)
    (tmp_path / "config" / "_default" / "config.toml").write_text(
        'baseURL = "https://example.org/"\npublishDir = "site"\n', encoding="utf-8")
    news = tmp_path / "content" / "news"
    news.mkdir(parents=True)
    (news / "a.md").write_text("---\ntitle: Vote\ndate: 2024-01-02\n---\n\nThe council met.\n", encoding="utf-8")
    (news / "notes.csv").write_text("a,b\n", encoding="utf-8")
    done = audit(tmp_path, ".", "-o", "out", "--scheduler", scheduler)
    assert done.exit_code == 0, done.stderr
    assert "; not read: 1 other file (1 .csv);" in summary(done.stderr), done.stderr


def test_a_hugo_config_directorys_files_are_settings_but_not_a_config_folders_other_files(scheduler, tmp_path):
    (tmp_path / "config" / "_default").mkdir(parents=True)
    for name in ("hugo.toml", "params.toml", "menus.en.yaml", "notes.csv"):     # Hugo reads all but the .csv
        (tmp_path / "config" / "_default" / name).write_text("a = 1\n", encoding="utf-8")
    (tmp_path / "config" / "feeds.toml").write_text("a = 1\n", encoding="utf-8")    # in no env folder: not Hugo's
    news = tmp_path / "content" / "news"
    news.mkdir(parents=True)
    (news / "a.md").write_text("---\ntitle: Vote\ndate: 2024-01-02\n---\n\nThe council met.\n", encoding="utf-8")
    done = audit(tmp_path, ".", "-o", "out", "--scheduler", scheduler)
    assert done.exit_code == 0, done.stderr
    assert "; not read: 2 other files (1 .csv, 1 .toml);" in summary(done.stderr), done.stderr


def test_an_audit_says_the_files_no_rule_ran_on_as_check_does(scheduler, tmp_path, run_cli):
    (tmp_path / ".newslint.yaml").write_text("vale: .vale.ini\n", encoding="utf-8")
    (tmp_path / ".vale.ini").write_text("[*.txt]\nBasedOnStyles = newslint\n", encoding="utf-8")
    (tmp_path / "s.md").write_text("The the plan.\n", encoding="utf-8")
    (tmp_path / "t.txt").write_text("The the plan.\n", encoding="utf-8")
    checked = run_cli("check", "--no-cache", ".", cwd=tmp_path)
    assert "1 file not linted" in checked.output, checked.output
    done = audit(tmp_path, ".", "-o", "out", "--scheduler", scheduler)
    assert done.exit_code == 0, done.stderr
    assert done.stderr.count("newslint: 1 file not linted: no section of ") == 1, done.stderr  # s.md, as check


def _desk_reading_data_from_outside(tmp_path):
    """news/, whose config reads ../data/tk.yaml (a names table that shelters TK), and its a.md."""
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "tk.yaml").write_text("names:\n  - TK Maxx\n", encoding="utf-8")
    news = tmp_path / "news"
    news.mkdir()
    (news / ".newslint.yaml").write_text("options:\n  hygiene.placeholder:\n    names: ../data/tk.yaml\n",
                                         encoding="utf-8")
    (news / "a.md").write_text("# Vote\n\nThe the plan went to TK Maxx.\n", encoding="utf-8")
    return news


def test_a_data_file_a_sections_config_reads_from_elsewhere_is_not_counted_as_not_read(scheduler, tmp_path):
    news = _desk_reading_data_from_outside(tmp_path)
    (news / "notes.csv").write_text("a,b\n", encoding="utf-8")
    done = audit(tmp_path, ".", "-o", "out", "--scheduler", scheduler)
    assert done.exit_code == 0, done.stderr
    assert "1 finding (1 warning)" in summary(done.stderr), done.stderr    # the names table sheltered TK
    assert "; not read: 1 other file (1 .csv);" in summary(done.stderr), done.stderr


def test_a_data_file_no_loaded_config_reads_is_still_counted_as_not_read(scheduler, tmp_path):
    _desk_reading_data_from_outside(tmp_path)
    (tmp_path / "data" / "other.yaml").write_text("names:\n  - TK Maxx\n", encoding="utf-8")
    done = audit(tmp_path, "data", "news", "-o", "out", "--scheduler", scheduler)    # data walked first
    assert done.exit_code == 0, done.stderr
    assert "; not read: 1 other file (1 .yaml);" in summary(done.stderr), done.stderr    # other.yaml
