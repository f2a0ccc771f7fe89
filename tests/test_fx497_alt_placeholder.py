"""fx497: captions.placeholder flags a CMS's alt-text template (qa359 #2)
at its own characters, and real alt text holding "alt", "text" or "here"
stays quiet."""
from __future__ import annotations

import json

import pytest

CAP = "Volunteers stack sandbags on the levee. (AP Photo/Ana Ruiz)"


def _alt_hits(run_cli, tmp_path, alt):
    path = tmp_path / "story.html"
    path.write_text("<html><head><title>Levee holds</title></head><body><article><p>The levee held.</p>"
                    f'<figure><img src="a.jpg" alt="{alt}"><figcaption>{CAP}</figcaption></figure>'
                    "</article></body></html>\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", "--select", "captions.placeholder", str(path))
    assert result.exit_code in (0, 1), (result.exit_code, result.stderr)
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines(keepends=True)
    hits = []
    for f in json.loads(result.stdout):
        start = sum(len(ln) for ln in lines[:f["line"] - 1]) + f["column"] - 1
        hits.append((f["message"], start))
    return hits, source


@pytest.mark.parametrize("alt, at", [
    ("ALT TEXT HERE", "ALT TEXT HERE"), ("Alt text here", "Alt text here"),
    ("Alt text goes here", "Alt text goes here"), ("Alt text TBD", "Alt text TBD"),
    ("alt text goes here", "alt text goes here"), ("Image description", "Image description"),
    ("IMAGE DESCRIPTION HERE", "IMAGE DESCRIPTION HERE"), ("Insert alt text", "Insert alt text"),
    ("Add alt text", "Add alt text"), ("Add alt text here", "Add alt text here"),
    ("[image description]", "[image description]"),
    ("Mayor Ann Reyes at the podium. Alt text goes here", "Alt text goes here"),
])
def test_alt_text_template_is_flagged_at_its_span(run_cli, tmp_path, alt, at):
    hits, source = _alt_hits(run_cli, tmp_path, alt)
    expected = source.index(f'alt="{alt}"') + len('alt="') + alt.index(at)
    assert hits == [(f"placeholder left in alt text: '{at}'; write the alt text before publishing",
                     expected)], hits


@pytest.mark.parametrize("alt", [
    "Altar text of the cathedral", "Protesters gather here before the march",
    "Image description: a man in a red coat walks a dog on the levee",
    "The text of the alternative budget, shown here on a screen", "Alternate route signs near the levee",
])
def test_guard_real_alt_text_is_quiet(run_cli, tmp_path, alt):
    hits, _ = _alt_hits(run_cli, tmp_path, alt)
    assert hits == [], hits


@pytest.mark.parametrize("alt", ["CAPTION HERE", "[alt text]", "TK"])
def test_guard_caption_forms_in_alt_text_still_flagged_whole(run_cli, tmp_path, alt):
    hits, source = _alt_hits(run_cli, tmp_path, alt)
    assert hits == [(f"placeholder left in alt text: '{alt}'; write the alt text before publishing",
                     source.index(f'alt="{alt}"') + 5)], hits
