"""qa382: review of fx514 (an audit's WordPress slice read under the export's
DOCTYPE; entities left out of attribute values said at their place; a
left-out entity between spaces read as a no-break space, _xml.GAP).
Strict xfails are faults found; plain tests guard the nearest cases that
work now."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

TAKEN_BACK = pytest.mark.xfail(strict=True, reason="taken back (fx514 6378e38b/993b3ff8/7f870915/2185136d, qa382 #1, #3 HIGH: an audit slice after a long DOCTYPE gave false doubled file.xml warnings; the entity GAP lost a real doubled word); qa369 #5-#7 open again")

from test_qa101_regressions import HEAD, _both, _item

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NITF_DOCTYPE = '<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n'
# WordPress's own exports name no DTD; a desk's pipeline that adds one writes it in full.
LONG_DOCTYPE = '<!DOCTYPE rss PUBLIC "-//WordPress//DTD WXR 1.2//EN" "http://example.com/wxr-1.2.dtd">\n'
SHORT_DOCTYPE = '<!DOCTYPE rss SYSTEM "wxr.dtd">\n'


def _export(items, doctype: str = SHORT_DOCTYPE, channel: str = "") -> bytes:
    head = HEAD.format(enc="UTF-8")
    decl, rest = head.split("\n", 1)
    return (decl + "\n" + doctype + rest + channel + "".join(items) + "</channel>\n</rss>\n").encode("utf-8")


POSTS = [_item(1, title="Council &widget; meets", body="The council met and the the vote passed. TK."),
         _item(2, title="Caf&eacute; opens", body="It costs TK, said the mayor."),
         _item(3, title="Plan &w1; and &w2; fail", body="The the end came on Monday.")]


def _lint(tmp_path, text: str, name: str = "a.xml", *args):
    (tmp_path / name).write_bytes(text.encode("utf-8"))
    done = subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--format", "json",
                           "--published", "2024-03-05", *args, name], cwd=tmp_path, capture_output=True,
                          text=True, env=dict(os.environ, PYTHONPATH=ROOT), timeout=300)
    assert "Traceback" not in done.stderr, done.stderr
    return done, json.loads(done.stdout) if done.stdout.strip() else []


def _rules(found, rule: str) -> list:
    return [f for f in found if f["rule"] == rule]


def _at(text: str, f: dict) -> str:
    return text.replace("\r\n", "\n").split("\n")[f["line"] - 1][f["column"] - 1:]


def _nitf(body: str, media: str = "", doctype: str = NITF_DOCTYPE) -> str:
    return (doctype + "<nitf><body><body.head><hedline><hl1>Council meets</hl1></hedline></body.head>"
            f"<body.content>\n{body}\n{media}</body.content></body></nitf>\n")


def _media(ref: str, caption: str = "The mayor speaks.", more: str = "") -> str:
    return (f'<media media-type="image">\n<media-reference source="a.jpg" {ref}/>\n'
            f"<media-caption>{caption}</media-caption>{more}\n</media>\n")


# --- #1 (HIGH) after a DOCTYPE longer than the wrapper tag, the slice's wrapper is placed inside
# the DOCTYPE and its "start tag" (read from there to a '>' outside quotes, or to the slice's end)
# is searched for left-out entities: literal text in CDATA gets a file.xml warning check never gives,
# and every real one is said twice

CDATA_ITEMS = [_item(1, title="Council meets", body="<p>The council met&nbps;on Monday.</p>"),
               _item(2, body="<p>Fine.</p>")]


def test_audit_gives_checks_rows_for_cdata_text_under_a_long_doctype(tmp_path, audit_client, run_cli):
    (tmp_path / "wp.xml").write_bytes(_export(CDATA_ITEMS, doctype=LONG_DOCTYPE))
    rows, audited = _both(tmp_path, audit_client, run_cli, ["wp.xml"], "--partition-size", "1")
    assert not [r for r in rows if r[6] == "file.xml"], rows
    assert audited == rows


def test_guard_audit_gives_checks_rows_for_cdata_text_under_a_short_doctype(tmp_path, audit_client, run_cli):
    (tmp_path / "wp.xml").write_bytes(_export(CDATA_ITEMS, doctype=SHORT_DOCTYPE))
    rows, audited = _both(tmp_path, audit_client, run_cli, ["wp.xml"], "--partition-size", "1")
    assert audited == rows


@pytest.mark.xfail(strict=True, reason="qa382 #1: read_slice after a DOCTYPE of 38+ characters says each "
                   "left-out entity twice (once from the wrapper's misplaced start tag)")
def test_a_slice_after_a_long_doctype_says_each_entity_once():
    from lint.readers._xml import parse
    dt = '<!DOCTYPE rss SYSTEM "http://example.com/wxr-1.2.dtd">\n'
    unread: list = []
    parse(dt + '<item><title>a &w; b</title><x y="&v;"/></item>', slice_=True, place=lambda a: (1, a),
          unread=unread)
    assert [at for at, _ in unread] == [len(dt) + 15, len(dt) + 34], unread


@TAKEN_BACK
def test_guard_a_slice_after_a_short_doctype_says_each_entity_once():
    from lint.readers._xml import parse
    dt = SHORT_DOCTYPE
    unread: list = []
    parse(dt + '<item><title>a &w; b</title><x y="&v;"/></item>', slice_=True, place=lambda a: (1, a),
          unread=unread)
    assert [at for at, _ in unread] == [len(dt) + 15, len(dt) + 34], unread


@TAKEN_BACK
def test_guard_audit_gives_checks_rows_under_a_long_doctype(tmp_path, audit_client, run_cli):
    """(the doubled warnings are one row each: the audit's rows still agree)"""
    (tmp_path / "wp.xml").write_bytes(_export(POSTS, doctype=LONG_DOCTYPE))
    rows, audited = _both(tmp_path, audit_client, run_cli, ["wp.xml"], "--partition-size", "2")
    assert len([r for r in rows if r[6] == "file.xml"]) == 3, rows
    assert audited == rows


# --- #2 entities outside the items (the channel's own text and attributes): check says them,
# the audit's slices hold only items

CHANNEL = ('<description>Desk &chan1; news</description>\n<image url="http://x/logo&chan2;.png"/>\n'
           "<wp:author><wp:author_display_name>Ana &chan3; Ruiz</wp:author_display_name></wp:author>\n")


@pytest.mark.xfail(strict=True, reason="qa382 #2: under a DOCTYPE the audit drops check's file.xml warnings for "
                   "entities left out of the channel's own text and attributes (outside every item)")
def test_audit_gives_checks_rows_for_entities_in_the_channel(tmp_path, audit_client, run_cli):
    (tmp_path / "wp.xml").write_bytes(_export(POSTS, channel=CHANNEL))
    rows, audited = _both(tmp_path, audit_client, run_cli, ["wp.xml"], "--partition-size", "1")
    assert len([r for r in rows if r[6] == "file.xml"]) == 6, rows
    assert audited == rows


def test_guard_a_real_export_under_a_long_doctype_audits_as_check_reads_it(tmp_path, audit_client, run_cli):
    real = "/work/shared/formats/wordpress-wxr/themeunittestdata.wordpress.xml"
    if not os.path.exists(real):
        pytest.skip("no shared WordPress sample")
    text = open(real, encoding="utf-8").read().replace("?>\n", "?>\n" + LONG_DOCTYPE, 1)
    (tmp_path / "wp.xml").write_text(text, encoding="utf-8")
    rows, audited = _both(tmp_path, audit_client, run_cli, ["wp.xml"], "--partition-size", "7")
    assert rows and audited == rows


# --- #3 (HIGH) a left-out entity glued to a word that opens with an HTML-named entity keeps its GAP:
# the glued reading ("nothing") is lost and a real doubled word goes

def test_doubled_word_across_a_glued_entity_before_an_html_name_is_found(tmp_path):
    text = _nitf("<p>Il &eacute;tait &w;&eacute;tait ferm&eacute;.</p>")
    done, found = _lint(tmp_path, text)
    doubled = _rules(found, "hygiene.doubled-word")
    assert len(doubled) == 1 and _at(text, doubled[0]).startswith("&eacute;tait &w;"), found


def test_guard_doubled_word_across_a_glued_entity_before_a_number_reference_is_found(tmp_path):
    text = _nitf("<p>Il &#233;tait &w;&#233;tait ferm&#233;.</p>\n<p>Il etait &w;etait ferme.</p>")
    done, found = _lint(tmp_path, text)
    doubled = _rules(found, "hygiene.doubled-word")
    assert [_at(text, f)[:8] for f in doubled] == ["&#233;ta", "etait &w"], found


def test_a_glued_entity_reads_alike_before_an_html_name_and_a_number():
    from lint.readers._xml import parse
    read = [parse(NITF_DOCTYPE + f"<nitf><p>x &w;{e}y</p></nitf>", unread=[]).child("nitf").text()
            for e in ("&eacute;", "&#233;")]
    assert read == ["x \u00e9y", "x \u00e9y"], read


# --- #4 (LOW) an entity name with a combining mark or a middle dot (XML name characters) in an
# attribute value: expat drops it, unsaid (in text it is said)

@pytest.mark.xfail(strict=True, reason="qa382 #4: '&wid\u0301get;' / '&w\u00b7x;' in an attribute value is "
                   "left out unsaid (the tag scan's name pattern has no \\p{M} or U+00B7); in text it is said")
def test_an_entity_name_with_a_combining_mark_in_a_value_is_said(tmp_path):
    text = _nitf("<p>Body.</p>", _media('alternate-text="Mayor &wid\u0301get; speaks" source-credit="AP &w\u00b7x;"'))
    done, found = _lint(tmp_path, text)
    said = _rules(found, "file.xml")
    assert [_at(text, f)[:4] for f in said] == ["&wid", "&w\u00b7x"], found


def test_guard_an_entity_name_with_a_combining_mark_in_text_is_said(tmp_path):
    text = _nitf("<p>Mayor &wid\u0301get; speaks &w\u00b7x; now.</p>")
    done, found = _lint(tmp_path, text)
    said = _rules(found, "file.xml")
    assert [_at(text, f)[:4] for f in said] == ["&wid", "&w\u00b7x"], found


# --- #5 (LOW) the warning for an entity in an attribute value says it was left out "of the text"

@pytest.mark.xfail(strict=True, reason="qa382 #5: an entity left out of an alt or credit attribute is said "
                   "to be 'left out of the text' (docs: 'of the text or attribute value')")
def test_the_warning_for_a_value_names_the_attribute_value(tmp_path):
    text = _nitf("<p>Body.</p>", _media('alternate-text="Mayor &widget; speaks" source-credit="AP"'))
    done, found = _lint(tmp_path, text)
    said = _rules(found, "file.xml")
    assert len(said) == 1 and "left out of the text" not in said[0]["message"], found


# --- guards: the nearest shapes that work now

@TAKEN_BACK
def test_guard_attribute_positions_multiline_crlf_quotes_references_and_gt(tmp_path):
    ref = ('alternate-text="Mayor\n  &widget; speaks" source-credit=\'AP &amp; &#38;widget; &w2;\' '
           'copyright="a > b &w3;"')
    text = _nitf("<p>Body.</p>", _media(ref)).replace("\n", "\r\n")
    done, found = _lint(tmp_path, text)
    said = _rules(found, "file.xml")
    assert [_at(text, f)[:5] for f in said] == ["&widg", "&w2;'", "&w3;\""], found
    assert done.returncode != 2


@TAKEN_BACK
def test_guard_blank_alt_and_credit_of_two_entities_still_found(tmp_path):
    done, found = _lint(tmp_path, _nitf("<p>Body.</p>", _media('alternate-text="&a;&b;" source-credit="&c; &d;"')))
    assert _rules(found, "captions.missing-alt") and _rules(found, "captions.empty-credit"), found
    assert len(_rules(found, "file.xml")) == 4, found


def test_guard_a_file_name_in_alt_around_a_glued_entity_still_found(tmp_path):
    done, found = _lint(tmp_path, _nitf("<p>Body.</p>", _media('alternate-text="IMG&w;_1234.jpg" source-credit="AP"')))
    assert _rules(found, "captions.filename"), found


def test_guard_fix_never_spans_a_gap(tmp_path):
    text = _nitf("<p>Polls close at 7 &widget; PM on Tues. &widget; (March 5).</p>\n<p>Polls close at 7 PM.</p>")
    (tmp_path / "a.xml").write_bytes(text.encode("utf-8"))
    subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--fix", "--published", "2024-03-05",
                    "a.xml"], cwd=tmp_path, capture_output=True, text=True,
                   env=dict(os.environ, PYTHONPATH=ROOT), timeout=300)
    after = (tmp_path / "a.xml").read_text(encoding="utf-8")
    assert "7 &widget; PM" in after and "Tuesday &widget; (March 5)" in after and "close at 7 p.m." in after, after


# --- #6 (MED) the plan finds the DOCTYPE's '<' by searching back for the last '<!DOCTYPE'
# (wxr_plan doctype_end), not where expat saw it open: one written in a comment or processing
# instruction of the internal subset becomes the slice's DOCTYPE, and the audit reports malformed XML

SUBSET_WITH_OLD = '<!DOCTYPE rss SYSTEM "wxr.dtd" [\n<!-- was: <!DOCTYPE rss [ -->\n]>\n'


@pytest.mark.xfail(strict=True, reason="qa382 #6: a '<!DOCTYPE' inside the internal subset's comment is "
                   "taken for the DOCTYPE's start: each slice is malformed XML in the audit, check reads it")
def test_audit_gives_checks_rows_with_an_old_doctype_in_a_subset_comment(tmp_path, audit_client, run_cli):
    (tmp_path / "wp.xml").write_bytes(_export(POSTS, doctype=SUBSET_WITH_OLD))
    rows, audited = _both(tmp_path, audit_client, run_cli, ["wp.xml"], "--partition-size", "1")
    assert len([r for r in rows if r[6] == "file.xml"]) == 3, rows
    assert audited == rows


@pytest.mark.xfail(strict=True, reason="qa382 #6: the DOCTYPE piece starts at a '<!DOCTYPE' in the subset's comment")
def test_the_doctype_piece_starts_at_the_doctypes_own_lt(tmp_path):
    fsspec = pytest.importorskip("fsspec")
    from lint.audit.wxr_plan import cuts
    data = _export(POSTS, doctype=SUBSET_WITH_OLD)
    (tmp_path / "wp.xml").write_bytes(data)
    start, end, line, column = next(iter(cuts(fsspec, str(tmp_path / "wp.xml"), 1)))[0][0]
    assert data[start:end] == SUBSET_WITH_OLD.rstrip("\n").encode() and (line, column) == (2, 1)


def test_guard_an_entity_declared_in_the_subset_is_refused_alike(tmp_path, audit_client, run_cli):
    declared = '<!DOCTYPE rss SYSTEM "wxr.dtd" [ <!ENTITY widget "W"> ]>\n'
    (tmp_path / "wp.xml").write_bytes(_export(POSTS, doctype=declared))
    rows, audited = _both(tmp_path, audit_client, run_cli, ["wp.xml"], "--partition-size", "1")
    assert [r[6] for r in rows] == ["file.xml"] and audited == rows, rows


@TAKEN_BACK
def test_guard_real_newsml_photo_under_a_doctype_crlf_says_text_and_attribute_entities_in_place(tmp_path):
    real = "/work/shared/formats/newsml-g2/LISTING_3_Photo_in_NewsML-G2.xml"
    if not os.path.exists(real):
        pytest.skip("no shared NewsML-G2 sample")
    text = '<!DOCTYPE newsItem SYSTEM "newsml.dtd">\n' + open(real, encoding="utf-8").read()
    text = text.replace('<remoteContent rendition="rnd:highRes"',
                        '<remoteContent rendition="rnd:high&widget;Res"', 1)
    text = text.replace("Economy Scarred</headline>", "Economy &widget; Scarred</headline>", 1).replace("\n", "\r\n")
    done, found = _lint(tmp_path, text, "photo.xml")
    said = _rules(found, "file.xml")
    assert len(said) == 2 and all(_at(text, f).startswith("&widget;") for f in said), found
    assert done.returncode != 2
