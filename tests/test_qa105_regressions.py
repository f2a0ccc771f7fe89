"""Faults QA (qa105) found in fx181 (finding and naming rule files) and
fx182 (five false-alarm classes and `recommend` as a cue verb).

A pack folder whose name holds a combining mark (Devanagari `हिंदी`, or
`café` decomposed as macOS archives write it) is refused at load, exit 2 for
the whole run, with a garbled name offered, where main loaded and ran it
(#1); so is one named with an apostrophe or a plus, which --ignore and a
directive name (#9). `'''` after a word is always read `'` + `''`, so a
single-marked outer quote closing over an inner `''...''` is now reported
never closed (#2). A headline's count of words is supported by any quote of that length
in the body, another speaker's too (#3). A link-out post whose summary is
about another story is no longer told by any rule (#4). `recommended` as an
adjective after a quote attributes it (#5). A quote left open before a
lead-in's colon and a stray close in the list's last item cancel (#6). The
old false alarms still come in near shapes: a quoted answer wrapped over a
line (#7), a clock stamp joined by en dashes (#8), a quote over an HTML list
whose items hold paragraphs (#12). audit says no line for a rule file too
deep to load, which check says (#10), and the language server places only
the first of a config's two bad overrides in its buffer (#11).

Each was a strict xfail that failed for the fault's reason; fx187 fixed all
but #12, which fx192 fixed; a control beside some shows what works.
Synthetic input only, under tmp_path."""
from __future__ import annotations

import json
import unicodedata


RULE = 'extends: existence\nmessage: "Avoid slam"\nlevel: warning\ntokens: [slam]\n'


def _check(run_cli, tmp_path, text: str, *more: str, name: str = "story.md"):
    (tmp_path / name).write_bytes(text.encode("utf-8"))
    return run_cli("check", "--no-cache", "--format", "json", name, *more, cwd=tmp_path)


def _found(result):
    return json.loads(result.stdout)


def _where(found, rule):
    return [(f["line"], f["column"]) for f in found if f["rule"] == rule]


def _head(title: str) -> str:
    return f'---\ntitle: "{title}"\ndate: 2026-11-30\n---\n\n'


def _pack(run_cli, tmp_path, pack: str):
    (tmp_path / "r" / pack).mkdir(parents=True)
    (tmp_path / "r" / pack / "no-slam.yaml").write_text(RULE, encoding="utf-8")
    return _check(run_cli, tmp_path, _head("Council slams budget") + "The council will slam the budget.\n",
                  "--rules", "r")


def test_pack_named_in_devanagari_loads(run_cli, tmp_path):
    result = _pack(run_cli, tmp_path, "हिंदी")
    assert result.exit_code == 0, result.stderr
    assert _where(_found(result), "हिंदी.no-slam") == [(6, 18)]


def test_pack_named_with_a_decomposed_accent_loads(run_cli, tmp_path):
    result = _pack(run_cli, tmp_path, unicodedata.normalize("NFD", "café"))
    assert result.exit_code == 0, result.stderr


def test_rule_named_in_devanagari_loads(run_cli, tmp_path):
    (tmp_path / "r" / "house").mkdir(parents=True)
    (tmp_path / "r" / "house" / "नियम.yaml").write_text(RULE, encoding="utf-8")
    result = _check(run_cli, tmp_path, _head("Council slams budget") + "The council will slam the budget.\n",
                    "--rules", "r")
    assert result.exit_code == 0, result.stderr
    assert _where(_found(result), "house.नियम") == [(6, 18)]


def test_rule_named_with_an_apostrophe_loads_and_is_ignored(run_cli, tmp_path):
    (tmp_path / "r" / "house").mkdir(parents=True)
    (tmp_path / "r" / "house" / "don't-slam.yaml").write_text(RULE, encoding="utf-8")
    text = _head("Council slams budget") + "The council will slam the budget.\n"
    result = _check(run_cli, tmp_path, text, "--rules", "r", "--ignore", "house.don't-slam")
    assert result.exit_code == 0, result.stderr
    assert _found(result) == []


def test_pack_named_with_composed_letters_loads(run_cli, tmp_path):
    """Control: a composed non-ASCII pack name loads and fires."""
    result = _pack(run_cli, tmp_path, "café")
    assert result.exit_code == 0, result.stderr
    assert _where(_found(result), "café.no-slam") == [(6, 18)]


def test_single_outer_quote_closed_after_inner_double(run_cli, tmp_path):
    result = _check(run_cli, tmp_path, _head("Smith told no") + "Smith said: 'They told us ''no''' and left.\n")
    assert _where(_found(result), "quotes.unbalanced") == []


def test_single_outer_quote_left_open_is_reported(run_cli, tmp_path):
    """Control: the outer single quote really left open is at its mark, 6:13."""
    result = _check(run_cli, tmp_path, _head("Smith told no") + "Smith said: 'They told us ''no'' and left.\n")
    assert _where(_found(result), "quotes.unbalanced") == [(6, 13)]


def test_count_of_words_not_supported_by_another_speakers_quote(run_cli, tmp_path):
    body = "Critics called the bill “a total disaster.” The senator did not respond and left the hall.\n"
    result = _check(run_cli, tmp_path, _head("Senator answers critics with 3 words") + body)
    assert _where(_found(result), "titles.headline-unsupported") == [(2, 38)]


def test_link_out_post_with_another_storys_summary_is_told(run_cli, tmp_path):
    text = ('---\ntitle: "Shared infrastructure as code"\nsummary: "The city council voted Tuesday to raise '
            'bus fares by 25 cents starting in March, citing a budget gap."\nsource: https://example.gov/post\n'
            'date: 2026-11-30\n---\n')
    found = _found(_check(run_cli, tmp_path, text))
    assert [f for f in found if f["rule"] in ("titles.headline-unrelated", "titles.dek-disagrees")]


def test_recommended_as_adjective_attributes_nothing(run_cli, tmp_path):
    body = ("The council approved the budget on Monday after a long debate.\n\n"
            "“The city cannot afford another cut to the libraries this year,” recommended reading for "
            "the council.\n")
    result = _check(run_cli, tmp_path, _head("Council approves budget") + body)
    assert _where(_found(result), "quotes.unattributed") == [(8, 1)]


def test_quote_the_panel_recommended_is_attributed(run_cli, tmp_path):
    """Control: fx182's case, a quote the panel recommended, stays attributed."""
    body = ("The council approved the budget on Monday after a long debate.\n\n"
            "“The city cannot afford another cut to the libraries this year,” the panel recommended.\n")
    result = _check(run_cli, tmp_path, _head("Council approves budget") + body)
    assert _where(_found(result), "quotes.unattributed") == []


def test_open_quote_before_lead_in_and_stray_close_in_last_item(run_cli, tmp_path):
    body = ("Smith said, “We will fix it. The plan has three parts:\n\n- a new clinic,\n- more nurses, and\n"
            "- a fund Jones called a bailout.”\n\nThe county said the site opens Monday.\n")
    result = _check(run_cli, tmp_path, _head("County adds payments site") + body)
    assert _where(_found(result), "quotes.unbalanced") != []


def test_count_of_words_quote_wrapped_over_a_line(run_cli, tmp_path):
    body = "The senator told critics: “Pray\r\nfor him.” He left the hall.\r\n"
    result = _check(run_cli, tmp_path, _head("Senator answers critics with 3 words").replace("\n", "\r\n") + body)
    assert _where(_found(result), "titles.headline-unsupported") == []


def test_clock_stamp_with_en_dashes_is_no_time(run_cli, tmp_path):
    body = "The screenshot was stamped 12-29-2014 12–24–03 PM by the camera.\n"
    result = _check(run_cli, tmp_path, _head("Council meets Monday") + body)
    assert _where(_found(result), "style.time-of-day") == []


def test_clock_stamp_with_hyphens_is_no_time(run_cli, tmp_path):
    """Control: fx182's hyphen-joined stamp is no time."""
    body = "The screenshot was stamped 12/29/2014 12-24-03 PM by the camera.\n"
    result = _check(run_cli, tmp_path, _head("Council meets Monday") + body)
    assert _where(_found(result), "style.time-of-day") == []


def test_audit_says_a_rule_file_too_deep(tmp_path, audit_client):
    """check says it (tests/test_rule_layout.py); audit's stderr should too."""
    from test_qa77_regressions import audit_on

    (tmp_path / "r" / "house" / "sub").mkdir(parents=True)
    (tmp_path / "r" / "house" / "sub" / "deep.yaml").write_text(RULE, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules:\n  - r\n", encoding="utf-8")
    (tmp_path / "s.md").write_text(_head("Council slams budget") + "The council will slam the budget.\n",
                                   encoding="utf-8")
    audited = audit_on(tmp_path, audit_client, "s.md", "-o", "out")
    assert audited.exit_code == 0, audited.output
    assert "r/house/sub/deep.yaml: not loaded" in audited.stderr


def test_language_server_places_each_bad_override_in_the_config(tmp_path):
    from lint.server.documents import Target
    from lint.server.linting import Linter

    for name in ("a", "b"):
        (tmp_path / "r" / "house").mkdir(parents=True, exist_ok=True)
        (tmp_path / "r" / "house" / f"{name}.yaml").write_text(RULE, encoding="utf-8")
    config = tmp_path / ".newslint.yaml"
    config.write_text("rules: [r]\noptions:\n  house.a:\n    tokens: 5\n  house.b:\n    ignorecase: maybe\n",
                      encoding="utf-8")
    out = Linter().lint(Target("", str(config), str(config), True), config.read_text(encoding="utf-8"))
    assert [(d.line, d.column) for d in out.diagnostics] == [(4, 13), (6, 17)]


def test_quote_over_an_html_list_of_paragraph_items(run_cli, tmp_path):
    page = ("<html><head><title>County adds payments site</title></head><body><p>According to the county, "
            "“The program aims to:</p><ol><li><p>cut waste,</p></li><li><p>lower costs.”</p></li></ol>"
            "<p>The county said the site opens Monday.</p></body></html>\n")
    result = _check(run_cli, tmp_path, page, name="story.html")
    assert _where(_found(result), "quotes.unbalanced") == []


def test_quote_over_an_html_list_is_no_fault(run_cli, tmp_path):
    """Control: plain <li> items, fx182's reading."""
    page = ("<html><head><title>County adds payments site</title></head><body><p>According to the county, "
            "“The program aims to:</p><ul><li>cut waste,</li><li>lower costs.”</li></ul>"
            "<p>The county said the site opens Monday.</p></body></html>\n")
    result = _check(run_cli, tmp_path, page, name="story.html")
    assert _where(_found(result), "quotes.unbalanced") == []
