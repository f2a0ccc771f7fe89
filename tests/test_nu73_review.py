"""nu73: a newcomer's trial of `newslint audit` (an archive team) and of
`check --fix` (a writer). Each fault found is a strict xfail that fails today;
the guards pin what held up under the trial (audit rows, resumes and baselines
agree with `check`; `--fix` writes exactly the fix spans, keeping CRLF, a BOM,
tabs, front matter, shortcodes and footnotes).

Synthetic input only; every run is a fresh `python -m lint` process."""
from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections import Counter

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

KEY = ("path", "article", "line", "column", "end_line", "end_column", "rule", "level", "message")


@pytest.fixture(scope="module")
def scheduler():
    from distributed import Client, LocalCluster

    from lint.audit.run import NO_DASHBOARD

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, **NO_DASHBOARD,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as c:
        yield ["--scheduler", c.scheduler.address]


def newslint(cwd, *args):
    return subprocess.run([sys.executable, "-m", "lint", *args], cwd=cwd, capture_output=True,
                          text=True, check=False)


def check_json(cwd, *args):
    done = newslint(cwd, "check", "--no-cache", "--no-color", "--format", "json", *args)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def audit(cwd, scheduler, *args):
    return newslint(cwd, "audit", "--no-progress", *scheduler, *args)


def rows(folder):
    import pyarrow.dataset as ds

    return ds.dataset(str(folder), format="parquet").to_table().to_pylist()


def keyed(findings):
    return Counter(tuple(f.get(k) for k in KEY) for f in findings)


NITF = ('<?xml version="1.0" encoding="UTF-8"?>\n<nitf>\n  <body>\n'
        '    <body.head><hedline><hl1>Levee holds after storm</hl1></hedline></body.head>\n'
        '    <body.content>\n      <p>The levee held overnight after the the storm, the county said. TK</p>\n'
        '    </body.content>\n  </body>\n</nitf>\n')
STORY = "Council passes budget\n\nThe council passed the budget on Tuesday, officials said.\n"


def jsonl_line(i, body):
    return json.dumps({"id": str(i), "headline": "Council meets on budget",
                       "body": body, "published": "2025-03-06"})


BODY = ("The council met on Tuesday, March 5, 2025, at 7pm and the the vote passed, "
        "officials said. TK")


# ---------------------------------------------------------------- faults


def test_audit_of_a_folder_reads_what_check_of_that_folder_reads(tmp_path, scheduler):
    desk = tmp_path / "desk"
    (desk / "wire").mkdir(parents=True)
    (desk / "a.txt").write_text(STORY)
    (desk / "wire" / "levee.xml").write_text(NITF)
    checked = check_json(desk, ".")
    done = audit(desk, scheduler, ".", "-o", str(tmp_path / "out"))
    assert done.returncode in (0, 1), done.stderr
    assert keyed(rows(tmp_path / "out")) == keyed(checked)


def test_a_check_baseline_of_a_folder_hides_everything_in_an_audit_of_it(tmp_path, scheduler):
    desk = tmp_path / "desk"
    (desk / "wire").mkdir(parents=True)
    (desk / "a.txt").write_text(STORY + "TK\n")
    (desk / "wire" / "levee.xml").write_text(NITF)
    wrote = newslint(desk, "check", "--no-cache", ".", "--write-baseline", str(tmp_path / "b.json"))
    assert wrote.returncode == 0, wrote.stderr
    done = audit(desk, scheduler, ".", "-o", str(tmp_path / "out"), "--baseline",
                 str(tmp_path / "b.json"))
    assert done.returncode == 0, done.stderr
    assert rows(tmp_path / "out") == []


def test_a_bad_jsonl_line_is_said_in_the_audit_as_check_says_it(tmp_path, scheduler):
    lines = [jsonl_line(1, BODY), jsonl_line(2, BODY), '{"id": "3", "headline": broken',
             jsonl_line(4, BODY)]
    (tmp_path / "w.jsonl").write_text("\n".join(lines) + "\n")
    checked = [f for f in check_json(tmp_path, "w.jsonl") if f["rule"] == "file.jsonl"]
    assert checked and "line 3 column" in checked[0]["message"]
    done = audit(tmp_path, scheduler, "w.jsonl", "-o", "out", "--partition-size", "2")
    assert done.returncode == 1, done.stderr
    audited = [r for r in rows(tmp_path / "out") if r["rule"] == "file.jsonl"]
    assert [r["message"] for r in audited] == [f["message"] for f in checked]


def test_an_audit_row_keeps_where_its_fix_starts(tmp_path, scheduler):
    text = ("Louvre reopens\n\nThe Louvre showed Chardin \u2018s Basket of Wild Strawberries on "
            "Tuesday, the museum said.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (checked,) = [f for f in check_json(tmp_path, "a.txt") if f["rule"] == "quotes.apostrophe-mark"]
    assert checked["fix"]["column"] < checked["column"]
    done = audit(tmp_path, scheduler, "a.txt", "-o", "out")
    assert done.returncode in (0, 1), done.stderr
    (row,) = [r for r in rows(tmp_path / "out") if r["rule"] == "quotes.apostrophe-mark"]
    line = text.split("\n")[row["line"] - 1]
    fix = row["fix"]
    start = (fix.get("column") if isinstance(fix, dict) else None) or row["column"]
    replacement = fix["replacement"] if isinstance(fix, dict) else fix
    fixed = line[:start - 1] + replacement + line[row["end_column"] - 1:]
    assert "Chardin\u2019s Basket" in fixed, fixed


def test_a_resume_refused_for_partitioning_says_the_size_to_use(tmp_path, scheduler):
    (tmp_path / "w.jsonl").write_text("\n".join(jsonl_line(i, BODY) for i in range(6)) + "\n")
    first = audit(tmp_path, scheduler, "w.jsonl", "-o", "out", "--partition-size", "2")
    assert first.returncode == 1, first.stderr
    (tmp_path / "out" / "part-00001.parquet").unlink()     # lost in a copy: not whole
    again = audit(tmp_path, scheduler, "w.jsonl", "-o", "out", "--resume")
    assert again.returncode == 2 and "partitioning changed" in again.stderr, again.stderr
    assert "2" in again.stderr.split("partitioning changed", 1)[1], again.stderr


def test_an_update_note_in_markdown_copy_gets_the_date_style_its_time_gets(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: Council vote\ndate: 2025-09-01\n---\n\n"
                                   "The council voted on the plan, officials said.\n\n"
                                   "Updated on August 5th at 10am.\n")
    rules = {f["rule"] for f in check_json(tmp_path, "a.md") if f["line"] == 8}
    assert "style.time-of-day" in rules
    assert "style.date-ordinal" in rules


def test_an_audit_of_an_sgm_only_folder_says_what_it_passed_over(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "reut2-000.sgm").write_text(
        '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS NEWID="1"><TEXT><TITLE>COCOA</TITLE>'
        '<BODY>Cocoa rose.</BODY></TEXT></REUTERS>\n')
    done = newslint(tmp_path, "audit", "--no-progress", "--workers", "1", "corpus", "-o", "out")
    assert done.returncode == 2, done.stderr
    assert ".sgm" in done.stderr, done.stderr


def test_fix_leaves_a_two_sentence_headlines_stop_to_the_writer(tmp_path):
    text = ('---\ntitle: "Writing for the web is easy. Writing for users is not."\n'
            'date: 2025-09-01\n---\n\nWriting for the web is easy, but writing for users is not, '
            'editors said.\n')
    (tmp_path / "a.md").write_text(text)
    (found,) = [f for f in check_json(tmp_path, "a.md") if f["rule"] == "titles.trailing-period"]
    assert found["fix"] is None, found


@pytest.mark.parametrize("time", ["9am", "9:00am", "9:00AM"])
def test_a_date_after_an_unspaced_time_is_still_read_as_a_date(tmp_path, time):
    (tmp_path / "a.md").write_text("---\ntitle: Council vote\ndate: 2025-09-01\n---\n\n"
                                   f"The council met, officials said. The vote was at {time} on "
                                   "Sept. 9.\n")
    rules = [f["rule"] for f in check_json(tmp_path, "a.md", "--select", "dates")]
    assert rules == ["dates.after-publication"]


def test_a_future_tense_past_date_after_an_unspaced_time_is_found(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: Council vote\ndate: 2025-09-01\n---\n\n"
                                   "The council met, officials said. The vote will be at 9am on "
                                   "Aug. 5.\n")
    rules = [f["rule"] for f in check_json(tmp_path, "a.md", "--select", "dates")]
    assert rules == ["dates.future-tense-past-date"]


def test_guard_a_date_after_a_spaced_time_is_read(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: Council vote\ndate: 2025-09-01\n---\n\n"
                                   "The council met, officials said. The vote was at 9 a.m. on "
                                   "Sept. 9.\n")
    rules = [f["rule"] for f in check_json(tmp_path, "a.md", "--select", "dates")]
    assert rules == ["dates.after-publication"]


# ---------------------------------------------------------------- guards


def test_guard_named_xml_exports_audit_as_check_lints_them(tmp_path, scheduler):
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / "levee.xml").write_text(NITF)
    (tmp_path / "a.txt").write_text(STORY)
    checked = check_json(tmp_path, "a.txt", "wire/levee.xml")
    done = audit(tmp_path, scheduler, "a.txt", "wire/levee.xml", "-o", "out")
    assert done.returncode == 1, done.stderr
    assert keyed(rows(tmp_path / "out")) == keyed(checked) and len(checked) >= 2


@pytest.mark.parametrize("size", ["1", "3", "1000"])
def test_guard_jsonl_audit_agrees_with_check_however_it_is_cut(tmp_path, scheduler, size):
    lines = [jsonl_line(i % 5, BODY) for i in range(8)]   # ids repeat across slices
    (tmp_path / "w.jsonl").write_bytes(("\r\n".join(lines) + "\r\n").encode())
    checked = check_json(tmp_path, "w.jsonl")
    done = audit(tmp_path, scheduler, "w.jsonl", "-o", "out", "--partition-size", size)
    assert done.returncode == 1, done.stderr
    got = rows(tmp_path / "out")
    assert keyed(got) == keyed(checked)
    import pyarrow.dataset as ds
    articles = ds.dataset(str(tmp_path / "out" / "_articles"), format="parquet").to_table().to_pylist()
    assert sum(a["findings"] for a in articles) == len(got)


def test_guard_a_resumed_audit_loses_nothing_and_its_baseline_is_checks(tmp_path, scheduler):
    (tmp_path / "w.jsonl").write_text("\n".join(jsonl_line(i, BODY) for i in range(6)) + "\n")
    wrote = newslint(tmp_path, "check", "--no-cache", "w.jsonl", "--write-baseline", "c.json")
    assert wrote.returncode == 0, wrote.stderr
    first = audit(tmp_path, scheduler, "w.jsonl", "-o", "out", "--partition-size", "2",
                  "--write-baseline", "a.json")
    assert first.returncode == 0, first.stderr
    (tmp_path / "out" / "part-00001.parquet").unlink()
    (tmp_path / "a.json").unlink()
    again = audit(tmp_path, scheduler, "./w.jsonl", "-o", "out", "--partition-size", "2",
                  "--write-baseline", "a.json", "--resume")
    assert again.returncode == 0, again.stderr
    assert keyed(rows(tmp_path / "out")) == keyed(check_json(tmp_path, "w.jsonl"))
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "c.json").read_bytes()


MD = ("\ufeff---\r\ntitle: \"Budget vote set for Tue. Sept 9th\"\r\ndate: 2025-09-01\r\n"
      "tags: [city, budget]\r\n---\r\n\r\n"
      "{{< figure src=\"/img/a.jpg\" caption=\"Caf\u00e9 owners vote. (Photo: Ann Lee)\" >}}\r\n\r\n"
      "The vote is set for 7pm on Sept 9th, officials said.[^1]\tNa\u00efve owners met the the mayor.\r\n"
      "\r\n[^1]: The count was 5\u20134 at 9:00 p.m.")
FIXED = ("\ufeff---\r\ntitle: \"Budget vote set for Tuesday, Sept. 9\"\r\ndate: 2025-09-01\r\n"
         "tags: [city, budget]\r\n---\r\n\r\n"
         "{{< figure src=\"/img/a.jpg\" caption=\"Caf\u00e9 owners vote. (Photo: Ann Lee)\" >}}\r\n\r\n"
         "The vote is set for 7 p.m. on Sept. 9, officials said.[^1]\tNa\u00efve owners met the mayor.\r\n"
         "\r\n[^1]: The count was 5\u20134 at 9 p.m.")


def test_guard_fix_writes_exactly_the_fix_spans_keeping_bom_crlf_tabs_and_markup(tmp_path):
    (tmp_path / "story.md").write_bytes(MD.encode("utf-8"))
    diff = newslint(tmp_path, "check", "--no-cache", "--diff", "story.md")
    assert diff.returncode == 1 and "8 fixes would be applied" in diff.stderr, diff.stderr
    assert (tmp_path / "story.md").read_bytes() == MD.encode("utf-8")
    done = newslint(tmp_path, "check", "--no-cache", "--fix", "story.md")
    assert "fixed 8 problems" in done.stderr, done.stderr
    assert (tmp_path / "story.md").read_bytes() == FIXED.encode("utf-8")


def test_guard_fix_leaves_a_shortcodes_text_alone_and_says_so(tmp_path):
    text = ('---\ntitle: Council meets\ndate: 2025-09-01\n---\n\n'
            '{{< figure src="/img/a.jpg" caption="The council met at 7pm. (Photo: Ann Lee)" >}}\n\n'
            'The council meets at 7pm, officials said.\n')
    (tmp_path / "a.md").write_text(text)
    done = newslint(tmp_path, "check", "--no-cache", "--fix", "a.md")
    assert "left unfixed on purpose" in done.stderr and "template syntax" in done.stderr, done.stderr
    assert (tmp_path / "a.md").read_text() == text.replace("at 7pm,", "at 7 p.m.,")
