"""fx494 (nu68 #1): a credit lead-in left open in a caption's own text is reported
at its exact span even when the markup carries a filled credit, and that markup
credit stays the picture's credit (no missing-credit). A filled text credit beside
a markup credit is not carved (guard)."""
import json

HEAD = ('<nitf><head><docdata><date.issue norm="20250304"/></docdata></head><body>'
        '<body.head><hedline><hl1>Council approves budget</hl1></hedline></body.head>'
        '<body.content>\n<p>The council approved the budget.</p>\n')
TAIL = '</body.content></body></nitf>\n'


def _check(run_cli, tmp_path, inner):
    path = tmp_path / "story.nitf"
    path.write_text(HEAD + inner + TAIL, encoding="utf-8")
    result = run_cli("check", "--format", "json", "--select", "captions", str(path))
    assert result.exit_code in (0, 1), (result.exit_code, result.stderr)
    return [(f["rule"], f["line"], f["column"], f["snippet"] if "snippet" in f else None)
            for f in json.loads(result.stdout)]


def test_open_lead_in_beside_copyright_at_its_span_and_nothing_else(run_cli, tmp_path):
    found = _check(run_cli, tmp_path, '<media media-type="image"><media-reference source="a.jpg" '
                   'alternate-text="Mayor" copyright="LNS"/>\n'
                   '<media-caption>Mayor Ann Reyes speaks. (Photo by: )</media-caption></media>\n')
    assert [f[:3] for f in found] == [("captions.empty-credit", 4, 40)], found


def test_courtesy_alone_beside_media_producer_is_malformed(run_cli, tmp_path):
    found = _check(run_cli, tmp_path, '<media media-type="image"><media-reference source="a.jpg" '
                   'alternate-text="Mayor"/>\n<media-caption>Mayor Ann Reyes speaks. (Courtesy)'
                   '</media-caption><media-producer>Jane Roe</media-producer></media>\n')
    assert [f[:3] for f in found] == [("captions.malformed-credit", 4, 41)], found


def test_filled_text_credit_beside_markup_credit_unchanged(run_cli, tmp_path):
    found = _check(run_cli, tmp_path, '<media media-type="image"><media-reference source="a.jpg" '
                   'alternate-text="Mayor" copyright="LNS"/>\n'
                   '<media-caption>Mayor Ann Reyes speaks. (AP Photo/Jane Roe)</media-caption></media>\n')
    assert found == [], found


def test_markup_credit_still_counts_no_missing_credit(run_cli, tmp_path):
    found = _check(run_cli, tmp_path, '<media media-type="image"><media-reference source="a.jpg" '
                   'alternate-text="Mayor" source-credit="LNS"/>\n'
                   '<media-caption>Mayor Ann Reyes speaks. (AP Photo/ )</media-caption></media>\n')
    assert [f[0] for f in found] == ["captions.empty-credit"], found
