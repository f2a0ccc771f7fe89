"""qa361: review of f097993e..6ecf3048 (captions.placeholder's alt-text
templates; an audit slice's depth error at the export's place; XML ending
before its root closes).

Findings are strict xfails stating what a desk expects; the plain tests
guard the nearest shapes that work now."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import ReadError, read_bytes, read_slice

CAP = "Volunteers stack sandbags on the levee. (AP Photo/Ana Ruiz)"
ALT = "Volunteers stack sandbags on the levee"
EXPORT = Path(__file__).parent / "archives" / "export.xml"


def _html(alt: str = ALT, cap: str = CAP) -> str:
    # `alt` is written as is: entities stay entities
    return ("<html><head><title>Levee holds</title></head><body><article><p>The levee held.</p>"
            f'<figure><img src="a.jpg" alt="{alt}"><figcaption>{cap}</figcaption></figure>'
            "</article></body></html>\n")


def _hits(run_cli, tmp_path, source: str, name: str = "story.html"):
    """(message, source offset, source text at the finding) of each captions.placeholder finding."""
    path = tmp_path / name
    path.write_text(source, encoding="utf-8", newline="")
    result = run_cli("check", "--no-cache", "--format", "json", "--select", "captions.placeholder", str(path))
    assert result.exit_code in (0, 1), (result.exit_code, result.stderr)
    lines = source.splitlines(keepends=True)
    out = []
    for f in json.loads(result.stdout):
        start = sum(len(ln) for ln in lines[:f["line"] - 1]) + f["column"] - 1
        out.append((f["message"], start))
    return out


def _nitf(caption: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<nitf>\n'
            '  <head><title>Levee holds</title><docdata><date.issue norm="20241203T000000"/></docdata></head>\n'
            '  <body>\n    <body.head><hedline><hl1>Levee holds</hl1></hedline></body.head>\n'
            '    <body.content>\n      <p>The levee held overnight, the county said.</p>\n'
            '      <media media-type="image"><media-reference source="a.jpg"/>'
            f'<media-caption>{caption}</media-caption>'
            '<media-producer>Ana Ruiz/Ellis Wire</media-producer></media>\n'
            '    </body.content>\n  </body>\n</nitf>\n')


def _nitf_placeholder(caption: str):
    text = _nitf(caption)
    doc = read_bytes("story.nitf", text.encode("utf-8"))
    config = Config(select=("captions.placeholder",))
    return [(d.rule, text[d.offset:d.end_offset]) for d in lint_document(doc, active_rules(config), config).diagnostics]


# --- #1 (new in f097993e): an accessibility story's caption or alt saying "alt text needed" is flagged ---

@pytest.mark.parametrize("text", [
    "Alt text needed for millions of images, advocates say",
    "An image description needed by blind readers is missing from most archives",
])
@pytest.mark.parametrize("where", ["alt", "cap"])
def test_accessibility_prose_saying_alt_text_needed_is_quiet(run_cli, tmp_path, text, where):
    source = _html(alt=text) if where == "alt" else _html(cap=text + " (AP Photo/Ana Ruiz)")
    assert _hits(run_cli, tmp_path, source) == []


def test_nitf_caption_about_alt_text_needed_is_quiet():
    assert _nitf_placeholder("Alt text needed for millions of images, advocates say. Photo: Ana Ruiz") == []


# --- #2 (new for 'alternative text'; 'add alt text' was flagged before): a sentence with 'add alt text' ---

@pytest.mark.parametrize("text", [
    "Volunteers add alternative text to archive photos for blind readers",
    pytest.param("Volunteers add alt text to archive photos for blind readers", marks=pytest.mark.xfail(
        strict=True, reason="qa361 #2 (older): the insert/add token matches 'add alt text' inside a sentence")),
])
def test_sentence_about_adding_alt_text_is_quiet(run_cli, tmp_path, text):
    assert _hits(run_cli, tmp_path, _html(alt=text)) == []


# --- #3 (shape never flagged): a bare label left by the template, nothing written after it ---

@pytest.mark.xfail(strict=True, reason="qa361 #3: a bare template label 'Image description:' / 'Alt text:' "
                   "(nothing written after it) passes, though a bare 'Image description' is flagged")
@pytest.mark.parametrize("alt", ["Image description:", "Alt text:"])
def test_bare_label_with_colon_is_flagged(run_cli, tmp_path, alt):
    source = _html(alt=alt)
    hits = _hits(run_cli, tmp_path, source)
    assert [at for _, at in hits] == [source.index(f'alt="{alt}"') + 5], hits


# --- #4 (before this change too; the new tokens share it): a template's NBSP or double space ---

@pytest.mark.xfail(strict=True, reason="qa361 #4: ALT&nbsp;TEXT&nbsp;HERE (a CMS template's no-break spaces) "
                   "or ALT TEXT  HERE passes; only single ASCII spaces match")
@pytest.mark.parametrize("alt", ["ALT&nbsp;TEXT&nbsp;HERE", "ALT TEXT  HERE", "CAPTION&nbsp;HERE"])
def test_template_with_nbsp_or_double_space_is_flagged(run_cli, tmp_path, alt):
    source = _html(alt=alt)
    hits = _hits(run_cli, tmp_path, source)
    assert [at for _, at in hits] == [source.index(f'alt="{alt}"') + 5], hits


# --- guards: what works now ---

@pytest.mark.parametrize("alt, at", [
    ("Caf&eacute; crowd. Alt text goes here", "Alt text goes here"),
    ("Caf&#233; &amp; crowd. ALT TEXT HERE", "ALT TEXT HERE"),
    (" Image description ", "Image description"),
    ("alt text", "alt text"),
    ("Alternative text here", "Alternative text here"),
])
def test_guard_template_after_entities_is_placed_at_its_source_characters(run_cli, tmp_path, alt, at):
    source = _html(alt=alt)
    hits = _hits(run_cli, tmp_path, source)
    start = source.index(f'alt="{alt}"') + 5 + alt.index(at)
    assert [(m, s) for m, s in hits] == [
        (f"placeholder left in alt text: '{at}'; write the alt text before publishing", start)], hits


@pytest.mark.parametrize("alt", [
    "A librarian writes alt text for the museum's collection",
    "Image description. A man in a red coat walks a dog",
    "alt-text", "ALT_TEXT_HERE",
])
def test_guard_real_alt_holding_the_words_is_quiet(run_cli, tmp_path, alt):
    assert _hits(run_cli, tmp_path, _html(alt=alt)) == []


def test_guard_body_text_about_alt_text_is_not_in_scope(run_cli, tmp_path):
    body = ("Alt text goes here, the template says, and Image description is all that many "
            "archives hold. Insert alt text, advocates urge.")
    assert _hits(run_cli, tmp_path, _html(cap=CAP).replace("The levee held.", body)) == []


def test_guard_markdown_front_matter_body_quiet_image_alt_flagged(run_cli, tmp_path):
    source = ("---\ntitle: Alt text goes here\n---\n\n# Alt text goes here, advocates say\n\n"
              "Image description needed, they said.\n\n![ALT TEXT HERE](a.jpg)\n")
    hits = _hits(run_cli, tmp_path, source, "story.md")
    assert hits == [("placeholder left in alt text: 'ALT TEXT HERE'; write the alt text before publishing",
                     source.index("ALT TEXT HERE"))], hits


def test_guard_nitf_caption_template_is_flagged_at_its_span():
    assert _nitf_placeholder("Mayor Ann Reyes at the podium. Image description here") == [
        ("captions.placeholder", "Image description here")]


# --- guards: XML ending early, truncated anywhere, is a ReadError in range, never a traceback ---

@pytest.mark.parametrize("data, where", [
    (b"<nitf>\r\n<body>x\r\n", (3, 1)),
    (b"\xef\xbb\xbf<nitf><body>x", (1, 14)),
    (b'<?xml version="1.0" encoding="iso-8859-1"?>\n<nitf><body>caf\xe9 x', (2, 19)),
    ("<nitf><body>\U0001F600 x".encode(), (1, 16)),
    (b"<nitf><body>a&amp;b", (1, 20)),
    (b"\xff\xfe" + "<nitf><body>x".encode("utf-16-le"), (1, 14)),
    (b"<nitf><body><p><![CDATA[abc\ndef", (2, 4)),
])
def test_guard_xml_ending_early_is_placed_at_the_end(data, where):
    with pytest.raises(ReadError) as err:
        read_bytes("a.nitf", data)
    assert err.value.rule == "file.xml" and (err.value.line, err.value.column) == where, str(err.value)


def test_guard_truncated_export_at_every_line_is_a_read_error_in_range():
    data = EXPORT.read_bytes()
    cuts = sorted({i for i, b in enumerate(data) if b == 0x0A} | {i + 3 for i, b in enumerate(data) if b == 0x3C})
    for cut in cuts:
        if cut >= len(data) - 1:
            continue
        part = data[:cut]
        try:
            read_bytes("export.xml", part)
        except ReadError as exc:
            lines = part.decode("utf-8").split("\n")
            assert exc.line is not None and 1 <= exc.line <= len(lines), (cut, str(exc))
            assert 1 <= exc.column <= len(lines[exc.line - 1]) + 1, (cut, str(exc))


def test_guard_too_deep_item_starting_mid_line_is_placed_as_check():
    head = ('<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>'
            "<wp:wxr_version>1.2</wp:wxr_version>")
    item = ("<item><title>Café " + "<b>" * 600 + "x" + "</b>" * 600 + "</title><wp:status>publish"
            "</wp:status><wp:post_type>post</wp:post_type></item>")
    with pytest.raises(ReadError) as checked:
        read_bytes("export.xml", (head + item + "</channel></rss>").encode("utf-8"))
    with pytest.raises(ReadError) as sliced:
        read_slice("export.xml", item, "wxr", ((0, 1, len(head) + 1),))
    assert (sliced.value.line, sliced.value.column, str(sliced.value)) == \
           (checked.value.line, checked.value.column, str(checked.value))
    assert checked.value.column == len(head) + len("<item><title>Café ") + 496 * 3 + 1   # (the 497th <b>, 501 deep)
