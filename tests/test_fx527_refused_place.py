"""fx527 (qa386 #2): a refused `--published` or config `published:` date
has no place in the text, so its `file.implausible-date` warning goes to the
start of the article it was refused for: a JSON Lines record's `{`, a
WordPress `<item>`, a NewsML-G2 message's `newsItem` (`Document.article_at`);
a file of one article (Markdown, a single news item) keeps it at 1:1. So
check and an audit place it alike at every partition size, and revisions
sharing an id and a date keep one warning each (a set merged them at 1:1).
Guards: a date refused at its value stays there; baselines and SARIF."""
from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from test_fx527_export_order import GIVEN, REFUSED, _checked, _refused
from test_qa386_review import _audit, _check, _g2, _jsonl, _key, _wxr


def test_check_places_a_refused_published_at_each_record_of_json_lines(tmp_path):
    (tmp_path / "d.jsonl").write_text(_jsonl({"id": "a0"}, {"id": "a1"}) + "\n  " + _jsonl({"id": "a2"}))
    assert _refused(_checked(tmp_path, "d.jsonl", *GIVEN)) == [("a0", 1, 1), ("a1", 2, 1), ("a2", 4, 3)]


def test_check_places_a_refused_published_at_each_post_s_item(tmp_path):
    text = _wxr("1987-02-20 10:00:00", "1987-02-21 10:00:00")
    (tmp_path / "wp.xml").write_text(text)
    items = [text[:m.start()].count("\n") + 1 for m in re.finditer("<item>", text)]
    # each <item> opens its line here: column 1 (the first follows the channel's title on its own line)
    assert _refused(_checked(tmp_path, "wp.xml", *GIVEN)) == [("10", items[0], 1), ("11", items[1], 8)]


def test_check_places_a_config_s_refused_published_as_the_option_s(tmp_path):
    (tmp_path / "d.jsonl").write_text(_jsonl({"id": "a0"}, {"id": "a1"}))
    (tmp_path / ".newslint.yaml").write_text("published: 0001-01-01\n")
    assert _refused(_checked(tmp_path, "d.jsonl")) == [("a0", 1, 1), ("a1", 2, 1)]


def test_check_places_a_refused_published_at_each_news_item_of_a_message(tmp_path):
    text = _g2(("urn:a", "1987-02-20T10:00:00Z"), ("urn:b", "1986-02-20T10:00:00Z"))
    (tmp_path / "g2.xml").write_text(text)
    lines = [text[:m.start()].count("\n") + 1 for m in re.finditer("<newsItem", text)]
    assert _refused(_checked(tmp_path, "g2.xml", *GIVEN)) == [("urn:a", lines[0], 3), ("urn:b", lines[1], 3)]


@pytest.mark.parametrize("name, text", [
    ("s.md", "---\ntitle: Acme sets dividend\n---\n\nThe board met on Monday.\n"),
    ("one.xml", None),      # a single NewsML-G2 item: the file is the article
], ids=["markdown", "g2-item"])
def test_guard_a_file_of_one_article_keeps_its_refused_published_at_1_1(tmp_path, name, text):
    if text is None:        # the message's one item, alone in its file
        item = _g2(("urn:a", "1987-02-20T10:00:00Z"))
        item = item[item.index("<newsItem "):item.index("</newsItem>") + len("</newsItem>")]
        text = '<?xml version="1.0" encoding="UTF-8"?>\n' + item.replace(
            "<newsItem ", '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" ', 1) + "\n"
    (tmp_path / name).write_text(text)
    assert [(line, col) for _, line, col in _refused(_checked(tmp_path, name, *GIVEN))] == [(1, 1)]


def test_guard_an_article_s_own_refused_date_stays_at_its_value(tmp_path):
    line = _jsonl({"id": "a0", "date": "9999-12-31"})
    (tmp_path / "d.jsonl").write_text(_jsonl({"id": "x"}) + line)
    assert _refused(_checked(tmp_path, "d.jsonl")) == [("a0", 2, line.index("9999") + 1)]


@pytest.mark.parametrize("size", [1, 2, 3, 1000])
@pytest.mark.parametrize("spec", ["d.jsonl", "wp.xml"])
def test_an_audit_places_a_refused_published_as_check_does_at_every_partition_size(tmp_path, spec, size):
    (tmp_path / "d.jsonl").write_text(_jsonl({"id": "a0", "date": "1987-02-20"}, {"id": "a1"},
                                             {"id": "a2", "date": "9999-12-31"}, {"id": "a3"}))
    (tmp_path / "wp.xml").write_text(_wxr("1987-02-20 10:00:00", "0000-00-00 00:00:00", "1986-02-20 10:00:00"))
    checked = _checked(tmp_path, spec, *GIVEN)
    findings, _ = _audit(tmp_path, [spec], dt.date(1, 1, 1), articles_per_partition=size)
    assert sorted(map(_key, findings)) == sorted(map(_key, checked))
    assert len(_refused(checked)) >= 3


def test_an_export_s_report_is_the_same_under_every_hash_seed(tmp_path):
    (tmp_path / "r.jsonl").write_text(_jsonl(*({"id": "dup", "date": "1987-02-20"} for _ in range(4))))
    runs = [_check(tmp_path, ["r.jsonl"], *GIVEN, "--format", "json", seed=seed).stdout for seed in (1, 2, 3)]
    assert runs[0] == runs[1] == runs[2]
    assert _refused(json.loads(runs[0])) == [("dup", n, 1) for n in (1, 2, 3, 4)]



def test_a_baseline_records_and_hides_each_revision_s_refused_warning(tmp_path):
    (tmp_path / "d.jsonl").write_text(_jsonl(*({"id": "dup", "date": "1987-02-20"} for _ in range(3))))
    (tmp_path / "s.md").write_text("---\ntitle: Acme sets dividend\n---\n\nThe board met on Monday.\n")
    wrote = _check(tmp_path, ["d.jsonl", "s.md"], *GIVEN, "--write-baseline", "b.json")
    assert wrote.returncode == 0, wrote.stderr
    records = json.loads((tmp_path / "b.json").read_text())["findings"]
    assert sum(r["rule"] == REFUSED for r in records) == 4
    for seed in (1, 2):
        again = _check(tmp_path, ["d.jsonl", "s.md"], *GIVEN, "--baseline", "b.json", "--format", "json", seed=seed)
        assert _refused(json.loads(again.stdout)) == [], again.stderr


def test_sarif_gives_each_revision_s_refused_warning_its_own_stable_fingerprint(tmp_path):
    (tmp_path / "d.jsonl").write_text(_jsonl(*({"id": "dup", "date": "1987-02-20"} for _ in range(3))))
    runs = []
    for seed in (1, 2):
        sarif = json.loads(_check(tmp_path, ["d.jsonl"], *GIVEN, "--format", "sarif", seed=seed).stdout)
        runs.append([(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"],
                      r["partialFingerprints"]) for r in sarif["runs"][0]["results"]])
    assert runs[0] == runs[1]
    prints = [p for rule, _, p in runs[0] if rule == REFUSED]
    assert len(prints) == 3 and len({json.dumps(p, sort_keys=True) for p in prints}) == 3
