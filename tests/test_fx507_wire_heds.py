"""fx507: a Title Case wire headline with a slash over a wire lede is the
headline (nu70 #1); a photo credit in the same place stays a caption."""
import pytest

from lint import lint_text
from lint.readers import read_bytes

LEDE = "WASHINGTON, March 2 (Reuters) - Farmers will probably be allowed to keep planting oats, an aide said.\n"


def _parts(src):
    doc = read_bytes("story.txt", src.encode("utf-8"))
    return [(p.kind, p.text) for p in doc.parts]


@pytest.mark.parametrize("hed,between", [
    ("Relief For Corn/Oats Growers Seen Likely", ""),
    ("Tokyo Exchange Seeks Nasdaq/London Link", "March 2, 1987\n\n"),
    ("Analyst Sees Stable Yen/Dollar Rates", ""),
])
def test_slash_hed_over_wire_lede(hed, between):
    parts = _parts(hed + "\n\n" + between + LEDE)
    assert parts[0] == ("headline", hed)
    assert "caption" not in [k for k, _ in parts]


@pytest.mark.parametrize("line", [
    "Jane Doe/AFP/Getty Images",
    "Jane Doe/The New York Times",
    "Harbor Police Chief Tom Long/Staff Photo",
    "Council Members Meet/Courier Photo",
    "Smoke Rises Over Harbor/Docks. (AP Photo/Jane Doe)",
    "Crowds Gather Outside Harbor Hall/Reuters",
])
def test_guard_credit_over_wire_lede_stays_caption(line):
    kinds = [k for k, _ in _parts(line + "\n\n" + LEDE)]
    assert kinds[0] == "caption"
    assert "headline" not in kinds


def test_guard_slash_hed_over_wire_lede_no_missing_headline():
    src = "Relief For Corn/Oats Growers Seen Likely\n\n" + LEDE
    assert "titles.missing-headline" not in [d.rule for d in lint_text(src, "story.txt", published="1987-03-02")]


def test_guard_credit_at_top_still_missing_headline():
    src = "Jane Doe/AFP/Getty Images\n\n" + LEDE
    rules = [d.rule for d in lint_text(src, "story.txt", published="1987-03-02")]
    assert "titles.missing-headline" in rules
