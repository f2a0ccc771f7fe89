"""Captions and credits written into the running text of scraped stories (issue 12),
and issue 10's credit forms."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes
from lint.readers.patterns import CAPTION_LINE

ROOT = Path(__file__).resolve().parent.parent
CAPTIONS = Config(select=("captions",))


def lint(text: str, name: str = "story.txt"):
    doc = read_bytes(name, text.encode("utf-8"))
    return doc, lint_document(doc, active_rules(CAPTIONS), CAPTIONS).diagnostics


def kinds_by_line(doc) -> list[tuple[int, str]]:
    return [(doc.lines.position(p.source_offset(0))[0], p.kind) for p in doc.parts
            if p.kind in ("paragraph", "caption")]


@pytest.mark.parametrize("line,caption", [
    ("AFP", True),
    ("AP/AFP", True),
    ("(Facebook)", True),
    ("Sam Greenwood/Getty Images", True),
    ("GettyKim Jong-Un", True),
    ("CenTrust said the stock would have one vote per share.", False),
    ("PHOTOS: Stars who got their start on TV", False),
    ("PHOTOS: The last surviving 9/11 search dog returns", False),
    ("Photos: Ana Ruiz/Reuters", True),
    ("youtube.com", False),
    ("Bombshell Photo From The Debate Surfaces — Some Say It Proves Everything.", False),
    ("Relatives march with candles in the town square on Saturday after the mass graves were found "
     "near the city, where 43 students disappeared last month. Officials said tests on the remains "
     "would take weeks. (AP Photo/Eduardo Verdugo)", True),
])
def test_caption_line_test(line, caption):
    assert bool(CAPTION_LINE.match(line)) is caption


def test_caption_and_credit_lines_inside_a_scraped_paragraph():
    src = ("Border patrol\n\n"
           "The agents patrol the river at night, and the state has sent more troops to the "
           "border towns since the spring.\n"
           "A soldier scans the Mexican side of the border.  John Moore / Getty Images\n"
           "Officials said the patrols would continue.\n"
           "Hot property: the island\n"
           "Ana Ruiz/Reuters\n"
           "The island is for sale.\n")
    doc, diags = lint(src)
    assert kinds_by_line(doc) == [(3, "paragraph"), (4, "caption"), (5, "paragraph"),
                                  (7, "caption"), (8, "paragraph")]
    assert [(d.line, d.column, d.rule) for d in diags] == [(4, 60, "captions.malformed-credit")]


def test_a_hard_wrapped_paragraph_is_never_cut():
    src = ("Rates\n\n"
           "The central bank raised rates again on Tuesday, a bank official told\n"
           "Reuters. The move had been expected by most economists and\n"
           "photo by Jane Doe showed the governor leaving the building.\n"
           "Analysts said the bank would pause in the spring, they told\n"
           "Reuters.\n")
    doc, _ = lint(src)
    assert kinds_by_line(doc) == [(3, "paragraph")]


def test_run_on_credit_and_caption_are_placed():
    src = ("Hostage\n\n"
           "AP Photo/The Daily Courier, Matt HinshawIn this May 30, 2013, photo, she speaks.\n\n"
           "Reports said he may open a restaurant in Scotland.Reuters\n\n"
           "GettyKim Jong-Un\n\n"
           "Jane McDonald holds an iPhone at the YouTube office. (AP Photo/Ana DeJesus)\n")
    _, diags = lint(src)
    runs = [(d.line, d.column, d.snippet) for d in diags if d.rule == "captions.run-on"]
    assert runs == [(3, 34, "HinshawIn"), (5, 42, "Scotland.Reuters"), (7, 1, "GettyKim")]
    assert "'HinshawIn'" in diags[0].message


def test_a_camel_case_name_ending_the_caption_is_no_run_on():
    src = ("Ferry fire\n\nThe ferry burned at the pier on Tuesday night, and crews fought it.\n\n"
           "(Screengrab via PierFeed)\n\n[ Images Via HarborCommons]\n\n"
           "AP Photo/The Harbor Courier, Ana RuizIn this May 30 photo, the ferry burns.\n")
    _, diags = lint(src)
    assert [(d.line, d.snippet) for d in diags if d.rule == "captions.run-on"] == [(9, "RuizIn")]


def test_repeated_credit_forms_are_placed():
    src = ("Air strikes\n\n"
           "AFP PHOTO/JORDANIAN TV\n"
           "AFP PHOTO/JORDANIAN TV An image grab shows a warplane taking off.\n\n"
           "Talent: Nikolai shows off his powers. (CEN)\n"
           "Talent: Nikolai shows off his powers. (CEN)\n"
           "Nikolai balances a spoon on his nose. (CEN)\n\n"
           "Image from Google MapsImage from Google Maps\n")
    _, diags = lint(src)
    found = [(d.line, d.column, d.snippet, d.message) for d in diags
             if d.rule == "captions.repeated-credit"]
    assert [f[:3] for f in found] == [(4, 1, "AFP PHOTO/JORDANIAN TV"),
                                      (7, 1, "Talent: Nikolai shows off his powers. (CEN)"),
                                      (10, 23, "Image from Google Maps")]
    assert found[0][3].startswith("the same credit twice in a row")
    assert found[1][3].startswith("the same caption and credit twice in a row")


def run_eval(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "benchmarks" / "eval_captions.py"), *args],
                          capture_output=True, text=True, timeout=120)


def test_eval_captions_skips_absent_and_foreign_corpora(tmp_path):
    out = run_eval(str(tmp_path / "nowhere"))
    assert out.returncode == 0 and "skipped" in out.stdout
    (tmp_path / "train_bodies.csv").write_text("Body ID,articleBody\n1,Crews clear the road.\n",
                                               encoding="utf-8")
    out = run_eval(str(tmp_path), "--split", "dev")
    assert out.returncode == 0 and "not the file the labels were made on" in out.stdout


def test_eval_captions_split_is_seeded_and_by_body():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from corpora import split_ids
    finally:
        sys.path.pop(0)
    ids = [str(i) for i in range(100)]
    a, b = split_ids(ids, 12, 0.5), split_ids(list(reversed(ids)), 12, 0.5)
    assert a == b and sum(v == "dev" for v in a.values()) == 50
    assert split_ids(ids, 13, 0.5) != a
