"""qa359: review of ba5feeed..10aab3bb (captions.placeholder's part-messages,
dates.after-publication's next step, malformed-XML places in WordPress audit
slices and the audit plan, conditional's empty first/second refusal).

Each strict xfail states what a desk expects and fails today; the plain
tests guard the nearest shapes that work now."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from lint.readers import ReadError, read_bytes, read_slice

ARCHIVES = Path(__file__).parent / "archives"
VALE_GOOGLE = Path("/work/shared/vale/packages/Google")
CAP = "Volunteers stack sandbags on the levee. (AP Photo/Ana Ruiz)"
ALT_MSG = "placeholder left in alt text: '{}'; write the alt text before publishing"
CAP_MSG = "placeholder left in a caption: '{}'; write the caption or credit before publishing"


def _json(run_cli, path, *extra, cwd=None):
    result = run_cli("check", "--no-cache", "--format", "json", *extra, str(path), cwd=cwd)
    assert result.exit_code in (0, 1), (result.exit_code, result.stdout, result.stderr)
    return json.loads(result.stdout)


def _placeholder(run_cli, path, *extra, cwd=None):
    found = _json(run_cli, path, "--select", "captions.placeholder", *extra, cwd=cwd)
    source = path.read_bytes().decode("utf-8")
    lines = source.splitlines(keepends=True)
    out = []
    for f in found:
        line = lines[f["line"] - 1]
        out.append((f["message"], line[f["column"] - 1:f["column"] - 1 + 2]))
    return out


def _page(fig: str) -> str:
    return ("<html><head><title>Levee holds</title></head><body><article><h1>Levee holds</h1>"
            f"<p>The levee held overnight, the county said.</p>{fig}</article></body></html>\n")


def _nitf(ref: str, caption: str = CAP) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n<nitf>\n'
            '  <body>\n    <body.head><hedline><hl1>Levee holds</hl1></hedline></body.head>\n'
            '    <body.content>\n      <p>The levee held overnight, the county said.</p>\n'
            f'      <media media-type="image">{ref}<media-caption>{caption}</media-caption></media>\n'
            '    </body.content>\n  </body>\n</nitf>\n')


def _g2(alt: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:pic1" version="1" '
            'standard="NewsML-G2" standardversion="2.29">\n'
            '  <itemMeta><itemClass qcode="ninat:picture"/>'
            '<versionCreated>2024-03-01T10:00:00Z</versionCreated></itemMeta>\n'
            '  <contentMeta>\n    <headline>Levee holds</headline>\n'
            f'    <description role="drol:altText">{alt}</description>'
            f'<description role="drol:caption">{CAP}</description>\n  </contentMeta>\n'
            '  <contentSet><remoteContent href="levee.jpg" contenttype="image/jpeg"/></contentSet>\n'
            '</newsItem>\n')


MD_BODY = "---\ntitle: Levee holds\ndate: 2025-03-04\n---\n\nThe levee held overnight.\n\n![TK](a.jpg)\n"

ALT_TK_FILES = {
    "html": ("story.html", _page(f'<figure><img src="a.jpg" alt="TK"><figcaption>{CAP}</figcaption></figure>')),
    "html-charref": ("story.html", _page(f'<figure><img src="a.jpg" alt="&#84;K"><figcaption>{CAP}'
                                         '</figcaption></figure>')),
    "md": ("story.md", MD_BODY),
    "md-crlf": ("story.md", MD_BODY.replace("\n", "\r\n")),
    "md-ref-image": ("story.md", MD_BODY.replace("![TK](a.jpg)", "![TK][pic]\n\n[pic]: a.jpg")),
    "yaml-front-matter": ("story.md", "---\ntitle: Levee holds\ndate: 2025-03-04\nimage:\n  src: a.jpg\n"
                                      f"  alt: TK\n  caption: \"{CAP}\"\n---\n\nThe levee held overnight.\n"),
    "toml-front-matter": ("story.md", '+++\ntitle = "Levee"\ndate = 2025-03-04\n[image]\nsrc = "a.jpg"\n'
                                      'alt = "TK"\n+++\n\nThe levee held.\n'),
    "nitf": ("story.nitf", _nitf('<media-reference source="levee.jpg" alternate-text="TK"/>')),
    "newsml-g2": ("pic.xml", _g2("TK")),
}


# --- a203e8ab: part-messages, guards ----------------------------------------------------------

@pytest.mark.parametrize("name", sorted(ALT_TK_FILES))
def test_guard_alt_tk_is_told_to_write_alt_text_in_every_format(run_cli, tmp_path, name):
    fname, text = ALT_TK_FILES[name]
    path = tmp_path / fname
    path.write_bytes(text.encode("utf-8"))
    hits = _placeholder(run_cli, path)
    assert len(hits) == 1, hits
    message, at = hits[0]
    assert message.startswith(ALT_MSG.format("TK")), hits
    assert at in ("TK", "&#"), hits          # placed at the characters as written


def test_guard_nitf_caption_tk_keeps_the_caption_message(run_cli, tmp_path):
    path = tmp_path / "story.nitf"
    path.write_text(_nitf('<media-reference source="levee.jpg" alternate-text="A barge"/>',
                          caption="Caption TK (AP Photo/Ana Ruiz)"), encoding="utf-8")
    assert [m for m, _ in _placeholder(run_cli, path)] == [CAP_MSG.format("Caption TK")]


@pytest.mark.parametrize("fmt, needle", [
    ("github", "placeholder left in alt text: 'TK'"),
    ("sarif", "placeholder left in alt text: 'TK'"),
    ("vale", "captions.placeholder:placeholder left in alt text: 'TK'"),
    ("rdjson", "placeholder left in alt text: 'TK'"),
    ("junit", "placeholder left in alt text: 'TK'"),
])
def test_guard_every_output_format_carries_the_alt_message(run_cli, tmp_path, fmt, needle):
    path = tmp_path / "story.md"
    path.write_text(MD_BODY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--select", "captions", "--format", fmt, path)
    assert needle in result.stdout, result.stdout


def test_guard_baseline_fingerprint_does_not_follow_the_part_message(run_cli, tmp_path):
    """A baseline written before a part message changes still hides the finding."""
    path = tmp_path / "story.md"
    path.write_text(MD_BODY, encoding="utf-8")
    base = tmp_path / "baseline.json"
    result = run_cli("check", "--no-cache", "--select", "captions", "--write-baseline", base, path.name,
                     cwd=tmp_path)
    assert result.exit_code == 0, result.stderr
    (tmp_path / ".newslint.yaml").write_text(
        "options:\n  captions.placeholder:\n    part-messages:\n      alt: 'alt TK: %s'\n", encoding="utf-8")
    shown = run_cli("check", "--no-cache", "--select", "captions", "--format", "json", path.name, cwd=tmp_path)
    assert json.loads(shown.stdout)[0]["message"] == "alt TK: TK", shown.stdout
    hidden = run_cli("check", "--no-cache", "--select", "captions", "--baseline", base, path.name, cwd=tmp_path)
    assert hidden.exit_code == 0 and "1 known finding hidden" in hidden.stderr, (hidden.stdout, hidden.stderr)


def _house(tmp_path, part_messages: str):
    pack = tmp_path / "house" / "courier"
    pack.mkdir(parents=True)
    (pack / "rule.yaml").write_text("extends: existence\nmessage: 'x %s'\ntokens: [foo]\n"
                                    f"scope: [paragraph, alt]\npart-messages:\n{part_messages}",
                                    encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules: [house]\nselect: [courier]\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: T\n---\n\nText foo here.\n\n![foo](a.jpg)\n", encoding="utf-8")
    return post


def _house_run(run_cli, tmp_path, part_messages):
    post = _house(tmp_path, part_messages)
    return run_cli("check", "--no-cache", "--format", "json", post.name, cwd=tmp_path)


def test_guard_config_override_of_part_messages_is_checked(run_cli, tmp_path):
    path = tmp_path / "story.md"
    path.write_text(MD_BODY, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text(
        "options:\n  captions.placeholder:\n    part-messages: {alt: 5}\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", path.name, cwd=tmp_path)
    assert result.exit_code == 2 and "part-messages" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_guard_part_message_without_percent_s_is_printed_as_written(run_cli, tmp_path):
    result = _house_run(run_cli, tmp_path, "  alt: 'alt text holds a placeholder'\n")
    msgs = sorted(f["message"] for f in json.loads(result.stdout))
    assert msgs == ["alt text holds a placeholder", "x foo"], result.stdout


@pytest.mark.xfail(strict=True, reason="qa359 #4: a part-messages entry with a format spec "
                   "({what:>5}) loads and is printed as written, though message: refuses it (qa104 #9)")
def test_part_message_with_a_format_spec_is_refused_as_message_is(run_cli, tmp_path):
    result = _house_run(run_cli, tmp_path, "  alt: 'y {what:>5} %s'\n")
    assert result.exit_code == 2 and "part-messages" in result.stderr, (result.stdout, result.stderr)


@pytest.mark.xfail(strict=True, reason="qa359 #5: a part-messages entry with a literal brace "
                   "({{ }}) is refused as naming a {name}, though message: prints it as a brace")
def test_part_message_with_a_literal_brace_is_read_as_message_reads_it(run_cli, tmp_path):
    result = _house_run(run_cli, tmp_path, "  alt: 'y {{lit}} %s'\n")
    assert result.exit_code in (0, 1), result.stderr
    assert "y {lit} foo" in [f["message"] for f in json.loads(result.stdout)], result.stdout


@pytest.mark.parametrize("key", ["alts", "Alt", "body", "prose"])
def test_part_message_for_no_part_kind_is_refused(run_cli, tmp_path, key):
    result = _house_run(run_cli, tmp_path, f"  {key}: 'y %s'\n")
    assert result.exit_code == 2 and "part-messages" in result.stderr, (result.stdout, result.stderr)


@pytest.mark.xfail(strict=True, reason="qa359 #7: newslint explain captions.placeholder shows only the "
                   "caption message; the alt text's message is nowhere in it")
def test_explain_shows_the_alt_texts_own_message(run_cli):
    result = run_cli("explain", "captions.placeholder")
    assert result.exit_code == 0
    assert "placeholder left in alt text" in result.stdout, result.stdout


@pytest.mark.parametrize("alt", ["ALT TEXT HERE", "Alt text here", "Alt text goes here"])
def test_alt_text_template_placeholder_is_flagged(run_cli, tmp_path, alt):
    path = tmp_path / "story.html"
    path.write_text(_page(f'<figure><img src="a.jpg" alt="{alt}"><figcaption>{CAP}</figcaption></figure>'),
                    encoding="utf-8")
    assert [m for m, _ in _placeholder(run_cli, path)] == [ALT_MSG.format(alt)]


@pytest.mark.parametrize("alt", ["CAPTION HERE", "[alt text]"])
def test_guard_caption_forms_in_alt_text_are_flagged(run_cli, tmp_path, alt):
    path = tmp_path / "story.html"
    path.write_text(_page(f'<figure><img src="a.jpg" alt="{alt}"><figcaption>{CAP}</figcaption></figure>'),
                    encoding="utf-8")
    assert [m for m, _ in _placeholder(run_cli, path)] == [ALT_MSG.format(alt)]


# --- 10aab3bb: conditional first/second matching empty text ------------------------------------

def _conditional(tmp_path, first, second=r"'\(([A-Z]{3})\)'"):
    pack = tmp_path / "house" / "courier"
    pack.mkdir(parents=True)
    (pack / "rule.yaml").write_text(f"extends: conditional\nmessage: \"Spell out '%s'\"\n"
                                    f"first: {first}\nsecond: {second}\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules: [house]\nselect: [courier]\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: T\n---\n\nThe NBA said WHO.\n", encoding="utf-8")
    return post


@pytest.mark.parametrize("first", [r"'\b'", r"'(?=[A-Z])'", r"'[A-Z]{3}|\b'"])
def test_conditional_first_matching_empty_in_context_flags_no_empty_word(run_cli, tmp_path, first):
    post = _conditional(tmp_path, first)
    result = run_cli("check", "--no-cache", "--format", "json", post.name, cwd=tmp_path)
    if result.exit_code == 2:
        assert "first" in result.stderr and "Traceback" not in result.stderr
        return
    messages = [f["message"] for f in json.loads(result.stdout)]
    assert "Spell out ''" not in messages, messages


@pytest.mark.parametrize("first", ["''", "'^'", r"'\B'", "'A?'"])
def test_guard_conditional_first_matching_the_empty_string_is_refused(run_cli, tmp_path, first):
    post = _conditional(tmp_path, first)
    result = run_cli("check", "--no-cache", post.name, cwd=tmp_path)
    assert result.exit_code == 2 and "first:" in result.stderr and "matches empty text" in result.stderr, \
        result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


@pytest.mark.skipif(not VALE_GOOGLE.is_dir(), reason="needs /work/shared/vale")
def test_guard_google_acronyms_conditional_still_loads_and_flags(run_cli, tmp_path):
    (tmp_path / ".vale.ini").write_text(f"StylesPath = {VALE_GOOGLE}\n\n[*.md]\nBasedOnStyles = Google\n",
                                        encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("vale: .vale.ini\n", encoding="utf-8")
    (tmp_path / "test.md").write_text("# Test\n\nThe NFL is also a sport league.\n\n"
                                      "The National Basketball Association (NBA) is a league.\n",
                                      encoding="utf-8")
    found = _json(run_cli, "test.md", cwd=tmp_path)
    acr = [(f["line"], f["message"]) for f in found if f["rule"] == "Google.Acronyms"]
    assert acr == [(3, "Spell out 'NFL', if it's unfamiliar to the audience.")], found


# --- f298d47c / 797d85cd: malformed XML places in audit slices and the plan ---------------------

def _export_item():
    lines = (ARCHIVES / "export.xml").read_text(encoding="utf-8").splitlines(keepends=True)
    return lines, lines[28:37]            # post 12: the file's lines 29 to 37


def _both(lines, item):
    with pytest.raises(ReadError) as sliced:
        read_slice("export.xml", "".join(item), "wxr", ((0, 29),))
    with pytest.raises(ReadError) as whole:
        read_bytes("export.xml", "".join(lines[:28] + item + lines[37:]).encode("utf-8"))
    return sliced.value, whole.value


@pytest.mark.parametrize("title", ["Café — ok &mdash; x", "\U0001F600\U0001F600 &mdash; x", "a &bogus; b"])
def test_guard_slice_error_after_multibyte_text_is_where_check_puts_it(title):
    lines, item = _export_item()
    item = list(item)
    item[1] = f"    <title>{title}</title>\n"
    sliced, whole = _both(lines, item)
    assert (sliced.line, sliced.column) == (whole.line, whole.column) == (30, 11 + title.index("&") + 1)


def test_guard_slice_error_in_a_crlf_export_is_where_check_puts_it():
    lines, item = _export_item()
    lines = [ln.replace("\n", "\r\n") for ln in lines]
    item = [ln.replace("\n", "\r\n") for ln in item]
    item[3] = item[3].replace("\r\n", " &bogus;\r\n")
    sliced, whole = _both(lines, item)
    assert (sliced.line, sliced.column) == (whole.line, whole.column) == (32, 33)


def test_too_deep_nesting_in_a_slice_is_placed_as_check_places_it():
    lines, item = _export_item()
    item = list(item)
    item[1] = "    <title>" + "<b>" * 600 + "x" + "</b>" * 600 + "</title>\n"
    sliced, whole = _both(lines, item)
    assert whole.line == 30 and "at line 30" in str(whole)
    assert sliced.line == 30 and "at line 30" in str(sliced), (sliced.line, sliced.column, str(sliced))


def test_guard_plan_names_entity_at_checks_column_after_multibyte_text(tmp_path):
    fsspec = pytest.importorskip("fsspec")
    from lint.audit.wxr_plan import Unplanned, cuts
    data = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>\n'
            "<item><title>\U0001F600\U0001F600 &eacute;</title></item>\n</channel></rss>\n").encode("utf-8")
    path = tmp_path / "export.xml"
    path.write_bytes(data)
    with pytest.raises(Unplanned) as planned:
        list(cuts(fsspec, str(path), 10))
    with pytest.raises(ReadError) as checked:
        read_bytes("export.xml", data)
    assert (checked.value.line, checked.value.column) == (3, 17)
    assert str(planned.value).startswith("malformed XML at line 3, column 17: undefined entity '&eacute;'")


# --- ae542f0c: dates.after-publication's next step ---------------------------------------------

def test_guard_after_publication_message_ends_with_its_step(run_cli, tmp_path):
    path = tmp_path / "story.md"
    path.write_text("---\ntitle: Vote\ndate: 2026-05-18\n---\n\n"
                    "The council approved the plan on June 16, 2026.\n", encoding="utf-8")
    found = _json(run_cli, path, "--select", "dates.after-publication")
    assert [f["message"] for f in found] == [
        "'June 16, 2026' is told in the past tense ('approved') but is dated after the publication "
        "date, May 18, 2026; fix the date, or the tense"], found
