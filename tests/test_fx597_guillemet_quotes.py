"""fx597: the rules that leave a speaker's words alone see quotations in
guillemets as they see curly ones (nu77 #10): hygiene.doubled-word's
speech exemption, and the quoted-span helper (`analysis.quoted_spans`) of
style.numeric-date, style.date-year-comma and the others. Read as --fix's
hold reads them: « » and » «, nested, over paragraphs, and ‹ › single ones.
Through the CLI, in Markdown and HTML. Synthetic copy only."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

MD_HEAD = "---\ntitle: Le conseil vote le budget\ndate: 2025-03-04\n---\n\n"


def _md(paras):
    return MD_HEAD + "\n\n".join(paras) + "\n"


def _html(paras):
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return ("<html><head><title>Le conseil vote le budget</title>"
            '<meta property="article:published_time" content="2025-03-04"></head><body><article>'
            f"<h1>Le conseil vote le budget</h1>\n{body}\n</article></body></html>\n")


FORMATS = [("a.md", _md), ("a.html", _html)]


def _run(cwd, *args):
    env = dict(os.environ, NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "lint", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def found(tmp_path, name, text, select):
    """The rule ids and flagged text of each finding `check --select` gives."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    r = _run(tmp_path, "check", "--format", "json", "--select", select, name)
    assert r.returncode in (0, 1), r.stderr
    return [f["rule"] for f in json.loads(r.stdout)]


def fixed(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    r = _run(tmp_path, "check", "--fix", "--select", "hygiene.doubled-word", name)
    assert "Traceback" not in r.stderr
    return (tmp_path / name).read_text(encoding="utf-8")


SPEECH = [
    "« Nous nous sommes réunis hier », a dit le maire.",
    "Der Minister sagte: »Das sind die Bürger, die die Stadt lieben.«",
    "«It is way way too large», he said.",
    "Il a dit : « Le préfet a écrit ‹ nous nous verrons › hier, et c'est tout », selon lui.",
    "Il a dit : « Le préfet a écrit « nous nous verrons » hier, et c'est tout », selon lui.",
    "Elle a dit : ‹ Nous nous sommes vus hier ›, selon le journal.",
]


@pytest.mark.parametrize("name,build", FORMATS)
@pytest.mark.parametrize("para", SPEECH)
def test_speakers_repeat_in_guillemets_is_left(tmp_path, name, build, para):
    text = build([para, "Le conseil a voté le budget mardi."])
    assert found(tmp_path, name, text, "hygiene.doubled-word") == []
    assert fixed(tmp_path, name, text) == text


@pytest.mark.parametrize("name,build", FORMATS)
def test_speakers_repeat_in_a_quotation_over_paragraphs_is_left(tmp_path, name, build):
    text = build(["Le maire a dit : « Nous allons agir.",
                  "« Et nous nous verrons demain. »",
                  "Le conseil a voté le budget mardi."])
    assert fixed(tmp_path, name, text) == text


@pytest.mark.parametrize("name,build", FORMATS)
def test_function_word_slip_in_guillemets_is_still_fixed(tmp_path, name, build):
    text = build(["«We will go to the the vote», he said."])
    assert fixed(tmp_path, name, text) == text.replace("the the", "the")


@pytest.mark.parametrize("name,build", FORMATS)
def test_short_mention_in_guillemets_is_left(tmp_path, name, build):
    """A function word's repeat quoted alone is a mention of the slip, as in curly quotes."""
    text = build(["Le rapport écrit « the the » deux fois, a dit le greffier."])
    assert found(tmp_path, name, text, "hygiene.doubled-word") == []


@pytest.mark.parametrize("name,build", FORMATS)
@pytest.mark.parametrize("para", [
    "Nous nous sommes réunis hier, « a dit » le maire.",        # the repeat outside the quotation
    "Accueil » Politique. Nous nous sommes réunis hier, a dit le maire.",   # a lone breadcrumb mark
])
def test_repeat_outside_guillemets_is_still_flagged(tmp_path, name, build, para):
    assert found(tmp_path, name, build([para]), "hygiene.doubled-word") == ["hygiene.doubled-word"]


@pytest.mark.parametrize("name,build", FORMATS)
@pytest.mark.parametrize("para,count", [
    ("Le maire a dit : « La réunion du 12/05/2025 est annulée. »", 0),
    ("Der Minister sagte: »Die Sitzung am 12/05/2025 fällt aus.«", 0),
    ("Le maire a dit : ‹ La réunion du 12/05/2025 est annulée. ›", 0),
    ("La réunion du 12/05/2025 est annulée, « a dit » le maire.", 1),
])
def test_numeric_date_in_guillemets_is_the_speakers(tmp_path, name, build, para, count):
    assert found(tmp_path, name, build([para]), "style.numeric-date") == ["style.numeric-date"] * count


@pytest.mark.parametrize("name,build", FORMATS)
@pytest.mark.parametrize("para,count", [
    ("He said: «The council meets Dec. 1, 2026 at 10 a.m. in the hall.»", 0),
    ("He said: « The council meets Dec. 1, 2026 at 10 a.m. in the hall »", 0),
    ("The council meets Dec. 1, 2026 at 10 a.m. in the «hall».", 1),
])
def test_year_comma_in_guillemets_is_the_speakers(tmp_path, name, build, para, count):
    assert found(tmp_path, name, build([para]), "style.date-year-comma") == ["style.date-year-comma"] * count
