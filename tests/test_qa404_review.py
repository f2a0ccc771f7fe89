"""qa404 review of d43608f7 (titles.fields-disagree: a lone word opening a
title field is no name when the other field or the story writes it in lower
case and nothing capitalises it mid-sentence).

The change drops the opener on evidence that says nothing about *this*
field: a surname or a country that is also a common word ("Rice" and "rice
prices", "Turkey" and "turkey farmers", "Bird" and "bird flu") loses its
name status, and a real disagreement between the fields goes unreported.
When the dropped opener is the headline's only name, the headline "names no
one" and every name in the other field is let go too.

Each strict xfail states what a copy desk expects and fails today; the
plain tests guard the nearest shapes that work now."""
import json

import pytest

RULE = "titles.fields-disagree"

MD = "---\ntitle: {hed}\nseo_title: {seo}\n---\n\n{body}\n"
MD_CRLF = MD.replace("\n", "\r\n")
NITF = ('<?xml version="1.0"?>\n<nitf><head><title>{seo}</title></head><body><body.head><hedline>'
        '<hl1>{hed}</hl1></hedline></body.head><body.content><p>{body}</p></body.content></body></nitf>\n')
HTML = ('<html><head><title>{hed}</title><meta property="og:title" content="{seo}"></head>'
        '<body><h1>{hed}</h1><p>{body}</p></body></html>\n')

POULTRY = dict(hed="Greece bans poultry imports", seo="Turkey bans poultry imports",
               body="Athens said Greece would stop imports from next month. "
                    "Chicken and turkey farmers welcomed the ban.")


def _findings(run_cli, tmp_path, ext, template, **fields):
    path = tmp_path / f"story.{ext}"
    text = template.format(**fields)
    path.write_bytes(text.encode("utf-8"))
    result = run_cli("check", "--select", "titles", "--format", "json", path)
    assert result.exit_code in (0, 1), result.output
    return text, [f for f in json.loads(result.stdout) if f["rule"] == RULE]


def _at(text, finding):
    """The text at a finding's line:column (1-based, lines split on LF)."""
    line = text.split("\n")[finding["line"] - 1]
    return line[finding["column"] - 1:]


# --- #1 a place that is also a common word, opening the field --------------

@pytest.mark.parametrize("ext,template", [("md", MD), ("crlf.md", MD_CRLF), ("nitf", NITF), ("html", HTML)],
                         ids=["md", "md-crlf", "nitf", "html"])
def test_country_that_is_a_common_word_still_disagrees(run_cli, tmp_path, ext, template):
    _, found = _findings(run_cli, tmp_path, ext, template, **POULTRY)
    assert [f["level"] for f in found] == ["error"] and "'Turkey'" in found[0]["message"]


# --- #2 a surname that is a common word, opening the field ----------------

def test_surname_rice_against_rice_prices_still_disagrees(run_cli, tmp_path):
    _, found = _findings(run_cli, tmp_path, "md", MD, hed="Sharma defends export ban",
                         seo="Rice defends export ban",
                         body="Trade minister Sharma defended the ban. The ban on rice exports lifted rice prices.")
    assert found and found[0]["level"] == "error" and "'Rice'" in found[0]["message"]


def test_surname_bird_against_bird_flu_still_disagrees(run_cli, tmp_path):
    _, found = _findings(run_cli, tmp_path, "md", MD, hed="Baker wins county vote", seo="Bird wins county vote",
                         body="Baker said the bird flu response won votes. Supporters of Baker cheered.")
    assert found and found[0]["level"] == "error" and "'Bird'" in found[0]["message"]


# --- #3 the headline's own opener dropped: its only name, so nothing compared

@pytest.mark.parametrize("ext,template", [("md", MD), ("nitf", NITF)], ids=["md", "nitf"])
def test_headline_opener_surname_keeps_the_comparison(run_cli, tmp_path, ext, template):
    _, found = _findings(run_cli, tmp_path, ext, template, hed="Rice defends export ban",
                         seo="Sharma defends export ban", body="Rice said the ban would lower rice prices.")
    assert found and found[0]["level"] == "error" and "'Sharma'" in found[0]["message"]


# --- #4 the other field writes the word in lower case as a common noun -----

def test_other_field_common_noun_does_not_unname_a_country(run_cli, tmp_path):
    _, found = _findings(run_cli, tmp_path, "md", MD, hed="Greece bans turkey imports",
                         seo="Turkey bans poultry imports",
                         body="Officials in Greece said the country would stop imports.")
    assert found and "'Turkey'" in found[0]["message"]


# --- guards: the nearest shapes that work now -------------------------------

@pytest.mark.parametrize("ext,template", [("md", MD), ("crlf.md", MD_CRLF), ("nitf", NITF), ("html", HTML)],
                         ids=["md", "md-crlf", "nitf", "html"])
def test_guard_story_capitalises_the_country_mid_sentence(run_cli, tmp_path, ext, template):
    body = ("Officials in Greece said the country would stop imports from Turkey. "
            "Chicken and turkey farmers welcomed the ban.")
    text, found = _findings(run_cli, tmp_path, ext, template, **{**POULTRY, "body": body})
    assert [f["level"] for f in found] == ["error"] and "'Turkey'" in found[0]["message"]
    # the finding sits exactly on the field's word
    assert _at(text.replace("\r\n", "\n"), found[0]).startswith("Turkey bans")


def test_guard_headline_surname_capitalised_mid_sentence_keeps_comparison(run_cli, tmp_path):
    text, found = _findings(run_cli, tmp_path, "md", MD, hed="Rice defends export ban",
                            seo="Sharma defends export ban",
                            body="Rice said the ban would lower rice prices. Aides to Rice agreed.")
    assert [f["level"] for f in found] == ["error"] and "'Sharma'" in found[0]["message"]
    assert (found[0]["line"], found[0]["column"]) == (3, 12)
    assert _at(text, found[0]).startswith("Sharma defends")


def test_guard_word_the_story_never_writes_stays_a_name(run_cli, tmp_path):
    _, found = _findings(run_cli, tmp_path, "md", MD, hed="Phoenix approves light rail line",
                         seo="Buffalo approves light rail line",
                         body="Officials in Phoenix approved the line. The city seal shows a phoenix.")
    assert [f["level"] for f in found] == ["error"] and "'Buffalo'" in found[0]["message"]


@pytest.mark.parametrize("seo", ['"Turkey bans poultry imports"', "'‘Turkey’ bans poultry imports'"])
def test_guard_quoted_front_matter_value_position(run_cli, tmp_path, seo):
    body = "Officials in Greece said the country would stop imports from Turkey. Turkey farmers were not asked."
    text, found = _findings(run_cli, tmp_path, "md", MD, hed="Greece bans poultry imports", seo=seo, body=body)
    assert found and _at(text, found[0]).startswith("Turkey")


def test_guard_the_nu72_shape_stays_quiet_in_html(run_cli, tmp_path):
    _, found = _findings(run_cli, tmp_path, "html", HTML, hed="Portland orders review of ferry fleet",
                         seo="Ferry review",
                         body="Harbor officials opened a review of the ferry fleet in Portland on Tuesday.")
    assert found == []


# Cases whose outcome a take-back changed: each a strict xfail at run time, named by its test id.
_RUNTIME_XFAIL = {
    'test_guard_the_nu72_shape_stays_quiet_in_html': "taken back (fx540 d43608f7, 3d9fc32e: a title field's opening word a story writes in lower case was no name; qa404 #1-#4 HIGH lost real errors: Turkey, Rice, Bird)",
}
