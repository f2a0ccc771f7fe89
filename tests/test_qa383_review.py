"""qa383: review of fx516 (5949e025..57799f4f): an audit's `published` is
the date the rules used, a JSON Lines date field reads written dates, an
audit of a folder exclude: empties names the exclude, the summary names
refused dates, parse says a far-ahead date. Strict xfails are faults found
(each fails today); the plain tests guard the nearest shapes that work.
Inputs are synthetic (tmp_path)."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from audit_helpers import scheduler_args as _at, rows as _rows
from test_qa77_regressions import audit

# Monday, March 2, 1987: 'Tuesday, March 2' is a weekday mismatch once the year is known.
BODY = ("NEW YORK, March 2 (Reuters) - Acme Corp said on Tuesday, March 2, that its board "
        "will vote on the dividend on Feb. 27.")
STORY = "Acme sets dividend\n\n" + BODY + "\n"
NITF = ('<?xml version="1.0"?>\n<nitf><head><title>Acme</title><docdata>'
        '<date.issue norm="19870220T000000Z"/></docdata></head><body><body.head><hedline>'
        '<hl1>Acme sets dividend</hl1></hedline></body.head><body.content><p>' + BODY +
        '</p></body.content></body></nitf>\n')
HTML = ('<!doctype html><html><head><meta property="article:published_time" content="1987-02-20">'
        '<title>Acme</title></head><body><article><h1>Acme &amp; Co sets dividend</h1><p>' + BODY +
        '</p></article></body></html>\n')
WXR = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
       'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
       'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel><title>Gazette</title>\n'
       '<item><title>Acme sets dividend</title>\n<content:encoded><![CDATA[<p>' + BODY + '</p>]]>'
       '</content:encoded>\n<wp:post_id>12</wp:post_id>\n'
       '<wp:post_date_gmt>1987-02-20 10:00:00</wp:post_date_gmt>\n'
       '<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>\n</item></channel></rss>\n')


def _line(**fields) -> str:
    return json.dumps({"headline": "Acme sets dividend", "body": BODY, **fields})


def _key(r):
    return (r["path"], r["line"], r["column"], r["end_line"], r["end_column"], r["rule"], r["message"])


@pytest.fixture
def desk(tmp_path):
    (tmp_path / "fm.md").write_text("---\ntitle: Acme\ndate: 1987-02-20\n---\n\n" + BODY + "\n")
    (tmp_path / "plain.txt").write_text(STORY)
    (tmp_path / "n.nitf").write_text(NITF)
    (tmp_path / "p.html").write_text(HTML)
    (tmp_path / "wp.xml").write_text(WXR)
    (tmp_path / "w.jsonl").write_bytes(("\r\n".join([
        _line(id="a", date="Mar. 2, 1987"), _line(id="b", date="03/04/1987"), _line(id="c", date="TK"),
        _line(id="d", date="Monday, March 2, 1987"), _line(id="e")]) + "\r\n").encode())
    return tmp_path


FILES = ("fm.md", "plain.txt", "n.nitf", "p.html", "wp.xml", "w.jsonl")


# ---- guards: the audit's rows are check's findings, each with the date its lint used ----

@pytest.mark.parametrize("extra", [(), ("--published", "1987-03-09")])
def test_guard_audit_rows_are_checks_findings_in_every_format(desk, audit_client, run_cli, extra):
    done = audit(desk, *FILES, "-o", "out", *extra, *_at(audit_client))
    assert done.exit_code == 1, done.stderr
    checked = json.loads(run_cli("check", "--no-cache", "--format", "json", *extra, *FILES, cwd=desk).stdout)
    assert sorted(map(_key, _rows(desk / "out"))) == sorted(map(_key, checked))


def test_guard_published_wins_over_every_formats_own_date_in_rows(desk, audit_client):
    done = audit(desk, *FILES, "-o", "out", "--published", "1987-03-09", *_at(audit_client))
    assert done.exit_code == 1, done.stderr
    arts = _rows(desk / "out" / "_articles")
    assert {r["path"] for r in arts} == set(FILES)
    assert {r["published"] for r in arts} == {dt.date(1987, 3, 9)}
    assert "no publication date" not in done.stderr


def test_guard_without_a_date_given_each_format_keeps_its_own(desk, audit_client, run_cli):
    done = audit(desk, *FILES, "-o", "out", *_at(audit_client))
    assert done.exit_code == 1, done.stderr
    arts = {(r["path"], r["article"]): r["published"] for r in _rows(desk / "out" / "_articles")}
    feb20, mar2 = dt.date(1987, 2, 20), dt.date(1987, 3, 2)
    assert arts == {("fm.md", None): feb20, ("plain.txt", None): None, ("n.nitf", None): feb20,
                    ("p.html", None): feb20, ("wp.xml", "12"): feb20, ("w.jsonl", "a"): mar2,
                    ("w.jsonl", "b"): None, ("w.jsonl", "c"): None, ("w.jsonl", "d"): mar2,
                    ("w.jsonl", "e"): None}
    # b ('03/04/1987') and c ('TK') were given a date that was refused; e and plain.txt none
    assert "(4 with no publication date: 2 gave one that was refused)" in done.stderr, done.stderr


def test_guard_each_folders_config_date_is_its_own_rows(tmp_path, audit_client):
    for folder, date in (("east", "1987-03-09"), ("west", "1987-04-01")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / ".newslint.yaml").write_text(f"published: {date}\n")
        (tmp_path / folder / "w.jsonl").write_text(_line(id=folder, date="1987-02-20") + "\n")
    done = audit(tmp_path, "east/w.jsonl", "west/w.jsonl", "-o", "out", *_at(audit_client))
    assert done.exit_code == 1, done.stderr
    assert {r["article"]: r["published"] for r in _rows(tmp_path / "out" / "_articles")} == \
        {"east": dt.date(1987, 3, 9), "west": dt.date(1987, 4, 1)}


# ---- guards: a JSON Lines date field reads as front matter reads the same value ----

@pytest.mark.parametrize("value", ["03/04/1987", "1987", "March 1987", "Mar. 2", "2 Mar 1987 10:00"])
def test_guard_an_ambiguous_jsonl_date_is_refused_as_front_matter_refuses_it(tmp_path, run_cli, value):
    (tmp_path / "a.md").write_text(f'---\ntitle: A\ndate: "{value}"\n---\n\nThe board met.\n')
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "x", "headline": "A", "body": "The board met.",
                                                  "date": value}) + "\n")
    found = json.loads(run_cli("check", "--no-cache", "--format", "json", "a.md", "a.jsonl",
                               cwd=tmp_path).stdout)
    said = {f["path"]: f["message"] for f in found}
    tail = f"'{value}' is not a date (write YYYY-MM-DD); date checks do not use it"
    assert said == {"a.md": f"front matter date: {tail}", "a.jsonl": f"line 1: date {tail}"}


@pytest.mark.parametrize("value", ["Tuesday, March 2, 1987", "March 2nd, 1987", "Mar 2 1987", "1987-3-2"])
def test_guard_a_jsonl_written_date_reads_as_front_matter_reads_it(tmp_path, run_cli, value):
    (tmp_path / "a.md").write_text(f'---\ntitle: A\ndate: "{value}"\n---\n\nThe board met.\n')
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "x", "headline": "A", "body": "The board met.",
                                                  "date": value}) + "\n")
    said = run_cli("parse", "a.md", "a.jsonl", cwd=tmp_path).stdout
    assert "published: 1987-03-02 (from front matter date)" in said
    assert "published: 1987-03-02 (from the JSON field 'date')" in said


def test_guard_a_written_jsonl_date_refused_is_placed_at_its_value_in_a_crlf_file(tmp_path, run_cli):
    lines = [json.dumps({"id": "c", "headline": "Caf\u00e9 \u2014 x", "date": "Dec. 31, 9999", "body": BODY},
                        ensure_ascii=False), _line(id="n", date="Mar.\u00a02, 1600")]
    (tmp_path / "w.jsonl").write_bytes(("\r\n".join(lines) + "\r\n").encode())
    found = [f for f in json.loads(run_cli("check", "--no-cache", "--format", "json", "w.jsonl",
                                           cwd=tmp_path).stdout) if f["rule"] == "file.implausible-date"]
    assert len(found) == 2
    for f in found:
        text = lines[f["line"] - 1]
        assert text[f["column"] - 1:].startswith(("Dec. 31, 9999", "Mar.\\u00a02, 1600")), (f, text)


# ---- guards: exclude: named for a folder, as check names it ----

@pytest.fixture
def excluded(tmp_path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text("# A\n\nThe the cat.\n")
    (tmp_path / ".newslint.yaml").write_text('exclude: ["drafts/**"]\n')
    (tmp_path / "desk" / "sub").mkdir(parents=True)
    (tmp_path / "desk" / "sub" / "b.md").write_text("# B\n\nThe the cat.\n")
    (tmp_path / "desk" / "sub" / ".newslint.yaml").write_text('exclude: ["*.md"]\n')
    return tmp_path


def test_guard_audit_of_two_emptied_folders_names_each_exclude(excluded, audit_client):
    done = audit(excluded, "drafts", "desk", "-o", "out", *_at(audit_client))
    assert done.exit_code == 2
    assert "drafts: no article or export files found (the config's exclude: skips files)" in done.stderr
    assert ("desk: no article or export files found (the exclude: in desk/sub/.newslint.yaml skips files)"
            in done.stderr), done.stderr


def test_audit_of_a_glob_exclude_empties_names_the_exclude(excluded, audit_client):
    done = audit(excluded, "drafts/*.md", "-o", "out", *_at(audit_client))
    assert done.exit_code == 2
    assert "drafts/*.md" in done.stderr and "exclude:" in done.stderr, done.stderr


def test_audit_of_a_glob_exclude_empties_beside_another_source_is_said(excluded, audit_client):
    (excluded / "keep").mkdir()
    (excluded / "keep" / "k.md").write_text("# K\n\nThe cat sat.\n")
    done = audit(excluded, "drafts/*.md", "keep", "-o", "out", *_at(audit_client))
    assert "drafts/*.md" in done.stderr and "exclude:" in done.stderr, done.stderr


def test_a_configs_exclude_leaves_out_a_url_folders_files(tmp_path, audit_client):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "README.txt").write_text("About this corpus\n\nThe the files.\n")
    (tmp_path / "corpus" / "a.txt").write_text(STORY)
    (tmp_path / "c.yaml").write_text('exclude: ["README*", "LICENSE*"]\n')
    done = audit(tmp_path, "--config", "c.yaml", (tmp_path / "corpus").as_uri(), "-o", "out", *_at(audit_client))
    assert done.exit_code in (0, 1), done.stderr
    assert [r["path"].rsplit("/", 1)[-1] for r in _rows(tmp_path / "out" / "_articles")] == ["a.txt"]


def test_guard_a_configs_exclude_leaves_out_a_local_folders_files(tmp_path, audit_client):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "README.txt").write_text("About this corpus\n\nThe the files.\n")
    (tmp_path / "corpus" / "a.txt").write_text(STORY)
    (tmp_path / "c.yaml").write_text('exclude: ["README*", "LICENSE*"]\n')
    done = audit(tmp_path, "--config", "c.yaml", "corpus", "-o", "out", *_at(audit_client))
    assert done.exit_code in (0, 1), done.stderr
    assert [r["path"] for r in _rows(tmp_path / "out" / "_articles")] == ["corpus/a.txt"]


# ---- an empty file's row under --published ----

def test_an_empty_files_row_has_no_publication_date(tmp_path, audit_client):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "a.txt").write_text(STORY)
    done = audit(tmp_path, "empty.txt", "a.txt", "-o", "out", "--published", "1987-03-09", *_at(audit_client))
    assert done.exit_code == 1, done.stderr
    arts = {r["path"]: r["published"] for r in _rows(tmp_path / "out" / "_articles")}
    assert arts == {"empty.txt": None, "a.txt": dt.date(1987, 3, 9)}


# ---- guards: parse says a far-ahead date as check does ----

def test_guard_parse_from_stdin_says_a_far_ahead_published_as_check(tmp_path, run_cli):
    ahead = (dt.date.today() + dt.timedelta(days=100)).isoformat()
    parsed = run_cli("parse", "--published", ahead, "-", input=STORY, cwd=tmp_path)
    checked = run_cli("check", "--no-cache", "--published", ahead, "-", input=STORY, cwd=tmp_path)
    said = [line for line in checked.stderr.splitlines() if "days ahead of today" in line]
    assert len(said) == 1 and said[0] in parsed.stderr.splitlines(), (said, parsed.stderr)
    assert parsed.exit_code == 0


def test_guard_parse_says_each_configs_far_ahead_date_once(tmp_path, run_cli):
    for folder, days in (("east", 100), ("west", 200)):
        (tmp_path / folder).mkdir()
        date = (dt.date.today() + dt.timedelta(days=days)).isoformat()
        (tmp_path / folder / ".newslint.yaml").write_text(f"published: {date}\n")
        (tmp_path / folder / "a.txt").write_text(STORY)
        (tmp_path / folder / "b.txt").write_text(STORY)
    parsed = run_cli("parse", "east", "west", cwd=tmp_path)
    lines = [line for line in parsed.stderr.splitlines() if "days ahead of today" in line]
    assert len(lines) == 2 and "east" in lines[0] and "west" in lines[1], parsed.stderr


# ---- guard: the README's "Dating an archive" recipe, as written ----

def test_guard_readme_dating_recipe_dates_each_story_by_its_line(tmp_path, audit_client, monkeypatch):
    (tmp_path / "wire").mkdir()
    for name in ("0001.txt", "0002.txt"):
        (tmp_path / "wire" / name).write_text(STORY)
    (tmp_path / "dates.json").write_text(json.dumps({"0001.txt": "1987-03-02", "0002.txt": "Mar. 2, 1987"}))
    monkeypatch.chdir(tmp_path)
    import pathlib
    dates = json.loads(pathlib.Path("dates.json").read_text())
    with open("wire.jsonl", "w", encoding="utf-8") as out:
        for f in sorted(pathlib.Path("wire").glob("*.txt")):
            headline, _, body = f.read_text(encoding="utf-8").partition("\n\n")
            out.write(json.dumps({"id": f.name, "headline": headline, "body": body,
                                  "pubdate": dates[f.name]}) + "\n")
    (tmp_path / ".newslint.yaml").write_text("jsonl: {published: pubdate}\n")
    done = audit(tmp_path, "wire.jsonl", "-o", "out", *_at(audit_client))
    assert done.exit_code == 1, done.stderr
    rows = _rows(tmp_path / "out")
    assert {(r["article"], r["line"], r["rule"]) for r in rows} >= {
        ("0001.txt", 1, "dates.weekday-mismatch"), ("0002.txt", 2, "dates.weekday-mismatch")}
    assert {r["published"] for r in rows} == {dt.date(1987, 3, 2)}
